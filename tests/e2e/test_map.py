"""Issue 22, item 3 on the national data: a results page shows its places on a map Haven draws itself, at 360 and
1280 px: the image loads from Haven (no request leaves the server), its markers are the cards' numbers, it has a text
alternative, and the page stays axe clean."""
import time
import urllib.parse
import urllib.request
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By

import chromium
from test_accessibility import run_axe, axe_source  # noqa: F401 (a fixture)


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("near", ["Elko, NV", "60601"])
def test_the_map_shows_the_cards_places_from_haven_itself(base_url, axe_source, width, near):  # noqa: F811
    browser = chromium.start(width=width, height=900)
    try:
        browser.get(base_url + "/search?" + urllib.parse.urlencode({"near": near}))
        cards = browser.find_elements(By.CSS_SELECTOR, "li.card")
        figure = browser.find_element(By.CSS_SELECTOR, "figure.map")
        image = figure.find_element(By.TAG_NAME, "img")
        browser.execute_script("arguments[0].scrollIntoView()", image)
        # A lazy image loads once scrolled to: wait for it.
        for _ in range(50):
            if browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", image):
                break
            time.sleep(0.1)
        assert browser.execute_script("return arguments[0].naturalWidth", image) == 400
        assert image.get_attribute("alt").startswith("Map of the places on this page")
        # No request to anyone but Haven.
        hosts = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert hosts and all(urlparse(h).netloc == urlparse(base_url).netloc for h in hosts), hosts
        with urllib.request.urlopen(image.get_attribute("src")) as res:
            svg = res.read().decode()
        labels = [t.split("<")[0] for t in svg.split('text-anchor="middle">')[1:]]
        numbers = [int(t.rstrip("+")) for t in labels if t[:1].isdigit()]
        assert numbers and 1 in numbers and max(numbers) <= len(cards), (numbers, len(cards))
        assert "<path fill=" in svg, "county lines (haven import boundaries ran)"
        violations = run_axe(browser, axe_source)
        assert not violations, "; ".join(f"{v['id']}: {v['help']}" for v in violations)
    finally:
        browser.quit()

"""Issue 22, item 4 on the national data: a listing in Honolulu given hours around the present moment there is "open
now" by Honolulu's clock (which is not New York's or the server's), on its card, its page and through the filter, on a
360 px phone and at 1280 px; listings without hours say nothing; the pages stay accessible."""
import datetime
import json
import os
import urllib.request
import zoneinfo

import pytest
from selenium.webdriver.common.by import By

import chromium
from test_accessibility import run_axe, axe_source  # noqa: F401 (a fixture)
from test_browser_journey import click_and_wait
from test_provider_portal import PASSWORD, fill, moderator, submit  # noqa: F401 (a fixture)

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@pytest.fixture(scope="module")
def honolulu(base_url, moderator):  # noqa: F811
    """A Honolulu listing with today's hours set (by a moderator, as staff would) to an hour either side of now there."""
    with urllib.request.urlopen(base_url + "/api/v1/facilities?near=96813&radius=10&per_page=20") as res:
        results = [r for r in json.loads(res.read())["results"] if r["address"]["state"] == "HI"]
    assert len(results) >= 2, "the national data has programs in Honolulu"
    facility = results[0]["id"]
    now = datetime.datetime.now(zoneinfo.ZoneInfo("Pacific/Honolulu"))
    minute = now.hour * 60 + now.minute
    if minute < 5 or minute > 23 * 60 + 50:
        pytest.skip("too near midnight in Honolulu to open and close the same day")
    opens, closes = max(0, minute - 60), min(23 * 60 + 59, minute + 60)
    # The same hours by New York's clock (five hours ahead) would be closed: only Honolulu's clock makes it open.
    ny = datetime.datetime.now(zoneinfo.ZoneInfo("America/New_York"))
    assert not (ny.weekday() == now.weekday() and opens <= ny.hour * 60 + ny.minute < closes)
    browser = chromium.start(width=1280, height=900)
    try:
        browser.get(base_url + "/account/sign-in")
        fill(browser, {"email": moderator, "password": PASSWORD})
        submit(browser)
        browser.get(base_url + f"/portal/facilities/{facility}/edit")
        day = DAYS[now.weekday()]
        browser.execute_script("arguments[0].value = arguments[2]; arguments[1].value = arguments[3];",
                               browser.find_element(By.ID, day + "_opens"), browser.find_element(By.ID, day + "_closes"),
                               f"{opens // 60:02d}:{opens % 60:02d}", f"{closes // 60:02d}:{closes % 60:02d}")
        submit(browser)
        assert "Saved." in browser.page_source, browser.find_element(By.TAG_NAME, "main").text[:800]
    finally:
        browser.quit()
    return facility, closes


@pytest.mark.parametrize("width", [360, 1280])
def test_open_now_by_the_facilitys_own_clock(base_url, honolulu, axe_source, width):  # noqa: F811
    facility, closes = honolulu
    browser = chromium.start(width=width, height=900)
    try:
        browser.get(base_url + "/search?near=96813&radius=10")
        cards = browser.find_elements(By.CSS_SELECTOR, "li.card")
        mine = [c for c in cards if facility in c.find_element(By.CSS_SELECTOR, "h2 a").get_attribute("href")]
        assert mine and "Open now, until" in mine[0].text, [c.text for c in mine]
        others = [c.text for c in cards if c not in mine]
        assert others and not any("Open now" in t or "Closed now" in t for t in others), "listings without hours say nothing"
        # The filter: its count, then the one place.
        box = browser.find_element(By.ID, "f-open-now")
        assert box.find_element(By.XPATH, "following-sibling::label").get_attribute("textContent").startswith("Open now (")
        browser.get(base_url + "/search?near=96813&radius=10&open=now")
        hrefs = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "li.card h2 a")]
        assert any(facility in h for h in hrefs), hrefs
        assert "open now" in browser.find_element(By.TAG_NAME, "h1").text
        violations = run_axe(browser, axe_source)
        assert not violations, "; ".join(f"{v['id']}: {v['help']}" for v in violations)
        if width == 360:
            browser.save_screenshot(os.environ.get("SCREENSHOTS", "/tmp") + "/open-now-results-360.png")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f"li.card h2 a[href$='{facility}']"))
        hours = browser.find_element(By.CSS_SELECTOR, "p.hours").text
        assert hours.startswith("Open now, until") and "(Hawaii-Aleutian Time)" in hours, hours
        violations = run_axe(browser, axe_source)
        assert not violations, "; ".join(f"{v['id']}: {v['help']}" for v in violations)
    finally:
        browser.quit()

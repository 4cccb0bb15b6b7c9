"""Issue 22, item 2 on the national data: a seeker adds three places to their list from the results (the list lives in
the URL: no cookie, nothing stored), opens it, prints it (chromium's print-to-PDF: one page with each place and the
crisis lines), gets an sms: and a mailto: link with the list's text and link, and compares the places side by side;
at 360 and 1280 px, axe clean on each page."""
import base64
import io
import json
import urllib.parse
import urllib.request

import pytest
import pypdf
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

import chromium
from test_accessibility import run_axe, axe_source  # noqa: F401 (a fixture)
from test_browser_journey import click_and_wait


def axe_clean(browser, source, name):
    violations = run_axe(browser, source)
    assert not violations, name + ": " + "; ".join(f"{v['id']}: {v['help']}" for v in violations)


@pytest.mark.parametrize("width", [360, 1280])
def test_a_list_of_three_to_print_share_and_compare(base_url, axe_source, width):  # noqa: F811
    browser = chromium.start(width=width, height=900)
    try:
        browser.get(base_url + "/search?near=10001&radius=5")
        names = []
        for n in range(3):
            link = browser.find_elements(By.CSS_SELECTOR, "p.list-add:not(.on) a")[0]
            names.append(link.find_element(By.XPATH, "ancestor::li[contains(@class,'card')]//h2/a").text)
            click_and_wait(browser, link)
            assert f"Your list: {n + 1} place" in browser.find_element(By.CSS_SELECTOR, "p.my-list").text
        assert not browser.get_cookies(), "the list lives in the URL, not in a cookie"
        assert len(browser.find_elements(By.CSS_SELECTOR, "p.list-add.on")) == 3
        # The list is kept by the next page of results and by the search form.
        assert "list=" in browser.find_element(By.CSS_SELECTOR, "nav.pages a").get_attribute("href")
        axe_clean(browser, axe_source, "results with a list")
        click_and_wait(browser, browser.find_element(By.LINK_TEXT, "See, print or share it"))
        places = browser.find_elements(By.CSS_SELECTOR, "ol.my-list-places > li")
        assert [p.find_element(By.TAG_NAME, "h2").text for p in places] == names
        axe_clean(browser, axe_source, "the list")
        # Its text, ready to send from the person's own phone or mail: names, phones and the list's link.
        sms = browser.find_element(By.LINK_TEXT, "Send it by text message").get_attribute("href")
        mail = browser.find_element(By.LINK_TEXT, "Send it by e-mail").get_attribute("href")
        assert sms.startswith("sms:?&body=") and mail.startswith("mailto:?subject=")
        body = urllib.parse.unquote(sms.split("body=", 1)[1])
        assert all(name in body for name in names) and "/list?ids=" in body and "988" in body, body
        assert urllib.parse.unquote(mail.split("body=", 1)[1]) == body
        # Printed: one page, each place, its phone, and the crisis lines.
        options = PrintOptions()
        options.page_width, options.page_height = 21.59, 27.94
        pdf = pypdf.PdfReader(io.BytesIO(base64.b64decode(browser.print_page(options))))
        text = " ".join(page.extract_text() for page in pdf.pages)
        flat = " ".join(text.split())
        assert len(pdf.pages) == 1, (len(pdf.pages), flat[:400])
        for name in names:
            assert name.replace(" ", "") in flat.replace(" ", ""), (name, flat[:1500])
        # (A PDF's text breaks lines where the page did: compare without spaces.)
        bare = flat.replace(" ", "")
        assert "988" in flat and "1-800-662-4357" in bare and "Sendit" not in bare
        # Compared side by side: a column per place.
        click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Compare them side by side"))
        heads = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.compare thead th")]
        assert heads == names
        axe_clean(browser, axe_source, "compare")
        # A place's page opened from the list says it is on it.
        click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Back to your list"))
        click_and_wait(browser, browser.find_element(By.LINK_TEXT, names[1]))
        assert "On your list." in browser.find_element(By.ID, "my-list").text
        axe_clean(browser, axe_source, "a place on the list")
        # Five places still print on one page, in several cities.
        if width == 1280:
            for near in ["10001", "60601", "80202", "98101"]:
                with urllib.request.urlopen(f"{base_url}/api/v1/facilities?near={near}&radius=5&per_page=5") as res:
                    ids = ",".join(r["id"] for r in json.loads(res.read())["results"])
                browser.get(f"{base_url}/list?ids={ids}&near={near}")
                assert len(browser.find_elements(By.CSS_SELECTOR, "ol.my-list-places > li")) == 5
                pdf = pypdf.PdfReader(io.BytesIO(base64.b64decode(browser.print_page(options))))
                assert len(pdf.pages) == 1, (near, len(pdf.pages))
    finally:
        browser.quit()

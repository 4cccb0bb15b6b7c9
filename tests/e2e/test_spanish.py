"""Issue 22, item 1 on the national data: a person who reads Spanish, on a 360 px phone and at 1280 px, arrives with a
Spanish browser, searches in their own words, opens a place, and switches language; every link keeps the language;
the pages are accessible in both languages."""
import os
import re

import pytest
from selenium.webdriver.common.by import By

import chromium
from test_accessibility import run_axe, axe_source  # noqa: F401 (a fixture)
from test_browser_journey import click_and_wait

ENGLISH = ["Find treatment", "What do you need help with?", "Where are you?", "nearest first", "Call to confirm",
           "Matches your filters", "Where this information comes from", "Do you work here?"]


def assert_spanish(browser):
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    text = browser.find_element(By.TAG_NAME, "body").text
    for sentence in ENGLISH:
        assert sentence not in text, sentence
    # Every link to a page that has Spanish stays under /es/.
    for a in browser.find_elements(By.CSS_SELECTOR, "main a[href], header a[href]"):
        href = a.get_attribute("href")
        path = re.sub(r"^https?://[^/]+", "", href)
        if a.get_attribute("lang") == "en":
            continue
        if re.match(r"^/(search|facilities/[0-9a-f-]+)(\?|$)", path):
            raise AssertionError(f"a link leaves Spanish: {path}")


def assert_accessible(browser, source):
    violations = run_axe(browser, source)
    assert not violations, "; ".join(f"{v['id']}: {v['help']}" for v in violations)


@pytest.mark.parametrize("width", [360, 1280])
def test_a_spanish_reader_searches_opens_a_place_and_switches(base_url, axe_source, width):  # noqa: F811
    browser = chromium.start(width=width, height=900, accept_language="es-MX,es")
    try:
        # A first visit from a Spanish browser lands on the Spanish home page.
        browser.get(base_url + "/")
        assert browser.current_url.rstrip("/").endswith("/es"), browser.current_url
        assert_spanish(browser)
        assert "oprima 2" in browser.find_element(By.CSS_SELECTOR, "aside.crisis").text, "988 in Spanish is said"
        assert_accessible(browser, axe_source)
        # Her own words.
        browser.find_element(By.ID, "near").send_keys("Phoenix, AZ")
        browser.find_element(By.ID, "q").send_keys("desintoxicación sin seguro")
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.search button[type=submit]"))
        assert "/es/search?" in browser.current_url
        heading = browser.find_element(By.TAG_NAME, "h1").text
        assert re.match(r"^\d+ lugares cerca de Phoenix, AZ con Desintoxicación", heading), heading
        assert "Se muestra:" in browser.find_element(By.CSS_SELECTOR, "section.understood").text
        first = browser.find_element(By.CSS_SELECTOR, "li.card")
        assert "Llamar al" in first.text and "Acepta:" in first.text, first.text
        assert_spanish(browser)
        assert_accessible(browser, axe_source)
        if width == 360:
            browser.save_screenshot(os.environ.get("SCREENSHOTS", "/tmp") + "/es-results-360.png")
        # The next page keeps the language.
        nxt = browser.find_elements(By.CSS_SELECTOR, "nav.pages a[rel=next]")
        if nxt:
            assert "/es/search?" in nxt[0].get_attribute("href")
        # A place.
        click_and_wait(browser, first.find_element(By.CSS_SELECTOR, "h2 a"))
        assert "/es/facilities/" in browser.current_url
        facility = browser.current_url.split("/es/facilities/")[1].split("?")[0]
        assert browser.find_element(By.ID, "services").text == "Servicios"
        assert_spanish(browser)
        assert_accessible(browser, axe_source)
        if width == 360:
            browser.save_screenshot(os.environ.get("SCREENSHOTS", "/tmp") + "/es-facility-360.png")
        # The switch: the same place in English, and back.
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "header .language a"))
        assert browser.current_url.endswith("/facilities/" + facility), browser.current_url
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        assert browser.find_element(By.ID, "services").text == "Services"
        assert_accessible(browser, axe_source)
        # Back to English home from a Haven page: it stays English (the referrer is Haven's own).
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "a.brand"))
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", browser.current_url
        click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "header .language a"))
        assert browser.current_url.rstrip("/").endswith("/es")
    finally:
        browser.quit()


def test_an_english_browser_stays_in_english(base_url):
    browser = chromium.start(width=412, accept_language="en-US,en")
    try:
        browser.get(base_url + "/")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        assert browser.find_element(By.CSS_SELECTOR, "header .language a").text == "Español"
    finally:
        browser.quit()

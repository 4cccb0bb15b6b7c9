"""A seeker on a 360 px phone with a keyboard only (JavaScript off): search in their own words, open the filters
from the top of the results, choose two, remove one, open a facility. Every step is reached with Tab and activated
with Enter or Space, in the order the screen shows."""
import pytest

import chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from test_browser_journey import replaced


@pytest.fixture(scope="module")
def phone():
    driver = chromium.start(width=360, height=800, javascript=False)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def active(browser):
    return browser.switch_to.active_element


def tab_to(browser, matches, limit=80):
    """Presses Tab until the focused element satisfies `matches`; returns it and how many presses it took.
    Every element passed on the way must be visible: the keyboard never lands on something the screen hides."""
    for presses in range(1, limit + 1):
        active(browser).send_keys(Keys.TAB)
        element = active(browser)
        assert element.is_displayed(), f"focus went to a hidden element: {element.get_attribute('outerHTML')[:120]}"
        if matches(element):
            return element, presses
    raise AssertionError("never reached the element with Tab")


def press(browser, element, key):
    old = browser.find_element(By.TAG_NAME, "html")
    element.send_keys(key)
    WebDriverWait(browser, 15).until(replaced(old))


def by_id(name):
    return lambda e: e.get_attribute("id") == name


def test_search_filter_and_open_a_facility_with_the_keyboard(phone, base_url):
    phone.get(base_url + "/")
    near, _ = tab_to(phone, by_id("near"))
    near.send_keys("NYC")
    need, _ = tab_to(phone, by_id("q"))
    need.send_keys("suboxone")
    press(phone, need, Keys.ENTER)

    heading = phone.find_element(By.TAG_NAME, "h1").text
    assert "near New York, NY" in heading and "Buprenorphine" in heading, heading
    assert "suboxone" in phone.find_element(By.CSS_SELECTOR, "section.understood").text

    # The results come first; a link above them goes to the search and its filters, whose panel stays hidden until
    # its own link is followed.
    assert not phone.find_element(By.ID, "filters").is_displayed()
    change, _ = tab_to(phone, lambda e: e.tag_name == "a" and e.text == "Change the search")
    first_card = phone.find_element(By.CSS_SELECTOR, "ol.results li.card h2 a")
    assert change.location["y"] < first_card.location["y"], "the way to the search comes before the results"
    assert first_card.location["y"] < 1200, f"the first result starts {first_card.location['y']} px down"
    change.send_keys(Keys.ENTER)
    toggle, presses = tab_to(phone, lambda e: "filters-toggle" in (e.find_element(By.XPATH, "..").get_attribute("class") or ""), limit=10)
    toggle.send_keys(Keys.ENTER)
    WebDriverWait(phone, 5).until(lambda d: d.find_element(By.ID, "filters").is_displayed())

    # Choose two (Space ticks a checkbox), then apply with the panel's own button.
    for group, term in [(None, "f-medicaid"), ("Languages", "f-spanish")]:
        if group:
            # A closed group opens from its summary with Enter, as a <details> does with no script.
            summary, _ = tab_to(phone, lambda e: e.tag_name == "summary" and e.text.startswith(group), limit=200)
            summary.send_keys(Keys.ENTER)
        box, _ = tab_to(phone, by_id(term), limit=200)
        box.send_keys(Keys.SPACE)
        assert box.is_selected()
    submit, _ = tab_to(phone, lambda e: e.tag_name == "button" and e.text == "Update results", limit=300)
    press(phone, submit, Keys.ENTER)

    heading = phone.find_element(By.TAG_NAME, "h1").text
    assert "Medicaid" in heading and "Spanish" in heading, heading
    chips = phone.find_elements(By.CSS_SELECTOR, "nav.active-filters a")
    assert [c for c in chips if "Spanish" in c.text]

    # Remove one chosen filter: the other stays, and so does what the words meant.
    remove, _ = tab_to(phone, lambda e: e.tag_name == "a" and "Spanish" in e.text and "×" in e.text)
    press(phone, remove, Keys.ENTER)
    heading = phone.find_element(By.TAG_NAME, "h1").text
    assert "Medicaid" in heading and "Spanish" not in heading and "Buprenorphine" in heading, heading

    # Open the first facility.
    link, presses = tab_to(phone, lambda e: e.tag_name == "a" and e.find_elements(By.XPATH, "ancestor::li[contains(@class,'card')]"))
    assert presses < 40, f"{presses} Tab presses from the top to the first result"
    name = link.text
    press(phone, link, Keys.ENTER)
    assert phone.find_element(By.TAG_NAME, "h1").text == name
    assert "988" in phone.find_element(By.CSS_SELECTOR, "aside.crisis").text


def test_places_as_people_say_them(phone, base_url):
    for typed, expected in [("Cook County, IL", "in Cook County, IL"), ("Colorado", "in Colorado"), ("Philly", "near Philadelphia, PA")]:
        phone.get(base_url + "/")
        phone.find_element(By.ID, "near").send_keys(typed)
        press(phone, phone.find_element(By.ID, "near"), Keys.ENTER)
        assert expected in phone.find_element(By.TAG_NAME, "h1").text, typed
    phone.get(base_url + "/search?near=Pittsburg%2C%20PA&payment=medicaid")
    suggestion = phone.find_element(By.LINK_TEXT, "Pittsburgh, PA")
    press(phone, suggestion, Keys.ENTER)
    heading = phone.find_element(By.TAG_NAME, "h1").text
    assert "near Pittsburgh, PA" in heading and "Medicaid" in heading, heading

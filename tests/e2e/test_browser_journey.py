"""A person's journey in a real browser (Debian's chromium through selenium): search from the home page,
filter, open a facility. JavaScript is off: Haven must work without it."""
import pytest

import chromium
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def replaced(old):
    """True once `old` has left the page. Chromium sometimes says so with an inspector error ("Node with given id
    does not belong to the document") rather than a stale-element error, which EC.staleness_of does not expect."""
    def check(_driver):
        try:
            old.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
    return check


def click_and_wait(browser, element):
    """Clicks a link or submit button and waits until the next page has replaced this one."""
    old = browser.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(browser, 15).until(replaced(old))


@pytest.fixture(scope="module")
def browser():
    driver = chromium.start(width=412, javascript=False)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def test_search_filter_open_facility(browser, base_url):
    browser.get(base_url + "/")
    assert "988" in browser.find_element(By.CSS_SELECTOR, "aside.crisis").text
    browser.find_element(By.ID, "near").send_keys("10001")
    Select(browser.find_element(By.ID, "radius")).select_by_value("10")
    Select(browser.find_element(By.ID, "payment")).select_by_value("medicaid")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.search button[type=submit]"))

    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert "near 10001" in heading, heading
    total_before = int(heading.split()[0].replace(",", ""))
    assert browser.find_element(By.ID, "f-medicaid").is_selected()

    # On a phone the filters open from the link under the search fields (no script: the panel is the link's target).
    toggle = browser.find_element(By.CSS_SELECTOR, ".filters-toggle a")
    toggle.click()
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "filters").is_displayed())
    # Open the Medications group (a <details>, no script needed), tick buprenorphine, apply.
    box = browser.find_element(By.ID, "f-buprenorphine")
    group = box.find_element(By.XPATH, "ancestor::details")
    if group.get_attribute("open") is None:
        group.find_element(By.TAG_NAME, "summary").click()
    expected = int(browser.find_element(By.CSS_SELECTOR, "label[for=f-buprenorphine] .n").text.strip("()"))
    box.click()
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#filters button[type=submit]"))
    heading = browser.find_element(By.TAG_NAME, "h1").text
    total_after = int(heading.split()[0].replace(",", ""))
    assert total_after == expected and total_after <= total_before

    # In-person places (programs reached only by phone or video have their own group, with no distance).
    cards = browser.find_elements(By.CSS_SELECTOR, "section.list > ol.results > li.card")
    assert cards
    distances = [float(c.find_element(By.CSS_SELECTOR, ".distance").text.split()[0]) for c in cards]
    assert distances == sorted(distances) and distances[-1] <= 10
    name = cards[0].find_element(By.CSS_SELECTOR, "h2 a").text
    click_and_wait(browser, cards[0].find_element(By.CSS_SELECTOR, "h2 a"))

    assert browser.find_element(By.TAG_NAME, "h1").text == name
    services = browser.find_element(By.ID, "services").find_element(By.XPATH, "..").text
    assert "Medicaid" in services and "Buprenorphine" in services
    assert browser.find_elements(By.CSS_SELECTOR, "a[href^='tel:']")
    assert "988" in browser.find_element(By.CSS_SELECTOR, "aside.crisis").text


def test_keyboard_skip_link_and_labels(browser, base_url):
    browser.get(base_url + "/")
    from selenium.webdriver.common.keys import Keys
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert browser.switch_to.active_element.get_attribute("href").endswith("#main")
    for field in browser.find_elements(By.CSS_SELECTOR, "form.search input, form.search select"):
        assert browser.find_elements(By.CSS_SELECTOR, f"label[for={field.get_attribute('id')}]"), field.get_attribute("id")

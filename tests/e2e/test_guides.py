"""Guides in a real browser on a 360 px phone, axe on every page: an editor writes a guide with Markdown that tries
to run script, sends it for review; a medical reviewer (role and credentials given by an admin on the accounts page)
approves it; a visitor reads it with reviewer, dates, sources and JSON-LD; an edit stays unseen until approved. The
project's ketamine guide (loaded by scripts/test with `haven import guides guides`) opens a search with its filters."""
import json
import re
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_accessibility import axe_source  # noqa: F401 (a fixture)
from test_browser_journey import click_and_wait
from test_provider_portal import PASSWORD, axe_clean, fill, moderator, phone  # noqa: F401 (fixtures)
from test_provider_portal import sign_out as sign_out_here


def sign_out(browser):
    browser.get(browser.current_url.split("/", 3)[0] + "//" + browser.current_url.split("/")[2] + "/portal")
    sign_out_here(browser)


def sign_in(browser, base_url, email):
    browser.get(base_url + "/account/sign-in")
    fill(browser, {"email": email, "password": PASSWORD})
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def register(browser, base_url, name, email):
    """Registers an account; registering signs no one in (it answers "check your e-mail" for every address)."""
    browser.get(base_url + "/account/register")
    fill(browser, {"name": name, "email": email, "password": PASSWORD})
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Check your e-mail" in browser.page_source


def give_role(browser, email, role, credentials=None):
    row = browser.find_element(By.XPATH, f"//li[p/span[normalize-space()='{email}']]")
    Select(row.find_element(By.NAME, "role")).select_by_value(role)
    click_and_wait(browser, row.find_element(By.CSS_SELECTOR, "form[action$='/role'] button"))
    if credentials:
        row = browser.find_element(By.XPATH, f"//li[p/span[normalize-space()='{email}']]")
        field = row.find_element(By.NAME, "credentials")
        field.clear()
        field.send_keys(credentials)
        click_and_wait(browser, row.find_element(By.CSS_SELECTOR, "form[action$='/credentials'] button"))


def press(browser, label):
    click_and_wait(browser, browser.find_element(By.XPATH, f"//main//button[normalize-space()='{label}']"))


def test_an_editor_writes_a_reviewer_approves_and_a_visitor_reads(phone, base_url, axe_source, moderator):  # noqa: F811
    tag = uuid.uuid4().hex[:8]
    editor, reviewer = f"ed-{tag}@haven.example", f"rev-{tag}@haven.example"
    register(phone, base_url, "Eddie Editor", editor)
    register(phone, base_url, "Rita Reyes", reviewer)
    sign_in(phone, base_url, moderator)
    phone.get(base_url + "/admin/accounts")
    give_role(phone, editor, "editor")
    give_role(phone, reviewer, "medical_reviewer", "MD")
    assert "Credentials saved." in phone.page_source
    sign_out(phone)

    # The editor writes; a form with a problem comes back with what was typed.
    sign_in(phone, base_url, editor)
    phone.get(base_url + "/editorial/new")
    axe_clean(phone, axe_source, "new guide form")
    slug = f"coming-off-ketamine-{tag}"
    body = ("## What it feels like\n\nCravings and poor sleep are common [1].\n\n<script>document.title='pwned'</script>\n\n"
            "```timeline\nDays 1-3 | The first symptoms\nWeeks | Cravings come and go\n```\n\n## When to get help\n\nCall 911 or 988.")
    fill(phone, {"slug": slug, "title": "Coming off ketamine", "summary": "What to expect.", "body": body,
                 "citations": "Ketamine use: a review | Addiction | 2012 | not a link", "terms": "detox"})
    press(phone, "Save and send for medical review")
    assert "A source" in phone.page_source and "https://" in phone.page_source
    axe_clean(phone, axe_source, "guide form with an error")
    fill(phone, {"citations": "Ketamine use: a review | Addiction | 2012 | https://doi.org/10.1111/j.1360-0443.2011.03576.x"})
    press(phone, "Save and send for medical review")
    assert "Sent for medical review" in phone.page_source
    axe_clean(phone, axe_source, "revision page")
    sign_out(phone)
    assert phone.title != "pwned"

    # The public does not see it yet.
    phone.get(base_url + f"/guides/{slug}")
    assert "Guide not found" in phone.page_source

    # The reviewer reads the preview (the script shown as text) and approves.
    sign_in(phone, base_url, reviewer)
    phone.get(base_url + "/editorial")
    axe_clean(phone, axe_source, "editorial list")
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Coming off ketamine, revision 1"))
    assert "document.title=" in phone.find_element(By.CSS_SELECTOR, ".preview").text
    axe_clean(phone, axe_source, "revision to review")
    press(phone, "Approve and publish")
    assert "Approved: the public reads this revision" in phone.page_source

    # A visitor reads it: reviewer, sources, JSON-LD, a timeline list, and the script never ran.
    sign_out(phone)
    phone.get(base_url + f"/guides/{slug}")
    assert phone.title.startswith("Coming off ketamine")
    assert "Rita Reyes, MD" in phone.page_source
    steps = phone.find_elements(By.CSS_SELECTOR, "ol.timeline li")
    assert [s.find_element(By.CSS_SELECTOR, ".when").text for s in steps] == ["Days 1-3", "Weeks"]
    ld = json.loads(phone.find_element(By.CSS_SELECTOR, "script[type='application/ld+json']").get_attribute("textContent"))
    assert ld["@type"] == "MedicalWebPage" and ld["reviewedBy"]["name"] == "Rita Reyes" and re.match(r"\d{4}-\d\d-\d\d$", ld["lastReviewed"])
    axe_clean(phone, axe_source, "the approved guide")

    # An edit is unseen until approved.
    sign_in(phone, base_url, editor)
    phone.get(base_url + f"/editorial/guides/{slug}/edit")
    fill(phone, {"title": "Coming off ketamine, safely"})
    press(phone, "Save and send for medical review")
    sign_out(phone)
    phone.get(base_url + f"/guides/{slug}")
    assert "safely" not in phone.find_element(By.TAG_NAME, "h1").text


def test_the_ketamine_guide_opens_a_search_that_links_back(phone, base_url, axe_source):  # noqa: F811
    phone.get(base_url + "/guides/ketamine-withdrawal")
    assert "Awaiting medical review" in phone.page_source
    assert len(phone.find_elements(By.CSS_SELECTOR, "ol.timeline li")) == 4
    form = phone.find_element(By.CSS_SELECTOR, "#find-treatment form")
    form.find_element(By.NAME, "near").send_keys("10001")
    click_and_wait(phone, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "/search?" in phone.current_url and "care_type=detox" in phone.current_url and "therapy=individual-therapy" in phone.current_url
    assert phone.find_element(By.CSS_SELECTOR, ".guide-links a[href='/guides/ketamine-withdrawal']")
    axe_clean(phone, axe_source, "results from the guide")

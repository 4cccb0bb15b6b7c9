"""A provider and a moderator in a real browser on a 360 px phone (Haven's forms need no script; axe does): the
provider follows "Manage this listing" from a facility page, creates an account on the way, asks to manage the
listing; a moderator approves; the provider then sees the facility among theirs. axe checks every page on the way, including forms showing errors.
The moderator's account is made as an operator would, with `haven admin create --password-stdin` (HAVEN_BIN)."""
import json
import os
import subprocess
import time
import urllib.request
import uuid

import pytest

import chromium
from selenium.webdriver.common.by import By
from test_accessibility import run_axe, axe_source  # noqa: F401 (a fixture)
from test_api_contract import check, fetch
from test_browser_journey import click_and_wait

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def phone():
    driver = chromium.start(width=360, height=800)
    driver.implicitly_wait(5)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def moderator():
    binary = os.environ.get("HAVEN_BIN")
    if not binary:
        pytest.skip("HAVEN_BIN names the haven binary (scripts/test sets it)")
    email = f"mod-{uuid.uuid4().hex[:8]}@haven.example"
    out = subprocess.run([binary, "admin", "create", email, "--password-stdin"], input=PASSWORD + "\n",
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    return email


def axe_clean(browser, source, name):
    violations = run_axe(browser, source)
    assert not violations, name + ": " + "; ".join(f"{v['id']}: {v['help']}" for v in violations)


def fill(browser, fields):
    for name, value in fields.items():
        field = browser.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)


def submit(browser):
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form:not(.inline) button[type=submit]"))


def sign_out(browser):
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Sign out']"))


def test_claim_a_listing_and_a_moderator_approves(phone, base_url, axe_source, moderator):  # noqa: F811
    email = f"ann-{uuid.uuid4().hex[:8]}@clinic.example"
    phone.delete_all_cookies()
    phone.get(base_url + "/search?near=10001&radius=10")
    click_and_wait(phone, phone.find_element(By.CSS_SELECTOR, ".card h2 a"))
    facility_url = phone.current_url
    facility_name = phone.find_element(By.TAG_NAME, "h1").text
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Manage this listing"))
    assert "/account/sign-in" in phone.current_url and "Sign in to go on." in phone.page_source
    axe_clean(phone, axe_source, "sign in")
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Create a provider account"))
    # A mistake first: the page says what is wrong, keeps what was typed, and is still accessible.
    fill(phone, {"name": "Ann Provider", "email": "ann@", "password": "short"})
    submit(phone)
    assert "There are 2 problems" in phone.page_source
    assert phone.find_element(By.ID, "name").get_attribute("value") == "Ann Provider"
    axe_clean(phone, axe_source, "register, with errors")
    fill(phone, {"email": email, "password": PASSWORD})
    submit(phone)
    # The same answer for a new address as for a taken one; then sign in, and back where they were going.
    assert "Check your e-mail" in phone.page_source and email in phone.page_source
    axe_clean(phone, axe_source, "registered: check your e-mail")
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Sign in"))
    fill(phone, {"email": email, "password": PASSWORD})
    submit(phone)
    assert phone.current_url.endswith("/claim"), phone.current_url
    assert facility_name in phone.page_source
    axe_clean(phone, axe_source, "claim form")
    fill(phone, {"job_title": "Intake coordinator", "work_phone": "555-123-4567", "work_email": email,
                 "note": "Call the front desk & ask for me <Ann>"})
    submit(phone)
    assert "/portal" in phone.current_url and "waiting for a moderator" in phone.page_source
    axe_clean(phone, axe_source, "portal")
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Password and sessions"))
    assert "(this browser)" in phone.page_source
    axe_clean(phone, axe_source, "password and sessions")
    phone.get(base_url + "/portal")
    sign_out(phone)
    assert "You are signed out." in phone.page_source

    # The moderator signs in, finds the request and approves it.
    fill(phone, {"email": moderator, "password": PASSWORD})
    submit(phone)
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Requests to manage a listing"))
    section = phone.find_element(By.XPATH, f"//section[contains(@class,'claim')][.//dd[contains(., '{email}')]]")
    assert "Call the front desk & ask for me <Ann>" in section.text
    axe_clean(phone, axe_source, "moderation queue")
    section.find_element(By.XPATH, ".//label[starts-with(normalize-space(), 'Approve')]").click()
    click_and_wait(phone, section.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Approved: the person now manages the listing" in phone.page_source
    phone.get(base_url + "/moderation/audit")
    audit = phone.find_element(By.TAG_NAME, "main").text
    assert "Approved a request to manage a listing" in audit and facility_name in audit, audit[:800]
    axe_clean(phone, axe_source, "audit log")
    phone.get(base_url + "/admin/outbox")
    assert "You now manage a listing on Haven" in phone.page_source
    axe_clean(phone, axe_source, "outbox")
    phone.get(base_url + "/portal")
    sign_out(phone)

    # The provider now manages the facility, and keeps it true: new patients, a carrier, hours.
    fill(phone, {"email": email, "password": PASSWORD})
    submit(phone)
    managed = phone.find_element(By.XPATH, "//section[@aria-labelledby='managed']")
    assert facility_name in managed.text
    click_and_wait(phone, managed.find_element(By.TAG_NAME, "a"))
    score_before = int(phone.find_element(By.ID, "complete").text.split()[1].rstrip("%"))
    axe_clean(phone, axe_source, "manage a listing")
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Edit or confirm the listing"))
    axe_clean(phone, axe_source, "edit the listing")
    phone.find_element(By.CSS_SELECTOR, "label[for='new_patients-accepting']").click()
    aetna = phone.find_element(By.ID, "term_insurance-aetna")
    if not aetna.is_selected():
        phone.find_element(By.CSS_SELECTOR, "label[for='term_insurance-aetna']").click()
    for day in ["mon", "tue"]:
        # A time field's typing depends on the browser's locale: set the value a person would pick.
        phone.execute_script("arguments[0].value = '08:00'; arguments[1].value = '17:00';",
                             phone.find_element(By.ID, day + "_opens"), phone.find_element(By.ID, day + "_closes"))
    submit(phone)
    assert "Saved." in phone.page_source, phone.find_element(By.TAG_NAME, "main").text[:800]
    score_after = int(phone.find_element(By.ID, "complete").text.split()[1].rstrip("%"))
    assert score_after >= score_before + 25, (score_before, score_after)
    phone.get(facility_url)
    main = phone.find_element(By.TAG_NAME, "main").text
    assert "Updated by the facility's staff on" in main and "Accepting new patients" in main and "Monday" in main, main[:800]
    assert "Aetna" in main
    # Search finds it by carrier and "accepting new patients", here and on a second instance serving the same
    # database (scripts/test starts one: HAVEN_URL_2), within 2 seconds.
    facility_id = facility_url.rstrip("/").split("/")[-1]
    query = "/api/v1/facilities?near=10001&radius=25&insurance=aetna&availability=accepting-new-patients&per_page=100"
    for url in [base_url] + ([os.environ["HAVEN_URL_2"].rstrip("/")] if os.environ.get("HAVEN_URL_2") else []):
        deadline = time.monotonic() + 2.0
        while True:
            with urllib.request.urlopen(url + query, timeout=10) as res:
                ids = [r["id"] for r in json.loads(res.read())["results"]]
            if facility_id in ids or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert facility_id in ids, f"{url} did not find the edited facility within 2 s"
    # The facility's API resource says what the staff said, and still matches the OpenAPI document.
    _, _, doc = fetch(base_url + "/api/v1/openapi.json")
    status, detail = check(doc, "/api/v1/facilities/{id}", "/api/v1/facilities/" + facility_id, base_url)
    assert status == 200 and detail["new_patients"]["status"] == "accepting", detail
    assert [d["day"] for d in detail["hours"]["days"]] == ["monday", "tuesday"], detail["hours"]
    phone.get(base_url + "/search?near=10001&radius=25&insurance=aetna&availability=accepting-new-patients")
    card = phone.find_element(By.XPATH, f"//li[contains(@class,'card')][.//a[contains(@href,'{facility_id}')]]")
    assert "Verified by the facility on" in card.text and "Accepting new patients" in card.text
    phone.get(base_url + "/portal")
    sign_out(phone)

    # A visitor (no account, no cookie) reports a wrong phone; it reaches the provider's page in the portal.
    phone.delete_all_cookies()
    phone.get(facility_url)
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Report a problem with this listing"))
    axe_clean(phone, axe_source, "report a problem")
    phone.find_element(By.CSS_SELECTOR, "label[for='kind-wrong-phone']").click()
    fill(phone, {"details": "Nobody answers; the front desk says the number changed to 555-222-3333"})
    submit(phone)
    assert "Thank you." in phone.page_source
    assert not phone.get_cookies(), phone.get_cookies()
    phone.get(base_url + "/account/sign-in")
    fill(phone, {"email": email, "password": PASSWORD})
    submit(phone)
    phone.get(base_url + "/portal/facilities/" + facility_id)
    reports = phone.find_element(By.XPATH, "//section[@aria-labelledby='reports']").text
    assert "The phone number is wrong or nobody answers" in reports and "555-222-3333" in reports
    phone.get(base_url + "/portal")
    sign_out(phone)


def test_account_pages_are_accessible(phone, base_url, axe_source):  # noqa: F811
    phone.delete_all_cookies()
    for name, path in {"register": "/account/register", "reset": "/account/reset",
                       "reset link expired": "/account/reset/new?token=nope"}.items():
        phone.get(base_url + path)
        axe_clean(phone, axe_source, name)
    phone.get(base_url + "/account/reset")
    fill(phone, {"email": "someone@clinic.example"})
    submit(phone)
    assert "If an account uses someone@clinic.example" in phone.page_source
    axe_clean(phone, axe_source, "reset sent")


def wait_for_mail(folder, recipient, subject=None, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".eml"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            if f"X-Envelope-To: {recipient}" in text and (subject is None or f"Subject: {subject}" in text):
                return text
        time.sleep(0.2)
    raise AssertionError(f"no mail to {recipient} reached the SMTP server in {seconds} s")


def test_a_password_reset_mail_arrives_at_the_smtp_server(phone, base_url, moderator):
    """Haven delivers through a real SMTP server (aiosmtpd on loopback, started by scripts/test; HAVEN_MAIL_DIR is
    where it writes what it receives), authenticated; the mailed link sets a new password once."""
    folder = os.environ.get("HAVEN_MAIL_DIR")
    if not folder:
        pytest.skip("HAVEN_MAIL_DIR names the SMTP sink's folder (scripts/test sets it)")
    email = f"reset-{uuid.uuid4().hex[:8]}@clinic.example"
    phone.delete_all_cookies()
    phone.get(base_url + "/account/register")
    fill(phone, {"name": "Rosa Reset", "email": email, "password": PASSWORD})
    submit(phone)
    assert "Check your e-mail" in phone.page_source
    phone.get(base_url + "/account/reset")
    fill(phone, {"email": email})
    submit(phone)
    assert f"If an account uses {email}" in phone.page_source
    # Registering mailed a link to confirm the address; the reset mail follows it.
    confirm = wait_for_mail(folder, email, "Confirm your e-mail address for Haven")
    confirm_link = next(line.strip() for line in confirm.splitlines() if "/account/confirm?token=" in line)
    assert confirm_link.startswith(base_url), (confirm_link, base_url)
    # Opening the link confirms nothing (a mail scanner opens links); the button does, once.
    phone.get(confirm_link)
    press_button = phone.find_element(By.XPATH, "//main//button[normalize-space()='Confirm']")
    click_and_wait(phone, press_button)
    assert "Confirmed." in phone.page_source
    phone.get(confirm_link)
    assert "This link has expired or has been used." in phone.page_source
    mail = wait_for_mail(folder, email, "Choose a new password for Haven")
    assert "X-Authenticated: yes" in mail
    link = next(line.strip() for line in mail.splitlines() if "/account/reset/new?token=" in line)
    assert link.startswith(base_url), (link, base_url)
    phone.get(link)
    fill(phone, {"password": "a brand new long password"})
    submit(phone)
    assert "/portal" in phone.current_url and "Signed in as Rosa Reset" in phone.page_source
    phone.get(link)
    assert "This link has expired or has been used." in phone.page_source
    # The admin's outbox shows it sent, without its one-time link.
    phone.get(base_url + "/portal")
    sign_out(phone)
    fill(phone, {"email": moderator, "password": PASSWORD})
    submit(phone)
    phone.get(base_url + "/admin/outbox")
    entry = phone.find_element(By.XPATH, f"//details[contains(., '{email}') and contains(., 'Choose a new password')]")
    assert "sent" in entry.text
    assert "token=" not in phone.page_source
    phone.get(base_url + "/portal")
    sign_out(phone)

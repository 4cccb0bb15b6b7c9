"""Contacting a provider in a real browser on a 360 px phone, axe on every page: a provider gets a listing (claimed,
approved by a moderator); a visitor with no account sends it a message from its page (a mistake first, kept as
typed); the provider reads it in the inbox. Then what must hold on disk and in the logs: the raw SQLite file and both
servers' logs hold no trace of the message, and popular centers count the visitor's view with no identifier stored."""
import os
import sqlite3
import time
import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import chromium
from test_accessibility import axe_source  # noqa: F401 (a fixture)
from test_browser_journey import click_and_wait
from test_guides import register, sign_in, sign_out
from test_provider_portal import axe_clean, fill, moderator, phone  # noqa: F401 (fixtures)

# A person's phone browser, as Haven sees it (a headless browser's own agent says it is one, and is not counted).
PHONE_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36 HavenE2E"
MESSAGE = "Walrus-harbor-4471: my sister has used ketamine daily for a year and has bladder pain. Can she start this week?"


@pytest.fixture(scope="module")
def visitor():
    driver = chromium.start(width=360, height=800, user_agent=PHONE_AGENT)
    driver.implicitly_wait(5)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


def submit(browser):
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form:not(.inline) button[type=submit]"))


def managed_facility(phone, base_url, moderator, email):  # noqa: F811
    """A facility near Chicago that `email` now manages: registered, claimed, approved."""
    register(phone, base_url, "Cleo Provider", email)
    sign_in(phone, base_url, email)
    phone.get(base_url + "/search?near=60601&radius=25")
    click_and_wait(phone, phone.find_elements(By.CSS_SELECTOR, ".card h2 a")[-1])
    facility_url = phone.current_url
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Manage this listing"))
    fill(phone, {"job_title": "Intake coordinator", "work_phone": "312-555-0100", "work_email": email})
    submit(phone)
    sign_out(phone)
    sign_in(phone, base_url, moderator)
    phone.get(base_url + "/moderation/claims")
    section = phone.find_element(By.XPATH, f"//section[contains(@class,'claim')][.//dd[contains(., '{email}')]]")
    section.find_element(By.XPATH, ".//label[starts-with(normalize-space(), 'Approve')]").click()
    click_and_wait(phone, section.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    sign_out(phone)
    return facility_url


def test_a_visitor_messages_a_provider_who_reads_it_and_nothing_leaks(phone, visitor, base_url, axe_source, moderator):  # noqa: F811
    email = f"cleo-{uuid.uuid4().hex[:8]}@clinic.example"
    phone.delete_all_cookies()
    facility_url = managed_facility(phone, base_url, moderator, email)
    facility_id = facility_url.rstrip("/").split("/")[-1]

    # The visitor, on a phone, no account: from the listing's page to the form.
    visitor.delete_all_cookies()
    visitor.get(facility_url)
    name = visitor.find_element(By.TAG_NAME, "h1").text
    click_and_wait(visitor, visitor.find_element(By.LINK_TEXT, "Send a private message"))
    assert "Only they can read it" in visitor.page_source
    axe_clean(visitor, axe_source, "contact form")
    fill(visitor, {"name": "Dee", "reach": "312-555-0177", "message": MESSAGE})
    visitor.find_element(By.CSS_SELECTOR, "label[for='method-text']").click()
    visitor.find_element(By.CSS_SELECTOR, "label[for='for_whom-someone-else']").click()
    Select(visitor.find_element(By.ID, "payment")).select_by_value("medicaid")
    submit(visitor)
    # Forgot to agree: told so, everything kept, still accessible.
    assert "There is a problem" in visitor.page_source and "Tick the box to agree" in visitor.page_source
    assert visitor.find_element(By.ID, "message").get_attribute("value") == MESSAGE
    assert visitor.find_element(By.ID, "method-text").is_selected()
    axe_clean(visitor, axe_source, "contact form, with an error")
    visitor.find_element(By.CSS_SELECTOR, "label[for='consent']").click()
    submit(visitor)
    main = visitor.find_element(By.TAG_NAME, "main").text
    assert "Message sent" in main and MESSAGE in main and "What happens next" in main, main[:600]
    assert "Walrus" not in visitor.current_url and not visitor.get_cookies(), visitor.get_cookies()
    axe_clean(visitor, axe_source, "message sent")

    # The provider is told and reads it in the inbox.
    sign_in(phone, base_url, email)
    click_and_wait(phone, phone.find_element(By.PARTIAL_LINK_TEXT, "1 new message"))
    assert name in phone.page_source
    axe_clean(phone, axe_source, "inbox")
    click_and_wait(phone, phone.find_element(By.LINK_TEXT, "Dee"))
    main = phone.find_element(By.TAG_NAME, "main").text
    assert MESSAGE in main and "312-555-0177" in main and "Medicaid" in main, main[:600]
    axe_clean(phone, axe_source, "a message")
    click_and_wait(phone, phone.find_element(By.XPATH, "//button[normalize-space()='Mark as replied']"))
    assert "Saved." in phone.page_source and "Replied" in phone.page_source
    sign_out(phone)

    # No trace of the message in either server's log, nor (SQLite) in the database file as it is on disk.
    for log in os.environ.get("HAVEN_SERVER_LOGS", "").split():
        with open(log, encoding="utf-8", errors="replace") as f:
            text = f.read()
        assert "Walrus" not in text and "312-555-0177" not in text and "HavenE2E" not in text, log
    sqlite_path = os.environ.get("HAVEN_SQLITE_PATH")
    if sqlite_path and not os.environ.get("DATABASE_URL"):
        raw = b"".join(open(p, "rb").read() for p in [sqlite_path, sqlite_path + "-wal"] if os.path.exists(p))
        assert email.encode() in raw, "the check reads what is stored"
        for secret in [b"Walrus", b"daily for a year", b"312-555-0177", b"HavenE2E"]:
            assert secret not in raw, secret

    # Popular centers count the visitor's look at the page (written within a second), keeping no one's identity.
    deadline = time.monotonic() + 10
    while True:
        visitor.get(base_url + "/")
        popular = visitor.find_element(By.XPATH, "//section[@aria-labelledby='popular']")
        if facility_id in popular.get_attribute("innerHTML") or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert facility_id in popular.get_attribute("innerHTML"), popular.text
    assert "never record who made them" in popular.text
    axe_clean(visitor, axe_source, "home with popular centers")
    if sqlite_path and not os.environ.get("DATABASE_URL"):
        db = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
        columns = [c[1] for c in db.execute("PRAGMA table_info(daily_counts)")]
        assert columns == ["day", "facility_id", "metric", "n"], columns
        rows = db.execute("SELECT day, facility_id, metric, n FROM daily_counts").fetchall()
        db.close()
        assert any(r[2] == "view" and r[3] >= 1 for r in rows), rows
        assert all("127.0.0.1" not in str(v) and "HavenE2E" not in str(v) for r in rows for v in r)
    # The state page ranks it too.
    visitor.get(base_url + "/states/IL")
    assert facility_id in visitor.find_element(By.XPATH, "//section[@aria-labelledby='popular']").get_attribute("innerHTML")
    axe_clean(visitor, axe_source, "state page")

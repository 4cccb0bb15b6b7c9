"""Debian's chromium through selenium, as every browser test here drives it."""
import os

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def start(width=None, height=915, javascript=True, user_agent=None):
    """A headless chromium; `width` sets the window (a phone's 360 or 412 px), `javascript=False` turns scripts off,
    `user_agent` replaces the one that names it headless (Haven does not count a headless browser's visits)."""
    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"]:
        options.add_argument(arg)
    if width:
        options.add_argument(f"--window-size={width},{height}")
    if user_agent:
        options.add_argument(f"--user-agent={user_agent}")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)

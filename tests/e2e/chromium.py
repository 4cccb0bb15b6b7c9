"""Debian's chromium through selenium, as every browser test here drives it."""
import os

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def start(width=None, height=915, javascript=True, user_agent=None, accept_language=None):
    """A headless chromium; `width` sets the window (a phone's 360 or 412 px), `javascript=False` turns scripts off,
    `user_agent` replaces the one that names it headless (Haven does not count a headless browser's visits),
    `accept_language` is what the browser says it reads ("es-MX,es")."""
    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"]:
        options.add_argument(arg)
    if width:
        options.add_argument(f"--window-size={width},{height}")
    if user_agent:
        options.add_argument(f"--user-agent={user_agent}")
    prefs = {}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    if accept_language:
        prefs["intl.accept_languages"] = accept_language
    if prefs:
        options.add_experimental_option("prefs", prefs)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)

"""Every page checked by axe-core 4.x (WCAG 2.0-2.2 A and AA) at a phone's and a desktop's width, and the things axe
does not judge: the focus ring's contrast against what it sits on, and the focused skip link leaving the crisis line
visible. axe comes from the axe-playwright-python wheel on PyPI (only its axe.min.js is used)."""
import glob
import os
import subprocess
import tempfile
import zipfile

import pytest

import chromium
from selenium.webdriver.common.by import By

WIDTHS = [360, 1280]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def pages(base_url, facility_path):
    return {
        "home": "/",
        "results": "/search?near=10001&radius=10&payment=medicaid",
        "results, none found": "/search?near=10001&radius=1&payment=medicaid&medication=naltrexone&age=seniors&q=zzzz",
        "which place": "/search?near=Washington",
        "did you mean": "/search?near=Pittsburg%2C%20PA&payment=medicaid",
        "results, words and a state": "/search?near=Colorado&q=ketamine",
        "results, county and address note": "/search?near=233%20S%20Wacker%20Dr%2C%20Chicago%2C%20IL%2060606&q=suboxone%20spanish",
        "results, filters opened": "/search?near=10001&radius=10#filters",
        "bad search": "/search?near=10001&radius=abc",
        "facility": facility_path,
        "about the data": "/about/data",
        "guides": "/guides",
        "ketamine guide": "/guides/ketamine-withdrawal",
        "trials guide": "/guides/clinical-trials",
        "privacy": "/privacy",
        "states": "/states",
        "a state": "/states/NY",
        "API docs": "/api/docs",
        "not found": "/no/such/page",
        "sign in": "/account/sign-in?next=%2Fportal",
        "register": "/account/register",
        "reset": "/account/reset",
    }


@pytest.fixture(scope="module")
def axe_source():
    path = os.environ.get("AXE_JS")
    if not path:
        folder = tempfile.mkdtemp()
        subprocess.run(["python3", "-m", "pip", "download", "-q", "--no-deps", "axe-playwright-python==0.1.8", "-d", folder], check=True)
        with zipfile.ZipFile(glob.glob(folder + "/*.whl")[0]) as wheel:
            path = wheel.extract("axe_playwright_python/axe.min.js", folder)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    assert "axe.version" in source or "4." in source[:400]
    return source


@pytest.fixture(scope="module")
def browser():
    driver = chromium.start()
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def facility_path(base_url):
    import json
    import urllib.request
    with urllib.request.urlopen(base_url + "/api/v1/facilities?near=10001&radius=10&per_page=1", timeout=30) as res:
        return json.loads(res.read())["results"][0]["url"]


def open_page(browser, url, width):
    browser.set_window_size(width, 900)
    browser.get(url)
    # The window's inner width is what the layout sees: make it exactly `width`.
    inner = browser.execute_script("return window.innerWidth")
    if inner != width:
        browser.set_window_size(width + (width - inner), 900)
        browser.get(url)


def run_axe(browser, axe_source):
    browser.execute_script(axe_source)
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(r => done(r.violations));", TAGS)


def test_axe_reports_a_planted_violation(browser, base_url, axe_source):
    """The check below can fail: an unlabelled field and an image with no text alternative planted in a page are reported."""
    open_page(browser, base_url + "/", 1280)
    browser.execute_script("document.querySelector('main').insertAdjacentHTML('beforeend',"
                           " '<input type=text><img src=\"/static/haven.css\">')")
    ids = {v["id"] for v in run_axe(browser, axe_source)}
    assert {"label", "image-alt"} <= ids, ids


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_no_violations(browser, base_url, axe_source, facility_path, width):
    failures = []
    for name, path in pages(base_url, facility_path).items():
        open_page(browser, base_url + path, width)
        for v in run_axe(browser, axe_source):
            targets = [" ".join(n["target"]) for n in v["nodes"][:3]]
            failures.append(f"{name} at {width}px: {v['id']} ({v['impact']}): {v['help']} -> {targets}")
    assert not failures, "\n".join(failures)


FOCUS_CONTRAST = """
function lum(rgb) {
  const c = rgb.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function opaque(rgb) { const m = rgb.match(/[\\d.]+/g); return m && (m.length < 4 || Number(m[3]) > 0); }
function background(el) {
  for (let e = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (opaque(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}
const out = [];
for (const el of document.querySelectorAll('a[href], button, input, select, summary')) {
  if (!el.getClientRects().length) continue;
  el.focus();
  if (document.activeElement !== el) continue;
  const s = getComputedStyle(el);
  if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) { out.push(el.outerHTML.slice(0, 80) + ': no visible focus outline'); continue; }
  // With an offset, the ring sits on the parent's background; without, on the element's own edge.
  const under = parseFloat(s.outlineOffset) > 0 ? background(el.parentElement) : background(el);
  const a = lum(s.outlineColor), b = lum(under);
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < 3) out.push(el.outerHTML.slice(0, 80) + ': focus ring ' + s.outlineColor + ' on ' + under + ' is ' + ratio.toFixed(2) + ':1');
}
return out;
"""


@pytest.mark.parametrize("width", WIDTHS)
def test_focus_ring_contrast_is_at_least_3_to_1(browser, base_url, facility_path, width):
    failures = []
    for name, path in pages(base_url, facility_path).items():
        open_page(browser, base_url + path, width)
        failures += [f"{name} at {width}px: {f}" for f in browser.execute_script(FOCUS_CONTRAST)]
    assert not failures, "\n".join(failures[:20])


@pytest.mark.parametrize("width", WIDTHS)
def test_focused_skip_link_leaves_the_crisis_line_visible(browser, base_url, width):
    open_page(browser, base_url + "/", width)
    skip = browser.find_element(By.CSS_SELECTOR, "a.skip")
    browser.execute_script("arguments[0].focus()", skip)
    assert browser.switch_to.active_element == skip
    s, c = skip.rect, browser.find_element(By.CSS_SELECTOR, "aside.crisis").rect
    assert s["width"] > 0 and s["height"] > 0, "the focused skip link is visible"
    # Rects are rounded to whole pixels: allow one pixel where the two meet.
    overlap = not (s["y"] + s["height"] <= c["y"] + 1 or c["y"] + c["height"] <= s["y"] + 1
                   or s["x"] + s["width"] <= c["x"] + 1 or c["x"] + c["width"] <= s["x"] + 1)
    assert not overlap, f"skip link {s} covers the crisis line {c}"
    assert "988" in browser.find_element(By.CSS_SELECTOR, "aside.crisis").text

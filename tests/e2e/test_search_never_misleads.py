"""Issue 21 against the national data: filters narrow, carriers and harm-reduction words find places, words that match
nothing do not empty the page, places as people write them, distances from the town, and the results first on a phone."""
import json
import urllib.parse
import urllib.request

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import chromium


def get(base_url, path):
    with urllib.request.urlopen(base_url + path) as r:
        return r.read().decode()


def api(base_url, **params):
    return json.loads(get(base_url, "/api/v1/facilities?" + urllib.parse.urlencode(params, doseq=True)))


def page(base_url, **params):
    return get(base_url, "/search?" + urllib.parse.urlencode(params, doseq=True))


@pytest.mark.parametrize("near,q,facet,term", [
    ("Phoenix, AZ", "ketamine", "care_type", "detox"),
    ("Chicago, IL", "alcohol", "setting", "outpatient"),
    ("Denver, CO", "opioids", "payment", "medicaid"),
    ("Boise, ID", "rehab", "age", "children"),
])
def test_a_filter_beside_words_never_widens(base_url, near, q, facet, term):
    words = api(base_url, near=near, q=q)["total"]
    both = api(base_url, near=near, q=q, **{facet: term})["total"]
    alone = api(base_url, near=near, **{facet: term})["total"]
    assert both <= words and both <= alone, (words, both, alone)


@pytest.mark.parametrize("carrier", ["aetna", "blue cross", "kaiser"])
def test_a_carrier_finds_private_insurance_and_says_why(base_url, carrier):
    answer = api(base_url, near="Chicago, IL", q=carrier)
    assert answer["total"] == api(base_url, near="Chicago, IL", payment="private-insurance")["total"] > 50
    html = page(base_url, near="Chicago, IL", q=carrier)
    assert "do not list insurance carriers" in html and "No places found" not in html


@pytest.mark.parametrize("words", ["needle exchange", "syringe", "fentanyl test strips", "pills", "prescription pills"])
def test_harm_reduction_and_common_words_find_places(base_url, words):
    assert api(base_url, near="Chicago, IL", q=words)["total"] > 0, words


@pytest.mark.parametrize("typed,plain", [("DUI class", "DUI"), ("alcohol program", "alcohol"), ("detox help near me", "detox")])
def test_kind_words_are_not_program_names(base_url, typed, plain):
    assert api(base_url, near="Chicago, IL", q=typed)["total"] == api(base_url, near="Chicago, IL", q=plain)["total"] > 0


@pytest.mark.parametrize("near,q", [("Phoenix, AZ", "ketamine"), ("Chicago, IL", "opioids"), ("Denver, CO", "meth")])
def test_every_narrowing_link_finds_what_it_says(base_url, near, q):
    import re
    html = page(base_url, near=near, q=q)
    narrow = html.split("Narrow to: </span>", 1)[1].split("</p>", 1)[0]
    links = re.findall(r'<a href="([^"]+)">[^<]+</a> \(([\d,]+)\)', narrow)
    assert links, narrow
    for href, count in links:
        target = get(base_url, href.replace("&amp;", "&"))
        assert "No places found" not in target
        assert f"<h1>{count} place" in target, (href, count)


@pytest.mark.parametrize("typed,expected", [
    ("Sacramento, Calif.", "near Sacramento, CA"), ("Tampa, Fla.", "near Tampa, FL"), ("Phoenix Ariz", "near Phoenix, AZ"),
    ("rural Montana", "in Montana"), ("western Kansas", "in Kansas"), ("upstate New York", "in New York"),
    ("Navajo Nation, AZ", "near Window Rock, AZ"), ("Cherokee Nation", "near Tahlequah, OK"), ("Pine Ridge reservation", "near Pine Ridge, SD"),
    ("zip 606", "near Chicago, IL"), ("zip code 80202", "near 80202"), ("802", "near Denver, CO"),
])
def test_places_as_people_write_them(base_url, typed, expected):
    html = page(base_url, near=typed)
    h1 = html.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert expected in h1, (typed, h1)


@pytest.mark.parametrize("typed", ["near me", "my location", "nearby"])
def test_near_me_says_what_to_type(base_url, typed):
    html = page(base_url, near=typed, q="detox")
    assert "Which place?" in html and "can&#39;t see where you are" in html and 'value="detox"' in html


@pytest.mark.parametrize("params", [{}, {"q": "alcohol"}, {"care_type": "detox"}])
def test_no_place_asks_where_instead_of_listing_the_country(base_url, params):
    html = page(base_url, **params)
    assert "Which place?" in html and "19," not in html.split("<h1>", 1)[1][:40]


@pytest.mark.parametrize("town,said", [
    ("Elko, NV", "miles from downtown Elko, NV"), ("Boise, ID", "miles from downtown Boise, ID"),
    ("Las Vegas, NM", "miles from Las Vegas, NM’s listed programs"), ("Manhattan, KS", "miles from Manhattan, KS’s listed program"),
])
def test_a_town_is_measured_from_where_its_programs_are(base_url, town, said):
    answer = api(base_url, near=town, per_page=3)
    html = page(base_url, near=town)
    assert said in html
    assert answer["results"][0]["distance_miles"] < 2.0, answer["results"][0]


@pytest.mark.parametrize("county", ["Los Angeles County, CA", "Queens NY", "Cook County, IL"])
def test_a_county_is_nearest_first_with_distances(base_url, county):
    answer = api(base_url, near=county, per_page=20)
    distances = [r["distance_miles"] for r in answer["results"] if r["distance_miles"] is not None]
    assert answer["sort"] == "distance" and len(distances) >= 10 and distances == sorted(distances)
    assert api(base_url, near=county, radius=5)["total"] < answer["total"], "a chosen radius holds"


def test_five_hundred_miles_is_a_choice(base_url):
    assert '<option value="500">Within 500 miles</option>' in page(base_url, near="Elko, NV")
    assert api(base_url, near="Elko, NV", radius=500)["total"] > api(base_url, near="Elko, NV", radius=250)["total"]


@pytest.fixture(scope="module")
def phone():
    driver = chromium.start(width=360, height=800, javascript=False)
    yield driver
    driver.quit()


@pytest.mark.parametrize("query", [
    "near=Phoenix%2C+AZ&q=ketamine", "near=Chicago%2C+IL&q=suicidal", "near=10001&q=suboxone+medicaid",
    "near=Cook+County%2C+IL&care_type=detox", "near=Sacramento%2C+Calif.&q=needle+exchange",
])
def test_on_a_phone_the_first_result_is_on_the_first_screen_and_a_half(phone, base_url, query):
    phone.get(f"{base_url}/search?{query}")
    card = phone.find_element(By.CSS_SELECTOR, "ol.results li.card")
    h1 = phone.find_element(By.TAG_NAME, "h1")
    assert h1.location["y"] < card.location["y"] <= 1200, f"{query}: first card at {card.location['y']} px"


def test_on_a_wide_screen_the_first_tab_skips_to_the_results(base_url):
    wide = chromium.start(width=1280, height=900)
    try:
        wide.get(f"{base_url}/search?near=Phoenix%2C+AZ&q=ketamine")
        body = wide.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)
        skip = wide.switch_to.active_element
        assert skip.text == "Skip to the results"
        skip.send_keys(Keys.ENTER)
        wide.switch_to.active_element.send_keys(Keys.TAB)
        focused = wide.switch_to.active_element
        for _ in range(3):
            if focused.find_elements(By.XPATH, "ancestor::li[contains(@class,'card')]"):
                break
            focused.send_keys(Keys.TAB)
            focused = wide.switch_to.active_element
        assert focused.find_elements(By.XPATH, "ancestor::li[contains(@class,'card')]"), focused.get_attribute("outerHTML")[:200]
    finally:
        wide.quit()

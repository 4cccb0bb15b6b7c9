"""The live API against its own OpenAPI 3.1 document: the document is valid, and every response
(success and error) matches the schema declared for its status code and content type."""
import json
import urllib.error
import urllib.request

import jsonschema
import pytest
from openapi_spec_validator import validate


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as res:
            return res.status, res.headers.get("Content-Type", ""), json.loads(res.read())
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), json.loads(err.read())


@pytest.fixture(scope="module")
def spec(base_url):
    status, _, doc = fetch(base_url + "/api/v1/openapi.json")
    assert status == 200
    return doc


def check(spec, path, url, base_url):
    status, ctype, body = fetch(base_url + url)
    op = spec["paths"][path]["get"]
    declared = op["responses"].get(str(status))
    assert declared is not None, f"{url}: status {status} is not documented"
    media = ctype.split(";")[0].strip()
    assert media in declared["content"], f"{url}: {media} not documented for {status}"
    schema = dict(declared["content"][media]["schema"])
    schema["components"] = spec["components"]
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(body)
    return status, body


def test_document_is_valid_openapi(spec):
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_search_responses_match(spec, base_url):
    for query in ["near=10001&radius=10&payment=medicaid&medication=buprenorphine",
                  "near=Denver,%20CO&sort=name&per_page=100&page=2",
                  "near=40.75,-73.99&radius=3&q=center",
                  "q=recovery&care_type=detox,substance-use",
                  "near=98101&radius=500&age=children&language=spanish"]:
        status, body = check(spec, "/api/v1/facilities", "/api/v1/facilities?" + query, base_url)
        assert status == 200, query
        assert len(body["results"]) <= body["per_page"]


def test_every_documented_facet_value_is_accepted(spec, base_url):
    for param in spec["paths"]["/api/v1/facilities"]["get"]["parameters"]:
        schema = param["schema"]
        if schema.get("type") != "array":
            continue
        values = ",".join(schema["items"]["enum"][:3])
        status, _ = check(spec, "/api/v1/facilities", f"/api/v1/facilities?near=10001&{param['name']}={values}", base_url)
        assert status == 200, param["name"]


def test_errors_are_documented_problems(spec, base_url):
    for query in ["radius=0", "per_page=101", "payment=nope", "near=Washington", "sort=nearest", "bogus=1"]:
        status, body = check(spec, "/api/v1/facilities", "/api/v1/facilities?" + query, base_url)
        assert status == (300 if query == "near=Washington" else 400) and body["detail"], query


def test_facility_and_taxonomy_match(spec, base_url):
    _, body = check(spec, "/api/v1/facilities", "/api/v1/facilities?near=10001&per_page=1", base_url)
    fid = body["results"][0]["id"]
    status, detail = check(spec, "/api/v1/facilities/{id}", f"/api/v1/facilities/{fid}", base_url)
    assert status == 200 and detail["id"].lower() == fid.lower()
    status, _ = check(spec, "/api/v1/facilities/{id}", "/api/v1/facilities/00000000-0000-4000-8000-000000000000", base_url)
    assert status == 404
    status, _ = check(spec, "/api/v1/facilities/{id}", "/api/v1/facilities/nope", base_url)
    assert status == 400
    status, tax = check(spec, "/api/v1/taxonomy", "/api/v1/taxonomy", base_url)
    assert status == 200 and any(f["slug"] == "payment" for f in tax["facets"])


@pytest.mark.parametrize("path", ["/search?near=10001&radius=25", "/api/v1/facilities?near=10001&radius=25",
                                  "/api/v1/facilities.csv?near=10001&radius=5", "/static/haven.css"])
def test_responses_are_gzipped_when_asked(base_url, path):
    import gzip
    plain = urllib.request.urlopen(base_url + path, timeout=30)
    body = plain.read()
    assert plain.headers.get("Content-Encoding") is None, "not compressed unless the client asks"
    req = urllib.request.Request(base_url + path, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(req, timeout=30) as res:
        assert res.headers.get("Content-Encoding") == "gzip"
        packed = res.read()
    assert gzip.decompress(packed) == body
    assert len(packed) * 2 < len(body), f"{path}: {len(packed)} bytes gzipped of {len(body)}"

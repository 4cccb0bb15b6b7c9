"""End-to-end checks against a running Haven (started by scripts/test): HAVEN_URL points at it."""
import os

import pytest


@pytest.fixture(scope="session")
def base_url():
    url = os.environ.get("HAVEN_URL")
    if not url:
        pytest.fail("HAVEN_URL is not set: run these through scripts/test, which starts a server")
    return url.rstrip("/")

"""Browser tests: Debian's Chromium driven by Playwright against Django's live server.

They need /usr/bin/chromium, Java and the npm packages of package.json (axe-core, vnu-jar).
Without them the tests are skipped with a clear reason; with REQUIRE_BROWSER_TESTS=1 (as
in CI) a missing tool is a failure instead.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make around it are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]


def missing_tools() -> list[str]:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Chromium ({CHROMIUM}; apt-get install chromium)")
    if not AXE.exists() or not VNU.exists():
        missing.append("axe-core and vnu-jar (npm ci)")
    if shutil.which("java") is None:
        missing.append("Java (for the Nu HTML checker)")
    return missing


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
            # The live server needs committed data, so each test ends with a flush.
            item.add_marker(pytest.mark.django_db(transaction=True))


@pytest.fixture(scope="session")
def browser():
    missing = missing_tools()
    if missing:
        message = "BROWSER TESTS SKIPPED: missing " + "; ".join(missing)
        if os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
            pytest.fail(message.replace("SKIPPED", "REQUIRED"), pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, live_server):
    """Opens pages in fresh browser contexts: new_page(width=375, javascript=False)."""
    contexts = []

    def open_page(width: int = 1280, javascript: bool = True):
        context = browser.new_context(
            base_url=live_server.url,
            viewport={"width": width, "height": 900},
            java_script_enabled=javascript,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def log_in(page, username: str, password: str = "pw") -> None:
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main form button[type=submit]")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)

"""Every page people use, in both languages, checked by axe-core (WCAG 2.2 AA) and the Nu HTML
checker."""

import pytest
from django.urls import reverse

from tests.browser.checkers import axe_violations, html_errors
from tests.browser.conftest import log_in
from tests.browser.site import PAGES, PATIENT, Site, build_site


def open_as(new_page, site: Site, who: str | None, path: str, width: int = 1280):
    page = new_page(width=width)
    if who:
        log_in(page, who)
    response = page.goto(path)
    return page, response.text()


LANGUAGES = ["en", "zh-hant"]


def in_language(path: str, language: str) -> str:
    """The page's address in the language: English ones have no prefix."""
    return path if language == "en" else f"/{language}{path}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_the_page_has_no_accessibility_violations(new_page, name, language):
    site = build_site()
    who, path = PAGES[name]
    page, _ = open_as(new_page, site, who, in_language(path(site), language))

    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []


def test_the_ask_form_with_errors_has_no_accessibility_violations(new_page):
    site = build_site()
    page, _ = open_as(new_page, site, PATIENT, reverse("qa:ask"))
    page.fill("#id_title", "?!")
    page.click("button:has-text('Send my question')")
    page.locator("#id_title_error").wait_for()

    assert axe_violations(page) == []


def test_every_page_is_valid_html(new_page):
    site = build_site()
    documents = {}
    for name, (who, path) in PAGES.items():
        for language in LANGUAGES:
            address = in_language(path(site), language)
            _, documents[f"{name} ({language})"] = open_as(new_page, site, who, address)
    page, _ = open_as(new_page, site, PATIENT, reverse("qa:ask"))
    page.fill("#id_title", "?!")
    page.click("button:has-text('Send my question')")
    page.locator("#id_title_error").wait_for()
    documents["ask with errors"] = page.content()

    assert html_errors(documents) == {}

"""The layout rules every page keeps, at a phone's width and a desk's: nothing scrolls
sideways, the header is one row, and the content starts at the header's left edge."""

import pytest

from tests.browser.checkers import axe_violations
from tests.browser.site import build_site
from tests.browser.test_pages_are_accessible_and_valid import PAGES, open_as

PHONE, DESK = 375, 1280

HEADER_ROW = """() => {
  const boxes = ['.brand', '.header-ask', '.menu__toggle'].map(
    (selector) => document.querySelector(selector).getBoundingClientRect());
  return boxes.every((box) => box.top < boxes[0].bottom && box.bottom > boxes[0].top);
}"""


@pytest.mark.parametrize("name", PAGES)
def test_on_a_phone_nothing_scrolls_sideways_the_header_is_one_row_and_axe_finds_nothing(
    new_page, name
):
    site = build_site()
    who, path = PAGES[name]
    page, _ = open_as(new_page, site, who, path(site), width=PHONE)

    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    assert page.evaluate(HEADER_ROW)
    assert axe_violations(page) == []


def test_the_menu_opens_on_a_phone_without_javascript(new_page):
    site = build_site()
    page = new_page(width=PHONE, javascript=False)
    page.goto(site.answered.get_absolute_url())
    log_in_link = page.get_by_role("link", name="Log in")
    assert not log_in_link.is_visible()

    page.click(".menu__toggle")

    assert log_in_link.is_visible()
    assert page.get_by_role("searchbox", name="Search questions").first.is_visible()


@pytest.mark.parametrize("width", [PHONE, DESK])
@pytest.mark.parametrize("name", ["question", "specialty", "doctor", "ask", "dashboard stats"])
def test_the_content_starts_at_the_headers_left_edge(new_page, name, width):
    site = build_site()
    who, path = PAGES[name]
    page, _ = open_as(new_page, site, who, path(site), width=width)

    brand = page.locator(".brand").bounding_box()
    heading = page.locator("main h1").bounding_box()
    footer = page.locator(".site-footer p").bounding_box()

    assert round(heading["x"]) == round(brand["x"]) == round(footer["x"])


def test_the_question_pages_cards_are_as_wide_as_the_specialty_pages(new_page):
    site = build_site()
    widths = []
    for path in (site.answered.get_absolute_url(), site.neurology.get_absolute_url()):
        page, _ = open_as(new_page, site, None, path, width=DESK)
        widths.append(round(page.locator(".card").first.bounding_box()["width"]))

    assert widths[0] == widths[1]

"""The language chooser in the header, with and without JavaScript."""

import pytest
from django.utils import translation

from tests.browser.site import build_site


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without"])
def test_the_chooser_opens_the_same_page_in_the_other_language_and_back(new_page, javascript):
    site = build_site()
    english = site.answered.get_absolute_url()
    with translation.override("zh-hant"):
        chinese = site.answered.get_absolute_url()
    page = new_page(javascript=javascript)
    page.goto(english)

    page.click("button[name=language][value=zh-hant]")
    page.wait_for_url(f"**{chinese}")

    assert page.locator("html").get_attribute("lang") == "zh-hant"
    assert page.get_by_role("heading", name="相關問答").is_visible()

    page.click("button[name=language][value=en]")
    page.wait_for_url(f"**{english}")

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Similar Q&A").is_visible()

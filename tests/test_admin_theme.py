"""The moderation admin wears the site's colours and name: its own stylesheet after Django's,
the forum's name and "+" mark in the header, and the site's icon."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from tests.factories import make_question, make_specialty

THEME = "/static/css/admin.css"


@pytest.fixture
def question(db):
    return make_question(make_specialty(), title="Headaches after a fall")


def admin_pages(question) -> list[str]:
    return [
        reverse("admin:index"),
        reverse("admin:qa_question_changelist"),
        reverse("admin:qa_question_change", args=[question.pk]),
    ]


def test_every_admin_page_links_the_theme_after_djangos_own_styles(logged_in, question):
    for path in admin_pages(question):
        html = logged_in.get(path).content.decode()

        assert f'<link rel="stylesheet" href="{THEME}">' in html, path
        # Later rules win: the theme must come after the variables it overrides.
        assert html.index(THEME) > html.index("admin/css/dark_mode.css"), path


def test_the_login_page_wears_the_theme_too(client, db):
    html = client.get(reverse("admin:login")).content.decode()

    assert THEME in html
    assert "Ask a Doctor" in html


def test_the_theme_stylesheet_exists(db):
    assert finders.find("css/admin.css")


def test_the_header_names_the_forum_and_links_to_the_admin_index(logged_in, question, settings):
    settings.SITE_NAME = "Clinic Corner"

    for path in admin_pages(question):
        html = logged_in.get(path).content.decode()

        branding = re.search(r'<div id="site-name">(.*?)</div>', html, re.S).group(1)
        assert branding.startswith(f'<a href="{reverse("admin:index")}">'), path
        assert '<span class="admin-brand__mark" aria-hidden="true">+</span>' in branding
        assert "Clinic Corner" in branding
        assert re.search(r"<title>[^<]*\| Clinic Corner moderation</title>", html), path
        assert "Ask a Doctor" not in html, path


def test_the_header_keeps_a_link_back_to_the_site(logged_in):
    html = logged_in.get(reverse("admin:index")).content.decode()

    assert '<a href="/">View site</a>' in html


def test_admin_pages_stay_out_of_search_engines(logged_in):
    html = logged_in.get(reverse("admin:index")).content.decode()

    assert '<meta name="robots" content="noindex">' in html


def test_admin_pages_show_the_forums_icon(logged_in):
    html = logged_in.get(reverse("admin:index")).content.decode()

    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in html
    assert '<link rel="icon" href="/icon.svg" type="image/svg+xml">' in html
    assert '<link rel="apple-touch-icon" href="/apple-touch-icon.png">' in html

"""The site's icons: the favicon, an SVG icon, the touch icon and the web app manifest's
icons, served from the site's root (WhiteNoise's WHITENOISE_ROOT, public/)."""

import struct
from html.parser import HTMLParser

import pytest
from django.urls import reverse

ICONS = {
    "/favicon.ico": "image/x-icon",
    "/icon.svg": "image/svg+xml",
    "/apple-touch-icon.png": "image/png",
    "/icon-192.png": "image/png",
    "/icon-512.png": "image/png",
}
ICON_RELS = {"icon", "apple-touch-icon", "manifest"}


class IconLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in ICON_RELS:
            self.hrefs.append(attrs["href"])


def icon_links(html: str) -> list[str]:
    parser = IconLinks()
    parser.feed(html)
    return parser.hrefs


def png_size(content: bytes) -> tuple[int, int]:
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", content[16:24])


@pytest.mark.parametrize(("path", "content_type"), ICONS.items())
def test_each_icon_answers_with_its_image(client, db, path, content_type):
    response = client.get(path)

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert b"".join(response.streaming_content)


def test_the_touch_icon_is_the_size_ios_asks_for(client, db):
    response = client.get("/apple-touch-icon.png")

    assert png_size(b"".join(response.streaming_content)) == (180, 180)


def test_the_svg_icon_is_the_white_cross_on_the_teal_circle(client, db):
    svg = b"".join(client.get("/icon.svg").streaming_content).decode()

    assert '<circle cx="16" cy="16" r="16" fill="#0b5f61"/>' in svg
    assert 'fill="#fff"' in svg


def test_the_manifest_names_the_forum_and_its_icons(client, db, settings):
    settings.SITE_NAME = "Clinic Corner"

    response = client.get(reverse("web_manifest"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["name"] == "Clinic Corner"
    assert manifest["start_url"] == "/"
    for icon in manifest["icons"]:
        image = client.get(icon["src"])
        assert image.status_code == 200, icon["src"]
        assert image["Content-Type"] == icon["type"]
        width, height = png_size(b"".join(image.streaming_content))
        assert icon["sizes"] == f"{width}x{height}"


@pytest.mark.parametrize("who", ["reader", "moderator"])
def test_every_icon_a_page_links_answers(client, moderator, who):
    if who == "moderator":
        client.force_login(moderator)
    pages = ["/", reverse("admin:login") if who == "reader" else reverse("admin:index")]

    for page in pages:
        links = icon_links(client.get(page).content.decode())
        assert "/favicon.ico" in links, page
        for href in links:
            assert client.get(href).status_code == 200, (page, href)

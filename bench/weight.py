"""How many bytes a reader downloads for a page: its HTML plus the CSS and JS it links,
each fetched as a browser would, accepting gzip.
"""

import gzip
from html.parser import HTMLParser
from urllib.parse import urljoin

from .server import fetch

GZIP = {"Accept-Encoding": "gzip"}


class _AssetFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        rel = (values.get("rel") or "").lower().split()
        if tag == "link" and "stylesheet" in rel and values.get("href"):
            self.urls.append(values["href"])
        elif tag == "script" and values.get("src"):
            self.urls.append(values["src"])


def asset_urls(html: str) -> list[str]:
    """The stylesheets and scripts a page loads, in document order, each once."""
    finder = _AssetFinder()
    finder.feed(html)
    return list(dict.fromkeys(finder.urls))


def _decoded(body: bytes, encoding: str) -> bytes:
    return gzip.decompress(body) if encoding == "gzip" else body


def _entry(url: str) -> dict:
    response = fetch(url, GZIP)
    if response.status != 200:
        raise RuntimeError(f"GET {url} answered {response.status}.")
    encoding = response.headers.get("Content-Encoding", "identity")
    return {
        "url": url,
        "bytes": len(response.body),
        "uncompressed_bytes": len(_decoded(response.body, encoding)),
        "encoding": encoding,
        "body": response.body,
    }


def page_weight(base_url: str, path: str) -> dict:
    """The page's transferred bytes (bodies, without HTTP headers), alone and with assets."""
    page = _entry(urljoin(base_url, path))
    html = _decoded(page.pop("body"), page["encoding"]).decode("utf-8", errors="replace")
    assets = [_entry(urljoin(page["url"], url)) for url in asset_urls(html)]
    for asset in assets:
        del asset["body"]
    return {
        "path": path,
        "html": page,
        "assets": assets,
        "total_bytes": page["bytes"] + sum(asset["bytes"] for asset in assets),
    }

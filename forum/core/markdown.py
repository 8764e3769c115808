"""Markdown written by doctors, rendered to HTML that is safe to show to anyone."""

import html
import threading

import markdown as markdown_lib
import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote",
    "code", "pre", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


_converters = threading.local()


def _converter() -> markdown_lib.Markdown:
    # Building a converter costs more than most conversions; one per thread is reused.
    if not hasattr(_converters, "markdown"):
        _converters.markdown = markdown_lib.Markdown(extensions=["sane_lists", "tables"])
    return _converters.markdown.reset()


def render_markdown(text: str) -> str:
    """Markdown to sanitised HTML: no scripts, no event handlers, only safe links."""
    raw_html = _converter().convert(text or "")
    return nh3.clean(
        raw_html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener ugc",
    )


def markdown_to_text(text: str) -> str:
    """The words of a Markdown text without its markup, for excerpts."""
    stripped = nh3.clean(render_markdown(text), tags=set())
    return " ".join(html.unescape(stripped).split())

"""Markdown written by doctors, rendered once when it is saved, to HTML safe for anyone.

cmark-gfm (GitHub's CommonMark parser, in C) takes time in proportion to the text however
it is written: 100 KB of unbalanced brackets renders in milliseconds. Its safe mode leaves
raw HTML and javascript: or data: links out, and nh3 then keeps only the tags, attributes
and link schemes below. Headings start at <h3>, under the page's own <h1> and the reply's
<h2>.
"""

import html
import re

import nh3
from cmarkgfm.cmark import Options

from . import cmark

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "del", "ul", "ol", "li", "a", "blockquote",
    "code", "pre", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# A line break inside a paragraph is a space, as readers of the source would expect; it
# also leaves a newline in the HTML only between blocks, which plain text relies on.
OPTIONS = Options.CMARK_OPT_NOBREAKS
EXTENSIONS = ["table", "strikethrough", "autolink"]
HEADING_SHIFT = 2
# The sanitiser's time grows with the square of the nesting: a line of a hundred thousand
# ">" would take it a minute. Quotes nest this deep at most; the parser bounds lists.
MAX_QUOTE_DEPTH = 16

_QUOTE = r"(?: {0,3}> ?)"
_QUOTE_MARKERS = re.compile(f"^({_QUOTE}{{{MAX_QUOTE_DEPTH}}}){_QUOTE}+", re.M)
_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")
_SENTENCE_END = (".", "!", "?", ":", ";", "…")


def _shift_heading(match: re.Match) -> str:
    level = min(int(match[2]) + HEADING_SHIFT, 6)
    return f"<{match[1]}h{level}"


def _drop_empty_links(element: str, attribute: str, value: str) -> str | None:
    # The parser empties the address of a link it refuses (javascript:, data:).
    return None if attribute == "href" and not value else value


def render_markdown(text: str) -> str:
    """Markdown to sanitised HTML: no scripts, no event handlers, only safe links."""
    if not text:
        return ""
    text = _QUOTE_MARKERS.sub(r"\1", text)
    raw_html = cmark.to_html(text, OPTIONS, EXTENSIONS)
    # Raw HTML is left out, so every heading tag here is the parser's own.
    raw_html = _HEADING_TAG.sub(_shift_heading, raw_html)
    return nh3.clean(
        raw_html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener ugc",
        attribute_filter=_drop_empty_links,
    ).strip()


def html_to_text(rendered: str) -> str:
    """The words of rendered Markdown without its markup, for excerpts: each block (a
    paragraph, a heading, a list item) ends as a sentence, so they don't run together."""
    stripped = html.unescape(nh3.clean(rendered, tags=set()))
    blocks = (" ".join(line.split()) for line in stripped.split("\n"))
    return " ".join(
        block if block.endswith(_SENTENCE_END) else f"{block}." for block in blocks if block
    )


def saves_source(update_fields, source: str, *rendered: str) -> tuple[bool, set[str] | None]:
    """For a model's save(): whether it writes the Markdown field `source` (so the fields
    `rendered` from it must be made again), and the update_fields with those added."""
    if update_fields is None:
        return True, None
    if source not in update_fields:
        return False, set(update_fields)
    return True, {*update_fields, *rendered}

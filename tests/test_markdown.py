import cmarkgfm
import pytest

from bench.inprocess import PATHOLOGICAL_MARKDOWN
from forum.core import cmark, markdown
from forum.core.markdown import html_to_text, render_markdown
from forum.core.templatetags.forum import excerpt


def test_it_renders_paragraphs_lists_bold_italics_and_links():
    html = render_markdown(
        "Rest **well**, *please*.\n\n1. Water\n2. Sleep\n\n[Guide](https://example.org)"
    )

    assert "<strong>well</strong>" in html
    assert "<em>please</em>" in html
    assert "<ol>" in html
    assert '<a href="https://example.org" rel="nofollow noopener ugc">Guide</a>' in html


def test_it_removes_scripts_event_handlers_and_unsafe_links():
    html = render_markdown(
        '<script>alert(1)</script><img src=x onerror="alert(2)">'
        '<a href="javascript:alert(3)" onclick="x()">a</a><iframe src="https://evil"></iframe>'
        "\n\n[b](javascript:alert(4)) [c](data:text/html;base64,xx)"
    )

    for forbidden in [
        "<script",
        "alert(1)",
        "onerror",
        "onclick",
        "javascript:",
        "<iframe",
        "data:",
    ]:
        assert forbidden not in html


def test_plain_text_drops_the_markup():
    assert html_to_text(render_markdown("**Rest** & drink\n\n- water")) == "Rest & drink. water."


def test_an_excerpt_cuts_at_a_word_and_adds_dots():
    text = "Hello doctor, I have had a headache every morning for three weeks now."

    assert excerpt(text, 30) == "Hello doctor, I have had a\u00a0..."
    assert excerpt("Short enough.", 30) == "Short enough."
    assert excerpt("a" * 30, 30) == "a" * 30
    assert excerpt("a" * 31, 30) == "a" * 30 + "\u00a0..."
    assert excerpt("café " * 10, 15) == "café café café\u00a0..."


def test_each_text_is_rendered_on_its_own():
    first = render_markdown("1. one\n2. two\n\n| a | b |\n|---|---|\n| 1 | 2 |")

    assert "<ol>" in first and "<table>" in first
    assert render_markdown("plain") == "<p>plain</p>"
    assert render_markdown("") == ""


@pytest.mark.parametrize("name", PATHOLOGICAL_MARKDOWN)
def test_it_renders_100_kb_of_pathological_input_to_safe_html(name):
    text = PATHOLOGICAL_MARKDOWN[name]

    html = render_markdown(text)

    assert len(text) >= 90_000
    assert "<script" not in html
    assert html.startswith("<") and html.endswith(">")


def test_an_unbalanced_bracket_stays_text():
    assert render_markdown("[" * 20_000 + "a") == "<p>" + "[" * 20_000 + "a</p>"


def test_quotes_nest_16_deep_at_most():
    html = render_markdown(">" * 100 + " deep")

    assert html.count("<blockquote>") == 16
    assert "deep" in html


def test_headings_nest_under_the_pages_own():
    html = render_markdown("# When to worry\n\n## At night\n\n#### Rarely\n\n<h2>Typed</h2>")

    assert "<h3>When to worry</h3>" in html
    assert "<h4>At night</h4>" in html
    assert "<h6>Rarely</h6>" in html
    assert "Typed" not in html
    assert "<h1" not in html and "<h2" not in html


def test_list_items_stay_apart_in_plain_text():
    text = "If it lasts, call for help yourself\n\n- Chew an aspirin\n- Sit down\n\n# Later\n\nRest"

    assert html_to_text(render_markdown(text)) == (
        "If it lasts, call for help yourself. Chew an aspirin. Sit down. Later. Rest."
    )


def test_line_breaks_inside_a_paragraph_are_spaces():
    assert render_markdown("one\ntwo") == "<p>one two</p>"


GFM_SAMPLES = [
    "Plain words.",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "~~gone~~ and www.example.com and https://example.org/x?y=1",
    "# Title\n\n> quoted\n\n1. one\n2. two\n\n```\ncode\n```",
    "Unbalanced [[[[ brackets *and* `ticks",
    "頭痛三天 **粗體** 與 [連結](https://example.com)",
]


@pytest.mark.parametrize("text", GFM_SAMPLES)
def test_the_parser_renders_as_cmarkgfm_does(text):
    options = markdown.OPTIONS
    expected = cmarkgfm.markdown_to_html_with_extensions(
        text, options=options, extensions=markdown.EXTENSIONS
    )

    assert cmark.to_html(text, options, markdown.EXTENSIONS) == expected


def test_rendering_gives_its_memory_back():
    """cmarkgfm's own function keeps each document tree and its HTML: these renderings
    would keep about 280 MB."""
    text = "Some **bold** words, a [link](https://example.com) and a list:\n\n- one\n- two\n\n" * 40
    cmark.to_html(text, markdown.OPTIONS, markdown.EXTENSIONS)
    before = resident_kib()
    for _ in range(2000):
        cmark.to_html(text, markdown.OPTIONS, markdown.EXTENSIONS)

    assert resident_kib() - before < 8 * 1024


def resident_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

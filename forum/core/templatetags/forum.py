from django import template
from django.utils.safestring import mark_safe
from django.utils.timesince import timesince

from forum.core.markdown import markdown_to_text, render_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> str:
    return mark_safe(render_markdown(text))  # nh3 has sanitised it


@register.filter
def excerpt(text: str, length: int = 200) -> str:
    """The start of a plain text, cut at a word and followed by "..." when cut."""
    words = " ".join((text or "").split())
    if len(words) <= length:
        return words
    cut = words[: length + 1].rsplit(" ", 1)[0] if " " in words[:length] else words[:length]
    # A no-break space keeps the dots with the last word.
    return cut.rstrip(" ,;:.-") + "\u00a0..."


@register.filter
def markdown_excerpt(text: str, length: int = 200) -> str:
    return excerpt(markdown_to_text(text), length)


@register.filter
def waiting(since) -> str:
    """ "waiting 3 days": how long a question has waited, to the largest unit."""
    return f"waiting {timesince(since, depth=1)}"


@register.filter
def machine_time(value) -> str:
    """A date-time for <time datetime>, to the second (HTML allows three decimals at most)."""
    return value.isoformat(timespec="seconds") if value else ""

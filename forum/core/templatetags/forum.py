from django import template
from django.utils.timesince import timesince

from forum.core.text import excerpt

register = template.Library()


register.filter("excerpt", excerpt)


@register.filter
def waiting(since) -> str:
    """ "waiting 3 days": how long a question has waited, to the largest unit."""
    return f"waiting {timesince(since, depth=1)}"


@register.filter
def machine_time(value) -> str:
    """A date-time for <time datetime>, to the second (HTML allows three decimals at most)."""
    return value.isoformat(timespec="seconds") if value else ""


@register.filter
def views(count: int) -> str:
    """ "1,234 views"."""
    return f"{count:,} view{'' if count == 1 else 's'}"

from django import template
from django.core.paginator import Page
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from forum.core.text import excerpt

register = template.Library()


register.filter("excerpt", excerpt)


@register.filter
def waiting(since) -> str:
    """ "waiting 3 days": how long a question has waited, to the largest unit."""
    return _("waiting %(time)s") % {"time": timesince(since, depth=1)}


@register.filter
def machine_time(value) -> str:
    """A date-time for <time datetime>, to the second (HTML allows three decimals at most)."""
    return value.isoformat(timespec="seconds") if value else ""


@register.filter
def views(count: int) -> str:
    """ "1,234 views"."""
    return ngettext("%(count)s view", "%(count)s views", count) % {"count": f"{count:,}"}


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """This page's one address for search engines: its path, with the page number of a
    list beyond its first page, and no other query."""
    request = context["request"]
    page = context.get("page")
    query = f"?page={page.number}" if isinstance(page, Page) and page.number > 1 else ""
    return request.build_absolute_uri(request.path + query)

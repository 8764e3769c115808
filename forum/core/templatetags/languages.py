"""The page in each of the site's languages: the header's chooser and hreflang links."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import format_html

register = template.Library()

LONGEST_QUERY = 1000


@register.simple_tag(takes_context=True)
def page_languages(context) -> list[dict]:
    """Each language with this page's address in it (none for a page no address leads to,
    such as a 404): code, name in its own language, path, absolute URL, whether current."""
    request = context.get("request")
    if request is None or getattr(request, "resolver_match", None) is None:
        return []
    match = request.resolver_match
    current = translation.get_language()
    query = request.META.get("QUERY_STRING", "")
    if len(query) > LONGEST_QUERY:  # a search pasted whole: the page without it
        query = ""
    query = f"?{query}" if query else ""
    languages = []
    for code, _name in settings.LANGUAGES:
        # The address this request resolved to, reversed in each language (no new resolve).
        try:
            with translation.override(code):
                path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:  # an address without a name
            return []
        languages.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "path": path + query,
                "absolute_url": request.build_absolute_uri(path + query),
                "is_current": code == current,
            }
        )
    if len({language["path"] for language in languages}) == 1:
        return []  # an address outside the pages in both languages, such as the chooser's
    return languages


@register.filter
def lang_unless_page(language: str) -> str:
    """` lang="…"` on what is written in another language than the page's, so that it is
    read out and hyphenated in its own; nothing otherwise."""
    if language and language != translation.get_language():
        return format_html(' lang="{}"', language)
    return ""

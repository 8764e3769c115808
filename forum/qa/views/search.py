import re

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from forum.core.pagecache import public_page, shows
from forum.core.pagination import paginate
from forum.core.text import has_words

from .. import search as finder
from ..models import Specialty, Topic
from .public import shows_cards

_SLUG = re.compile(r"[-\w]{1,100}", re.ASCII)


def _slug(request: HttpRequest, name: str) -> str:
    """A filter's slug from the query string; anything else counts as no filter."""
    value = request.GET.get(name, "")
    return value if _SLUG.fullmatch(value) else ""


@public_page
@require_safe
def search(request: HttpRequest) -> HttpResponse:
    text, was_cut = finder.clean_query(request.GET.get("q", ""))
    specialties = list(Specialty.objects.all())
    specialty_slug = _slug(request, "specialty")
    specialty = next((s for s in specialties if s.slug == specialty_slug), None)
    topic_slug = _slug(request, "topic")
    topic = None
    if topic_slug:
        topic = Topic.objects.select_related("specialty").filter(slug=topic_slug).first()
    page, found, too_slow, close_topics = None, None, False, []
    if has_words(text):
        try:
            with finder.time_limit():
                found = finder.find_kept(text, specialty, topic)
        except finder.TooSlow:
            too_slow = True
        else:
            page = paginate(request, found.ids)
            page.object_list = finder.results(list(page), text)
        close_topics = [t for t in finder.close_topics(text) if t != topic]
    if not too_slow:  # a search cut short is not kept: the next reader may be luckier
        # Any change to a public question refreshes "home", and so every search page.
        shows(request, "home", *(f"specialty:{s.pk}" for s in specialties))
        shows(request, *(f"topic:{t.pk}" for t in [*close_topics, topic] if t is not None))
        shows_cards(request, [result.question for result in page or []])
    return render(
        request,
        "qa/search.html",
        {
            "query": text,
            "was_cut": was_cut,
            "query_max": finder.QUERY_MAX,
            "has_words": has_words(text),
            "too_slow": too_slow,
            "specialties": specialties,
            "specialty": specialty,
            "topic": topic,
            "page": page,
            "total": len(found.ids) if found else 0,
            "more_than": finder.CANDIDATES if found and found.more else None,
            "close_topics": close_topics,
        },
    )

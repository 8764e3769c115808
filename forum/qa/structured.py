"""Structured data for search engines: what a public question page holds, as schema.org
JSON-LD (a QAPage that is also a MedicalWebPage, and its breadcrumbs).

Only what the page itself shows: the asker's pseudonym, the question, the doctors' replies
and the dates. Nothing is built for a question that is not public.
"""

import json

from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from forum.core.markdown import html_to_text

# As django.utils.html.json_script: nothing in the data can end the <script> element.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def question_page(question, replies, absolute) -> list[dict]:
    """The QAPage and the BreadcrumbList of a public question; `absolute(path)` makes a
    path a full URL."""
    url = absolute(question.get_absolute_url())
    answers = [_answer(reply, url, absolute) for reply in replies]
    page = {
        "@context": "https://schema.org",
        "@type": ["QAPage", "MedicalWebPage"],
        "url": url,
        "name": f"{question.display_headline} - {question.specialty.local_name}",
        "mainEntity": {
            "@type": "Question",
            "name": question.display_headline,
            "text": f"{question.title}\n\n{question.body}",
            "dateCreated": _date(question.created_at),
            "answerCount": len(answers),
            "author": {"@type": "Person", "name": question.asker_name},
            "suggestedAnswer": answers,
        },
    }
    if replies:
        latest = max(replies, key=lambda reply: reply.reviewed_at)
        page["lastReviewed"] = timezone.localdate(latest.reviewed_at).isoformat()
        page["reviewedBy"] = _doctor(latest.reviewer, absolute)
    crumbs = [
        (_("Home"), absolute(reverse("qa:home"))),
        (question.specialty.local_name, absolute(question.specialty.get_absolute_url())),
        (question.display_headline, url),
    ]
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": item}
            for n, (name, item) in enumerate(crumbs, start=1)
        ],
    }
    return [page, breadcrumbs]


def _answer(reply, question_url: str, absolute) -> dict:
    return {
        "@type": "Answer",
        "text": html_to_text(reply.body_html),
        "dateCreated": _date(reply.created_at),
        "url": f"{question_url}#reply-{reply.pk}",
        "author": _doctor(reply.doctor, absolute),
        # Doctors who agree with it (forum.qa.agreements.attach).
        "upvoteCount": len(reply.agreeing),
    }


def _doctor(doctor, absolute) -> dict:
    person = {"@type": "Person", "name": doctor.display_name}
    if doctor.is_shown:  # only these have a page
        person["url"] = absolute(doctor.get_absolute_url())
    return person


def _date(moment) -> str:
    return moment.isoformat(timespec="seconds")


def as_script(data: dict) -> SafeString:
    """A <script type="application/ld+json"> element of the data."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))

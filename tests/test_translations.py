"""The Traditional Chinese catalogue: complete, compiled, its placeholders intact, and no
English interface text left on a Chinese page."""

import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.urls import reverse

from forum.accounts.models import Doctor, DoctorApplication
from forum.qa.models import FollowUp, Question, Reply, Specialty, Topic
from tests.browser.site import PAGES, build_site

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "zh_Hant" / "LC_MESSAGES" / "django.po"
# What may surround a phrase of the catalogue without being part of it.
PUNCTUATION = " .,:;!?()\"'-\u201c\u201d\u2013\u2014\u2026\u00b7\u203a"
# %(name)s and %s style placeholders, and %% (a percent sign).
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifr%]")


@pytest.fixture(scope="module")
def catalogue() -> polib.POFile:
    return polib.pofile(str(CATALOGUE))


def test_every_entry_is_translated_and_none_is_fuzzy(catalogue):
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert [entry.msgid for entry in catalogue.obsolete_entries()] == []


def test_translations_keep_their_placeholders(catalogue):
    def placeholders(text: str) -> list[str]:
        return sorted(PLACEHOLDER.findall(text))

    wrong = []
    for entry in catalogue.translated_entries():
        if entry.msgid_plural:
            for form in entry.msgstr_plural.values():
                if placeholders(form) != placeholders(entry.msgid_plural):
                    wrong.append((entry.msgid_plural, form))
        elif placeholders(entry.msgstr) != placeholders(entry.msgid):
            wrong.append((entry.msgid, entry.msgstr))
    assert wrong == []


def test_translations_keep_the_markup(catalogue):
    def tags(text: str) -> list[str]:
        return sorted(re.findall(r"</?[a-z]+", text))

    wrong = [
        (entry.msgid, entry.msgstr)
        for entry in catalogue.translated_entries()
        if not entry.msgid_plural and tags(entry.msgstr) != tags(entry.msgid)
    ]
    assert wrong == []


def test_the_compiled_catalogue_is_the_catalogue(catalogue):
    """locale/…/django.mo is compiled from django.po as it is now (make messages)."""
    compiled = polib.mofile(str(CATALOGUE.with_suffix(".mo")))

    def entries(entries) -> dict:
        return {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in entries if e.msgid}

    assert entries(compiled) == entries(catalogue.translated_entries())


class VisibleText(HTMLParser):
    """What a reader sees or hears of a page: its text and the attributes read out."""

    READ_ATTRIBUTES = {"title", "alt", "placeholder", "aria-label", "value", "content"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self._skipping += 1
        kept = dict(attrs)
        if tag != "input" or kept.get("type") not in {"submit", "button"}:
            kept.pop("value", None)  # a value sent back, not one shown
        if tag == "meta" and kept.get("name") not in {"description"}:
            kept.pop("content", None)
        self.parts.extend(v for k, v in kept.items() if k in self.READ_ATTRIBUTES and v)

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)

    @classmethod
    def of(cls, html: str) -> str:
        parser = cls()
        parser.feed(html)
        return " ".join(" ".join(parser.parts).split())


def english_phrases(catalogue: polib.POFile) -> set[str]:
    """The English text of the catalogue, as the literal pieces between its placeholders
    and tags: none of them may show on a Chinese page. Pieces without a word of four
    letters say too little to be told apart."""
    phrases = set()
    for entry in catalogue.translated_entries():
        for text in filter(None, [entry.msgid, entry.msgid_plural]):
            pieces = re.split(r"<[^>]*>|%(?:\([^)]*\))?[sd]|&[a-z]+;", text)
            for piece in pieces:
                piece = " ".join(piece.split()).strip(PUNCTUATION)
                # One word is telling when it is the whole message ("Search"); a piece of a
                # sentence ("about") is as likely to be in what people wrote.
                whole = len(pieces) == 1 or " " in piece
                # A name the translation keeps ("Markdown") is no English left behind.
                kept = piece in entry.msgstr + "".join(entry.msgstr_plural.values())
                if whole and not kept and re.search(r"[A-Za-z]{4}", piece):
                    phrases.add(piece)
    return phrases


def written_by_people() -> str:
    """Everything the test site's people wrote (questions, answers, names, descriptions),
    which stays in the language it was written in."""
    texts = []
    for model in [Question, Reply, FollowUp, Specialty, Topic, Doctor, DoctorApplication]:
        fields = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField)
        ]
        for row in model.objects.values_list(*fields):
            texts.extend(value for value in row if value)
    texts.append(settings.SITE_NAME)
    return " ".join(" ".join(texts).split())


# The admin's pages for django-axes's lockouts, which come in the library's own words.
THIRD_PARTY = ["Access attempts", "Access failures", "Access logs"]


def english_on(html: str, phrases: set[str], content: str) -> list[str]:
    text = VisibleText.of(html)
    for words in THIRD_PARTY:
        text = text.replace(words, "")

    def on(phrase: str, text: str) -> bool:
        return bool(re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text))

    return sorted(p for p in phrases if on(p, text) and not on(p, content))


ZH = "/zh-hant"


@pytest.mark.django_db
def test_no_english_interface_text_is_left_on_chinese_pages(client, catalogue):
    site = build_site()
    phrases = english_phrases(catalogue)
    moderator = get_user_model().objects.get(username="molly")
    admin_pages = [
        reverse("admin:index"),
        reverse("admin:qa_question_changelist"),
        reverse("admin:qa_question_change", args=[site.answered.pk]),
        reverse("admin:qa_reply_changelist"),
        reverse("admin:qa_topic_changelist"),
        reverse("admin:accounts_doctorapplication_changelist"),
    ]
    pages = [(who, path(site)) for who, path in PAGES.values()]
    pages += [("molly", path) for path in admin_pages]
    content = written_by_people()
    left = {}
    for who, path in pages:
        client.logout()
        if who:
            user = moderator if who == "molly" else get_user_model().objects.get(username=who)
            client.force_login(user)
        response = client.get(ZH + path)
        assert response.status_code in {200, 404}, path
        if found := english_on(response.content.decode(), phrases, content):
            left[path] = found
    assert left == {}, "\n".join(f"{path}: {found}" for path, found in left.items())

"""The "Versions" section of the question's and the reply's change pages: every earlier
version of the headline, More Info or the reply (forum.qa.history), newest first, with what
the edit that replaced it changed, and a button that puts it back."""

import difflib
import re
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from forum.safety import personal

from .. import history
from ..models import Question, Reply, Revision

# The newest versions shown; older ones stay kept, and each is compared with the next.
VERSIONS_SHOWN = 20
# Comparing word by word costs time that grows with the square of the words: longer
# texts are compared line by line, so that a page of versions stays quick.
WORD_DIFF_MOST_TOKENS = 2400
# Words, punctuation marks and the spaces between them: a diff keeps the line breaks, and
# a comma added after a word marks the comma, not the word.
_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")


def word_diff(old: str, new: str) -> SafeString:
    """`old` turned into `new`, word by word (line by line for long texts): removed words
    in <del>, added ones in <ins>, every word escaped (both are people's writing)."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    if len(before) + len(after) > WORD_DIFF_MOST_TOKENS:
        before, after = old.splitlines(keepends=True), new.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    # (unchanged, removed, added), with the spaces between two changes made part of them, so
    # that a rewritten sentence reads as one change rather than word against word.
    chunks: list[tuple[bool, str, str]] = []
    opcodes = matcher.get_opcodes()
    for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        removed, added = "".join(before[i1:i2]), "".join(after[j1:j2])
        unchanged = tag == "equal"
        follows_change = bool(chunks) and not chunks[-1][0]
        between_changes = follows_change and number + 1 < len(opcodes) and removed.isspace()
        if follows_change and (not unchanged or between_changes):
            _, was_removed, was_added = chunks.pop()
            chunks.append((False, was_removed + removed, was_added + added))
        else:
            chunks.append((unchanged, removed, added))
    parts = []
    for unchanged, removed, added in chunks:
        if unchanged:
            parts.append(escape(removed))
            continue
        if removed:
            parts.append(format_html("<del>{}</del>", removed))
        if added:
            parts.append(format_html("<ins>{}</ins>", added))
    return format_html_join("", "{}", ((part,) for part in parts))


@dataclass
class Version:
    revision: Revision
    changes: SafeString  # from this version to the text that replaced it
    restore_url: str


def versions(revisions: QuerySet[Revision], current: dict[str, str]) -> list[Version]:
    """The newest revisions, each compared with the text that replaced it: the next newer
    version of the same field, or the field's `current` text for the newest."""
    replaced_by = dict(current)
    rows = []
    for revision in revisions[:VERSIONS_SHOWN]:
        changes = word_diff(revision.text, replaced_by[revision.field])
        rows.append(Version(revision, changes, restore_url(revision)))
        replaced_by[revision.field] = revision.text
    return rows


def of_page(question: Question) -> list[Version]:
    current = {field: getattr(question, name) for name, field in history.PAGE_FIELDS.items()}
    return versions(Revision.objects.of_page(question), current)


def of_reply(reply: Reply) -> list[Version]:
    return versions(Revision.objects.of_reply(reply), {Revision.Field.REPLY: reply.body})


def restore_url(revision: Revision) -> str:
    return reverse("admin:qa_question_restore", args=[revision.question_id, revision.pk])


def current_text(revision: Revision) -> str:
    target = revision.reply if revision.reply_id else revision.question
    return getattr(target, history.FIELD_NAMES[revision.field])


def restore_view(modeladmin, request, question_id: int, revision_id: int):
    """GET asks to confirm and shows what restoring would change; POST restores."""
    revision = get_object_or_404(
        Revision.objects.select_related("question", "reply", "edited_by"),
        pk=revision_id,
        question_id=question_id,
    )
    if not modeladmin.has_change_permission(request, revision.question):
        raise PermissionDenied
    target = revision.reply if revision.reply_id else revision.question
    opts = target._meta
    back = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[target.pk])
    # A moderator may have taken personal data out of the text: it never goes back.
    found = [
        (finding.value, personal.LABELS[finding.kind]) for finding in personal.find(revision.text)
    ]
    if request.method == "POST" and found:
        message = gettext("That version holds what looks like personal data: it was not restored.")
        modeladmin.message_user(request, message, messages.ERROR)
    elif request.method == "POST":
        if history.restore(revision, request.user):
            message = gettext("Restored %(version)s.") % {"version": revision.label}
            modeladmin.message_user(request, message, messages.SUCCESS)
        else:
            modeladmin.message_user(
                request,
                gettext("That version is the current text: nothing changed."),
                messages.WARNING,
            )
        return HttpResponseRedirect(f"{back}#versions")
    return TemplateResponse(
        request,
        "admin/qa/question/restore.html",
        {
            **modeladmin.admin_site.each_context(request),
            "title": gettext("Restore this version?"),
            "opts": modeladmin.model._meta,
            "question": revision.question,
            "target": target,
            "revision": revision,
            "changes": word_diff(current_text(revision), revision.text),
            "personal_data": found,
            "back": back,
        },
    )

"""Edit history: every edit of a reply, a headline or More Info keeps the text it replaced.

The history is a small model of our own, `Revision` (the question, the reply if it is a
reply's, which field, the replaced text, who replaced it and when), rather than
django-simple-history: only three text fields on two models need a history, whereas
simple-history shadows every field of Question and Reply in a copy table, the search vector,
the rendered HTML and the derived columns included, so that every save of a view count or
a ranking would write a history row too; and its admin lists versions without showing what
changed, which is what moderators need. This module owns every write of it: the edit paths
(a doctor rewriting a reply, a doctor answering who changes the page, a moderator's change
form) call `reply_edited` or `page_edited` before they save, and moderators put an earlier
version back with `restore`.
"""

from django.db import transaction
from django.utils import timezone

from forum.core.models import Event

from . import changes
from .models import Question, Reply, Revision

# The question's fields that keep a history, and the field each is recorded as.
PAGE_FIELDS = {"headline": Revision.Field.HEADLINE, "more_info": Revision.Field.MORE_INFO}
FIELD_NAMES = {**{field: name for name, field in PAGE_FIELDS.items()}, Revision.Field.REPLY: "body"}


def keep(
    field: str,
    previous: str,
    current: str,
    editor,
    *,
    question_id: int,
    reply: Reply | None = None,
    now=None,
) -> Revision | None:
    """Keep `previous`, the text `current` replaces, unless the edit changed nothing."""
    if previous == current:
        return None
    return Revision.objects.create(
        question_id=question_id,
        reply=reply,
        field=field,
        text=previous,
        edited_by=editor if editor is not None and editor.is_authenticated else None,
        created_at=now or timezone.now(),
    )


def reply_edited(reply: Reply, editor, now=None) -> bool:
    """The reply has a new body, not saved yet: keep the stored one if it differs, locking
    the reply's row until the transaction ends. Returns whether the body changed."""
    stored = Reply.objects.select_for_update().values_list("body", flat=True).get(pk=reply.pk)
    kept = keep(
        Revision.Field.REPLY,
        stored,
        reply.body,
        editor,
        question_id=reply.question_id,
        reply=reply,
        now=now,
    )
    return kept is not None


def page_edited(question: Question, editor, now=None) -> list[str]:
    """The question has a new headline or More Info, not saved yet: keep the stored texts
    they replace, locking the question's row until the transaction ends, and date the edit
    when the page is public. Returns the fields to save (none when nothing changed)."""
    now = now or timezone.now()
    stored = Question.objects.select_for_update().values(*PAGE_FIELDS, "status").get(pk=question.pk)
    changed = [
        name
        for name, field in PAGE_FIELDS.items()
        if keep(
            field, stored[name], getattr(question, name), editor, question_id=question.pk, now=now
        )
    ]
    if changed and stored["status"] == Question.Status.ANSWERED:
        question.edited_at = now
        changed.append("edited_at")
    return changed


def restore(revision: Revision, moderator) -> bool:
    """Put the revision's text back; the text it replaces is kept as a revision in turn,
    and the restoration is logged. Returns False when the text is already the current one."""
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=revision.question_id)
        now = timezone.now()
        name = FIELD_NAMES[revision.field]
        if revision.reply_id:
            target = Reply.objects.get(pk=revision.reply_id)
            setattr(target, name, revision.text)
            if not reply_edited(target, moderator, now):
                return False
            target.edited_at = now
            # Saving the body renders its Markdown again.
            target.save(update_fields=[name, "edited_at", "updated_at"])
        else:
            target = question
            setattr(target, name, revision.text)
            fields = page_edited(target, moderator, now)
            if not fields:
                return False
            target.save(update_fields=fields)
        Event.record(
            moderator,
            Event.Action.EDIT,
            target,
            reason=f"Restored {revision.label}",
        )
        changes.questions_changed([question.pk])
    return True


def forget(question: Question) -> None:
    """The asker withdrew the question and was told its words are deleted: the earlier
    versions go too."""
    Revision.objects.filter(question=question).delete()

"""What moderators do to content other than a question's status (that is the lifecycle's).
The admin's actions call these; each runs in one transaction, writes the moderation log
and returns what it changed, so the admin can say so."""

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta

from django.db import transaction
from django.db.models import Case, F, Q, QuerySet, Value, When
from django.utils import timezone

from forum.core import pagecache
from forum.core.locking import locked
from forum.core.models import Event

from . import changes, lifecycle
from .models import Question, Reply, Report, TaggedQuestion, Topic, TopicRedirect

STALE_PENDING = timedelta(hours=48)

# Headlines that are an apology, a refusal or a sentence instead of a page title. Written
# for both SQLite's (Python) and PostgreSQL's regular expressions: no \b or \s.
NOT_A_TITLE = (
    r"^ *(i'?m sorry|i am sorry|sorry|apologies|as an ai|i can'?t|i cannot|unfortunately"
    r"|i need more|please provide)|need more information|[.] *$"
)


@transaction.atomic
def set_replies_hidden(replies: QuerySet[Reply], hidden: bool, moderator) -> list[Reply]:
    changed = list(locked(replies).filter(is_hidden=not hidden))
    Reply.objects.filter(pk__in=[r.pk for r in changed]).update(is_hidden=hidden)
    changes.questions_changed(reply.question_id for reply in changed)
    action = Event.Action.HIDE if hidden else Event.Action.UNHIDE
    states = ("shown", "hidden") if hidden else ("hidden", "shown")
    for reply in changed:
        Event.record(moderator, action, reply, from_state=states[0], to_state=states[1])
    return changed


@transaction.atomic
def resolve(reports: QuerySet[Report], moderator) -> list[Report]:
    resolved = list(locked(reports).open())
    Report.objects.filter(pk__in=[r.pk for r in resolved]).update(
        resolved_at=timezone.now(), resolved_by=moderator
    )
    for report in resolved:
        Event.record(
            moderator, Event.Action.RESOLVE, report, from_state="open", to_state="resolved"
        )
    return resolved


@transaction.atomic
def hide_reported(reports: QuerySet[Report], moderator) -> list[Report]:
    """Hide what the reports point at, and resolve them."""
    reports = list(locked(reports).open())
    lifecycle.apply_to_each(
        Question.objects.filter(pk__in=[r.question_id for r in reports if r.question_id]),
        lifecycle.hide,
        moderator,
    )
    set_replies_hidden(
        Reply.objects.filter(pk__in=[r.reply_id for r in reports if r.reply_id]), True, moderator
    )
    # A report whose content could not be hidden stays open for another look.
    hidden = Report.objects.filter(pk__in=[r.pk for r in reports]).filter(
        Q(question__status=Question.Status.HIDDEN) | Q(reply__is_hidden=True)
    )
    return resolve(hidden, moderator)


@transaction.atomic
def rename_topic(topic: Topic, old_name: str, old_slug: str, moderator) -> None:
    """Log a topic's new name; a new slug keeps the old address as a redirect."""
    if topic.slug != old_slug:
        TopicRedirect.objects.update_or_create(old_slug=old_slug, defaults={"topic": topic})
        TopicRedirect.objects.filter(old_slug=topic.slug).delete()  # the address is live again
    Event.record(
        moderator,
        Event.Action.RENAME,
        topic,
        from_state=old_slug,
        to_state=topic.slug,
        reason=f"{old_name} → {topic.name}",
    )


@transaction.atomic
def merge_topics(kept: Topic, merged: Iterable[Topic], moderator) -> int:
    """Move the questions of `merged` topics to `kept`, without duplicate links, delete the
    merged topics, and keep their addresses as redirects. Returns the questions moved."""
    merged = [topic for topic in merged if topic.pk != kept.pk]
    merged_ids = [topic.pk for topic in merged]
    changes.questions_changed(
        TaggedQuestion.objects.filter(tag_id__in=merged_ids).values_list(
            "content_object_id", flat=True
        )
    )
    pagecache.invalidate_on_commit(*(f"topic:{pk}" for pk in [kept.pk, *merged_ids]))
    already = TaggedQuestion.objects.filter(tag=kept).values("content_object_id")
    moving = TaggedQuestion.objects.filter(tag_id__in=merged_ids).exclude(
        content_object_id__in=already
    )
    # A question carrying two of the merged topics keeps one link: the lowest id.
    first_links = {}
    for link_id, question_id in moving.order_by("pk").values_list("pk", "content_object_id"):
        first_links.setdefault(question_id, link_id)
    TaggedQuestion.objects.filter(pk__in=first_links.values()).update(tag=kept)
    TopicRedirect.objects.filter(topic_id__in=merged_ids).update(topic=kept)
    for topic in merged:  # a slug used again after an earlier merge points anew
        TopicRedirect.objects.update_or_create(old_slug=topic.slug, defaults={"topic": kept})
    Topic.objects.filter(pk__in=merged_ids).delete()  # and their remaining duplicate links
    moved = len(first_links)
    names = ", ".join(topic.name for topic in merged)
    Event.record(
        moderator,
        Event.Action.MERGE,
        kept,
        reason=f"Merged {names} into it; {moved} question{'s' if moved != 1 else ''} moved.",
    )
    return moved


def stale_pending_questions() -> QuerySet[Question]:
    return Question.objects.filter(
        status=Question.Status.PENDING, created_at__lt=timezone.now() - STALE_PENDING
    )


def questions_with_untitled_headlines() -> QuerySet[Question]:
    return Question.objects.filter(headline__iregex=NOT_A_TITLE)


def imported_for_review() -> QuerySet[Question]:
    """Imported questions kept off the site until a moderator has looked at them."""
    return Question.objects.filter(
        status=Question.Status.HIDDEN, imported_page__review_reason__gt=""
    )


def _name_key(name: str) -> str:
    """What is left of a name without case, accents, punctuation, spaces or a plural s."""
    text = unicodedata.normalize("NFKD", name.casefold())
    key = "".join(char for char in text if char.isalnum())
    return key[:-1] if key.endswith("s") else key


def suspicious_topic_ids() -> list[int]:
    """Topics whose names look blank, or match another topic's once simplified."""
    by_key: dict[str, list[int]] = defaultdict(list)
    suspicious = []
    for pk, name in Topic.objects.values_list("pk", "name"):
        key = _name_key(name)
        if not key:
            suspicious.append(pk)
        else:
            by_key[key].append(pk)
    suspicious += [pk for ids in by_key.values() if len(ids) > 1 for pk in ids]
    return sorted(suspicious)


def pending_first() -> Case:
    """An ordering that puts pending questions before all others."""
    return Case(When(status=Question.Status.PENDING, then=Value(0)), default=Value(1)).asc()


def oldest_pending_first():
    """Among pending questions, the longest waiting first; other questions are not ordered."""
    return Case(When(status=Question.Status.PENDING, then=F("created_at"))).asc(nulls_last=True)

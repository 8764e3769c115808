"""Doctors agree with each other's answers.

A verified doctor may agree with a published reply of another doctor, once, and take it
back. Readers see how many doctors agree and, on opening, who; only doctors who are on the
site (verified, not suspended) count.
"""

from django.db import transaction
from django.db.models import Count

from forum.accounts.models import Doctor
from forum.core import pagecache

from . import derived
from .models import Agreement, Reply


def may_agree(doctor: Doctor | None, reply: Reply) -> bool:
    """A verified doctor, with another doctor's reply that readers can see."""
    return (
        doctor is not None
        and doctor.can_answer
        and reply.doctor_id != doctor.pk
        and not reply.is_hidden
        and reply.question.is_public
    )


def agree(reply: Reply, doctor: Doctor) -> None:
    """The doctor agrees with the reply; agreeing again changes nothing."""
    with transaction.atomic():
        # get_or_create also finds the row when the same agreement is sent twice at once.
        _, created = Agreement.objects.get_or_create(reply=reply, doctor=doctor)
        if created:
            _counted_again({reply.doctor_id}, reply.question_id)


def withdraw(reply: Reply, doctor: Doctor) -> None:
    """The doctor no longer agrees with the reply."""
    with transaction.atomic():
        deleted, _ = Agreement.objects.filter(reply=reply, doctor=doctor).delete()
        if deleted:
            _counted_again({reply.doctor_id}, reply.question_id)


def standing_changed(sender, doctor: Doctor, **kwargs) -> None:
    """The doctor was verified or suspended: their agreements count, or no longer do
    (connected to forum.accounts.verification.standing_changed). The pages that list them
    among who agrees show the doctor's tag, which verification renews."""
    authors = Reply.objects.filter(agreements__doctor=doctor).values_list("doctor", flat=True)
    _counted_again(set(authors))


def _counted_again(authors: set[int], *question_ids: int) -> None:
    """The authors' agreements received are counted again, at the write and not at each
    view of their page; their pages, and those of the questions, are made again."""
    derived.recount_doctors(authors)
    pagecache.invalidate_on_commit(
        *(f"question:{pk}" for pk in question_ids), *(f"doctor:{pk}" for pk in authors)
    )


def attach(replies: list[Reply]) -> set[int]:
    """Give each reply `agreeing`, the doctors on the site who agree with it, the earliest
    first: one query for all of them. Returns the ids of every doctor who agreed, shown
    or not, whose verification or suspension changes the page."""
    for reply in replies:
        reply.agreeing = []
    if not replies:
        return set()
    by_reply = {reply.pk: reply for reply in replies}
    agreed = set()
    for agreement in Agreement.objects.filter(reply__in=replies).select_related("doctor"):
        agreed.add(agreement.doctor_id)
        if agreement.doctor.can_answer:
            by_reply[agreement.reply_id].agreeing.append(agreement.doctor)
    return agreed


def attach_counts(replies) -> None:
    """Give each reply `agreement_count` (doctors on the site who agree): one query."""
    replies = list(replies)
    counts = dict(
        Agreement.objects.shown()
        .filter(reply__in=replies)
        .values_list("reply")
        .annotate(count=Count("pk"))
        .values_list("reply", "count")
    )
    for reply in replies:
        reply.agreement_count = counts.get(reply.pk, 0)


def received_since(doctor: Doctor, since) -> int:
    """The agreements counted in Doctor.agreement_count that were given since `since`."""
    return Agreement.objects.received().filter(reply__doctor=doctor, created_at__gte=since).count()

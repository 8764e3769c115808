"""Doctors agree with each other's answers.

A verified doctor may agree with a published reply of another doctor, once, and take it
back. Readers see how many doctors agree and, on opening, who; only doctors who are on the
site (verified, not suspended) count.
"""

from django.db.models import Count, Q

from forum.accounts.models import Doctor
from forum.core import pagecache

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
    # get_or_create also finds the row when the same agreement is sent twice at once.
    _, created = Agreement.objects.get_or_create(reply=reply, doctor=doctor)
    if created:
        _shown_differently(reply)


def withdraw(reply: Reply, doctor: Doctor) -> None:
    """The doctor no longer agrees with the reply."""
    deleted, _ = Agreement.objects.filter(reply=reply, doctor=doctor).delete()
    if deleted:
        _shown_differently(reply)


def _shown_differently(reply: Reply) -> None:
    # The reply's page lists who agrees; its author's page counts the agreements received.
    pagecache.invalidate_on_commit(f"question:{reply.question_id}", f"doctor:{reply.doctor_id}")


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


def received(doctor: Doctor) -> int:
    """Agreements of doctors on the site with the doctor's public replies."""
    return _received(doctor).count()


def received_in_all_and_since(doctor: Doctor, since) -> tuple[int, int]:
    """The agreements `received()` counts: in all, and those given since `since`."""
    counts = _received(doctor).aggregate(
        total=Count("pk"), recent=Count("pk", filter=Q(created_at__gte=since))
    )
    return counts["total"], counts["recent"]


def _received(doctor: Doctor):
    return Agreement.objects.shown().filter(reply__in=Reply.objects.public().filter(doctor=doctor))

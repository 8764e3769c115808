"""What doctors do beyond their own answers, in the demo: when they joined, and which of
their colleagues' recent answers they agree with."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import Min
from django.utils import timezone

from forum.accounts.models import Doctor
from forum.qa.models import Agreement, Reply

# Only the latest answers get agreements: what the home and specialty pages show, and a
# bounded cost however many questions the demo has.
AGREED_REPLIES = 3000
AGREED_SHARE = 0.3
MOST_AGREEING = 3
JOINED_BEFORE_FIRST_ANSWER = timedelta(days=30)
VERIFIED_AFTER_JOINING = timedelta(days=2)


def add_agreements(rng: random.Random, doctors: dict[str, list[Doctor]]) -> int:
    """Some colleagues of the same specialty agree with about a third of the latest
    answers, a few days after each was written; returns how many agreements."""
    now = timezone.now()
    latest = (
        Reply.objects.public()
        .order_by("-created_at", "-pk")
        .values_list("pk", "doctor_id", "question__specialty__slug", "created_at")
    )[:AGREED_REPLIES]
    agreements = []
    for reply_id, author_id, specialty, written in latest:
        colleagues = [doctor for doctor in doctors.get(specialty, []) if doctor.pk != author_id]
        if not colleagues or rng.random() >= AGREED_SHARE:
            continue
        for doctor in rng.sample(colleagues, k=min(len(colleagues), rng.randint(1, MOST_AGREEING))):
            agreed = min(now, written + timedelta(hours=rng.randint(2, 24 * 20)))
            agreements.append(Agreement(reply_id=reply_id, doctor=doctor, created_at=agreed))
    Agreement.objects.bulk_create(agreements, batch_size=1000)
    return len(agreements)


def date_doctors() -> None:
    """Each doctor joined the site, and was verified soon after, a while before their
    first answer."""
    firsts = Reply.objects.values("doctor", "doctor__user").annotate(first=Min("created_at"))
    users = get_user_model().objects
    for row in firsts:
        joined = row["first"] - JOINED_BEFORE_FIRST_ANSWER
        users.filter(pk=row["doctor__user"]).update(date_joined=joined)
        Doctor.objects.filter(pk=row["doctor"], is_verified=True).update(
            verified_at=joined + VERIFIED_AFTER_JOINING
        )

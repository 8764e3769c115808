"""Figures for the doctor's stats page."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from forum.accounts.models import Doctor
from forum.qa import agreements
from forum.qa.models import Question, Reply, Specialty

MEDIAN_WINDOW_DAYS = 90
CHART_WEEKS = 12
BAR_STEP = 5  # bar lengths in percent of the longest, in steps the stylesheet has classes for


@dataclass
class SpecialtyFigures:
    specialty: Specialty
    open_questions: int
    answers_7_days: int
    answers_30_days: int
    median_hours_to_answer: float | None


@dataclass
class OwnFigures:
    answers: int
    agreements: int
    agreements_30_days: int


@dataclass
class Week:
    starts: datetime
    answers: int


def specialty_figures(doctor: Doctor, now: datetime | None = None) -> list[SpecialtyFigures]:
    """Per specialty of the doctor: what waits, what was answered, how fast (two queries)."""
    now = now or timezone.now()
    visible_reply = Q(questions__replies__is_hidden=False)
    specialties = doctor.specialties.annotate(
        open_questions=Count(
            "questions", filter=Q(questions__status=Question.Status.OPEN), distinct=True
        ),
        answers_7_days=Count(
            "questions__replies",
            filter=visible_reply & Q(questions__replies__created_at__gte=now - timedelta(days=7)),
            distinct=True,
        ),
        answers_30_days=Count(
            "questions__replies",
            filter=visible_reply & Q(questions__replies__created_at__gte=now - timedelta(days=30)),
            distinct=True,
        ),
    ).order_by("name")
    waits: dict[int, list[float]] = {}
    answered = Question.objects.filter(
        specialty__in=[s.pk for s in specialties],
        answered_at__gte=now - timedelta(days=MEDIAN_WINDOW_DAYS),
    ).values_list("specialty_id", "created_at", "answered_at")
    for specialty_id, asked, first_answer in answered:
        waits.setdefault(specialty_id, []).append((first_answer - asked).total_seconds() / 3600)
    return [
        SpecialtyFigures(
            specialty=s,
            open_questions=s.open_questions,
            answers_7_days=s.answers_7_days,
            answers_30_days=s.answers_30_days,
            median_hours_to_answer=median(waits[s.pk]) if s.pk in waits else None,
        )
        for s in specialties
    ]


def own_figures(doctor: Doctor, now: datetime | None = None) -> OwnFigures:
    """The doctor's published answers, and the agreements of other doctors with them."""
    now = now or timezone.now()
    recent = agreements.received_since(doctor, now - timedelta(days=30))
    return OwnFigures(
        answers=doctor.answer_count, agreements=doctor.agreement_count, agreements_30_days=recent
    )


def answers_per_week(doctor: Doctor, now: datetime | None = None) -> list[Week]:
    """The doctor's published replies in each of the last CHART_WEEKS weeks (Monday first)."""
    today = timezone.localdate(now or timezone.now())
    first_monday = today - timedelta(days=today.weekday(), weeks=CHART_WEEKS - 1)
    start = timezone.make_aware(datetime.combine(first_monday, datetime.min.time()))
    per_day = (
        Reply.objects.visible()
        .filter(
            doctor=doctor,
            created_at__gte=start,
            created_at__lt=start + timedelta(weeks=CHART_WEEKS),
        )
        .annotate(day=TruncDate("created_at"))
        .values("day")
        .annotate(answers=Count("pk"))
    )
    weeks = [Week(starts=start + timedelta(weeks=n), answers=0) for n in range(CHART_WEEKS)]
    for row in per_day:
        weeks[(row["day"] - first_monday).days // 7].answers += row["answers"]
    return weeks


def bar_chart(weeks: list[Week]) -> dict:
    """The bars of the chart of answers per week, latest week first: each bar's length in
    percent of the longest, rounded to BAR_STEP, so that a class sets it (the pages' policy
    allows no inline style)."""
    highest = max((week.answers for week in weeks), default=0)
    bars = [{"week": week, "percent": _percent(week.answers, highest)} for week in reversed(weeks)]
    return {"bars": bars, "highest": highest}


def _percent(answers: int, highest: int) -> int:
    """The bar's length: a week with answers always shows a bar."""
    if not answers:
        return 0
    return max(BAR_STEP, round(answers / highest * 100 / BAR_STEP) * BAR_STEP)

"""The doctor's dashboard: the queue, answering, their answers, reviews and their figures."""

import uuid

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from forum.core.markdown import render_markdown
from forum.core.pagination import paginate
from forum.qa import lifecycle
from forum.qa.answering import confirm_reply, edit_reply, publish_answer
from forum.qa.lifecycle import IllegalTransition
from forum.qa.models import CLAIM_DURATION, REPLY_MAX, FollowUp, Question, Reply

from . import stats
from .decorators import doctor_required
from .forms import AnswerForm, ReplyForm


@doctor_required
@require_safe
def queue(request: HttpRequest) -> HttpResponse:
    doctor = request.doctor
    specialties = doctor.specialties.annotate(
        open_count=Count("questions", filter=Q(questions__status=Question.Status.OPEN))
    ).order_by("name")
    chosen = next((s for s in specialties if s.slug == request.GET.get("specialty")), None)
    questions = Question.objects.waiting_for(doctor).select_related("specialty", "claimed_by")
    follow_ups = FollowUp.objects.waiting_for(doctor).select_related(
        "question__specialty", "reply__doctor"
    )
    if chosen:
        questions = questions.filter(specialty=chosen)
        follow_ups = follow_ups.filter(question__specialty=chosen)
    return render(
        request,
        "dashboard/queue.html",
        {
            "specialties": specialties,
            "chosen": chosen,
            "follow_ups": follow_ups,
            "follow_up_own_hours": settings.FOLLOW_UP_OWN_HOURS,
            "page": paginate(request, questions),
            "total_open": sum(s.open_count for s in specialties),
            "section": "queue",
        },
    )


def _get_question_for_doctor(request: HttpRequest, pk: int) -> Question:
    """A question of the doctor's specialties that is open or answered; a 404 otherwise."""
    queryset = Question.objects.answerable_by(request.doctor).select_related(
        "specialty", "claimed_by"
    )
    return get_object_or_404(queryset, pk=pk)


def _get_reply_for_doctor(request: HttpRequest, pk: int) -> Reply:
    """The doctor's own reply: a 404 if there is none, a 403 if another doctor wrote it."""
    reply = get_object_or_404(Reply.objects.select_related("question__specialty"), pk=pk)
    if reply.doctor_id != request.doctor.pk:
        raise PermissionDenied(_("You can only edit your own replies."))
    return reply


@doctor_required
@require_http_methods(["GET", "HEAD", "POST"])
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    doctor = request.doctor
    question = _get_question_for_doctor(request, pk)
    if request.method == "POST":
        published = _already_published(request, doctor)
        if published:
            messages.info(request, _("Your reply was already published."))
            return redirect(published)
    claimer_id = question.current_claimer_id()
    claimer = question.claimed_by if claimer_id and claimer_id != doctor.pk else None
    form = AnswerForm(request.POST or None, question=question, claimer=claimer)
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = render_markdown(form.cleaned_data["body"])
        else:
            try:
                reply = publish_answer(question, doctor, form.answer())
            except IllegalTransition as refused:
                form.add_error(
                    None,
                    _(
                        "%(refusal)s The asker or a moderator changed it while you were "
                        "writing. Your reply was not published; its text is still below."
                    )
                    % {"refusal": refused},
                )
            else:
                messages.success(request, _("Your reply is published."))
                return redirect(reply)
    replies = Reply.objects.for_question_page(question)
    return render(
        request,
        "dashboard/answer.html",
        {
            "question": question,
            "form": form,
            "claimer": claimer,
            "claimed_by_me": claimer_id == doctor.pk,
            "preview": preview,
            "replies": replies,
            "section": "queue",
        },
    )


@doctor_required
@require_http_methods(["GET", "HEAD", "POST"])
def answer_follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    """A follow-up to the doctor's own answer, or to one of their specialties': read it
    with what it follows, and reply when it is theirs to answer."""
    doctor = request.doctor
    follow_ups = FollowUp.objects.for_doctor(doctor).select_related(
        "question__specialty", "reply__doctor", "answered_by"
    )
    follow_up = get_object_or_404(follow_ups, pk=pk)
    if follow_up.answered_by_id == doctor.pk:
        messages.info(request, _("Your reply to this follow-up is published."))
        return redirect(follow_up)
    form = ReplyForm(request.POST or None)
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = render_markdown(form.cleaned_data["body"])
        else:
            try:
                with transaction.atomic():
                    locked = get_object_or_404(follow_ups.select_for_update(of=("self",)), pk=pk)
                    lifecycle.answer_follow_up(locked, request.user, form.cleaned_data["body"])
            except IllegalTransition as refused:
                form.add_error(
                    None,
                    _("%(refusal)s Your reply was not published; its text is below.")
                    % {"refusal": refused},
                )
                follow_up = get_object_or_404(follow_ups, pk=pk)
            else:
                messages.success(request, _("Your reply to the follow-up is published."))
                return redirect(follow_up)
    return render(
        request,
        "dashboard/follow_up.html",
        {
            "follow_up": follow_up,
            "question": follow_up.question,
            "replies": [follow_up.reply],
            "follow_up_own_hours": settings.FOLLOW_UP_OWN_HOURS,
            "may_answer": FollowUp.objects.waiting_for(doctor).filter(pk=pk).exists(),
            "form": form,
            "preview": preview,
            "section": "queue",
        },
    )


@doctor_required
@require_POST
def claim(request: HttpRequest, pk: int) -> HttpResponse:
    """Start answering: other doctors see that this doctor is writing, for a while."""
    question = _get_question_for_doctor(request, pk)
    if question.status != Question.Status.OPEN:
        messages.info(request, _("This question is already answered; nobody needs to claim it."))
    elif question.claim_for(request.doctor):
        minutes = int(CLAIM_DURATION.total_seconds() // 60)
        messages.success(
            request,
            ngettext(
                "Other doctors now see that you are answering this question for the next "
                "%(minutes)s minute.",
                "Other doctors now see that you are answering this question for the next "
                "%(minutes)s minutes.",
                minutes,
            )
            % {"minutes": minutes},
        )
    elif question.claimed_by:
        messages.warning(
            request,
            _("%(name)s started answering it first.") % {"name": question.claimed_by.display_name},
        )
    else:
        messages.warning(request, _("Another doctor started answering it first."))
    return redirect("dashboard:answer", pk=question.pk)


def _already_published(request: HttpRequest, doctor) -> Reply | None:
    try:
        key = uuid.UUID(request.POST.get("submission_key", ""))
    except ValueError:
        return None
    return (
        Reply.objects.filter(submission_key=key, doctor=doctor).select_related("question").first()
    )


@doctor_required
@require_POST
def preview(request: HttpRequest) -> JsonResponse:
    """The sanitised HTML of a Markdown text, for the live preview (of as much as a reply
    may hold: the form refuses more, with its message)."""
    return JsonResponse({"html": render_markdown(request.POST.get("body", "")[:REPLY_MAX])})


@doctor_required
@require_safe
def my_answers(request: HttpRequest) -> HttpResponse:
    replies = (
        Reply.objects.filter(doctor=request.doctor)
        .select_related("question__specialty")
        .order_by("-created_at", "-pk")
    )
    return render(
        request,
        "dashboard/my_answers.html",
        {"page": paginate(request, replies), "section": "answers"},
    )


@doctor_required
@require_safe
def reviews(request: HttpRequest) -> HttpResponse:
    """Answers in the doctor's specialties whose last review is too old, oldest first."""
    return render(
        request,
        "dashboard/reviews.html",
        {
            "page": paginate(request, Reply.objects.due_for_review(request.doctor)),
            "years": settings.ANSWER_REVIEW_YEARS,
            "section": "reviews",
        },
    )


@doctor_required
@require_POST
def confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Still accurate": a public answer in the doctor's specialties gets a new review date."""
    reply = get_object_or_404(
        Reply.objects.public()
        .filter(question__specialty__in=request.doctor.specialties.values("pk"))
        .select_related("question"),
        pk=pk,
    )
    confirm_reply(reply, request.doctor)
    messages.success(
        request,
        _("Thank you: the answer to “%(headline)s” now shows it was reviewed on %(date)s.")
        % {
            "headline": reply.question.display_headline,
            "date": f"{timezone.localdate(reply.reviewed_at):%Y/%m/%d}",
        },
    )
    return redirect(_back_to_reviews(request))


def _back_to_reviews(request: HttpRequest) -> str:
    """The review list's page the doctor came from."""
    page = request.POST.get("page", "")
    url = reverse("dashboard:reviews")
    return f"{url}?page={page}" if page.isdigit() and page != "1" else url


@doctor_required
@require_http_methods(["GET", "HEAD", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    reply = _get_reply_for_doctor(request, pk)
    form = ReplyForm(request.POST or None, initial={"body": reply.body})
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = render_markdown(form.cleaned_data["body"])
        else:
            edit_reply(reply, form.cleaned_data["body"], request.user)
            messages.success(request, _("Your reply is updated."))
            return redirect(reply)
    return render(
        request,
        "dashboard/edit_reply.html",
        {"reply": reply, "form": form, "preview": preview, "section": "answers"},
    )


@doctor_required
@require_safe
def stats_page(request: HttpRequest) -> HttpResponse:
    weeks = stats.answers_per_week(request.doctor)
    return render(
        request,
        "dashboard/stats.html",
        {
            "figures": stats.specialty_figures(request.doctor),
            "own": stats.own_figures(request.doctor),
            "weeks": weeks,
            "chart": stats.bar_chart(weeks),
            "section": "stats",
        },
    )

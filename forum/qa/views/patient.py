"""The patient's side: asking, following and changing their own questions, and asking
a follow-up to an answer."""

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from forum.accounts.models import Profile
from forum.core.pagination import paginate

from .. import lifecycle, screening
from ..forms import BODY_MAX, FollowUpForm, QuestionForm, SimilarTitlesQuery
from ..models import FollowUp, Question, Reply, Specialty

SIMILAR_TITLES_LIMIT = 5


def _initial_from_profile(user) -> dict:
    profile = Profile.for_user(user)
    return {
        "asker_name": profile.pseudonym,
        "asker_age_range": profile.age_range,
        "asker_gender": profile.gender,
    }


def _topics_by_specialty(form: QuestionForm) -> list[tuple[Specialty, list]]:
    """The topic checkboxes grouped under their specialty, for the form's fieldsets."""
    groups: dict[int, tuple[Specialty, list]] = {}
    for checkbox in form["topics"]:
        topic = checkbox.data["value"].instance
        groups.setdefault(topic.specialty_id, (topic.specialty, []))[1].append(checkbox)
    return sorted(groups.values(), key=lambda group: group[0].name)


def _render_question_form(request, form: QuestionForm, template: str, **context) -> HttpResponse:
    context.update(form=form, topic_groups=_topics_by_specialty(form))
    return render(request, template, context)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def ask(request: HttpRequest) -> HttpResponse:
    form = QuestionForm(
        request.POST or None, user=request.user, initial=_initial_from_profile(request.user)
    )
    if request.method == "POST":
        with transaction.atomic():
            # Lock the asker's row so that two quick submissions cannot both pass the limits.
            get_user_model().objects.select_for_update().filter(pk=request.user.pk).first()
            if form.is_valid():
                if stop := _safety_check(request, form, _question_form_page(request, form)):
                    return stop
                question = lifecycle.ask(form.instance, request.user, form.cleaned_data["topics"])
                messages.success(request, _status_message(question))
                return redirect(question)
    return _render_question_form(request, form, "qa/ask.html")


# Renders the page of a form again, with what the patient wrote and `kept_decisions`.
FormPage = Callable[..., HttpResponse]


def _question_form_page(request: HttpRequest, form: QuestionForm) -> FormPage:
    template = "qa/ask.html" if form.instance.pk is None else "qa/question_edit.html"
    return lambda **extra: _render_question_form(
        request, form, template, question=form.instance, **extra
    )


def _safety_check(
    request: HttpRequest, form, form_page: FormPage, fields=screening.QUESTION_FIELDS
) -> HttpResponse | None:
    """None when the question (or follow-up) may be saved; otherwise the page that says it
    may be an emergency, or shows the personal data found, or the form again to change it."""
    return _emergency_check(request, form, form_page) or _personal_data_check(
        request, form, form_page, fields
    )


def _reposted(request: HttpRequest, decision: str) -> list[tuple[str, str]]:
    """The form's fields, for a page that asks a question and sends them again."""
    return [
        (name, value)
        for name, values in request.POST.lists()
        if name not in ("csrfmiddlewaretoken", decision)
        for value in values
    ]


def _form_again(request: HttpRequest, form, form_page: FormPage, error: str) -> HttpResponse:
    """The form with what the patient wrote, to change it; an emergency they already
    said was not one is not asked about again."""
    form.add_error(None, error)
    sent_anyway = request.POST.get(screening.EMERGENCY_DECISION) == screening.SEND
    kept = [(screening.EMERGENCY_DECISION, screening.SEND)] if sent_anyway else []
    return form_page(kept_decisions=kept)


def _emergency_check(request: HttpRequest, form, form_page: FormPage) -> HttpResponse | None:
    emergency = screening.emergency_in(form.instance)
    if emergency is None:
        form.instance.is_urgent = False  # an edit can take the emergency out
        return None
    decision = request.POST.get(screening.EMERGENCY_DECISION)
    if decision == screening.SEND:
        form.instance.is_urgent = True
        return None
    if decision == screening.CHANGE:
        return _form_again(
            request,
            form,
            form_page,
            _("Change your question, or if it is an emergency, call 119 now."),
        )
    context = {
        "emergency": emergency,
        "fields": _reposted(request, screening.EMERGENCY_DECISION),
        "action": request.path,
    }
    return render(request, "qa/emergency_found.html", context)


def _personal_data_check(
    request: HttpRequest, form, form_page: FormPage, fields: dict[str, str]
) -> HttpResponse | None:
    """None when the question may be saved (nothing found, or the patient chose to mask
    it, which is done here); otherwise the page that shows what was found, or the form
    again for the patient to remove it."""
    found = screening.in_question(form.instance, fields)
    if not found:
        return None
    decision = request.POST.get(screening.DECISION)
    if decision == screening.MASK:
        screening.mask_question(form.instance, fields)
        return None
    if decision == screening.EDIT:
        return _form_again(
            request,
            form,
            form_page,
            _("Remove the personal data before sending: %(found)s.")
            % {"found": screening.described(found)},
        )
    context = {
        "found": found,
        "fields": _reposted(request, screening.DECISION),
        "action": request.path,
    }
    return render(request, "qa/personal_data_found.html", context)


def _status_message(question: Question) -> str:
    if question.status == Question.Status.PENDING:
        return _(
            "Thank you. Your question is waiting for review; doctors see it once it is approved."
        )
    return _("Thank you. Your question is waiting for a doctor.")


def _get_question_for_asker(request: HttpRequest, pk: int, *, lock: bool = False) -> Question:
    """The user's own question while it can still change: 404 if not theirs, 403 once answered.

    With `lock`, the row stays locked until the transaction ends, so that a doctor cannot
    publish an answer between this check and the asker's change.
    """
    questions = Question.objects.select_related("specialty")
    if lock:
        questions = questions.select_for_update(of=("self",))
    question = get_object_or_404(questions, pk=pk)
    if question.asker_id != request.user.pk or question.status == Question.Status.WITHDRAWN:
        raise Http404("No such question.")
    if not question.is_waiting:
        raise PermissionDenied(_("A question can only be changed until a doctor answers it."))
    return question


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def edit_question(request: HttpRequest, pk: int) -> HttpResponse:
    if request.method != "POST":
        question = _get_question_for_asker(request, pk)
        form = QuestionForm(instance=question, user=request.user)
        return _render_question_form(request, form, "qa/question_edit.html", question=question)
    with transaction.atomic():
        question = _get_question_for_asker(request, pk, lock=True)
        form = QuestionForm(request.POST, instance=question, user=request.user)
        changed = form.changed_fields() if form.is_valid() else None
        words_changed = bool(changed) and bool(set(changed) & set(screening.QUESTION_FIELDS))
        form_page = _question_form_page(request, form)
        if words_changed and (stop := _safety_check(request, form, form_page)) is not None:
            return stop
        if changed == []:
            messages.info(request, _("Nothing was changed."))
            return redirect(question)
        if changed:
            try:
                lifecycle.edit(
                    form.instance,
                    request.user,
                    # What the screen decided is saved with the words it read.
                    fields=[*QuestionForm.Meta.fields, "is_urgent"],
                    topics=form.cleaned_data["topics"],
                    changed="Changed " + ", ".join(changed),
                )
            except lifecycle.IllegalTransition as refused:
                form.add_error(None, str(refused))
            else:
                messages.success(
                    request,
                    _("Your changes are saved. %(status)s") % {"status": _status_message(question)},
                )
                return redirect(question)
    return _render_question_form(request, form, "qa/question_edit.html", question=question)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def delete_question(request: HttpRequest, pk: int) -> HttpResponse:
    if request.method != "POST":
        question = _get_question_for_asker(request, pk)
        return render(request, "qa/question_delete.html", {"question": question})
    with transaction.atomic():
        lifecycle.withdraw(_get_question_for_asker(request, pk, lock=True), request.user)
    messages.success(request, _("Your question has been withdrawn and its text deleted."))
    return redirect("qa:my_questions")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def ask_follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    """The asker's one follow-up to an answer of their question, screened like a question."""
    with transaction.atomic():
        if request.method == "POST":
            # Two quick submissions cannot both pass the "one follow-up" check: the second
            # waits here, and the query below then reads the follow-up the first saved.
            Question.objects.select_for_update().filter(pk=pk).values_list("pk").first()
        question = get_object_or_404(
            Question.objects.select_related("specialty", "follow_up"), pk=pk
        )
        if question.asker_id != request.user.pk or question.status == Question.Status.WITHDRAWN:
            raise Http404("No such question.")
        refusal = lifecycle.follow_up_refusal(question, request.user)
        if refusal and request.method != "POST":
            messages.error(request, refusal)
            return redirect(question)
        replies = list(Reply.objects.for_question_page(question))
        follow_up = getattr(question, "follow_up", None) or FollowUp(question=question)
        form = FollowUpForm(
            request.POST or None,
            instance=follow_up,
            replies=replies,
            initial={"reply": request.GET.get("reply")} if request.GET.get("reply") else {},
        )

        def form_page(**extra) -> HttpResponse:
            context = {
                "question": question,
                "form": form,
                "follow_up_days": settings.FOLLOW_UP_DAYS,
                "follow_up_own_hours": settings.FOLLOW_UP_OWN_HOURS,
                **extra,
            }
            return render(request, "qa/follow_up.html", context)

        if refusal:  # sent after the answer's window closed, or a second time
            form.add_error(None, refusal)
        elif request.method == "POST" and form.is_valid():
            stop = _safety_check(request, form, form_page, screening.FOLLOW_UP_FIELDS)
            if stop is not None:
                return stop
            lifecycle.ask_follow_up(form.instance, request.user)
            messages.success(request, _follow_up_message(form.instance))
            return redirect(form.instance)
        return form_page()


def _follow_up_message(follow_up: FollowUp) -> str:
    doctor = follow_up.reply.doctor.display_name
    if follow_up.status == FollowUp.Status.PENDING:
        return _(
            "Thank you. Your follow-up question is waiting for review; "
            "%(doctor)s sees it once it is approved."
        ) % {"doctor": doctor}
    return _("Thank you. Your follow-up question is waiting for %(doctor)s.") % {"doctor": doctor}


@login_required
@require_safe
def my_questions(request: HttpRequest) -> HttpResponse:
    questions = Question.objects.asked_by(request.user).select_related("specialty")
    return render(request, "qa/my_questions.html", {"page": paginate(request, questions)})


# The most text the live check reads of a field: the longest the form takes.
SCREEN_MAX_CHARS = BODY_MAX


@login_required
@require_POST
def screen_question(request: HttpRequest) -> JsonResponse:
    """What the ask form's live check shows as the patient types (JSON): an emergency, and
    the personal data in the title and the question; both are checked again on sending."""
    question = Question(
        **{
            field: request.POST.get(field, "")[:SCREEN_MAX_CHARS]
            for field in screening.QUESTION_FIELDS
        }
    )
    found = [
        {
            "field": item.field,
            "kind": item.finding.kind,
            "label": item.label,
            "described": item.described,
            "value": item.finding.value,
        }
        for item in screening.in_question(question)
    ]
    emergency = screening.emergency_in(question)
    alert = None
    if emergency is not None:
        alert = {
            "kind": emergency.kind,
            "html": render_to_string("qa/_emergency_advice.html", {"emergency": emergency}),
        }
    return JsonResponse({"emergency": alert, "personal_data": found})


@require_safe
def similar_titles(request: HttpRequest) -> JsonResponse:
    """Answered questions whose titles share words with the one being typed (JSON)."""
    query = SimilarTitlesQuery(request.GET)
    if not query.is_valid():
        return JsonResponse({"results": []})
    questions = Question.objects.public().with_title_like(query.cleaned_data["title"])
    if query.cleaned_data["specialty"]:
        questions = questions.filter(specialty_id=query.cleaned_data["specialty"])
    results = [
        {
            "title": q.display_headline,
            "url": q.get_absolute_url(),
            "specialty": q.specialty.local_name,
        }
        for q in questions.select_related("specialty")[:SIMILAR_TITLES_LIMIT]
    ]
    return JsonResponse({"results": results})

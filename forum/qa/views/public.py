from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from forum.accounts.models import Doctor
from forum.core.pagination import paginate

from ..models import Question, Reply, Specialty, Topic, TopicRedirect
from ..similar import similar_questions

HOME_LATEST = 8
HOME_TOPICS = 24
RELATED_FAQ_LIMIT = 10


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    latest = Question.objects.public().for_listing().latest_answered()[:HOME_LATEST]
    return render(
        request,
        "qa/home.html",
        {
            "specialties": Specialty.objects.all(),
            "latest": latest,
            "popular_topics": Topic.objects.popular()[:HOME_TOPICS],
        },
    )


@require_safe
def specialty_detail(request: HttpRequest, slug: str) -> HttpResponse:
    specialty = get_object_or_404(Specialty, slug=slug)
    questions = Question.objects.public().for_specialty(specialty)
    return render(
        request,
        "qa/specialty_detail.html",
        {
            "specialty": specialty,
            "page": paginate(request, questions.for_listing().latest_answered()),
            "topics": Topic.objects.popular().filter(specialty=specialty),
            "doctors": Doctor.objects.verified().for_specialty(specialty),
        },
    )


@require_safe
def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = Topic.objects.select_related("specialty").filter(slug=slug).first()
    if topic is None:
        moved = get_object_or_404(TopicRedirect.objects.select_related("topic"), old_slug=slug)
        return redirect(moved.topic, permanent=True)
    questions = Question.objects.public().for_topic(topic)
    return render(
        request,
        "qa/topic_detail.html",
        {"topic": topic, "page": paginate(request, questions.for_listing().latest_answered())},
    )


def _get_question_for_user(request: HttpRequest, pk: int) -> Question:
    """The question if this user may read it; a 404 otherwise, so its existence stays private."""
    queryset = Question.objects.visible_to(request.user).select_related("specialty")
    return get_object_or_404(queryset, pk=pk)


@require_safe
def question_detail(request: HttpRequest, pk: int, slug: str | None = None) -> HttpResponse:
    question = _get_question_for_user(request, pk)
    if slug != question.slug:
        return redirect(question, permanent=True)
    if question.is_public:
        Question.objects.filter(pk=question.pk).update(view_count=F("view_count") + 1)
    return render(
        request,
        "qa/question_detail.html",
        {
            "question": question,
            "share_url": request.build_absolute_uri(question.get_absolute_url()),
            "replies": Reply.objects.for_question_page(question),
            "similar": similar_questions(question),
            "related_topics": Topic.objects.related_to(question)[:RELATED_FAQ_LIMIT],
        },
    )


@require_safe
def doctor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    doctor = get_object_or_404(Doctor.objects.verified(), slug=slug)
    answers = (
        Question.objects.public().answered_by(doctor).for_listing(reply_by=doctor).latest_answered()
    )
    return render(
        request,
        "qa/doctor_detail.html",
        {
            "doctor": doctor,
            "specialties": doctor.specialties.all(),
            "page": paginate(request, answers),
        },
    )

from django.conf import settings
from django.db.models import Prefetch
from django.db.models.functions import Lower
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from forum.accounts.models import Doctor
from forum.core.pagecache import public_page, shows
from forum.core.pagination import paginate

from .. import agreements, lifecycle, viewcounts
from ..models import FollowUp, Question, Reply, Specialty, Topic, TopicRedirect
from ..similar import similar_questions
from ..structured import as_script, question_page

HOME_LATEST = 8
HOME_TOPICS = 24
RELATED_FAQ_LIMIT = 10


def _tags(kind: str, objects) -> list[str]:
    return [f"{kind}:{obj.pk}" for obj in objects]


def shows_cards(request: HttpRequest, questions, replies=None) -> None:
    """A list of question cards shows each question, its specialty and the doctor of the
    reply on the card (its first reply, unless `replies` gives each card's)."""
    if replies is None:
        replies = [question.first_reply for question in questions]
    for question, reply in zip(questions, replies, strict=True):
        shows(request, f"question:{question.pk}", f"specialty:{question.specialty_id}")
        if reply is not None:
            shows(request, f"doctor:{reply.doctor_id}")


@public_page
@require_safe
def home(request: HttpRequest) -> HttpResponse:
    latest = list(Question.objects.for_listing().latest_answered()[:HOME_LATEST])
    specialties = list(Specialty.objects.all())
    popular_topics = list(Topic.objects.popular()[:HOME_TOPICS])
    shows(request, "home", *_tags("specialty", specialties), *_tags("topic", popular_topics))
    shows_cards(request, latest)
    return render(
        request,
        "qa/home.html",
        {"specialties": specialties, "latest": latest, "popular_topics": popular_topics},
    )


@public_page
@require_safe
def specialty_detail(request: HttpRequest, slug: str) -> HttpResponse:
    specialty = get_object_or_404(Specialty, slug=slug)
    questions = Question.objects.for_specialty(specialty).for_listing().latest_answered()
    page = paginate(request, questions, count=specialty.question_count)
    doctors = list(Doctor.objects.shown().for_specialty(specialty))
    topics = list(Topic.objects.popular().filter(specialty=specialty))
    shows(request, f"specialty:{specialty.pk}", *_tags("doctor", doctors), *_tags("topic", topics))
    shows_cards(request, page)
    return render(
        request,
        "qa/specialty_detail.html",
        {"specialty": specialty, "page": page, "topics": topics, "doctors": doctors},
    )


@public_page
@require_safe
def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = Topic.objects.select_related("specialty").filter(slug=slug).first()
    if topic is None:
        moved = get_object_or_404(TopicRedirect.objects.select_related("topic"), old_slug=slug)
        return redirect(moved.topic, permanent=True)
    questions = Question.objects.latest_for_topic(topic).for_listing()
    page = paginate(request, questions, count=topic.question_count)
    shows(request, f"topic:{topic.pk}")
    if topic.specialty_id:
        shows(request, f"specialty:{topic.specialty_id}")
    shows_cards(request, page)
    return render(request, "qa/topic_detail.html", {"topic": topic, "page": page})


def _get_question_for_user(request: HttpRequest, pk: int) -> Question:
    """The question if this user may read it; a 404 otherwise, so its existence stays private."""
    question = get_object_or_404(
        Question.objects.select_related("specialty", "follow_up__answered_by").defer(
            "search_vector"
        ),
        pk=pk,
    )
    if not question.is_visible_to(request.user):
        raise Http404("No such question.")
    return question


def _mark_what_the_viewer_may_do(
    request: HttpRequest, question: Question, replies: list[Reply]
) -> None:
    """A doctor reading the page may agree with each colleague's reply, or take it back."""
    # The same lookup as the header's Dashboard link, which then reads it from the user.
    viewer = getattr(request.user, "doctor", None)
    for reply in replies:
        reply.question = question
        reply.viewer_may_agree = agreements.may_agree(viewer, reply)
        reply.viewer_agrees = viewer in reply.agreeing


def _follow_up_shown(
    request: HttpRequest, question: Question, replies: list[Reply]
) -> FollowUp | None:
    """The follow-up once answered, under a reply readers see (while the question is
    public); to the asker and staff, also while it waits, was rejected or is hidden."""
    follow_up = getattr(question, "follow_up", None)
    if follow_up is None:
        return None
    user = request.user
    if user.is_authenticated and (user.is_staff or question.asker_id == user.pk):
        return follow_up
    under_a_reply = any(reply.pk == follow_up.reply_id for reply in replies)
    return follow_up if follow_up.is_public and question.is_public and under_a_reply else None


@public_page
@require_safe
def question_detail(request: HttpRequest, pk: int, slug: str | None = None) -> HttpResponse:
    question = _get_question_for_user(request, pk)
    if slug != question.slug:
        return redirect(question, permanent=True)
    replies = list(Reply.objects.for_question_page(question))
    agreeing_doctors = agreements.attach(replies)
    _mark_what_the_viewer_may_do(request, question, replies)
    follow_up = _follow_up_shown(request, question, replies)
    similar = similar_questions(question)
    related_topics = list(Topic.objects.related_to(question)[:RELATED_FAQ_LIMIT])
    if question.is_public:
        viewcounts.count_view(question.pk)
        shows(
            request,
            f"question:{question.pk}",
            f"specialty:{question.specialty_id}",
            f"topicset:{question.topic_set_id}",
            # The doctors who wrote and who last reviewed each answer.
            *(f"doctor:{reply.doctor_id}" for reply in replies),
            *(f"doctor:{reply.reviewed_by_id}" for reply in replies if reply.reviewed_by_id),
            *(f"doctor:{pk}" for pk in agreeing_doctors),
            *_tags(
                "doctor", [follow_up.answered_by] if follow_up and follow_up.answered_by else []
            ),
            *_tags("topic", related_topics),
            counter=f"question:{question.pk}",
            # The asker's page has their follow-up and its link.
            personal_to=question.asker_id,
        )
        shows_cards(request, similar)
    structured = (
        [as_script(data) for data in question_page(question, replies, request.build_absolute_uri)]
        if question.is_public
        else []
    )
    return render(
        request,
        "qa/question_detail.html",
        {
            "question": question,
            "structured_data": structured,
            "replies": replies,
            "follow_up": follow_up,
            # Its reply is hidden: the asker and staff see it after the replies.
            "follow_up_apart": follow_up
            and not any(reply.pk == follow_up.reply_id for reply in replies),
            "may_follow_up": lifecycle.follow_up_refusal(question, request.user) is None,
            "follow_up_own_hours": settings.FOLLOW_UP_OWN_HOURS,
            "similar": similar,
            "related_topics": related_topics,
            "review_years": settings.ANSWER_REVIEW_YEARS,
        },
    )


@public_page
@require_safe
def topic_index(request: HttpRequest) -> HttpResponse:
    """Every topic with public questions, by specialty, A to Z, with its question count."""
    topics = list(Topic.objects.indexed())
    specialties = list(Specialty.objects.all())
    shows(request, *_tags("specialty", specialties), *_tags("topic", topics))
    return render(request, "qa/topic_index.html", {"topics": topics})


@public_page
@require_safe
def doctor_index(request: HttpRequest) -> HttpResponse:
    """Verified doctors by specialty, A to Z, with their answer counts."""
    shown = Doctor.objects.shown().order_by(Lower("name"), "pk")
    specialties = list(
        Specialty.objects.prefetch_related(
            Prefetch("doctors", queryset=shown, to_attr="shown_doctors")
        )
    )
    doctors = {doctor for specialty in specialties for doctor in specialty.shown_doctors}
    shows(request, *_tags("specialty", specialties), *_tags("doctor", doctors))
    return render(
        request,
        "qa/doctor_index.html",
        {"specialties": [specialty for specialty in specialties if specialty.shown_doctors]},
    )


@public_page
@require_safe
def doctor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    doctor = get_object_or_404(Doctor.objects.shown().select_related("user"), slug=slug)
    page = paginate(request, Reply.objects.answers_of(doctor), count=doctor.answer_count)
    agreements.attach_counts(page)
    specialties = list(doctor.specialties.all())
    shows(request, f"doctor:{doctor.pk}", *_tags("specialty", specialties))
    shows_cards(request, [reply.question for reply in page], replies=page)
    context = {
        "doctor": doctor,
        "specialties": specialties,
        "page": page,
    }
    return render(request, "qa/doctor_detail.html", context)

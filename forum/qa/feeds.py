"""RSS and Atom feeds of the latest answered questions (django.contrib.syndication): the
whole forum, a specialty, a topic and a doctor. Public questions only; each item is the
headline, the start of the question, the doctor who answered and the dates."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from forum.accounts.models import Doctor
from forum.core.text import excerpt

from .models import Question, Reply, Specialty, Topic

ITEMS = 20


class LatestAnswers(Feed):
    """The latest answered questions of the whole forum."""

    def title(self, obj=None) -> str:
        return f"{_('Latest answers')} - {settings.SITE_NAME}"

    def link(self, obj=None) -> str:
        return reverse("qa:home")

    def description(self, obj=None) -> str:
        return _("Health questions from patients, answered by verified doctors.")

    def items(self, obj=None):
        return Question.objects.for_listing().latest_answered()[:ITEMS]

    def item_title(self, question) -> str:
        return f"{question.display_headline} - {question.specialty.local_name}"

    def item_description(self, question) -> str:
        reply = _reply(question)
        if reply is None:
            return excerpt(question.body, 300)
        answered = _("%(doctor)s reply: %(excerpt)s") % {
            "doctor": reply.doctor.display_name,
            "excerpt": reply.excerpt,
        }
        return f"{excerpt(question.body, 300)}\n\n{answered}"

    def item_author_name(self, question) -> str | None:
        reply = _reply(question)
        return reply.doctor.display_name if reply else None

    def item_pubdate(self, question):
        return question.answered_at

    def item_updateddate(self, question):
        return question.answered_at

    def item_categories(self, question):
        return [question.specialty.local_name]


def _reply(question) -> Reply | None:
    """The reply an item is about: the doctor's own in their feed, else the first."""
    return getattr(question, "feed_reply", None) or question.first_reply


class LatestAnswersAtom(LatestAnswers):
    feed_type = Atom1Feed
    subtitle = LatestAnswers.description


class SpecialtyAnswers(LatestAnswers):
    def get_object(self, request, slug):
        return get_object_or_404(Specialty, slug=slug)

    def title(self, specialty) -> str:
        return f"{specialty.local_name} - {settings.SITE_NAME}"

    def link(self, specialty) -> str:
        return specialty.get_absolute_url()

    def description(self, specialty) -> str:
        return _("The latest answered questions in %(specialty)s.") % {
            "specialty": specialty.local_name
        }

    def items(self, specialty):
        return Question.objects.for_specialty(specialty).for_listing().latest_answered()[:ITEMS]


class SpecialtyAnswersAtom(SpecialtyAnswers):
    feed_type = Atom1Feed
    subtitle = SpecialtyAnswers.description


class TopicAnswers(LatestAnswers):
    def get_object(self, request, slug):
        return get_object_or_404(Topic.objects.select_related("specialty"), slug=slug)

    def title(self, topic) -> str:
        return f"{topic.label} - {settings.SITE_NAME}"

    def link(self, topic) -> str:
        return topic.get_absolute_url()

    def description(self, topic) -> str:
        return _("The latest answered questions about %(topic)s.") % {"topic": topic.local_name}

    def items(self, topic):
        return Question.objects.latest_for_topic(topic).for_listing()[:ITEMS]


class TopicAnswersAtom(TopicAnswers):
    feed_type = Atom1Feed
    subtitle = TopicAnswers.description


class DoctorAnswers(LatestAnswers):
    """A doctor's latest answers: each item names them, whoever answered first."""

    def get_object(self, request, slug):
        return get_object_or_404(Doctor.objects.shown(), slug=slug)

    def title(self, doctor) -> str:
        return f"{doctor.display_name} - {settings.SITE_NAME}"

    def link(self, doctor) -> str:
        return doctor.get_absolute_url()

    def description(self, doctor) -> str:
        return _("The latest answers of %(doctor)s.") % {"doctor": doctor.display_name}

    def items(self, doctor):
        questions = []
        for reply in Reply.objects.answers_of(doctor)[:ITEMS]:
            question = reply.question
            question.feed_reply = reply
            question.answered_at = reply.created_at  # when this doctor answered
            questions.append(question)
        return questions


class DoctorAnswersAtom(DoctorAnswers):
    feed_type = Atom1Feed
    subtitle = DoctorAnswers.description

"""The sitemaps of the public pages (django.contrib.sitemaps): questions in files of at most
50,000 addresses, so that a million questions fit, and the specialties, topics and doctors."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.db.models.functions import Coalesce, Greatest

from forum.accounts.models import Doctor

from .models import Question, Specialty, Topic

# The protocol's limit of addresses in one file.
URLS_PER_FILE = 50_000


class QuestionSitemap(Sitemap):
    limit = URLS_PER_FILE

    def items(self):
        # Each reply edited after the answer moves the page's date on.
        last_edit = Max("replies__edited_at")
        return (
            Question.objects.public()
            .only("pk", "headline", "title", "answered_at")
            .annotate(changed_at=Greatest("answered_at", Coalesce(last_edit, "answered_at")))
            .order_by("pk")
        )

    def lastmod(self, question):
        return question.changed_at


class SpecialtySitemap(Sitemap):
    def items(self):
        return Specialty.objects.filter(question_count__gt=0).order_by("pk")


class TopicSitemap(Sitemap):
    def items(self):
        return Topic.objects.filter(question_count__gt=0).order_by("pk")


class DoctorSitemap(Sitemap):
    def items(self):
        return Doctor.objects.shown().order_by("pk")


SITEMAPS = {
    "questions": QuestionSitemap,
    "specialties": SpecialtySitemap,
    "topics": TopicSitemap,
    "doctors": DoctorSitemap,
}

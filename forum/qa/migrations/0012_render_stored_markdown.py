from django.db import migrations
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from forum.core.markdown import html_to_text, render_markdown
from forum.core.text import excerpt

BATCH = 2000


def _batches(queryset):
    last = 0
    while batch := list(queryset.filter(pk__gt=last).order_by("pk")[:BATCH]):
        yield batch
        last = batch[-1].pk


def render_stored_markdown(apps, schema_editor):
    """Existing replies and More Info get their HTML (and replies their excerpt); each
    question points at its first visible reply; doctors count their replies."""
    Question = apps.get_model("qa", "Question")
    Reply = apps.get_model("qa", "Reply")
    Doctor = apps.get_model("accounts", "Doctor")
    for replies in _batches(Reply.objects.only("body")):
        for reply in replies:
            reply.body_html = render_markdown(reply.body)
            reply.excerpt = excerpt(html_to_text(reply.body_html), 200)
        Reply.objects.bulk_update(replies, ["body_html", "excerpt"])
    for questions in _batches(Question.objects.exclude(more_info="").only("more_info")):
        for question in questions:
            question.more_info_html = render_markdown(question.more_info)
        Question.objects.bulk_update(questions, ["more_info_html"])
    first = Reply.objects.filter(question=OuterRef("pk"), is_hidden=False)
    first = first.order_by("created_at", "pk").values("pk")[:1]
    Question.objects.update(first_reply=Subquery(first))
    answers = (
        Reply.objects.filter(doctor=OuterRef("pk"), is_hidden=False, question__status="answered")
        .order_by()
        .values("doctor")
        .annotate(n=Count("pk"))
        .values("n")
    )
    Doctor.objects.update(answer_count=Coalesce(Subquery(answers), 0))


class Migration(migrations.Migration):
    """Apart from the new columns: PostgreSQL adds their constraints at the end of that
    migration's transaction, which must not hold row updates."""

    dependencies = [
        ("qa", "0011_stored_markdown_and_first_reply"),
        ("accounts", "0007_derived_counts_and_rankings"),
    ]

    operations = [migrations.RunPython(render_stored_markdown, migrations.RunPython.noop)]

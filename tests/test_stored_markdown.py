"""Markdown is rendered when it is saved, never when a page is read."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.forms import modelform_factory

from forum.qa.models import REPLY_MAX, Reply
from tests.factories import make_answered, make_reply


def test_a_reply_keeps_its_html_and_excerpt_and_renders_them_again_when_edited(neurology, doctor):
    question = make_answered(neurology, doctor=doctor)
    reply = make_reply(question, doctor, body="## Rest\n\n- water\n- sleep")

    assert reply.body_html == "<h4>Rest</h4>\n<ul>\n<li>water</li>\n<li>sleep</li>\n</ul>"
    assert reply.excerpt == "Rest. water. sleep."

    reply.body = "**Rest** more"
    reply.save(update_fields=["body"])
    reply.refresh_from_db()

    assert reply.body_html == "<p><strong>Rest</strong> more</p>"
    assert reply.excerpt == "Rest more."


def test_more_info_keeps_its_html(neurology, doctor):
    question = make_answered(neurology, doctor=doctor, more_info="See *this*.")

    question.more_info = "See [the guide](https://example.org)."
    question.save(update_fields=["more_info"])
    question.refresh_from_db()

    assert question.more_info_html == (
        '<p>See <a href="https://example.org" rel="nofollow noopener ugc">the guide</a>.</p>'
    )


def test_a_form_for_replies_refuses_one_longer_than_the_limit(neurology, doctor):
    """The admin's form, as the dashboard's, takes the limit from the model."""
    form = modelform_factory(Reply, fields=["body"])({"body": "a" * (REPLY_MAX + 1)})

    assert not form.is_valid()
    assert "at most 10000 characters" in form.errors["body"][0]


@pytest.mark.django_db(transaction=True)
def test_the_migration_renders_what_was_saved_before():
    executor = MigrationExecutor(connection)
    before = [
        ("qa", "0010_topic_links_answer_date"),
        ("accounts", "0007_derived_counts_and_rankings"),
    ]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    specialty = apps.get_model("qa", "Specialty").objects.create(name="Neurology", slug="n")
    user = apps.get_model("auth", "User").objects.create(username="dr")
    doctor = apps.get_model("accounts", "Doctor").objects.create(
        user=user, name="Lin", slug="lin", is_verified=True
    )
    question = apps.get_model("qa", "Question").objects.create(
        specialty=specialty,
        asker_name="A",
        asker_age_range="20~29",
        title="Tremor",
        body="Shaky hands",
        more_info="*More*",
        status="answered",
        answered_at="2026-01-02T00:00Z",
    )
    replies = apps.get_model("qa", "Reply").objects
    hidden = replies.create(question=question, doctor=doctor, body="Hidden", is_hidden=True)
    shown = replies.create(question=question, doctor=doctor, body="# Rest\n\n- water")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    shown, hidden = Reply.objects.get(pk=shown.pk), Reply.objects.get(pk=hidden.pk)
    assert shown.body_html == "<h3>Rest</h3>\n<ul>\n<li>water</li>\n</ul>"
    assert shown.excerpt == "Rest. water."
    assert hidden.body_html == "<p>Hidden</p>"
    assert shown.question.more_info_html == "<p><em>More</em></p>"
    assert shown.question.first_reply_id == shown.pk
    assert shown.doctor.answer_count == 1

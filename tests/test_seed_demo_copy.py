"""How `manage.py seed_demo` writes a large demo with PostgreSQL's COPY."""

import uuid
from datetime import UTC, datetime

import pytest
from django.db import IntegrityError, connection

from forum.demo import copying, saving
from forum.demo.drafts import Draft
from forum.qa.models import Question
from tests import factories

ANSWERED = Question.Status.ANSWERED
WHEN = datetime(2024, 5, 1, 8, 30, tzinfo=UTC)

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="COPY is how seed_demo writes to PostgreSQL"
)


def question_row(specialty_id: int, **values: object) -> copying.Row:
    """A question as the drafter writes it: only the fields it sets."""
    return {
        "specialty_id": specialty_id,
        "asker_name": "A Xu",
        "asker_age_range": Question.AgeRange.AGE_20,
        "title": "Lip twitching",
        "body": "My lip twitches.",
        "status": ANSWERED,
        "created_at": WHEN,
        "answered_at": WHEN,
        **values,
    }


def test_copy_writes_values_as_postgresql_reads_them():
    key = uuid.uuid4()

    assert copying.copy_text(None) == "\\N"
    assert copying.copy_text(True) == "t" and copying.copy_text(False) == "f"
    assert copying.copy_text("tab\there\nnext \\ back\rend") == (
        "tab\\there\\nnext \\\\ back\\rend"
    )
    assert copying.copy_text(ANSWERED) == "answered"
    assert copying.copy_text(42) == "42"
    assert copying.copy_text(WHEN) == "2024-05-01T08:30:00+00:00"
    assert copying.copy_text(key) == str(key)
    with pytest.raises(TypeError):
        copying.copy_text(object())


def test_copy_names_every_column_and_fills_those_a_row_leaves_out():
    copy = copying.CopyTable(Question).copy_of([question_row(3, id=7, title="Tab\there")])

    columns = [field.column for field in Question._meta.concrete_fields]
    names = ", ".join(map(quoted, columns))
    assert copy.sql == f"COPY {quoted('qa_question')} ({names}) FROM STDIN"
    line = copy.data.decode()
    assert line.endswith("\n") and line.count("\n") == 1
    values = dict(zip(columns, line[:-1].split("\t"), strict=True))
    assert values["id"] == "7" and values["specialty_id"] == "3"
    assert values["title"] == "Tab\\there"
    # Left out by the drafter: the model's defaults, NULL for optional foreign keys.
    assert values["asker_gender"] == Question.Gender.UNDISCLOSED
    assert values["view_count"] == "0" and values["rejection_reason"] == ""
    assert values["asker_id"] == values["claimed_by_id"] == values["claimed_until"] == "\\N"


def quoted(name: str) -> str:
    return connection.ops.quote_name(name)


@postgres_only
@pytest.mark.django_db
def test_copied_rows_read_back_as_written_with_ids_from_the_sequence():
    specialty = factories.make_specialty()
    text = "Tab\tand a backslash \\ over\r\ntwo lines, with ü and 漢字"
    rows = [question_row(specialty.pk, body=text), question_row(specialty.pk)]

    copying.CopyTable(Question).write(rows)

    saved = Question.objects.get(pk=rows[0]["id"])
    assert saved.body == text and saved.title == "Lip twitching"
    assert saved.created_at == WHEN and saved.status == ANSWERED
    assert saved.view_count == 0 and saved.asker_gender == Question.Gender.UNDISCLOSED
    assert saved.asker_id is None and saved.claimed_by_id is None
    assert Question.objects.filter(pk=rows[1]["id"]).exists()
    later = Question.objects.create(**question_row(specialty.pk))
    assert later.pk > max(row["id"] for row in rows)


@postgres_only
@pytest.mark.django_db
def test_a_failed_copy_stops_the_seeding_with_a_database_error_and_undoes_it():
    specialty = factories.make_specialty()
    taken = Question.objects.create(**question_row(specialty.pk))
    clash = Draft(question_row(specialty.pk, id=taken.pk), topic_ids=[], replies=[])
    indexes = question_indexes()

    with pytest.raises(IntegrityError), saving.CopySaver() as saver:
        saver.save([clash])

    # The saver's savepoint is rolled back: the indexes it dropped are back.
    assert question_indexes() == indexes and len(indexes) > 5
    assert list(Question.objects.values_list("pk", flat=True)) == [taken.pk]


def question_indexes() -> set[str]:
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Question._meta.db_table)
    return {name for name, constraint in constraints.items() if constraint["index"]}

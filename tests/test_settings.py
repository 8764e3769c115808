import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from forum.qa.models import Topic
from tests.factories import make_topic

ROOT = Path(__file__).resolve().parent.parent


def start_django(**env) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    environment.update(env, DJANGO_SETTINGS_MODULE="forum.settings")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = start_django(DEBUG="0")

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_it_refuses_a_short_secret_key_when_debug_is_off():
    result = start_django(DEBUG="0", SECRET_KEY="short")

    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr


def test_it_starts_with_a_real_secret_key():
    assert start_django(DEBUG="0", SECRET_KEY="x" * 50).returncode == 0


def test_it_starts_in_debug_without_a_secret_key():
    assert start_django(DEBUG="1").returncode == 0


def database_options(**env) -> str:
    """The default database's OPTIONS as the settings make them from the environment."""
    environment = {k: v for k, v in os.environ.items() if k != "DB_PREPARE_THRESHOLD"}
    environment.update(env, DJANGO_SETTINGS_MODULE="forum.settings", DEBUG="1")
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(sorted(settings.DATABASES['default']['OPTIONS'].items()))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_postgresql_queries_are_bound_on_the_server_and_prepared_when_repeated():
    url = "postgres://forum@db.example.org/forum"

    options = database_options(DATABASE_URL=url)
    assert "('cursor_factory', <class 'forum.core.postgresql.Cursor'>)" in options
    assert "('prepare_threshold', 5)" in options
    assert "('server_side_binding', True)" in options
    assert "('prepare_threshold', 2)" in database_options(
        DATABASE_URL=url, DB_PREPARE_THRESHOLD="2"
    )
    # For a pooler that cannot keep prepared statements.
    assert "('prepare_threshold', None)" in database_options(
        DATABASE_URL=url, DB_PREPARE_THRESHOLD="off"
    )


@pytest.mark.django_db
def test_a_query_run_again_on_postgresql_is_planned_once():
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")
    threshold = connection.settings_dict["OPTIONS"]["prepare_threshold"]
    if threshold is None:
        pytest.skip("prepared statements are turned off (DB_PREPARE_THRESHOLD=off)")
    for pk in range(threshold + 2):
        list(Topic.objects.filter(pk=pk))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT generic_plans + custom_plans FROM pg_prepared_statements "
            "WHERE statement LIKE %s",
            ['SELECT %"qa_topic"."id"% WHERE "qa_topic"."id" = $1%'],
        )
        assert cursor.fetchall() == [(2,)]


@pytest.mark.django_db
def test_a_statement_with_more_parameters_than_postgresql_takes_still_runs():
    if connection.vendor != "postgresql":
        pytest.skip("the limit is PostgreSQL's")
    topics = [make_topic("Sinusitis"), make_topic("Migraine")]
    ids = [topic.pk for topic in topics] + list(range(-70_000, 0))

    assert Topic.objects.filter(pk__in=ids, name__contains="%").count() == 0
    assert set(Topic.objects.filter(pk__in=ids)) == set(topics)


@pytest.mark.django_db(transaction=True)
def test_a_prepared_query_runs_again_after_another_process_changes_a_column_type():
    """As during a deploy: a migration elsewhere changes a column's type while this
    connection holds a prepared query that reads it."""
    if (
        connection.vendor != "postgresql"
        or connection.settings_dict["OPTIONS"].get("prepare_threshold") is None
    ):
        pytest.skip("prepared statements are PostgreSQL's, when turned on")
    topic = make_topic("Sinusitis")
    for _ in range(connection.settings_dict["OPTIONS"]["prepare_threshold"] + 1):
        assert list(Topic.objects.filter(pk=topic.pk)) == [topic]
    length = Topic._meta.get_field("name").max_length
    elsewhere = connection.get_new_connection(connection.get_connection_params())
    elsewhere.autocommit = True
    alter = "ALTER TABLE qa_topic ALTER COLUMN name TYPE varchar({})"
    try:
        elsewhere.execute(alter.format(length + 1))

        assert list(Topic.objects.filter(pk=topic.pk)) == [topic]
    finally:
        elsewhere.execute(alter.format(length))
        elsewhere.close()
    assert list(Topic.objects.filter(pk=topic.pk)) == [topic]

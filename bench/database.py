"""The benchmark database: built once per size, then reused by every later run.

Seeding a million questions takes minutes, so a finished database is marked with a row
in `bench_build`; a database without that row was interrupted and is built again. So is
one that misses a migration of the current code: migrating it would change the schema
but not fill in what seed_demo derives, and the figures would describe neither version.
"""

import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import psycopg
from psycopg import sql

PROJECT_DIR = Path(__file__).resolve().parent.parent
MARKER_TABLE = "bench_build"


@dataclass(frozen=True)
class Database:
    name: str
    url: str
    reused: bool
    built_at: datetime
    build_seconds: float | None


def database_name(questions: int) -> str:
    return f"forum_bench_{questions}"


def _connect(url: str):
    return psycopg.connect(url, autocommit=True)


def _exists(server_url: str, name: str) -> bool:
    with closing(_connect(f"{server_url}/postgres")) as connection, connection.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return cur.fetchone() is not None


def _built_at(url: str, questions: int) -> datetime | None:
    """When the database was completed with this many questions; None if it never was."""
    with closing(_connect(url)) as connection, connection.cursor() as cur:
        cur.execute("SELECT to_regclass(%s) IS NOT NULL", [MARKER_TABLE])
        if not cur.fetchone()[0]:
            return None
        cur.execute(
            sql.SQL("SELECT max(built_at) FROM {} WHERE questions = %s").format(
                sql.Identifier(MARKER_TABLE)
            ),
            [questions],
        )
        return cur.fetchone()[0]


def _run_admin(server_url: str, statement: sql.Composable) -> None:
    with closing(_connect(f"{server_url}/postgres")) as connection, connection.cursor() as cur:
        cur.execute(statement)


def _manage(args: list[str], env: dict[str, str], check: bool = True) -> int:
    command = [sys.executable, "manage.py", *args]
    return subprocess.run(command, cwd=PROJECT_DIR, env=env, check=check).returncode


def _is_migrated(env: dict[str, str]) -> bool:
    return _manage(["migrate", "--check", "--verbosity", "0"], env, check=False) == 0


def _finish(url: str, questions: int) -> None:
    """Vacuum and analyse, so autovacuum does not wake up during the load and the planner
    sees the real table sizes, then mark the database complete."""
    with closing(_connect(url)) as connection, connection.cursor() as cur:
        cur.execute("VACUUM ANALYZE")
        table = sql.Identifier(MARKER_TABLE)
        cur.execute(
            sql.SQL(
                "CREATE TABLE {} (questions integer NOT NULL, "
                "built_at timestamptz NOT NULL DEFAULT now())"
            ).format(table)
        )
        cur.execute(sql.SQL("INSERT INTO {} (questions) VALUES (%s)").format(table), [questions])


def ensure_database(
    server_url: str, questions: int, env: dict[str, str], rebuild: bool = False
) -> Database:
    """The database of `questions` answered questions, migrated to the current code.

    `env` is the environment manage.py runs with; DATABASE_URL and DEMO are added here.
    """
    name = database_name(questions)
    url = f"{server_url}/{name}"
    manage_env = {**env, "DATABASE_URL": url, "DEMO": "1"}
    exists = _exists(server_url, name)
    if exists and not rebuild:
        built_at = _built_at(url, questions)
        if built_at is None:
            print(f"Database {name} was not finished: building it again.", file=sys.stderr)
        else:
            if not _is_migrated(manage_env):
                # As production does: the new migrations run on the data that is there.
                print(f"Database {name} misses new migrations: migrating it.", file=sys.stderr)
                _manage(["migrate", "--noinput", "--verbosity", "0"], manage_env)
            print(
                f"Reusing database {name}, built {built_at:%Y-%m-%d %H:%M %Z} "
                "(BENCH_REBUILD=1 builds it again).",
                file=sys.stderr,
            )
            return Database(name, url, reused=True, built_at=built_at, build_seconds=None)

    started = time.perf_counter()
    if exists:
        _run_admin(
            server_url, sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name))
        )
    print(f"Building database {name} with {questions} questions.", file=sys.stderr)
    _run_admin(server_url, sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    _manage(["migrate", "--noinput", "--verbosity", "0"], manage_env)
    _manage(["seed_demo", "--questions", str(questions)], manage_env)
    _finish(url, questions)
    return Database(
        name,
        url,
        reused=False,
        built_at=_built_at(url, questions),
        build_seconds=time.perf_counter() - started,
    )

"""`make bench` (python -m bench.run): one run, one table, one result file.

The order matters: the load runs while nothing else does, and the in-process timings
start only after the server has stopped, so neither steals the other's two cores.
"""

import argparse
import json
import os
import secrets
import signal
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import django
import redis

from . import machine, report, server, weight, wrk
from .database import Database, ensure_database
from .stats import mean

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/3"
CHECKED_PATHS = 3
# The visitors: an anonymous reader and a logged-in patient, both of whom get public pages
# from the cache once they were made, and staff, whose pages are made afresh every time.
# (Until patients shared cached pages, the logged-in rows were "logged in", made afresh.)
ANONYMOUS, PATIENT, STAFF = "anonymous", "patient", "staff"


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Options on the command line, each defaulting to its BENCH_* variable."""
    env = os.environ.get
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--questions", type=int, default=_env_int("BENCH_QUESTIONS", 100_000))
    parser.add_argument("--seconds", type=int, default=_env_int("BENCH_SECONDS", 10))
    parser.add_argument("--rounds", type=int, default=_env_int("BENCH_ROUNDS", 1))
    parser.add_argument("--samples", type=int, default=_env_int("BENCH_SAMPLES", 200))
    parser.add_argument("--workers", type=int, default=_env_int("WEB_CONCURRENCY", 2))
    parser.add_argument(
        "--database-url",
        default=env("BENCH_DATABASE_URL") or DEFAULT_DATABASE_URL,
        help="PostgreSQL server URL without the database name",
    )
    parser.add_argument("--redis-url", default=env("BENCH_REDIS_URL") or DEFAULT_REDIS_URL)
    parser.add_argument(
        "--compare", type=Path, default=env("BENCH_COMPARE") or None, metavar="OLD.json"
    )
    parser.add_argument(
        "--rebuild",
        action="store_true",
        default=bool(env("BENCH_REBUILD")),
        help="drop and build the database again",
    )
    args = parser.parse_args(argv)
    args.database_url = args.database_url.rstrip("/")
    if args.compare and not args.compare.is_file():
        parser.error(f"--compare: no such file {args.compare}")
    return args


def site_env(args: argparse.Namespace, secret_key: str) -> dict[str, str]:
    """The environment of `make serve` and of this process: production settings on the
    bench database, with one SECRET_KEY, so sessions made here are valid there."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "forum.settings",
        "DEBUG": "0",
        "DEMO": "0",
        "SECURE_SSL": "0",
        "SECRET_KEY": secret_key,
        "REDIS_URL": args.redis_url,
        "WEB_CONCURRENCY": str(args.workers),
    }


def setup_django(env: dict[str, str]) -> None:
    os.environ.update(env)
    django.setup()


def flush_redis(url: str) -> None:
    """Start from an empty cache, so one run's cached pages do not flatter the next."""
    redis.Redis.from_url(url).flushdb()


# Every browser asks for compressed pages; so does the load, to cost what readers cost.
BROWSER_HEADERS = {"Accept-Encoding": "gzip, deflate, br"}


def _who(cookies: dict[str, str]) -> list[tuple[str, dict[str, str]]]:
    """Each visitor and the headers of their requests; `cookies` logs in each but the
    anonymous one."""
    return [
        (ANONYMOUS, BROWSER_HEADERS),
        *((who, {**BROWSER_HEADERS, "Cookie": cookie}) for who, cookie in cookies.items()),
    ]


def check_pages(site: server.Server, targets: list, healthz: str, cookies: dict) -> None:
    """A few pages of each kind must answer 200 (not a redirect) before the load counts
    them; this also warms up both workers."""
    paths = [healthz, *(path for t in targets for path in t.paths[:CHECKED_PATHS])]
    for path in paths:
        for who, headers in _who(cookies):
            status = server.fetch(f"{site.base_url}{path}", headers).status
            if status != 200:
                raise RuntimeError(f"GET {path} ({who}) answered {status}, not 200.")


def check_login(site: server.Server, path: str | None, cookies: dict) -> None:
    """Each session cookie must log in: a page for members answers 200 with it."""
    if path is None:
        print("No page for members to check the session cookies with.", file=sys.stderr)
        return
    for who, cookie in cookies.items():
        status = server.fetch(f"{site.base_url}{path}", {"Cookie": cookie}).status
        if status != 200:
            raise RuntimeError(f"The {who} session is not logged in: {path} answered {status}.")


def warm_cache(site: server.Server, paths: list[str], headers: dict[str, str]) -> None:
    """Readers of a live site find its pages in the shared cache: each URL is read once
    before the load, so the rows of readers the cache serves measure the cached path."""
    for path in paths:
        server.fetch(f"{site.base_url}{path}", headers)


def load_row(site, page, who, path_file, headers, seconds) -> dict:
    result = wrk.run(f"{site.base_url}/", path_file, seconds, headers)
    print(f"  {page:<16} {who:<10} {result.requests_per_second:>9,.1f} req/s", file=sys.stderr)
    return {
        "page": page,
        "who": who,
        "requests": result.requests,
        "requests_per_second": result.requests_per_second,
        "p50_ms": result.p50_ms,
        "p99_ms": result.p99_ms,
        "bytes_per_second": result.bytes_per_second,
        "errors": result.errors,
    }


def load_round(site, targets, path_files, cookies, seconds: int, number: int) -> dict:
    """Every page as each visitor, between a first and a last /healthz: their mean is
    the ceiling each page is divided by, taken in the same conditions."""
    print(f"Load round {number}:", file=sys.stderr)
    healthz = path_files["healthz"]
    first = load_row(site, "/healthz (first)", ANONYMOUS, healthz, {}, seconds)
    patient = {"Cookie": cookies[PATIENT]}
    rows = [first, load_row(site, "/healthz", PATIENT, healthz, patient, seconds)]
    for target in targets:
        if not target.available:
            rows.append({"page": target.page, "who": "-", "available": False})
            continue
        for who, headers in _who(cookies):
            if who != STAFF:
                warm_cache(site, target.paths, headers)
            rows.append(load_row(site, target.page, who, path_files[target.page], headers, seconds))
    rows.append(load_row(site, "/healthz (last)", ANONYMOUS, healthz, {}, seconds))
    ceiling = mean([first["requests_per_second"], rows[-1]["requests_per_second"]])
    for row in rows:
        if row.get("available", True):
            row["ratio"] = row["requests_per_second"] / ceiling if ceiling else None
    return {"round": number, "healthz_requests_per_second": ceiling, "rows": rows}


def write_path_files(targets, healthz: str, folder: Path) -> dict[str, Path]:
    files = {"healthz": wrk.write_path_file([healthz], folder / "healthz.txt")}
    for target in targets:
        if target.available:
            files[target.page] = wrk.write_path_file(target.paths, folder / f"{target.page}.txt")
    return files


def serve_and_load(args, env, plan, healthz, cookies, login_path) -> dict:
    """Everything measured against the running server: the load, memory and bytes."""
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        folder = Path(tmp)
        path_files = write_path_files(plan.targets, healthz, folder)
        port = server.free_port()
        with server.running(env, port, folder / "serve.log") as site:
            check_login(site, login_path, cookies)
            check_pages(site, plan.targets, healthz, cookies)
            busy = machine.cpu_busy()
            rounds = [
                load_round(site, plan.targets, path_files, cookies, args.seconds, number)
                for number in range(1, args.rounds + 1)
            ]
            memory = server.memory(site)
            question = next(t for t in plan.targets if t.page == "question")
            page_weight = weight.page_weight(site.base_url, question.paths[0])
    return {
        "cpu_busy_before_load": busy,
        "load": rounds,
        "memory": memory,
        "weight": page_weight,
    }


def postgres_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def measure(args: argparse.Namespace, database: Database) -> dict:
    """Every figure of the run; Django is set up by then, on the bench database."""
    from . import inprocess, targets

    flush_redis(args.redis_url)
    users = {PATIENT: targets.bench_reader(), STAFF: targets.bench_staff()}
    cookies = {who: targets.login_cookie(user) for who, user in users.items()}
    plan = targets.choose()
    served = serve_and_load(
        args, os.environ, plan, targets.healthz_path(), cookies, targets.login_check_path()
    )
    print("In-process timings...", file=sys.stderr)
    flush_redis(args.redis_url)
    in_process = inprocess.functions(plan.question_ids, args.samples)
    in_process += inprocess.pages(plan.targets, users[PATIENT], users[STAFF], args.samples)
    return {
        "settings": {
            "seconds": args.seconds,
            "rounds": args.rounds,
            "threads": wrk.THREADS,
            "connections": wrk.CONNECTIONS,
            "workers": args.workers,
            "samples": args.samples,
            "pages": {target.page: len(target.paths) for target in plan.targets},
        },
        "database": {
            "name": database.name,
            "reused": database.reused,
            "built_at": database.built_at.isoformat(),
            "build_seconds": database.build_seconds,
        },
        "git": machine.git_state(),
        "machine": machine.describe(postgres_version()),
        **served,
        "in_process": in_process,
        "markdown": inprocess.markdown(),
        "screening": inprocess.screening(),
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    started_at = datetime.now(UTC)
    env = site_env(args, secrets.token_urlsafe(50))
    database = ensure_database(args.database_url, args.questions, env, rebuild=args.rebuild)
    env["DATABASE_URL"] = database.url
    setup_django(env)
    result = {
        "questions": args.questions,
        "started_at": started_at.isoformat(),
        **measure(args, database),
        "finished_at": datetime.now(UTC).isoformat(),
    }
    print()
    print(report.full_report(result))
    path = report.save(result, report.result_path(args.questions, started_at))
    print(f"\nSaved {os.path.relpath(path)}")
    if args.compare:
        old = json.loads(args.compare.read_text(encoding="utf-8"))
        print(f"\nCompared with {args.compare} (new/old):")
        print(report.comparison(result, old))
    return 0


if __name__ == "__main__":
    sys.exit(main())

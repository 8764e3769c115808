"""Readers and writers at once: is every write kept while the site is under load?

`make bench-writes` (`python -m bench.writes`) uses the benchmark database of `make bench`
and starts the production server the same way, with questions published without review and
no limit per patient. For BENCH_WRITE_SECONDS (60), wrk reads home and the question pages
with 64 connections as anonymous readers, while writers post through the site's own forms,
as people do: a patient asks questions and a doctor answers each of them; the worker
(`make worker`) recomputes what the answers change, as in production. It prints the
readers' req/s, p50, p99 and errors, the writers' posts and failures, and what the database
holds afterwards: every write the site accepted must be there, once.
"""

import argparse
import os
import re
import secrets
import signal
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

from . import report, server, wrk
from .database import ensure_database
from .run import (
    BROWSER_HEADERS,
    DEFAULT_DATABASE_URL,
    DEFAULT_REDIS_URL,
    _env_int,
    flush_redis,
    setup_django,
    site_env,
)
from .stats import percentile

READER_CONNECTIONS = 64
QUESTION_BODY = (
    "For two weeks I have had a dull headache behind my eyes every afternoon, worse after "
    "long hours at the screen. Painkillers help a little. Should I see someone about it?"
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    env = os.environ.get
    parser = argparse.ArgumentParser(prog="python -m bench.writes", description=__doc__)
    parser.add_argument("--questions", type=int, default=_env_int("BENCH_QUESTIONS", 100_000))
    parser.add_argument("--seconds", type=int, default=_env_int("BENCH_WRITE_SECONDS", 60))
    parser.add_argument("--workers", type=int, default=_env_int("WEB_CONCURRENCY", 2))
    parser.add_argument("--database-url", default=env("BENCH_DATABASE_URL") or DEFAULT_DATABASE_URL)
    parser.add_argument("--redis-url", default=env("BENCH_REDIS_URL") or DEFAULT_REDIS_URL)
    args = parser.parse_args(argv)
    args.database_url = args.database_url.rstrip("/")
    return args


class _HiddenFields(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag, attrs) -> None:
        attributes = dict(attrs)
        if tag == "input" and attributes.get("type") == "hidden" and attributes.get("name"):
            self.fields[attributes["name"]] = attributes.get("value") or ""


class Browser:
    """One logged-in visitor posting forms: its cookies, and a form's hidden fields."""

    def __init__(self, base_url: str, cookie: str) -> None:
        self.base_url = base_url
        name, value = cookie.split("=", 1)
        self.cookies = {name: value}

    def _headers(self) -> dict[str, str]:
        return {"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())}

    def _keep_cookies(self, response: server.Response) -> None:
        for name, value in re.findall(r"(\w+)=([^;,\s]+);", response.headers.get("Set-Cookie", "")):
            if name in ("csrftoken", "sessionid"):
                self.cookies[name] = value

    def form(self, path: str) -> dict[str, str]:
        response = server.fetch(f"{self.base_url}{path}", self._headers())
        if response.status != 200:
            raise RuntimeError(f"GET {path} answered {response.status}")
        self._keep_cookies(response)
        parser = _HiddenFields()
        parser.feed(response.body.decode())
        return parser.fields

    def post(self, path: str, data: dict[str, str]) -> server.Response:
        body = urllib.parse.urlencode(data).encode()
        headers = {**self._headers(), "Content-Type": "application/x-www-form-urlencoded"}
        response = server.post(f"{self.base_url}{path}", body, headers)
        self._keep_cookies(response)
        return response


@dataclass
class Writer:
    """What one writer sent, what failed, and how long each post took."""

    name: str
    sent: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    def timed_post(self, browser: Browser, path: str, data: dict[str, str]) -> server.Response:
        started = time.perf_counter()
        response = browser.post(path, data)
        self.seconds.append(time.perf_counter() - started)
        return response


def ask_questions(browser, writer, specialty_id, marker, to_answer, stop) -> None:
    number = 0
    while not stop.is_set():
        number += 1
        title = f"{marker} headache behind the eyes, {number}"
        data = {
            **browser.form("/ask/"),
            "specialty": str(specialty_id),
            "title": title,
            "body": QUESTION_BODY,
            "asker_name": "B. Writer",
            "asker_age_range": "30~39",
            "asker_gender": "undisclosed",
        }
        response = writer.timed_post(browser, "/ask/", data)
        location = response.headers.get("Location", "")
        found = re.search(r"/questions/(\d+)/", location)
        if response.status == 302 and found:
            writer.sent.append(title)
            to_answer.append(int(found[1]))
        else:
            writer.failures.append(f"ask answered {response.status} {location}")


def answer_questions(browser, writer, marker, to_answer, stop) -> None:
    while not stop.is_set() or to_answer:
        if not to_answer:
            time.sleep(0.01)
            continue
        pk = to_answer.pop(0)
        path = f"/dashboard/questions/{pk}/"
        body = f"{marker} reply to question {pk}: rest your eyes every hour and drink water."
        response = writer.timed_post(browser, path, {**browser.form(path), "body": body})
        if response.status == 302 and "/questions/" in response.headers.get("Location", ""):
            writer.sent.append(body)
        else:
            writer.failures.append(f"answer {pk} answered {response.status}")


def read_load(base_url: str, path_file: Path, seconds: int, result: dict) -> None:
    result["wrk"] = wrk.run(
        f"{base_url}/", path_file, seconds, BROWSER_HEADERS, connections=READER_CONNECTIONS
    )


def found_in_database(marker: str) -> dict[str, int]:
    from forum.qa.models import Question, Reply

    questions = Question.objects.filter(title__startswith=marker)
    replies = Reply.objects.filter(body__startswith=marker)
    return {
        "questions": questions.count(),
        "distinct_questions": questions.values("title").distinct().count(),
        "replies": replies.count(),
        "distinct_replies": replies.values("body").distinct().count(),
    }


def run_load(args, env: dict[str, str]) -> dict:
    from django.urls import reverse

    from forum.accounts.models import Doctor
    from forum.qa.models import Question

    from . import targets

    doctor = Doctor.objects.verified().filter(specialties__isnull=False).order_by("pk").first()
    specialty = doctor.specialties.order_by("pk").first()
    patient = targets.bench_patient()
    plan = targets.choose()
    paths = [reverse("qa:home"), *next(t.paths for t in plan.targets if t.page == "question")]
    marker = f"[bench {secrets.token_hex(4)}]"
    with tempfile.TemporaryDirectory(prefix="bench-writes-") as tmp:
        folder = Path(tmp)
        path_file = wrk.write_path_file(paths, folder / "read.txt")
        with (
            server.worker_running(env, folder / "worker.log"),
            server.running(env, server.free_port(), folder / "serve.log") as site,
        ):
            # Readers of a live site find its pages in the cache, as in `make bench`.
            for path in paths:
                server.fetch(f"{site.base_url}{path}", BROWSER_HEADERS)
            asker = Writer("patient asks")
            answerer = Writer("doctor answers")
            to_answer: list[int] = []
            stop = threading.Event()
            readers: dict = {}
            threads = [
                threading.Thread(
                    target=read_load, args=(site.base_url, path_file, args.seconds, readers)
                ),
                threading.Thread(
                    target=ask_questions,
                    args=(
                        Browser(site.base_url, targets.login_cookie(patient)),
                        asker,
                        specialty.pk,
                        marker,
                        to_answer,
                        stop,
                    ),
                ),
                threading.Thread(
                    target=answer_questions,
                    args=(
                        Browser(site.base_url, targets.login_cookie(doctor.user)),
                        answerer,
                        marker,
                        to_answer,
                        stop,
                    ),
                ),
            ]
            for thread in threads:
                thread.start()
            threads[0].join()
            stop.set()
            for thread in threads[1:]:
                thread.join()
            server_log = site.log_tail(20)
    found = found_in_database(marker)
    Question.objects.filter(title__startswith=marker).delete()
    reading = readers["wrk"]
    return {
        "seconds": args.seconds,
        "reader_connections": READER_CONNECTIONS,
        "readers": {
            "requests": reading.requests,
            "requests_per_second": reading.requests_per_second,
            "p50_ms": reading.p50_ms,
            "p99_ms": reading.p99_ms,
            "errors": reading.errors,
        },
        "writers": [
            {
                "name": writer.name,
                "sent": len(writer.sent),
                "failures": writer.failures[:20],
                "failed": len(writer.failures),
                "p50_ms": percentile([s * 1000 for s in writer.seconds], 50),
                "p99_ms": percentile([s * 1000 for s in writer.seconds], 99),
            }
            for writer in (asker, answerer)
        ],
        "found": found,
        "server_log_tail": server_log,
    }


def every_write_kept(result: dict) -> bool:
    """Each question asked and each reply published is in the database, and only once."""
    found, (asked, answered) = result["found"], result["writers"]
    return (
        found["questions"] == found["distinct_questions"] == asked["sent"]
        and found["replies"] == found["distinct_replies"] == answered["sent"]
    )


def summary(result: dict) -> str:
    readers = result["readers"]
    asked, answered = result["writers"]
    found = result["found"]
    lines = [
        f"Readers and writers for {result['seconds']} s at {result['questions']:,} questions",
        "",
        f"readers ({result['reader_connections']} connections, home and question pages, anonymous)",
        f"  {readers['requests_per_second']:,.1f} req/s, p50 {readers['p50_ms']:.2f} ms, "
        f"p99 {readers['p99_ms']:.2f} ms, {readers['errors']} errors",
        "",
        "writer           posts  failed  p50 ms  p99 ms",
    ]
    for writer in (asked, answered):
        lines.append(
            f"{writer['name']:<16} {writer['sent']:>5}  {writer['failed']:>6}  "
            f"{writer['p50_ms'] or 0:>6.1f}  {writer['p99_ms'] or 0:>6.1f}"
        )
    lines += [
        "",
        f"in the database: {found['questions']} questions ({found['distinct_questions']} "
        f"distinct) for {asked['sent']} asked; {found['replies']} replies "
        f"({found['distinct_replies']} distinct) for {answered['sent']} published",
    ]
    failed = readers["errors"] + asked["failed"] + answered["failed"]
    lines.append(
        "Every write was kept, once."
        if every_write_kept(result)
        else "WRITES WERE LOST OR DOUBLED."
    )
    if failed:
        lines.append(f"{failed} requests failed: {asked['failures'] + answered['failures']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    started_at = datetime.now(UTC)
    env = {
        **site_env(args, secrets.token_urlsafe(50)),
        # Patients' questions go to doctors at once, as many as the writer asks.
        "QUESTIONS_NEED_APPROVAL": "0",
        "MAX_WAITING_QUESTIONS": "1000000",
        "MAX_QUESTIONS_PER_DAY": "1000000",
    }
    database = ensure_database(args.database_url, args.questions, env, rebuild=False)
    env["DATABASE_URL"] = database.url
    setup_django(env)
    flush_redis(args.redis_url)
    result = {"questions": args.questions, **run_load(args, env)}
    print(summary(result))
    path = report.save(result, report.result_path(args.questions, started_at, "writes"))
    print(f"\nSaved {os.path.relpath(path)}")
    asked, answered = result["writers"]
    errors = result["readers"]["errors"] + asked["failed"] + answered["failed"]
    return 0 if every_write_kept(result) and not errors else 1


if __name__ == "__main__":
    sys.exit(main())

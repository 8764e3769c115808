"""Timings inside one Django process, where wrk cannot see: the two rankings of the
question page, and each public page with the SQL it runs.

Only public names are called (similar_questions, Topic.objects.related_to, the URLs), so
these figures stay comparable while the code behind them changes.
"""

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import cycle, islice

from django.db import connection
from django.test import Client

from forum.core.markdown import render_markdown
from forum.qa.models import Question, Topic
from forum.qa.similar import similar_questions
from forum.safety import emergencies, personal

from .stats import percentile
from .targets import Target

RELATED_FAQ_LIMIT = 10
# About 100 KB each of what makes Markdown parsers slow: unclosed brackets and emphasis,
# deep nesting, long runs of one character (tests/test_markdown.py renders them too).
PATHOLOGICAL_MARKDOWN = {
    "brackets": "[" * 100_000,
    "image brackets": "![" * 50_000,
    "open links": "[a](" * 25_000,
    "quotes": ">" * 100_000,
    "stars": "*" * 100_000,
    "underscores": "_" * 100_000,
    "backticks": "`" * 100_000,
    "nested lists": "".join("  " * depth + "- item\n" for depth in range(300)),
    "nested quotes": "".join(">" * depth + " a\n" for depth in range(440)),
    "emphasis runs": "*a **b " * 14_000,
    "angle brackets": "<" * 100_000,
}
MARKDOWN_REPEATS = 3
# 20,000 characters (as long as More Info) of what once made the screening's patterns slow:
# runs of words that each could start an address, a name or a link (tests run them too).
SCREENING_LENGTH = 20_000
HOSTILE_SCREENING = {
    name: (unit * (SCREENING_LENGTH // len(unit) + 1))[:SCREENING_LENGTH]
    for name, unit in {
        "place names": "Taipei City ",
        "villages": "Big Town Li ",
        "districts": "Abc Dist. Abc City ",
        "letters and digits": "A1",
        "Chinese places": "台北市大安區",
        "numbers": "0912 ",
        "capitalised words": "Abc Def Ghi ",
        "signatures": "- Abc Def\n",
        "relatives": "my son Abc ",
        "doctors": "Dr. Abc ",
        "negated signs": "no chest pain ",
        "addresses": "No. 1, Sec. 2, Abc Rd., ",
    }.items()
}
# Each figure stops early after this long, so a very large database cannot stall the run.
BUDGET_SECONDS = 60
CLIENT_HOST = "127.0.0.1"


class SqlClock:
    """An execute wrapper that counts and times every statement on the default connection."""

    def __init__(self) -> None:
        self.queries = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.queries += 1


@dataclass(frozen=True)
class Sample:
    ms: float
    queries: int
    sql_ms: float
    # How many items a function returned: a fast empty list is no achievement.
    items: int | None = None


def timed(call: Callable[[], object]) -> Sample:
    clock = SqlClock()
    with connection.execute_wrapper(clock):
        started = time.perf_counter()
        returned = call()
        elapsed = time.perf_counter() - started
    items = len(returned) if isinstance(returned, list) else None
    return Sample(elapsed * 1000, clock.queries, clock.seconds * 1000, items)


def _collect(items: Iterable, measure: Callable[[object], Sample], samples: int) -> list[Sample]:
    """Up to `samples` measurements, cycling over `items`, within the time budget."""
    deadline = time.monotonic() + BUDGET_SECONDS
    results = []
    for item in islice(cycle(items), samples):
        results.append(measure(item))
        if time.monotonic() > deadline:
            break
    return results


def summary(name: str, who: str, samples: list[Sample]) -> dict:
    times = [s.ms for s in samples]
    return {
        "name": name,
        "who": who,
        "samples": len(samples),
        "p50_ms": percentile(times, 50),
        "p95_ms": percentile(times, 95),
        "queries_p50": percentile([s.queries for s in samples], 50),
        "queries_max": max((s.queries for s in samples), default=None),
        "sql_ms_p50": percentile([s.sql_ms for s in samples], 50),
        "items_p50": percentile([s.items for s in samples if s.items is not None], 50),
    }


def functions(question_ids: list[int], samples: int) -> list[dict]:
    """Similar Q&A and Related FAQ, each on the same sample of questions."""
    questions = list(Question.objects.in_bulk(question_ids[:samples]).values())
    similar = _collect(questions, lambda q: timed(lambda: list(similar_questions(q))), samples)
    related = _collect(
        questions,
        lambda q: timed(lambda: list(Topic.objects.related_to(q)[:RELATED_FAQ_LIMIT])),
        samples,
    )
    return [summary("Similar Q&A", "-", similar), summary("Related FAQ", "-", related)]


def _get(client: Client, path: str) -> None:
    response = client.get(path)
    if response.status_code != 200:
        raise RuntimeError(f"GET {path} answered {response.status_code} in process.")


def _again(client: Client, path: str) -> Sample:
    """The second visit: what a reader gets once the page may be cached."""
    _get(client, path)
    return timed(lambda: _get(client, path))


def _client(user=None) -> Client:
    client = Client(HTTP_HOST=CLIENT_HOST)
    if user is not None:
        client.force_login(user)
    return client


def pages(targets: list[Target], patient, staff, samples: int) -> list[dict]:
    """Each page made afresh (for staff, whose pages are never shared), and on a second
    visit logged in as a patient and anonymous (from the cache)."""
    staff_client, patient_client, anonymous = _client(staff), _client(patient), _client()
    rows = []
    for target in targets:
        if not target.available:
            continue
        paths = target.paths[:samples]
        made = _collect(paths, lambda path: timed(lambda: _get(staff_client, path)), samples)
        member = _collect(paths, lambda path: _again(patient_client, path), samples)
        reader = _collect(paths, lambda path: _again(anonymous, path), samples)
        rows.append(summary(target.page, "staff", made))
        rows.append(summary(target.page, "patient, 2nd", member))
        rows.append(summary(target.page, "anonymous, 2nd", reader))
    return rows


def screening() -> dict:
    """Each hostile input's best of three screenings (emergencies and personal data)."""
    times = {}
    for name, text in HOSTILE_SCREENING.items():
        runs = [
            timed(lambda text=text: (emergencies.find(text), personal.find(text))).ms
            for _ in range(MARKDOWN_REPEATS)
        ]
        times[name] = min(runs)
    worst = max(times, key=times.get)
    return {"inputs_ms": times, "worst": worst, "worst_ms": times[worst]}


def markdown() -> dict:
    """Each pathological input's best of three renderings, and the worst of those."""
    times = {}
    for name, text in PATHOLOGICAL_MARKDOWN.items():
        runs = [timed(lambda text=text: render_markdown(text)).ms for _ in range(MARKDOWN_REPEATS)]
        times[name] = min(runs)
    worst = max(times, key=times.get)
    return {"inputs_ms": times, "worst": worst, "worst_ms": times[worst]}

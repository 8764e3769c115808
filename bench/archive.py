"""`make bench-import` (python -m bench.archive): how fast an archive of saved pages imports.

It writes BENCH_PAGES (100,000) pages the way the other site saved them, half in each
layout, from the demo's writer (the same specialties, topics and doctors as `make seed`),
into .bench/archive-N/, reused by later runs. Then, on a new PostgreSQL database, it runs
`manage.py import_archive` on them twice, as an operator would: the first run imports
every page and brings what is derived up to date; the second finds them all present. It
prints the pages per second of each, over reading and writing the pages alone and over the
whole command (what is derived included), and saves the figures as JSON.
"""

import argparse
import os
import random
import re
import secrets
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from psycopg import sql

from . import machine, report
from .database import PROJECT_DIR, _manage, _run_admin
from .run import (
    DEFAULT_DATABASE_URL,
    DEFAULT_REDIS_URL,
    _env_int,
    postgres_version,
    setup_django,
    site_env,
)

DATABASE = "forum_bench_import"
FOLDER = PROJECT_DIR / ".bench"
DONE_MARK = "complete"
FIRST_DAY = date(2012, 1, 1)
DAYS = 12 * 365
MORE_INFO_SHARE = 0.3
SECOND_REPLY_SHARE = 0.12


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    env = os.environ.get
    parser = argparse.ArgumentParser(prog="python -m bench.archive", description=__doc__)
    parser.add_argument("--pages", type=int, default=_env_int("BENCH_PAGES", 100_000))
    parser.add_argument("--database-url", default=env("BENCH_DATABASE_URL") or DEFAULT_DATABASE_URL)
    parser.add_argument("--redis-url", default=env("BENCH_REDIS_URL") or DEFAULT_REDIS_URL)
    parser.add_argument(
        "--workers",
        type=int,
        default=_env_int("BENCH_IMPORT_WORKERS", len(os.sched_getaffinity(0))),
        help="processes reading the pages (import_archive --workers)",
    )
    args = parser.parse_args(argv)
    args.database_url = args.database_url.rstrip("/")
    return args


def spacious(page: dict) -> str:
    """A page with blank lines between its parts and two-line Related FAQ entries."""
    lines = [f"{page['headline']} - {page['specialty']}", "", "Share to:", ""]
    if page["title"]:
        lines += [page["title"], "", ""]
    lines += [*page["body"], "", page["asker"], ""]
    for doctor, specialty, text, day in page["replies"]:
        lines += [f"Dr. {doctor} reply {specialty}", "", "", *text, "", f"Reply Date: {day}", ""]
    if page["more_info"]:
        lines += ["More Info", "", "", *page["more_info"], ""]
    lines += ["Related FAQ", ""]
    for name in page["related"]:
        lines += [name, "", f"({page['specialty']})", ""]
    return "\n".join(lines)


def compact(page: dict) -> str:
    """A page without blank lines, each Related FAQ entry on one line."""
    lines = [f"{page['headline']} - {page['specialty']}"]
    if page["title"]:
        lines.append(page["title"])
    lines += [*page["body"], page["asker"]]
    for doctor, specialty, text, day in page["replies"]:
        lines += [f"Dr. {doctor} reply {specialty}", *text, f"Reply Date: {day}"]
    if page["more_info"]:
        lines += ["More Info", *page["more_info"]]
    lines += ["Related FAQ", *(f"{name}({page['specialty']})" for name in page["related"])]
    return "\n".join(lines)


def _paragraphs(text: str) -> list[str]:
    """A page holds one paragraph a line."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()]


def pages(count: int, seed: int = 0):
    """(file name, text) of `count` pages written from the demo's content."""
    # Django is set up by the caller: the demo writer reads the models' choices.
    from forum.demo import people
    from forum.demo.compose import Writer
    from forum.demo.specialties import SPECIALTIES

    rng = random.Random(seed)
    writer = Writer(rng)
    doctors = {
        content.slug: [name for name, slugs in people.DOCTORS if content.slug in slugs]
        for content in SPECIALTIES
    }
    specialty_weights = [content.weight for content in SPECIALTIES]
    for number in range(count):
        content = rng.choices(SPECIALTIES, weights=specialty_weights)[0]
        topic = rng.choices(content.topics, weights=[t.weight for t in content.topics])[0]
        replies = 2 if rng.random() < SECOND_REPLY_SHARE else 1
        text = writer.question(content, topic, rng.random() < MORE_INFO_SHARE, replies)
        asked = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        gender = "" if text.gender in ("undisclosed", "other") else f" {text.gender}"
        answerers = rng.sample(doctors[content.slug], k=min(replies, len(doctors[content.slug])))
        page = {
            "headline": text.headline,
            "specialty": content.name,
            "title": text.title,
            "body": _paragraphs(text.body),
            "asker": f"{text.asker_name}, {text.age_range} year old{gender}. "
            f"Ask Date: {asked:%Y/%m/%d}",
            "replies": [
                (
                    doctor,
                    content.name,
                    _paragraphs(reply),
                    f"{asked + timedelta(days=1 + i):%Y/%m/%d}",
                )
                for i, (doctor, reply) in enumerate(zip(answerers, text.replies, strict=False))
            ],
            "more_info": _paragraphs(text.more_info),
            "related": [topic.name, *rng.sample(topic.related, k=min(2, len(topic.related)))],
        }
        layout = spacious if number % 2 else compact
        yield f"{number // 1000:04d}/{number:07d}.txt", layout(page)


def write_pages(folder: Path, count: int) -> None:
    """The pages, written once: a folder without its mark was interrupted and is redone."""
    if (folder / DONE_MARK).is_file():
        print(f"Reusing the {count:,} pages in {folder}.", file=sys.stderr)
        return
    print(f"Writing {count:,} pages to {folder}.", file=sys.stderr)
    for name, text in pages(count):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (folder / DONE_MARK).write_text(f"{count}\n")


def new_database(server_url: str, env: dict[str, str]) -> None:
    name = sql.Identifier(DATABASE)
    _run_admin(server_url, sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
    _run_admin(server_url, sql.SQL("CREATE DATABASE {}").format(name))
    _manage(["migrate", "--noinput", "--verbosity", "0"], env)


def timed_import(folder: Path, env: dict[str, str], workers: int) -> tuple[float, str]:
    """Seconds the command took, and its summary."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "manage.py", "import_archive", str(folder), f"--workers={workers}"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise RuntimeError(f"import_archive exited with {done.returncode}")
    return seconds, done.stdout


def counted(summary: str, label: str, pattern: str = r"{}: ([\d,]+)") -> float:
    match = re.search(pattern.format(re.escape(label)), summary)
    if not match:
        raise RuntimeError(f"no {label!r} in the import's summary:\n{summary}")
    return float(match[1].replace(",", ""))


def seconds(summary: str, label: str) -> float:
    return counted(summary, label, r"{} took ([\d,.]+) s")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    env = {
        **site_env(args, secrets.token_urlsafe(50)),
        "DATABASE_URL": f"{args.database_url}/{DATABASE}",
    }
    setup_django(env)
    folder = FOLDER / f"archive-{args.pages}"
    write_pages(folder, args.pages)
    new_database(args.database_url, env)
    rows = []
    for run in ("first", "again"):
        print(f"Importing {args.pages:,} pages ({run}).", file=sys.stderr)
        took, summary = timed_import(folder, env, args.workers)
        read = int(counted(summary, "Pages read"))
        pages_seconds = seconds(summary, "Reading and writing the pages")
        rows.append(
            {
                "run": run,
                "seconds": took,
                "pages_read": read,
                "imported": int(counted(summary, "Pages imported")),
                "present": int(counted(summary, "Already present")),
                "failed": int(counted(summary, "Failed")),
                "pages_seconds": pages_seconds,
                "derived_seconds": seconds(
                    summary, "Bringing counts, Similar Q&A, Related FAQ and search up to date"
                ),
                "pages_per_second": read / took,
                "pages_per_second_writing": read / pages_seconds,
            }
        )
    when = datetime.now(UTC)
    result = {
        "kind": "import",
        "when": when.isoformat(),
        "pages": args.pages,
        "machine": machine.describe(postgres_version()),
        "runs": rows,
    }
    headers = ["run", "pages", "imported", "present", "failed", "pages s", "derived s", "total s"]
    table = report.format_table(
        [*headers, "pages/s (pages)", "pages/s (total)"],
        [
            [
                row["run"],
                f"{row['pages_read']:,}",
                f"{row['imported']:,}",
                f"{row['present']:,}",
                f"{row['failed']:,}",
                f"{row['pages_seconds']:.1f}",
                f"{row['derived_seconds']:.1f}",
                f"{row['seconds']:.1f}",
                f"{row['pages_per_second_writing']:,.0f}",
                f"{row['pages_per_second']:,.0f}",
            ]
            for row in rows
        ],
        "lrrrrrrrrr",
    )
    path = report.save(result, report.result_path(args.pages, when, "import"))
    print(table)
    print(f"\nSaved {path.relative_to(PROJECT_DIR)}")


if __name__ == "__main__":
    main()

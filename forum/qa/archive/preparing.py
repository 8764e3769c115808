"""What importing a page needs no database for: reading it, its fingerprint, whether it
fits the forum's fields, the safety screen, and its Markdown rendered. A large import does
this in worker processes, one per core."""

import hashlib
import itertools
import json
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.utils.translation import gettext

from forum.accounts.models import Doctor
from forum.core.markdown import render_markdown
from forum.safety import emergencies, personal

from .. import screening
from ..models import Question, Reply, Specialty, Topic, rendered
from .parsing import ArchiveError, ArchivePage, headline_tail, parse_page, quoted
from .sources import Source

# How much of a line a review reason quotes.
QUOTED_CHARS_MAX = 150


@dataclass(frozen=True)
class Prepared:
    """A page read, screened and rendered, ready to write; or why it cannot be imported."""

    source: str
    page: ArchivePage | None = None
    problem: str = ""
    key: str = ""
    review: str = ""
    emergency: bool = False
    more_info_html: str = ""
    replies_html: tuple[tuple[str, str], ...] = ()


def prepare(source: Source) -> Prepared:
    """Everything about a page that needs no database."""
    if source.data is None:
        return Prepared(source.name, problem=f"{source.name}: {source.problem}")
    try:
        text = source.data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Prepared(
            source.name,
            problem=f"{source.name}: not UTF-8 text (byte {error.start + 1} cannot be read)",
        )
    try:
        page = parse_page(text)
    except ArchiveError as error:
        return Prepared(source.name, problem=f"{source.name}, {error}")
    problem = _too_long(page)
    if problem:
        return Prepared(source.name, problem=f"{source.name}: {problem}")
    review = _review_reason(page)
    return Prepared(
        source.name,
        page,
        key=fingerprint(page),
        review=review,
        emergency=not review and emergencies.find(f"{page.title}\n{page.body}") is not None,
        more_info_html=render_markdown(page.more_info),
        replies_html=tuple(rendered(reply.body) for reply in page.replies),
    )


@contextmanager
def prepared(sources: Iterable[Source], workers: int, ahead: int) -> Iterator[Iterator[Prepared]]:
    """The sources prepared in order, by `workers` processes if more than one, at most
    `ahead` of them before they are taken: pages read faster than they are written would
    wait in memory.

    The workers are forked: they have the project loaded, and never touch the database.
    """
    if workers <= 1:
        yield map(prepare, sources)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield (
            item
            for chunk in _chunks(sources, ahead)
            for item in pool.imap(prepare, chunk, chunksize=32)
        )


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def fingerprint(page: ArchivePage) -> str:
    """The same for the same page in either layout, under any file name. A first line
    that is not a headline is not part of what the page says."""
    # What dataclasses.asdict gives, without the deep copy that takes most of its time.
    said = {**vars(page), "replies": [vars(reply) for reply in page.replies]}
    del said["first_line"]
    content = json.dumps(said, default=str, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(content.encode()).hexdigest()


def _too_long(page: ArchivePage) -> str:
    """Why the page does not fit the forum's fields, if it does not."""
    texts = [
        ("the title", page.title, Question, "title"),
        ("the headline", page.headline, Question, "headline"),
        ("the pseudonym", page.asker_name, Question, "asker_name"),
        ("More Info", page.more_info, Question, "more_info"),
        *(("a reply", reply.body, Reply, "body") for reply in page.replies),
        *(("a doctor's name", reply.doctor, Doctor, "name") for reply in page.replies),
        *(("a topic name", name, Topic, "name") for name, _ in page.related),
        *(("a specialty name", name, Specialty, "name") for name in _specialty_names(page)),
    ]
    for what, text, model, field_name in texts:
        limit = model._meta.get_field(field_name).max_length
        if len(text) > limit:
            return f"{what} is longer than {limit:,} characters"
    return ""


def _specialty_names(page: ArchivePage) -> set[str]:
    return {page.specialty, *(r.specialty for r in page.replies), *(s for _, s in page.related)}


def _review_reason(page: ArchivePage) -> str:
    """Why a moderator must look at the page before it is published, if they must."""
    reasons = []
    if page.first_line:
        line = quoted(page.first_line, QUOTED_CHARS_MAX)
        if headline_tail(page.first_line):
            reasons.append(
                gettext("the specialty its first line ends with is named nowhere else: %(line)s")
                % {"line": line}
            )
        else:
            reasons.append(gettext("its first line is not a headline: %(line)s") % {"line": line})
    elif not page.headline:
        reasons.append(gettext("it has no headline"))
    texts = [getattr(page, name) for name in screening.PUBLISHED_FIELDS[Question]]
    texts += [
        getattr(reply, name) for reply in page.replies for name in screening.PUBLISHED_FIELDS[Reply]
    ]
    kinds = sorted({str(personal.LABELS[f.kind]) for text in texts for f in personal.find(text)})
    if kinds:
        reasons.append(gettext("personal data: %(kinds)s") % {"kinds": ", ".join(kinds)})
    return "; ".join(reasons)[:300]

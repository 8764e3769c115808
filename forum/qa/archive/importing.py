"""Archive pages made into questions, replies, doctors, specialties and topics.

Each page is recorded by a fingerprint of what it says (whatever its layout or file name),
so that importing it again creates nothing. A page that cannot be read whole imports
nothing and is reported with where and why. A page without a headline, or with personal
data in it, is imported but kept off the site (hidden) until a moderator has looked at it;
unhiding it then publishes it as answered.

Reading, screening and rendering a page needs no database, and runs in worker processes
(one per core) for a large import. The pages read are then written BATCH pages to a
transaction. A page is never written in part: if the database refuses a batch, its pages
are written again one to a transaction, so that only the page it refuses fails.

Once every page is in, what the forum derives from its questions (counts, Similar Q&A,
Related FAQ, search) is brought up to date, and the pages that show them are made again.
"""

import copy
import hashlib
import io
import itertools
import json
import multiprocessing
import os
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from datetime import time as clock_time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from forum.accounts import verification
from forum.accounts.models import Doctor
from forum.core import pagecache
from forum.core.markdown import render_markdown
from forum.safety import emergencies, personal

from .. import derived, screening
from ..models import (
    ArchiveUpload,
    ImportedPage,
    Question,
    Reply,
    Specialty,
    TaggedQuestion,
    Topic,
    TopicRedirect,
    rendered,
)
from .parsing import ArchiveError, ArchivePage, headline_tail, parse_page, quoted

# Above this many new questions, everything derived is recomputed in one pass rather than
# question by question.
REBUILD_ABOVE = 5_000
# Pages written to one transaction.
BATCH = 500
# From this many pages on, pages are read in worker processes; fewer are read in this one.
PARALLEL_FROM = 2_000
# What one page or one archive may weigh.
PAGE_BYTES_MAX = 2_000_000
ZIP_BYTES_MAX = 100_000_000
TOO_LARGE = f"larger than {PAGE_BYTES_MAX:,} bytes"
UNZIPPED_BYTES_MAX = 1_000_000_000
SUMMARY_LINES_MAX = 1_000
# How much of a line a review reason quotes.
QUOTED_CHARS_MAX = 150
NOON = clock_time(12)

Progress = Callable[[int, int], None]


@dataclass
class Summary:
    """What an import did."""

    read: int = 0
    imported: int = 0
    present: int = 0
    for_review: int = 0
    emergencies: int = 0
    failed: list[str] = field(default_factory=list)
    new_doctors: int = 0
    new_topics: int = 0
    new_specialties: int = 0
    question_ids: list[int] = field(default_factory=list)
    # Seconds spent reading and writing the pages, then deriving what they change.
    pages_seconds: float = 0.0
    derived_seconds: float = 0.0

    def lines(self, dry_run: bool = False) -> list[str]:
        verb = "would be imported" if dry_run else "imported"
        lines = [
            f"Pages read: {self.read:,}",
            f"Pages {verb}: {self.imported:,}",
            f"  of which kept for a moderator to review: {self.for_review:,}",
            f"  of which read as an emergency (published with their answers): {self.emergencies:,}",
            f"Already present: {self.present:,}",
            f"Failed: {len(self.failed):,}",
            f"New doctors: {self.new_doctors:,}",
            f"New topics: {self.new_topics:,}",
            f"New specialties: {self.new_specialties:,}",
            f"Reading and writing the pages took {self.pages_seconds:,.1f} s",
        ]
        if not dry_run:
            lines.append(
                "Bringing counts, Similar Q&A, Related FAQ and search up to date took "
                f"{self.derived_seconds:,.1f} s"
            )
        lines += [f"  {failure}" for failure in self.failed]
        return lines


@dataclass(frozen=True)
class Source:
    """One page to read: where it comes from, and its bytes (or why they cannot be had)."""

    name: str
    data: bytes | None
    problem: str = ""


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
def _prepared(sources: Iterable[Source], workers: int) -> Iterator[Iterator[Prepared]]:
    """The sources prepared in order, by `workers` processes if more than one.

    The workers are forked: they have the project loaded, and never touch the database.
    """
    if workers <= 1:
        yield map(prepare, sources)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        # A few batches at a time: pages read faster than they are written wait in memory.
        yield (
            item
            for chunk in _chunks(sources, 4 * BATCH)
            for item in pool.imap(prepare, chunk, chunksize=32)
        )


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def files_in(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, and the .txt files in the folders named (recursively), in name
    order. A name that is neither stays in the list, to be reported."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            files.append(path)
    return files


def read_files(files: Iterable[Path]) -> Iterator[Source]:
    """Each file's bytes, read when its turn comes."""
    for file in files:
        if not file.is_file():
            yield Source(str(file), None, "no such file")
        elif file.stat().st_size > PAGE_BYTES_MAX:
            yield Source(str(file), None, TOO_LARGE)
        else:
            try:
                yield Source(str(file), file.read_bytes())
            except OSError as error:
                yield Source(str(file), None, f"cannot be read ({error.strerror})")


def page_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The .txt files of a zip archive, in name order, without the copies of file details
    that macOS adds (__MACOSX/, ._name)."""
    members = [
        member
        for member in archive.infolist()
        if not member.is_dir()
        and member.filename.lower().endswith(".txt")
        and not member.filename.startswith("__MACOSX/")
        and not Path(member.filename).name.startswith("._")
    ]
    return sorted(members, key=lambda m: m.filename)


def read_members(archive: zipfile.ZipFile, members: Iterable[zipfile.ZipInfo]) -> Iterator[Source]:
    """Each member's bytes, none larger than a page may be, and no more than an archive
    may hold in all."""
    left = UNZIPPED_BYTES_MAX
    for member in members:
        if member.file_size > PAGE_BYTES_MAX:
            yield Source(member.filename, None, TOO_LARGE)
            continue
        if left <= 0:
            yield Source(member.filename, None, "past what one archive may hold unzipped")
            continue
        try:
            with archive.open(member) as file:
                # No more than a page may weigh, whatever size the archive claims.
                data = file.read(PAGE_BYTES_MAX + 1)
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, zlib.error) as e:
            yield Source(member.filename, None, f"cannot be unzipped ({e})")
            continue
        left -= len(data)
        if len(data) > PAGE_BYTES_MAX:
            yield Source(member.filename, None, TOO_LARGE)
        else:
            yield Source(member.filename, data)


def import_upload(upload: ArchiveUpload) -> Summary | None:
    """Import the pages of an archive a moderator uploaded, and keep the summary with it;
    None if another worker has it already."""
    waiting = ArchiveUpload.objects.filter(pk=upload.pk, state=ArchiveUpload.State.WAITING)
    if not waiting.update(state=ArchiveUpload.State.RUNNING):
        return None
    summary, lines = Summary(), ["The import stopped on an error: see the worker's log."]
    try:
        with zipfile.ZipFile(io.BytesIO(bytes(upload.archive))) as archive:
            members = page_members(archive)
            # A worker of the task queue reads the pages itself: it has its own processes.
            summary = Importer(workers=1).run(read_members(archive, members), len(members))
        lines = summary.lines()
        if len(lines) > SUMMARY_LINES_MAX:
            more = len(lines) - SUMMARY_LINES_MAX
            lines = [*lines[:SUMMARY_LINES_MAX], f"  ... and {more:,} more failures"]
    except zipfile.BadZipFile:
        lines = ["The file is not a readable .zip archive."]
    finally:
        failed = bool(summary.failed) or summary.read == 0
        ArchiveUpload.objects.filter(pk=upload.pk).update(
            state=ArchiveUpload.State.FAILED if failed else ArchiveUpload.State.DONE,
            summary="\n".join(lines),
            finished_at=timezone.now(),
            archive=b"",
        )
    return summary


def fingerprint(page: ArchivePage) -> str:
    """The same for the same page in either layout, under any file name. A first line
    that is not a headline is not part of what the page says."""
    said = asdict(page)
    del said["first_line"]
    content = json.dumps(said, default=str, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(content.encode()).hexdigest()


def _moment(day: date) -> datetime:
    """Noon of that day where the site is, so that the page shows the file's date."""
    return timezone.make_aware(datetime.combine(day, NOON))


class Importer:
    """Imports pages in batches, remembering the specialties, doctors and topics it has seen.

    `workers` processes read the pages of a large import (PARALLEL_FROM pages or more);
    by default one per core. A worker process of the task queue reads them itself.
    """

    def __init__(self, dry_run: bool = False, workers: int | None = None) -> None:
        self.dry_run = dry_run
        self.workers = _cores() if workers is None else workers
        self.summary = Summary()
        self.specialties: dict[str, Specialty] = {}
        self.doctors: dict[str, Doctor] = {}
        self.topics: dict[str, Topic] = {}
        self.doctor_specialties: set[tuple[int, int]] = set()
        self.seen: set[str] = set()

    def run(self, sources: Iterable[Source], total: int, progress: Progress | None = None):
        """Import every page, then bring what is derived up to date."""
        step = max(1, total // 200)
        workers = self.workers if total >= PARALLEL_FROM else 1
        batch: list[Prepared] = []
        started = time.perf_counter()
        try:
            with (
                _commits_without_waiting(),
                _undone_if(self.dry_run),
                _prepared(sources, workers) as prepared,
            ):
                for done, item in enumerate(prepared, start=1):
                    self.summary.read += 1
                    if item.problem:
                        self.summary.failed.append(item.problem)
                    else:
                        batch.append(item)
                    if len(batch) == BATCH:
                        self.write(batch)
                        batch = []
                    if progress and (done % step == 0 or done == total):
                        progress(done, total)
                self.write(batch)
        finally:
            self.summary.pages_seconds = time.perf_counter() - started
            # Even after an error, the pages already in get what they derive.
            if not self.dry_run:
                self.finish()
            self.summary.derived_seconds = (
                time.perf_counter() - started - self.summary.pages_seconds
            )
        return self.summary

    def write(self, batch: list[Prepared]) -> None:
        """Write the pages not already imported, in one transaction; if the database
        refuses it, one page to a transaction."""
        keys = [item.key for item in batch]
        present = set(
            ImportedPage.objects.filter(fingerprint__in=keys).values_list("fingerprint", flat=True)
        )
        new: list[Prepared] = []
        for item in batch:
            if item.key in self.seen or item.key in present:
                self.summary.present += 1
            else:
                self.seen.add(item.key)
                new.append(item)
        if not new or self._save(new) is None:
            return
        for item in new:
            error = self._save([item])
            if error is not None:
                self.seen.discard(item.key)
                self.summary.failed.append(
                    f"{item.source}: the database refused it ({error})"[:500]
                )

    def finish(self) -> None:
        """Counts, Similar Q&A, Related FAQ and search for the new questions, and their pages."""
        ids = self.summary.question_ids
        if len(ids) > REBUILD_ABOVE:
            derived.rebuild()
            pagecache.invalidate(pagecache.SITE)
        elif ids:
            pagecache.invalidate(*derived.refresh(ids))

    # Writing pages.

    def _save(self, items: list[Prepared]) -> DatabaseError | None:
        """Write the pages in one transaction; the database's error if it refused it."""
        # What the importer remembers of the rows it creates, as it was before.
        before = self._remembered()
        try:
            with transaction.atomic():
                questions = self._questions(items)
                ImportedPage.objects.bulk_create(
                    ImportedPage(
                        fingerprint=item.key,
                        source=item.source[:500],
                        question=question,
                        review_reason=item.review,
                    )
                    for item, question in zip(items, questions, strict=True)
                )
        except DatabaseError as error:
            # The rows it made are gone: forget them.
            self._remember(before)
            return error
        self.summary.imported += len(items)
        self.summary.for_review += sum(bool(item.review) for item in items)
        self.summary.emergencies += sum(item.emergency for item in items)
        self.summary.question_ids += [question.pk for question in questions]
        return None

    def _remembered(self) -> tuple:
        counts = (self.summary.new_specialties, self.summary.new_doctors, self.summary.new_topics)
        found = (self.specialties, self.doctors, self.topics, self.doctor_specialties)
        return counts, tuple(map(copy.copy, found))

    def _remember(self, remembered: tuple) -> None:
        counts, found = remembered
        self.summary.new_specialties, self.summary.new_doctors, self.summary.new_topics = counts
        self.specialties, self.doctors, self.topics, self.doctor_specialties = found

    def _questions(self, items: list[Prepared]) -> list[Question]:
        questions = [self._question(item) for item in items]
        Question.objects.bulk_create(questions)
        replies, tagged = [], []
        for item, question in zip(items, questions, strict=True):
            page = item.page
            assert page is not None
            for reply, (body_html, excerpt) in zip(page.replies, item.replies_html, strict=True):
                doctor = self._doctor(reply.doctor, self._specialty(reply.specialty))
                moment = _moment(reply.date)
                replies.append(
                    Reply(
                        question=question,
                        doctor=doctor,
                        body=reply.body,
                        body_html=body_html,
                        excerpt=excerpt,
                        created_at=moment,
                        reviewed_at=moment,
                    )
                )
            topics = {}
            for name, specialty_name in page.related:
                topic = self._topic(name, self._specialty(specialty_name))
                topics[topic.pk] = topic
            tagged += [
                TaggedQuestion(content_object=question, tag=topic) for topic in topics.values()
            ]
        Reply.objects.bulk_create(replies)
        TaggedQuestion.objects.bulk_create(tagged)
        return questions

    def _question(self, item: Prepared) -> Question:
        page = item.page
        assert page is not None
        first_reply = min(reply.date for reply in page.replies)
        return Question(
            specialty=self._specialty(page.specialty),
            asker_name=page.asker_name or "Anonymous",
            asker_age_range=page.age_range,
            asker_gender=page.gender,
            title=page.title,
            body=page.body,
            headline=page.headline,
            more_info=page.more_info,
            more_info_html=item.more_info_html,
            status=Question.Status.HIDDEN if item.review else Question.Status.ANSWERED,
            created_at=_moment(page.ask_date),
            answered_at=_moment(first_reply),
        )

    def _specialty(self, name: str) -> Specialty:
        key = name.casefold()
        if key not in self.specialties:
            specialty = Specialty.objects.filter(name__iexact=name).first()
            if specialty is None:
                specialty = Specialty.objects.create(name=name, slug=_free_slug(Specialty, name))
                self.summary.new_specialties += 1
            self.specialties[key] = specialty
        return self.specialties[key]

    def _doctor(self, name: str, specialty: Specialty) -> Doctor:
        key = name.casefold()
        if key not in self.doctors:
            doctor = _imported_doctor(name)
            if doctor is None:
                slug = _free_slug(Doctor, name)
                username = f"{verification.IMPORT_USERNAME_PREFIX}{slug}"
                while get_user_model().objects.filter(username=username).exists():
                    username += "-x"
                user = get_user_model().objects.create_user(username, is_active=False)
                doctor = Doctor.objects.create(user=user, name=name, slug=slug, is_imported=True)
                self.summary.new_doctors += 1
            self.doctors[key] = doctor
        doctor = self.doctors[key]
        if (doctor.pk, specialty.pk) not in self.doctor_specialties:
            doctor.specialties.add(specialty)
            self.doctor_specialties.add((doctor.pk, specialty.pk))
        return doctor

    def _topic(self, name: str, specialty: Specialty) -> Topic:
        key = name.casefold()
        if key not in self.topics:
            # Topic names are case-insensitive (TAGGIT_CASE_INSENSITIVE): one per name.
            topic = Topic.objects.filter(name__iexact=name).first() or _merged_into(name)
            if topic is None:
                topic = Topic.objects.create(name=name, specialty=specialty)
                self.summary.new_topics += 1
            self.topics[key] = topic
        return self.topics[key]


@contextmanager
def _commits_without_waiting() -> Iterator[None]:
    """On PostgreSQL, each page's commit does not wait for the disk. A crash may then lose
    the last pages imported, but never part of one: they are imported by the next run."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


@contextmanager
def _undone_if(dry_run: bool) -> Iterator[None]:
    """For a dry run, one transaction around every page's, rolled back at the end: the
    run reports exactly what it would do, and nothing of it is kept."""
    if not dry_run:
        yield
        return
    with transaction.atomic():
        try:
            yield
        finally:
            transaction.set_rollback(True)


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
            reasons.append(f"the specialty its first line ends with is named nowhere else: {line}")
        else:
            reasons.append(f"its first line is not a headline: {line}")
    elif not page.headline:
        reasons.append("it has no headline")
    texts = [getattr(page, name) for name in screening.PUBLISHED_FIELDS[Question]]
    texts += [
        getattr(reply, name) for reply in page.replies for name in screening.PUBLISHED_FIELDS[Reply]
    ]
    kinds = sorted({personal.LABELS[f.kind] for text in texts for f in personal.find(text)})
    if kinds:
        reasons.append(f"personal data: {', '.join(kinds)}")
    return "; ".join(reasons)[:300]


def _imported_doctor(name: str) -> Doctor | None:
    """The doctor an earlier import made for this name: a verified doctor of the same name
    is left alone, for a moderator to link if it is the same person."""
    return Doctor.objects.filter(name__iexact=name, is_imported=True).first()


def _merged_into(name: str) -> Topic | None:
    """The topic a moderator merged this name's topic into, if they did."""
    moved = TopicRedirect.objects.filter(old_slug=slugify(name)).select_related("topic").first()
    return moved.topic if moved else None


def _free_slug(model, name: str) -> str:
    """A slug for the name that no row of the model has yet, within the field's length."""
    base = slugify(name)[: model._meta.get_field("slug").max_length - 6] or "x"
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug

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

Each question is written whole, with what it derives on its own: its topic set, its topic
links' dates, its first reply and its search vector. Once every page is in, what questions
derive together (counts, Similar Q&A, Related FAQ) is brought up to date, and the pages that
show it are made again.
"""

import copy
import io
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as clock_time

from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from forum.accounts import verification
from forum.accounts.models import Doctor
from forum.core import pagecache
from forum.core.text import free_slug

from .. import derived, search
from ..models import (
    ArchiveUpload,
    ImportedPage,
    Question,
    Reply,
    Specialty,
    TaggedQuestion,
    Topic,
    TopicRedirect,
)
from . import preparing
from .parsing import ArchivePage
from .preparing import Prepared
from .sources import Source, page_members, read_members

# Above this many new questions, everything derived is recomputed in one pass rather than
# question by question.
REBUILD_ABOVE = 5_000
# Pages written to one transaction.
BATCH = 500
# From this many pages on, pages are read in worker processes; fewer are read in this one.
PARALLEL_FROM = 2_000
SUMMARY_LINES_MAX = 1_000
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
        """What the import command prints, and the admin shows for an uploaded archive (as
        stored: in the language active when the import ran)."""
        if dry_run:
            imported = _("Pages would be imported: %(count)s")
        else:
            imported = _("Pages imported: %(count)s")
        lines = [
            _("Pages read: %(count)s") % {"count": f"{self.read:,}"},
            imported % {"count": f"{self.imported:,}"},
            "  "
            + _("of which kept for a moderator to review: %(count)s")
            % {"count": f"{self.for_review:,}"},
            "  "
            + _("of which read as an emergency (published with their answers): %(count)s")
            % {"count": f"{self.emergencies:,}"},
            _("Already present: %(count)s") % {"count": f"{self.present:,}"},
            _("Failed: %(count)s") % {"count": f"{len(self.failed):,}"},
            _("New doctors: %(count)s") % {"count": f"{self.new_doctors:,}"},
            _("New topics: %(count)s") % {"count": f"{self.new_topics:,}"},
            _("New specialties: %(count)s") % {"count": f"{self.new_specialties:,}"},
            _("Reading and writing the pages took %(seconds)s s")
            % {"seconds": f"{self.pages_seconds:,.1f}"},
        ]
        if not dry_run:
            lines.append(
                _(
                    "Bringing counts, Similar Q&A, Related FAQ and search up to date took "
                    "%(seconds)s s"
                )
                % {"seconds": f"{self.derived_seconds:,.1f}"}
            )
        lines += [f"  {failure}" for failure in self.failed]
        return lines


def import_upload(upload: ArchiveUpload) -> Summary | None:
    """Import the pages of an archive a moderator uploaded, and keep the summary with it;
    None if another worker has it already."""
    waiting = ArchiveUpload.objects.filter(pk=upload.pk, state=ArchiveUpload.State.WAITING)
    if not waiting.update(state=ArchiveUpload.State.RUNNING):
        return None
    summary, lines = Summary(), [_("The import stopped on an error: see the worker's log.")]
    try:
        with zipfile.ZipFile(io.BytesIO(bytes(upload.archive))) as archive:
            members = page_members(archive)
            # A worker of the task queue reads the pages itself: it has its own processes.
            summary = Importer(workers=1).run(read_members(archive, members), len(members))
        lines = summary.lines()
        if len(lines) > SUMMARY_LINES_MAX:
            more = len(lines) - SUMMARY_LINES_MAX
            lines = [
                *lines[:SUMMARY_LINES_MAX],
                "  " + _("... and %(count)s more failures") % {"count": f"{more:,}"},
            ]
    except zipfile.BadZipFile:
        lines = [_("The file is not a readable .zip archive.")]
    finally:
        failed = bool(summary.failed) or summary.read == 0
        ArchiveUpload.objects.filter(pk=upload.pk).update(
            state=ArchiveUpload.State.FAILED if failed else ArchiveUpload.State.DONE,
            summary="\n".join(lines),
            finished_at=timezone.now(),
            archive=b"",
        )
    return summary


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
        self.workers = preparing.cores() if workers is None else workers
        self.summary = Summary()
        self.specialties: dict[str, Specialty] = {}
        self.doctors: dict[str, Doctor] = {}
        self.topics: dict[str, Topic] = {}
        self.doctor_specialties: set[tuple[int, int]] = set()
        self.topic_sets = derived.TopicSets()
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
                preparing.prepared(sources, workers, 4 * BATCH) as prepared,
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
        keys_new: set[str] = set()
        # A second copy of a page in this batch waits for the first: it is present only
        # if the first is written, and is tried itself if the database refuses the first.
        copies: list[Prepared] = []
        for item in batch:
            if item.key in keys_new:
                copies.append(item)
            elif item.key in present or item.key in self.seen:
                self.summary.present += 1
            else:
                self.seen.add(item.key)
                keys_new.add(item.key)
                new.append(item)
        if new and self._save(new) is not None:
            for item in new:
                error = self._save([item])
                if error is not None:
                    self.seen.discard(item.key)
                    self.summary.failed.append(
                        f"{item.source}: the database refused it ({error})"[:500]
                    )
        if copies:
            self.write(copies)

    def finish(self) -> None:
        """What the new questions change in what questions derive together (counts, Similar
        Q&A, Related FAQ), and the pages that show it: after a large import, the whole
        forum's at once (each question was written with what it derives on its own)."""
        ids = self.summary.question_ids
        if len(ids) > REBUILD_ABOVE:
            derived.analyze()
            # Each new question was written whole (_questions): the rest is what they share.
            derived.rebuild(per_question=False)
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
        found = (
            self.specialties,
            self.doctors,
            self.topics,
            self.doctor_specialties,
            self.topic_sets.ids,
        )
        return counts, tuple(map(copy.copy, found))

    def _remember(self, remembered: tuple) -> None:
        counts, found = remembered
        self.summary.new_specialties, self.summary.new_doctors, self.summary.new_topics = counts
        self.specialties, self.doctors, self.topics, self.doctor_specialties, sets = found
        self.topic_sets.ids = sets

    def _questions(self, items: list[Prepared]) -> list[Question]:
        """The pages' questions, replies and topic links, each question written whole: with
        its topic set, its links' dates, its first reply and its search vector."""
        topics = [self._topics(item.page) for item in items]
        questions = [self._question(item, its) for item, its in zip(items, topics, strict=True)]
        Question.objects.bulk_create(questions)
        replies, tagged = [], []
        for item, question, its_topics in zip(items, questions, topics, strict=True):
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
            # Dated while public, as derived.date_topic_links.
            public = question.status == Question.Status.ANSWERED
            tagged += [
                TaggedQuestion(
                    content_object=question,
                    tag=topic,
                    answered_at=question.answered_at if public else None,
                )
                for topic in its_topics
            ]
        Reply.objects.bulk_create(replies)
        TaggedQuestion.objects.bulk_create(tagged)
        ids = [question.pk for question in questions]
        derived.set_first_replies(ids)
        search.update_vectors(ids)
        return questions

    def _topics(self, page: ArchivePage | None) -> list[Topic]:
        """The topics of the page's Related FAQ, each once."""
        assert page is not None
        topics = {}
        for name, specialty_name in page.related:
            topic = self._topic(name, self._specialty(specialty_name))
            topics[topic.pk] = topic
        return list(topics.values())

    def _question(self, item: Prepared, topics: list[Topic]) -> Question:
        page = item.page
        assert page is not None
        first_reply = min(reply.date for reply in page.replies)
        specialty = self._specialty(page.specialty)
        return Question(
            specialty=specialty,
            topic_set_id=self.topic_sets.of(specialty.pk, [topic.pk for topic in topics]),
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
                specialty = Specialty.objects.create(name=name, slug=free_slug(Specialty, name))
                self.summary.new_specialties += 1
            self.specialties[key] = specialty
        return self.specialties[key]

    def _doctor(self, name: str, specialty: Specialty) -> Doctor:
        key = name.casefold()
        if key not in self.doctors:
            doctor = _imported_doctor(name)
            if doctor is None:
                slug = Doctor.free_slug(name)
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


def _imported_doctor(name: str) -> Doctor | None:
    """The doctor an earlier import made for this name: a verified doctor of the same name
    is left alone, for a moderator to link if it is the same person."""
    return Doctor.objects.filter(name__iexact=name, is_imported=True).first()


def _merged_into(name: str) -> Topic | None:
    """The topic a moderator merged this name's topic into, if they did."""
    moved = TopicRedirect.objects.filter(old_slug=slugify(name)).select_related("topic").first()
    return moved.topic if moved else None

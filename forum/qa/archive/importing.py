"""Archive pages made into questions, replies, doctors, specialties and topics.

Each page is imported in its own transaction and recorded by a fingerprint of what it says
(whatever its layout or file name), so that importing it again creates nothing. A page that
cannot be read whole imports nothing and is reported with where and why. A page without a
headline, or with personal data in it, is imported but kept off the site (hidden) until a
moderator has looked at it; unhiding it then publishes it as answered.

Once every page is in, what the forum derives from its questions (counts, Similar Q&A,
Related FAQ, search) is brought up to date, and the pages that show them are made again.
"""

import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from forum.accounts.models import Doctor
from forum.core import pagecache
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
from .parsing import ArchiveError, ArchivePage, parse_page, quoted

# Above this many new questions, everything derived is recomputed in one pass rather than
# question by question.
REBUILD_ABOVE = 5_000
# What one page or one archive may weigh.
PAGE_BYTES_MAX = 2_000_000
ZIP_BYTES_MAX = 100_000_000
TOO_LARGE = f"larger than {PAGE_BYTES_MAX:,} bytes"
UNZIPPED_BYTES_MAX = 1_000_000_000
SUMMARY_LINES_MAX = 1_000
# How much of a line a review reason quotes.
QUOTED_CHARS_MAX = 150
NOON = time(12)

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
        ]
        lines += [f"  {failure}" for failure in self.failed]
        return lines


@dataclass(frozen=True)
class Source:
    """One page to read: where it comes from, and its bytes (or why they cannot be had)."""

    name: str
    data: bytes | None
    problem: str = ""


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
            summary = Importer().run(read_members(archive, members), len(members))
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
    """The same for the same page in either layout, under any file name."""
    content = json.dumps(asdict(page), default=str, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(content.encode()).hexdigest()


def _moment(day: date) -> datetime:
    """Noon of that day where the site is, so that the page shows the file's date."""
    return timezone.make_aware(datetime.combine(day, NOON))


class Importer:
    """Imports pages one by one, remembering the specialties, doctors and topics it has seen."""

    def __init__(self, dry_run: bool = False) -> None:
        self.dry_run = dry_run
        self.summary = Summary()
        self.specialties: dict[str, Specialty] = {}
        self.doctors: dict[str, Doctor] = {}
        self.topics: dict[str, Topic] = {}
        self.doctor_specialties: set[tuple[int, int]] = set()
        self.seen: set[str] = set()

    def run(self, sources: Iterable[Source], total: int, progress: Progress | None = None):
        """Import every page, then bring what is derived up to date."""
        step = max(1, total // 200)
        try:
            with _commits_without_waiting(), _undone_if(self.dry_run):
                for done, source in enumerate(sources, start=1):
                    self.import_source(source)
                    if progress and (done % step == 0 or done == total):
                        progress(done, total)
        finally:
            # Even after an error, the pages already in get what they derive.
            if not self.dry_run:
                self.finish()
        return self.summary

    def import_source(self, source: Source) -> None:
        self.summary.read += 1
        if source.data is None:
            self.summary.failed.append(f"{source.name}: {source.problem}")
            return
        try:
            text = source.data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            self.summary.failed.append(
                f"{source.name}: not UTF-8 text (byte {error.start + 1} cannot be read)"
            )
            return
        try:
            page = parse_page(text)
        except ArchiveError as error:
            self.summary.failed.append(f"{source.name}, {error}")
            return
        self.import_page(page, source.name)

    def import_page(self, page: ArchivePage, source: str) -> None:
        key = fingerprint(page)
        if key in self.seen or ImportedPage.objects.filter(fingerprint=key).exists():
            self.summary.present += 1
            return
        problem = _too_long(page)
        if problem:
            self.summary.failed.append(f"{source}: {problem}")
            return
        self.seen.add(key)
        review = _review_reason(page)
        if not self._save(page, source, key, review):
            return
        self.summary.imported += 1
        self.summary.for_review += bool(review)
        self.summary.emergencies += bool(
            emergencies.find(f"{page.title}\n{page.body}") and not review
        )

    def finish(self) -> None:
        """Counts, Similar Q&A, Related FAQ and search for the new questions, and their pages."""
        ids = self.summary.question_ids
        if len(ids) > REBUILD_ABOVE:
            derived.rebuild()
            pagecache.invalidate(pagecache.SITE)
        elif ids:
            pagecache.invalidate(*derived.refresh(ids))

    # Writing one page.

    def _save(self, page: ArchivePage, source: str, key: str, review: str) -> bool:
        """Write the page in one transaction; False (and the failure listed) if it failed."""
        # What to remember of what the page created, once it is committed.
        after: list[Callable[[], None]] = []
        try:
            with transaction.atomic():
                question = self._question(page, review, after)
                ImportedPage.objects.create(
                    fingerprint=key, source=source[:500], question=question, review_reason=review
                )
        except DatabaseError as error:
            self.seen.discard(key)
            self.summary.failed.append(f"{source}: the database refused it ({error})"[:500])
            return False
        for remember in after:
            remember()
        self.summary.question_ids.append(question.pk)
        return True

    def _question(self, page: ArchivePage, review: str, after: list) -> Question:
        specialty = self._specialty(page.specialty, after)
        first_reply = min(reply.date for reply in page.replies)
        question = Question(
            specialty=specialty,
            asker_name=page.asker_name or "Anonymous",
            asker_age_range=page.age_range,
            asker_gender=page.gender,
            title=page.title,
            body=page.body,
            headline=page.headline,
            more_info=page.more_info,
            status=Question.Status.HIDDEN if review else Question.Status.ANSWERED,
            created_at=_moment(page.ask_date),
            answered_at=_moment(first_reply),
        )
        question.save()
        replies = []
        for reply in page.replies:
            doctor = self._doctor(reply.doctor, self._specialty(reply.specialty, after), after)
            body_html, excerpt = rendered(reply.body)
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
        Reply.objects.bulk_create(replies)
        topics = {}
        for name, specialty_name in page.related:
            topic = self._topic(name, self._specialty(specialty_name, after), after)
            topics[topic.pk] = topic
        TaggedQuestion.objects.bulk_create(
            TaggedQuestion(content_object=question, tag=topic) for topic in topics.values()
        )
        return question

    def _specialty(self, name: str, after: list) -> Specialty:
        key = name.casefold()
        if key in self.specialties:
            return self.specialties[key]
        specialty = Specialty.objects.filter(name__iexact=name).first()
        if specialty is None:
            specialty = Specialty.objects.create(name=name, slug=_free_slug(Specialty, name))
            after.append(self._counted("new_specialties"))
        after.append(lambda: self.specialties.__setitem__(key, specialty))
        return specialty

    def _doctor(self, name: str, specialty: Specialty, after: list) -> Doctor:
        key = name.casefold()
        doctor = self.doctors.get(key) or _imported_doctor(name)
        if doctor is None:
            slug = _free_slug(Doctor, name)
            username = f"imported-{slug}"
            while get_user_model().objects.filter(username=username).exists():
                username += "-x"
            user = get_user_model().objects.create_user(username, is_active=False)
            doctor = Doctor.objects.create(user=user, name=name, slug=slug, is_imported=True)
            after.append(self._counted("new_doctors"))
        after.append(lambda: self.doctors.__setitem__(key, doctor))
        pair = (doctor.pk, specialty.pk)
        if pair not in self.doctor_specialties:
            doctor.specialties.add(specialty)
            after.append(lambda: self.doctor_specialties.add(pair))
        return doctor

    def _topic(self, name: str, specialty: Specialty, after: list) -> Topic:
        key = name.casefold()
        if key in self.topics:
            return self.topics[key]
        # Topic names are case-insensitive (TAGGIT_CASE_INSENSITIVE): one topic per name.
        topic = Topic.objects.filter(name__iexact=name).first() or _merged_into(name)
        if topic is None:
            topic = Topic.objects.create(name=name, specialty=specialty)
            after.append(self._counted("new_topics"))
        after.append(lambda: self.topics.__setitem__(key, topic))
        return topic

    def _counted(self, counter: str) -> Callable[[], None]:
        return lambda: setattr(self.summary, counter, getattr(self.summary, counter) + 1)


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
        reasons.append(
            f"its first line is not a headline: {quoted(page.first_line, QUOTED_CHARS_MAX)}"
        )
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

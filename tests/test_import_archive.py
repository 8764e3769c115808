"""`manage.py import_archive` and the admin's upload: saved pages become questions, replies,
doctors, specialties and topics, once; what cannot be read whole imports nothing."""

import io
import os
import re
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from forum.accounts.models import Doctor
from forum.core.models import Event
from forum.qa import derived, moderation
from forum.qa.archive import importing
from forum.qa.models import (
    ArchiveUpload,
    ImportedPage,
    Question,
    Reply,
    SimilarEntry,
    Specialty,
    TaggedQuestion,
    Topic,
    TopicPair,
)
from tests.factories import make_doctor, make_specialty, make_topic, make_user
from tests.forms import question_admin_data


def spacious(
    headline="Knee Pain After Running - Orthopedics",
    title="Knee pain",
    body=("My right knee hurts after long runs.", "It swells a little by the evening."),
    asker="B Lin, 30~39 year old male. Ask Date: 2019/03/14",
    replies=(
        ("Chen Weiming", "Orthopedics", ("Rest it for two weeks.", "Ice helps."), "2019/03/15"),
    ),
    more_info=("Runner's knee is common.", "Strengthening the thigh muscles helps."),
    related=(("Knee Pain", "Orthopedics"), ("Running Injuries", "Orthopedics")),
) -> str:
    """A page in the layout with blank lines between its parts."""
    parts = [headline, "", "Share to:", ""]
    if title:
        parts += [title, "", ""]
    parts += [*body, "", asker, ""]
    for doctor, specialty, text, day in replies:
        parts += [f"Dr. {doctor} reply {specialty}", "", "", *text, "", f"Reply Date: {day}", ""]
    if more_info:
        parts += ["More Info", "", "", "\n\n".join(more_info), ""]
    parts += ["Similar Q&A", "", "Another Question About Knees", "", "Some text ...", "", ""]
    parts += ["Dr. Somebody Else reply Orthopedics", "An answer ...", ""]
    parts += ["[Read More] Another Question About Knees", "", ""]
    if related:
        parts += ["Related FAQ", ""]
        for name, specialty in related:
            parts += [name, "", f"({specialty})", ""]
    return "\n".join(parts)


def compact(
    headline="Ear Ringing At Night - Otolaryngology",
    body=("At night I hear a high ringing in my left ear.", "It started after a concert."),
    asker="Wu, 50~59 year old. Ask Date: 2012/11/02",
    replies=(("Huang Yating", "Otolaryngology", ("Please have a hearing test.",), "2012/11/05"),),
    related=(("Tinnitus", "Otolaryngology"), ("", "Otolaryngology")),
) -> str:
    """A page in the layout without blank lines."""
    lines = [headline, *body, asker]
    for doctor, specialty, text, day in replies:
        lines += [f"Dr. {doctor} reply {specialty}", *text, f"Reply Date: {day}"]
    lines += ["More Info", "Tinnitus has many causes."]
    if related:
        lines += ["Related FAQ", *(f"{name}({specialty})" for name, specialty in related)]
    return "\n".join(lines)


@pytest.fixture
def folder(tmp_path):
    def write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, str):
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(text)
        return path

    write.path = tmp_path
    return write


def shown_dates(page: str) -> list[str]:
    """The dates a page shows, Ask Date first."""
    return re.findall(r"<time datetime=\"[^\"]+\">(\d{4}/\d\d/\d\d)</time>", page)


def run(*paths, dry_run=False) -> str:
    out = io.StringIO()
    call_command("import_archive", *map(str, paths), dry_run=dry_run, stdout=out)
    return out.getvalue()


def test_a_page_becomes_a_public_answered_question(client, db, folder):
    folder("knee.txt", spacious())

    report = run(folder.path)

    question = Question.objects.get()
    assert question.status == Question.Status.ANSWERED
    assert question.headline == "Knee Pain After Running"
    assert question.specialty.name == "Orthopedics"
    assert question.title == "Knee pain"
    assert (
        question.body
        == "My right knee hurts after long runs.\n\nIt swells a little by the evening."
    )
    assert (question.asker, question.asker_name) == (None, "B Lin")
    assert (question.asker_age_range, question.asker_gender) == ("30~39", "male")
    assert timezone.localdate(question.created_at) == date(2019, 3, 14)
    assert timezone.localdate(question.answered_at) == date(2019, 3, 15)
    assert "Strengthening the thigh muscles helps." in question.more_info
    assert sorted(question.topics.names()) == ["Knee Pain", "Running Injuries"]
    reply = Reply.objects.get()
    assert reply.doctor.display_name == "Dr. Chen Weiming"
    assert reply.body == "Rest it for two weeks.\n\nIce helps."
    assert timezone.localdate(reply.created_at) == date(2019, 3, 15)
    assert "Pages imported: 1" in report and "New doctors: 1" in report
    assert re.search(r"^Reading and writing the pages took [\d.]+ s$", report, re.M)
    assert re.search(r"^Bringing counts, .* up to date took [\d.]+ s$", report, re.M)
    # The archive's own Similar Q&A is not imported.
    assert not Doctor.objects.filter(name="Somebody Else").exists()

    page = client.get(question.get_absolute_url()).content.decode()
    assert "Knee Pain After Running - Orthopedics" in page
    assert shown_dates(page)[:2] == ["2019/03/14", "2019/03/15"]


def test_an_imported_doctor_is_shown_but_cannot_log_in(client, db, folder):
    folder("knee.txt", spacious())
    run(folder.path)

    doctor = Doctor.objects.get()

    assert doctor.is_imported and not doctor.is_verified and not doctor.can_answer
    assert not doctor.user.is_active and not doctor.user.has_usable_password()
    page = client.get(doctor.get_absolute_url()).content.decode()
    assert "Knee Pain After Running" in page and "has not yet been verified" in page


def test_pages_with_shared_topics_get_similar_qa_and_related_faq(client, db, folder):
    folder("a.txt", spacious())
    folder("b.txt", spacious(headline="Knee Swelling After Football - Orthopedics", title=""))
    folder(
        "c.txt",
        spacious(
            headline="Shin Splints - Orthopedics",
            related=(("Running Injuries", "Orthopedics"), ("Shins", "Orthopedics")),
        ),
    )

    run(folder.path)

    first = Question.objects.get(headline="Knee Pain After Running")
    page = client.get(first.get_absolute_url()).content.decode()
    assert "Knee Swelling After Football" in page  # Similar Q&A
    assert "Shins" in page  # Related FAQ, through Running Injuries
    assert Topic.objects.get(name="Knee Pain").question_count == 2


def test_several_replies_doctors_reused_and_a_dr_line_inside_a_reply(db, folder):
    verified = make_doctor("Chen Weiming", specialties=[make_specialty("Orthopedics")])
    replies = (
        ("Chen Weiming", "Orthopedics", ("First.", "Dr. Google is not a doctor."), "2019/03/15"),
        ("Lee Anping", "Orthopedics", ("I agree: rest.",), "2019/04/01"),
    )
    folder("a.txt", spacious(replies=replies))
    other = (("Lee Anping", "Otolaryngology", ("Hearing test.",), "2012/11/05"),)
    folder("b.txt", compact(replies=other))

    report = run(folder.path)

    # One imported doctor per name, across pages; a verified doctor of the same name is not
    # given the archive's answers (a moderator links them if they are the same person).
    assert "New doctors: 2" in report
    question = Question.objects.get(headline="Knee Pain After Running")
    first, second = question.replies.order_by("created_at")
    assert first.doctor != verified and first.doctor.is_imported
    assert "Dr. Google is not a doctor." in first.body
    lee = Doctor.objects.get(name="Lee Anping")
    assert second.doctor == lee
    assert sorted(lee.specialties.values_list("name", flat=True)) == [
        "Orthopedics",
        "Otolaryngology",
    ]
    assert not verified.replies.exists()


def test_related_faq_reuses_topics_whatever_their_case_and_skips_empty_names(db, folder):
    existing = make_topic("tinnitus", make_specialty("Otolaryngology"))
    folder(
        "ear.txt",
        compact(
            related=(
                ("Tinnitus", "Otolaryngology"),
                ("TINNITUS", "Otolaryngology"),
                ("", "Otolaryngology"),
                ("Hearing Loss", "Otolaryngology"),
            )
        ),
    )

    report = run(folder.path)

    question = Question.objects.get()
    assert sorted(t.pk for t in question.topics.all()) == sorted(
        [existing.pk, Topic.objects.get(name="Hearing Loss").pk]
    )
    assert "New topics: 1" in report
    assert question.asker_gender == "undisclosed"


def test_importing_again_creates_nothing(db, folder):
    folder("knee.txt", spacious())
    run(folder.path)
    folder("copy/other-name.txt", spacious())

    report = run(folder.path)

    assert Question.objects.count() == 1 and ImportedPage.objects.count() == 1
    assert "Already present: 2" in report and "Pages imported: 0" in report


def knee_pages(folder, count: int) -> None:
    for number in range(count):
        folder(f"{number:02d}.txt", spacious(headline=f"Knee Pain Number {number} - Orthopedics"))


def test_pages_read_by_worker_processes_import_as_in_one_process(db, folder, monkeypatch):
    monkeypatch.setattr(importing, "PARALLEL_FROM", 1)
    monkeypatch.setattr(importing, "BATCH", 3)
    knee_pages(folder, 7)
    folder("broken.txt", "Not a page at all")

    out = io.StringIO()
    with pytest.raises(CommandError, match="1 of 8 pages failed"):
        call_command("import_archive", str(folder.path), workers=2, stdout=out)

    assert "Pages imported: 7" in out.getvalue() and "broken.txt, line 1" in out.getvalue()
    assert sorted(Question.objects.values_list("headline", flat=True)) == [
        f"Knee Pain Number {number}" for number in range(7)
    ]
    assert Reply.objects.count() == 7 and Doctor.objects.count() == 1


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the planner's statistics are PostgreSQL's"
)
def test_a_large_import_gives_the_planner_the_new_size_of_the_tables(db, folder, monkeypatch):
    monkeypatch.setattr(importing, "REBUILD_ABOVE", 1)
    knee_pages(folder, 3)

    run(folder.path)

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [Question._meta.db_table]
        )
        assert cursor.fetchone()[0] == 3
    assert Topic.objects.get(name__iexact="knee pain").question_count == 3


def derived_state() -> dict:
    """What is derived from the questions, stored on them and beside them."""
    return {
        "questions": list(
            Question.objects.order_by("pk").values_list(
                "pk", "first_reply", "topic_set__key", "search_vector"
            )
        ),
        "links": list(TaggedQuestion.objects.order_by("pk").values_list("pk", "answered_at")),
        "topics": list(Topic.objects.order_by("pk").values_list("pk", "question_count")),
        "pairs": set(TopicPair.objects.values_list("topic", "other", "count")),
        "similar": list(
            SimilarEntry.objects.order_by("topic_set__key", "rank").values_list(
                "topic_set__key", "question"
            )
        ),
    }


def test_a_large_import_writes_each_question_whole_as_a_rebuild_would(db, folder, monkeypatch):
    monkeypatch.setattr(importing, "REBUILD_ABOVE", 1)
    knee_pages(folder, 3)
    folder("more.txt", spacious(headline="Knee Pain Again - Orthopedics", related=()))
    folder("bad.txt", compact(headline="I'm sorry, but I need more information or content"))

    run(folder.path)
    imported = derived_state()
    derived.rebuild()

    assert derived_state() == imported
    assert all(first_reply and key for _, first_reply, key, _ in imported["questions"])
    assert sum(answered_at is not None for _, answered_at in imported["links"]) == 6
    assert imported["pairs"] and imported["similar"]


def test_a_dry_run_with_worker_processes_writes_nothing(db, folder, monkeypatch):
    monkeypatch.setattr(importing, "PARALLEL_FROM", 1)
    monkeypatch.setattr(importing, "BATCH", 3)
    knee_pages(folder, 7)

    out = io.StringIO()
    call_command("import_archive", str(folder.path), dry_run=True, workers=2, stdout=out)

    assert "Pages would be imported: 7" in out.getvalue() and "New doctors: 1" in out.getvalue()
    assert not Question.objects.exists() and not Doctor.objects.exists()


def refuse_pages(monkeypatch, refused) -> Callable:
    """Make the database refuse the pages whose headline `refused` accepts; returns the
    importer's own way of making a question."""
    make_question = importing.Importer._question

    def sometimes_refused(self, item, *args):
        question = make_question(self, item, *args)
        if refused(question.headline):
            question.answered_at = None  # an answered question without the date: refused
        return question

    monkeypatch.setattr(importing.Importer, "_question", sometimes_refused)
    return make_question


def test_a_page_the_database_refuses_fails_alone_and_leaves_nothing(db, folder, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 4)
    knee_pages(folder, 6)
    make_question = refuse_pages(monkeypatch, lambda headline: "Number 2" in headline)

    report = io.StringIO()
    with pytest.raises(CommandError, match="1 of 6 pages failed"):
        call_command("import_archive", str(folder.path), stdout=report)

    assert "02.txt: the database refused it" in report.getvalue()
    assert Question.objects.count() == 5 == ImportedPage.objects.count() == Reply.objects.count()
    assert not Question.objects.filter(headline__contains="Number 2").exists()
    monkeypatch.setattr(importing.Importer, "_question", make_question)
    assert "Pages imported: 1" in run(folder.path)


def test_a_dry_run_writes_nothing(db, folder):
    folder("knee.txt", spacious())

    report = run(folder.path, dry_run=True)

    assert "Pages would be imported: 1" in report and "New doctors: 1" in report
    assert not Question.objects.exists() and not Doctor.objects.exists()
    assert not Specialty.objects.exists() and not Topic.objects.exists()


def test_a_page_without_a_headline_is_kept_for_a_moderator(client, db, folder):
    folder("bad.txt", compact(headline="I'm sorry, but I need more information or content"))

    report = run(folder.path)

    question = Question.objects.get()
    assert question.status == Question.Status.HIDDEN and question.headline == ""
    assert question.specialty.name == "Otolaryngology"
    assert question.imported_page.review_reason == (
        'its first line is not a headline: "I\'m sorry, but I need more information or content"'
    )
    assert "kept for a moderator to review: 1" in report
    assert list(moderation.imported_for_review()) == [question]
    assert client.get(question.get_absolute_url()).status_code == 404


def test_a_headline_tail_that_names_no_specialty_of_the_page_makes_none(db, folder):
    folder("knee.txt", spacious(headline="Knee Pain After Running - Is It Serious"))

    run(folder.path)

    question = Question.objects.get()
    assert question.status == Question.Status.HIDDEN and question.headline == ""
    assert question.specialty.name == "Orthopedics"
    assert not Specialty.objects.filter(name="Is It Serious").exists()
    assert question.imported_page.review_reason == (
        "the specialty its first line ends with is named nowhere else: "
        '"Knee Pain After Running - Is It Serious"'
    )


def test_personal_data_keeps_a_page_off_the_site(db, folder):
    body = ("My ear rings. Call me on 0912-345-678 please.",)
    folder("phone.txt", compact(body=body))

    run(folder.path)

    question = Question.objects.get()
    assert question.status == Question.Status.HIDDEN
    assert "phone number" in question.imported_page.review_reason


def test_unhidden_by_a_moderator_it_is_published_as_answered(client, db, folder, moderator):
    folder("bad.txt", compact(headline="I'm sorry, but I need more information or content"))
    run(folder.path)
    question = Question.objects.get()
    question.headline = "Ringing in one ear at night"
    question.save()
    client.force_login(moderator)

    client.post(
        reverse("admin:qa_question_changelist"),
        {"action": "unhide", "_selected_action": [question.pk]},
    )

    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "line 1"),
        (b"\x00\x01\x02\xff\xfe binary", "not UTF-8"),
        ("Caf\xe9 headline - Neurology".encode("latin-1"), "not UTF-8"),
        ("x" * 5_000_000, "larger than"),
    ],
)
def test_bad_files_are_reported_and_import_nothing(db, folder, content, reason):
    folder("bad.txt", content)
    folder("good.txt", spacious())

    with pytest.raises(CommandError, match="1 of 2 pages failed"):
        run(folder.path)

    assert Question.objects.count() == 1


def test_a_page_cut_off_in_a_reply_imports_nothing_and_says_where(db, folder, capsys):
    text = spacious().split("Reply Date:")[0].rstrip()
    folder("cut.txt", text)
    out = io.StringIO()

    with pytest.raises(CommandError):
        call_command("import_archive", str(folder.path), stdout=out)

    assert not Question.objects.exists() and not Doctor.objects.exists()
    assert not Specialty.objects.exists()
    assert "cut.txt, line " in out.getvalue()


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Taipei"])
def test_dates_shown_are_the_files_whatever_the_time_zone(client, db, folder, settings, zone):
    settings.TIME_ZONE = zone
    folder("knee.txt", spacious())
    run(folder.path)

    page = client.get(Question.objects.get().get_absolute_url()).content.decode()

    assert shown_dates(page)[:2] == ["2019/03/14", "2019/03/15"]


def _zip(pages: dict[str, str]) -> io.BytesIO:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        for name, text in pages.items():
            archive.writestr(name, text)
    data.seek(0)
    data.name = "archive.zip"
    return data


def test_a_moderator_uploads_an_archive_and_reads_its_summary(
    client, moderator, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    archive = _zip(
        {
            "pages/knee.txt": spacious(),
            "pages/EAR.TXT": compact(),
            "notes.md": "x",
            "__MACOSX/pages/._knee.txt": "\x00\x05",
        }
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:qa_archiveupload_add"), {"file": archive})

    assert response.status_code == 302
    upload = ArchiveUpload.objects.get()
    assert upload.state == ArchiveUpload.State.DONE and upload.uploaded_by == moderator
    assert "Pages imported: 2" in upload.summary and bytes(upload.archive) == b""
    assert Question.objects.filter(status=Question.Status.ANSWERED).count() == 2
    page = client.get(reverse("admin:qa_archiveupload_change", args=[upload.pk]))
    assert "Pages imported: 2" in page.content.decode()
    assert Event.objects.for_object(upload).get().actor == moderator


def test_an_upload_that_is_not_a_zip_is_refused(client, moderator):
    client.force_login(moderator)
    not_zip = io.BytesIO(b"just text")
    not_zip.name = "pages.zip"

    response = client.post(reverse("admin:qa_archiveupload_add"), {"file": not_zip})

    assert "This is not a .zip archive." in response.content.decode()
    assert not ArchiveUpload.objects.exists()


def test_only_moderators_with_the_permission_upload(client, staff):
    client.force_login(staff)

    assert client.get(reverse("admin:qa_archiveupload_add")).status_code == 403


SEEDS = Path(os.environ.get("ARCHIVE_SEEDS", "/work/shared/seeds"))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the two saved pages of the seeds are not here")
def test_the_two_seed_pages_import(client, db):
    report = run(SEEDS)

    assert "Pages imported: 2" in report and "kept for a moderator to review: 1" in report
    public = Question.objects.get(status=Question.Status.ANSWERED)
    assert public.specialty.name == "Neurology" and public.replies.count() == 1
    assert public.topics.count() >= 9
    held = Question.objects.get(status=Question.Status.HIDDEN)
    assert held.headline == ""
    assert held.imported_page.review_reason.startswith('its first line is not a headline: "')
    assert Doctor.objects.filter(is_imported=True).count() == 2
    assert client.get(public.get_absolute_url()).status_code == 200


def test_an_empty_folder_is_said_to_be_one(db, tmp_path):
    with pytest.raises(CommandError, match="No pages found"):
        run(tmp_path)


def test_a_moderator_gives_a_page_without_a_headline_one(client, db, folder, moderator):
    folder("bad.txt", compact(headline="I'm sorry, but I need more information or content"))
    run(folder.path)
    question = Question.objects.get()
    client.force_login(moderator)
    url = reverse("admin:qa_question_change", args=[question.pk])
    form = question_admin_data(question, title="", headline="")

    refused = client.post(url, form)
    accepted = client.post(url, {**form, "headline": "Ringing in one ear at night"})

    assert "Write a headline" in refused.content.decode()
    assert accepted.status_code == 302
    question.refresh_from_db()
    assert question.headline == "Ringing in one ear at night" and question.title == ""


def test_a_page_without_a_headline_is_not_unhidden_until_it_has_one(db, folder, moderator):
    from forum.qa import lifecycle

    folder("bad.txt", compact(headline="I'm sorry, but I need more information or content"))
    run(folder.path)
    question = Question.objects.get()

    with pytest.raises(lifecycle.IllegalTransition, match="no headline"):
        lifecycle.unhide(question, moderator)

    question.headline = "Ringing in one ear at night"
    question.save()
    lifecycle.unhide(question, moderator)
    assert Question.objects.get().status == Question.Status.ANSWERED
    assert ImportedPage.objects.get().review_reason == ""
    assert not moderation.imported_for_review().exists()


def test_an_upload_larger_than_the_limit_is_refused(client, moderator, monkeypatch):
    monkeypatch.setattr("forum.qa.admin.archives.ZIP_BYTES_MAX", 100)
    client.force_login(moderator)
    archive = _zip({"pages/knee.txt": spacious()})

    response = client.post(reverse("admin:qa_archiveupload_add"), {"file": archive})

    assert "split the archive" in response.content.decode()
    assert not ArchiveUpload.objects.exists()


def give(client, doctor, login=None):
    """The moderator's "give to an account" action: its form, or the form sent."""
    form = {"action": "give_to_account", "_selected_action": [doctor.pk]}
    if login is not None:
        form |= {"apply": "1", "login": login}
    return client.post(reverse("admin:accounts_doctor_changelist"), form, follow=True)


def test_an_imported_doctor_is_given_to_the_account_they_signed_up_with(
    client, db, folder, moderator
):
    folder("knee.txt", spacious())
    run(folder.path)
    imported = Doctor.objects.get()
    placeholder = imported.user
    real = make_user("chen.weiming", email="chen.weiming@example.org")
    client.force_login(moderator)

    assert "Email address or username" in give(client, imported).content.decode()
    done = give(client, imported, "Chen.Weiming@example.org").content.decode()

    imported.refresh_from_db()
    assert imported.user == real and "now belongs to the account chen.weiming" in done
    assert not type(placeholder).objects.filter(pk=placeholder.pk).exists()
    assert imported.replies.count() == 1 and imported.is_shown
    event = Event.objects.get(action=Event.Action.LINK)
    assert (event.actor, event.target) == (moderator, imported)
    assert not imported.can_answer  # until a moderator verifies them
    client.post(
        reverse("admin:accounts_doctor_changelist"),
        {"action": "verify", "_selected_action": [imported.pk]},
    )
    imported.refresh_from_db()
    assert imported.can_answer
    client.force_login(real)
    assert client.get(reverse("dashboard:queue")).status_code == 200


@pytest.mark.parametrize(
    ("login", "reason"),
    [
        ("nobody@example.org", "No active account has the email address"),
        ("lan-shengxing", "already has a doctor&#x27;s profile: Dr. Lan Shengxing"),
        ("molly", "Another moderator gives a profile to your account"),
        ("sleeping", "No active account"),
    ],
)
def test_a_doctor_is_given_to_no_account_it_should_not_go_to(
    client, db, folder, moderator, login, reason
):
    folder("knee.txt", spacious())
    run(folder.path)
    imported = Doctor.objects.get()
    placeholder = imported.user
    make_doctor("Lan Shengxing", specialties=[make_specialty("Neurology")])
    make_user("sleeping", is_active=False)
    client.force_login(moderator)

    page = give(client, imported, login).content.decode()

    assert reason in page
    imported.refresh_from_db()
    assert imported.user == placeholder
    assert not Event.objects.filter(action=Event.Action.LINK).exists()


def test_a_doctor_given_once_is_not_given_again_and_answers_only_once_verified(
    client, db, folder, moderator
):
    folder("knee.txt", spacious())
    run(folder.path)
    imported = Doctor.objects.get()
    Doctor.objects.filter(pk=imported.pk).update(is_verified=True)
    first = make_user("first", email="first@example.org")
    make_user("second", email="second@example.org")
    client.force_login(moderator)

    give(client, imported, "first")
    again = give(client, imported, "second").content.decode()

    imported.refresh_from_db()
    assert imported.user == first and not imported.is_verified
    assert "not yet given to an account" in again
    event = Event.objects.get(action=Event.Action.LINK)
    assert (event.from_state, event.to_state) == ("verified", "unverified")


def test_only_one_imported_doctor_at_a_time_is_given_to_an_account(client, db, moderator):
    verified = make_doctor("Lan Shengxing", specialties=[make_specialty("Neurology")])
    client.force_login(moderator)

    page = give(client, verified).content.decode()

    assert "Choose one doctor imported from an archive and not yet given" in page


def test_a_second_copy_of_a_refused_page_in_the_same_batch_is_not_called_present(
    db, folder, monkeypatch
):
    monkeypatch.setattr(importing, "BATCH", 4)
    folder("a-first.txt", spacious())
    folder("b-copy.txt", spacious())
    folder("c-other.txt", spacious(headline="Knee Pain Number 9 - Orthopedics"))
    refuse_pages(monkeypatch, lambda headline: headline == "Knee Pain After Running")

    report = io.StringIO()
    with pytest.raises(CommandError, match="2 of 3 pages failed"):
        call_command("import_archive", str(folder.path), stdout=report)

    assert "a-first.txt: the database refused it" in report.getvalue()
    assert "b-copy.txt: the database refused it" in report.getvalue()
    assert "Already present: 0" in report.getvalue()
    assert Question.objects.count() == 1


def test_a_second_copy_in_the_same_batch_is_present_once_the_first_is_in(db, folder, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 4)
    folder("a-first.txt", spacious())
    folder("b-copy.txt", spacious())

    report = run(folder.path)

    assert "Pages imported: 1" in report and "Already present: 1" in report
    assert Question.objects.count() == 1 == ImportedPage.objects.count()

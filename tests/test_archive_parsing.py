import dataclasses
import datetime
import os
import pickle
from pathlib import Path

import pytest

from forum.qa.archive.parsing import ArchiveError, ArchivePage, ArchiveReply, parse_page
from forum.qa.archive.preparing import fingerprint

PAGES = Path(__file__).parent / "data" / "archive"
SEEDS = Path(os.environ.get("ARCHIVE_SEEDS", "/work/shared/seeds"))

SMALL_PAGE = """\
Sore Throat for Two Weeks - Family Medicine
My throat has been sore for two weeks and swallowing hurts most in the morning.
Ines, 30~39 year old female. Ask Date: 2024/05/06
Dr. Mwangi Peter reply Family Medicine
Hello, a sore throat lasting two weeks should be examined, especially with a fever.
Reply Date: 2024/05/07
More Info
A sore throat that lasts more than ten days is worth a visit to your doctor.
"""

# SMALL_PAGE's fingerprint, as every version of the importer has recorded it.
FINGERPRINT = "09490e2fd3d0f801983cd5857cc3b7d236a7692bc24a1734db9d804ab6ed5e13"


def read(path: Path) -> str:
    """A file as the importer decodes it: its BOM and line endings left as they are."""
    return path.read_bytes().decode("utf-8", errors="replace")


def page(name: str) -> ArchivePage:
    return parse_page(read(PAGES / name))


def error(text: str) -> ArchiveError:
    with pytest.raises(ArchiveError) as caught:
        parse_page(text)
    return caught.value


def seed(number: str) -> tuple[list[str], ArchivePage]:
    """A real saved page's lines, and the page as read."""
    if not SEEDS.is_dir():
        pytest.skip(f"no seed pages in {SEEDS}; set ARCHIVE_SEEDS to their folder")
    found = sorted(SEEDS.glob(f"{number}_*.txt"))
    if not found:
        pytest.skip(f"no seed page {number}_*.txt in {SEEDS}")
    text = read(found[0])
    return text.splitlines(), parse_page(text)


def between(lines: list[str], after: str, before: str | None = None) -> list[str]:
    """The non-blank lines after the line `after`, up to the line `before`."""
    start = lines.index(after) + 1
    end = lines.index(before) if before else len(lines)
    return [line for line in lines[start:end] if line.strip()]


def test_seed_000_in_the_spacious_layout_reads_whole():
    lines, page = seed("000")
    text = [line for line in lines if line.strip()]
    asker_line = next(line for line in lines if "Ask Date:" in line)
    asker_index = text.index(asker_line)
    headers = [line for line in between(lines, asker_line, "More Info") if line.startswith("Dr.")]

    assert text[0].endswith(" - Neurology")
    assert page.headline == text[0].removesuffix(" - Neurology")
    assert page.specialty == "Neurology"
    assert text[1] == "Share to:"
    assert page.title == text[2]
    assert page.body == "\n\n".join(text[3:asker_index])
    assert page.asker_name == asker_line.split(",")[0]
    assert (page.age_range, page.gender) == ("20~29", "female")
    assert page.ask_date == datetime.date(2016, 9, 5)

    assert len(page.replies) == len(headers) == 1
    reply = page.replies[0]
    assert reply.doctor == headers[0].removeprefix("Dr. ").split(" reply ")[0]
    assert reply.specialty == "Neurology"
    assert reply.date == datetime.date(2016, 9, 5)
    assert reply.body.startswith(between(lines, headers[0])[0])


def test_seed_000_keeps_more_info_and_related_faq_but_not_similar_qa():
    lines, page = seed("000")
    more_info = between(lines, "More Info", "Similar Q&A")
    names = [line for line in between(lines, "Related FAQ") if not line.startswith("(")]

    assert page.more_info == "\n\n".join(more_info)
    assert "Similar Q&A" not in page.more_info
    assert "[Read More]" not in page.more_info
    assert len(names) == 10
    assert page.related == tuple((name, "Neurology") for name in names)
    assert page.related[-1][0] == names[-1]


def test_seed_004_has_no_headline_and_takes_the_specialty_of_its_reply():
    lines, page = seed("004")
    asker_line = next(line for line in lines if "Ask Date:" in line)
    header = lines[lines.index(asker_line) + 1]

    assert " - " not in lines[0]
    assert (page.headline, page.title) == ("", "")
    assert page.specialty == "Neurology"
    assert page.body.startswith(lines[1])
    assert lines[0] not in page.body
    assert page.asker_name == asker_line.split(",")[0]
    assert (page.age_range, page.gender) == ("40~49", "female")
    assert page.ask_date == datetime.date(2007, 8, 27)

    assert len(page.replies) == 1
    reply = page.replies[0]
    assert reply.doctor == header.removeprefix("Dr. ").split(" reply ")[0]
    assert reply.specialty == "Neurology"
    assert reply.date == datetime.date(2007, 8, 27)
    assert reply.body.startswith(lines[lines.index(header) + 1])


def test_seed_004_skips_similar_qa_and_the_related_entry_without_a_name():
    lines, page = seed("004")
    similar = between(lines, "Similar Q&A", "Related FAQ")
    related = between(lines, "Related FAQ")
    names = [line.split("(")[0] for line in related if not line.startswith("(")]

    assert any(line.startswith("Dr.") for line in similar)
    assert page.more_info
    assert "Similar Q&A" not in page.more_info
    assert "[Read More]" not in page.more_info
    assert "(Neurology)" in related
    assert len(names) == 9
    assert page.related == tuple((name, "Neurology") for name in names)


def test_a_spacious_page_reads_into_every_part():
    parsed = page("spacious_dermatology.txt")

    assert parsed.more_info.startswith("Allergic contact dermatitis from plants is one of")
    assert dataclasses.replace(parsed, more_info="") == ArchivePage(
        headline="Itchy Red Bumps on the Forearms After Gardening",
        specialty="Dermatology",
        title="Red bumps on both arms",
        body=(
            "Good evening, doctor. Last weekend I spent two afternoons pulling weeds along our "
            "fence without gloves.\n\n"
            "Since Tuesday both forearms have small red bumps in streaks, and some of them have "
            "turned into blisters.\n\n"
            "The itching is worst at night and antihistamine tablets only take the edge off.\n\n"
            "Should I be worried that it is spreading to my neck?"
        ),
        asker_name="Mei Tanaka",
        age_range="30~39",
        gender="female",
        ask_date=datetime.date(2019, 6, 14),
        replies=(
            ArchiveReply(
                doctor="Huang Weiming",
                specialty="Dermatology",
                body=(
                    "Hello, streaks of blisters after weeding are typical of an allergic contact "
                    "dermatitis from plant sap.\n\n"
                    "It is not contagious, but the sap on clothes and tools can keep causing new "
                    "patches, so wash them well."
                ),
                date=datetime.date(2019, 6, 15),
            ),
            ArchiveReply(
                doctor="Osei Kwame",
                specialty="Dermatology",
                body=(
                    "I agree with my colleague and would add a few practical points.\n\n"
                    "Dr. Google is not a substitute for an examination, so please bring photos of "
                    "the rash on its worst days.\n\n"
                    "A short course of a prescription steroid cream usually settles this within "
                    "two weeks."
                ),
                date=datetime.date(2019, 6, 18),
            ),
        ),
        more_info="",
        related=(
            ("Contact Dermatitis", "Dermatology"),
            ("Poison Ivy", "Dermatology"),
            ("Hives", "Dermatology"),
            ("Plant Allergies", "Dermatology"),
        ),
    )


def test_more_info_keeps_each_line_as_a_paragraph_numbered_lists_included():
    more_info = page("spacious_dermatology.txt").more_info.split("\n\n")

    assert more_info[0].startswith("Allergic contact dermatitis from plants")
    assert more_info[2:6] == [
        "What you can do at home:",
        "1. Wash the skin with soap and cool water as soon as possible after gardening.",
        "2. Wash gloves, clothes and tool handles, because the sap stays active on them for "
        "months.",
        "3. Use cool compresses and keep the fingernails short to avoid breaking the blisters.",
    ]
    assert more_info[-1].endswith("such as pus or fever.")


def test_a_compact_page_with_three_replies_keeps_each_doctor_and_date():
    page_ = page("compact_obstetrics.txt")

    assert page_.headline == "Spotting Between Periods While Taking the Pill"
    assert page_.specialty == "Obstetrics and Gynecology"
    assert page_.title == "Light bleeding mid-cycle"
    assert page_.body.startswith("I started a combined birth control pill")
    assert [(reply.doctor, reply.specialty, reply.date) for reply in page_.replies] == [
        ("Chen Yiling", "Obstetrics and Gynecology", datetime.date(2021, 2, 3)),
        ("Farida Haddad", "Obstetrics and Gynecology", datetime.date(2021, 2, 5)),
        ("Moreno Lucia", "Obstetrics and Gynecology", datetime.date(2021, 2, 9)),
    ]
    assert page_.more_info.count("\n\n") == 6
    assert page_.more_info.endswith("other conditions can cause it too.")


def test_a_line_starting_with_dr_inside_a_reply_is_part_of_the_reply():
    replies = page("compact_obstetrics.txt").replies

    assert replies[1].body.startswith("Dr. Chen's advice above is sound;")
    assert page("spacious_dermatology.txt").replies[1].body.count("Dr. Google") == 1


def test_similar_qa_is_skipped_and_its_doctors_are_not_read_as_replies():
    for name in ("spacious_dermatology.txt", "compact_obstetrics.txt"):
        page_ = page(name)
        everything = " ".join([page_.more_info, *(reply.body for reply in page_.replies)])

        assert "[Read More]" not in everything
        assert "Similar Q&A" not in everything
        assert "Patel Anjali" not in [reply.doctor for reply in page_.replies]


def test_related_names_differing_only_in_case_are_kept_once_as_first_spelled():
    assert [name for name, _ in page("spacious_dermatology.txt").related] == [
        "Contact Dermatitis",
        "Poison Ivy",
        "Hives",
        "Plant Allergies",
    ]
    assert [name for name, _ in page("compact_obstetrics.txt").related] == [
        "Birth Control Pills",
        "Menstrual Cycle",
        "Breakthrough Bleeding",
        "Thyroid Function",
    ]


def test_a_related_entry_keeps_its_own_specialty_and_one_cut_off_takes_the_pages():
    assert page("compact_obstetrics.txt").related[-1] == ("Thyroid Function", "Endocrinology")
    assert page("spacious_cardiology_no_similar.txt").related[-1] == (
        "Caffeine",
        "Family Medicine",
    )
    assert page("spacious_dermatology.txt").related[-1] == ("Plant Allergies", "Dermatology")


def test_a_compact_related_entry_without_a_name_is_skipped():
    related = page("compact_obstetrics.txt").related

    assert related[0] == ("Birth Control Pills", "Obstetrics and Gynecology")
    assert all(name for name, _ in related)
    assert page("compact_no_headline.txt").related == (
        ("Eustachian Tube Dysfunction", "Ear, Nose and Throat"),
        ("Hearing Loss", "Ear, Nose and Throat"),
        ("Middle Ear Fluid", "Ear, Nose and Throat"),
    )


def test_a_first_line_that_is_not_a_headline_is_kept_apart_from_the_question():
    page_ = page("compact_no_headline.txt")

    assert page_.headline == ""
    assert page_.first_line.startswith("Apologies, there is not enough text here")
    assert page_.specialty == "Ear, Nose and Throat"
    assert page_.title == ""
    assert page_.body.startswith("For about six weeks my right ear has felt blocked")
    assert "headline" not in page_.body


def test_an_asker_who_gave_no_gender_is_undisclosed():
    page_ = page("compact_no_headline.txt")

    assert (page_.asker_name, page_.age_range, page_.gender) == ("Okafor", "50~59", "undisclosed")
    assert page_.ask_date == datetime.date(2014, 11, 20)


def test_a_page_without_more_info_goes_from_its_reply_to_similar_qa():
    page_ = page("compact_no_headline.txt")

    assert page_.more_info == ""
    assert len(page_.replies) == 1
    assert page_.replies[0].body.endswith("a hearing test done.")
    assert len(page_.related) == 3


def test_a_page_without_similar_qa_goes_from_more_info_to_related_faq():
    page_ = page("spacious_cardiology_no_similar.txt")

    assert page_.more_info.endswith("fainting or near-fainting.")
    assert page_.related == (
        ("Palpitations", "Cardiology"),
        ("Atrial Fibrillation", "Cardiology"),
        ("Caffeine", "Family Medicine"),
    )


def test_a_page_without_related_faq_has_none():
    page_ = page("compact_ophthalmology_no_related.txt")

    assert page_.related == ()
    assert page_.more_info.endswith("if it is not treated quickly.")


def test_a_page_with_only_a_question_and_a_reply_reads_whole():
    page_ = page("compact_pediatrics_minimal.txt")

    assert (page_.headline, page_.specialty) == (
        "Toddler With a Barking Cough at Night",
        "Pediatrics",
    )
    assert (page_.asker_name, page_.age_range, page_.gender) == ("Nguyen", "0~9", "male")
    assert page_.replies[0].doctor == "Sørensen Ida"
    assert page_.replies[0].body.endswith("when breathing in at rest.")
    assert (page_.more_info, page_.related) == ("", ())


def test_a_first_line_ending_like_a_sentence_is_question_text_not_a_title():
    for name, first_line in [
        ("spacious_psychiatry_question_first.txt", "Is it normal to forget names at my age?"),
        ("compact_ophthalmology_no_related.txt", "Is it dangerous to see flashes of light"),
        ("spacious_cardiology_no_similar.txt", "Every morning about half an hour after"),
    ]:
        page_ = page(name)

        assert page_.title == ""
        assert page_.body.startswith(first_line)


def test_an_asker_over_eighty_and_two_replies_on_different_days():
    page_ = page("spacious_psychiatry_question_first.txt")

    assert (page_.asker_name, page_.age_range, page_.gender) == ("Hilde", "80+", "female")
    assert [(reply.doctor, reply.date) for reply in page_.replies] == [
        ("Achterberg Pieter", datetime.date(2015, 4, 18)),
        ("Wong Kar-mun", datetime.date(2015, 4, 22)),
    ]
    assert page_.related == (("Memory Loss", "Neurology"), ("Dementia", "Psychiatry"))


def test_a_page_with_a_bom_crlf_and_extra_spaces_reads_like_its_compact_twin():
    raw = (PAGES / "spacious_urology_crlf_bom.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    assert b"Tomasz ,  70~79  year old  male." in raw

    spacious = page("spacious_urology_crlf_bom.txt")

    assert spacious == page("compact_urology.txt")
    assert spacious.headline == "Waking Up Three Times a Night to Urinate"
    assert spacious.title == "Getting up at night"
    assert (spacious.asker_name, spacious.age_range, spacious.gender) == ("Tomasz", "70~79", "male")
    assert spacious.replies[0].doctor == "Eriksen Maja"
    assert "\r" not in spacious.body + spacious.more_info


@pytest.mark.parametrize(
    ("first_line", "headline"),
    [
        ("Sore Throat for Two Weeks - Family Medicine", "Sore Throat for Two Weeks"),
        ("Ear Pain - Why Now - Family Medicine", "Ear Pain - Why Now"),
        ("Nothing here could be summarised into a headline", ""),
        ("Sore throat - what should I do?", ""),
    ],
)
def test_only_a_first_line_ending_in_a_specialty_is_a_headline(first_line, headline):
    text = SMALL_PAGE.replace("Sore Throat for Two Weeks - Family Medicine", first_line)

    page_ = parse_page(text)

    assert page_.headline == headline
    assert page_.specialty == "Family Medicine"
    assert page_.body.startswith("My throat has been sore")


@pytest.mark.parametrize(
    "first_line", ["Knee Pain When Running - Is It Serious", "Sore Throat - Please Help Me"]
)
def test_a_tail_naming_no_specialty_the_page_names_is_not_taken_for_one(first_line):
    text = SMALL_PAGE.replace("Sore Throat for Two Weeks - Family Medicine", first_line)

    page_ = parse_page(text)

    assert (page_.headline, page_.first_line) == ("", first_line)
    assert page_.specialty == "Family Medicine"


def test_a_headline_naming_a_specialty_only_a_related_entry_names_is_one():
    text = SMALL_PAGE.replace("Family Medicine\nMy throat", "Otolaryngology\nMy throat")
    text += "Related FAQ\nChronic Sore Throat(Otolaryngology)\n"

    page_ = parse_page(text)

    assert (page_.headline, page_.specialty) == ("Sore Throat for Two Weeks", "Otolaryngology")
    assert page_.related == (("Chronic Sore Throat", "Otolaryngology"),)
    assert page_.first_line == ""


def test_a_page_whose_replies_name_no_specialty_takes_its_related_faqs():
    text = SMALL_PAGE.replace("reply Family Medicine", "reply")
    text += "Related FAQ\nChronic Sore Throat(Otolaryngology)\n"

    page_ = parse_page(text)

    assert (page_.headline, page_.specialty) == ("", "Otolaryngology")
    assert page_.first_line == "Sore Throat for Two Weeks - Family Medicine"
    assert page_.replies[0].specialty == "Otolaryngology"


def test_the_fingerprint_of_a_page_stays_what_it_was():
    # Pages imported before are found by it: a new field of ArchivePage must leave it alone.
    assert fingerprint(parse_page(SMALL_PAGE)) == FINGERPRINT
    apologies = [
        SMALL_PAGE.replace("Sore Throat for Two Weeks - Family Medicine", line)
        for line in ("Sorry, no headline could be written", "Not enough text for a headline")
    ]
    first, second = (parse_page(text) for text in apologies)
    assert first.first_line != second.first_line
    assert fingerprint(first) == fingerprint(second)


def test_a_headline_is_trusted_when_nothing_else_on_the_page_names_a_specialty():
    text = SMALL_PAGE.replace("reply Family Medicine", "reply")

    page_ = parse_page(text)

    assert (page_.headline, page_.specialty) == ("Sore Throat for Two Weeks", "Family Medicine")


def test_a_short_first_line_without_punctuation_is_the_compact_title():
    titled = SMALL_PAGE.replace("My throat", "Sore throat\nMy throat")
    greeting = SMALL_PAGE.replace("My throat", "Hello doctor,\nMy throat")

    assert parse_page(titled).title == "Sore throat"
    assert parse_page(titled).body.startswith("My throat")
    assert parse_page(greeting).title == ""
    assert parse_page(greeting).body.startswith("Hello doctor,\n\nMy throat")
    assert parse_page(SMALL_PAGE).title == ""


def test_a_reply_header_without_a_specialty_takes_the_pages():
    text = SMALL_PAGE.replace("reply Family Medicine", "reply")

    assert parse_page(text).replies[0].specialty == "Family Medicine"


def test_a_page_naming_no_specialty_anywhere_is_refused():
    text = SMALL_PAGE.replace("Sore Throat for Two Weeks - Family Medicine", "No headline here")
    text = text.replace("reply Family Medicine", "reply")

    problem = error(text)

    assert problem.line == 1
    assert "no specialty" in problem.reason


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "\ufeff\r\n"])
def test_an_empty_page_is_refused(text):
    assert error(text).line == 1
    assert "empty" in error(text).reason


def test_an_empty_file_is_refused():
    assert str(error(read(PAGES / "error_empty.txt"))) == "line 1: the page is empty"


def test_a_page_cut_off_in_the_middle_of_a_reply_names_the_replys_line():
    lines = read(PAGES / "error_cut_off_reply.txt").splitlines()
    last_header = max(number for number, line in enumerate(lines, 1) if line.startswith("Dr. "))

    problem = error(read(PAGES / "error_cut_off_reply.txt"))

    assert problem.line == last_header
    assert "no Reply Date" in problem.reason
    assert f"line {len(lines)}" in problem.reason


def test_a_date_that_is_not_in_the_calendar_is_refused():
    problem = error(read(PAGES / "error_bad_ask_date.txt"))

    assert problem.line == 4
    assert '"2020/02/30"' in problem.reason


def test_binary_junk_is_refused():
    problem = error(read(PAGES / "error_binary_junk.txt"))

    assert problem.line == 3
    assert "binary" in problem.reason


@pytest.mark.parametrize(
    ("old", "new", "line", "reason"),
    [
        ("Ines, 30~39 year old female. Ask Date: 2024/05/06\n", "", 5, "asker's line"),
        (
            "My throat has been sore for two weeks and swallowing hurts most in the morning.\n",
            "",
            2,
            "no question text",
        ),
        ("30~39 year old", "thirty-something year old", 3, "cannot read the asker's age"),
        ("30~39 year old", "35 year old", 3, 'age "35"'),
        ("year old female.", "year old person.", 3, 'gender "person"'),
        ("Ask Date: 2024/05/06", "Ask Date: 2016/13/45", 3, "not a date in the calendar"),
        ("Ask Date: 2024/05/06", "Ask Date: early May", 3, 'cannot read the ask date "early May"'),
        ("Reply Date: 2024/05/07", "Reply Date: 07.05.2024", 6, "cannot read the reply date"),
        (
            "Hello, a sore throat lasting two weeks should be examined, especially with a fever.\n",
            "",
            4,
            "the reply has no text",
        ),
        ("Reply Date: 2024/05/07\n", "", 4, "no Reply Date before line 6"),
        (
            "Reply Date: 2024/05/07\n",
            "Dr. Keller Jonas reply Family Medicine\nRest your voice.\nReply Date: 2024/05/08\n",
            4,
            "no Reply Date before line 6",
        ),
        (
            "Reply Date: 2024/05/07\n",
            "Dr. Keller Jonas reply\nRest your voice.\nReply Date: 2024/05/08\n",
            4,
            "no Reply Date before line 6",
        ),
        (
            "Reply Date: 2024/05/07\n",
            "Reply Date: 2024/05/07\nThank you, doctor!\n",
            7,
            "must be followed by another reply",
        ),
        ("Hello, a sore", "Hel\0lo, a sore", 5, "binary"),
    ],
)
def test_a_page_that_cannot_be_read_whole_says_which_line_and_why(old, new, line, reason):
    problem = error(SMALL_PAGE.replace(old, new))

    assert (problem.line, reason in problem.reason) == (line, True), problem


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (SMALL_PAGE.split("Dr. Mwangi")[0], 3),
        (SMALL_PAGE.replace("Dr. Mwangi Peter reply Family Medicine\n", ""), 4),
    ],
)
def test_a_page_without_a_reply_is_refused(text, line):
    problem = error(text)

    assert problem.line == line
    assert "reply" in problem.reason


def test_an_absurdly_long_page_is_refused_before_it_is_read():
    problem = error(SMALL_PAGE + "x" * 1_000_000)

    assert problem.line == 1
    assert "too long" in problem.reason


def test_an_archive_error_says_where_and_why_and_survives_pickling():
    problem = error(read(PAGES / "error_bad_ask_date.txt"))
    copy = pickle.loads(pickle.dumps(problem))

    assert isinstance(problem, ValueError)
    assert str(problem) == f"line {problem.line}: {problem.reason}"
    assert (copy.line, copy.reason, str(copy)) == (problem.line, problem.reason, str(problem))

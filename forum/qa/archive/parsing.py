"""One saved page of another Q&A site, read into its parts.

A page is plain text, one part after another:

    Headline - Specialty
    Share to:
    Asker's title                                      (optional)
    Question text, one paragraph a line
    Mei Tanaka, 30~39 year old female. Ask Date: 2019/06/14
    Dr. Name reply Specialty                           (one or more replies:
    Reply text, one paragraph a line                    header, text, date)
    Reply Date: 2019/06/15
    More Info                                          (optional, up to the next part)
    Similar Q&A                                        (optional, skipped)
    Related FAQ                                        (optional, to the end)
    Topic name(Specialty)

It comes in two layouts. The spacious one puts blank lines between parts, has the
"Share to:" line, and gives each Related FAQ entry two lines: the name, then
"(Specialty)". The compact one has no blank lines and gives an entry one line. Both
read into the same ArchivePage, so a page says the same whatever its layout.

Some first lines are not a headline but an apology left by whatever wrote the
headlines, for want of text to summarise: such a line is kept apart (`first_line`), for
a moderator to see, and the page's specialty is the first reply's. So is a line whose
" - Tail" names a specialty that nothing else on the page names, when the page names
others ("Knee Pain - Is It Serious"): the tail is not taken for a new specialty.

The page is read in one pass over its lines. Patterns are compiled once and cannot
backtrack badly, since the importer reads hundreds of pages a second.
"""

import datetime
import re
from dataclasses import dataclass

MAX_PAGE_CHARS = 1_000_000

AGE_RANGES = frozenset(
    ["0~9", "10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"]
)

# A title is a short line; anything longer is the question itself.
MAX_TITLE_CHARS = 120

# A line ending like a sentence (or part of one, as "Hello doctor,") is question text.
SENTENCE_ENDINGS = (".", "?", "!", ":", ";", ",")

# Capitalised words, joined by spaces, commas and a few small words:
# "Neurology", "Obstetrics and Gynecology", "Ear, Nose and Throat".
_WORD = r"[A-Z][A-Za-z'\u2019/-]*"
_SPECIALTY = re.compile(rf"{_WORD}(?:,? (?:(?:and|of|the|for|in|&) )*{_WORD})*")
MAX_SPECIALTY_CHARS = 60

# A doctor's name as a reply header gives it: up to five capitalised words.
_DOCTOR_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,4}")

_ASK_DATE = re.compile(r"\bAsk\s*Date\s*:")
_REPLY_DATE = re.compile(r"Reply\s*Date\s*:")
_REPLY_HEADER = re.compile(r"Dr(?:\. ?| )(?P<doctor>[^ ].*?) reply(?: (?P<specialty>.*))?")
# Applied to the asker's line after its spaces are made single.
_AGE_AND_GENDER = re.compile(r"(?P<age>[^A-Za-z]+?) ?years? old(?: (?P<gender>[A-Za-z]+))? ?\.?")
_DATE = re.compile(r"(\d{4}) ?[/-] ?(\d{1,2}) ?[/-] ?(\d{1,2})")

MORE_INFO = "More Info"
SIMILAR = "Similar Q&A"
RELATED = "Related FAQ"
_SECTIONS = {name.casefold(): name for name in (MORE_INFO, SIMILAR, RELATED)}
_LONGEST_SECTION_LINE = 20

SHARE_LINE = "share to:"

MAX_QUOTED_CHARS = 60

# What the pass over the lines is reading.
_QUESTION = "question"
_AFTER_ASKER = "after asker"
_REPLY = "reply"
_AFTER_REPLY = "after reply"


class ArchiveError(ValueError):
    """A page that cannot be read whole: where (1-based line number) and why."""

    def __init__(self, line: int, reason: str):
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason

    def __reduce__(self):
        return (type(self), (self.line, self.reason))


@dataclass(frozen=True)
class ArchiveReply:
    """A doctor's reply; its specialty is the page's when the header names none."""

    doctor: str
    specialty: str
    body: str
    date: datetime.date


@dataclass(frozen=True)
class ArchivePage:
    """Everything a page says that we import. Text is paragraphs joined by blank lines."""

    headline: str
    specialty: str
    title: str
    body: str
    asker_name: str
    age_range: str
    gender: str
    ask_date: datetime.date
    replies: tuple[ArchiveReply, ...]
    more_info: str
    related: tuple[tuple[str, str], ...]
    # The first line, when it was not read as the headline; "" when it was.
    first_line: str = ""


@dataclass
class _OpenReply:
    line: int
    doctor: str
    specialty: str
    paragraphs: list[str]


def parse_page(text: str) -> ArchivePage:
    """Read a saved page, or raise ArchiveError saying which line is wrong and why."""
    lines = _split_lines(text)
    start = _first_text_line(lines)
    first_line = start + 1
    headline, specialty, first_text = "", "", ""
    if not _ASK_DATE.search(lines[start]):
        first_text = _single_spaced(lines[start])
        headline, specialty = _read_headline(lines[start])
        start += 1

    state = _QUESTION
    question: list[str] = []  # "" marks a blank line, which ends a block
    asker_line = 0
    asker: tuple[str, str, str, datetime.date] | None = None
    replies: list[ArchiveReply] = []
    reply: _OpenReply | None = None
    more_info: list[str] = []
    related: list[str] = []

    for number, raw in enumerate(lines[start:], start + 1):
        line = raw.strip()
        if state == _QUESTION:
            if _ASK_DATE.search(line):
                asker_line, asker = number, _read_asker(number, line)
                state = _AFTER_ASKER
            elif not any(question) and _single_spaced(line).casefold() == SHARE_LINE:
                continue
            elif _section(line) or _REPLY_DATE.match(line):
                raise ArchiveError(
                    number,
                    f"{quoted(line)} comes before the asker's line "
                    '("Name, 20~29 year old female. Ask Date: YYYY/MM/DD"), which is missing',
                )
            else:
                question.append(line)
        elif state == _REPLY:
            assert reply is not None
            if reply_date := _REPLY_DATE.match(line):
                replies.append(_close_reply(reply, number, line[reply_date.end() :]))
                reply, state = None, _AFTER_REPLY
            elif _section(line) or _is_next_reply_header(line):
                raise ArchiveError(
                    reply.line,
                    f"the reply has no Reply Date before line {number}; "
                    "the page may have been cut off",
                )
            elif line:
                reply.paragraphs.append(line)
        elif state in (_AFTER_ASKER, _AFTER_REPLY):
            if not line:
                continue
            header = _read_reply_header(line)
            if header:
                reply = _OpenReply(number, *header, paragraphs=[])
                state = _REPLY
            elif state == _AFTER_ASKER:
                raise ArchiveError(
                    number,
                    'no reply: the asker\'s line must be followed by "Dr. Name reply Specialty"',
                )
            elif section := _section(line):
                state = section
            else:
                raise ArchiveError(
                    number,
                    "a Reply Date must be followed by another reply, "
                    f'"{MORE_INFO}", "{SIMILAR}", "{RELATED}" or the end of the page',
                )
        elif state == MORE_INFO:
            section = _section(line)
            if section in (SIMILAR, RELATED):
                state = section
            elif line:
                more_info.append(line)
        elif state == SIMILAR:
            if _section(line) == RELATED:
                state = RELATED
        else:
            related.append(line)

    last_line = _last_text_line(lines)
    if state == _QUESTION:
        raise ArchiveError(
            last_line,
            'the page has no asker\'s line ("Name, 20~29 year old female. Ask Date: YYYY/MM/DD")',
        )
    if state == _AFTER_ASKER:
        raise ArchiveError(last_line, "the page ends without a reply")
    if state == _REPLY:
        assert reply is not None
        raise ArchiveError(
            reply.line,
            f"the reply has no Reply Date before the page ends on line {last_line}; "
            "the page seems to have been cut off",
        )

    assert asker is not None
    title, body = _split_title(question)
    if not body:
        raise ArchiveError(asker_line, "there is no question text before the asker's line")

    entries = _read_related(related)
    named = [reply.specialty for reply in replies] + [entry[1] for entry in entries]
    named = [name for name in named if name]
    if named and specialty.casefold() not in {name.casefold() for name in named}:
        # Whatever the tail after " - " is, the page does not confirm it as a specialty:
        # the page takes the first it names, and waits for a moderator.
        headline, specialty = "", named[0]
    specialty = specialty or (named[0] if named else "")
    if not specialty:
        raise ArchiveError(
            first_line,
            'no specialty: the first line is not "Headline - Specialty" '
            "and no reply or Related FAQ entry names one",
        )
    asker_name, age_range, gender, ask_date = asker
    return ArchivePage(
        headline=headline,
        specialty=specialty,
        title=title,
        body=body,
        asker_name=asker_name,
        age_range=age_range,
        gender=gender,
        ask_date=ask_date,
        replies=tuple(_with_specialty(reply, specialty) for reply in replies),
        more_info="\n\n".join(more_info),
        related=tuple((name, entry_specialty or specialty) for name, entry_specialty in entries),
        first_line="" if headline else first_text,
    )


def _split_lines(text: str) -> list[str]:
    """The page's lines, after the checks that need the text whole."""
    if len(text) > MAX_PAGE_CHARS:
        raise ArchiveError(
            1, f"the page is too long: {len(text):,} characters, at most {MAX_PAGE_CHARS:,}"
        )
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ArchiveError(1, "the page is empty")
    # Not str.splitlines(): it also breaks at form feeds and other rare separators,
    # and line numbers in errors must match what an editor shows.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    nul = text.find("\0")
    if nul >= 0:
        raise ArchiveError(
            text.count("\n", 0, nul) + 1, "the file looks binary: it holds a NUL character"
        )
    return text.split("\n")


def _first_text_line(lines: list[str]) -> int:
    return next(index for index, line in enumerate(lines) if line.strip())


def _last_text_line(lines: list[str]) -> int:
    return next(len(lines) - index for index, line in enumerate(reversed(lines)) if line.strip())


def _single_spaced(line: str) -> str:
    return " ".join(line.split())


def quoted(text: str, limit: int = MAX_QUOTED_CHARS) -> str:
    """Text for an error's reason, cut short: a broken page may hold very long lines."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'


def _looks_like_specialty(words: str) -> bool:
    return len(words) <= MAX_SPECIALTY_CHARS and _SPECIALTY.fullmatch(words) is not None


def _read_headline(line: str) -> tuple[str, str]:
    """("Headline", "Specialty") from "Headline - Specialty", or ("", "") if not one."""
    headline, dash, specialty = _single_spaced(line).rpartition(" - ")
    if dash and headline and _looks_like_specialty(specialty):
        return headline, specialty
    return "", ""


def headline_tail(line: str) -> str:
    """The specialty a "Headline - Specialty" line ends with; "" for another line."""
    return _read_headline(line)[1]


def _section(line: str) -> str | None:
    """The part of the page that a line such as "More Info" begins, if it is one."""
    if len(line) > _LONGEST_SECTION_LINE:
        return None
    return _SECTIONS.get(_single_spaced(line).casefold())


def _read_date(number: int, text: str, what: str) -> datetime.date:
    match = _DATE.fullmatch(_single_spaced(text))
    if not match:
        raise ArchiveError(number, f"cannot read the {what} {quoted(text)}: expected YYYY/MM/DD")
    try:
        return datetime.date(*map(int, match.groups()))
    except ValueError:
        raise ArchiveError(
            number, f"the {what} {quoted(text)} is not a date in the calendar"
        ) from None


def _read_asker(number: int, line: str) -> tuple[str, str, str, datetime.date]:
    """Name, age range, gender and date from "Mei Tanaka, 30~39 year old female. Ask Date: …"."""
    ask_date = _ASK_DATE.search(line)
    assert ask_date is not None
    who = _single_spaced(line[: ask_date.start()])
    name, _, age_and_gender = who.rpartition(",")
    match = _AGE_AND_GENDER.fullmatch(age_and_gender.strip())
    if not match:
        raise ArchiveError(
            number,
            f"cannot read the asker's age in {quoted(who)}: "
            'expected "Name, 20~29 year old female."',
        )
    age_range = match["age"].replace(" ", "").replace("-", "~")
    if age_range not in AGE_RANGES:
        raise ArchiveError(
            number,
            f"the asker's age {quoted(match['age'])} is none of {', '.join(sorted(AGE_RANGES))}",
        )
    gender = (match["gender"] or "undisclosed").casefold()
    if gender not in ("female", "male", "undisclosed"):
        raise ArchiveError(number, f"the asker's gender {quoted(match['gender'])} is unknown")
    date = _read_date(number, line[ask_date.end() :].strip(), "ask date")
    return name.strip(), age_range, gender, date


def _read_reply_header(line: str) -> tuple[str, str] | None:
    """(doctor, specialty) from "Dr. Name reply Specialty"; the specialty may be ""."""
    if not line.startswith("Dr"):
        return None
    match = _REPLY_HEADER.fullmatch(_single_spaced(line))
    if not match:
        return None
    return match["doctor"], match["specialty"] or ""


def _is_next_reply_header(line: str) -> bool:
    """Whether a line inside a reply's text is surely the header of another reply.

    Reply text may begin with "Dr." ("Dr. Google is no substitute…"), so only a line
    that reads exactly like a header ("Dr. Name reply", with or without a specialty)
    counts: it means the Reply Date before it is missing.
    """
    header = _read_reply_header(line)
    return (
        header is not None
        and _DOCTOR_NAME.fullmatch(header[0]) is not None
        and (not header[1] or _looks_like_specialty(header[1]))
    )


def _close_reply(reply: _OpenReply, number: int, date_text: str) -> ArchiveReply:
    if not reply.paragraphs:
        raise ArchiveError(reply.line, "the reply has no text")
    return ArchiveReply(
        doctor=reply.doctor,
        specialty=reply.specialty,
        body="\n\n".join(reply.paragraphs),
        date=_read_date(number, date_text.strip(), "reply date"),
    )


def _with_specialty(reply: ArchiveReply, specialty: str) -> ArchiveReply:
    if reply.specialty:
        return reply
    return ArchiveReply(reply.doctor, specialty, reply.body, reply.date)


def _split_title(question: list[str]) -> tuple[str, str]:
    """(title, body) of the question's lines, where "" marks a blank line.

    The asker's title is a short first line that does not end like a sentence and has
    more question after it. In the spacious layout it also stands alone in its block.
    """
    paragraphs = [line for line in question if line]
    if len(paragraphs) < 2:
        return "", "\n\n".join(paragraphs)
    first = paragraphs[0]
    first_index = question.index(first)
    spacious = "" in question
    alone = question[first_index + 1] == "" if spacious else True
    if alone and len(first) <= MAX_TITLE_CHARS and not first.endswith(SENTENCE_ENDINGS):
        return first, "\n\n".join(paragraphs[1:])
    return "", "\n\n".join(paragraphs)


def _read_related(lines: list[str]) -> list[tuple[str, str]]:
    """(name, specialty) of each Related FAQ entry, once per name whatever its case.

    Spacious layout: a name line, then a "(Specialty)" line. Compact layout:
    "Name(Specialty)" on one line, where a "(Specialty)" line alone is an entry without
    a name, skipped. A name with no specialty (the page was cut off) has "", for the
    page's.
    """
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    spacious = "" in lines[:end]
    entries: list[tuple[str, str]] = []
    pending = ""
    for line in lines:
        if not line:
            continue
        if line.startswith("(") and line.endswith(")"):
            if pending and spacious:
                entries.append((pending, line[1:-1].strip()))
            else:
                entries.extend(_related_entry(pending))
            pending = ""
        else:
            entries.extend(_related_entry(pending))
            pending = line
    entries.extend(_related_entry(pending))

    seen: set[str] = set()
    unique = []
    for name, specialty in entries:
        name = _single_spaced(name)
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            unique.append((name, _single_spaced(specialty)))
    return unique


def _related_entry(line: str) -> list[tuple[str, str]]:
    """The entry a line gives alone: "Name(Specialty)", or a bare name; [] for none."""
    if not line:
        return []
    if line.endswith(")"):
        name, bracket, specialty = line[:-1].rpartition("(")
        if bracket and name.strip():
            return [(name, specialty)]
    return [(line, "")]

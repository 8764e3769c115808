"""Reading a Chinese text: sentences split on 。！？；, clauses on ，：and on the words that
change the time ("但是", "現在"), and when each clause speaks of."""

import re

from ..judging import CURRENT, DAY_BEFORE, ENDED, OVER, Clauses, Grammar, end, read
from ..kinds import PRECEDENCE, Emergency
from ..patterns import Signs
from . import body, circulation, mind
from .context import (
    ASSESSED,
    CHRONIC,
    DENIED,
    FAMILY,
    FIGURES,
    GENERAL,
    GOING_ON,
    GRADED,
    JOKING,
    MILD,
    NARRATIVE,
    NEGATION,
    NEGATION_REACH,
    NOT_ENDED,
    NOW,
    ONGOING,
    ONSET,
    PAST,
    PERSON,
    PRESENT,
    PROFESSIONAL,
    RECENT,
    RECUR,
    RESOLVED,
    SAYS_FINE,
    SMALL,
    SOMEONE,
    STILL,
    SUPPOSED,
    TIME_ONLY,
)
from .words import HAN, NEGATING

# Every kind's Chinese signs.
SIGNS: dict[str, Signs] = {**circulation.SIGNS, **mind.SIGNS, **body.SIGNS}
assert set(SIGNS) == set(PRECEDENCE)


def find(text: str) -> Emergency | None:
    """The emergency a Chinese text describes (of the kind first in PRECEDENCE), or None."""
    return read(text, CHINESE)


# Full-width letters, digits and signs as their ASCII selves; brackets, quotes and characters of
# no width dropped (a word in brackets explains the one before it: "眼皮一直跳（抽搐）"); the
# usual slips of the keyboard ("己經") and variant characters ("睾") made one. A space between
# phrases is a comma ("懷孕了 現在在流血"), one between words nothing ("爸爸 突然 講話 不清楚");
# a line break stays one.
_WIDE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}
_DROPPED = str.maketrans(
    "", "", '()[]「」『』【】《》〈〉"*\u2018\u2019\u201c\u201d\u200b\u200c\u200d\u2060\ufeff'
)
_VARIANTS = {"己經": "已經", "以經": "已經", "抽慉": "抽搐", "抽蓄": "抽搐", "睾": "睪", "臺": "台"}
_VARIANT = re.compile("|".join(_VARIANTS))
_PHRASE_SPACE = re.compile(rf"(?<={HAN}{{3}})[^\S\n]+(?={HAN}{{3}})")
_WORD_SPACE = re.compile(rf"(?<={HAN})[^\S\n]+(?={HAN})")


def _normalised(text: str) -> str:
    wide = text.translate(_WIDE).translate(_DROPPED).lower()
    spaced = _WORD_SPACE.sub("", _PHRASE_SPACE.sub(",", wide))
    return _VARIANT.sub(lambda variant: _VARIANTS[variant.group()], spaced)


SENTENCE_END = re.compile(r"(?<=[。!?;])|\n+|(?<=\.)\s+")
# Where a sentence's clauses part: a comma, and before the words that change the time. "、"
# lists what one verb or one negation holds ("沒有嘴歪、手無力"): no part.
CLAUSE = re.compile(
    rf"(?<!\s)\s*[,:~…]+\s*|\.{{2,}}|(?<={HAN})(?=但|可是|(?<![喘透撐熬吸])不過(?![氣來去])|後來"
    r"|剛剛|剛才|目前|(?<![到從])現在|(?<![到從])今天)"
)


def _general(text: str) -> bool:
    """Asked for work or in general, about no one in particular."""
    return _at_work_in_general(text) or _in_general(text)


def _at_work_in_general(text: str) -> bool:
    """Asked for work, about no one in particular ("我是護理師，想問病人抽搐時要記錄什麼")."""
    return bool(PROFESSIONAL.search(text)) and not _someone_now(text)


def _in_general(text: str) -> bool:
    """A general question that names no one and no time ("新聞說有人吃了河豚中毒，河豚的毒是
    在哪個部位？")."""
    return bool(GENERAL.search(text)) and not (
        PERSON.search(text) or NOW.search(text) or PRESENT.search(text)
    )


def _someone_now(text: str) -> bool:
    said = PROFESSIONAL.sub("", text)
    return bool(SOMEONE.search(said) or NOW.search(said))


def _not_now(sentence: str, at_work: bool) -> bool:
    """The sentence is a joke, about family history, or, in a text written at work, about no
    one in particular."""
    if JOKING.search(sentence):
        return True
    if FAMILY.search(sentence) and not NOW.search(sentence):
        return True
    return at_work and not _someone_now(sentence)


def _clauses(sentence: str) -> Clauses:
    """The sentence's clauses, each with when it speaks of (CURRENT, DAY_BEFORE, ENDED or
    OVER). A past goes on in the clauses after it when it is only a time ("去年十月，他突然
    嘴歪") until one says now; a clause that goes on telling a past ("住院兩週") makes the
    clauses since it past too, as does a time at the end ("是五年前的事")."""
    parts = [part for part in CLAUSE.split(sentence) if part.strip()]
    clauses: Clauses = []
    resolvable = not RECUR.search(sentence)
    scene = False  # a time alone has set the scene for the clauses after it
    told_past = False  # some clause so far is OVER (and stays so)
    for number, part in enumerate(parts):
        clause = FIGURES.sub("", part)
        if SUPPOSED.search(clause) or GENERAL.search(clause):
            clauses.append((clause, OVER))
            told_past = True
            continue
        ended, state = ASSESSED.search(clause), OVER
        if not ended and resolvable:
            ended, state = RESOLVED.search(clause), ENDED
            if ended and (
                SAYS_FINE.search(clause, 0, ended.start())
                or NOT_ENDED.search(clause, 0, ended.start())
            ):
                ended = None
        if ended:
            end(clauses, state, ONGOING)
            clauses.append((clause[: ended.end()], state))
            told_past = told_past or state == OVER
            clause = clause[ended.end() :]
            scene = False
        past = PAST.search(clause)
        recent = not past and RECENT.search(clause) and not ONSET.search(clause)
        if past or recent:
            when = OVER if past else DAY_BEFORE
            if TIME_ONLY.match((PAST if past else RECENT).sub("", clause)):
                if clauses and not scene and (number == len(parts) - 1 or "事" in clause):
                    end(clauses, when, ONGOING)
                else:
                    scene = True
            else:
                scene = False
        elif scene and clauses[-1][1] in (OVER, DAY_BEFORE) and not NOW.search(clause):
            when = clauses[-1][1]
        elif told_past and NARRATIVE.search(clause) and not PRESENT.search(clause):
            end(clauses, OVER, GOING_ON)  # "去年中風，嘴歪，住院兩週": what it tells is past
            when = OVER
        else:
            when, scene = CURRENT, False
        clauses.append((clause, when))
        told_past = told_past or when == OVER
    return clauses


def _negated(clause: str, start: int, stop: int) -> bool:
    """A negation just before the sign ("沒有胸痛"), or a denial after it ("發燒是沒有"). A sign
    that is itself a negation ("沒有呼吸", "不省人事") is not undone by one before it."""
    if DENIED.match(clause, stop):
        return True
    if clause.startswith(tuple(NEGATING), start):
        return False
    before = clause[max(0, start - NEGATION_REACH) : start]
    return bool(NEGATION.search(before))


CHINESE = Grammar(
    normalised=_normalised,
    general=_general,
    professional=PROFESSIONAL,
    sentence_end=SENTENCE_END,
    not_now=_not_now,
    clauses=_clauses,
    assessed=ASSESSED,
    ongoing=ONGOING,
    signs=SIGNS,
    negated=_negated,
    chronic=CHRONIC,
    chronic_reach=2,
    still=STILL,
    mild=MILD,
    graded=GRADED,
    mild_reach=(6, 6),
    short=lambda clause: len(clause.strip()) <= 4,
    small=SMALL,
)

"""Reading a text: sentence by sentence, clause by clause, sign by sign. English is read
here; Chinese in chinese/, and a text in both by each reader in turn."""

import re

from . import body, chinese, circulation, mind
from .chinese.words import HAN
from .context import (
    ASSESSED,
    CHRONIC,
    EDUCATIONAL,
    FAMILY,
    FIGURATIVE,
    GRADED,
    INTENSITY_MILD,
    NEGATION,
    NEGATION_REACH,
    NOT_ENDED,
    NOW,
    ONGOING,
    ONSET,
    PAST,
    PAST_VERB,
    PERSONAL_NOW,
    PRESENT,
    PROFESSIONAL,
    RECENT,
    RECUR,
    RESOLVED,
    SAYS_FINE,
    SOMEONE,
    STILL,
)
from .judging import CURRENT, DAY_BEFORE, ENDED, OVER, Clauses, Grammar, end, read
from .kinds import DESCRIPTIONS, PRECEDENCE, Emergency
from .patterns import Signs

# Every kind's signs.
SIGNS: dict[str, Signs] = {**circulation.SIGNS, **mind.SIGNS, **body.SIGNS}
assert set(PRECEDENCE) == set(SIGNS) == set(DESCRIPTIONS)


def find(text: str) -> Emergency | None:
    """The emergency the text describes (of the kind first in PRECEDENCE), or None. A text
    with Chinese in it is read by both readers (chinese.parts says which reads what), and
    the kind first in PRECEDENCE of what they find is the text's."""
    if not chinese.CJK.search(text):
        return read(text, ENGLISH)
    english, in_chinese = chinese.parts(text)
    found = [
        emergency
        for emergency in (read(english, ENGLISH), chinese.find(in_chinese))
        if emergency is not None
    ]
    return min(found, key=lambda emergency: PRECEDENCE.index(emergency.kind), default=None)


_SPACES = re.compile(r"[^\S\n]+")
# A space between two Chinese characters ("脖子 很硬") is no break between words.
_CJK_SPACE = re.compile(rf"(?<={HAN}) (?={HAN})")
_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "`": "'", "\u201c": " ", "\u201d": " ", '"': " ",
        "(": " ", ")": " ", "\uff08": " ", "\uff09": " ", "[": " ", "]": " ", "*": " ",
        "~": " ", "+": " and ", "&": " and ", "\u2014": ", ", "\u2013": "-",
        "\U0001f602": " lol ", "\U0001f923": " lol ",
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
    }
)  # fmt: skip


def _normalised(text: str) -> str:
    """Lower case, straight apostrophes, brackets and quotes as spaces, "+" as "and", characters
    of no width dropped, one space between words (and none between Chinese characters)."""
    spaced = _SPACES.sub(" ", text.lower().translate(_PUNCTUATION)).strip()
    return _CJK_SPACE.sub("", spaced)


SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])|\n+")
# Where a sentence's clauses part: punctuation, and before the words that change the time.
CLAUSE = re.compile(
    r"\s?[,;:\uff0c\uff1b\uff1a\u3001]\s?|\s(?=(?:but|however|then|since|today|tonight)\b)"
    r"|\s(?=just now\b)|\s(?<!right\s)(?<!just\s)(?<!fine\s)(?<!ok\s)(?<!okay\s)(?<!better\s)"
    r"(?<!normal\s)(?=now\b(?! \d{1,3}\b))"
)
# A clause that only supposes: "if he stops breathing, ...", "in case of a seizure" ...
HYPOTHETICAL = re.compile(r"^\s*(?:if|in case|whenever|unless|what if|even if)\b")
# ... or a part of one that does ("what should I do if he has a seizure"); but "I don't know
# if he is breathing" and "easier if I was dead" say what is.
SUPPOSITION = re.compile(
    r"(?<!know )(?<!sure )(?<!tell )(?<!see )(?<!check )(?<!wonder )(?<!easier )(?<!better )"
    r"(?:\b(?:if|in case|whenever|unless)|(?:(?<=\bdo )|(?<=handle )|(?<=respond )"
    r"|(?<=react )|(?<=\bact ))when)\b[^,;.?!]{0,120}"
)


def _general(text: str) -> bool:
    """A general question or one asked for work, with no one's present state in it (nor, at
    work, anyone in particular: "a student in my class collapsed")."""
    if NOW.search(text):
        return False
    said = SUPPOSITION.sub(" ", text)
    if PROFESSIONAL.search(text):
        said = PROFESSIONAL.sub(" ", said)
        if SOMEONE.search(said):
            return False
    elif not EDUCATIONAL.search(text):
        return False
    return not PERSONAL_NOW.search(said)


def _not_now(sentence: str, at_work: bool) -> bool:
    """The sentence is about family, a general question, work or a figure of speech. In a
    text written at work ("I'm a nurse in the ER"), a sentence that names no one in
    particular ("we had 3 cardiac arrests today") is about work too."""
    if FIGURATIVE.search(sentence):
        return True
    if FAMILY.search(sentence) and not NOW.search(sentence):
        return True
    if at_work:
        said = PROFESSIONAL.sub(" ", SUPPOSITION.sub(" ", sentence))
        if not (PERSONAL_NOW.search(said) or SOMEONE.search(said)):
            return True
    return _general(sentence)


def _clauses(sentence: str) -> Clauses:
    """The sentence's clauses, each with when it speaks of (CURRENT, DAY_BEFORE, ENDED or
    OVER). What came before an end has ended: "it stopped, but now she is seizing again"
    keeps "but now she is seizing again" as current."""
    clauses: Clauses = []
    resolvable = not RECUR.search(sentence)
    for clause in CLAUSE.split(sentence):
        if not clause.strip():
            continue
        if HYPOTHETICAL.search(clause):
            clauses.append((clause, OVER))
            continue
        clause = SUPPOSITION.sub(" ", clause)
        ended = ASSESSED.search(clause)
        state = OVER
        if not ended and resolvable:
            ended, state = RESOLVED.search(clause), ENDED
        if ended and (SAYS_FINE.search(clause) or NOT_ENDED.search(clause, 0, ended.start())):
            ended = None
        if ended:
            # What came before the end, in this clause and the ones before (back to something
            # still going on, or to an earlier end), has ended, or is over if seen to.
            end(clauses, state, ONGOING)
            clauses.append((clause[: ended.end()], state))
            clause = clause[ended.end() :]
        if PAST.search(clause):
            when = OVER
        elif RECENT.search(clause) and not ONSET.search(clause):
            when = DAY_BEFORE
        elif (
            clauses and clauses[-1][1] in (OVER, DAY_BEFORE) and not ended
        ) and not PRESENT.search(clause):
            # A clause goes on in the past of the one before it ("last Tuesday, her throat
            # swelled and the ambulance came") unless it says now.
            when = clauses[-1][1] if PAST_VERB.search(clause) else CURRENT
        else:
            when = CURRENT
        clauses.append((clause, when))
    return clauses


def _negated(clause: str, start: int, stop: int) -> bool:
    """A negation in the few words just before the sign ("no chest pain")."""
    return bool(NEGATION.search(clause[max(0, start - NEGATION_REACH) : start]))


ENGLISH = Grammar(
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
    chronic_reach=1,
    still=STILL,
    mild=INTENSITY_MILD,
    graded=GRADED,
    mild_reach=(12, 20),
    short=lambda clause: len(clause.split()) <= 4,
    small=INTENSITY_MILD,
)

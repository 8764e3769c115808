"""Reading a text: sentence by sentence, clause by clause, sign by sign."""

import bisect
import itertools
import re

from . import body, circulation, mind
from .context import (
    ASSESSED,
    CHRONIC,
    EDUCATIONAL,
    FAMILY,
    FIGURATIVE,
    GRADED,
    GRADED_KINDS,
    INTENSITY_MILD,
    NEGATION,
    NEGATION_REACH,
    NEVER_MILD,
    NEVER_RESOLVED,
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
from .kinds import (
    ABDOMEN,
    ANAPHYLAXIS,
    BLEEDING,
    BREATHING,
    BURNS,
    CONFUSION,
    DESCRIPTIONS,
    DIABETIC,
    HEAD_INJURY,
    HEART_ATTACK,
    INFANT_FEVER,
    MENINGITIS,
    OVERDOSE,
    PREGNANCY,
    SEIZURE,
    STROKE,
    SUICIDE,
    TESTICULAR,
    UNCONSCIOUS,
    Emergency,
)
from .patterns import Signs

# Every kind's signs.
SIGNS: dict[str, Signs] = {**circulation.SIGNS, **mind.SIGNS, **body.SIGNS}

# When a text shows signs of several kinds, the kind it is said to be: thoughts of suicide
# first (the advice adds the crisis lines), then the kinds that explain the others' signs (a
# head injury the confusion, a pregnancy the bleeding, an allergy the swollen throat), then
# the rest.
PRECEDENCE = (
    SUICIDE, INFANT_FEVER, PREGNANCY, HEAD_INJURY, ANAPHYLAXIS, MENINGITIS, TESTICULAR, BURNS,
    SEIZURE, OVERDOSE, DIABETIC, HEART_ATTACK, STROKE, BREATHING, ABDOMEN, BLEEDING, UNCONSCIOUS,
    CONFUSION,
)  # fmt: skip
assert set(PRECEDENCE) == set(SIGNS) == set(DESCRIPTIONS)


# Reading a text.

# When a clause speaks of: now, the day before, something that has ended since ("it came
# out, he's been fine for 3 days") or a past that is over.
CURRENT, DAY_BEFORE, ENDED, OVER = "current", "day before", "ended", "over"


def find(text: str) -> Emergency | None:
    """The emergency the text describes (of the kind first in PRECEDENCE), or None."""
    normal = _normalised(text)
    if _general(normal):
        return None  # asking for work or in general, not about something happening now
    at_work = bool(PROFESSIONAL.search(normal))
    sentences = [s for s in _sentences(normal) if not _not_now(s, at_work)]
    clauses = [_clauses(sentence) for sentence in sentences]
    for before, after in itertools.pairwise(clauses):
        if after and after[0][1] == OVER and ASSESSED.search(after[0][0]):
            _end(before, OVER)  # "... her face drooping. The ER said Bell's palsy."
    read = _Reading(clauses)
    for kind in PRECEDENCE:
        signs = SIGNS[kind]
        shown = read.sentences_showing(kind, signs.alone) if signs.alone else set()
        for group in signs.in_sentence:
            shown |= set.intersection(*(read.sentences_showing(kind, p) for p in group))
        if shown:
            return Emergency(kind, sentences[min(shown)])
        for sign, *others in signs.in_text:
            if read.sentences_showing(kind, sign, DAY_BEFORE) and all(
                read.sentences_showing(kind, other) for other in others
            ):
                return Emergency(kind, read.live())
    return None


_SPACES = re.compile(r"[^\S\n]+")
# A space between two Chinese characters ("脖子 很硬") is no break between words.
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "`": "'", "\u201c": " ", "\u201d": " ", '"': " ",
        "(": " ", ")": " ", "\uff08": " ", "\uff09": " ", "[": " ", "]": " ", "*": " ",
        "~": " ", "+": " and ", "&": " and ", "\u2014": ", ", "\u2013": "-",
        "\U0001f602": " lol ", "\U0001f923": " lol ",
    }
)  # fmt: skip


def _normalised(text: str) -> str:
    """Lower case, straight apostrophes, brackets and quotes as spaces, "+" as "and", one space
    between words (and none between Chinese characters)."""
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


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


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


def _not_now(sentence: str, at_work: bool = False) -> bool:
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


def _clauses(sentence: str) -> list[tuple[str, str]]:
    """The sentence's clauses, each with when it speaks of (CURRENT, DAY_BEFORE, ENDED or
    OVER). What came before an end has ended: "it stopped, but now she is seizing again"
    keeps "but now she is seizing again" as current."""
    clauses: list[tuple[str, str]] = []
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
            _end(clauses, state)
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


def _end(clauses: list[tuple[str, str]], state: str) -> None:
    """Mark the clauses before an end (back to one still going on, or to an earlier end)."""
    for before in range(len(clauses) - 1, -1, -1):
        clause, when = clauses[before]
        if when == state or ONGOING.search(clause):
            break
        if when in (CURRENT, ENDED, DAY_BEFORE):
            clauses[before] = (clause, state)


class _Reading:
    """The clauses of a text's sentences, read together: a pattern runs once over them all
    (joined by " | ", which no sign spans), and each match is judged in its own clause."""

    SEPARATOR = " | "

    def __init__(self, sentences: list[list[tuple[str, str]]]) -> None:
        self.clauses = [
            (clause, when, index)
            for index, clauses in enumerate(sentences)
            for clause, when in clauses
        ]
        self.starts: list[int] = []
        position = 0
        for clause, _, _ in self.clauses:
            self.starts.append(position)
            position += len(clause) + len(self.SEPARATOR)
        self.text = self.SEPARATOR.join(clause for clause, _, _ in self.clauses)
        self.chronic: dict[int, bool] = {}
        self.short = [len(clause.split()) <= 4 for clause, _, _ in self.clauses]

    def live(self) -> str:
        return " ".join(clause.strip() for clause, when, _ in self.clauses if when != OVER)

    def sentences_showing(self, kind: str, pattern: re.Pattern, since: str = CURRENT) -> set[int]:
        """The sentences in which the pattern shows a sign of the kind, in a clause that speaks
        of now (or of the day before, if `since` says so), not negated, not mild, not
        long-standing."""
        found: set[int] = set()
        for match in pattern.finditer(self.text):
            number = bisect.bisect_right(self.starts, match.start()) - 1
            clause, when, sentence = self.clauses[number]
            if sentence in found or when == OVER or (when == DAY_BEFORE and since == CURRENT):
                continue
            if when == ENDED and kind not in NEVER_RESOLVED:
                continue
            start = match.start() - self.starts[number]
            end = match.end() - self.starts[number]
            if _negated(clause, start):
                continue
            if kind not in NEVER_MILD and (
                self._long_standing(number) or self._made_small(kind, number, start, end)
            ):
                continue
            found.add(sentence)
        return found

    def _long_standing(self, number: int) -> bool:
        """Long-standing in the clause, or in the one after it ("... I've had it for 2 years"),
        or what is still there of a past event ("a stroke in 2018. Her hand is still weak")."""
        if number not in self.chronic:
            clause = self.clauses[number][0]
            after = self.clauses[number + 1][0] if number + 1 < len(self.clauses) else ""
            residue = STILL.search(clause) and any(
                when == OVER for _, when, _ in self.clauses[:number]
            )
            self.chronic[number] = bool(CHRONIC.search(clause) or CHRONIC.search(after) or residue)
        return self.chronic[number]

    def _made_small(self, kind: str, number: int, start: int, end: int) -> bool:
        """A graded sign with "mild", "a little" or "small" just before or after it, or in a
        short clause after it ("a burn on my hand, it's red, small area")."""
        clause = self.clauses[number][0]
        if kind not in GRADED_KINDS and not GRADED.search(clause, start, end):
            return False
        if INTENSITY_MILD.search(clause, max(0, start - 12), end + 20):
            return True
        for after in range(number + 1, min(number + 3, len(self.clauses))):
            if not self.short[after]:
                break
            if INTENSITY_MILD.search(self.clauses[after][0]):
                return True
        return False


def _negated(text: str, start: int) -> bool:
    """A negation in the few words just before `start` ("no chest pain")."""
    return bool(NEGATION.search(text[max(0, start - NEGATION_REACH) : start]))

"""Reading a text and judging the signs in its clauses, whatever its language: each reader
(English in reading.py, Chinese in chinese/) gives its Grammar, how its language is normalised
and split into sentences and clauses, what makes a text or a sentence not about now, and when
each clause speaks of; what follows is theirs in common."""

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .kinds import GRADED_KINDS, NEVER_MILD, NEVER_RESOLVED, PRECEDENCE, Emergency
from .patterns import Signs

# When a clause speaks of: now, the day before, something that has ended since ("it came
# out, he's been fine for 3 days") or a past that is over.
CURRENT, DAY_BEFORE, ENDED, OVER = "current", "day before", "ended", "over"

Clauses = list[tuple[str, str]]


@dataclass(frozen=True)
class Grammar:
    """What a language needs to read a text: its normal form, a text asked in general or for
    work about no one in particular, what says a text was written at work, where a sentence
    ends, a sentence not about now (given whether the text was written at work), a sentence's
    clauses with when each speaks of, a clinician's verdict and what is still going on.

    And what it needs to judge a sign in its clause: its signs, what negates a sign (given the
    clause and where the sign starts and stops), what makes it long-standing (in its clause or
    the next few), what is left of a past event ("still"), what makes a graded sign mild and
    how far before and after the sign that is looked for, and a clause short enough to be an
    afterthought ("small area")."""

    normalised: Callable[[str], str]
    general: Callable[[str], bool]
    professional: re.Pattern
    sentence_end: re.Pattern
    not_now: Callable[[str, bool], bool]
    clauses: Callable[[str], Clauses]
    assessed: re.Pattern
    ongoing: re.Pattern
    signs: dict[str, Signs]
    negated: Callable[[str, int, int], bool]
    chronic: re.Pattern
    chronic_reach: int
    still: re.Pattern
    mild: re.Pattern
    graded: re.Pattern
    mild_reach: tuple[int, int]
    short: Callable[[str], bool]
    small: re.Pattern


def read(text: str, grammar: Grammar) -> Emergency | None:
    """The emergency a text in the grammar's language describes (of the kind first in
    PRECEDENCE), or None."""
    if not text:
        return None
    normal = grammar.normalised(text)
    if grammar.general(normal):
        return None  # asked in general or for work, not about something happening now
    at_work = bool(grammar.professional.search(normal))
    sentences = [
        sentence
        for sentence in _sentences(normal, grammar.sentence_end)
        if not grammar.not_now(sentence, at_work)
    ]
    clauses = [grammar.clauses(sentence) for sentence in sentences]
    for before, after in itertools.pairwise(clauses):
        if after and after[0][1] == OVER and grammar.assessed.search(after[0][0]):
            # A sentence that opens with a verdict that stands (its clause is over) ends the one
            # before it: "... her face drooping. The ER said Bell's palsy.", "……嘴歪。醫生說是
            # 顏面神經麻痺。"
            end(before, OVER, grammar.ongoing)
    return emergency_in(sentences, clauses, grammar)


def _sentences(text: str, sentence_end: re.Pattern) -> list[str]:
    return [s.strip() for s in sentence_end.split(text) if s.strip()]


def emergency_in(
    sentences: list[str], clauses: list[Clauses], grammar: Grammar
) -> Emergency | None:
    """The emergency shown in these sentences (each with its clauses), of the kind first in
    PRECEDENCE, or None."""
    read = Reading(clauses, grammar)
    for kind in PRECEDENCE:
        signs = grammar.signs[kind]
        shown = read.sentences_showing(kind, signs.alone) if signs.alone else set()
        for first, *others in signs.in_sentence:
            together = read.sentences_showing(kind, first)
            for other in others:
                if not together:
                    break
                together &= read.sentences_showing(kind, other)
            shown |= together
        if shown:
            return Emergency(kind, sentences[min(shown)])
        for sign, *others in signs.in_text:
            if read.sentences_showing(kind, sign, DAY_BEFORE) and all(
                read.sentences_showing(kind, other) for other in others
            ):
                return Emergency(kind, read.live())
    return None


def end(clauses: Clauses, state: str, ongoing: re.Pattern) -> None:
    """Mark the clauses before an end (back to one still going on, or to an earlier end)."""
    for before in range(len(clauses) - 1, -1, -1):
        clause, when = clauses[before]
        if when == state or ongoing.search(clause):
            break
        if when in (CURRENT, ENDED, DAY_BEFORE):
            clauses[before] = (clause, state)


class Reading:
    """The clauses of a text's sentences, read together: a pattern runs once over them all
    (joined by " | ", which no sign spans), and each match is judged in its own clause."""

    SEPARATOR = " | "

    def __init__(self, sentences: list[Clauses], grammar: Grammar) -> None:
        self.grammar = grammar
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
        self.first_over = next(
            (number for number, (_, when, _) in enumerate(self.clauses) if when == OVER),
            len(self.clauses),
        )
        self.short = [grammar.short(clause) for clause, _, _ in self.clauses]

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
            stop = match.end() - self.starts[number]
            if self.grammar.negated(clause, start, stop):
                continue
            if kind not in NEVER_MILD and (
                self._long_standing(number) or self._made_small(kind, number, start, stop)
            ):
                continue
            found.add(sentence)
        return found

    def _long_standing(self, number: int) -> bool:
        """Long-standing in the clause, or in the ones after it ("... I've had it for 2 years"),
        or what is still there of a past event ("a stroke in 2018. Her hand is still weak")."""
        if number not in self.chronic:
            chronic = self.grammar.chronic
            clause = self.clauses[number][0]
            after = self.clauses[number + 1 : number + 1 + self.grammar.chronic_reach]
            residue = self.first_over < number and self.grammar.still.search(clause)
            self.chronic[number] = bool(
                chronic.search(clause) or any(chronic.search(a) for a, _, _ in after) or residue
            )
        return self.chronic[number]

    def _made_small(self, kind: str, number: int, start: int, stop: int) -> bool:
        """A graded sign with "mild", "a little" or "small" just before or after it, or in a
        short clause after it ("a burn on my hand, it's red, small area")."""
        clause = self.clauses[number][0]
        if kind not in GRADED_KINDS and not self.grammar.graded.search(clause, start, stop):
            return False
        before, after = self.grammar.mild_reach
        if self.grammar.mild.search(clause, max(0, start - before), stop + after):
            return True
        for following in range(number + 1, min(number + 3, len(self.clauses))):
            if not self.short[following]:
                break
            if self.grammar.small.search(self.clauses[following][0]):
                return True
        return False

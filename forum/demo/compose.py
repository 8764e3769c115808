"""Compose questions, replies, headlines and "More Info" texts from the sentence pools.

Everything is drawn from one random.Random, so the same seed always writes the same
text. Each question picks one of several shapes (story first, question first, a short
one-liner, one sentence per line, ...) so that questions on one topic read differently.
"""

import random
import re
from dataclasses import dataclass, field
from functools import cache

from . import longform, people, phrases
from .headlines import HeadlineDesk, qualifiers_for
from .text import (
    NUMBER_WORDS,
    attach,
    first_words,
    join_list,
    lower_first,
    number_words,
    upper_first,
)
from .titles import TitleDesk
from .types import Course, SpecialtyContent, TopicContent

# Askers write about themselves at these ages; the range's edges are its own.
AGE_BOUNDS = {
    "10~19": (13, 19),
    "20~29": (20, 29),
    "30~39": (30, 39),
    "40~49": (40, 49),
    "50~59": (50, 59),
    "60~69": (60, 69),
    "70~79": (70, 79),
    "80+": (80, 91),
}

LIFE_BANDS = {
    "10~19": "teen",
    "20~29": "young",
    "30~39": "adult",
    "40~49": "adult",
    "50~59": "adult",
    "60~69": "older",
    "70~79": "older",
    "80+": "older",
}

# The words that fill the sentence pools' placeholders for one asker, and a few facts
# about them that titles, headlines and More Info use ("months", "noun", "ask").
Voice = dict[str, str]

DAYS_IN = {"day": 1, "week": 7, "month": 30, "year": 365}

# (unit, days in it, fewest, most, weight) for how long askers say they have had it.
DURATIONS = {
    "acute": (("day", 1, 2, 10, 6), ("week", 7, 1, 3, 4)),
    "recent": (("week", 7, 2, 8, 4), ("month", 30, 2, 6, 3)),
    "any": (
        ("day", 1, 3, 10, 1),
        ("week", 7, 1, 8, 3),
        ("month", 30, 2, 11, 4),
        ("year", 365, 1, 4, 2),
    ),
    "lasting": (("month", 30, 3, 11, 4), ("year", 365, 1, 4, 2)),
}
# For a course none of whose spans is short enough for a young child.
SHORTEST = ("day", 1, 2, 10, 1)
LONGEST_DAYS = 5 * 365
# A span as the sentence pools write one: "a week", "three months".
SPANS = re.compile(
    rf"\b(?:an?|{'|'.join(NUMBER_WORDS)}|\d+) (?:day|week|month|year)s?\b", re.IGNORECASE
)

# Words in a doctor's first explanation that make it read as being about the asker, so
# that it can follow "From what you describe, ". General statements ("Most neck pain
# ...", "Thyroid nodules are found in many adults ...") stand without a lead.
DIAGNOSTIC_WORDS = ("typical", "suggest", "points to", "fits", "most often", "usually", " is a ")
MAIN_CAUSE_FIRST = 0.85

CHILD_WORDS = {
    "female": ("daughter", "she", "her", "her"),
    "male": ("son", "he", "his", "him"),
}


@dataclass(slots=True)
class QuestionText:
    asker_name: str
    age_range: str
    gender: str
    title: str
    body: str
    headline: str
    more_info: str
    replies: list[str] = field(default_factory=list)


@cache
def spans_for(course: Course, longest: int) -> list[tuple[int, str, float]]:
    """Every span the course allows up to `longest` days, as (count, words, weight)."""
    units = [u for u in DURATIONS[course] if u[1] * u[2] <= longest] or [SHORTEST]
    spans = []
    for name, days, low, high, weight in units:
        counts = range(low, min(high, longest // days) + 1)
        for n in counts:
            words = f"a {name}" if n == 1 else f"{number_words(n)} {name}s"
            spans.append((n, words, weight / len(counts)))
    return spans


@cache
def opening(sentence: str) -> str:
    """How a sentence starts, counting "It began" and "It started" as the same start.

    Cached: it is asked of the same pool sentences for every question.
    """
    return first_words(sentence).replace("began", "started")


def takes_lead(cause: str) -> bool:
    return not cause.startswith(("Most ", "The ")) and any(w in cause for w in DIAGNOSTIC_WORDS)


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        # Every title and headline given so far (lower case), so none is given twice.
        taken: set[str] = set()
        self.titles = TitleDesk(rng, taken)
        self.headlines = HeadlineDesk(rng, taken)

    def question(
        self, specialty: SpecialtyContent, topic: TopicContent, more_info: bool, replies: int
    ) -> QuestionText:
        rng = self.rng
        voice = self._voice(specialty, topic)
        text = QuestionText(
            asker_name=self._asker_name(specialty.asked_by_parent),
            age_range=voice["age_range"],
            gender=voice["gender"],
            # The body notes in the voice the asker's question, which More Info quotes, and
            # what it says of how long, which the title may repeat.
            body=self._body(specialty, topic, voice),
            title=self.titles.deal(topic, voice),
            headline=self._headline(specialty, topic, voice),
            more_info=longform.more_info(rng, specialty, topic, voice) if more_info else "",
        )
        causes = self._causes(topic)
        reply, used = self._reply(specialty, topic, voice, causes)
        text.replies.append(reply)
        if replies > 1:
            text.replies.append(self._second_reply(specialty, topic, voice, causes[2:], used))
        return text

    def _causes(self, topic: TopicContent) -> list[str]:
        """The topic's causes in the order a doctor would raise them: usually the main one first."""
        others = list(topic.causes[1:])
        self.rng.shuffle(others)
        # Another cause may lead, unless it is written to follow ("... can also ...").
        leaders = [cause for cause in others if " also " not in cause]
        if not leaders or self.rng.random() < MAIN_CAUSE_FIRST:
            return [topic.causes[0], *others]
        others.remove(leaders[0])
        return [leaders[0], topic.causes[0], *others]

    # The asker -----------------------------------------------------------------------

    def _voice(self, specialty: SpecialtyContent, topic: TopicContent) -> Voice:
        """Who is asking, and the words the sentence pools need to describe them."""
        rng = self.rng
        gender = rng.choice(topic.genders or specialty.genders)
        voice = {"gender": gender, "side": rng.choice(("left", "right"))}
        if specialty.asked_by_parent:
            months = rng.randint(*topic.child_months)
            voice["age_range"] = "0~9" if months < 120 else "10~19"
            # Parents who leave the child's gender blank still write "my son" or "my daughter".
            words = CHILD_WORDS.get(gender) or rng.choice(list(CHILD_WORDS.values()))
            noun, subject, possessive, obj = words
            # The age as parents say it, in months up to two, then in whole years.
            count, unit = (months, "month") if months < 24 else (months // 12, "year")
            voice.update(
                months=str(months),
                noun=noun,
                kid=f"my {noun}",
                Kid=f"My {noun}",
                child=f"your {noun}",
                Child=f"Your {noun}",
                pr=subject,
                Pr=subject.capitalize(),
                pos=possessive,
                Pos=possessive.capitalize(),
                obj=obj,
                child_age=f"{number_words(count)} {unit}{'s' if count > 1 else ''}",
                age_count=str(count),
                age_days=str(count * DAYS_IN[unit]),
            )
        else:
            age_range = rng.choice(topic.ages or specialty.ages)
            age = rng.randint(*AGE_BOUNDS[age_range])
            voice.update(
                age_range=age_range, age=str(age), age_count=str(age), age_days=str(age * 365)
            )
        return voice

    def _duration(self, topic: TopicContent, voice: Voice, elsewhere: str) -> str:
        """How long the asker has had it, as the topic's course allows: "three weeks".

        Never more than half the asker's age, never the number of a child's age ("ten
        months old ... for ten days"), and never a span the question gives something else.
        """
        longest = min(LONGEST_DAYS, int(voice["age_days"]) // 2)
        said = set(SPANS.findall(elsewhere))
        options = [
            (span, weight)
            for count, span, weight in spans_for(topic.course, longest)
            if str(count) != voice["age_count"] and span not in said
        ]
        if not options:
            return "a few days"
        spans, weights = zip(*options, strict=True)
        return self.rng.choices(spans, weights=weights)[0]

    def _asker_name(self, parent: bool) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            return f"{rng.choice('ABCDEFGHJKLMNPRSTWY')} {rng.choice(people.ASKER_SURNAMES)}"
        if roll < 0.55:
            return f"{rng.choice('ABCDEFGHJKLMNPRSTWY')}. {rng.choice(people.ASKER_SURNAMES)}"
        if roll < 0.68:
            return rng.choice(people.ASKER_SURNAMES)
        if roll < 0.8:
            return rng.choice(people.ASKER_FIRST_NAMES)
        return rng.choice(people.PARENT_HANDLES if parent else people.ASKER_HANDLES)

    def _headline(self, specialty: SpecialtyContent, topic: TopicContent, voice: Voice) -> str:
        if self.rng.random() < 0.2:
            return ""
        return self.headlines.deal(topic, qualifiers_for(voice, topic, specialty))

    # The question ----------------------------------------------------------------------

    def _body(self, specialty: SpecialtyContent, topic: TopicContent, voice: Voice) -> str:
        rng = self.rng
        parent = specialty.asked_by_parent
        count = rng.choices((1, 2, 3), weights=(40, 45, 15))[0]
        symptoms = rng.sample(topic.symptoms, k=min(count, topic.max_symptoms))
        details = rng.sample(topic.details, k=rng.choice((0, 1, 1, 2)))
        ask = rng.choice(topic.asks)
        voice["ask"] = ask.format_map(voice)
        generic_tried = not topic.onsets and rng.random() < 0.3
        tried = rng.choice(phrases.GENERIC_TRIED if generic_tried else topic.tried)
        worry = rng.choice(phrases.PARENT_WORRIES if parent else phrases.WORRIES)
        onset = self._onset(topic, parent, avoid=[*symptoms, *details, tried])
        if parent:
            context = rng.choice(phrases.PARENT_STORY_INTROS)
            # Parents add what they know of the child's health among the other details.
            details += self._maybe(rng.choice(phrases.PARENT_CONTEXT), 0.35)
        else:
            context = rng.choice(phrases.LIFE_CONTEXT[LIFE_BANDS[voice["age_range"]]])
        maybe = self._maybe
        shape = rng.choices(
            ("classic", "context", "ask_first", "story", "short", "lines"),
            weights=(30, 15, 12, 15, 13, 15),
        )[0]
        if shape == "classic":
            sentences = [
                *maybe(context, 0.3 if not parent else 1),
                *symptoms,
                onset,
                *details,
                *maybe(tried, 0.6),
                *maybe(worry, 0.3),
                ask,
            ]
        elif shape == "context":
            sentences = [context, *symptoms, *details, onset, ask, *maybe(tried, 0.5)]
        elif shape == "ask_first":
            sentences = [ask, *symptoms, onset, *details[:1], *maybe(worry, 0.4)]
        elif shape == "story":
            intros = phrases.STORY_INTROS if not topic.onsets else phrases.PLAIN_STORY_INTROS
            intro = rng.choice(phrases.PARENT_STORY_INTROS if parent else intros)
            sentences = [intro, *symptoms, *details, *maybe(tried, 0.7), ask]
        elif shape == "short" and parent:
            sentences = [context, symptoms[0], ask]
        elif shape == "short":
            # Some askers write a single run-on line: the symptom, then the question.
            one_line = f"{symptoms[0][:-1]}; {lower_first(ask)}"
            sentences = [one_line] if rng.random() < 0.35 else [symptoms[0], ask]
        else:
            sentences = [*symptoms, *details, onset, *maybe(tried, 0.7), ask]
        # Keep questions to a readable size, dropping from the middle where details sit.
        while len(sentences) > 8:
            sentences.pop(len(sentences) // 2)
        if shape != "short" and rng.random() < 0.55:
            sentences.append(rng.choice(phrases.SIGN_OFFS))
        if parent:
            sentences = self._refer_back(sentences)
        if any("{duration}" in sentence for sentence in sentences):
            elsewhere = " ".join(s for s in sentences if "{duration}" not in s).format_map(voice)
            voice["duration"] = self._duration(topic, voice, elsewhere)
            # Said in the question, so the title may say it too.
            voice["how_long"] = voice["duration"]
        sentences = [sentence.format_map(voice) for sentence in sentences]
        return self._layout(sentences, one_per_line=shape == "lines")

    def _onset(self, topic: TopicContent, parent: bool, avoid: list[str]) -> str:
        """When it started, worded unlike the sentences around it ("It began ... It began")."""
        rng = self.rng
        if topic.onsets:
            pool = topic.onsets
        elif not parent and topic.course in ("any", "lasting") and rng.random() < 0.2:
            pool = phrases.FIXED_ONSETS
        else:
            pool = phrases.ONSETS
        taken = {opening(sentence) for sentence in avoid}
        return rng.choice([o for o in pool if opening(o) not in taken] or pool)

    def _refer_back(self, sentences: list[str]) -> list[str]:
        """Once a parent has said "my daughter", they mostly go on with "she"."""
        named = just_named = False
        written = []
        for sentence in sentences:
            # Right after "my daughter", always "she"; further on, now and then the noun again.
            if named and (just_named or self.rng.random() < 0.6):
                if sentence.startswith("{Kid}'s "):
                    sentence = "{Pos} " + sentence.removeprefix("{Kid}'s ")
                elif sentence.startswith("{Kid} "):
                    sentence = "{Pr} " + sentence.removeprefix("{Kid} ")
            just_named = "{Kid}" in sentence or "{kid}" in sentence
            named = named or just_named
            written.append(sentence)
        return written

    def _maybe(self, sentence: str, chance: float) -> list[str]:
        return [sentence] if self.rng.random() < chance else []

    def _layout(self, sentences: list[str], one_per_line: bool) -> str:
        rng = self.rng
        opener_roll = rng.random()
        head = ""
        # A greeting on its own line ends in a comma only before "I ...": pages join the
        # lines of an excerpt, and "Dear Doctor, My son ..." would read wrong.
        if 0.3 <= opener_roll < 0.45 and first_words(sentences[0], 1) in ("i", "i'm", "i've"):
            head = rng.choice(phrases.LINE_OPENERS) + "\n"
        elif 0.3 <= opener_roll < 0.35:
            head = rng.choice(phrases.STANDALONE_LINE_OPENERS) + "\n"
        elif opener_roll < 0.45:
            sentences[0] = attach(rng.choice(phrases.INLINE_OPENERS), sentences[0])
        if one_per_line:
            return head + "\n".join(sentences)
        if len(sentences) >= 4 and rng.random() < 0.45:
            # Longer messages are often split into two or three paragraphs.
            cut = rng.randint(2, len(sentences) - 2)
            paragraphs = [sentences[:cut], sentences[cut:]]
            if len(paragraphs[1]) >= 3 and rng.random() < 0.5:
                paragraphs = [paragraphs[0], paragraphs[1][:-1], paragraphs[1][-1:]]
            return head + "\n\n".join(" ".join(p) for p in paragraphs)
        return head + " ".join(sentences)

    # The doctor ------------------------------------------------------------------------

    def _reply(
        self,
        specialty: SpecialtyContent,
        topic: TopicContent,
        voice: Voice,
        causes: list[str],
    ) -> tuple[str, set[str]]:
        """The first reply, and the advice and closing it used, for the second to avoid."""
        rng = self.rng
        opener = rng.choice(phrases.REPLY_OPENERS) if rng.random() < 0.75 else ""
        # Only a main explanation about the asker reads after "From what you describe, ".
        main = causes[0] == topic.causes[0] and takes_lead(causes[0])
        lead = rng.choice(phrases.CAUSE_LEADS) if main else ""
        first_cause = attach(opener, lead + lower_first(causes[0]) if lead else causes[0])
        closing = rng.choice(phrases.REPLY_CLOSINGS).format(clinic=specialty.clinic)
        advice = rng.sample(topic.advice, k=2)
        flags = rng.sample(topic.red_flags, k=min(len(topic.red_flags), rng.choice((2, 3))))
        flag_sentence = rng.choice(phrases.RED_FLAG_SENTENCES).format(flags=join_list(flags))

        shape = rng.choices(
            ("short", "prose", "advice_list", "flag_list"), weights=(20, 45, 22, 13)
        )[0]
        used = {closing}
        if shape == "short":
            parts = [f"{first_cause} {closing}"]
        elif shape == "prose":
            parts = [" ".join((first_cause, *causes[1:2], advice[0], flag_sentence, closing))]
        elif shape == "advice_list":
            items = "\n".join(f"- {item}" for item in advice)
            used.update(advice)
            parts = [
                first_cause,
                f"{rng.choice(phrases.ADVICE_LIST_LEADS)}\n\n{items}",
                f"{flag_sentence} {closing}",
            ]
        else:
            items = "\n".join(f"- {upper_first(flag)}" for flag in flags)
            parts = [
                f"{first_cause} {advice[0]}",
                f"{rng.choice(phrases.RED_FLAG_LIST_LEADS)}\n\n{items}",
            ]
        if shape in ("prose", "flag_list"):
            used.add(advice[0])
        return "\n\n".join(parts).format_map(voice), used

    def _second_reply(
        self,
        specialty: SpecialtyContent,
        topic: TopicContent,
        voice: Voice,
        unused_causes: list[str],
        used: set[str],
    ) -> str:
        """A colleague's short addition, repeating none of the first reply's advice or closing."""
        rng = self.rng
        advice = [item for item in topic.advice if item not in used] or list(topic.advice)
        point = rng.choice(unused_causes or advice)
        openers = phrases.SECOND_REPLY_OPENERS
        if "," in " ".join(point.split()[:3]):
            # "To add to the previous reply, less often, ..." would stumble.
            openers = tuple(o for o in openers if not o.endswith(","))
        sentences = [attach(rng.choice(openers), point)]
        if rng.random() < 0.5 and len(advice) > 1:
            sentences.append(rng.choice([item for item in advice if item != point]))
        if rng.random() < 0.4:
            closings = [
                c for c in phrases.REPLY_CLOSINGS if c.format(clinic=specialty.clinic) not in used
            ]
            sentences.append(rng.choice(closings).format(clinic=specialty.clinic))
        return " ".join(sentences).format_map(voice)

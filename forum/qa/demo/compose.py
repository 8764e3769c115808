"""Compose questions, replies and "More Info" texts from the sentence pools.

Everything is drawn from one random.Random, so the same seed always writes the same
text. Each question picks one of several shapes (story first, question first, a short
one-liner, one sentence per line, ...) so that questions on one topic read differently.
"""

import random
from dataclasses import dataclass, field

from . import people, phrases
from .types import SpecialtyContent, TopicContent

NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip

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

# The words that fill the sentence pools' placeholders for one asker.
Voice = dict[str, str]

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


def number_words(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def lower_first(sentence: str) -> str:
    """Lower-case a sentence's first letter to follow an opener, sparing "I" and acronyms."""
    first_word = sentence.split(" ", 1)[0]
    if first_word == "I" or first_word.startswith("I'") or sum(c.isupper() for c in first_word) > 1:
        return sentence
    return sentence[:1].lower() + sentence[1:]


def join_list(items: list[str]) -> str:
    """Join phrases as "a or b" or "a, b, or c"; the serial comma keeps "x or y" phrases apart."""
    if len(items) == 1:
        return items[0]
    complex_items = any(" or " in item or "," in item for item in items)
    separator = ", " if len(items) > 2 or complex_items else " "
    return f"{', '.join(items[:-1])}{separator}or {items[-1]}"


def attach(opener: str, sentence: str) -> str:
    """Put a greeting in front of a sentence: "Hello," runs on, "Thank you." stands apart."""
    if not opener:
        return sentence
    return f"{opener} {lower_first(sentence) if opener.endswith(',') else sentence}"


def topic_in_sentence(name: str) -> str:
    """Write a topic name as it reads mid-sentence, keeping acronyms and possessive names."""
    return " ".join(
        word if sum(c.isupper() for c in word) > 1 or word.endswith("'s") else word.lower()
        for word in name.split()
    )


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def question(
        self, specialty: SpecialtyContent, topic: TopicContent, more_info: bool, replies: int
    ) -> QuestionText:
        voice = self._voice(specialty, topic)
        text = QuestionText(
            asker_name=self._asker_name(specialty.asked_by_parent),
            age_range=voice["age_range"],
            gender=voice["gender"],
            title=self._title(topic).format_map(voice),
            body=self._body(specialty, topic, voice),
            headline=self._headline(topic),
            more_info=self._more_info(specialty, topic, voice) if more_info else "",
        )
        causes = self._causes(topic)
        text.replies.append(self._reply(specialty, topic, voice, causes))
        if replies > 1:
            text.replies.append(self._second_reply(specialty, topic, voice, causes[2:]))
        return text

    def _causes(self, topic: TopicContent) -> list[str]:
        """The topic's causes in the order a doctor would raise them: usually the main one first."""
        others = list(topic.causes[1:])
        self.rng.shuffle(others)
        if self.rng.random() < 0.7:
            return [topic.causes[0], *others]
        return [*others[:1], topic.causes[0], *others[1:]]

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
            if months < 24:
                child_age = f"{number_words(months)} month{'s' if months > 1 else ''}"
            else:
                child_age = f"{number_words(months // 12)} years"
            voice.update(
                kid=f"my {noun}",
                Kid=f"My {noun}",
                child=f"your {noun}",
                Child=f"Your {noun}",
                pr=subject,
                Pr=subject.capitalize(),
                pos=possessive,
                Pos=possessive.capitalize(),
                obj=obj,
                child_age=child_age,
                duration=self._duration(topic, max_days=months * 30),
            )
        else:
            age_range = rng.choice(topic.ages or specialty.ages)
            voice["age_range"] = age_range
            voice["age"] = str(rng.randint(*AGE_BOUNDS[age_range]))
            voice["duration"] = self._duration(topic, max_days=5 * 365)
        return voice

    def _duration(self, topic: TopicContent, max_days: int) -> str:
        """How long the asker has had it: days or weeks for short illnesses, else longer."""
        rng = self.rng
        # (unit, days in it, fewest, most, weight)
        if topic.acute:
            units = [("day", 1, 2, 10, 6), ("week", 7, 1, 3, 4)]
        else:
            units = [
                ("day", 1, 3, 10, 1),
                ("week", 7, 1, 8, 3),
                ("month", 30, 2, 11, 4),
                ("year", 365, 1, 4, 2),
            ]
        units = [unit for unit in units if unit[1] * unit[2] <= max_days] or units[:1]
        name, days, low, high, _ = rng.choices(units, weights=[unit[4] for unit in units])[0]
        n = rng.randint(low, max(low, min(high, max_days // days)))
        return f"a {name}" if n == 1 else f"{number_words(n)} {name}s"

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

    def _title(self, topic: TopicContent) -> str:
        title = self.rng.choice(topic.titles)
        if self.rng.random() < 0.1 and not title.endswith("?"):
            title += "?"
        return title

    def _headline(self, topic: TopicContent) -> str:
        roll = self.rng.random()
        if roll < 0.2:
            return ""
        if roll < 0.75:
            return self.rng.choice(topic.headlines)
        return self.rng.choice(phrases.HEADLINE_PATTERNS).format(topic=topic.name)

    # The question ----------------------------------------------------------------------

    def _body(self, specialty: SpecialtyContent, topic: TopicContent, voice: Voice) -> str:
        rng = self.rng
        parent = specialty.asked_by_parent
        symptoms = rng.sample(topic.symptoms, k=rng.choices((1, 2, 3), weights=(40, 45, 15))[0])
        details = rng.sample(topic.details, k=rng.choice((0, 1, 1, 2)))
        ask = rng.choice(topic.asks)
        tried = rng.choice(topic.tried if rng.random() < 0.7 else phrases.GENERIC_TRIED)
        worry = rng.choice(phrases.PARENT_WORRIES if parent else phrases.WORRIES)
        onset = self._onset(topic, parent)
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
            intro = rng.choice(phrases.PARENT_STORY_INTROS if parent else phrases.STORY_INTROS)
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
        sentences = [sentence.format_map(voice) for sentence in sentences]
        return self._layout(sentences, one_per_line=shape == "lines")

    def _onset(self, topic: TopicContent, parent: bool) -> str:
        if not (topic.acute or parent) and self.rng.random() < 0.2:
            return self.rng.choice(phrases.FIXED_ONSETS)
        return self.rng.choice(phrases.ONSETS)

    def _maybe(self, sentence: str, chance: float) -> list[str]:
        return [sentence] if self.rng.random() < chance else []

    def _layout(self, sentences: list[str], one_per_line: bool) -> str:
        rng = self.rng
        opener_roll = rng.random()
        head = ""
        if opener_roll < 0.3:
            sentences[0] = attach(rng.choice(phrases.INLINE_OPENERS), sentences[0])
        elif opener_roll < 0.45:
            head = rng.choice(phrases.LINE_OPENERS) + "\n"
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
    ) -> str:
        rng = self.rng
        opener = rng.choice(phrases.REPLY_OPENERS) if rng.random() < 0.75 else ""
        # Only the main explanation is phrased to follow "From what you describe, ".
        lead = rng.choice(phrases.CAUSE_LEADS) if causes[0] == topic.causes[0] else ""
        first_cause = attach(opener, lead + lower_first(causes[0]) if lead else causes[0])
        closing = rng.choice(phrases.REPLY_CLOSINGS).format(clinic=specialty.clinic)
        advice = rng.sample(topic.advice, k=2)
        flags = rng.sample(topic.red_flags, k=min(len(topic.red_flags), rng.choice((2, 3))))
        flag_sentence = rng.choice(phrases.RED_FLAG_SENTENCES).format(flags=join_list(flags))

        shape = rng.choices(
            ("short", "prose", "advice_list", "flag_list"), weights=(20, 45, 22, 13)
        )[0]
        if shape == "short":
            parts = [f"{first_cause} {closing}"]
        elif shape == "prose":
            parts = [" ".join((first_cause, *causes[1:2], advice[0], flag_sentence, closing))]
        elif shape == "advice_list":
            items = "\n".join(f"- {item}" for item in advice)
            parts = [
                first_cause,
                f"{rng.choice(phrases.ADVICE_LIST_LEADS)}\n\n{items}",
                f"{flag_sentence} {closing}",
            ]
        else:
            items = "\n".join(f"- {flag[:1].upper()}{flag[1:]}" for flag in flags)
            parts = [
                f"{first_cause} {advice[0]}",
                f"{rng.choice(phrases.RED_FLAG_LIST_LEADS)}\n\n{items}",
            ]
        return "\n\n".join(parts).format_map(voice)

    def _second_reply(
        self,
        specialty: SpecialtyContent,
        topic: TopicContent,
        voice: Voice,
        unused_causes: list[str],
    ) -> str:
        rng = self.rng
        point = rng.choice(unused_causes or topic.advice)
        sentences = [rng.choice(phrases.SECOND_REPLY_OPENERS), point]
        if rng.random() < 0.5:
            sentences.append(rng.choice(topic.advice))
        if rng.random() < 0.4:
            sentences.append(rng.choice(phrases.REPLY_CLOSINGS).format(clinic=specialty.clinic))
        return " ".join(sentences).format_map(voice)

    def _more_info(self, specialty: SpecialtyContent, topic: TopicContent, voice: Voice) -> str:
        rng = self.rng
        intro = f"{rng.choice(phrases.MORE_INFO_INTROS)}\n\n**{topic.name}.** {topic.description}"
        causes = rng.sample(topic.causes, k=len(topic.causes))
        cause_paragraph = f"{rng.choice(phrases.MORE_INFO_CAUSE_LEADS)} {' '.join(causes)}"
        advice = rng.sample(topic.advice, k=len(topic.advice))
        if rng.random() < 0.6:
            numbered = "\n".join(f"{i}. {item}" for i, item in enumerate(advice, start=1))
            advice_paragraph = f"{rng.choice(phrases.MORE_INFO_ADVICE_LEADS)}\n\n{numbered}"
        else:
            advice_paragraph = " ".join(advice)
        flags = join_list(rng.sample(topic.red_flags, k=len(topic.red_flags)))
        flag_paragraph = f"{rng.choice(phrases.MORE_INFO_RED_FLAG_LEADS)} {flags}."
        closing = rng.choice(phrases.MORE_INFO_CLOSINGS).format(clinic=specialty.clinic)
        paragraphs = [intro, cause_paragraph, advice_paragraph, flag_paragraph, closing]
        return "\n\n".join(paragraphs).format_map(voice)

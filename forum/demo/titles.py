"""The askers' own titles, composed per topic so that no two questions share one.

A title is one of the topic's titles, whole or with a second part: what the asker wants
to know ("Heavy cold: do I need antibiotics?"), a shared tail ("Heavy cold - should I
worry?"), a lead-in ("Quick question: heavy cold"), or what the question itself says of
how long it has lasted or how old the child is ("Heavy cold, two weeks now").

Each topic deals from a shuffled deck, its plain titles likelier to come first, so the
default run reads like short, everyday subjects and the composed ones fill larger runs.
The desk remembers every title and headline it has given (case aside), so none repeats
until a topic has run out of them all: never at the default size or in a run of a few
thousand questions; at bench sizes, a million questions, titles repeat.
"""

import random
from collections.abc import Iterator

from .text import lower_first
from .types import TopicContent

# After one of the topic's titles that is not itself a question; parents write them too.
SHARED_TAILS = (
    " - should I worry?",
    ", is this normal?",
    ": what could it be?",
    " - is it serious?",
    ", what should I do?",
    " - any advice?",
    ", need advice",
    " - please help",
    ": when should I see a doctor?",
    " - what are my options?",
    ", still no better",
    " - what's causing it?",
    ": is this something to worry about?",
    " - second opinion please",
    ", not sure what to do",
    " - can it wait?",
    ", is it anything to worry about?",
    " - are tests needed?",
    ": normal or not?",
    " - does it need treatment?",
    " - how long will it last?",
    ", what can I do at home?",
    " - is a check-up needed?",
    ", could it be something serious?",
    ", what helps?",
    " - what do you think?",
)

# Before any of the topic's titles, questions too.
LEAD_INS = ("Quick question: ", "Please help: ", "Advice needed: ", "Help - ", "Question: ")

# Between a title and one of the topic's asks: "Heavy cold: do I need antibiotics?"
ASK_JOINS = (": ", " - ", ", ")

# What the question says of the asker, put after a title. "how_long" is in the voice
# only when the body says how long, so that a title never gives a span the body does not.
PERSONAL_TAILS = {
    "how_long": (", {how_long} now", " - {how_long} and counting"),
    "child_age": (" ({child_age} old)",),
}

PLAIN_WEIGHT = 40
ASK_WEIGHT = 3
# A title that says how long or how old, where the asker's question allows one.
PERSONAL_SHARE = 0.15
# Cards drawn before the desk falls back on the personal titles, then on a repeat.
DECK_TRIES = 12
LONGEST = 100


def deck_for(topic: TopicContent) -> list[tuple[str, int]]:
    """Every title a topic's deck holds, as a template of the voice, with its weight."""
    cards: dict[str, int] = {}

    def add(template: str, weight: int) -> None:
        if len(template) <= LONGEST:
            cards.setdefault(template, weight)

    stems = [title for title in topic.titles if not title.endswith("?")]
    for title in topic.titles:
        add(title, PLAIN_WEIGHT)
    for index, stem in enumerate(stems):
        for number, ask in enumerate(topic.asks):
            add(f"{stem}{ASK_JOINS[(index + number) % 3]}{lower_first(ask)}", ASK_WEIGHT)
    for stem in stems:
        for tail in SHARED_TAILS:
            if not _says_twice(stem, tail):
                add(stem + tail, 1)
    for title in topic.titles:
        for lead in LEAD_INS:
            add(lead + lower_first(title), 1)
    return list(cards.items())


def _says_twice(stem: str, tail: str) -> bool:
    """ "Worried about a rash - should I worry?" says it twice."""
    return "worr" in stem.lower() and "worr" in tail


class TitleDesk:
    """Deals titles topic by topic, from decks shuffled with the writer's random stream.

    `taken` holds every title and headline given so far, in lower case; the headline desk
    shares it, since a question without a headline shows its title in its place.
    """

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = taken
        self.decks: dict[str, list[str]] = {}

    def deal(self, topic: TopicContent, voice: dict[str, str]) -> str:
        title = ""
        for title in self._candidates(topic, voice):
            if title.casefold() not in self.taken:
                break
        self.taken.add(title.casefold())
        return title

    def _candidates(self, topic: TopicContent, voice: dict[str, str]) -> Iterator[str]:
        personal = self._personal(topic, voice)
        if personal and self.rng.random() < PERSONAL_SHARE:
            yield personal.pop()
        for _ in range(DECK_TRIES):
            yield self._next(topic).format_map(voice)
        yield from personal

    def _personal(self, topic: TopicContent, voice: dict[str, str]) -> list[str]:
        """The topic's titles with what this asker's question says, in a random order."""
        stems = [title for title in topic.titles if not title.endswith("?")]
        titles = [
            (stem + tail).format_map(voice)
            for key, tails in PERSONAL_TAILS.items()
            if key in voice
            for tail in tails
            for stem in stems
        ]
        self.rng.shuffle(titles)
        return titles

    def _next(self, topic: TopicContent) -> str:
        deck = self.decks.get(topic.name)
        if not deck:
            # A weighted random order (Efraimidis-Spirakis): the heaviest keys come first.
            keyed = [(self.rng.random() ** (1 / w), card) for card, w in deck_for(topic)]
            keyed.sort(key=lambda pair: pair[0])
            deck = self.decks[topic.name] = [card for _, card in keyed]
        return deck.pop()

"""Editorial headlines, composed per topic from whole headlines, subjects and angles.

Each topic has a deck of every headline it can get: its whole headlines, each subject
with each angle (its own and the shared ones), and each subject in a few set phrases.
Headlines are dealt from a shuffled deck, topic-specific ones likelier to come early.
Some headlines name who is asking ("Hair Loss in Women", "Knee Pain After Sixty"), and
once a deck has run out its headlines come back only that way, so that no headline
repeats at the default size or in a run of a few thousand questions; in a run of a
hundred thousand, some do.
"""

import random
import re
from dataclasses import dataclass

from .types import SpecialtyContent, TopicContent

# Angles that fit any subject, after "{subject}: ".
SHARED_ANGLES = (
    "Causes and When to Worry",
    "Common Questions Answered",
    "When to See a Doctor",
    "What Helps and What to Watch For",
    "Causes, Self-Care and Warning Signs",
    "A Doctor Answers",
    "Questions to Ask Your Doctor",
    "Reassurance and Red Flags",
    "Common Causes and Rarer Ones",
    "What Your Doctor Will Check",
    "A Practical Guide",
    "Sorting the Common From the Serious",
    "Is It Serious?",
    "What It Usually Means",
    "Why It Happens",
    "What to Try First",
    "Signs That Need Attention",
    "What a Doctor Looks For",
    "Myths and Facts",
    "Tests and Treatment",
    "When Home Care Is Enough",
    "Answers to Common Worries",
    "Getting the Right Help",
    "Practical Advice From a Doctor",
    "Understanding the Options",
    "The Questions Patients Ask Most",
    "A Plain-Language Guide",
    "Causes, Tests and Next Steps",
)

# Set phrases around a subject: {subject} mid-phrase ("a Stiff Shoulder"), {Subject} first.
SUBJECT_PHRASES = (
    "Understanding {subject}",
    "{Subject} Explained",
    "A Closer Look at {subject}",
    "Questions About {subject}",
    "What to Know About {subject}",
    "Making Sense of {subject}",
    "A Guide to {subject}",
    "A Doctor's View on {subject}",
)

AGE_QUALIFIERS = {
    "10~19": ("in Teenagers",),
    "20~29": ("in Your Twenties", "in Young Adults"),
    "30~39": ("in Your Thirties",),
    "40~49": ("in Your Forties", "in Midlife"),
    "50~59": ("in Your Fifties", "in Midlife"),
    "60~69": ("After Sixty", "in Your Sixties"),
    "70~79": ("in Later Life", "in Your Seventies"),
    "80+": ("in Later Life", "After Eighty"),
}
GENDER_QUALIFIERS = {"female": "in Women", "male": "in Men"}
# (below this age in months, qualifier)
CHILD_QUALIFIERS = (
    (12, "in Babies"),
    (36, "in Toddlers"),
    (84, "in Young Children"),
    (120, "in School-Age Children"),
    (10_000, "in Older Children"),
)
# Subjects that already say who has it take no qualifier ("Adult Acne in Teenagers").
SAYS_WHO = re.compile(
    r"\b(in|after|adults?|child\w*|bab(y|ies)|infants?|toddlers?|teen\w*)\b", re.I
)

SPECIFIC_WEIGHT = 3
QUALIFIED_SHARE = 0.25
# Cards drawn, each with its qualified versions, before a headline may repeat.
DECK_TRIES = 12


@dataclass(frozen=True, slots=True)
class Card:
    """One headline in a deck: whole, or a subject with an angle or a set phrase."""

    text: str
    subject: str = ""
    template: str = ""


def deck_for(topic: TopicContent) -> list[Card]:
    """Every headline a topic can get, with the weight that orders the shuffled deck."""
    subjects = list(dict.fromkeys((*topic.headline_subjects, topic.name)))
    cards: dict[str, tuple[Card, int]] = {}

    def add(card: Card, weight: int) -> None:
        cards.setdefault(card.text, (card, weight))

    for headline in topic.headlines:
        add(Card(headline), SPECIFIC_WEIGHT)
    for subject in subjects:
        for angle in topic.headline_angles:
            add(Card(f"{subject}: {angle}", subject, f"{{s}}: {angle}"), SPECIFIC_WEIGHT)
    for subject in subjects:
        for angle in SHARED_ANGLES:
            add(Card(f"{subject}: {angle}", subject, f"{{s}}: {angle}"), 1)
    # Set phrases need a subject that reads as a noun phrase, which the topic name may not.
    for subject in topic.headline_subjects:
        for phrase in SUBJECT_PHRASES:
            template = phrase.replace("{subject}", "{m}").replace("{Subject}", "{s}")
            add(Card(fill(template, subject), subject, template), 1)
    return list(cards.values())


def fill(template: str, subject: str) -> str:
    """Put a subject into a template; mid-phrase, its article is lower-case."""
    mid = re.sub(r"^(A|An|The) ", lambda m: m.group(1).lower() + " ", subject)
    return template.replace("{s}", subject).replace("{m}", mid)


def qualifiers_for(
    voice: dict[str, str], topic: TopicContent, specialty: SpecialtyContent
) -> list[str]:
    """Who is asking, as a headline can say it: an age group, and a sex where it varies."""
    if specialty.asked_by_parent:
        months = int(voice["months"])
        return [next(q for limit, q in CHILD_QUALIFIERS if months < limit)]
    found = list(AGE_QUALIFIERS.get(voice["age_range"], ()))
    sexes = {g for g in (topic.genders or specialty.genders) if g in GENDER_QUALIFIERS}
    if len(sexes) > 1 and voice["gender"] in GENDER_QUALIFIERS:
        found.append(GENDER_QUALIFIERS[voice["gender"]])
    return found


class HeadlineDesk:
    """Deals headlines topic by topic from decks shuffled with the writer's random stream.

    `taken` holds every headline (and title) given so far, in lower case: a headline is
    given again only when every card tried, with every qualifier, is taken.
    """

    def __init__(self, rng: random.Random, taken: set[str] | None = None) -> None:
        self.rng = rng
        self.taken = set() if taken is None else taken
        self.decks: dict[str, list[Card]] = {}

    def deal(self, topic: TopicContent, qualifiers: list[str]) -> str:
        headline = ""
        for _ in range(DECK_TRIES):
            for headline in self._versions(self._next(topic), qualifiers):
                if headline.casefold() not in self.taken:
                    self.taken.add(headline.casefold())
                    return headline
        return headline

    def _versions(self, card: Card, qualifiers: list[str]) -> list[str]:
        """The card's headline, and the same for who is asking, likelier plain."""
        if not card.subject or not qualifiers or SAYS_WHO.search(card.subject):
            return [card.text]
        qualified = [
            fill(card.template, f"{card.subject} {qualifier}")
            for qualifier in self.rng.sample(qualifiers, k=len(qualifiers))
        ]
        if self.rng.random() < QUALIFIED_SHARE:
            return [qualified[0], card.text, *qualified[1:]]
        return [card.text, *qualified]

    def _next(self, topic: TopicContent) -> Card:
        deck = self.decks.get(topic.name)
        if not deck:
            deck = self.decks[topic.name] = self._shuffled(topic)
        return deck.pop()

    def _shuffled(self, topic: TopicContent) -> list[Card]:
        # A weighted random order (Efraimidis-Spirakis): the heaviest keys are dealt first.
        rng = self.rng
        keyed = [(rng.random() ** (1 / weight), card) for card, weight in deck_for(topic)]
        keyed.sort(key=lambda pair: pair[0])
        return [card for _, card in keyed]

"""The shape of the demo content: what one specialty and one topic provide to the writer."""

from dataclasses import dataclass
from typing import Literal

# How long askers say they have had it: days or weeks for short illnesses ("acute"),
# weeks to months ("recent"), months to years ("lasting"), or anything ("any").
Course = Literal["acute", "recent", "any", "lasting"]

# Most askers say whether they are a woman or a man; some prefer not to.
ADULT_GENDERS: tuple[str, ...] = ("female",) * 9 + ("male",) * 8 + ("undisclosed",) * 3 + ("other",)


@dataclass(frozen=True)
class TopicContent:
    """Sentence pools for one topic, from which questions and replies are composed.

    Patient sentences may use {side} ("left"/"right"). Pediatric ones may also use
    {kid}/{Kid} ("my daughter"), {pr}/{Pr} (she/he), {pos}/{Pos} (her/his) and {obj}
    (her/him); doctor sentences may use {child}/{Child} ("your daughter").
    """

    name: str
    description: str
    # Relative frequency among the specialty's questions: uneven on purpose, so that a
    # rare shared topic means more than a common one in "Similar Q&A".
    weight: int
    titles: tuple[str, ...]
    # Editorial headlines: whole ones, and the parts they are composed from. A subject is
    # a noun phrase in title case that reads after "Understanding "; an angle reads after
    # "{subject}: ". Every subject goes with every angle of the topic and with the shared
    # angles, so no subject may belong to two topics.
    headlines: tuple[str, ...]
    headline_subjects: tuple[str, ...]
    headline_angles: tuple[str, ...]
    # Each symptom must make sense as the first sentence of a question, and, up to
    # max_symptoms of them, in any mix.
    symptoms: tuple[str, ...]
    details: tuple[str, ...]
    tried: tuple[str, ...]
    asks: tuple[str, ...]
    # The first cause is the main explanation, and More Info always starts with it. When
    # it reads as being about the asker ("... is typical of ..."), replies may put "From
    # what you describe, " in front of it; other causes may lead unless they say "also".
    causes: tuple[str, ...]
    advice: tuple[str, ...]
    # Noun phrases that read after "if you notice ...", joined into one sentence or a list.
    red_flags: tuple[str, ...]
    # Topics of the same specialty that are often tagged together with this one.
    related: tuple[str, ...] = ()
    # Overrides of the specialty's typical askers; repeat a value to make it likelier.
    ages: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    # Pediatrics: the child's age in months, as an inclusive range.
    child_months: tuple[int, int] = (12, 144)
    # How long askers say they have had it (see Course).
    course: Course = "any"
    # Topics whose symptoms are alternatives (one rash or another) allow only one.
    max_symptoms: int = 3
    # Sentences that replace the shared onsets ("It started about {duration} ago.") where
    # those don't fit: a test result, a seasonal or a recurring problem. A topic that has
    # them also skips the shared "what I tried" lines and story intros that give a duration.
    onsets: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpecialtyContent:
    name: str
    slug: str
    description: str
    # Where the replies send people: "a neurology clinic".
    clinic: str
    # What its doctors are called in their biographies: "neurologist".
    practitioner: str
    # Relative share of all demo questions.
    weight: int
    ages: tuple[str, ...]
    topics: tuple[TopicContent, ...]
    genders: tuple[str, ...] = ADULT_GENDERS
    # Pediatrics: a parent writes about a child, so the text uses the {kid} placeholders.
    asked_by_parent: bool = False

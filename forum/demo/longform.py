"""The "More Info" text under the replies: general information in Markdown, in several shapes.

Some open straight with what the condition is, some with a short summary, some with the
asker's own question, some run as a few questions and answers, and some open with a
general remark. Causes always start with the main explanation, because the others are
written to follow it ("... can also ...").
"""

import random

from .text import join_list, lower_first, topic_in_sentence, upper_first
from .types import SpecialtyContent, TopicContent

Voice = dict[str, str]

GENERAL_INTROS = (
    "Questions like this one come up often, and they deserve a careful answer.",
    "What you describe is a common reason people seek advice, and most of the time the "
    "explanation is reassuring.",
    "Many people face a question like this at some point, and it is reasonable to want to "
    "understand it before deciding what to do.",
    "It helps to step back and look at the whole picture before drawing conclusions.",
    "Problems like this are easier to deal with once you know what usually causes them.",
    "This is a good example of a problem where a little background makes the next steps "
    "much clearer.",
)

# The asker's own question, quoted; {who} is "a woman in her thirties" or "a parent of ...".
SITUATION_OPENERS = (
    "The question above comes from {who}: *{ask}*",
    "{Who} asks: *{ask}*",
    "Here, {who} wants to know: *{ask}*",
    "{Who} writes in with a question many readers share: *{ask}*",
)
SITUATION_BRIDGES = (
    "It is a fair question, and the answer starts with the background below.",
    "Here is the background that helps answer it.",
    "The answer depends on a few things, set out below.",
    "Most questions like this have a reassuring answer, but not all, so it is worth going "
    "through the details.",
)

SUMMARY_LABELS = ("**In short:**", "**The short answer:**", "**In brief:**")
# A summary in other words than the sections below it; {mid} is the topic mid-sentence.
SUMMARY_SENTENCES = (
    "When it comes to {mid}, the likely causes, what helps and the signs that need a prompt "
    "check are set out below.",
    "Problems like this are common, and most have a clear explanation once a doctor has "
    "looked into them.",
    "The key is to find the cause rather than guess; the points below help with that.",
)
FIRST_STEP_LEADS = ("Worth knowing first:", "One useful point:", "Above all:")
KEY_POINTS_TITLES = ("**Key points**", "**At a glance**")
SHORT_FLAG_SENTENCES = (
    "A few warning signs, listed below, mean it should be checked sooner.",
    "Some warning signs, listed below, call for a prompt visit.",
)

# "{name}" is the topic as a title, "{mid}" as it reads mid-sentence.
DEFINITIONS = (
    "**{name}:** {description}",
    "**{name}.** {description}",
    "The term *{mid}* describes {lower_description}",
)

HEADINGS = {
    "what": ("### What it is", "### About {name}", "### The basics"),
    "why": ("### Why it happens", "### Common causes", "### What usually lies behind it"),
    "do": ("### What helps", "### What you can do", "### Practical steps"),
    "when": ("### When to see a doctor sooner", "### Warning signs", "### When not to wait"),
}
FAQ = {
    "what": "**What is it?**",
    "why": ("**Why does it happen?**", "**What causes it?**"),
    "do": ("**What can I do?**", "**What helps?**"),
    "when": ("**When should I see a doctor?**", "**When is it urgent?**"),
}

CAUSE_LEADS = (
    "There are several possible explanations.",
    "A few causes are worth considering.",
    "Doctors usually think about the following possibilities.",
    "Several things can lie behind it.",
)
ADVICE_LEADS = (
    "Some practical points:",
    "What usually helps:",
    "Worth knowing:",
    "Steps that make a difference:",
)
RED_FLAG_LEADS = (
    "Some signs should not wait for a routine appointment. See a doctor promptly if you notice",
    "Get checked sooner rather than later if you notice",
    "Be alert for warning signs that call for a faster assessment, including",
    "Seek medical advice without delay if there is",
)
RED_FLAG_LIST_LEADS = (
    "See a doctor promptly if you notice any of these:",
    "Don't wait for a routine appointment if you have:",
    "These signs call for a faster assessment:",
)
CLOSINGS = (
    "In short, most cases have a manageable cause, but only an examination can confirm it. "
    "A visit to {clinic}, where a doctor can take a full history, examine and order tests if "
    "needed, is the surest way to get a clear answer.",
    "Keep a simple diary of when the symptoms appear and what seems to affect them; it makes "
    "the visit to {clinic} far more useful. Bring a list of any medicines too.",
    "This information is general and cannot replace a personal consultation. If the symptoms "
    "persist or you are unsure, {clinic} is the right place to start.",
    "If things are not improving, or you simply want certainty, book a visit to {clinic}; "
    "bring notes on how long it has lasted and what you have tried.",
    "Most people with this problem do well once the cause is clear. A visit to {clinic} is "
    "the natural next step if it doesn't settle.",
)
FAQ_CLOSINGS = (
    "Otherwise, a routine visit to {clinic} is the right next step if it doesn't settle.",
    "If none of these apply, {clinic} can see you at a routine appointment.",
)

AGE_WORDS = {
    "10~19": "teens",
    "20~29": "twenties",
    "30~39": "thirties",
    "40~49": "forties",
    "50~59": "fifties",
    "60~69": "sixties",
    "70~79": "seventies",
}
PEOPLE = {"female": ("a woman", "her"), "male": ("a man", "his")}


def more_info(
    rng: random.Random, specialty: SpecialtyContent, topic: TopicContent, voice: Voice
) -> str:
    parts = Parts(rng, specialty, topic, voice)
    shape = rng.choices(
        ("explainer", "summary", "situation", "faq", "general"), weights=(22, 20, 22, 16, 20)
    )[0]
    if shape == "faq":
        return "\n\n".join(parts.faq())
    if shape == "summary":
        opening = [parts.summary()]
    elif shape == "situation":
        opening = [parts.situation()]
    elif shape == "general":
        opening = [rng.choice(GENERAL_INTROS)]
    else:
        opening = []
    heads = shape == "explainer" or rng.random() < 0.35
    paragraphs = [
        *opening,
        parts.definition(heading=heads),
        parts.causes(heading=heads),
        parts.advice(heading=heads),
        parts.flags(heading=heads),
    ]
    if shape == "general" or rng.random() < 0.6:
        paragraphs.append(parts.closing())
    return "\n\n".join(paragraphs)


class Parts:
    """The pieces of one More Info text, each drawn in a random order and form."""

    def __init__(
        self, rng: random.Random, specialty: SpecialtyContent, topic: TopicContent, voice: Voice
    ) -> None:
        self.rng = rng
        self.specialty = specialty
        self.topic = topic
        self.voice = voice
        others = list(topic.causes[1:])
        rng.shuffle(others)
        self.cause_list = [fill(topic.causes[0], voice), *(fill(c, voice) for c in others)]
        self.advice_list = [fill(a, voice) for a in rng.sample(topic.advice, k=len(topic.advice))]
        self.flag_list = rng.sample(topic.red_flags, k=len(topic.red_flags))

    def _heading(self, part: str) -> str:
        return self.rng.choice(HEADINGS[part]).format(name=self.topic.name)

    def definition(self, heading: bool = False, after_label: bool = False) -> str:
        topic = self.topic
        # Under a heading or a bold question, a bold name would be a second heading.
        forms = DEFINITIONS[2:] if heading or after_label else DEFINITIONS
        text = self.rng.choice(forms).format(
            name=topic.name,
            mid=topic_in_sentence(topic.name),
            description=topic.description,
            lower_description=lower_first(topic.description),
        )
        return f"{self._heading('what')}\n\n{text}" if heading else text

    def causes(self, heading: bool = False) -> str:
        rng = self.rng
        if rng.random() < 0.3:
            text = "\n".join(f"- {cause}" for cause in self.cause_list)
            lead = rng.choice(CAUSE_LEADS[:3])
            return f"{self._heading('why')}\n\n{text}" if heading else f"{lead}\n\n{text}"
        text = " ".join(self.cause_list)
        if heading:
            return f"{self._heading('why')}\n\n{text}"
        return f"{rng.choice(CAUSE_LEADS)} {text}"

    def advice(self, heading: bool = False) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.55:
            text = "\n".join(f"{i}. {item}" for i, item in enumerate(self.advice_list, start=1))
        elif roll < 0.75:
            text = "\n".join(f"- {item}" for item in self.advice_list)
        else:
            text = " ".join(self.advice_list)
            return f"{self._heading('do')}\n\n{text}" if heading else text
        lead = self._heading("do") if heading else rng.choice(ADVICE_LEADS)
        return f"{lead}\n\n{text}"

    def flags(self, heading: bool = False) -> str:
        rng = self.rng
        if rng.random() < 0.35:
            items = "\n".join(f"- {upper_first(flag)}" for flag in self.flag_list)
            text = f"{rng.choice(RED_FLAG_LIST_LEADS)}\n\n{items}"
        else:
            text = f"{rng.choice(RED_FLAG_LEADS)} {join_list(self.flag_list)}."
        return f"{self._heading('when')}\n\n{text}" if heading else text

    def closing(self, choices: tuple[str, ...] = CLOSINGS) -> str:
        return self.rng.choice(choices).format(clinic=self.specialty.clinic)

    def summary(self) -> str:
        """A short summary; its first step is left out of the advice further down."""
        rng = self.rng
        gist = rng.choice(SUMMARY_SENTENCES).format(mid=topic_in_sentence(self.topic.name))
        first_step = f"{rng.choice(FIRST_STEP_LEADS)} {lower_first(self.advice_list.pop(0))}"
        if rng.random() < 0.5:
            return f"{rng.choice(SUMMARY_LABELS)} {gist} {first_step}"
        points = [gist, first_step, rng.choice(SHORT_FLAG_SENTENCES)]
        return rng.choice(KEY_POINTS_TITLES) + "\n\n" + "\n".join(f"- {p}" for p in points)

    def situation(self) -> str:
        who = self._who()
        opener = self.rng.choice(SITUATION_OPENERS).format(
            who=who, Who=upper_first(who), ask=self.voice["ask"]
        )
        return f"{opener} {self.rng.choice(SITUATION_BRIDGES)}"

    def faq(self) -> list[str]:
        rng = self.rng
        return [
            f"{FAQ['what']} {self.definition(after_label=True)}",
            f"{rng.choice(FAQ['why'])} {' '.join(self.cause_list)}",
            f"{rng.choice(FAQ['do'])}\n\n"
            + "\n".join(f"{i}. {item}" for i, item in enumerate(self.advice_list, start=1)),
            f"{rng.choice(FAQ['when'])} {self.flags_sentence()} {self.closing(FAQ_CLOSINGS)}",
        ]

    def flags_sentence(self) -> str:
        return f"See a doctor promptly if you notice {join_list(self.flag_list)}."

    def _who(self) -> str:
        voice = self.voice
        if self.specialty.asked_by_parent:
            age = voice["child_age"].replace(" years", "-year").replace(" month", "-month")
            age = age.removesuffix("s")
            article = "an" if age[0] in "aeio" else "a"
            return f"a parent of {article} {age}-old {voice['noun']}"
        person, pronoun = PEOPLE.get(voice["gender"], ("a reader", "their"))
        age_range = voice["age_range"]
        if age_range == "80+":
            return f"{person} over eighty"
        if age_range == "10~19":
            return "a teenager"
        return f"{person} in {pronoun} {AGE_WORDS[age_range]}"


def fill(sentence: str, voice: Voice) -> str:
    return sentence.format_map(voice)

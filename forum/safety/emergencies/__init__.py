"""Emergencies in free text: a situation, now, where the right advice is "call 119 / go to
the emergency department", not "wait for a doctor's answer".

`find(text)` returns the emergency the text describes, or None; when it shows signs of
several kinds, the kind first in PRECEDENCE (thoughts of suicide before all others). The text
is read sentence by sentence, and each sentence clause by clause. Each kind's signs (SIGNS) are of
three sorts: a sign that is an emergency on its own ("chest pain", "face drooping",
"swallowed a battery"), signs that are one together in a sentence ("burned" and "face") and
signs that are one together anywhere in the text ("hit his head" and "vomiting", "6 weeks
old" and "38.3").

A sign does not count when something makes it someone else's, past, hypothetical or mild:
a negation just before it ("no chest pain", "neck is not stiff"); a past in its clause, or
carried over from the clause before ("last Tuesday, her throat swelled"); an end after it
("it came out, he's been fine for 3 days"), except for kinds where feeling fine changes
nothing (a swallowed battery, a stroke that passed); a clinician's verdict since ("the ER
said Bell's palsy"); a supposition ("what should I do if he
has a seizure"); family history; a general question ("what are the signs of a stroke?"); a
professional asking for work ("I'm a nurse"); a figure of speech ("this job is killing
me"); a mild or long-standing version of a graded sign ("a bit of chest tightness", "stomach
ache on and off for months"). Patients write with typos, without apostrophes and in a mix of
English and Chinese, so the signs are spelled loosely, and "probably nothing but" changes
nothing.

Chinese (Traditional, as written in Taiwan) is read too, by a reader of its own (chinese/):
the same kinds, the same precedence and the same discipline about what does not count, in
the ways Chinese says it ("沒有胸痛", "五年前中風過", "爸爸是心肌梗塞走的", "中風的徵兆有哪些",
"氣到吐血", "胸口有點悶好幾個月了"). A text with no Chinese in it is read in English alone; a
text in both languages by both readers (chinese.parts says which reads what). The two
readers share the steps of reading a text and how a sign is judged in its clause
(judging.py).

Every pattern reads its input in time linear in its length: words and the gaps between
them are bounded, nothing unbounded is nested or repeated, and every English sign starts a
word.
"""

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
from .reading import PRECEDENCE, SIGNS, find

__all__ = [
    "ABDOMEN",
    "ANAPHYLAXIS",
    "BLEEDING",
    "BREATHING",
    "BURNS",
    "CONFUSION",
    "DESCRIPTIONS",
    "DIABETIC",
    "HEAD_INJURY",
    "HEART_ATTACK",
    "INFANT_FEVER",
    "MENINGITIS",
    "OVERDOSE",
    "PRECEDENCE",
    "PREGNANCY",
    "SEIZURE",
    "SIGNS",
    "STROKE",
    "SUICIDE",
    "TESTICULAR",
    "UNCONSCIOUS",
    "Emergency",
    "find",
]

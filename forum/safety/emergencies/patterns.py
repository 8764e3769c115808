"""The building blocks of the signs: patterns over normalised text, the gaps between their
words, the words several kinds share, and a kind's Signs."""

import re
from dataclasses import dataclass


def any_of(*patterns: str) -> re.Pattern:
    """One pattern for any of these. A match starts a word (which also spares the engine from
    trying every alternative at every letter)."""
    return re.compile(r"(?<![a-z0-9])(?=\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


# The text is normalised first (see reading._normalised): lower case, one space between words,
# straight apostrophes. A gap of up to n words between two parts of a sign does not pass over
# a negation: "neck is not stiff" is no "neck ... stiff".
GAP_WORD = (
    r"(?!(?:not|no|never|none|nor|nothing|without|(?:is|are|was|were|do|does|did|has|have|had"
    r"|ca|could|wo|would|should)n'?t|cannot)\b)[\w'-]{1,25}"
)


def gap(n: int) -> str:
    return rf"(?:{GAP_WORD} ){{0,{n}}}"


# Words several kinds use, as patients spell them.
WHO = r"(?:my|his|her|the|their|our|a|one|your)"
CANT = (
    r"(?:can'?t|cannot|can not|unable to|could ?n'?t|not able to|hard to|difficult to"
    r"|difficulty|trouble|hard time|struggl\w{0,4}(?: to| for)?|fight\w{0,4} (?:to|for))"
)
BREATHE = r"(?:breat\w{0,4}|breth\w{0,4}|brea?hting|brath\w{0,4}|breeth\w{0,4}|air)"
PAIN = r"(?:pain\w{0,4}|pian\w{0,2}|paim|aches?|aching|hurt\w{0,4}|sore|痛)"
VOMIT = r"(?:vom+[io]t\w{0,4}|throw\w{0,3} up|threw up|thrown up|puk\w{0,3}|嘔吐|一直吐|吐了)"
SUDDEN = r"(?:su+d+[ae]n+t?(?:ly|ley|ely|lly)?|all of a sudden|out of nowhere|突然)"
SEVERE = (
    r"(?:sev[ae]re?|(?:very|really|so|super|extremely|too) (?:bad|strong|severe|serious"
    r"|painful|intense|sharp)|terrib\w{0,3}|horrib\w{0,3}|awful|extreme\w{0,2}|worst"
    r"|unbearable|excruciating|intense|crushing|(?:10|9|8) ?(?:/|out of) ?10|劇痛|非常痛|很痛)"
)
FAINT = (
    r"(?:faint\w{0,3}\b(?! (?:positive|line|lines|pink|test))|pass\w{0,3} out|black\w{0,3} out"
    r"|collaps\w{0,3}|昏倒|暈倒)"
)
SWELL = r"(?:sw[eo]ll?\w{0,4}|puff\w{0,3})"
BLEED = r"(?:\bble{1,2}d\w{0,4}\b|流血|出血)"
# "Blood" as bleeding, not a blood test, blood pressure or blood sugar.
BLOOD = (
    r"\bblood\b(?! (?:tests?|pressure|sugars?|glucose|work|type|donat\w*|draws?|results?"
    r"|counts?|levels?|thinners?|vessels?|bank|cells?|clots? in (?:the|my|his|her) (?:leg|lung)))"
)
CHEST = r"(?:chest|breastbone|sternum|胸口|胸部|心臟|心口)"
BELLY = r"(?:belly|stomach\w{0,2}|stomac\b|tummy|abdom\w{0,6}|肚子|腹部|肚)"
SEIZ = r"(?:s(?:ei|ie|e)z\w{0,5}|fits?\b|convuls\w{0,5}|抽搐|痙攣)"
CONFUSED = (
    r"(?:conf[ue]s(?:ed|ion)\b|confuse\b|disorient\w{0,5}|delirious)(?! (?:about|by|with|between"
    r"|which|what|if|whether|because|over|as to)\b)"
)
# Not in one's right mind: confused, drowsy, not making sense, out.
ALTERED = (
    rf"{CONFUSED}|not making (?:any )?sense|(?:doesn'?t|does not) make (?:any )?sense"
    rf"|talk\w{{0,3}} {gap(1)}(?:nonsense|strange\w{{0,2}}|weird\w{{0,2}}|funny)"
    rf"|acting (?:strange\w{{0,2}}|weird\w{{0,2}}|drunk|odd)|aggressive|drows\w{{0,3}}"
    rf"|(?:very|so|extremely) sleepy|{CANT} (?:answer|wake|be woken)|hard to wake|won'?t wake"
    rf"|unconscious|unrespon\w{{0,5}}|{FAINT}|s(?:ei|ie|e)z\w{{0,5}}|slurr\w{{0,3}}"
)
FEVER = (
    rf"(?<![\d.])3[89](?:[.,]\d{{1,2}})? ?(?:°|\u00ba|degrees?|deg\b|c\b|\u2103|度)"
    rf"|(?<![\d.])3[89][.,]\d(?!\d)|(?<![\d.])10[0-4](?:\.\d)? ?(?:°|degrees?|f\b|\u2109)"
    rf"|fever\w{{0,4}}|febrile|high temp\w{{0,7}}|temp\w{{0,7}} {gap(3)}3[89]\b"
    rf"|(?:feels?|felt|is|very|so|burning) (?:very |so |really )?hot\b|hot to (?:the )?touch"
    rf"|burning up|發燒|發熱|燒到"
)
PILLS = (
    r"(?:pills?|tablets?|tabs|capsules?|caps|meds|medicines?|medications?|panadol|tylenol"
    r"|paracetamol|acetaminophen|ibuprofen|advil|aspirin|insulin|antidepressants?|sleeping \w+"
    r"|xanax|valium|ativan|lorazepam|alprazolam|diazepam|clonazepam|zolpidem|stilnox|benzos?"
    r"|seroquel|quetiapine|amitriptyline|lithium|digoxin|warfarin|oxycodone|oxycontin|tramadol"
    r"|codeine|morphine|opioids?|fentanyl|heroin|ecstasy|mdma|ketamine|iron (?:pills|tablets))"
)
CHILD = (
    r"(?:toddler|baby|babies|kid|kids|child|children|son|daughter|grandson|granddaughter|boy|girl"
    r"|nephew|niece|\d{1,2} ?(?:yo|y/o|yrs?|years?|months?)(?: old)?|兒子|女兒|小孩|寶寶)"
)
DIABETES = (
    r"(?:diab[ei]t\w{0,4}|diabtic|type ?[12]\b|t[12]d?\b|insulin|metformin|sglt2|jardiance"
    r"|forxiga|glipizide|gliclazide|diamicron|amaryl|sulfonylurea|血糖|糖尿病)"
)
SUGAR = (
    r"(?:sugar|suger|sugr|glucose|gluc\b|\bbg\b|\bbs\b|bsl|meter|glucometer|reading"
    r"|dextro|hgt|血糖)"
)
# A baby under three months: days, 1-12 weeks, 1-2 months.
BABY_DAYS = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|few)"
BABY_WEEKS = (
    r"(?:[1-9]|1[0-2]|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)"
)
BABY_MONTHS = r"(?:[12]|1\.5|a|one|two|one and a half)"
BABY_AGE = (
    rf"(?:{BABY_DAYS}[- ]?days?|{BABY_WEEKS}[- ]?(?:weeks?|wks?)"
    rf"|{BABY_MONTHS}[- ]?(?:months?|mo|mths?))"
)


@dataclass(frozen=True)
class Signs:
    """A kind's signs: any one of `alone`; all the patterns of a group of `in_sentence`, in
    one sentence; all of a group of `in_text`, anywhere in the text (its first may be a day
    old: "hit her head yesterday, today she is confused")."""

    alone: re.Pattern | None = None
    in_sentence: tuple[tuple[re.Pattern, ...], ...] = ()
    in_text: tuple[tuple[re.Pattern, ...], ...] = ()

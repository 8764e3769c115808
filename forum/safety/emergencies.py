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

Every pattern reads its input in time linear in its length: words and the gaps between
them are bounded, nothing unbounded is nested or repeated, and every sign starts a word.
"""

import bisect
import itertools
import re
from dataclasses import dataclass

HEART_ATTACK, STROKE, BREATHING = "heart_attack", "stroke", "breathing"
ANAPHYLAXIS, BLEEDING, SUICIDE = "anaphylaxis", "bleeding", "suicide"
OVERDOSE, SEIZURE, UNCONSCIOUS = "overdose_poisoning", "seizure", "unconscious"
HEAD_INJURY, INFANT_FEVER, PREGNANCY = "head_injury", "infant_fever", "pregnancy"
BURNS, ABDOMEN, TESTICULAR = "burns", "abdomen", "testicular"
MENINGITIS, DIABETIC, CONFUSION = "meningitis", "diabetic", "confusion"

# What the ask form says for each kind, after "This may be an emergency:".
DESCRIPTIONS = {
    HEART_ATTACK: "signs of a heart attack",
    STROKE: "signs of a stroke",
    BREATHING: "trouble breathing",
    ANAPHYLAXIS: "a severe allergic reaction",
    BLEEDING: "heavy bleeding",
    SUICIDE: "thoughts of suicide or self-harm",
    OVERDOSE: "an overdose or poisoning",
    SEIZURE: "a seizure",
    UNCONSCIOUS: "someone who cannot be woken",
    HEAD_INJURY: "a head injury with warning signs",
    INFANT_FEVER: "fever in a baby under three months",
    PREGNANCY: "warning signs in pregnancy",
    BURNS: "a severe burn",
    ABDOMEN: "severe belly pain",
    TESTICULAR: "sudden testicle pain",
    MENINGITIS: "signs of meningitis",
    DIABETIC: "a diabetic emergency",
    CONFUSION: "sudden confusion",
}


@dataclass(frozen=True)
class Emergency:
    kind: str
    sentence: str

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.kind]


def _any(*patterns: str) -> re.Pattern:
    """One pattern for any of these. A match starts a word (which also spares the engine from
    trying every alternative at every letter)."""
    return re.compile(r"(?<![a-z0-9])(?=\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


# The text is normalised first (see _normalised): lower case, one space between words,
# straight apostrophes. A gap of up to n words between two parts of a sign does not pass over
# a negation: "neck is not stiff" is no "neck ... stiff".
GAP_WORD = (
    r"(?!(?:not|no|never|none|nor|nothing|without|(?:is|are|was|were|do|does|did|has|have|had"
    r"|ca|could|wo|would|should)n'?t|cannot)\b)[\w'-]{1,25}"
)


def _gap(n: int) -> str:
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
    rf"|talk\w{{0,3}} {_gap(1)}(?:nonsense|strange\w{{0,2}}|weird\w{{0,2}}|funny)"
    rf"|acting (?:strange\w{{0,2}}|weird\w{{0,2}}|drunk|odd)|aggressive|drows\w{{0,3}}"
    rf"|(?:very|so|extremely) sleepy|{CANT} (?:answer|wake|be woken)|hard to wake|won'?t wake"
    rf"|unconscious|unrespon\w{{0,5}}|{FAINT}|s(?:ei|ie|e)z\w{{0,5}}|slurr\w{{0,3}}"
)
FEVER = (
    rf"(?<![\d.])3[89](?:[.,]\d{{1,2}})? ?(?:°|\u00ba|degrees?|deg\b|c\b|\u2103|度)"
    rf"|(?<![\d.])3[89][.,]\d(?!\d)|(?<![\d.])10[0-4](?:\.\d)? ?(?:°|degrees?|f\b|\u2109)"
    rf"|fever\w{{0,4}}|febrile|high temp\w{{0,7}}|temp\w{{0,7}} {_gap(3)}3[89]\b"
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
_DAYS = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|few)"
_WEEKS = r"(?:[1-9]|1[0-2]|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)"
_MONTHS = r"(?:[12]|1\.5|a|one|two|one and a half)"
_AGE = rf"(?:{_DAYS}[- ]?days?|{_WEEKS}[- ]?(?:weeks?|wks?)|{_MONTHS}[- ]?(?:months?|mo|mths?))"


@dataclass(frozen=True)
class Signs:
    """A kind's signs: any one of `alone`; all the patterns of a group of `in_sentence`, in
    one sentence; all of a group of `in_text`, anywhere in the text (its first may be a day
    old: "hit her head yesterday, today she is confused")."""

    alone: re.Pattern | None = None
    in_sentence: tuple[tuple[re.Pattern, ...], ...] = ()
    in_text: tuple[tuple[re.Pattern, ...], ...] = ()


SIGNS: dict[str, Signs] = {
    # Chest pain or pressure, pain spreading to the arm or jaw, a hand on the chest; a cold
    # sweat with breathlessness or nausea.
    HEART_ATTACK: Signs(
        alone=_any(
            rf"{CHEST} ?{_gap(3)}(?:pain\w{{0,4}}|pian\w{{0,2}}|paim|hurt\w{{0,4}}|ache|aching"
            rf"|pres+ure|pressing|tight\w{{0,4}}|heav\w{{0,4}}|squeez\w{{0,4}}|crush\w{{0,4}}"
            rf"|discomfort|gripping|痛|悶|緊)",
            rf"(?:pain\w{{0,4}}|pian\w{{0,2}}|paim|hurt\w{{0,4}}|ache|aching|pres+ure|pressing"
            rf"|tight\w{{0,4}}|heav\w{{0,4}}|squeez\w{{0,4}}|crush\w{{0,4}}|discomfort|gripping)"
            rf" {_gap(5)}{CHEST}(?![a-z])",
            rf"(?:elephant|weight|brick|stone|rock|someone|somebody|something|truck) {_gap(2)}"
            rf"(?:on|sitting on|standing on|pressing on|pressing|sitting|standing) "
            rf"(?:{WHO} )?(?:chest|it|me)\b|like a (?:tight )?band",
            r"(?:having|getting|is having|am having) (?:a )?heart ?at+a?c?k",
            rf"(?:hold|clutch|grab|press|grip|rub)\w{{0,4}} {_gap(1)}(?:his|her|my|the) chest",
            rf"(?:pain\w{{0,4}}|pian|pres+ure|tight\w{{0,4}}|heav\w{{0,4}}|ache|hurt\w{{0,3}}) "
            rf"{_gap(4)}(?:go\w{{0,3}}|went|sprea?d\w{{0,4}}|radiat\w{{0,4}}|mov\w{{0,4}}"
            rf"|shoot\w{{0,4}}|travel\w{{0,4}}|extend\w{{0,4}}|into|down|up to) {_gap(3)}"
            rf"(?:left arm|left shoulder|jaw|neck|shoulder blades?|both arms|arms)\b",
            rf"heart (?!(?:at+a?c?k|burn|rate|disease|failure|beat|valve|problem|surgery|condition"
            rf"|medicine|meds|check|doctor|specialist|murmur)\b){_gap(4)}(?:pain\w{{0,4}}|pian"
            rf"|hurt\w{{0,3}}|squeez\w{{0,4}}|crush\w{{0,4}})",
            r"胸痛|胸悶|胸口(?:很|好|非常)?(?:痛|悶|緊)|心絞痛|心肌梗塞|心臟病發",
        ),
        in_sentence=(
            (
                _any(
                    r"cold sweat\w{0,3}|冒冷汗|冷汗|sweat\w{0,4} (?:a lot|alot|so much|heavily"
                    r"|buckets|like)|(?:drenched|dripping|soaked|pouring) (?:with |in )?sweat"
                    r"|(?:shirt|clothes) (?:all )?wet|clammy"
                ),
                _any(
                    r"chest|short of breath|breathless|nause\w{0,3}|faint|pale|gr[ae]y|jaw|left arm"
                ),
            ),
        ),
    ),
    # A drooping face, slurred or muddled speech, a weak or numb side, sudden loss of vision
    # or balance, the worst headache of one's life.
    STROKE: Signs(
        alone=_any(
            rf"(?:face|mouth|smile|lips?) {_gap(3)}(?:droop\w{{0,3}}|crooked|twist\w{{0,2}}|uneven"
            rf"|lopsided|sag\w{{0,4}}|drop\w{{0,4}}|fallen|falling|pulled|asymmetr\w{{0,3}}|歪"
            rf"|下垂)|(?:droop\w{{0,3}}|crooked|uneven|lopsided) (?:face|mouth|smile)"
            rf"|(?:face|mouth|smile|eye) {_gap(3)}(?:different|strange|weird|odd|funny|wrong|lower"
            rf"|down|numb) on (?:one|the left|the right|his left|his right|her left|her right"
            rf"|my left|my right) side",
            rf"(?:mouth|lips?) {_gap(3)}(?:can'?t|cannot|won'?t|doesn'?t) close|(?:water|drinks?"
            rf"|food|drool|saliva) {_gap(3)}(?:come|coming|came|leak\w{{0,3}}|drip\w{{0,3}}"
            rf"|fall\w{{0,3}}|spill\w{{0,3}}) out {_gap(4)}(?:one side|side of)"
            rf"|{CANT} smile (?:on|with) (?:one|the left|the right|that|his left|his right"
            rf"|her left|her right|my left|my right) side",
            rf"slur\w{{0,4}}|(?:speech|speach|speaking|talking|voice|words) {_gap(2)}(?:strange"
            rf"|weird|garbled|funny|messed|drunk|unclear|not clear|mixed\w{{0,3}}|jumbled|wrong"
            rf"|odd|nonsense)",
            rf"{CANT} {_gap(1)}(?:speak|talk|say) {_gap(1)}(?:properly|clearly|normally|right"
            rf"|words|well)|{CANT} (?:get|find|say) (?:the |his |her |my |any )?words?"
            rf"|(?:words|talking) (?:come|coming|came) out (?:wrong|funny|mixed)"
            rf"|{SUDDEN} {_gap(2)}{CANT} {_gap(1)}(?:speak|talk)",
            rf"words? {_gap(2)}(?:don'?t|doesn'?t|won'?t|can'?t|cannot|not) (?:come|coming) out"
            rf"|{CANT} understand (?:what|us|me|anything|words|when)|(?:words?|talk\w{{0,3}}"
            rf"|speak\w{{0,3}}|saying|sentences?) {_gap(3)}(?:make|makes|making) no sense",
            rf"(?:left|right|one) (?:side|arm|leg|hand)\w? {_gap(4)}(?:weak\w{{0,4}}|numb\w{{0,4}}"
            rf"|heavy|paraly\w{{0,4}}|limp|no (?:strength|power|feeling)|useless|clumsy|dead"
            rf"|not (?:moving|working)|{CANT} (?:move|lift|raise|feel|use|hold)"
            rf"|(?:don'?t|doesn'?t|won'?t|can'?t|cannot) (?:move|work))",
            rf"(?:weak\w{{0,4}}|numb\w{{0,4}}|paraly\w{{0,4}}) {_gap(2)}(?:on|in|of) {_gap(1)}"
            rf"(?:left|right|one) (?:side|arm|leg|hand|face)",
            rf"{CANT} {_gap(1)}(?:lift|raise|move|hold up|use|feel) (?:the |his |her |my )?(?:left"
            rf" |right )(?:arm|leg|hand|side|half)|{SUDDEN} {_gap(3)}(?:{CANT} (?:lift|raise|move)"
            rf"|weak\w{{0,4}}"
            rf"|numb\w{{0,4}}) {_gap(2)}(?:arm|leg|hand|side)",
            rf"(?:half|one side) of (?:{WHO} )?(?:body|face) {_gap(3)}(?:numb|weak|droop\w{{0,3}}"
            rf"|heavy|paraly\w{{0,4}}|{CANT} move|not moving)",
            r"keeps? (?:on )?dropping|(?:chopsticks|cup|spoon|pen) (?:\w{1,25} ){0,2}(?:keep|kept)"
            r" fall\w{0,3}",
            rf"{SUDDEN} {_gap(2)}(?:severe|terrible|worst|explosive|very bad|excruciating|intense)"
            rf" headache|worst (?:\w{{1,25}} )?(?:in|of) (?:my|his|her) life|worst headache"
            rf"|thunderclap|headache (?:came|come|comes) on (?:in|within) seconds"
            rf"|like (?:being |someone )?hit (?:with|by|me with) a hammer",
            rf"{SUDDEN} {_gap(3)}(?:lost|los[st] (?:of )?(?:the )?vision|{CANT} see|blind\w{{0,3}}"
            rf"|double vision|seeing double)|(?:lost|loss of) (?:the )?(?:vision|sight) in "
            rf"|{CANT} see {_gap(3)}(?:left|right) side|(?:black )?curtain (?:came|coming|fell)",
            r"(?:having|is having|had|has|maybe|think (?:it'?s|he'?s|she'?s|i'?m)?) ?a? stroke\b"
            r"(?! (?:in|last|years?|before|when|\d))",
            r"中風了|正在中風|可能中風|是不是中風|口齒不清|(?:講話|說話|講|說)不清楚|半邊(?:無力|麻)"
            r"|一邊下垂|嘴歪|臉歪|歪",
        ),
        in_sentence=(
            # a limb gone weak, double vision or a lost balance, with "suddenly"
            (
                _any(SUDDEN),
                _any(
                    r"double vision|seeing double|see double|falling to (?:the |one )?(?:left|right"
                    r"|side)|lost (?:my|his|her) balance|can'?t walk straight"
                ),
            ),
            (
                _any(SUDDEN),
                _any(
                    rf"(?:hand|arm|leg|face|side|手|腳|臉) ?{_gap(2)}(?:沒力|無力|沒有力|不能動"
                    rf"|weak\w{{0,4}}|numb\w{{0,4}}|no (?:strength|power))"
                ),
            ),
        ),
    ),
    # Cannot breathe or speak in sentences, choking, blue lips, an inhaler that does not
    # help, the ribs sucking in; very short of breath; drooling with noisy breathing.
    BREATHING: Signs(
        alone=_any(
            rf"{CANT} {_gap(1)}{BREATHE}\b(?! (?:through|from|with|out of) (?:{WHO} )?nose)"
            rf"|{CANT} (?:get|take|catch) {_gap(2)}(?:breath|air)|gasp\w{{0,3}}|air hunger",
            r"(?:not|isn'?t|stopped|no longer|barely|hardly) breath\w{0,3}|can'?t tell if "
            r"(?:\w{1,25} ){0,2}breath\w{0,3}",
            r"\bcho+k(?:ing|ed|es)\b(?! (?:feeling|sensation|me\b|hazards?))|\bchock(?:ing|ed)\b"
            r"|(?:stuck|lodged) in (?:his|her|my|the) (?:windpipe|airway)|went (?:in|into|down) "
            r"(?:his|her|the) (?:windpipe|airway)",
            rf"(?:lips?|face|fingers?|fingertips?|nails?|skin|mouth|tongue) {_gap(3)}"
            rf"(?:blu(?:e|ish)\w{{0,3}}"
            rf"|purple|gr[ae]y|dusky)|(?:blue|bluish|purple|gr[ae]y) (?:around|on|at|in) {_gap(2)}"
            rf"(?:lips?|mouth)|turn\w{{0,3}} blue|going blue|發紫",
            rf"(?:inhaler|ventolin|puffer|salbutamol|nebuli[sz]er|吸入劑) {_gap(4)}(?:not|isn'?t"
            rf"|doesn'?t|don'?t|no longer|didn'?t|won'?t|nothing) {_gap(1)}(?:help\w{{0,3}}"
            rf"|work\w{{0,3}})|(?:not|no) (?:help\w{{0,3}}|work\w{{0,3}}|effect) {_gap(4)}"
            rf"(?:inhaler"
            rf"|ventolin|puffer)|(?:inhaler|ventolin|puffer) {_gap(3)}(?:\d\d?|many|several|five"
            rf"|six|ten) (?:times|puffs)",
            rf"{CANT} {_gap(1)}(?:finish|complete|say|talk (?:in )?(?:full|whole|complete)) "
            rf"{_gap(2)}sentences?|(?:only|can only) (?:say|speak|talk) {_gap(1)}(?:few|2|3|two"
            rf"|three|one|a few) words",
            rf"{BREATHE} {_gap(1)}(?:very |so |really |extremely )?(?:hard|fast|heavy|rapid|quick"
            rf"|shallow|labou?red|noisy|loud) and (?:very )?(?:fast|hard|shallow|noisy|heavy"
            rf"|rapid)|{BREATHE} (?:is |are )?(?:so|very|really|extremely) (?:hard|difficult"
            rf"|labou?red)\b|using (?:his|her|my|the) (?:neck|stomach|belly|shoulder) "
            rf"(?:muscles? )?"
            rf"to breathe",
            rf"grunt\w{{0,3}}|(?:ribs?|chest|tummy|belly) {_gap(2)}(?:pull\w{{0,3}}|suck\w{{0,3}}"
            rf"|sink\w{{0,3}}"
            rf"|cav\w{{0,3}}) in|between (?:his|her|the) ribs|(?:suck|pull|sink|cav)\w{{0,3}} in "
            rf"(?:at|between|under|around) (?:the |his |her )?(?:neck|ribs?|chest|collarbones?"
            rf"|throat)|retraction\w{{0,2}}|nostrils? flaring|head bobbing",
            r"(?:feel\w{0,2}|feels) like (?:i'?m |he'?s |she'?s |i am |he is |she is )?drown\w{0,3}"
            r"|(?:i'?m|he'?s|she'?s|is|am|say|says|said) drowning\b(?! in)",
            r"(?:oxygen|o2|spo2|sat\w{0,7}|oximeter|(?:finger|oxygen) (?:\w{1,25} ){0,2}(?:thing"
            r"|machine|clip|meter)|血氧) (?:\w{1,25} ){0,3}(?:[5-8]\d|9[01]) ?%?(?![\d.])",
            r"(?:fell|fallen|falling|slipped) (?:in|into) (?:the |a )?(?:pool|water|river|sea|pond"
            r"|lake|bath(?:tub|s)?\b)|(?:pulled|taken|got|dragged) (?:him|her|them) out of "
            r"(?:the )?(?:water|pool|river|sea)|(?:nearly |almost )?drown(?:ed|ing)\b(?! in)",
            r"pink frothy|frothy (?:pink|sputum|spit)|can'?t lie (?:flat|down)"
            r"|stridor|whistl\w{0,3} (?:\w{1,25} ){0,3}breath\w{0,3} in",
            r"asthma attack (?:\w{1,25} ){0,2}(?:not stopping|won'?t stop|not getting better|bad"
            r"|severe)",
            r"喘不過氣|呼吸困難|不能呼吸|無法呼吸|透不過氣|吸不到氣|沒有呼吸|沒呼吸",
        ),
        in_sentence=(
            (
                _any(
                    r"short(?:ness)? (?:of |on )?breath\w{0,2}|breathless\w{0,4}|\bsob\b"
                    r"|out of breath"
                ),
                _any(
                    rf"\b(?:very|so|extremely|severe\w{{0,2}}|really|super|much)\b|{SUDDEN}|at rest"
                    rf"|sitting|resting|lying|can'?t lie|cannot lie|can'?t (?:walk|talk|speak)"
                    rf"|worse|blue|gasping|drown\w{{0,3}}|sweat\w{{0,3}}"
                ),
            ),
            # something stuck in the throat, and no sound or breath
            (
                _any(
                    rf"stuck in {_gap(2)}throat|went down the wrong (?:way|pipe)"
                    r"|(?:swallowed|inhaled|breathed in) (?:\w{1,25} ){0,3}(?:wrong|piece|coin"
                    r"|toy|peanut|grape|candy)"
                ),
                _any(
                    rf"{CANT} (?:speak|talk|cry|breathe|cough|make a sound)|cough\w{{0,3}} weakly"
                    rf"|no sound|blue|purple"
                ),
            ),
            (
                _any(r"drool\w{0,3}"),
                _any(rf"{CANT} {_gap(1)}swallow|won'?t swallow|lean\w{{0,3}} forward"),
            ),
            (
                _any(r"croup|whistl\w{0,3}|high[- ]pitched"),
                _any(
                    rf"drool\w{{0,3}}|lean\w{{0,3}} forward|blue|struggl\w{{0,4}}"
                    rf"|{CANT} {_gap(1)}swallow|very loud|loud even"
                ),
            ),
        ),
    ),
    # A throat closing or a tongue swelling; after something one reacts to (a food, a sting,
    # a new medicine, hives), swelling of the face, wheezing, a hoarse voice or fainting.
    ANAPHYLAXIS: Signs(
        alone=_any(
            rf"(?:throat|throut|troat|thorat|喉嚨) {_gap(4)}(?:clos\w{{0,4}}|tight\w{{0,4}}"
            rf"|narrow\w{{0,4}}|block\w{{0,4}}|squeez\w{{0,4}}|thick\w{{0,4}}|shut\w{{0,4}})",
            rf"tongue {_gap(3)}(?:{SWELL}|swol+en|thick\w{{0,3}}|big|huge)|{SWELL} {_gap(2)}"
            rf"(?:of |in |on )?(?:{WHO} )?tongue",
            r"(?:having|going into|is in|in|think (?:it'?s|this is)|maybe) (?:an? )?anaphyla\w{0,6}"
            r"|anaphylactic (?:shock|reaction)|(?:used|gave|give|giving|inject\w{0,3}) "
            r"(?:\w{1,25} ){0,2}epi-?pen|epi-?pen (?:\w{1,25} ){0,2}(?:used|injected|didn'?t help)",
            r"嘴唇腫|喉嚨(?:很|好)?(?:緊|腫)|過敏性休克",
        ),
        in_text=(
            (
                _any(
                    r"allergic reaction|allergy attack|過敏|(?:bee|wasp|hornet|虎頭蜂) ?sting"
                    r"|\bstung\b|sting|peanut\w{0,3}|\bnuts?\b|shrimp|prawn|crab|shellfish|seafood"
                    r"|lobster|mango|kiwi|sesame|amoxicillin|penicillin|antibiotic\w{0,2}"
                    r"|new (?:medicine|medication|drug|pill)|injection|contrast|vaccine|hives"
                    r"|rash all over|itchy (?:all over|everywhere)|after (?:taking|eating|drinking"
                    r"|using)|aspirin|ibuprofen|painkiller"
                ),
                _any(
                    rf"(?:throat|tongue) {_gap(3)}(?:tight\w{{0,4}}|thick\w{{0,3}}|{SWELL}|swol+en"
                    rf"|clos\w{{0,4}}|itch\w{{0,3}}|strange|weird|funny|big)",
                    r"voice (?:\w{1,25} ){0,2}(?:hoarse|changed|weird|strange|different|funny)"
                    r"|hoarse",
                    rf"wheez\w{{0,4}}|short(?:ness)? of breath|{CANT} {_gap(1)}{BREATHE}"
                    rf"|{CANT} {_gap(1)}swallow",
                    rf"(?:face|lips?|eyes?|eyelids|tongue|mouth) {_gap(2)}(?:{SWELL}|swol+en|big)"
                    rf"|{SWELL} {_gap(2)}(?:of |on |in )?(?:{WHO} )?(?:face|lips?|eyes?|tongue)",
                    rf"{FAINT}|going to faint|feel\w{{0,3}} faint",
                ),
            ),
        ),
    ),
    # Bleeding that will not stop, spurts or soaks through towels; vomiting or coughing up
    # blood; black tarry stool (with fainting); a lot of blood from below.
    BLEEDING: Signs(
        alone=_any(
            rf"(?:{BLEED}|{BLOOD}|nose ?bleed\w{{0,3}}) {_gap(6)}(?:won'?t|will not|doesn'?t"
            rf"|does not|not|can'?t|cannot|didn'?t|isn'?t|never) {_gap(1)}(?:stop\w{{0,3}}"
            rf"|be stopped|slow\w{{0,3}})",
            rf"(?:won'?t|can'?t|cannot|could ?n'?t|unable to|not able to) (?:get (?:it|the "
            rf"\w{{1,25}}) to )?stop {_gap(2)}(?:{BLEED}|{BLOOD})|(?:{BLEED}|{BLOOD}) {_gap(1)}"
            rf"(?:non ?stop|nonstop|everywhere|all over)",
            rf"(?:{BLOOD}|{BLEED}) {_gap(3)}(?:spurt|gush|pour|puls|squirt|pump)\w{{0,4}}"
            rf"|(?:spurt|gush|pour|squirt|pump)\w{{0,4}} {_gap(3)}{BLOOD}"
            rf"|still (?:pouring|gushing|spurting)|(?:{BLOOD}|{BLEED}) {_gap(2)}(?:keeps?|kept"
            rf"|still|continu\w{{0,3}}) (?:coming|flowing|dripping|running|oozing|pouring|going)",
            rf"soak\w{{0,3}} {_gap(2)}(?:through )?{_gap(2)}(?:towels?|pads?|cloths?|bandages?"
            rf"|gauzes?|shirts?|clothes|sheets?|tissues?|napkins?)|(?:fill\w{{0,3}}|full of) "
            rf"{_gap(2)}{BLOOD}|changed (?:the )?(?:gauze|pad|towel|bandage)s? {_gap(3)}(?:\d+"
            rf"|many|several) times",
            rf"(?:so much|lots of|a lot of|alot of|too much|very much|pool of|puddle of|cups? of"
            rf"|(?:a )?(?:huge|large|big|massive|great) amount of"
            rf"|half a cup of|bowl of|mouthful of) {_gap(2)}{BLOOD}|{BLOOD} everywhere",
            rf"heavy {BLEED}|{BLEED} ?(?:very |so )?(?:heavily|a lot|alot|so much|badly|very much"
            rf"|profusely|like crazy|很多|不止|不停)|massive {BLEED}|heavy ble\w{{0,3}}ing"
            rf"|流很多血|一直流血|血流不止|止不住|大量出血",
            rf"{VOMIT} {_gap(4)}{BLOOD}|{BLOOD} {_gap(2)}(?:in|when|with) {_gap(2)}(?:vomit|puke"
            rf"|throw\w{{0,3}} up)|coffee[- ]ground\w{{0,2}}|吐血|大出血|咳血",
            rf"cough\w{{0,4}} (?:up )?{_gap(4)}{BLOOD}",
            r"\btar\b|tarry|tar-like|sticky black",
            rf"(?:passing|pass\w{{0,3}}|poop\w{{0,3}}|shitting) {_gap(3)}(?:{BLOOD}|red)"
            rf"|toilet (?:bowl |water )?(?:is )?(?:all )?(?:full|filled|red)",
            rf"(?:big|large|huge) clots|clots (?:as big as|the size of|like)|{BLEED} through "
            rf"(?:my |the )?(?:pads?|clothes|pants)",
            rf"(?:{BLEED}|nose ?bleed\w{{0,3}}) {_gap(4)}(?:for |over |more than |almost |about "
            rf"|already ){{1,3}}(?:\d\d+ ?min\w{{0,5}}|(?:an?|one|1|two|2|half an?) ?(?:hours?"
            rf"|hrs?)|\d+ ?(?:hours?|hrs?))",
            r"deep (?:cut|wound|gash|laceration)|can see (?:the )?(?:bone|fat|tendon)"
            r"|(?:finger|toe) (?:is )?(?:cut )?off|amputat\w{0,5}",
        ),
        in_text=(
            (
                _any(
                    rf"(?:black|tar\w{{0,3}}) {_gap(2)}(?:stools?|poop|poo|shit|feces|faeces"
                    rf"|bowel)|(?:stools?|poop|poo|feces) {_gap(3)}(?:black|tar\b|tarry|tar-like)"
                ),
                _any(rf"{FAINT}|dizz\w{{0,3}}|light ?headed|(?:very )?(?:weak|pale)"),
            ),
        ),
    ),
    # Wanting to die or to end it, a plan or the means ready, a goodbye, self-harm.
    SUICIDE: Signs(
        alone=_any(
            r"kill\w{0,3} (?:my|him|her|them) ?sel(?:f|ves)|\bkms\b|unalive"
            r"|suicid\w{0,4}\b(?! (?:prevention|hotline|helpline|line|risk|rates?|awareness"
            r"|statistics|screening|assessment))",
            r"end\w{0,3} (?:my|his|her) (?:own )?life|end\w{0,3} it all|take (?:my|his|her) "
            r"(?:own )?life|(?:i will|i'?ll|going to|gonna|want to|wanna|decided to) end "
            r"(?:it|everything)\b|end it (?:tonight|today|now|soon)",
            r"(?:want(?:s|ed)?|wanna|wish\w{0,2}|ready|plan\w{0,4}|decide\w{0,2}|trying|tried)"
            r" (?:to )?"
            r"(?:go )?(?:die(?! (?:my|his|her|the|their) (?:hair|clothes|shirt|beard|eyebrows))"
            r"|be dead|not (?:be )?alive|disappear forever|sleep forever"
            r"|never wake up)|wish i (?:was|were|could be) dead|better off dead"
            r"|(?:easier|better) if i (?:was|were) (?:dead|gone)|want\w{0,2} (?:everything|it all"
            r"|it|this|my life) to (?:end|stop|be over)",
            r"(?:plan\w{0,3} to|going to|gonna|wants? to|decided to|will|i'll) (?:take|swallow"
            r"|drink|eat) (?:them all|all of them|all|every|the whole|a whole|the rest)",
            r"(?:don'?t|do not) want to (?:live|be alive|exist|wake up|be here|go on)"
            r"|no (?:reason|point|will) (?:to|in) (?:live|living|go on|going on|keep going|go back)"
            r"|(?:life is )?not worth living|(?:can'?t|cannot) go on (?:anymore|like this|living)"
            r"|(?:don'?t|do not|can'?t) see (?:the |any )?point (?:anymore|in living|in life"
            r"|of living"
            r"|in going on)|(?:have|made|got) a plan to (?:end|kill|die)|end it (?:this|next) "
            r"(?:weekend|week|time)",
            r"(?:cut\w{0,4}|slit\w{0,4}|slash\w{0,4}) (?:my|his|her) (?:wrists?|arms?|thighs?|legs?"
            r"|skin)|(?:burn|stab|scratch|cut)\w{0,4} (?:my|his|her) (?:\w{1,25} ){0,2}"
            r"(?:on purpose|with (?:a |the |my |his |her )?(?:lighter|cigarette|razor|blade))"
            r"|(?:cut\w{0,4}|burn\w{0,4}|harm\w{0,4}) (?:my|him|her)self(?! (?:[\w'-]{1,25} )?"
            r"(?:by accident|accidentally|playing|at|when|while|shaving|cooking|chopping|slicing"
            r"|on|opening|gardening|working))|(?:want\w{0,2} to|going to|gonna|urges? to"
            r"|thoughts? (?:of|about)|keeps?|kept|been|started) (?:hurt|hit|harm|cut|burn)\w{0,4}"
            r" (?:my|him|her)self|(?:hurt|hit)\w{0,4} (?:my|him|her)self on purpose"
            r"|self[- ]?harm\w{0,4}",
            r"(?:jump\w{0,3}|leap\w{0,3}) (?:off|from|out of|down from) (?:\w{1,25} ){0,2}(?:roof"
            r"|bridge|building|balcony|window|floor|cliff|top|rooftop)|thinking (?:to|of|about) "
            r"(?:jump\w{0,3}|ending|killing|dying)|(?:standing|sitting) on (?:the |my |a )?"
            r"(?:bridge"
            r"|roof|ledge|balcony|edge|railing|rooftop)|\d+(?:st|nd|rd|th) floor balcony",
            r"hang\w{0,3} (?:my|him|her)self|\bnoose\b|rope (?:ready|around)|(?:have|got|bought"
            r"|buy) (?:a |the )?(?:bottle of )?(?:rope|pesticide|charcoal|poison)\b|pills ready"
            r"|(?:saved|saving|collect\w{0,3}|stockpil\w{0,3}) (?:up )?(?:my |all )?(?:\w{1,25} )?"
            r"pills|(?:have|got) (?:the|my|all the|all my) (?:pills|tablets|rope|knife|razor|poison"
            r"|pesticide|charcoal) (?:ready|here|with me|in front of me)",
            r"(?:texted|messaged|sent|wrote|write|writing|saying|said|says) (?:\w{1,25} ){0,4}"
            r"(?:goodbye|farewell)|goodbye and sorry|sorry for everything|suicide note"
            r"|(?:last|final) (?:message|goodbye|letter)|(?:wrote|written|writing) "
            r"(?:\w{1,25} ){0,2}(?:letters?"
            r"|notes?) (?:to|for) (?:my )?(?:family|parents|kids|children|wife|husband|mom|dad"
            r"|everyone)",
            r"nobody (?:will|would|is going to) (?:miss|care|notice)|no one (?:will|would) (?:miss"
            r"|care)|(?:better|easier|happier) (?:off )?without me|how many (?:pills |tablets )?"
            r"(?:it )?(?:takes?|would it take|does it take) to|(?:painless|easiest|quickest) way"
            r" to (?:die|go|end)|how to (?:kill myself|die)",
            r"engine (?:\w{1,25} ){0,2}running (?:\w{1,25} ){0,4}garage|exhaust (?:pipe |hose )?"
            r"(?:\w{1,25} ){0,2}into (?:the |my )?car",
            r"想死|自殺|不想活|輕生|活不下去|想不開|結束生命|割腕|跳樓|上吊|燒炭",
        ),
    ),
    # Too many pills or someone else's, a double dose of a dangerous medicine, a child who
    # swallowed a battery, a magnet, a cleaner or pills; poison, gas, wild mushrooms, a snake.
    OVERDOSE: Signs(
        alone=_any(
            r"over ?dos\w{0,4}|\bod'd\b|\bod'?ed\b|\bod on\b",
            rf"(?:took|take|taken|taking|swallow\w{{0,3}}|ate|eaten|had|drank|popped|chewed) "
            rf"(?:like |maybe |about |around |almost |nearly |over |more than |at least |way too "
            rf"|too )?(?:\d{{2,3}}(?![\d.]| ?(?:mg|ml|mcg|g\b|units?|iu|%|cc|kg|min|hours?|years?))"
            rf"|ten|twelve|fifteen|twenty|thirty|forty|fifty|a handful|handfuls|a bunch|many|lots)"
            rf" (?:of )?{_gap(3)}{PILLS}",
            rf"(?:took|taken|swallow\w{{0,3}}|ate|eaten|drank) {_gap(2)}(?:a whole|the whole"
            rf"|an entire|the entire|whole|all (?:the |of the |of my |my |his |her )?{PILLS}"
            rf" in the)"
            rf" {_gap(2)}(?:bottle|box|pack|strip|blister|cabinet|{PILLS})",
            rf"(?:swallow\w{{0,3}}|ate|eaten) all (?:of )?(?:my|his|her|the|their) {_gap(2)}{PILLS}"
            rf"|(?:took|taken) all (?:of )?(?:my|his|her|the|their) (?:sleeping \w{{1,25}}|xanax"
            rf"|valium|antidepressants?|painkillers?|insulin|opioids?|heart \w{{1,25}}"
            rf"|blood pressure"
            rf" \w{{1,25}}|diabetes \w{{1,25}})",
            rf"(?:took|taken|gave|given|injected|(?:ate|swallowed) {_gap(3)}{PILLS}) {_gap(5)}"
            rf"(?:by mistake|by accident|accidental\w{{0,3}}|wrong (?:pill|medicine|medication|dose"
            rf"|bottle)|someone else'?s|instead of)|accident\w{{0,5}} {_gap(2)}(?:took|take|gave"
            rf"|injected|double)|too much of (?:his|her|my) {_gap(1)}{PILLS}|(?:took|taken|injected"
            rf"|gave|given) (?:way )?too much {_gap(2)}{PILLS}",
            rf"(?:took|taken|gave|given|injected) {_gap(3)}(?:insulin|sleeping|digoxin|warfarin"
            rf"|lithium|opioid|morphine|oxy\w{{0,6}}|tramadol|methadone|fentanyl|colchicine"
            rf"|theophylline|iron) {_gap(3)}(?:twice|double|triple|two doses|2 doses|extra dose)",
            rf"(?:swallow\w{{0,3}}|ate|eaten|eat|drank|drunk|drink\w{{0,3}}|lick\w{{0,2}}"
            rf"|chew\w{{0,3}}|bit|got into|put) {_gap(7)}(?:button ?)?(?:batter(?:y|ies)|magnets?"
            rf"|bleach|detergent|poison\w{{0,3}}|pesticides?|insecticides?|herbicides?|weed ?killer"
            rf"|chemicals?|(?:drain|toilet|oven|floor) cleaner|cleaning (?:liquid|fluid|product"
            rf"|agent|solution)|kerosene|gasoline|petrol|diesel|lighter fluid|lamp oil"
            rf"|paint thinner|turpentine|white spirit|brake fluid|windshield (?:washer|fluid)"
            rf"|(?:dish\w{{0,7}}|washing|liquid|hand) (?:liquid|soap|detergent)|paraquat|巴拉刈"
            rf"|antifreeze|methanol|laundry (?:pods?|capsules?|detergent|liquid)|dishwasher "
            rf"(?:pods?|tablets?)|(?:rat|mouse) poison|mothballs?|naphthalene|nail polish remover"
            rf"|acetone|essential oils?|camphor|mosquito (?:repellent|coil|liquid)|(?:bug|insect)"
            rf" spray|lye|caustic|hand sanitizer|e-?liquid|vape (?:juice|liquid)|nicotine"
            rf"|cigarettes?)",
            r"(?<!food )poison(?:ed|ing)\b|農藥|吞了|清潔劑|漂白水|(?:toilet|drain) cleaner"
            r"|snake ?bite|bitten by (?:a |some )?snake|被蛇咬|puffer ?fish|河豚",
            r"(?:took|swallowed|ate|drank) (?:\w{1,25} ){0,6}(?:with|and) (?:\w{1,25} ){0,2}"
            r"(?:alcohol|whisky|whiskey|vodka|wine|beer)|(?:alcohol|whisky|whiskey|vodka|wine|beer)"
            r" (?:\w{1,25} ){0,3}(?:and|with) (?:\w{1,25} ){0,3}(?:sleeping|pills|xanax|valium)",
            r"ate some of (?:them|the pills|her pills|his pills)",
        ),
        in_sentence=(
            # a child who got into medicine or alcohol
            (
                _any(CHILD),
                _any(
                    rf"(?:ate|eaten|swallow\w{{0,3}}|chewed|got into|drank|drunk|took|licked"
                    rf"|bit into) {_gap(5)}(?:{PILLS}|vitamins?|syrup|gummies|patch\w{{0,2}}"
                    rf"|alcohol|vodka|whisky|whiskey|beer|wine|rice wine|kaoliang|米酒)",
                    rf"{PILLS} {_gap(3)}(?:are |were |is )?missing|missing {PILLS}|(?:some|a few"
                    rf"|several|\d) (?:are |were )?missing|found (?:\w{{1,25}} )?with "
                    rf"(?:an? |the )?"
                    rf"(?:open )?(?:bottle|box|pack|packet|jar|blister) of",
                ),
            ),
        ),
        in_text=(
            # carbon monoxide or a poisonous meal, with its symptoms
            (
                _any(
                    r"carbon monoxide|\bco\b (?:poison\w{0,3}|alarm|detector)|charcoal"
                    r"|(?:gas|water) heater|heater|gas (?:leak|smell)|smell\w{0,2} (?:of )?gas"
                    r"|generator|一氧化碳|熱水器|燒炭|(?:whole family|all of us|everyone (?:at|in)"
                    r" (?:the )?(?:home|house)|we all) (?:\w{1,25} ){0,2}(?:have|has|got|are|feel)",
                    r"(?:wild|unknown|picked) mushrooms?",
                ),
                _any(
                    rf"headache|dizz\w{{0,3}}|{VOMIT}|nause\w{{0,3}}|{FAINT}|sleepy|drows\w{{0,3}}"
                    rf"|{CONFUSED}|unconscious|diarrh\w{{0,4}}|weak"
                ),
            ),
        ),
    ),
    # Having a seizure now, one that does not stop or comes again, shaking all over, eyes
    # rolled back, a first seizure.
    SEIZURE: Signs(
        alone=_any(
            rf"(?:having|has|is having|is in|in|got|getting|had) (?:an? )?(?:\w{{1,25}} )?(?:{SEIZ}"
            rf"|epileptic (?:fit|attack)|grand mal)(?!\w)(?! (?:disorder|medic\w{{0,5}}|history"
            rf"|meds|drugs?|tablets?|pills?|diary|plan|free|before|when|as|in \d))",
            rf"{SEIZ} {_gap(2)}(?:now|right now|again|still|not stop\w{{0,3}}|won'?t stop|for "
            rf"(?:over |more than |about )?\d+ ?min\w{{0,5}}|lasting|lasted|longer than|more than)",
            r"seizing|convulsing|fitting (?:now|on the floor)",
            rf"(?:shak\w{{0,4}}|jerk\w{{0,4}}|twitch\w{{0,4}}|trembl\w{{0,4}}|stiff\w{{0,2}}) "
            rf"{_gap(2)}(?:all over|whole body|(?:his|her|the) (?:arms and legs|legs and arms"
            rf"|whole body)|arms and legs|legs and arms|uncontrollabl\w{{0,3}}|violently"
            rf"|rhythmic\w{{0,5}}|and (?:not|un)respons\w{{0,5}}|on the floor)",
            rf"(?:whole body|arms and legs|legs and arms|body (?:is|was)|limbs|body (?:went|goes"
            rf"|became|got)) {_gap(2)}(?:shak\w{{0,4}}|jerk\w{{0,4}}|twitch\w{{0,4}}|stiff|rigid"
            rf"|convuls\w{{0,5}})|(?:started|starts|began) (?:jerking|convulsing|twitching"
            rf"|shaking (?:all over|violently))",
            r"eyes? (?:\w{1,25} )?(?:rolled|rolling|roll) (?:back|up)|foam\w{0,3} (?:at|from) "
            r"(?:the |his |her )?mouth",
            rf"(?:another|second|third|2nd|3rd|\d) (?:one|{SEIZ}|episode|attack)s? {_gap(4)}"
            rf"(?:right after|in (?:one|an|1|the last|a) (?:hour|day)|within|without waking"
            rf"|not waking|between)|back[- ]to[- ]back|{SEIZ} after {SEIZ}|(?:not|without"
            rf"|hasn'?t|doesn'?t|didn'?t) (?:\w{{1,25}} )?(?:wak\w{{0,3}}|woken) (?:up )?(?:in )?"
            rf"between",
            rf"(?:first|first-ever) (?:ever )?(?:time )?{SEIZ}|{SEIZ} for the first time",
            r"癲癇發作|羊癲瘋|發作中|抽筋不停|一直抽",
        ),
        in_sentence=(
            (
                _any(r"bit (?:his|her|my) tongue|wet (?:himself|herself|the bed)|lost control of"),
                _any(r"shak\w{0,4}|jerk\w{0,4}|fell|collaps\w{0,3}|unconscious|stiff"),
            ),
        ),
    ),
    # Unconscious, not responding, cannot be woken; collapsed and still out; no pulse; a
    # floppy baby.
    UNCONSCIOUS: Signs(
        alone=_any(
            r"\buncon(?:sc|s|c)?i?o?us\b|unconcsious|unrespon\w{0,5}|(?:can'?t|cannot|couldn'?t)"
            r" be "
            r"(?:woken|awakened|roused|woke)",
            r"(?:not|no|won'?t|doesn'?t|does not|didn'?t|isn'?t|cannot|can'?t) (?:respond\w{0,3}"
            r"|response|react\w{0,3})\b(?! (?:from|to (?:the |my |his |her )?(?:treatment|medic"
            r"|antibiotic|drug|therap|chemo|steroid|message|text|call|email|phone|question)"
            r"|(?:his|her) phone|the phone|yet))|(?:not|isn'?t|won'?t|doesn'?t) answer\w{0,3} "
            r"(?:us|me|when|at all|our|questions|anything|to (?:his|her) name)",
            r"(?:can'?t|cannot|could ?n'?t|unable to|not able to|tried to|trying to|try to|hard to"
            r"|difficult to) (?:wake|rouse|arouse) (?:him|her|them|my \w{1,25}|grandpa|grandma"
            r"|dad|mom|the baby|baby)|(?<!\bi )(?<!\bi'm )(?:won'?t|will not|doesn'?t|does not"
            r"|didn'?t|not|isn'?t|never|hasn'?t) (?:wak\w{0,3}|woken)\b(?>(?: up\b)?)(?! (?:early"
            r"|on time|in the morning|for (?:school|work)))|hard to wake|叫不醒",
            rf"{FAINT} {_gap(6)}(?:still|not (?:waking|awake|moving|breathing|respond\w{{0,3}}"
            rf"|answer\w{{0,3}})|won'?t wake|can'?t wake|for (?:over |more than )?\d+ ?min)"
            rf"|collapsed (?:on|in|at) (?:the |a )?(?:floor|bathroom|kitchen|street|office|ground"
            rf"|toilet|work|school|room|hotel)",
            rf"(?:lying|found|collapsed|fell|floor|ground) {_gap(6)}not moving|(?:he|she|they|him"
            rf"|her)(?:'s| is| are)? not moving|not moving (?:at all|and)",
            r"no pulse|no heart ?beat|heart (?:has )?stopped|(?:doing|do|give|giving|started|start)"
            r" cpr|cardiac arrest|心跳停止",
            r"\bfloppy\b|(?:body|baby|arms?|he|she|is|went|gone|goes) (?:very |so |all )?limp\b",
            r"(?:doesn'?t|does not|won'?t|not|can'?t) open (?:his|her|their) eyes|(?:isn'?t|not"
            r"|hasn'?t|won'?t) (?:coming|come) (?:round|around|to)\b",
            r"昏迷|不省人事|沒有意識|沒反應|失去意識",
        ),
        in_sentence=(
            # found on the floor, and not answering
            (
                _any(rf"{FAINT}|lying (?:on|in)|found (?:him|her|them|my \w{{1,25}})|on the floor"),
                _any(
                    r"(?:doesn'?t|does not|won'?t|not|isn'?t) answer\w{0,3}\b|eyes (?:are )?closed"
                    r"|not moving|not reacting|won'?t respond"
                ),
            ),
        ),
    ),
    # A blow to the head, with vomiting, drowsiness, confusion, clear fluid from the nose,
    # unequal pupils, a seizure, a worsening headache, or a blood thinner.
    HEAD_INJURY: Signs(
        in_text=(
            (
                _any(
                    rf"(?:hit|hits|hitting|bang\w{{0,3}}|bump\w{{0,3}}|knock\w{{0,3}}|struck"
                    rf"|smash\w{{0,3}}|slam\w{{0,3}}|crack\w{{0,3}}|injur\w{{0,3}}|hurt|kick\w{{0,3}}"
                    rf"|punch\w{{0,3}}|elbow\w{{0,3}}|whack\w{{0,3}}) {_gap(4)}"
                    rf"(?:head|forehead|skull)\b",
                    rf"(?:fell|falls?|fallen|falling|landed|land) (?:on|onto) {_gap(2)}(?:head"
                    rf"|face)\b",
                    r"head[- ]first|(?:head|skull) (?:injur\w{0,3}|trauma|wound|fracture)"
                    r"|concussion|腦震盪|撞到頭",
                    rf"(?:fell|fall|falls|fallen|falling|slipped|slip|tripped|rolled|dropped"
                    rf"|tumbled) {_gap(4)}(?:off|from|down|out of|onto) {_gap(3)}(?:stairs|steps"
                    rf"|bed|bunk|ladder|bike|bicycle|scooter|motor\w{{0,6}}|roof|tree|chair|table"
                    rf"|crib|cot|couch|sofa|counter|monkey bars|playground|swing|slide|height"
                    rf"|floor|ground|tiles?|concrete|balcony|window|horse|wall|bars)",
                    r"(?:car|scooter|motorbike|motorcycle|bike|traffic|road) (?:accident|crash)"
                    r"|hit by (?:a |an )?(?:car|scooter|truck|bus|motorbike|ball|bat)"
                    r"|dropped (?:the |my |our )?baby|(?:baby|infant) (?:fell|rolled)",
                ),
                _any(
                    VOMIT,
                    rf"{CONFUSED}|drows\w{{0,3}}|(?:very |so |really )?sleepy|keeps? (?:falling "
                    rf"asleep|sleeping)|wants? to sleep|hard to wake|won'?t wake|{CANT} wake"
                    rf"|not waking",
                    r"not making sense|talk\w{0,3} (?:strange\w{0,2}|weird\w{0,2}|funny|nonsense)"
                    r"|(?:speech|speach|words) (?:is |are |sounds? )?(?:a bit |very )?(?:strange"
                    r"|slurr\w{0,3}|muddled|mixed|weird)|slurr\w{0,3}|muddled",
                    r"clear (?:fluid|liquid)|watery fluid|fluid (?:\w{1,25} ){0,3}(?:nose|ear)"
                    r"|blood (?:from|in|coming out of) (?:his|her|my|the) (?:ear|nose)",
                    r"(?:unequal|different) (?:size )?pupils|pupils? (?:\w{1,25} ){0,3}(?:bigger"
                    r"|larger|different|unequal)|one pupil",
                    rf"s(?:ei|ie|e)z\w{{0,5}}|convuls\w{{0,5}}|{FAINT}|lost consciousness"
                    rf"|knocked out|was out (?:for|cold)|unconscious"
                    rf"|not (?:waking|respond\w{{0,3}})",
                    r"blood thinners?|anticoagul\w{0,5}|warfarin|coumadin|eliquis|xarelto|apixaban"
                    r"|rivaroxaban|dabigatran|pradaxa|edoxaban|lixiana|clopidogrel|plavix",
                    r"floppy|limp\b|not feeding|won'?t feed|not (?:himself|herself)|doesn'?t seem "
                    r"(?:himself|herself|right)|acting (?:strange|weird|different)",
                    r"headache (?:\w{1,25} ){0,3}(?:worse|worsening|severe|terrible|very bad)"
                    r"|(?:worse|worsening|severe|terrible|bad) headache",
                    r"(?:can'?t|doesn'?t|don'?t|cannot|didn'?t) remember|memory loss|forgot (?:what"
                    r"|how|where)",
                    r"(?:big|large|soft) (?:soft )?swelling|swelling on (?:the side of )?"
                    r"(?:his|her) head|dent in (?:his|her) (?:head|skull)",
                ),
            ),
        ),
    ),
    # A baby under three months, with a fever.
    INFANT_FEVER: Signs(
        in_text=(
            (
                _any(
                    rf"(?<![\d.]){_AGE}[- ]?old\b",
                    rf"\b(?:baby|babies|son|daughter|infant|twins?|boy|girl|bb|newborn|寶寶) "
                    rf"(?:is |was born |born |aged? |of )?(?:only |just )?{_AGE}\b",
                    rf"\bborn {_DAYS} (?:days?|weeks?) ago|(?<![\d.]){_AGE} (?:baby|infant"
                    rf"|newborn|boy|girl|son|daughter)",
                    r"\bnew[- ]?born|\bneonat\w{0,5}|新生兒|剛出生|未滿月|滿月|(?:一|兩|二|1|2)個"
                    r"(?:多)?月大|\d{1,2}天大|出生\d{1,2}天",
                    r"(?:寶寶|嬰兒|baby|bb|新生兒) ?(?:\d{1,2}|一|二|三|四|五|六|七|八|九|十) ?"
                    r"(?:週|周|天|星期)|(?:寶寶|嬰兒|baby|bb) ?(?:[12]|一|兩|二) ?個月",
                ),
                _any(FEVER),
            ),
        ),
    ),
    # A pregnancy, with bleeding, severe pain, fainting, a baby that moves less, waters
    # breaking, regular contractions, or signs of pre-eclampsia.
    PREGNANCY: Signs(
        alone=_any(r"(?:having|think i'?m having|is it) (?:a )?miscarriage|miscarrying"),
        in_text=(
            (
                _any(
                    r"\bpre?g(?:n[ae]n\w{0,4}|ant\w{0,3}|gers?\b|o\b)|pregnat\w{0,3}"
                    r"|expecting (?:a baby|twins)|(?:first|second|third|1st|2nd|3rd) trimester"
                    r"|懷孕|孕婦|孕\d{1,2}週",
                    r"(?<![\d.])\d{1,2} ?(?:weeks?|wks?|w) (?:pregnant|along|gestation"
                    r"|of pregnancy|preg)",
                    r"(?<![\d.])(?:1[3-9]|[23]\d|4[0-2]) ?(?:weeks?|wks?|週|周)(?![a-z])"
                    r"(?! (?:ago|old|later|after|before|of \w))",
                ),
                _any(
                    rf"(?<!gums )(?<!gum )(?<!nose ){BLEED}(?! gums| from (?:my |the )?(?:nose"
                    rf"|gums))",
                    rf"(?:some|dark|red|bright|fresh|a lot of|lots of|much) {BLOOD}|{BLOOD} "
                    rf"{_gap(2)}(?:coming|from|in my|on my|down|clots?|gush\w{{0,3}})|clots",
                    rf"{SEVERE} {_gap(3)}(?:{PAIN}|cramp\w{{0,3}}|headache)|(?:sharp|stabbing"
                    rf"|strong|bad) {_gap(2)}(?:{PAIN}|cramp\w{{0,3}}|headache)|(?:{PAIN}"
                    rf"|cramp\w{{0,3}}) {_gap(3)}{SEVERE}|shoulder tip|(?:belly|stomach|uterus"
                    rf"|bump) {_gap(3)}(?:hard|rigid) and (?:painful|pain)|(?:很|非常|超|好)痛"
                    rf"|劇痛",
                    FAINT,
                    rf"(?:baby|bb|fetus) {_gap(3)}(?:not|hasn'?t|hasnt|isn'?t|stopped|doesn'?t"
                    rf"|didn'?t|no longer|less) {_gap(2)}(?:mov\w{{0,3}}|kick\w{{0,3}})"
                    rf"|(?:haven'?t|not|didn'?t|don'?t|can'?t) (?:felt|feel\w{{0,3}}) (?:the |my "
                    rf"|any )?(?:baby|kick\w{{0,2}}|movement\w{{0,2}})|(?:no|less|fewer|reduced"
                    rf"|decreased) (?:fetal |baby )?(?:movements?|kicks?)|almost nothing",
                    r"water\w{0,2} (?:just |has |have )?(?:broke|broken|break|burst)|leak\w{0,3} "
                    r"(?:\w{1,25} ){0,2}(?:fluid|water)|fluid (?:\w{1,25} ){0,3}leak\w{0,3}"
                    r"|gush of (?:fluid|water)|watery discharge",
                    r"(?:regular|strong|painful) (?:tightening|contractions?)|contractions? "
                    r"(?:every|\d)|tightening every",
                    rf"(?:flashing|flashes of|flash of) lights?|seeing (?:spots|stars|flashes"
                    rf"|sparkles)|blurr?(?:y|ed) vision|vision (?:is )?(?:blurr?\w{{0,3}}|strange)"
                    rf"|(?:face|hands|eyes|fingers) {_gap(3)}(?:suddenly )?(?:swollen|{SWELL})"
                    rf"|{SUDDEN} {_gap(3)}(?:swollen|{SWELL})|\b1[4-9]\d ?/ ?(?:9\d|1[0-2]\d)\b",
                ),
            ),
        ),
    ),
    # An electric or chemical burn, a chemical in the eye; a burn of the face, hands, feet,
    # genitals or a large area, or a deep one (white, charred, painless).
    BURNS: Signs(
        alone=_any(
            r"electr\w{0,6} (?:shock|burn\w{0,3}|injur\w{0,3})|electrocut\w{0,4}|(?:got|get|was"
            r"|been) (?:an? )?electric\w{0,3} shock|(?:fork|key|finger|knife|wire|metal|nail) "
            r"(?:\w{1,25} ){0,3}(?:socket|outlet|plug)|touched (?:\w{1,25} ){0,2}(?:live "
            r"|electric\w{0,3} |power |high[- ]voltage )(?:wire|cable|line)|struck by lightning"
            r"|觸電|電到",
            r"(?:acid|alkali|bleach|lye|cement|lime|cleaner|chemical\w{0,2}|detergent|ammonia"
            r"|caustic|solvent|pepper spray|glue) (?:\w{1,25} ){0,4}(?:in|into) (?:\w{1,25} )?"
            r"eyes?\b",
            r"(?:chemical|acid|alkali|lye) burn\w{0,3}|concentrated acid|(?:acid|alkali|lye|bleach"
            r"|drain cleaner) (?:\w{1,25} ){0,3}(?:on|onto) (?:my|his|her) (?:skin|legs?|arms?"
            r"|hands?|face|body)",
            r"(?:large|huge|big|severe|deep|bad|third degree|3rd degree) burn\w{0,3}|charred",
            rf"(?:chew\w{{0,3}}|bit|bite|bitten|suck\w{{0,3}}) (?:on |through |into )?{_gap(3)}"
            rf"(?:wire"
            rf"|cord|cable|charger)\b",
        ),
        in_sentence=(
            (
                _any(
                    r"(?<![\w])(?:burn(?:ed|t|s)?|scald\w{0,3})\b(?! (?:scars?|cream|ointment"
                    r"|gel|feeling|sensation|when))|燙傷|燒傷|燙到|熱水|熱油",
                    r"(?:boiling|hot) (?:water|oil|soup|tea|coffee|milk|steam|kettle|grease"
                    r"|noodles?)|hot (?:iron|pan|stove|plate|metal|pipe|exhaust|grill|wok)"
                    r"|touched (?:the |a )?hot|\bfire\b|flames?|explosion|fireworks?"
                    r"|firecrackers?|sparklers?",
                ),
                _any(
                    r"\b(?:face|eyes?|neck|genital\w{0,3}|groin|private (?:area|parts?)|crotch"
                    r"|penis|scrotum|vagina|chest|whole|entire|both|large|big|huge|wide|all over"
                    r"|deep|severe|badly|hands?|palms?|feet|foot|joints?|arms?|legs?|back"
                    r"|eyebrows|nose hairs?)\b",
                    r"bigger than|size of (?:\w{1,25} ){0,2}(?:hand|palm|plate)|(?:third|3rd"
                    r"|second|2nd|full)[- ]degree|white|black|charred|leathery|waxy|peel\w{0,3} off"
                    r"|(?:came|coming|falling) off|no feeling|doesn'?t (?:feel|hurt)|blister\w{0,3}"
                    r" (?:everywhere|all over)|(?:big|large|huge|many|lots of) blisters|hoarse",
                ),
            ),
        ),
    ),
    # A belly hard as a board; belly pain that is severe, makes one faint or double over,
    # goes through to the back, moved to the lower right, or comes with green vomit, a
    # swollen belly or blood in a child's stool.
    ABDOMEN: Signs(
        alone=_any(
            rf"{BELLY} {_gap(3)}(?:rigid|hard (?:as|like) (?:a )?(?:board|rock|wood|stone)|like a "
            rf"(?:board|rock)|board-?like|tender and (?:stiff|hard))|(?:rigid|board-?like) {BELLY}"
            rf"|tearing pain|{BELLY} {_gap(4)}(?:rock[- ]hard|hard as (?:a )?rock)",
            rf"(?:poop|poo|stool|diaper) {_gap(4)}(?:jelly|red currant)|(?:red|bloody|blood) jelly"
            rf"|pulling (?:his|her) legs up",
        ),
        in_sentence=(
            (
                _any(
                    rf"{BELLY} {_gap(4)}(?:{PAIN}|cramp\w{{0,3}}|tender)|(?:{PAIN}|cramp\w{{0,3}})"
                    rf" {_gap(4)}{BELLY}|{BELLY}ache|tummy ?ache|腹痛|肚子痛",
                ),
                _any(
                    SEVERE,
                    rf"{CANT} (?:stand|walk|move|sit|straighten|lie)|doubled over|curled up"
                    rf"|rolling (?:around|on)|scream\w{{0,3}}|crying in pain|{FAINT}"
                    rf"|going to faint",
                    rf"rigid|hard (?:as|like)|{BELLY} {_gap(2)}(?:very |so )?(?:hard|stiff|tense)"
                    rf"|stiff|board",
                    rf"(?:through|into|to|radiat\w{{0,3}} to|going to|goes to) {_gap(2)}back\b",
                    r"right (?:lower|bottom|low) (?:side|belly|part|abdomen|corner)|lower right",
                    rf"green|bile|red jelly|jelly|{BLOOD} in (?:the |his |her )?(?:poop|stool"
                    rf"|diaper)",
                    rf"(?:swollen|distended|getting bigger|big and hard)|no (?:poop|stool|gas"
                    rf"|fart)\w{{0,2}}|{CANT} (?:poop|fart|pass gas)",
                ),
            ),
        ),
    ),
    # A testicle that suddenly hurts badly, swells, sits higher, or with vomiting.
    TESTICULAR: Signs(
        alone=_any(r"(?:testicular )?torsion|twisted (?:testicle|testis|ball)"),
        in_sentence=(
            (
                _any(
                    r"\btest[ie]?c\w{0,5}|\btestis|\btestes\b|\bscrot\w{0,3}|睪丸|陰囊|蛋蛋",
                    r"\b(?:left|right|one|my|his) (?:ball|nut)s?\b|\bballs? (?:\w{1,25} ){0,2}"
                    r"(?:hurt|pain|swell)",
                ),
                _any(
                    SUDDEN,
                    SEVERE,
                    rf"{SWELL}|swol+en|twice the size|bigger|purple|higher|high up|twist\w{{0,3}}"
                    rf"|torsion",
                    rf"{VOMIT}|nause\w{{0,3}}|{CANT} walk|scream\w{{0,3}}"
                    rf"|(?:very|really|so) painful"
                    rf"|hurts? (?:a lot|so much|really bad)|red and (?:swollen|hot)",
                ),
            ),
        ),
    ),
    # A rash that does not fade under pressure, a bulging soft spot; a fever with a stiff
    # or painful neck, light that hurts, or purple spots.
    MENINGITIS: Signs(
        alone=_any(
            rf"(?:rash|spots|dots|marks) {_gap(5)}(?:don'?t|doesn'?t|do not|does not|won'?t|not"
            rf"|didn'?t|never) {_gap(1)}(?:fade|disappear|go away|blanch|turn white)"
            rf"|non-?blanch\w{{0,3}}|glass test",
            rf"(?:soft spot|fontanel\w{{0,3}}) {_gap(4)}bulg\w{{0,3}}|bulg\w{{0,3}} {_gap(2)}"
            rf"(?:soft spot|fontanel\w{{0,3}})",
        ),
        in_text=(
            (
                _any(FEVER),
                _any(
                    rf"stiff {_gap(1)}neck|neck {_gap(3)}(?:stiff\w{{0,3}}|rigid|hard)|{CANT} "
                    rf"{_gap(1)}(?:bend|put|touch|move|bring|look) {_gap(3)}(?:chin|neck|down)",
                    rf"neck {_gap(2)}(?:hurts?|pain\w{{0,3}}) {_gap(2)}(?:bend\w{{0,3}}"
                    rf"|look\w{{0,3}} down|move\w{{0,3}}|touch\w{{0,3}})|(?:cr(?:y|ies|ying)"
                    rf"|scream\w{{0,3}}"
                    rf"|hurts?|pain\w{{0,3}}) {_gap(2)}when {_gap(2)}(?:move|bend|touch|turn"
                    rf"|lift)\w{{0,3}} (?:his|her|the|my) (?:neck|head)",
                    rf"(?:light|lights|bright|sunlight) {_gap(2)}(?:hurts?|painful|bothers?"
                    rf"|unbearable)|{CANT} (?:stand|bear|tolerate|look at) {_gap(1)}light"
                    rf"|photophobia|(?:hates?|avoid\w{{0,3}}|scared of|afraid of) (?:the )?light",
                    rf"purple (?:spots|rash|dots|patches|marks|bruis\w{{0,3}})|(?:spots|rash|dots)"
                    rf" {_gap(3)}(?:purple|dark red)|rash {_gap(3)}spread\w{{0,3}} (?:fast|quickly"
                    rf"|rapidly)",
                    r"bulg\w{0,3}|脖子(?:很)?硬|頸部僵硬|怕光",
                ),
            ),
        ),
    ),
    # Ketoacidosis; a very low or very high sugar with its symptoms; a diabetic who is
    # confused or drowsy, or vomiting with fast breathing, ketones or belly pain.
    DIABETIC: Signs(
        alone=_any(
            r"ketoacidosis|\bdka\b|\bhhs\b|hyperosmolar",
            rf"ketones? {_gap(3)}(?:high|large|big|very|positive|moderate|dark|purple"
            rf"|[2-9](?:\.\d)?)\b",
            rf"(?:breath|mouth|he|she|it|body) {_gap(2)}smell\w{{0,2}} {_gap(2)}(?:like )?(?:fruit"
            rf"\w{{0,2}}|sweet|acetone|nail polish|apples?)|fruity (?:breath|smell)|smells? of "
            rf"(?:fruit|acetone|nail polish)|breathing deep and fast",
        ),
        in_text=(
            # a low sugar (under 55 mg/dL or 3.1 mmol/L), and sweating, shaking or worse
            (
                _any(
                    rf"{SUGAR} ?{_gap(4)}(?:[1-4]\d|5[0-4]|[0-2][.,]\d|3[.,]0)(?![\d.,])",
                    r"(?<![\d.])(?:[1-4]\d|5[0-4]) ?mg/dl\b|(?<![\d.])(?:[0-2][.,]\d|3[.,]0) ?mmol",
                    rf"{SUGAR} ?{_gap(3)}(?:too |very |so |really )?(?:low|dropp\w{{0,3}})\b"
                    rf"|\blow (?:blood )?sugar|\bhypo\b|hypoglyc\w{{0,6}}|(?:{SUGAR}|it) "
                    rf"{_gap(3)}(?:says?|shows?|reads?|is|was) lo\b",
                ),
                _any(
                    ALTERED,
                    rf"not clear|冒冷汗|冷汗|發抖|意識不清|sweat\w{{0,3}}|shak\w{{0,3}}"
                    rf"|trembl\w{{0,3}}|{CANT} (?:eat|swallow|stand|walk|talk|speak)"
                    rf"|won'?t (?:eat|drink)|weak|dizz\w{{0,3}}",
                ),
            ),
            # a high sugar (400 mg/dL, 22 mmol/L or "HI"), and vomiting, thirst or worse
            (
                _any(
                    rf"{SUGAR} ?{_gap(4)}(?:over |above |more than )?(?:[4-9]\d\d|[1-9]\d\d\d"
                    rf"|(?:2[2-9]|3\d)[.,]\d)(?![\d.,])",
                    rf"(?:{SUGAR}|it) {_gap(3)}(?:says?|shows?|reads?|is|was) hi\b",
                ),
                _any(
                    ALTERED,
                    rf"{VOMIT}|(?:very|so|extremely) (?:thirsty|tired)|pee\w{{0,3}} (?:a lot|alot"
                    rf"|so much)|{BREATHE} {_gap(2)}(?:fast|deep|heavy|hard)|fruit\w{{0,2}}"
                    rf"|ketone\w{{0,2}}|weak|dizz\w{{0,3}}",
                ),
            ),
            (_any(DIABETES), _any(ALTERED)),
            (
                _any(DIABETES),
                _any(VOMIT),
                _any(
                    rf"{BREATHE} {_gap(2)}(?:fast|deep|heavy|hard|quick)|deep breath\w{{0,3}}"
                    rf"|{CANT} keep {_gap(2)}down|(?:very|so|extremely) thirsty|ketone\w{{0,2}}"
                    rf"|fruit\w{{0,2}}|acetone|nail polish|drows\w{{0,3}}|{CONFUSED}"
                    rf"|(?:very )?sleepy|{BELLY} {_gap(2)}{PAIN}|{PAIN} {_gap(2)}{BELLY}",
                ),
            ),
        ),
    ),
    # Suddenly confused, not recognising family, talking nonsense, seeing things.
    CONFUSION: Signs(
        alone=_any(
            rf"{SUDDEN} {_gap(3)}(?:{CONFUSED}|not making sense|(?:doesn'?t|does not) make "
            rf"(?:any )?sense|talk\w{{0,3}} (?:nonsense|gibberish|strange\w{{0,2}}|weird\w{{0,2}}"
            rf"|funny)|(?:acting|behaving|behave|act) {_gap(1)}(?:strange\w{{0,2}}|weird\w{{0,2}}"
            rf"|crazy|odd\w{{0,2}}|different\w{{0,2}})|doesn'?t (?:know|recogni[sz]e)"
            rf"|can'?t (?:recogni[sz]e|tell)|agitated|aggressive|hallucinat\w{{0,4}}"
            rf"|seeing things)",
            rf"{CONFUSED} {_gap(3)}(?:{SUDDEN}|today|tonight|since|this (?:morning|afternoon"
            rf"|evening)|just now|started|in the last|for the last|(?:an?|\d+) hours?)",
            rf"(?:became|become|becomes|becoming|got|gets|getting|went|turned|turning) (?:very "
            rf"|so |really |more |suddenly |extremely |totally ){{0,3}}{CONFUSED}",
            rf"(?<!\bi'm )(?<!\bim )(?<!\bi am )(?:very|so|extremely|totally|completely|really) "
            rf"{CONFUSED}",
            r"(?:doesn'?t|does not|didn'?t|did not|can'?t|cannot|could ?n'?t|not|no longer|won'?t) "
            r"(?:even )?recogni[sz]\w{0,3} (?:\w{1,25} )?(?:me|us|his|her|family|anyone|anybody"
            r"|people|my|our|their|him)",
            r"(?:doesn'?t|does not|didn'?t|don'?t) know (?:who|where|what day|the day|what year"
            r"|her own|his own|her name|his name)|can'?t tell (?:what day|where|who)|(?:forgot"
            r"|forgets|forgetting) (?:who|where) (?:i|she|he|they) (?:am|is|are)",
            r"talk\w{0,3} (?:to )?(?:people|someone|things|somebody) (?:who|that) (?:aren'?t|isn'?t"
            r"|are not|is not|weren'?t) there|seeing things|hallucinat\w{0,4}|(?:talk\w{0,3}"
            r"|mumbl\w{0,3}|speak\w{0,3}) (?:\w{1,25} )?nonsense|gibberish",
            r"胡言亂語|神智不清|意識不清|認不得|不認得|不認識(?:人|我)",
        ),
        in_sentence=(
            # confused or acting strangely, and since when
            (
                _any(
                    rf"{CONFUSED}|(?:acting|behaving) {_gap(1)}(?:strange\w{{0,2}}|weird\w{{0,2}}"
                    rf"|odd|crazy)|{CANT} answer (?:simple |basic |easy )?questions"
                    rf"|not making (?:any )?sense"
                ),
                _any(
                    rf"{SUDDEN}|today|tonight|this (?:morning|afternoon|evening)|since|started"
                    rf"|just now|(?:an?|\d+) hours? ago"
                ),
            ),
        ),
    ),
}


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


# What makes a sign not an emergency now.

# A negation in the few words before a sign ("no chest pain", "not sure" is none), or a fear
# of it ("scared of having a heart attack").
NEGATION = re.compile(
    r"(?:\b(?:no|not|never|neither|without|denies|denied|nor|none|isn'?t|wasn'?t|aren'?t"
    r"|weren'?t|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|hadn'?t|free of|negative for)\b"
    r"(?! (?:sure|know|knowing|knew|understand|idea|certain|why|what|how|if|whether|only))"
    r"(?: (?!but\b)[\w'-]{1,25}){0,3}|沒有|沒|無|不"
    r"|\b(?:scared|afraid|worried|worry|fear\w{0,3}|risk|chance|prevent\w{0,3}|avoid\w{0,3})"
    r"(?: of| about| that)?(?: (?:having|getting|a|an|i|he|she|might|will|may|get|have)){0,3})"
    r"\s*$"
)
# How far before a sign a negation is looked for: "no" and three words.
NEGATION_REACH = 60
# The past, in the clause that names it.
PAST = _any(
    r"(?<!born )\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many"
    r"|couple of)\s(?:years?|yrs?|months?|weeks?|days?)\sago\b|\byears ago\b",
    r"(?<!since )(?<!from )\blast (?:year|month|week|summer|winter|spring|autumn|fall|sunday"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|time|weekend|new year)\b",
    r"\bin (?:19|20)\d\d\b|\bin (?:january|february|march|april|june|july|august|september"
    r"|october|november|december)\b",
    r"\bused to\b|\bback then\b|\bat that time\b|\bin the past\b|\bpreviously\b",
    r"\bwhen (?:my [\w'-]{1,25}|he|she|i|we|they) (?:had|got|was having) (?:his|her|my|a|the"
    r"|their) |\bas a (?:child|kid|baby|teen\w{0,3}|student)\b"
    r"|\bwhen (?:i|he|she|we|they) (?:was|were)"
    r" (?:a |an )?(?:child|kid|baby|young|teen\w{0,3}|little|small|student|\d+)"
    r"|\b(?:childhood|recovered)\b",
    r"(?:my|her|his) (?:first|last|previous|early) (?:pregnancy|trimester)"
    r"|\b(?:after|since) (?:his |her |my |the |a )?(?:heart attack|stroke|dka)\b",
    r"\bwent to (?:the )?(?:er|emergency|hospital|急診|a&e|clinic|doctor)\b|\b(?:was|were|got"
    r"|been) (?:admitted|hospitali[sz]ed|discharged)|\b(?:was|were|stayed) in (?:the )?hospital\b",
    r"去年|以前|之前|年前|上個月|上次",
)
# The day before: past for a sign, but the start of something still going on ("started
# yesterday"), and near enough for the first sign of a pair ("hit her head yesterday, today
# she is confused").
RECENT = _any(r"(?<!since )(?<!from )\b(?:yesterday|last night)\b|昨天|昨晚")
ONSET = _any(r"\b(?:start\w{0,3}|began|begun)\b")
# An end to what came before it in the sentence: "it stopped", "he's been fine since".
RESOLVED = _any(
    rf"\b(?:it|they|that|this|pain|bleeding|bleed|seizure|fit|shaking|jerking|swelling|symptoms?"
    rf"|attack|rash|hives|vomiting|fever|temperature|headache|breathing)(?: {GAP_WORD}){{0,5}}?"
    r" (?:stopped|went away|gone away|resolved|disappeared|settled|subsided|went down"
    r"|calmed down|eased|passed(?! out)|cleared)\b",
    r"\b(?:came|come) out\b|\ball (?:symptoms )?(?:are )?gone\b|\bhealed\b"
    r"|\b(?:goes|go) away\b|\b(?:is |are |'s )?(?:healing|improving|getting better)\b",
    r"\b(?:is|are|(?<=')s|been|now|totally|fully|completely|back to|feels?|seems?) (?:totally "
    r"|completely |fully |perfectly |all |back to )?(?:fine|normal|ok|okay|recovered|better) "
    r"(?:now|since|again|for|after)\b|\b(?:fine|normal|ok|okay) since\b|\b(?:back|returns?"
    r"|then) (?:to )?(?:normal|fine|ok|okay|pink)\b|\bthen (?:he|she|it|they)(?:'s|'re| is| are)? "
    r"(?:fine|ok|okay|normal|better)\b",
    r"^now (?:he|she|i|it|they)(?:'s|'m| is| am| are| feels?| seems?| looks?)? (?:fine|ok"
    r"|okay|normal|better|good|well)\b",
)
# Seen to already: a clinician's verdict ("the ER said it was not a heart attack"), a
# patient in hospital. What came before it, in its sentence or the one before, is over.
ASSESSED = _any(
    r"\b(?:er|a&e|hospital|doctors?|dr|急診|they|dentist|clinic|nurse|pediatrician|gp"
    r"|paramedics?)\b(?: [\w'-]{1,25}){0,6} (?:said|says|told|found|checked|examined|saw"
    r"|diagnosed)(?: [\w'-]{1,25}){0,6} (?:(?:it'?s|its|it is|it was|this is|that'?s|was|is)"
    r" (?:not|just|only)|fine|normal|ok|okay|nothing|negative|strain|reflux|muscle\w{0,5}"
    r"|bell'?s palsy|anxiety|panic)\b",
    r"\b(?:is|are|was|were|(?<=')s) (?:now |already |still )?(?:in|at) (?:the )?(?:icu|hospital"
    r"|ward|emergency room)\b|\b(?:was|were|got|been) admitted\b",
)
# Not an end: "it won't go away", "he says he is fine".
NOT_ENDED = re.compile(r"(?:\b(?:not|never|no longer)|n'?t|cannot)(?: [\w'-]{1,25})?\s?$")
SAYS_FINE = _any(
    r"\b(?:say|says|said|saying|insists?|claims?|thinks?) (?:that )?(?:he|she|i|they|it)"
    r"(?:'s| is| am| are| was|'m)? (?:fine|ok|okay|alright|all right|normal|nothing)\b"
)
# What brings it back ("it stopped, but now it started again"), or keeps it going.
RECUR = _any(
    r"(?<!fine )(?<!normal )(?<!ok )(?<!okay )(?<!pink )(?<!well )(?<!better )(?<!good )"
    r"\bagain\b|\b(?:came back|come back|returned|worse)\b"
)
ONGOING = _any(r"\b(?:still|again|keeps?|keep|worse|continu\w{0,4}|won'?t stop|not stop\w{0,3})\b")
# A clause in the present tense, or in the past ("her throat swelled").
PRESENT = _any(
    r"\b(?:is|are|am|isn'?t|aren'?t|has|have|can'?t|cannot|can|won'?t|doesn'?t|don'?t|keeps?"
    r"|still|now|currently|getting|feels?|looks?|seems?|says?)\b|\b(?:he|she|it|that|there|i"
    r"|we|they)'(?:s|re|m)\b"
)
PAST_VERB = _any(
    r"\b(?:was|were|had|did|went|came|got|took|felt|fell|gave|ate|drank|bit|hit|became|turned"
    r"|swelled|(?!(?:confused|tired|worried|scared|concerned|used|bloated|stressed|depressed"
    r"|exhausted|interested|married|retired|diagnosed|prescribed|red|need|bed|blood)\b)"
    r"[a-z]{2,}ed)\b"
)
FAMILY = _any(
    r"\b(?:runs? in (?:my|our|the|his|her) family|family history|genetic\w{0,3}|hereditary"
    r"|inherit\w{0,4}|(?:died|passed away|death) (?:of|from|by|due to)|(?:all|both) (?:had"
    r"|have had|has had)|in (?:his|her|their) \d0s|(?:higher|high|at) risk\b|does (?:that|it"
    r"|this) (?:increase|mean)|will (?:i|my \w{1,25}|he|she) (?:get|have) it)|遺傳"
)
EDUCATIONAL = _any(
    r"\b(?:what (?:are|is) (?:the )?(?:s[iy]mpto?ms?|signs?|warning signs?|causes?|difference"
    r"|first aid|policy|protocol|guideline|antidote|latest|steps|recommend\w{0,6})|how (?:do|can"
    r"|would|should|to|2|does) (?:i|we|you|one|people|someone|staff)? ?(?:know|tell"
    r"|recogni[sz]e|spot|prevent|help|treat|screen|handle|check|respond|learn|teach|train"
    r"|talk to|talk with|speak to|support|approach|ask)"
    r"|how to\b|how does (?:\w{1,25} ){1,3}work|what (?:should|do|to|can) (?:i|we|you|one|they"
    r"|people)? ?do (?:if|when|in case)|what to do (?:if|when|in)|in case (?:of|my|he|she"
    r"|someone)|is it true|how (?:is|are) \w{1,25} (?:treated|diagnosed)|just curious"
    r"|out of curiosity|(?:for|4) (?:a |my |our )?(?:school|class|report|essay|project|course"
    r"|exam|homework))\b",
    r"\b(?:if|when) (?:someone|somebody|sum1|anyone|a person|a child|a baby|a kid|a friend"
    r"|a patient|a student|a customer|people|children|babies|kids|an adult|an elderly"
    r"|a diabetic|a pregnant|a newborn|an infant)\b|\bfirst aid (?:course|class|training)"
    r"|\btaking a course\b",
    r"\bis (?:a |an )?[\d.]{2,5} ?(?:°c?|c|degrees?)? (?:considered (?:a |an )?|a |an )fever\b"
    r"|\bcounts? as (?:a )?fever\b|\bwhat does\b[^?]{0,80}\bmean\b"
    r"|\bat what (?:temperature|age|point|number|level)\b"
    r"|\bwhat (?:temperature|temp|number|level|reading|age|sugar level|bp) (?:counts|is "
    r"considered|should|means|is (?:dangerous|too|normal|safe))\b|\bwhen (?:should|do|to|must)"
    r" (?:i|we|you|one)? ?(?:worry|go|call|see)\b|\bcan (?:i|you) still develop\b"
    r"|\bsymptoms? of\b|\bdifference between\b",
    r"\bjust asking\b|\basking for (?:a friend|my)\b|\b(?:writing|reading|watching|watched|saw)"
    r" (?:a|an|the|my) (?:novel|story|book|movie|film|drama|series|show|script|article|news"
    r"|video)\b|\b(?:the|a|my) character\b",
    r"\b(?:are|is) (?:these |those |this |it |they |that )?(?:the |a |an )?(?:[\w'-]{1,25} )?"
    r"(?:signs?|symptoms?) (?:of|right)\b|\bwhat happens (?:if|when)\b|\bwhat would happen\b"
    r"|\bwhat (?:else )?causes\b|\bis it (?:common|possible|rare|likely) for\b"
    r"|\b(?:can|does|could) [\w'-]{1,25} (?:cause|make (?:you|me|someone"
    r"|people))\b|\bhow (?:common|likely|rare|dangerous|serious) is\b|\bwhich (?:\w{1,25} )"
    r"{1,4}(?:are|is) (?:dangerous|serious|worrying|normal|emergenc\w{0,3})\b",
    r"\b(?:want|wanted|trying|like) to (?:learn|know more|be prepared|prepare|teach|understand)"
    r"\b|\bto be prepared\b|\b(?:saw|read|heard|watched) (?:a |an |it |about |on |in )"
    r"|\bcan someone explain\b|\bexplain (?:the|what|how|simply)\b|\bdue (?:next|in|this|date)\b",
    r"\b(?:for|do|can|should|help|treat\w{0,3}|about|are) (?:the )?(?:people|patients|persons"
    r"|adults|elderly|clients|customers|students|staff|workers|employees|someone|somebody"
    r"|anyone) (?:with|who|having)\b",
    r"^what(?:'s| is| are) (?:a |an |the )?[\w'-]{1,25}(?: [\w'-]{1,25})?\s?\?|是什麼|什麼是",
)
PROFESSIONAL = _any(
    r"\b(?:i'?m|im|i am|as|i work as) (?:a|an) (?:[\w'-]{1,25} )?(?:nurse|doctor|pharmacist"
    r"|teacher|paramedic|emt|medical student|med student|nursing student|student nurse"
    r"|counsel+or|social worker|therapist|psychologist|first aider|lifeguard|trainer|officer"
    r"|caregiver|carer|care worker|aide|assistant|technician|volunteer|coach|instructor|dentist"
    r"|midwife|physio\w{0,8}|babysitter|nanny)\b",
    r"\b(?:med|medical|nursing|emt|pharmacy) (?:student|trainee)s?\b|\b(?:nurse|doctor|teacher"
    r"|trainer|officer|emt|paramedic|student|trainee) here\b|\b(?:training|studying) to be "
    r"(?:a|an)\b",
    r"\bour (?:patients|clinic|ward|students|staff|workers|employees|customers|clients"
    r"|residents|team)\b|\b(?:we|our team|our staff|staff) (?:screen|assess|train|teach"
    r"|handle|respond)\b",
    r"\bi work (?:in|at|for) (?:a |an |the )?(?:kindergarten|school|hospital|clinic|factory"
    r"|nursing home|pharmacy|daycare|restaurant|gym|pool|care home)\b|\bi run a (?:restaurant"
    r"|kindergarten|daycare|school|gym|clinic)\b",
)
FIGURATIVE = _any(
    r"(?:killing|choking|suffocating|drowning) me\b|drowning in|dying (?:to|for|of (?:laughter"
    r"|boredom|embarrassment))|\bdied laughing|could (?:just )?die|kill for|(?:heart"
    r"|heartbroken|heart is) ?broken|broke my heart|die of embarrass\w{0,4}|bored to death"
    r"|scared to death|tired to death|dead tired|to death of|drives? me crazy|lose my mind"
    r"|mind blown|on fire",
    r"(?:almost|nearly) (?:gave|give|had|have|got) (?:me )?(?:a )?(?:heart attack|stroke)"
    r"|gives? me a heart attack|my (?:brain|head) is (?:dead|fried)|(?:wallet|bank|account) "
    r"is bleeding",
    r"\blol\b|\blmao\b|\bhaha\w{0,5}|\bjk\b|just kidding|(?<!not )(?<!no )(?<!n't )joking",
)
# A graded sign (pain, bleeding, swelling) made small just before or after it.
INTENSITY_MILD = _any(
    r"\b(?:mild\w{0,2}|slight\w{0,2}|a little|a bit|a tiny bit|little bit|a tad|bit of|minor"
    r"|small|tiny|coin[- ]size\w{0,1}|size of a (?:coin|fingernail|pea|grain of rice)"
    r"|not (?:that|too|very|so) (?:bad|much|strong|severe|painful)|light (?:bleeding|spotting"
    r"|pain|cramps?|ache))\b"
)
GRADED = re.compile(
    r"pain|pian|ach|hurt|sore|discomfort|tight|pres+ure|heav|cramp|bleed|burn|scald|sw[eo]l"
    r"|short|breathless|hard to|difficult|trouble|cough|sugar|glucose|tender"
)
# Kinds whose signs are all graded.
GRADED_KINDS = {HEART_ATTACK, BLEEDING, BURNS, ABDOMEN, TESTICULAR, DIABETIC}
# Long-standing, or with a harmless cause: a sign in the same clause, or the clause after
# it, is not new.
CHRONIC = _any(
    r"\bfor (?:the (?:past|last) )?(?:about |around |almost |over |more than |nearly |like )?"
    r"(?:\d+|a|an|one|a few|few|several|many|two|three|four|five"
    r"|six) (?:years?|yrs?|months?|weeks?)\b|\bfor (?:years|months|weeks|ages|a long time)\b"
    r"|\bover (?:the (?:past|last) )?(?:a |\d+ |few |several )?(?:years?|months?)\b",
    r"\b(?:on and off|comes and goes|come and go|every (?:day|night|morning|month|winter|year)"
    r"|sometimes|occasional\w{0,2}|chronic|many (?:years|winters|months)|as usual|like always"
    r"|(?:his|her|my) usual|slowly getting|gradually|well controlled)\b",
    r"\bsince (?:childhood|i was|teen\w{0,3}|young|birth|\d{4})\b|\bsince (?:his|her|my|the) "
    r"(?:stroke|accident|surgery|operation|injury|birth)\b",
    r"\b(?:numb\w{0,4}|tingl\w{0,4}|asleep) (?:[\w'-]{1,25} ){0,3}when (?:i |he |she )?(?:sit"
    r"|sitting|lie|lying|sleep|sleeping|lean|leaning|cross|type|typing|kneel)\w{0,3}\b"
    r"|\bwhen (?:he'?s|she'?s|i'?m|they'?re|it'?s|he is|she is) cold\b|\b(?:while|when) "
    r"(?:sleeping|asleep)\b|\bduring (?:the )?(?:night|sleep)\b|\bsleep (?:test|study)\b"
    r"|\b(?:lowest|minimum) (?:oxygen|o2|spo2|sat\w{0,7})\b"
    r"|\b(?:stable angina|angina stable|only when)\b|\bwhen (?:i'?m |i am |i get )?(?:anxious"
    r"|stressed|nervous|hungry)\b|\b(?:when|in) (?:it'?s )?(?:the )?(?:cold|winter)\b",
    r"\b(?:hurts?|pain\w{0,3}|sore|tender) (?:[\w'-]{1,25} ){0,2}when (?:i |he |she |you )?"
    r"(?:press|push|touch|twist|turn|lift)\w{0,3}\b|\bafter (?:the )?(?:gym|workout|exercise"
    r"|lifting|training)\b|\b(?:from|due to|because of|caused by) (?:my |the |a )?(?:shingles"
    r"|rash|acne|pulled muscle|muscle strain|coughing|costochondritis)\b",
)
# Kinds with no mild or long-standing version.
NEVER_MILD = {SUICIDE, OVERDOSE, INFANT_FEVER, UNCONSCIOUS, HEAD_INJURY, PREGNANCY}
# Kinds where feeling fine since changes nothing (a swallowed battery, a stroke that passed).
NEVER_RESOLVED = {SUICIDE, OVERDOSE, STROKE, INFANT_FEVER, HEAD_INJURY}
# Now, whatever else the text says.
NOW = _any(
    r"\b(?:right now|just now|tonight|this (?:morning|afternoon|evening)|currently|since (?:this"
    r"|an? hour|\d+ (?:min|minutes|hours?)|last night|yesterday)|won'?t stop|at the moment"
    r"|as i (?:write|type)|an? (?:hour|few minutes|minute|couple of hours) ago"
    r"|\d+ ?(?:min|mins|minutes|hours?|hrs?) ago)\b|現在|剛剛|今晚"
)
# Someone's present state ("I have", "my son is", "she can't"), not one's work or question.
PERSONAL_NOW = _any(
    r"\b(?:(?:i|he|she|they|(?:my|our) (?!(?:company|school|office|team|class|clinic|hospital"
    r"|ward|kindergarten|organi[sz]ation|church|group|club|questions?|project|course|book|novel"
    r"|story)\b)(?:[\w'-]{1,25} ){0,2}[\w'-]{1,25})(?:'s|'m|'re)? (?:am|is|are|has|have|feel"
    r"|feels|can'?t|cannot|keeps?|looks?|seems?|just|suddenly)|i'?m|he'?s|she'?s)\b"
    r"(?! (?:a|an|the|writing|asking|trying|wondering|curious|new|here|interested|planning"
    r"|looking|training|studying|working|preparing|learning|reading|teaching|taking a course"
    r"|organi[sz]ing|going to (?:ask|learn|take|teach)|a question|some questions|questions)\b)"
)
# Someone in particular, in a text written at work ("a student in my class collapsed").
SOMEONE = _any(
    r"\b(?:he|she|him|her)\b|\b(?:my|our|this|that) (?:student|patient|client|customer|resident"
    r"|colleague|co-?worker|worker|employee|kid|child|boy|girl|man|woman|lady|guy|baby)",
    r"\b(?:a|one) (?:student|child|kid|boy|girl|customer|colleague|co-?worker|man|woman|lady"
    r"|guy) (?:[\w'-]{1,25} ){0,4}(?:collapsed|fainted|fell|is|isn'?t|has|just|suddenly"
    r"|started|stopped|can'?t|won'?t|passed out)\b",
)


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
    r"|\s(?<!right\s)(?<!just\s)(?<!fine\s)(?<!ok\s)(?<!okay\s)(?<!better\s)(?<!normal\s)"
    r"(?=now\b)"
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
        """Long-standing in the clause, or in the one after it ("... I've had it for 2 years")."""
        if number not in self.chronic:
            after = self.clauses[number + 1][0] if number + 1 < len(self.clauses) else ""
            self.chronic[number] = bool(
                CHRONIC.search(self.clauses[number][0]) or CHRONIC.search(after)
            )
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

"""Emergencies in free text: a situation, now, where the right advice is "call 119 / go to
the emergency department", not "wait for a doctor's answer".

`find(text)` returns the kind of the first emergency it finds, or None. The text is read
sentence by sentence. A sentence shows an emergency when it holds a warning sign of one
kind ("chest pain", "face drooping", "swallowed a battery"), or two that together are one
("hit his head" and "vomiting"), and nothing that makes the sign someone else's, past or
hypothetical: a negation just before it ("no chest pain"), a past or resolved event
("five years ago", "it stopped"), family history, a general question ("what are the signs
of a stroke?"), a professional asking for work ("I'm a nurse"), or a figure of speech
("this job is killing me"). Patients write with typos and understatement, so the signs
are spelled loosely and "probably nothing but" changes nothing.
"""

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
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


WHO = r"(?:my|his|her|the|their|our|a|one)"
CANT = r"(?:can'?t|cannot|can not|cant|unable to|could not|couldn'?t|not able to|hard to)"
BREATHE = r"(?:brea?the?|breath|brething|breating|breth)"

# Signs that are an emergency on their own (a head injury, a young baby's fever and
# pregnancy take two signs together: see _combined).
SIGNS: dict[str, re.Pattern] = {
    HEART_ATTACK: _any(
        r"chest\s*(?:pain|pian|pains|hurts?|hurting|pressure|tight\w*|heav\w*|crush\w*"
        r"|squeez\w*|discomfort|ache|burning)",
        rf"(?:pain|pressure|tightness|heaviness|squeezing|crushing)\s+(?:in|on|across|of)\s+"
        rf"{WHO}\s+chest",
        r"(?:elephant|weight|brick)\s+(?:on|sitting on)\s+(?:my|his|her)\s+chest",
        r"(?:having|have|has|is having)\s+a\s+heart\s+attack",
        r"胸痛|胸悶|胸口痛",
        r"chest\s+(?:feels?|is|so|very)\s+(?:\w+\s+){0,2}(?:heavy|tight|pressure|crush\w*|squeez\w*)",
        r"(?:holding|clutching|grabbing)\s+(?:his|her|my)\s+chest",
        r"(?:heavy|tight|crushing|squeezing|pressure|dull)\s+(?:\w+\s+){0,2}(?:in|on)\s+"
        r"(?:my|his|her|the)\s+(?:upper\s+)?chest",
        r"(?:pain|pressure|tight\w*)\s+(?:\w+\s+){0,5}(?:left\s+arm|left\s+shoulder|jaw"
        r"|shoulder\s+blades?|both\s+arms?)",
        r"sitting\s+on\s+(?:my|his|her)\s+chest|like\s+a\s+tight\s+band|chest\s+pres+ure",
        r"胸口(?:很)?悶|胸口(?:很)?痛",
    ),
    STROKE: _any(
        r"(?:face|mouth|smile|lip)s?\s+(?:\w+\s+){0,2}(?:droop\w*|crooked|twisted|uneven"
        r"|lopsided|sag\w*|drop\w*|fallen|falling|pulled)",
        r"(?:droop\w*|crooked|uneven|lopsided)\s+(?:face|mouth|smile)",
        r"slur\w*|speech\s+(?:is\s+|was\s+|sounds?\s+)?(?:strange|weird|garbled|funny|messed)",
        rf"{CANT}\s+(?:speak|talk|say\s+words|get\s+(?:the\s+)?words\s+out|find\s+(?:the\s+)?words)",
        r"(?:words|talking)\s+(?:come|coming|came)\s+out\s+(?:wrong|funny|mixed)",
        r"(?:left|right|one)\s+(?:side|arm|leg|hand)\s+(?:\w+\s+){0,3}(?:weak\w*|numb\w*"
        r"|heavy|paraly\w*|limp|no\s+strength|can'?t\s+(?:move|lift|feel))",
        r"(?:weak\w*|numb\w*|paraly\w*)\s+(?:on|in)\s+(?:the\s+|my\s+|his\s+|her\s+)?"
        r"(?:left|right|one)\s+side",
        r"worst\s+headache|thunderclap",
        r"sudden\w*\s+(?:\w+\s+){0,2}(?:lost|loss\s+of|can'?t\s+see|blind)",
        r"(?:having|is\s+having)\s+a\s+stroke\b",
        r"中風了|正在中風",
        r"(?:can'?t|cannot|unable\s+to)\s+lift\s+(?:his|her|my)\s+(?:left\s+|right\s+)?(?:arm|leg)",
        r"(?:half|one\s+side)\s+of\s+(?:my|his|her|the)\s+(?:body|face)\s+(?:\w+\s+){0,2}"
        r"(?:numb|weak|droop\w*|heavy)",
        r"(?:speech|speaking|talk\w*)\s+(?:\w+\s+){0,2}(?:drunk|strange|weird|funny)",
        r"歪",
    ),
    BREATHING: _any(
        rf"{CANT}\s+(?:get\s+(?:a\s+|enough\s+)?)?(?:{BREATHE}|air)",
        rf"(?:struggl\w*|fight\w*|gasp\w*)\s+(?:to\s+|for\s+)?(?:{BREATHE}|air)",
        r"gasping|chok(?:ing|ed)\b|chokes\b",
        r"(?:lips?|face|fingers?)\s+(?:are\s+|is\s+|turn\w*\s+|going\s+|look\w*\s+)?"
        r"(?:blue|purple|grey|gray)",
        r"inhaler\s+(?:is\s+|isn'?t\s+|not\s+|doesn'?t\s+)+(?:help|work)\w*",
        r"not\s+(?:helping|working)[^.]*inhaler",
        r"喘不過氣|呼吸困難|不能呼吸",
        r"(?:can'?t|cannot)\s+(?:finish|complete)\s+(?:a\s+)?sentence",
        r"(?:very|so|suddenly)\s+(?:very\s+)?short\s+of\s+breath|breathless\s+suddenly"
        r"|suddenly\s+breathless|out\s+of\s+breath\s+(?:just|even)",
        r"can'?t\s+(?:seem\s+to\s+)?get\s+enough\s+air|pink\s+frothy|drooling\s+and\s+can'?t\s+swallow",
        r"asthma\s+attack\s+(?:\w+\s+){0,2}(?:not\s+stopping|won'?t\s+stop|not\s+getting\s+better)",
    ),
    ANAPHYLAXIS: _any(
        r"(?:throat|tongue|lips?|face|eyes)\s+(?:is\s+|are\s+|getting\s+|started\s+|starting\s+"
        r"|feels?\s+|feeling\s+|became\s+|went\s+)?(?:to\s+)?(?:swell\w*|swollen|clos\w*|tight\w*|puff\w*)",
        rf"(?:swell\w*|swollen)\s+(?:of\s+|in\s+)?{WHO}?\s*(?:throat|tongue|lips?)",
        r"(?:having|going\s+into|is\s+in|in)\s+anaphyla\w*|anaphylactic\s+(?:shock|reaction)\s+now",
        r"(?:throat|tongue)\s+(?:\w+\s+){0,4}(?:thick|closing|tight|swell\w*)",
        r"face\s+(?:\w+\s+){0,2}swell\w*|hives[^.]*(?:wheez\w*|breath\w*|throat|faint)",
        r"嘴唇腫|喉嚨(?:很)?緊",
    ),
    BLEEDING: _any(
        r"(?:bleed\w*|blood)\s+(?:\w+\s+){0,3}(?:won'?t|will\s+not|doesn'?t|does\s+not|not|can'?t)"
        r"\s+(?:stop|be\s+stopped)",
        r"(?:won'?t|can'?t|cannot)\s+stop\s+(?:the\s+)?bleed\w*",
        r"spurt\w*|gush\w*|soak\w*\s+(?:through|the)\s+(?:\w+\s+)?(?:towel|pad|cloth|bandage|shirt)",
        r"(?:so\s+much|lots\s+of|a\s+lot\s+of|pool\s+of|cups?\s+of)\s+blood",
        r"heavy\s+bleed\w*|bleeding\s+heavily|bleeding\s+a\s+lot",
        r"(?:vomit\w*|threw\s+up|throwing\s+up|throw\s+up|puk\w*)\s+(?:\w+\s+)?blood",
        r"blood\s+(?:in|when)\s+(?:\w+\s+)?(?:vomit|throw\w*\s+up)",
        r"cough\w*\s+(?:up\s+)?(?:a\s+lot\s+of\s+|lots\s+of\s+|cups?\s+of\s+)?(?:fresh\s+)?blood",
        r"black\s+(?:tarry|tar|sticky|tar-like)\s+(?:stool|poop|poo)",
        r"吐血|大出血",
        r"(?:vomit\w*|threw\s+up)\s+(?:a\s+)?(?:big\s+)?(?:bowl|cup|lot)\s+of\s+(?:\w+\s+){0,2}blood",
        r"blood\s+(?:keeps|kept)\s+(?:coming|pouring|flowing)|still\s+pouring|soaked\s+through",
        r"passing\s+(?:a\s+lot\s+of\s+)?(?:\w+\s+)?blood|toilet\s+(?:bowl\s+)?(?:is\s+)?full\s+(?:of\s+)?"
        r"(?:red|blood)|heavy\s+ble\w*ing|soaking\s+(?:one|a|\d+)\s+pad",
        r"bleeding\s+for\s+more\s+than\s+\d+\s+min",
    ),
    SUICIDE: _any(
        r"kill\s+(?:my|him|her)self|killing\s+myself|end\s+(?:my|it)\s+(?:life|all)"
        r"|end\s+it\s+all|take\s+my\s+(?:own\s+)?life",
        r"(?:want|wanna|wish|going)\s+(?:to\s+)?(?:die|be\s+dead|disappear\s+forever)",
        r"don'?t\s+want\s+to\s+(?:live|be\s+alive|wake\s+up|exist)",
        r"suicid\w*|better\s+off\s+dead|no\s+reason\s+to\s+live",
        r"(?:cut|cutting|burn|burning|hurt|hurting)\s+(?:myself|my\s+(?:wrists?|arms?|legs?))",
        r"self[- ]?harm\w*",
        r"(?:jump|jumping)\s+(?:off|from)\s+(?:the\s+|a\s+|my\s+)?(?:roof|bridge|building|balcony)",
        r"想死|自殺|不想活",
        r"planning\s+to\s+die|thinking\s+(?:to|of|about)\s+(?:jump\w*|ending)|texted\s+(?:me\s+)?goodbye",
        r"kill\s+my\s*self|(?:standing|sitting)\s+on\s+(?:the\s+)?(?:bridge|roof|ledge|balcony)",
        r"\d+(?:st|nd|rd|th)\s+floor\s+balcony|bought\s+(?:a\s+)?(?:bottle\s+of\s+)?(?:pesticide"
        r"|charcoal|rope)",
        r"(?:saying|said|texted|sent)\s+(?:me\s+)?(?:a\s+message\s+)?(?:saying\s+)?goodbye"
        r"|(?:cut|cutting)\s+(?:him|her)self|(?:i\s+will|i'?ll|going\s+to|gonna)\s+end\s+it\b",
        r"(?:standing|sitting)\s+on\s+my\s+(?:balcony|roof)|nobody\s+(?:will|would)\s+miss\s+me"
        r"|no\s+reason\s+to\s+(?:live|go\s+on|go\s+back)|pills\s+ready|suicide\s+note"
        r"|(?:wrote|written|writing)\s+(?:\w+\s+)?(?:letters?|notes?)\s+to\s+(?:my\s+)?(?:family"
        r"|parents|kids|children|wife|husband)|how\s+many\s+(?:pills\s+)?(?:it\s+)?takes?",
    ),
    OVERDOSE: _any(
        r"overdos\w*|\bod'?d\b",
        r"(?:took|take|taken|swallow\w*|ate|drank|drunk)\s+(?:\w+\s+){0,3}(?:too\s+many|a\s+whole"
        r"|the\s+whole|all\s+(?:of\s+)?(?:my|his|her|the))\s+(?:\w+\s+)?(?:pills|tablets|bottle|meds"
        r"|medicine|capsules|sleeping)",
        r"(?:took|swallow\w*|ate)\s+(?:\d{2,}|twenty|thirty|forty|fifty|a\s+handful\s+of)\s+"
        r"(?:\w+\s+)?(?:pills|tablets|capsules)",
        r"(?:swallow\w*|ate|drank|drunk|drinking|licked)\s+(?:\w+\s+){0,3}(?:button\s+)?"
        r"(?:batter\w*|bleach|detergent|poison\w*|pesticide|insecticide|chemical\w*|magnet\w*"
        r"|drain\s+cleaner|cleaning\s+(?:liquid|fluid|product)|kerosene|paraquat|antifreeze"
        r"|laundry\s+(?:pod|capsule)|rat\s+poison|mothball\w*|nail\s+polish\s+remover)",
        r"poisoned|農藥|吞了",
        r"(?:took|take|ate|swallowed|drank)\s+(?:\w+\s+){0,4}(?:twice|double|by\s+mistake"
        r"|accidental\w*)|too\s+much\s+of\s+(?:his|her|my)\s+(?:\w+\s+)?pill",
        r"charcoal\s+stove|carbon\s+monoxide|燒炭|wild\s+mushroom\w*|清潔劑|toilet\s+cleaner"
        r"|mosquito\s+repellent",
        r"ate\s+some\s+of\s+(?:them|the\s+pills|her\s+pills|his\s+pills)",
    ),
    SEIZURE: _any(
        r"(?:having|had|is\s+having|in)\s+a\s+(?:seizure|fit|convulsion)",
        r"seiz(?:ing|ure\s+(?:now|right\s+now|for|won'?t|not\s+stop|has\s+lasted|lasting))",
        r"convuls\w*|shaking\s+(?:all\s+over|uncontrollabl\w*|and\s+(?:not\s+|un)respons\w*)",
        r"(?:first|first-ever|first\s+ever)\s+seizure",
        r"(?:eyes\s+rolled|rolled\s+back)[^.]*(?:shak\w*|jerk\w*)|jerking\s+(?:all\s+over|and)",
        r"抽搐|癲癇發作",
        r"seizur\w*\s+now|seizing\s+again|had\s+a\s+fit|shaking\s+fit|(?:arms|legs)\s+(?:and\s+\w+\s+)?"
        r"jerking|body\s+was\s+jerking|still\s+shaking",
    ),
    UNCONSCIOUS: _any(
        r"unconscious|unresponsive|not\s+respond\w*|no\s+response|won'?t\s+respond",
        r"(?:won'?t|will\s+not|can'?t|cannot|couldn'?t|not)\s+(?:wake|waking)\s+(?:\w+\s+)?up"
        r"|can'?t\s+wake\s+(?:him|her|them|my)",
        r"(?:passed\s+out|fainted|collapsed)\s+(?:\w+\s+){0,4}(?:still|not\s+(?:waking|awake|moving"
        r"|breathing))",
        r"昏迷|叫不醒",
        r"(?:doesn'?t|does\s+not|not)\s+(?:open\s+(?:his|her)\s+eyes|respond\s+at\s+all)"
        r"|not\s+waking|hard\s+to\s+wake|won'?t\s+wake|not\s+moving\s*,?\s*(?:he|she)\s+breath",
    ),
    BURNS: _any(
        r"(?:chemical|acid|alkali|electric\w*|electrocut\w*)\s+burn\w*|electrocut\w*",
        r"(?<!sun)burn\w*\s+(?:\w+\s+){0,4}(?:face|eyes?|hands?|genital\w*|groin|whole\s+\w+|chest|back"
        r"|large|huge|big)\b",
        r"(?:large|huge|big|severe|deep|bad)\s+burn\w*",
        r"(?:boiling|hot)\s+(?:water|oil|soup)\s+(?:\w+\s+){0,4}(?:spill\w*|pour\w*|splash\w*)"
        r"[^.]*(?:blister|skin|white|peel)",
        r"skin\s+(?:is\s+)?(?:white|black|charred|leathery|peeling\s+off)",
        r"skin\s+came\s+off|skin\s+(?:is\s+)?(?:turning\s+)?white|burned\s+(?:\w+\s+)?(?:legs|both|chest)"
        r"|big\s+blisters|private\s+area|drain\s+cleaner|concentrated\s+acid|acid\s+(?:on|in)",
    ),
    ABDOMEN: _any(
        r"(?:belly|stomach|abdom\w*|tummy)\s+(?:is\s+)?(?:rigid|hard\s+as|hard\s+like|like\s+a\s+board)",
        r"(?:rigid|board-like)\s+(?:belly|stomach|abdom\w*)",
        r"(?:worst|severe|unbearable|excruciating|terrible|extreme)\s+(?:\w+\s+){0,2}"
        r"(?:belly|stomach|abdom\w*|tummy)\s+(?:pain|ache)",
        r"(?:belly|stomach|abdom\w*|tummy)\s+(?:pain|ache)\s+(?:\w+\s+){0,4}(?:can'?t\s+(?:stand|move"
        r"|walk|breathe)|doubled\s+over|fainted|passed\s+out|screaming)",
        r"hard\s+like\s+a\s+board|tender\s+and\s+stiff|tearing\s+pain|extremely\s+painful|10/10"
        r"|vomiting\s+green|red\s+jelly|fainted\s+(?:\w+\s+){0,3}(?:belly|stomach)\s+pain",
        r"(?:worst|very\s+severe|severe)\s+(?:\w+\s+){0,3}(?:belly|stomach|abdom\w*)"
        r"|(?:belly|stomach|abdom\w*)\s+(?:\w+\s+){0,8}very\s+severe",
    ),
    TESTICULAR: _any(
        r"(?:testic\w*|testis|testes|balls?|scrotum|nuts)\b[^.]*(?:sudden\w*|severe|swell\w*"
        r"|swollen|twist\w*|excruciating|very\s+painful)",
        r"(?:sudden\w*|severe|excruciating)\s+(?:\w+\s+){0,3}(?:testic\w*|testis|scrot\w*|ball)",
        r"睪丸|scrotum\s+(?:is\s+)?(?:getting\s+)?(?:bigger|swollen|purple)",
    ),
    MENINGITIS: _any(
        r"stiff\s+neck[^.]*fever|fever[^.]*stiff\s+neck|neck\s+(?:is\s+)?(?:stiff|rigid)[^.]*fever",
        r"rash\s+(?:\w+\s+){0,3}(?:doesn'?t|does\s+not|won'?t|not)\s+(?:fade|go\s+away\s+when)",
        r"glass\s+test",
        r"neck\s+(?:is\s+)?(?:so\s+)?stiff|脖子很硬|purple\s+spots|spots\s+that\s+don'?t\s+fade"
        r"|bulging|rash\s+spreading\s+fast|light\s+is\s+painful",
    ),
    DIABETIC: _any(
        r"ketoacidosis|\bdka\b|ketones?\s+(?:are\s+|is\s+)?(?:high|large|very)",
        r"(?:sugar|glucose|bg|bs)\s+(?:\w+\s+){0,3}(?:[4-9]\d\d|hi\b|high\b|over\s+[4-9]\d\d)"
        r"[^.]*(?:vomit\w*|confus\w*|fruity|drows\w*|breath\w*\s+fast|can'?t\s+wake)",
        r"(?:sugar|glucose|bg|bs)\s+(?:\w+\s+){0,3}(?:[1-3]\d|low)\b[^.]*(?:confus\w*|shak\w*|sweat\w*"
        r"|can'?t\s+(?:eat|swallow|wake)|pass\w*\s+out|not\s+making\s+sense|drows\w*)",
        r"fruity\s+(?:breath|smell)",
        r"(?:sugar|suger|glucose|meter|血糖)\s+(?:\w+\s+){0,3}(?:[4-9]\d\d|hi\b|4[0-9]\b|2\.\d)",
        r"breath\s+smells\s+(?:like\s+)?fru\w*|breathing\s+deep\s+and\s+fast",
    ),
    CONFUSION: _any(
        r"sudden\w*\s+(?:\w+\s+){0,3}confus\w*|confus\w*\s+(?:\w+\s+){0,2}sudden\w*",
        r"(?:doesn'?t|does\s+not|didn'?t|can'?t|cannot|not)\s+(?:even\s+)?recogni[sz]e\s+"
        r"(?:me|us|his|her|family|anyone)",
        r"suddenly\s+(?:\w+\s+)?(?:acting|talking|behaving)\s+(?:\w+\s+)?(?:strange|weird|crazy"
        r"|nonsense|odd)",
        r"talking\s+nonsense|disoriented|doesn'?t\s+know\s+where\s+(?:he|she)\s+is",
        r"can'?t\s+recogni[sz]e|doesn'?t\s+know\s+who\s+i\s+am|神智不清|talking\s+to\s+people\s+who"
        r"|sud+en+ly\s+confus\w*|confuse\s+today|mumbling\s+nonsense",
    ),
}

# Signs that are an emergency together, anywhere in the same text.
HEAD_HIT = re.compile(
    r"(?:hit|bang\w*|bump\w*|knock\w*|struck|fell\s+on|fall\s+on|landed\s+on)\s+(?:\w+\s+){0,2}head"
    r"|head\s+(?:injur\w*|trauma|wound)|concussion|head\s+first|rolled\s+off|fell\s+off"
    r"|fell\s+(?:\w+\s+){0,3}(?:stairs|bed|bike|scooter"
    r"|motorbike|ladder)"
)
HEAD_WARNING = re.compile(
    r"vomit\w*|threw\s+up|throwing\s+up|puk\w*|confus\w*|drows\w*|sleepy|won'?t\s+wake"
    r"|not\s+making\s+sense|clear\s+(?:fluid|liquid)|blood\s+(?:from|in)\s+(?:his|her|the)\s+ear"
    r"|unequal\s+pupils|seiz\w*|passed\s+out|blacked\s+out|lost\s+consciousness|blood\s+thinner"
    r"|warfarin|eliquis|xarelto|apixaban|rivaroxaban|floppy|not\s+feeding|watery\s+fluid"
    r"|dripping\s+from\s+(?:my|his|her)\s+nose|swelling\s+on\s+(?:the\s+side\s+of\s+)?(?:his|her)\s+head"
)
INFANT_AGE = re.compile(
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?"
    r"(?P<unit>day|days|week|weeks|wk|wks|month|months|mo)[- ]?old"
    r"|(?P<newborn>newborn|new-born|neonat\w*|新生兒)"
    r"|(?:baby|son|daughter|infant)\s+is\s+(?P<n2>\d{1,2}|one|two|three|four|five|six)\s+"
    r"(?P<unit2>days|weeks|months)"
)
FEVER = re.compile(
    r"\b3[89]\.\d\b|fever|feverish|temp\w*\s+(?:of\s+|is\s+)?3[89]|3[89](?:\.\d)?\s*°?\s*c\b|hot\s+to\s+touch|發燒"
)
PREGNANT = re.compile(
    r"pregn[ae]n\w*|weeks?\s+along|懷孕|孕|\b(?:2\d|3\d|4[0-2])\s*weeks?\b(?!\s+ago)"
)
PREGNANCY_WARNING = re.compile(
    r"bleed\w*|blood|severe\s+(?:\w+\s+)?(?:pain|cramp\w*|headache)|(?:baby|bb)\s+(?:is\s+)?"
    r"(?:not|isn'?t|hasn'?t|stopped|doesn'?t)\s+(?:\w+\s+)?mov\w*|not\s+feel\w*\s+(?:the\s+)?"
    r"(?:baby|kick\w*)|water\w*\s+broke|leak\w*\s+(?:fluid|water)|blurr\w*\s+vision|seeing\s+spots"
    r"|haven'?t\s+felt\s+(?:the\s+)?baby|almost\s+nothing|vision\s+blurry|regular\s+tightening"
    r"|contraction\w*|watery\s+discharge|very\s+strong\s+pain"
)
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _infant(sentence: str) -> bool:
    """A baby under three months is named in the sentence."""
    for match in INFANT_AGE.finditer(sentence):
        if match.group("newborn"):
            return True
        number = match.group("n") or match.group("n2")
        unit = match.group("unit") or match.group("unit2")
        value = int(number) if number.isdigit() else _NUMBERS[number]
        if unit.startswith(("d", "w")):
            if unit.startswith("d") or value < 13:
                return True
        elif value < 3:
            return True
    return False


# What makes a sign in a sentence not an emergency now.
NEGATION = re.compile(
    r"(?:\b(?:no|not|never|without|denies|denied|nor|none|isn'?t|wasn'?t|aren'?t|weren'?t"
    r"|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|hadn'?t)\b(?:\s+\w+){0,3}|沒有|沒|無|不)\s*$"
)
# How far before a sign a negation is looked for: "no" and three words.
NEGATION_REACH = 60
PAST = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s+"
    r"(?:years?|yrs?|months?|weeks?|days?)\s+ago\b|\blast\s+(?:year|month|week|summer|winter"
    r"|spring|autumn|sunday|monday|tuesday|wednesday|thursday|friday|saturday|night|time)\b"
    r"|\byesterday\b|\bin\s+(?:19|20)\d\d\b|\bhistory\s+of\b|\bused\s+to\b|\bback\s+then\b"
    r"|\bwhen\s+(?:i|he|she)\s+was\s+(?:a\s+)?(?:child|kid|baby|young|teen\w*|little|\d+)"
    r"|\brecovered\b|\b(?:stopped|resolved|went\s+away|got\s+better|is\s+fine\s+now|fine\s+since)\b"
    r"|\bafter\s+(?:his|her|my)\s+(?:heart\s+attack|stroke)\b|\bsince\s+(?:his|her|my)\s+"
    r"(?:heart\s+attack|stroke)\b|\bwent\s+to\s+(?:the\s+)?(?:er|emergency|hospital|急診|a&e)\b"
    r"|\b(?:er|hospital|doctors?|急診)\b[^.]*\b(?:said|told|found|checked)\b[^.]*\b(?:fine|normal|ok"
    r"|okay|nothing|strain)\b|去年|以前|之前|年前|上個月|上次"
)
FAMILY = re.compile(
    r"\b(?:runs?\s+in\s+(?:my|our|the)\s+family|family\s+history|genetic\w*|hereditary|inherit\w*"
    r"|(?:died|passed\s+away)\s+(?:of|from)|(?:grand)?(?:father|mother|dad|mom|uncle|aunt|brother"
    r"|sister)\s+(?:had|has\s+had|died)\s+(?:a\s+)?(?:heart|stroke|cancer|seizure|suicide))"
    r"|遺傳"
)
EDUCATIONAL = re.compile(
    r"\b(?:what\s+(?:are|is)\s+(?:the\s+)?(?:s[iy]mpto?ms?|signs?|warning\s+signs?|causes?"
    r"|difference|first\s+aid|policy)|how\s+(?:do|can|would|should)\s+(?:i|we|you|one|people)\s+"
    r"(?:know|tell|recogni[sz]e|spot|prevent|help|treat|screen|handle|check|respond)|how\s+to\b"
    r"|what\s+(?:should|do|to)\s+(?:i|we|you|one)?\s*do\s+if|what\s+to\s+do\s+(?:if|when)"
    r"|in\s+case\s+of|is\s+it\s+true\s+that|how\s+(?:is|are)\s+\w+\s+(?:treated|diagnosed)"
    r"|just\s+curious|for\s+(?:a|my)\s+(?:school|class|report|essay|project)|if\s+someone"
    r"|if\s+a\s+(?:person|child|friend)|first\s+aid\s+(?:course|class|training)|what\s+does\b"
    r"[^?]*\bmean\b|at\s+what\s+(?:temperature|age|point)|when\s+should\s+(?:i|we)\s+worry"
    r"|can\s+(?:i|you)\s+still\s+develop|symptoms?\s+of)|是什麼|什麼是"
)
PROFESSIONAL = re.compile(
    r"\b(?:i'?m|i\s+am|as)\s+an?\s+(?:\w+\s+)?(?:nurse|doctor|pharmacist|teacher|paramedic|emt"
    r"|medical\s+student|nursing\s+student|counsel+or|social\s+worker|therapist|psychologist"
    r"|first\s+aider|lifeguard|trainer|officer)\b|\bour\s+(?:patients|clinic|ward|students|staff"
    r"|workers|employees)\b|\b(?:we|our\s+team)\s+(?:screen|assess|train|teach)\b"
    r"|\bi\s+work\s+(?:in|at)\s+an?\s+(?:kindergarten|school|hospital|clinic|factory"
    r"|nursing\s+home|pharmacy|daycare)\b|\b(?:officer|nurse|teacher|trainer)\s+here\b"
)
FIGURATIVE = re.compile(
    r"killing\s+me|dying\s+(?:to|of\s+(?:laughter|boredom|embarrassment))|could\s+(?:just\s+)?die"
    r"|(?:heart|heartbroken|heart\s+is)\s*broken|broke\s+my\s+heart|die\s+of\s+embarrass\w*"
    r"|bored\s+to\s+death|scared\s+to\s+death|to\s+death\s+of|drives?\s+me\s+crazy|mind\s+blown"
    r"|\blol\b|\blmao\b|\bhaha\w*"
)
# Mild or long-standing versions of a sign.
MILD = re.compile(
    r"\b(?:mild\w*|slight\w*|a\s+little|a\s+bit|bit\s+of|minor|small|tiny|for\s+(?:years|months"
    r"|\d+\s+(?:years|months))|chronic|on\s+and\s+off|sometimes|occasional\w*|only\s+when"
    r"|many\s+(?:years|winters|months)|stable\s+angina|angina\s+stable|when\s+(?:i'?m\s+)?anxious"
    r"|since\s+(?:childhood|i\s+was))\b"
)
# Kinds that have no harmless mild version.
NEVER_MILD = {SUICIDE, OVERDOSE, INFANT_FEVER, UNCONSCIOUS}
NOW = re.compile(
    r"\b(?:right\s+now|just\s+now|tonight|this\s+(?:morning|afternoon|evening)|currently"
    r"|since\s+(?:this|an?\s+hour|\d+\s+(?:min|minutes|hours?)|last\s+night)|won'?t\s+stop"
    r"|at\s+the\s+moment|as\s+i\s+(?:write|type)|an?\s+(?:hour|few\s+minutes)\s+ago"
    r"|\d+\s+(?:min|minutes|hours?)\s+ago)\b"
)
SENTENCE_END = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s*|\n+")


def find(text: str) -> Emergency | None:
    """The first emergency the text describes, or None."""
    lowered = text.lower()
    general = PROFESSIONAL.search(lowered) or EDUCATIONAL.search(lowered)
    if general and not NOW.search(lowered) and not _personal_now(lowered):
        return None  # asking for work or in general, not about something happening now
    sentences = [s for s in SENTENCE_END.split(lowered) if s.strip()]
    for sentence in sentences:
        kind = _emergency_in(sentence)
        if kind is not None:
            return Emergency(kind, sentence.strip())
    return _combined(lowered, sentences)


PERSONAL_NOW = re.compile(
    r"\b(?:i|he|she|my\s+\w+|our\s+\w+)\s+(?:am|is|are|has|have|feel|feels|can'?t|cannot)\b"
)


def _personal_now(text: str) -> bool:
    """Someone's present state is described ("I have", "my son is", "she can't")."""
    return bool(PERSONAL_NOW.search(text))


# Parts of a sentence that may speak of different times ("I had a seizure as a child, now
# my son is shaking"): the past, a mild version or a negation counts only in its own part.
CLAUSE = re.compile(r"[,;:\uff0c]|\bbut\b|\bnow\b|\btoday\b|\bthen\b|\bsince\b")


def _emergency_in(sentence: str) -> str | None:
    if _not_now(sentence):
        return None
    for clause in CLAUSE.split(sentence):
        if PAST.search(clause):
            continue
        for kind, pattern in SIGNS.items():
            for match in pattern.finditer(clause):
                if _negated(clause, match.start()):
                    continue
                if kind not in NEVER_MILD and MILD.search(clause):
                    continue
                return kind
    return None


def _not_now(sentence: str) -> bool:
    """The sentence is about family, a general question, work or a figure of speech."""
    if FIGURATIVE.search(sentence) or PROFESSIONAL.search(sentence) or FAMILY.search(sentence):
        return True
    general = EDUCATIONAL.search(sentence) and not NOW.search(sentence)
    return bool(general and not _personal_now(sentence))


def _combined(text: str, sentences: list[str]) -> Emergency | None:
    """Signs that are an emergency together: a head injury with vomiting or confusion, a
    young baby with fever, a pregnancy with bleeding or severe pain."""
    live = [s for s in sentences if not _not_now(s)]
    joined = " ".join(live)
    checks = (
        (HEAD_INJURY, HEAD_HIT, HEAD_WARNING),
        (PREGNANCY, PREGNANT, PREGNANCY_WARNING),
    )
    for kind, first, second in checks:
        if _unnegated(first, joined) and _unnegated(second, joined):
            return Emergency(kind, joined)
    if any(_infant(s) for s in live) and _unnegated(FEVER, joined):
        return Emergency(INFANT_FEVER, joined)
    return None


def _unnegated(pattern: re.Pattern, text: str) -> bool:
    return any(not _negated(text, m.start()) for m in pattern.finditer(text))


def _negated(text: str, start: int) -> bool:
    """A negation in the few words just before `start` ("no chest pain")."""
    return bool(NEGATION.search(text[max(0, start - NEGATION_REACH) : start]))

"""The signs of the heart, the brain's blood supply, breathing, allergy and bleeding."""

from .kinds import ANAPHYLAXIS, BLEEDING, BREATHING, HEART_ATTACK, STROKE
from .patterns import (
    BLEED,
    BLOOD,
    BREATHE,
    CANT,
    CHEST,
    FAINT,
    SUDDEN,
    SWELL,
    VOMIT,
    WHO,
    Signs,
    any_of,
    gap,
)

SIGNS: dict[str, Signs] = {
    HEART_ATTACK: Signs(
        alone=any_of(
            rf"{CHEST} ?{gap(3)}(?:pain\w{{0,4}}|pian\w{{0,2}}|paim|hurt\w{{0,4}}|ache|aching"
            rf"|pres+ure|pressing|tight\w{{0,4}}|heav\w{{0,4}}|squeez\w{{0,4}}|crush\w{{0,4}}"
            rf"|discomfort|gripping|痛|悶|緊)",
            rf"(?:pain\w{{0,4}}|pian\w{{0,2}}|paim|hurt\w{{0,4}}|ache|aching|pres+ure|pressing"
            rf"|tight\w{{0,4}}|heav\w{{0,4}}|squeez\w{{0,4}}|crush\w{{0,4}}|discomfort|gripping)"
            rf" {gap(5)}{CHEST}(?![a-z])",
            rf"(?:elephant|weight|brick|stone|rock|someone|somebody|something|truck) {gap(2)}"
            rf"(?:on|sitting on|standing on|pressing on|pressing|sitting|standing) "
            rf"(?:{WHO} )?(?:chest|it|me)\b|like a (?:tight )?band (?:around|round|across|on)"
            rf" (?:{WHO} )?(?:chest|heart)",
            r"(?:having|getting|is having|am having) (?:a )?heart ?at+a?c?k",
            r"pain (?:\w{1,25} ){0,2}(?:like|as) (?:before|when) (?:the|his|her|my) (?:stents?"
            r"|heart attack|bypass)",
            rf"(?:hold|clutch|grab|press|grip|rub)\w{{0,4}} {gap(1)}(?:his|her|my|the) chest",
            rf"(?:pain\w{{0,4}}|pian|pres+ure|tight\w{{0,4}}|heav\w{{0,4}}|ache|hurt\w{{0,3}}) "
            rf"{gap(4)}(?:go\w{{0,3}}|went|sprea?d\w{{0,4}}|radiat\w{{0,4}}|mov\w{{0,4}}"
            rf"|shoot\w{{0,4}}|travel\w{{0,4}}|extend\w{{0,4}}|into|down|up to) {gap(3)}"
            rf"(?:left arm|left shoulder|jaw|neck|shoulder blades?|both arms|arms)\b",
            rf"heart (?!(?:at+a?c?k|burn|rate|disease|failure|beat|valve|problem|surgery|condition"
            rf"|medicine|meds|check|doctor|specialist|murmur)\b){gap(4)}(?:pain\w{{0,4}}|pian"
            rf"|hurt\w{{0,3}}|squeez\w{{0,4}}|crush\w{{0,4}})",
            r"胸痛|胸悶|胸口(?:很|好|非常)?(?:痛|悶|緊)|心絞痛|心肌梗塞|心臟病發",
        ),
        in_sentence=(
            (
                any_of(
                    r"cold sweat\w{0,3}|冒冷汗|冷汗|sweat\w{0,4} (?:a lot|alot|so much|heavily"
                    r"|buckets|like)|(?:drenched|dripping|soaked|pouring) (?:with |in )?sweat"
                    r"|(?:shirt|clothes) (?:all )?wet|clammy"
                ),
                any_of(
                    r"chest|short of breath|breathless|nause\w{0,3}|faint|pale|gr[ae]y|jaw|left arm"
                ),
            ),
            # angina that its spray does not relieve
            (
                any_of(r"nitro\w{0,8}|\bgtn\b|\bntg\b|angina"),
                any_of(
                    r"(?:3|three) (?:times|doses|sprays)|not (?:work|help)\w{0,3}"
                    r"|didn'?t (?:work|help)|getting worse"
                ),
            ),
        ),
    ),
    # A drooping face, slurred or muddled speech, a weak or numb side, sudden loss of vision
    # or balance, the worst headache of one's life.
    STROKE: Signs(
        alone=any_of(
            rf"(?:face|mouth|smile|lips?) {gap(3)}(?:droop\w{{0,3}}|crooked|twist\w{{0,2}}|uneven"
            rf"|lopsided|sag\w{{0,4}}|drop\w{{0,4}}|fallen|falling|pulled|asymmetr\w{{0,3}}|歪"
            rf"|下垂)|(?:droop\w{{0,3}}|crooked|uneven|lopsided) (?:face|mouth|smile)"
            rf"|(?:face|mouth|smile|eye) {gap(3)}(?:different|strange|weird|odd|funny|wrong|lower"
            rf"|down|numb) on (?:one|the left|the right|his left|his right|her left|her right"
            rf"|my left|my right) side",
            rf"(?:mouth|lips?) {gap(3)}(?:can'?t|cannot|won'?t|doesn'?t) close|(?:water|drinks?"
            rf"|food|drool|saliva) {gap(3)}(?:come|coming|came|leak\w{{0,3}}|drip\w{{0,3}}"
            rf"|fall\w{{0,3}}|spill\w{{0,3}}) out {gap(4)}(?:one side|side of)"
            rf"|{CANT} smile (?:on|with) (?:one|the left|the right|that|his left|his right"
            rf"|her left|her right|my left|my right) side",
            rf"slur\w{{0,4}}|(?:speech|speach|speaking|talking|voice|words) {gap(2)}(?:strange"
            rf"|weird|garbled|funny|messed|drunk|unclear|not clear|mixed\w{{0,3}}|jumbled|wrong"
            rf"|odd|nonsense)",
            rf"{CANT} {gap(1)}(?:speak|talk|say) {gap(1)}(?:properly|clearly|normally|right"
            rf"|words|well)|{CANT} (?:get|find|say) (?:the |his |her |my |any )?words?"
            rf"|(?:words|talking) (?:come|coming|came) out (?:wrong|funny|mixed)"
            rf"|{SUDDEN} {gap(2)}{CANT} {gap(1)}(?:speak|talk)",
            rf"words? {gap(2)}(?:don'?t|doesn'?t|won'?t|can'?t|cannot|not) (?:come|coming) out"
            rf"|{CANT} understand (?:what|us|me|anything|words|when)|(?:words?|talk\w{{0,3}}"
            rf"|speak\w{{0,3}}|saying|sentences?) {gap(3)}(?:make|makes|making) no sense",
            rf"(?:left|right|one) (?:side|arm|leg|hand)\w? {gap(4)}(?:weak\w{{0,4}}|numb\w{{0,4}}"
            rf"|heavy|paraly\w{{0,4}}|limp|no (?:strength|power|feeling)|useless|clumsy|dead"
            rf"|not (?:moving|working)|{CANT} (?:move|lift|raise|feel|use|hold)"
            rf"|(?:don'?t|doesn'?t|won'?t|can'?t|cannot) (?:move|work))",
            rf"(?:weak\w{{0,4}}|numb\w{{0,4}}|paraly\w{{0,4}}) {gap(2)}(?:on|in|of) {gap(1)}"
            rf"(?:left|right|one) (?:side|arm|leg|hand|face)",
            rf"{CANT} {gap(1)}(?:lift|raise|move|hold up|use|feel) (?:the |his |her |my )?(?:left"
            rf" |right )(?:arm|leg|hand|side|half)|{SUDDEN} {gap(3)}(?:{CANT} (?:lift|raise|move)"
            rf"|weak\w{{0,4}}"
            rf"|numb\w{{0,4}}) {gap(2)}(?:arm|leg|hand|side)",
            rf"(?:half|one side) of (?:{WHO} )?(?:body|face) {gap(3)}(?:numb|weak|droop\w{{0,3}}"
            rf"|heavy|paraly\w{{0,4}}|{CANT} move|not moving)",
            r"keeps? (?:on )?dropping|(?:chopsticks|cup|spoon|pen) (?:\w{1,25} ){0,2}(?:keep|kept)"
            r" fall\w{0,3}",
            rf"{SUDDEN} {gap(2)}(?:severe|terrible|worst|explosive|very bad|excruciating|intense)"
            rf" headache|worst (?:\w{{1,25}} )?(?:in|of) (?:my|his|her) life|worst headache"
            rf"|thunderclap|headache (?:came|come|comes) on (?:in|within) seconds"
            rf"|like (?:being |someone )?hit (?:with|by|me with) a hammer",
            rf"{SUDDEN} {gap(3)}(?:lost|los[st] (?:of )?(?:the )?vision|{CANT} see|blind\w{{0,3}}"
            rf"|double vision|seeing double)|(?:lost|loss of) (?:the )?(?:vision|sight) in "
            rf"|{CANT} see {gap(3)}(?:left|right) side|(?:black )?curtain (?:came|coming|fell)",
            r"(?:having|is having|had|has|maybe|think (?:it'?s|he'?s|she'?s|i'?m)?) ?a? stroke\b"
            r"(?! (?:in|last|years?|before|when|\d))",
            r"中風了|正在中風|可能中風|是不是中風|口齒不清|(?:講話|說話|講|說)不清楚|半邊(?:無力|麻)"
            r"|一邊下垂|嘴歪|臉歪|歪",
        ),
        in_sentence=(
            # a limb gone weak, double vision or a lost balance, with "suddenly"
            (
                any_of(SUDDEN),
                any_of(
                    r"double vision|seeing double|see double|falling to (?:the |one )?(?:left|right"
                    r"|side)|lost (?:my|his|her) balance|can'?t walk straight"
                ),
            ),
            (
                any_of(SUDDEN),
                any_of(
                    rf"(?:hand|arm|leg|face|side|手|腳|臉) ?{gap(2)}(?:沒力|無力|沒有力|不能動"
                    rf"|weak\w{{0,4}}|numb\w{{0,4}}|no (?:strength|power))"
                ),
            ),
        ),
    ),
    # Cannot breathe or speak in sentences, choking, blue lips, an inhaler that does not
    # help, the ribs sucking in; very short of breath; drooling with noisy breathing.
    BREATHING: Signs(
        alone=any_of(
            rf"{CANT} {gap(1)}{BREATHE}\b(?! (?:through|from|with|out of) (?:{WHO} )?nose)"
            rf"|{CANT} (?:get|take|catch) {gap(2)}(?:breath|air)|gasp\w{{0,3}}|air hunger",
            r"(?:not|isn'?t|stopped|no longer|barely|hardly) breath\w{0,3}|can'?t tell if "
            r"(?:\w{1,25} ){0,2}breath\w{0,3}",
            r"\bcho+k(?:ing|ed|es)\b(?! (?:feeling|sensation|me\b|hazards?))|\bchock(?:ing|ed)\b"
            r"|(?:stuck|lodged) in (?:his|her|my|the) (?:windpipe|airway)|went (?:in|into|down) "
            r"(?:his|her|the) (?:windpipe|airway)",
            rf"(?:lips?|face|fingers?|fingertips?|nails?|skin|mouth|tongue) {gap(3)}"
            rf"(?:blu(?:e|ish)\w{{0,3}}"
            rf"|purple|gr[ae]y|dusky)|(?:blue|bluish|purple|gr[ae]y) (?:around|on|at|in) {gap(2)}"
            rf"(?:lips?|mouth)|turn\w{{0,3}} blue|going blue|發紫",
            rf"(?:inhaler|ventolin|puffer|salbutamol|nebuli[sz]er|吸入劑) {gap(4)}(?:not|isn'?t"
            rf"|doesn'?t|don'?t|no longer|didn'?t|won'?t|nothing) {gap(1)}(?:help\w{{0,3}}"
            rf"|work\w{{0,3}})|(?:not|no) (?:help\w{{0,3}}|work\w{{0,3}}|effect) {gap(4)}"
            rf"(?:inhaler"
            rf"|ventolin|puffer)|(?:inhaler|ventolin|puffer) {gap(3)}(?:\d\d?|many|several|five"
            rf"|six|ten) (?:times|puffs)",
            rf"{CANT} {gap(1)}(?:finish|complete|say|talk (?:in )?(?:full|whole|complete)) "
            rf"{gap(2)}sentences?|(?:only|can only) (?:say|speak|talk) {gap(1)}(?:few|2|3|two"
            rf"|three|one|a few) words",
            rf"{BREATHE} {gap(1)}(?:very |so |really |extremely )?(?:hard|fast|heavy|rapid|quick"
            rf"|shallow|labou?red|noisy|loud) and (?:very )?(?:fast|hard|shallow|noisy|heavy"
            rf"|rapid)|{BREATHE} (?:is |are )?(?:so|very|really|extremely) (?:hard|difficult"
            rf"|labou?red)\b|using (?:his|her|my|the) (?:neck|stomach|belly|shoulder) "
            rf"(?:muscles? )?"
            rf"to breathe",
            rf"grunt\w{{0,3}}|(?:ribs?|chest|tummy|belly) {gap(2)}(?:pull\w{{0,3}}|suck\w{{0,3}}"
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
                any_of(
                    r"short(?:ness)? (?:of |on )?breath\w{0,2}|breathless\w{0,4}|\bsob\b"
                    r"|out of breath"
                ),
                any_of(
                    rf"\b(?:very|so|extremely|severe\w{{0,2}}|really|super|much)\b|{SUDDEN}|at rest"
                    rf"|sitting|resting|lying|can'?t lie|cannot lie|can'?t (?:walk|talk|speak)"
                    rf"|worse|blue|gasping|drown\w{{0,3}}|sweat\w{{0,3}}"
                ),
            ),
            # something stuck in the throat, and no sound or breath
            (
                any_of(
                    rf"stuck in {gap(2)}throat|went down the wrong (?:way|pipe)"
                    r"|(?:swallowed|inhaled|breathed in) (?:\w{1,25} ){0,3}(?:wrong|piece|coin"
                    r"|toy|peanut|grape|candy)"
                ),
                any_of(
                    rf"{CANT} (?:speak|talk|cry|breathe|cough|make a sound)|cough\w{{0,3}} weakly"
                    rf"|no sound|blue|purple"
                ),
            ),
            (
                any_of(r"drool\w{0,3}"),
                any_of(rf"{CANT} {gap(1)}swallow|won'?t swallow|lean\w{{0,3}} forward"),
            ),
            (
                any_of(r"croup|whistl\w{0,3}|high[- ]pitched"),
                any_of(
                    rf"drool\w{{0,3}}|lean\w{{0,3}} forward|blue|struggl\w{{0,4}}"
                    rf"|{CANT} {gap(1)}swallow|very loud|loud even"
                ),
            ),
        ),
    ),
    # A throat closing or a tongue swelling; after something one reacts to (a food, a sting,
    # a new medicine, hives), swelling of the face, wheezing, a hoarse voice or fainting.
    ANAPHYLAXIS: Signs(
        alone=any_of(
            rf"(?:throat|throut|troat|thorat|喉嚨) {gap(4)}(?:clos\w{{0,4}}|tight\w{{0,4}}"
            rf"|narrow\w{{0,4}}|block\w{{0,4}}|squeez\w{{0,4}}|thick\w{{0,4}}|shut\w{{0,4}})",
            rf"tongue {gap(3)}(?:{SWELL}|swol+en|thick\w{{0,3}}|big|huge)|{SWELL} {gap(2)}"
            rf"(?:of |in |on )?(?:{WHO} )?tongue",
            r"(?:having|going into|is in|in|think (?:it'?s|this is)|maybe) (?:an? )?anaphyla\w{0,6}"
            r"|anaphylactic (?:shock|reaction)|(?:used|gave|give|giving|inject\w{0,3}) "
            r"(?:\w{1,25} ){0,2}epi-?pen|epi-?pen (?:\w{1,25} ){0,2}(?:used|injected|didn'?t help)",
            r"嘴唇腫|喉嚨(?:很|好)?(?:緊|腫)|過敏性休克",
        ),
        in_text=(
            (
                any_of(
                    r"allergic reaction|allergy attack|過敏|(?:bee|wasp|hornet|虎頭蜂) ?sting"
                    r"|\bstung\b|sting|peanut\w{0,3}|\bnuts?\b|shrimp|prawn|crab|shellfish|seafood"
                    r"|lobster|mango|kiwi|sesame|amoxicillin|penicillin|antibiotic\w{0,2}"
                    r"|new (?:medicine|medication|drug|pill)|injection|contrast|vaccine|hives"
                    r"|rash all over|itchy (?:all over|everywhere)|after (?:taking|eating|drinking"
                    r"|using)|aspirin|ibuprofen|painkiller"
                ),
                any_of(
                    rf"(?:throat|tongue) {gap(3)}(?:tight\w{{0,4}}|thick\w{{0,3}}|{SWELL}|swol+en"
                    rf"|clos\w{{0,4}}|itch\w{{0,3}}|strange|weird|funny|big)",
                    r"voice (?:\w{1,25} ){0,2}(?:hoarse|changed|weird|strange|different|funny)"
                    r"|hoarse",
                    rf"wheez\w{{0,4}}|short(?:ness)? of breath|{CANT} {gap(1)}{BREATHE}"
                    rf"|{CANT} {gap(1)}swallow",
                    rf"(?:face|lips?|eyes?|eyelids|tongue|mouth) {gap(2)}(?:{SWELL}|swol+en|big)"
                    rf"|{SWELL} {gap(2)}(?:of |on |in )?(?:{WHO} )?(?:face|lips?|eyes?|tongue)",
                    rf"{FAINT}|going to faint|feel\w{{0,3}} faint",
                ),
            ),
        ),
    ),
    # Bleeding that will not stop, spurts or soaks through towels; vomiting or coughing up
    # blood; black tarry stool (with fainting); a lot of blood from below.
    BLEEDING: Signs(
        alone=any_of(
            rf"(?:{BLEED}|{BLOOD}|nose ?bleed\w{{0,3}}) {gap(6)}(?:won'?t|will not|doesn'?t"
            rf"|does not|not|can'?t|cannot|didn'?t|isn'?t|never) {gap(1)}(?:stop\w{{0,3}}"
            rf"|be stopped|slow\w{{0,3}})",
            rf"(?:won'?t|can'?t|cannot|could ?n'?t|unable to|not able to) (?:get (?:it|the "
            rf"\w{{1,25}}) to )?stop {gap(2)}(?:{BLEED}|{BLOOD})|(?:{BLEED}|{BLOOD}) {gap(1)}"
            rf"(?:non ?stop|nonstop|everywhere|all over)",
            rf"(?:{BLOOD}|{BLEED}) {gap(3)}(?:spurt|gush|pour|puls|squirt|pump)\w{{0,4}}"
            rf"|(?:spurt|gush|pour|squirt|pump)\w{{0,4}} {gap(3)}{BLOOD}"
            rf"|still (?:pouring|gushing|spurting)|(?:{BLOOD}|{BLEED}) {gap(2)}(?:keeps?|kept"
            rf"|still|continu\w{{0,3}}) (?:coming|flowing|dripping|running|oozing|pouring|going)",
            rf"soak\w{{0,3}} {gap(2)}(?:through )?{gap(2)}(?:towels?|pads?|cloths?|bandages?"
            rf"|gauzes?|shirts?|clothes|sheets?|tissues?|napkins?)|(?:fill\w{{0,3}}|full of) "
            rf"{gap(2)}{BLOOD}|changed (?:the )?(?:gauze|pad|towel|bandage)s? {gap(3)}(?:\d+"
            rf"|many|several) times",
            rf"(?:so much|lots of|a lot of|alot of|too much|very much|pool of|puddle of|cups? of"
            rf"|(?:a )?(?:huge|large|big|massive|great) amount of"
            rf"|half a cup of|bowl of|mouthful of) {gap(2)}{BLOOD}|{BLOOD} everywhere",
            rf"heavy {BLEED}|{BLEED} ?(?:very |so )?(?:heavily|a lot|alot|so much|badly|very much"
            rf"|profusely|like crazy|很多|不止|不停)|massive {BLEED}|heavy ble\w{{0,3}}ing"
            rf"|流很多血|一直流血|血流不止|止不住|大量出血",
            rf"{VOMIT} {gap(4)}{BLOOD}|{BLOOD} {gap(2)}(?:in|when|with) {gap(2)}(?:vomit|puke"
            rf"|throw\w{{0,3}} up)|coffee[- ]ground\w{{0,2}}|吐血|大出血|咳血",
            rf"cough\w{{0,4}} (?:up )?{gap(4)}{BLOOD}",
            r"\btar\b|tarry|tar-like|sticky black",
            rf"(?:passing|pass\w{{0,3}}|poop\w{{0,3}}|shitting) {gap(3)}(?:{BLOOD}|red)"
            rf"|toilet (?:bowl |water )?(?:is )?(?:all )?(?:full|filled|red)",
            rf"(?:big|large|huge) clots|clots (?:as big as|the size of|like)|{BLEED} through "
            rf"(?:my |the )?(?:pads?|clothes|pants)",
            rf"(?:{BLEED}|nose ?bleed\w{{0,3}}) {gap(4)}(?:for |over |more than |almost |about "
            rf"|already ){{1,3}}(?:\d\d+ ?min\w{{0,5}}|(?:an?|one|1|two|2|half an?) ?(?:hours?"
            rf"|hrs?)|\d+ ?(?:hours?|hrs?))",
            r"deep (?:cut|wound|gash|laceration)|can see (?:the )?(?:bone|fat|tendon)"
            r"|(?:finger|toe) (?:is )?(?:cut )?off|amputat\w{0,5}",
        ),
        in_text=(
            (
                any_of(
                    rf"(?:black|tar\w{{0,3}}) {gap(2)}(?:stools?|poop|poo|shit|feces|faeces"
                    rf"|bowel)|(?:stools?|poop|poo|feces) {gap(3)}(?:black|tar\b|tarry|tar-like)"
                ),
                any_of(rf"{FAINT}|dizz\w{{0,3}}|light ?headed|(?:very )?(?:weak|pale)"),
            ),
        ),
    ),
    # Wanting to die or to end it, a plan or the means ready, a goodbye, self-harm.
}

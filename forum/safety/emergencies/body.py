"""The signs of fever in a young baby, pregnancy, burns, the belly, the testicles,
meningitis and diabetes."""

from .kinds import ABDOMEN, BURNS, DIABETIC, INFANT_FEVER, MENINGITIS, PREGNANCY, TESTICULAR
from .patterns import (
    ALTERED,
    BABY_AGE,
    BABY_DAYS,
    BELLY,
    BLEED,
    BLOOD,
    BREATHE,
    CANT,
    CONFUSED,
    DIABETES,
    FAINT,
    FEVER,
    PAIN,
    SEVERE,
    SUDDEN,
    SUGAR,
    SWELL,
    VOMIT,
    Signs,
    any_of,
    gap,
)

SIGNS: dict[str, Signs] = {
    INFANT_FEVER: Signs(
        in_text=(
            (
                any_of(
                    rf"(?<![\d.]){BABY_AGE}[- ]?old\b",
                    rf"\b(?:baby|babies|son|daughter|infant|twins?|boy|girl|bb|newborn|寶寶) "
                    rf"(?:is |was born |born |aged? |of )?(?:only |just )?{BABY_AGE}\b",
                    rf"\bborn {BABY_DAYS} (?:days?|weeks?) ago|(?<![\d.]){BABY_AGE} (?:baby|infant"
                    rf"|newborn|boy|girl|son|daughter)",
                    r"\bnew[- ]?born|\bneonat\w{0,5}|新生兒|剛出生|未滿月|滿月|(?:一|兩|二|1|2)個"
                    r"(?:多)?月大|\d{1,2}天大|出生\d{1,2}天",
                    r"(?:寶寶|嬰兒|baby|bb|新生兒) ?(?:\d{1,2}|一|二|三|四|五|六|七|八|九|十) ?"
                    r"(?:週|周|天|星期)|(?:寶寶|嬰兒|baby|bb) ?(?:[12]|一|兩|二) ?個月",
                ),
                any_of(FEVER),
            ),
        ),
    ),
    # A pregnancy, with bleeding, severe pain, fainting, a baby that moves less, waters
    # breaking, regular contractions, or signs of pre-eclampsia.
    PREGNANCY: Signs(
        alone=any_of(r"(?:having|think i'?m having|is it) (?:a )?miscarriage|miscarrying"),
        in_text=(
            (
                any_of(
                    r"\bpre?g(?:n[ae]n\w{0,4}|ant\w{0,3}|gers?\b|o\b)|pregnat\w{0,3}"
                    r"|expecting (?:a baby|twins)|(?:first|second|third|1st|2nd|3rd) trimester"
                    r"|懷孕|孕婦|孕\d{1,2}週",
                    r"(?<![\d.])\d{1,2} ?(?:weeks?|wks?|w) (?:pregnant|along|gestation"
                    r"|of pregnancy|preg)",
                    r"(?<![\d.])(?:1[3-9]|[23]\d|4[0-2]) ?(?:weeks?|wks?|週|周)(?![a-z])"
                    r"(?! (?:ago|old|later|after|before|of \w))",
                ),
                any_of(
                    rf"(?<!gums )(?<!gum )(?<!nose ){BLEED}(?! gums| from (?:my |the )?(?:nose"
                    rf"|gums))",
                    rf"(?:some|dark|red|bright|fresh|a lot of|lots of|much) {BLOOD}|{BLOOD} "
                    rf"{gap(2)}(?:coming|from|in my|on my|down|clots?|gush\w{{0,3}})|clots",
                    rf"{SEVERE} {gap(3)}(?:{PAIN}|cramp\w{{0,3}}|headache)|(?:sharp|stabbing"
                    rf"|strong|bad) {gap(2)}(?:{PAIN}|cramp\w{{0,3}}|headache)|(?:{PAIN}"
                    rf"|cramp\w{{0,3}}) {gap(3)}{SEVERE}|shoulder tip|(?:belly|stomach|uterus"
                    rf"|bump) {gap(3)}(?:hard|rigid) and (?:painful|pain)|(?:很|非常|超|好)痛"
                    rf"|劇痛",
                    FAINT,
                    rf"(?:baby|bb|fetus) {gap(3)}(?:not|hasn'?t|hasnt|isn'?t|stopped|doesn'?t"
                    rf"|hardly|barely|didn'?t|no longer|less) {gap(2)}"
                    rf"(?:mov\w{{0,3}}|kick\w{{0,3}})"
                    rf"|(?:haven'?t|not|didn'?t|don'?t|can'?t) (?:felt|feel\w{{0,3}}) (?:the |my "
                    rf"|any )?(?:baby|kick\w{{0,2}}|movement\w{{0,2}})|(?:no|less|fewer|reduced"
                    rf"|decreased) (?:fetal |baby )?(?:movements?|kicks?)|almost nothing",
                    r"water\w{0,2} (?:just |has |have )?(?:broke|broken|break|burst)|leak\w{0,3} "
                    r"(?:\w{1,25} ){0,2}(?:fluid|water)|fluid (?:\w{1,25} ){0,3}leak\w{0,3}"
                    r"|gush of (?:fluid|water)|watery discharge",
                    r"(?:car|scooter|motorbike|motorcycle|traffic) (?:accident|crash)|seat ?belt"
                    r"|(?:fell|fall|landed) (?:on|onto) (?:my |her )?(?:belly|stomach|bump|tummy)"
                    r"|(?:hit|kicked|punched) (?:in|on) (?:the |my |her )?(?:belly|stomach|bump)",
                    r"(?:regular|strong|painful) (?:tightening|contractions?)|contractions? "
                    r"(?:every|\d)|tightening every",
                    rf"(?:flashing|flashes of|flash of) lights?|seeing (?:spots|stars|flashes"
                    rf"|sparkles)|blurr?(?:y|ed) vision|vision (?:is )?(?:blurr?\w{{0,3}}|strange)"
                    rf"|(?:face|hands|eyes|fingers) {gap(3)}(?:suddenly )?(?:swollen|{SWELL})"
                    rf"|{SUDDEN} {gap(3)}(?:swollen|{SWELL})|\b1[4-9]\d ?/ ?(?:9\d|1[0-2]\d)\b",
                ),
            ),
        ),
    ),
    # An electric or chemical burn, a chemical in the eye; a burn of the face, hands, feet,
    # genitals or a large area, or a deep one (white, charred, painless).
    BURNS: Signs(
        alone=any_of(
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
            rf"(?:chew\w{{0,3}}|bit|bite|bitten|suck\w{{0,3}}) (?:on |through |into )?{gap(3)}"
            rf"(?:wire"
            rf"|cord|cable|charger)\b",
        ),
        in_sentence=(
            (
                any_of(
                    r"(?<![\w])(?:burn(?:ed|t|s)?|scald\w{0,3})\b(?! (?:scars?|cream|ointment"
                    r"|gel|feeling|sensation|when))|燙傷|燒傷|燙到|熱水|熱油",
                    r"(?:boiling|just-?boiled|hot) (?:water|oil|soup|tea|coffee|milk|steam|kettle"
                    r"|grease|noodles?)|hot (?:iron|pan|stove|plate|metal|pipe|exhaust|grill|wok)"
                    r"|touched (?:the |a )?hot|\bfire\b|flames?|explosion|fireworks?"
                    r"|firecrackers?|sparklers?",
                ),
                any_of(
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
        alone=any_of(
            rf"{BELLY} {gap(3)}(?:rigid|hard (?:as|like) (?:a )?(?:board|rock|wood|stone)|like a "
            rf"(?:board|rock)|board-?like|tender and (?:stiff|hard))|(?:rigid|board-?like) {BELLY}"
            rf"|tearing pain|{BELLY} {gap(4)}(?:rock[- ]hard|hard as (?:a )?rock)",
            rf"(?:poop|poo|stool|diaper) {gap(4)}(?:jelly|red currant)|(?:red|bloody|blood) jelly"
            rf"|pulling (?:his|her) legs up",
            rf"{VOMIT} {gap(1)}(?:green|bile|dark green)|green vomit"
            rf"|(?:swollen|distended|tight) {gap(4)}no (?:poop|poo|stool|gas|fart)\w{{0,2}}"
            rf" (?:or|and|nor) (?:poop|poo|stool|gas|fart)",
        ),
        in_sentence=(
            (
                any_of(
                    rf"{BELLY} {gap(4)}(?:{PAIN}|cramp\w{{0,3}}|tender)|(?:{PAIN}|cramp\w{{0,3}})"
                    rf" {gap(4)}{BELLY}|{BELLY}ache|tummy ?ache|腹痛|肚子痛",
                ),
                any_of(
                    SEVERE,
                    rf"{CANT} (?:stand|walk|move|sit|straighten|lie)|doubled over|curled up"
                    rf"|rolling (?:around|on)|scream\w{{0,3}}|crying in pain|{FAINT}"
                    rf"|going to faint",
                    rf"rigid|hard (?:as|like)|{BELLY} {gap(2)}(?:very |so )?(?:hard|stiff|tense)"
                    rf"|stiff|board",
                    rf"(?:through|into|to|radiat\w{{0,3}} to|going to|goes to) {gap(2)}back\b",
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
        alone=any_of(r"(?:testicular )?torsion|twisted (?:testicle|testis|ball)"),
        in_sentence=(
            (
                any_of(
                    r"\btest[ie]?c\w{0,5}|\btestis|\btestes\b|\bscrot\w{0,3}|睪丸|陰囊|蛋蛋"
                    r"|\b(?:his|my) (?:privates|private parts)\b",
                    r"\b(?:left|right|one|my|his) (?:ball|nut)s?\b|\bballs? (?:\w{1,25} ){0,2}"
                    r"(?:hurt|pain|swell)",
                ),
                any_of(
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
        alone=any_of(
            rf"(?:rash|spots|dots|marks) {gap(5)}(?:don'?t|doesn'?t|do not|does not|won'?t|not"
            rf"|didn'?t|never) {gap(1)}(?:fade|disappear|go away|blanch|turn white)"
            rf"|non-?blanch\w{{0,3}}|glass test",
            rf"(?:soft spot|fontanel\w{{0,3}}) {gap(4)}bulg\w{{0,3}}|bulg\w{{0,3}} {gap(2)}"
            rf"(?:soft spot|fontanel\w{{0,3}})",
        ),
        in_text=(
            (
                any_of(FEVER),
                any_of(
                    rf"stiff {gap(1)}neck|neck {gap(3)}(?:stiff\w{{0,3}}|rigid|hard)|{CANT} "
                    rf"{gap(1)}(?:bend|put|touch|move|bring|look) {gap(3)}(?:chin|neck|down)",
                    rf"neck {gap(2)}(?:hurts?|pain\w{{0,3}}) {gap(2)}(?:bend\w{{0,3}}"
                    rf"|look\w{{0,3}} down|move\w{{0,3}}|touch\w{{0,3}})|(?:cr(?:y|ies|ying)"
                    rf"|scream\w{{0,3}}"
                    rf"|hurts?|pain\w{{0,3}}) {gap(2)}when {gap(2)}(?:move|bend|touch|turn"
                    rf"|lift)\w{{0,3}} (?:his|her|the|my) (?:neck|head)",
                    rf"(?:light|lights|bright|sunlight) {gap(2)}(?:hurts?|painful|bothers?"
                    rf"|unbearable)|{CANT} (?:stand|bear|tolerate|look at) {gap(1)}light"
                    rf"|photophobia|(?:hates?|avoid\w{{0,3}}|scared of|afraid of) (?:the )?light",
                    rf"purple (?:spots|rash|dots|patches|marks|bruis\w{{0,3}})|(?:spots|rash|dots)"
                    rf" {gap(3)}(?:purple|dark red)|dark (?:red |purple )?(?:spots|dots|blotches)"
                    rf"|rash {gap(3)}spread\w{{0,3}} (?:fast|quickly"
                    rf"|rapidly)",
                    r"bulg\w{0,3}|脖子(?:很)?硬|頸部僵硬|怕光",
                ),
            ),
        ),
    ),
    # Ketoacidosis; a very low or very high sugar with its symptoms; a diabetic who is
    # confused or drowsy, or vomiting with fast breathing, ketones or belly pain.
    DIABETIC: Signs(
        alone=any_of(
            r"ketoacidosis|\bdka\b|\bhhs\b|hyperosmolar",
            rf"ketones? {gap(3)}(?:high|large|big|very|positive|moderate|dark|purple"
            rf"|[2-9](?:\.\d)?)\b",
            rf"(?:breath|mouth|he|she|it|body) {gap(2)}smell\w{{0,2}} {gap(2)}(?:like )?(?:fruit"
            rf"\w{{0,2}}|sweet|acetone|nail polish|apples?)|fruity (?:breath|smell)|smells? of "
            rf"(?:fruit|acetone|nail polish)|breathing deep and fast",
        ),
        in_text=(
            # a low sugar (under 55 mg/dL or 3.1 mmol/L), and sweating, shaking or worse
            (
                any_of(
                    rf"{SUGAR} ?{gap(4)}(?:[1-4]\d|5[0-4]|[0-2][.,]\d|3[.,]0)(?![\d.,])",
                    r"(?<![\d.])(?:[1-4]\d|5[0-4]) ?mg/dl\b|(?<![\d.])(?:[0-2][.,]\d|3[.,]0) ?mmol",
                    rf"{SUGAR} ?{gap(3)}(?:too |very |so |really )?(?:low|dropp\w{{0,3}})\b"
                    rf"|\blow (?:blood )?sugar|\bhypo\b|hypoglyc\w{{0,6}}|(?:{SUGAR}|it) "
                    rf"{gap(3)}(?:says?|shows?|reads?|is|was) lo\b",
                ),
                any_of(
                    ALTERED,
                    rf"not clear|冒冷汗|冷汗|發抖|意識不清|sweat\w{{0,3}}|shak\w{{0,3}}"
                    rf"|trembl\w{{0,3}}|{CANT} (?:eat|swallow|stand|walk|talk|speak)"
                    rf"|won'?t (?:eat|drink)|weak|dizz\w{{0,3}}",
                ),
            ),
            # a high sugar (400 mg/dL, 22 mmol/L or "HI"), and vomiting, thirst or worse
            (
                any_of(
                    rf"{SUGAR} ?{gap(4)}(?:over |above |more than )?(?:[4-9]\d\d|[1-9]\d\d\d"
                    rf"|(?:2[2-9]|3\d)[.,]\d)(?![\d.,])",
                    rf"(?:{SUGAR}|it) {gap(3)}(?:says?|shows?|reads?|is|was) hi\b",
                ),
                any_of(
                    ALTERED,
                    rf"{VOMIT}|(?:very|so|extremely) (?:thirsty|tired)|pee\w{{0,3}} (?:a lot|alot"
                    rf"|so much)|{BREATHE} {gap(2)}(?:fast|deep|heavy|hard)|fruit\w{{0,2}}"
                    rf"|ketone\w{{0,2}}|weak|dizz\w{{0,3}}",
                ),
            ),
            (any_of(DIABETES), any_of(ALTERED)),
            (
                any_of(DIABETES),
                any_of(VOMIT),
                any_of(
                    rf"{BREATHE} {gap(2)}(?:fast|deep|heavy|hard|quick)|deep breath\w{{0,3}}"
                    rf"|{CANT} keep {gap(2)}down|(?:very|so|extremely) thirsty|ketone\w{{0,2}}"
                    rf"|fruit\w{{0,2}}|acetone|nail polish|drows\w{{0,3}}|{CONFUSED}"
                    rf"|(?:very )?sleepy|{BELLY} {gap(2)}{PAIN}|{PAIN} {gap(2)}{BELLY}",
                ),
            ),
            # diabetes not yet known: thirst, much urine, lost weight; then vomiting and
            # heavy breathing
            (
                any_of(
                    r"(?:drink\w{0,3}|drank) (?:tons|lots|so much|a lot|alot|litres|liters)"
                    r"|(?:very |so |always |constantly )thirsty|thirsty all the time"
                ),
                any_of(r"pee\w{0,3} (?:a lot|alot|so much|all the time|constantly)|urinat\w{0,3}"),
                any_of(VOMIT),
                any_of(
                    rf"{BREATHE} {gap(2)}(?:fast|deep|heavy|hard|quick)|drows\w{{0,3}}|{CONFUSED}"
                ),
            ),
        ),
    ),
    # Suddenly confused, not recognising family, talking nonsense, seeing things.
}

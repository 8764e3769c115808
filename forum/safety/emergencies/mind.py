"""The signs of self-harm, poisoning, seizures, unconsciousness, head injury and sudden
confusion."""

from .kinds import CONFUSION, HEAD_INJURY, OVERDOSE, SEIZURE, SUICIDE, UNCONSCIOUS
from .patterns import CANT, CHILD, CONFUSED, FAINT, PILLS, SEIZ, SUDDEN, VOMIT, Signs, any_of, gap

SIGNS: dict[str, Signs] = {
    SUICIDE: Signs(
        alone=any_of(
            rf"{PILLS} {gap(2)}(?:lined up|counted out|set out|saved up|stockpiled)\b",
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
        alone=any_of(
            r"over ?dos\w{0,4}|\bod'd\b|\bod'?ed\b|\bod on\b",
            rf"(?:took|take|taken|taking|swallow\w{{0,3}}|ate|eaten|had|drank|popped|chewed) "
            rf"(?:like |maybe |about |around |almost |nearly |over |more than |at least |way too "
            rf"|too )?(?:\d{{2,3}}(?![\d.]| ?(?:mg|ml|mcg|g\b|units?|iu|%|cc|kg|min|hours?|years?))"
            rf"|ten|twelve|fifteen|twenty|thirty|forty|fifty|a handful|handfuls|a bunch|many|lots)"
            rf" (?:of )?{gap(3)}{PILLS}",
            rf"(?:took|taken|swallow\w{{0,3}}|ate|eaten|drank) {gap(2)}(?:a whole|the whole"
            rf"|an entire|the entire|whole|all (?:the |of the |of my |my |his |her )?{PILLS}"
            rf" in the)"
            rf" {gap(2)}(?:bottle|box|pack|strip|blister|cabinet|{PILLS})",
            rf"(?:swallow\w{{0,3}}|ate|eaten) all (?:of )?(?:my|his|her|the|their) {gap(2)}{PILLS}"
            rf"|(?:took|taken) all (?:of )?(?:my|his|her|the|their) (?:sleeping \w{{1,25}}|xanax"
            rf"|valium|antidepressants?|painkillers?|insulin|opioids?|heart \w{{1,25}}"
            rf"|blood pressure"
            rf" \w{{1,25}}|diabetes \w{{1,25}})",
            rf"(?:took|taken|gave|given|injected|(?:ate|swallowed) {gap(3)}{PILLS})"
            rf"(?! {gap(3)}vitamin) {gap(5)}(?:by mistake|by accident|accidental\w{{0,3}}"
            rf"|wrong (?:pill|medicine|medication|dose|bottle)|someone else'?s|instead of)"
            rf"|accident\w{{0,5}} {gap(2)}(?:took|take|gave|injected|double)(?! {gap(3)}vitamin)"
            rf"|too much of (?:his|her|my) {gap(1)}{PILLS}"
            rf"|(?:took|taken|injected|gave|given) (?:way )?too much {gap(2)}{PILLS}",
            rf"(?:took|taken|gave|given|injected) {gap(3)}(?:insulin|sleeping|digoxin|warfarin"
            rf"|lithium|opioid|morphine|oxy\w{{0,6}}|tramadol|methadone|fentanyl|colchicine"
            rf"|theophylline|iron) {gap(3)}(?:twice|double|triple|two doses|2 doses|extra dose)",
            rf"(?:swallow\w{{0,3}}|ate|eaten|eat|drank|drunk|drink\w{{0,3}}|lick\w{{0,2}}"
            rf"|chew\w{{0,3}}|bit|got into|put) {gap(7)}(?:button ?)?(?:batter(?:y|ies)|magnets?"
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
                any_of(CHILD),
                any_of(
                    rf"(?:ate|eaten|swallow\w{{0,3}}|chewed|got into|drank|drunk|took|licked"
                    rf"|bit into) {gap(5)}(?:{PILLS}|vitamins?|syrup|gummies|patch\w{{0,2}}"
                    rf"|alcohol|vodka|whisky|whiskey|beer|wine|rice wine|kaoliang|米酒)",
                    rf"{PILLS} {gap(3)}(?:are |were |is )?missing|missing {PILLS}|(?:some|a few"
                    rf"|several|\d) (?:are |were )?missing|found (?:\w{{1,25}} )?with "
                    rf"(?:an? |the )?"
                    rf"(?:open )?(?:bottle|box|pack|packet|jar|blister) of",
                ),
            ),
        ),
        in_text=(
            # carbon monoxide or a poisonous meal, with its symptoms
            (
                any_of(
                    r"carbon monoxide|\bco\b (?:poison\w{0,3}|alarm|detector)|charcoal"
                    r"|(?:gas|water) heater|heater|gas (?:leak|smell)|smell\w{0,2} (?:of )?gas"
                    r"|generator|一氧化碳|熱水器|燒炭|(?:whole family|all of us|everyone (?:at|in)"
                    r" (?:the )?(?:home|house)|we all) (?:\w{1,25} ){0,2}(?:have|has|got|are|feel)",
                    r"(?:wild|unknown|picked) mushrooms?",
                ),
                any_of(
                    rf"headache|dizz\w{{0,3}}|{VOMIT}|nause\w{{0,3}}|{FAINT}|sleepy|drows\w{{0,3}}"
                    rf"|{CONFUSED}|unconscious|diarrh\w{{0,4}}|weak"
                ),
            ),
        ),
    ),
    # Having a seizure now, one that does not stop or comes again, shaking all over, eyes
    # rolled back, a first seizure.
    SEIZURE: Signs(
        alone=any_of(
            rf"(?:having|has|is having|is in|in|got|getting|had) (?:an? )?(?:\w{{1,25}} )?(?:{SEIZ}"
            rf"|epileptic (?:fit|attack)|grand mal)(?!\w)(?! (?:disorder|medic\w{{0,5}}|history"
            rf"|meds|drugs?|tablets?|pills?|diary|plan|free|before|when|as|in \d))",
            rf"{SEIZ} {gap(2)}(?:now|right now|again|still|not stop\w{{0,3}}|won'?t stop|for "
            rf"(?:over |more than |about )?\d+ ?min\w{{0,5}}|lasting|lasted|longer than|more than)",
            r"seizing|convulsing|fitting (?:now|on the floor)",
            rf"(?:shak\w{{0,4}}|jerk\w{{0,4}}|twitch\w{{0,4}}|trembl\w{{0,4}}|stiff\w{{0,2}}) "
            rf"{gap(2)}(?:all over|whole body|(?:his|her|the) (?:arms and legs|legs and arms"
            rf"|whole body)|arms and legs|legs and arms|uncontrollabl\w{{0,3}}|violently"
            rf"|rhythmic\w{{0,5}}|and (?:not|un)respons\w{{0,5}}|on the floor)",
            rf"(?:whole body|arms and legs|legs and arms|body (?:is|was)|limbs|body (?:went|goes"
            rf"|became|got)) {gap(2)}(?:shak\w{{0,4}}|jerk\w{{0,4}}|twitch\w{{0,4}}|stiff|rigid"
            rf"|convuls\w{{0,5}})|(?:started|starts|began) (?:jerking|convulsing|twitching"
            rf"|shaking (?:all over|violently))",
            r"eyes? (?:\w{1,25} )?(?:rolled|rolling|roll) (?:back|up)|foam\w{0,3} (?:at|from) "
            r"(?:the |his |her )?mouth",
            rf"(?:another|second|third|2nd|3rd|\d) (?:one|{SEIZ}|episode|attack)s? {gap(4)}"
            rf"(?:right after|in (?:one|an|1|the last|a) (?:hour|day)|within|without waking"
            rf"|not waking|between)|back[- ]to[- ]back|{SEIZ} after {SEIZ}|(?:not|without"
            rf"|hasn'?t|doesn'?t|didn'?t) (?:\w{{1,25}} )?(?:wak\w{{0,3}}|woken) (?:up )?(?:in )?"
            rf"between",
            rf"(?:first|first-ever) (?:ever )?(?:time )?{SEIZ}|{SEIZ} for the first time",
            r"癲癇發作|羊癲瘋|發作中|抽筋不停|一直抽",
        ),
        in_sentence=(
            (
                any_of(
                    r"bit (?:his|her|my) tongue|wet (?:himself|herself|the bed)|lost control of"
                ),
                any_of(r"shak\w{0,4}|jerk\w{0,4}|fell|collaps\w{0,3}|unconscious|stiff"),
            ),
            # shaking, twitching or stiff, for minutes or on one side
            (
                any_of(rf"shak\w{{0,4}}|jerk\w{{0,4}}|twitch\w{{0,4}}|stiff\w{{0,2}}|{SEIZ}"),
                any_of(
                    r"\d+ ?min\w{0,5} (?:already|now|and (?:still|counting))|(?:been going|going on"
                    r"|lasting|lasted) (?:for )?(?:over |about |more than |almost )?\d+ ?min"
                    r"|won'?t stop|not stopp\w{0,3}|one side (?:of (?:his|her|the) body|only)",
                ),
            ),
        ),
    ),
    # Unconscious, not responding, cannot be woken; collapsed and still out; no pulse; a
    # floppy baby.
    UNCONSCIOUS: Signs(
        alone=any_of(
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
            rf"{FAINT} {gap(6)}(?:still|not (?:waking|awake|moving|breathing|respond\w{{0,3}}"
            rf"|answer\w{{0,3}})|won'?t wake|can'?t wake|for (?:over |more than )?\d+ ?min)"
            rf"|collapsed (?:on|in|at) (?:the |a )?(?:floor|bathroom|kitchen|street|office|ground"
            rf"|toilet|work|school|room|hotel)",
            rf"(?:lying|found|collapsed|fell|floor|ground) {gap(6)}not moving|(?:he|she|they|him"
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
                any_of(
                    rf"{FAINT}|lying (?:on|in)|found (?:him|her|them|my \w{{1,25}})|on the floor"
                    rf"|slump\w{{0,3}}"
                ),
                any_of(
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
                any_of(
                    rf"(?:hit|hits|hitting|bang\w{{0,3}}|bump\w{{0,3}}|knock\w{{0,3}}|struck"
                    rf"|smash\w{{0,3}}|slam\w{{0,3}}|crack\w{{0,3}}|injur\w{{0,3}}|hurt|kick\w{{0,3}}"
                    rf"|punch\w{{0,3}}|elbow\w{{0,3}}|whack\w{{0,3}}) {gap(4)}"
                    rf"(?:head|forehead|skull)\b",
                    rf"(?:fell|falls?|fallen|falling|landed|land) (?:on|onto) {gap(2)}(?:head"
                    rf"|face)\b",
                    r"head[- ]first|(?:head|skull) (?:injur\w{0,3}|trauma|wound|fracture)"
                    r"|concussion|腦震盪|撞到頭|knocked (?:out|unconscious)|(?:hit|bumped|banged"
                    r"|clashed|knocked) heads|tackle\w?\b|collision|collided",
                    rf"(?:fell|fall|falls|fallen|falling|slipped|slip|tripped|rolled|dropped"
                    rf"|tumbled) {gap(4)}(?:off|from|down|out of|onto) {gap(3)}(?:stairs|steps"
                    rf"|bed|bunk|ladder|bike|bicycle|scooter|motor\w{{0,6}}|roof|tree|chair|table"
                    rf"|crib|cot|couch|sofa|counter|monkey bars|playground|swing|slide|height"
                    rf"|floor|ground|tiles?|concrete|balcony|window|horse|wall|bars)",
                    r"(?:car|scooter|motorbike|motorcycle|bike|traffic|road) (?:accident|crash)"
                    r"|hit by (?:a |an )?(?:car|scooter|truck|bus|motorbike|ball|bat)"
                    r"|dropped (?:the |my |our )?baby|(?:baby|infant) (?:fell|rolled)",
                ),
                any_of(
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
    CONFUSION: Signs(
        alone=any_of(
            rf"{SUDDEN} {gap(3)}(?:{CONFUSED}|not making sense|(?:doesn'?t|does not) make "
            rf"(?:any )?sense|talk\w{{0,3}} (?:nonsense|gibberish|strange\w{{0,2}}|weird\w{{0,2}}"
            rf"|funny)|(?:acting|behaving|behave|act) {gap(1)}(?:strange\w{{0,2}}|weird\w{{0,2}}"
            rf"|crazy|odd\w{{0,2}}|different\w{{0,2}})|doesn'?t (?:know|recogni[sz]e)"
            rf"|can'?t (?:recogni[sz]e|tell)|agitated|aggressive|hallucinat\w{{0,4}}"
            rf"|seeing things)",
            rf"{CONFUSED} {gap(3)}(?:{SUDDEN}|today|tonight|since|this (?:morning|afternoon"
            rf"|evening)|just now|started|in the last|for the last|(?:an?|\d+) hours?)",
            rf"(?:became|become|becomes|becoming|got|gets|getting|went|turned|turning) (?:very "
            rf"|so |really |more |suddenly |extremely |totally ){{0,3}}{CONFUSED}",
            rf"(?<!\bi'm )(?<!\bim )(?<!\bi am )(?:very|so|extremely|totally|completely|really) "
            rf"{CONFUSED}",
            r"(?:doesn'?t|does not|didn'?t|did not|can'?t|cannot|could ?n'?t|not|no longer|won'?t) "
            r"(?:even )?recogni[sz]\w{0,3} (?:\w{1,25} )?(?:me|us|his|her|family|anyone|anybody"
            r"|people|my|our|their|him)",
            r"(?:doesn'?t|does not|didn'?t|don'?t) know (?:who|where|what day|the day|what year"
            r"|the year|the date|what month"
            r"|her own|his own|her name|his name)|can'?t tell (?:what day|where|who)|(?:forgot"
            r"|forgets|forgetting) (?:who|where) (?:i|she|he|they) (?:am|is|are)",
            r"talk\w{0,3} (?:to )?(?:people|someone|things|somebody) (?:who|that) (?:aren'?t|isn'?t"
            r"|are not|is not|weren'?t) there|seeing things|hallucinat\w{0,4}|(?:talk\w{0,3}"
            r"|mumbl\w{0,3}|speak\w{0,3}) (?:\w{1,25} )?nonsense|gibberish",
            r"pick\w{0,3} at (?:the )?(?:air|things that)|(?:突然|suddenly) ?糊塗",
            r"胡言亂語|神智不清|意識不清|認不得|不認得|不認識(?:人|我)",
        ),
        in_sentence=(
            # confused or acting strangely, and since when
            (
                any_of(
                    rf"{CONFUSED}|(?:acting|behaving) {gap(1)}(?:strange\w{{0,2}}|weird\w{{0,2}}"
                    rf"|odd|crazy)|{CANT} answer (?:simple |basic |easy )?questions"
                    rf"|not making (?:any )?sense"
                ),
                any_of(
                    rf"{SUDDEN}|today|tonight|this (?:morning|afternoon|evening)|since|started"
                    rf"|just now|(?:an?|\d+) hours? ago"
                ),
            ),
        ),
    ),
}

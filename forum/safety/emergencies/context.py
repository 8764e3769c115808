"""What makes a sign not an emergency now: a negation, the past, an end, a supposition, a
general or professional question, a figure of speech, a mild or long-standing version."""

import re

from .patterns import GAP_WORD, any_of

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
PAST = any_of(
    r"(?<!born )\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many"
    r"|couple of)\s(?:years?|yrs?|months?|weeks?|days?)\sago\b|\byears ago\b",
    r"(?<!since )(?<!from )\blast (?:year|month|week|summer|winter|spring|autumn|fall|sunday"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|time|weekend|new year)\b",
    r"\bin (?:19|20)\d\d\b|\bin (?:january|february|march|april|june|july|august|september"
    r"|october|november|december)\b",
    r"\bused to\b|\bback then\b|\bat that time\b|\bin the past\b|\bpreviously\b",
    r"\bwhen (?:my [\w'-]{1,25}|he|she|i|we|they) (?:had|got|was having) (?:his|her|my|a|the"
    r"|their) |\bas a (?:child|kid|baby|teen\w{0,4}|student)\b"
    r"|\bwhen (?:i|he|she|we|they) (?:was|were)"
    r" (?:a |an )?(?:child|kid|baby|young|teen\w{0,4}|little|small|student|\d+)"
    r"|\b(?:childhood|recovered)\b",
    r"(?:my|her|his) (?:first|last|previous|early) (?:pregnancy|trimester)"
    r"|\b(?:after|since) (?:his |her |my |the |a )?(?:heart attack|stroke|dka)\b",
    r"\bwent to (?:the )?(?:er|emergency|hospital|急診|a&e|clinic|doctor)\b|\b(?:was|were|got"
    r"|been) (?:admitted|hospitali[sz]ed|discharged)|\b(?:was|were|stayed) in (?:the )?hospital\b",
    r"\b(?:had|got|underwent|did) (?:a |an |my |his |her )?(?:[\w'-]{1,25} ){0,3}(?:surgery"
    r"|operation)\b(?! (?:\d|a|an|one|two|three|few|several)\b)",
    r"\b(?:old )?scars?\b",
    r"去年|以前|之前|年前|上個月|上次",
)
# The day before: past for a sign, but the start of something still going on ("started
# yesterday"), and near enough for the first sign of a pair ("hit her head yesterday, today
# she is confused").
RECENT = any_of(r"(?<!since )(?<!from )\b(?:yesterday|last night)\b|昨天|昨晚")
ONSET = any_of(r"\b(?:start\w{0,3}|began|begun)\b")
# An end to what came before it in the sentence: "it stopped", "he's been fine since".
RESOLVED = any_of(
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
ASSESSED = any_of(
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
SAYS_FINE = any_of(
    r"\b(?:say|says|said|saying|insists?|claims?|thinks?) (?:that )?(?:he|she|i|they|it)"
    r"(?:'s| is| am| are| was|'m)? (?:fine|ok|okay|alright|all right|normal|nothing)\b"
)
# What brings it back ("it stopped, but now it started again"), or keeps it going.
RECUR = any_of(
    r"(?<!fine )(?<!normal )(?<!ok )(?<!okay )(?<!pink )(?<!well )(?<!better )(?<!good )"
    r"\bagain\b|\b(?:came back|come back|returned|worse)\b"
)
ONGOING = any_of(
    r"\b(?:still|again|keeps?|keep|worse|continu\w{0,4}|won'?t stop|not stop\w{0,3})\b"
)
# A clause in the present tense, or in the past ("her throat swelled").
PRESENT = any_of(
    r"\b(?:is|are|am|isn'?t|aren'?t|has|have|can'?t|cannot|can|won'?t|doesn'?t|don'?t|keeps?"
    r"|still|now|just|currently|getting|feels?|looks?|seems?|says?)\b|\b(?:he|she|it|that|there|i"
    r"|we|they)'(?:s|re|m)\b"
)
PAST_VERB = any_of(
    r"\b(?:was|were|had|did|went|came|got|took|felt|fell|gave|ate|drank|bit|hit|became|turned"
    r"|swelled|(?!(?:confused|tired|worried|scared|concerned|used|bloated|stressed|depressed"
    r"|exhausted|interested|married|retired|diagnosed|prescribed|red|need|bed|blood)\b)"
    r"[a-z]{2,}ed)\b"
)
FAMILY = any_of(
    r"\b(?:runs? in (?:my |our |the |his |her )?famil(?:y|ies)|family history|genetic\w{0,3}"
    r"|hereditary|inherit\w{0,4}|(?:died|passed away|death) (?:of|from|by|due to)"
    r"|(?:all|both) (?:had|have had|has had)|in (?:his|her|their) \d0s|(?:higher|high|at) risk\b"
    r"|does (?:that|it|this) (?:increase|mean)|will (?:i|my \w{1,25}|he|she) (?:get|have) it)|遺傳"
)
EDUCATIONAL = any_of(
    r"\b(?:what (?:are|is) (?:the )?(?:s[iy]mpto?ms?|signs?|warning signs?|causes?|difference"
    r"|first aid|policy|protocol|guideline|antidote|latest|steps|recommend\w{0,6})|how (?:do|can"
    r"|would|should|to|2|does) (?:i|we|you|one|people|someone|staff)? ?(?:know|tell"
    r"|recogni[sz]e|spot|prevent|help|treat|screen|handle|check|respond|learn|teach|train|do|use"
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
    r"|\b(?:can|does|could) (?:[\w'-]{1,25} ){1,2}(?:cause|increase|raise|trigger"
    r"|make (?:you|me|someone"
    r"|people))\b|\bhow (?:common|likely|rare|dangerous|serious) is\b|\bwhich (?:\w{1,25} )"
    r"{1,4}(?:are|is) (?:dangerous|serious|worrying|normal|emergenc\w{0,3})\b",
    r"\b(?:want|wanted|trying|like) to (?:learn|know more|be prepared|prepare|teach|understand)"
    r"\b|\bto be prepared\b|\b(?:saw|read|heard|watched) (?:a |an |it |about |on |in )"
    r"|\bcan someone explain\b|\bexplain (?:the|what|how|simply)\b|\bdue (?:next|in|this|date)\b",
    r"\b(?:for|do|can|should|help|treat\w{0,3}|about|are) (?:the )?(?:people|patients|persons"
    r"|adults|elderly|clients|customers|students|staff|workers|employees|someone|somebody"
    r"|anyone) (?:with|who|having)\b",
    r"^what(?:'s| is| are) (?:a |an |the )?[\w'-]{1,25}(?: [\w'-]{1,25})?\s?(?:\?|and (?:how"
    r"|why|what|when)\b)|是什麼|什麼是",
    r"\b(?:is|are) (?:it |this |that )?considered (?:normal|dangerous|serious|an emergency"
    r"|safe|ok|okay)\b|\bhow (?:does|do|can|could) (?:[\w'-]{1,25} ){1,4}(?:happen|occur"
    r"|develop|damage|affect|harm|differ)\b"
    r"|^why (?:is|are|do|does) (?!(?:my|our|his|her|he|she|i|it|this|that|the"
    r"|there)\b)",
)
PROFESSIONAL = any_of(
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
FIGURATIVE = any_of(
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
INTENSITY_MILD = any_of(
    r"\b(?:mild\w{0,2}|slight\w{0,2}|a little|a bit|a tiny bit|little bit|a tad|bit of|minor"
    r"|small|tiny|coin[- ]size\w{0,1}|size of a (?:coin|fingernail|pea|grain of rice)"
    r"|not (?:that|too|very|so) (?:bad|much|strong|severe|painful)|light (?:bleeding|spotting"
    r"|pain|cramps?|ache))\b"
)
GRADED = re.compile(
    r"pain|pian|ach|hurt|sore|discomfort|tight|pres+ure|heav|cramp|bleed|burn|scald|sw[eo]l"
    r"|short|breathless|hard to|difficult|trouble|cough|sugar|glucose|tender"
)
# Long-standing, or with a harmless cause: a sign in the same clause, or the clause after
# it, is not new.
CHRONIC = any_of(
    r"\bfor (?:the (?:past|last) )?(?:about |around |almost |over |more than |nearly |like )?"
    r"(?:\d+|a|an|one|a few|few|several|many|two|three|four|five"
    r"|six) (?:years?|yrs?|months?|weeks?)\b|\bfor (?:years|months|weeks|ages|a long time)\b"
    r"|\bover (?:the (?:past|last) )?(?:a |\d+ |few |several )?(?:years?|months?)\b",
    r"\b(?:on and off|comes and goes|come and go|every (?:day|night|morning|month|winter|year)"
    r"|sometimes|occasional\w{0,2}|chronic|many (?:years|winters|months)|as usual|like always"
    r"|(?:his|her|my) usual|slowly getting|gradually|well controlled)\b",
    r"\bsince (?:childhood|i was|teen\w{0,4}|young|birth|\d{4})\b|\bsince (?:his|her|my|the) "
    r"(?:stroke|accident|surgery|operation|injury|birth)\b",
    r"\b(?:numb\w{0,4}|tingl\w{0,4}|asleep) (?:[\w'-]{1,25} ){0,3}when (?:i |he |she )?(?:sit"
    r"|sitting|lie|lying|sleep|sleeping|lean|leaning|cross|type|typing|kneel)\w{0,3}\b"
    r"|\bwhen (?:he'?s|she'?s|i'?m|they'?re|it'?s|he is|she is) cold\b"
    r"|\b(?<!suddenly )(?<!on )(?:while|when) (?:sleeping|asleep)\b"
    r"|\bduring (?:the )?(?:night|sleep)\b|\bsleep (?:test|study)\b"
    r"|\b(?:lowest|minimum) (?:oxygen|o2|spo2|sat\w{0,7})\b"
    r"|\b(?:stable angina|angina stable|only when)\b|\bwhen (?:i'?m |i am |i get )?(?:anxious"
    r"|stressed|nervous|hungry)\b|\b(?:when|in) (?:it'?s )?(?:the )?(?:cold|winter)\b",
    r"\b(?:hurts?|pain\w{0,3}|sore|tender) (?:[\w'-]{1,25} ){0,2}when (?:i |he |she |you )?"
    r"(?:press|push|touch|twist|turn|lift)\w{0,3}\b|\bafter (?:the )?(?:gym|workout|exercise"
    r"|lifting|training)\b|\b(?:from|due to|because of|caused by) (?:my |the |a )?(?:shingles"
    r"|rash|acne|pulled muscle|muscle strain|coughing|costochondritis)\b",
)
# What is left of something past ("a stroke in 2018. Her hand is still weak"): long-standing.
STILL = any_of(r"\bstill\b")
# Now, whatever else the text says.
NOW = any_of(
    r"\b(?:right now|just now|tonight|this (?:morning|afternoon|evening)|currently|since (?:this"
    r"|an? hour|\d+ (?:min|minutes|hours?)|last night|yesterday)|won'?t stop|at the moment"
    r"|as i (?:write|type)|an? (?:hour|few minutes|minute|couple of hours) ago"
    r"|\d+ ?(?:min|mins|minutes|hours?|hrs?) ago)\b|現在|剛剛|今晚"
)
# Someone's present state ("I have", "my son is", "she can't"), not one's work or question.
PERSONAL_NOW = any_of(
    r"\b(?:(?:i|he|she|they|(?:my|our) (?!(?:company|school|office|team|class|clinic|hospital"
    r"|ward|kindergarten|organi[sz]ation|church|group|club|questions?|project|course|book|novel"
    r"|story)\b)(?:[\w'-]{1,25} ){0,2}[\w'-]{1,25})(?:'s|'m|'re)? (?:am|is|are|has|have|feel"
    r"|feels|can'?t|cannot|keeps?|looks?|seems?|just|suddenly)|i'?m|he'?s|she'?s)\b"
    r"(?! (?:a|an|the|writing|asking|trying|wondering|curious|new|here|interested|planning"
    r"|looking|training|studying|working|preparing|learning|reading|teaching|taking a course"
    r"|organi[sz]ing|going to (?:ask|learn|take|teach)|a question|some questions|questions)\b)"
)
# Someone in particular, in a text written at work ("a student in my class collapsed").
SOMEONE = any_of(
    r"\b(?:he|she|him|her)\b|\b(?:my|our|this|that) (?:student|patient|client|customer|resident"
    r"|colleague|co-?worker|worker|employee|kid|child|boy|girl|man|woman|lady|guy|baby)",
    r"\b(?:a|one) (?:student|child|kid|boy|girl|customer|colleague|co-?worker|man|woman|lady"
    r"|guy) (?:[\w'-]{1,25} ){0,4}(?:collapsed|fainted|fell|is|isn'?t|has|just|suddenly"
    r"|started|stopped|can'?t|won'?t|passed out)\b",
)

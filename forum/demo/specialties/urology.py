from ..types import SpecialtyContent, TopicContent

UTI = TopicContent(
    name="Urinary Tract Infection",
    description=(
        "An infection of the bladder causing burning, urgency and frequent urination, "
        "far more common in women."
    ),
    weight=9,
    titles=(
        "Burning when I pee",
        "Bladder infection again",
        "Always needing to urinate",
        "Recurrent UTIs",
        "Stinging when passing urine",
        "Cystitis symptoms",
    ),
    headlines=(
        "Burning and Urgency: Bladder Infections Explained",
        "Why Urinary Infections Keep Coming Back",
        "When a UTI Needs More Than a Short Course",
    ),
    headline_subjects=(
        "Urinary Infections",
        "Bladder Infections",
        "Cystitis",
    ),
    headline_angles=(
        "Antibiotics and Prevention",
        "Why They Keep Coming Back",
        "When Tests Are Needed",
    ),
    symptoms=(
        "It burns when I pass urine and I need to go every half hour.",
        "I have a dull ache low in my tummy and my urine smells strong.",
        "I feel I need to pee urgently, but only a little comes out.",
        "My urine looks cloudy and slightly pink.",
    ),
    details=(
        "This is my third infection in six months.",
        "It often starts a day or two after sex.",
        "I don't have a fever or back pain.",
        "I don't drink much water at work.",
    ),
    tried=(
        "I've been drinking lots of water and cranberry juice.",
        "A urine dipstick at the pharmacy was positive.",
        "I took a course of antibiotics last time and it cleared quickly.",
    ),
    asks=(
        "Do I need antibiotics?",
        "How can I prevent these infections?",
        "Should I have more tests, since these infections keep coming back?",
    ),
    causes=(
        "Burning, frequent urination and urgency are typical of a bladder infection "
        "(cystitis), usually from bowel bacteria reaching the bladder.",
        "Infections after sex are common because of the short urethra in women.",
        "Recurrent infections in men, or infections with fever, need further investigation.",
    ),
    advice=(
        "A short course of antibiotics usually clears an uncomplicated infection.",
        "Drink enough water and pass urine soon after sex.",
        "For three or more infections a year, ask about preventive options and a urine culture.",
    ),
    red_flags=(
        "fever with shivering",
        "pain in the back or side",
        "vomiting",
        "burning or urgency while pregnant",
    ),
    related=("Blood in Urine",),
    genders=("female", "female", "female", "female", "male", "undisclosed"),
    ages=("20~29", "20~29", "30~39", "30~39", "40~49", "50~59", "60~69", "70~79"),
    course="acute",
)

NOCTURIA = TopicContent(
    name="Frequent Urination at Night",
    description=(
        "Waking two or more times a night to pass urine, from bladder, prostate, "
        "drinking habits, sleep or heart and kidney causes."
    ),
    weight=6,
    titles=(
        "Getting up to pee three times a night",
        "Nocturia",
        "Waking at night to urinate",
        "Frequent urination at night",
        "Up at night to use the toilet",
        "Peeing a lot at night",
    ),
    headlines=(
        "Waking at Night to Urinate: Common Causes",
        "Night-Time Urination and Sleep",
        "Nocturia: Bladder, Prostate or Something Else?",
    ),
    headline_subjects=(
        "Night-Time Urination",
        "Nocturia",
        "Waking Up to Pee",
    ),
    headline_angles=(
        "Bladder, Prostate or Fluids?",
        "Tests Worth Doing",
        "Simple Evening Changes",
    ),
    symptoms=(
        "I get up three or four times every night to pass urine.",
        "I pass a lot of urine at night, more than during the day.",
        "I wake up with an urgent need to pee and sometimes barely make it.",
        "My sleep is broken because I need the toilet so often at night.",
    ),
    details=(
        "I drink tea in the evening while watching television.",
        "My ankles swell by the end of the day.",
        "I snore heavily.",
        "I take a water tablet in the afternoon.",
    ),
    tried=(
        "I stopped drinking after seven in the evening.",
        "I kept a diary of how much I drink and pass.",
        "I cut out alcohol at night.",
    ),
    asks=(
        "Is this normal with age?",
        "Could this be diabetes?",
        "What tests should I have?",
    ),
    causes=(
        "Waking at night to urinate becomes more common with age and often has more than "
        "one cause.",
        "Producing a lot of urine at night can come from evening drinks, alcohol, "
        "caffeine, swollen legs or sleep apnea.",
        "An overactive bladder or an enlarged prostate reduces how much the bladder can hold.",
        "High blood sugar causes thirst and large volumes of urine.",
    ),
    advice=(
        "A three-day bladder diary of drinks and urine volumes is very helpful.",
        "Raise your legs in the evening if your ankles swell, so fluid is passed earlier.",
        "Simple tests include a urine test, blood sugar and kidney function.",
    ),
    red_flags=(
        "blood in the urine",
        "extreme thirst",
        "weight loss",
        "difficulty passing urine at all",
    ),
    related=("Enlarged Prostate",),
    ages=("50~59", "60~69", "60~69", "70~79", "70~79", "80+"),
)

KIDNEY_STONES = TopicContent(
    name="Kidney Stones",
    description=(
        "Hard deposits that form in the kidney and cause severe, colicky pain when they "
        "move down to the bladder."
    ),
    weight=5,
    titles=(
        "Severe pain in my side",
        "Passed a kidney stone",
        "Kidney stone found on scan",
        "Flank pain coming in waves",
        "Sharp pain in my back and side",
        "Kidney stone pain",
    ),
    headlines=(
        "Kidney Stone Pain: What to Expect",
        "Preventing Kidney Stones From Coming Back",
        "A Stone Found by Chance on a Scan",
    ),
    headline_subjects=(
        "Kidney Stone Pain",
        "Renal Colic",
        "Stones in the Kidney",
    ),
    headline_angles=(
        "Will It Pass on Its Own?",
        "Preventing the Next Stone",
        "When Surgery Is Needed",
    ),
    symptoms=(
        "I had sudden, severe pain in my {side} side that came in waves and spread to my groin.",
        "I couldn't sit still with the pain and vomited.",
        "A scan found a 5 mm stone in my {side} kidney.",
        "I passed a small stone after two days of pain.",
    ),
    details=(
        "There was some blood in my urine.",
        "I don't drink much water.",
        "My father had kidney stones too.",
        "I eat a lot of salty food.",
    ),
    tried=(
        "Painkillers from the emergency department helped.",
        "I've been drinking three litres of water a day.",
        "I kept the stone I passed.",
    ),
    asks=(
        "Will this stone pass on its own?",
        "How do I stop more stones from forming?",
        "Do I need surgery?",
    ),
    causes=(
        "Severe pain in the side coming in waves and spreading to the groin is typical of "
        "a stone moving down the ureter.",
        "Stones under about 5 mm usually pass on their own within a few weeks.",
        "Low fluid intake, a salty diet and family history raise the risk.",
    ),
    advice=(
        "Drink enough to pass about two and a half litres of pale urine a day.",
        "Bring a stone you passed for analysis; its type guides prevention.",
        "Larger stones can be broken up with shockwaves or removed with a scope.",
    ),
    red_flags=(
        "fever with the pain",
        "vomiting that won't stop",
        "passing very little urine",
    ),
    related=("Blood in Urine",),
    ages=("20~29", "30~39", "30~39", "40~49", "40~49", "50~59", "60~69"),
    course="acute",
    onsets=(
        "The pain started {duration} ago.",
        "It all began {duration} ago.",
        "This is my second stone in a few years.",
    ),
)

ENLARGED_PROSTATE = TopicContent(
    name="Enlarged Prostate",
    description=(
        "Non-cancerous growth of the prostate with age, causing a weak stream, hesitancy "
        "and frequent urination."
    ),
    weight=5,
    titles=(
        "Weak urine stream",
        "Slow to start urinating",
        "Prostate enlargement",
        "Prostate getting bigger?",
        "Dribbling after urinating",
        "Trouble emptying my bladder",
    ),
    headlines=(
        "A Weak Stream and the Ageing Prostate",
        "Enlarged Prostate: Medicines and Surgery",
        "Making Sense of a PSA Result",
    ),
    headline_subjects=(
        "An Enlarged Prostate",
        "A Weak Urine Stream",
        "Prostate Symptoms",
    ),
    headline_angles=(
        "Tablets, Surgery or Watching?",
        "Making Sense of PSA",
        "When to Worry About Cancer",
    ),
    symptoms=(
        "My urine stream has become weak and it takes a while to get started.",
        "I feel I haven't emptied my bladder fully and need to go again soon after.",
        "I dribble after I finish urinating.",
        "I have to strain to pass urine.",
    ),
    details=(
        "My PSA was 4.5 at a health check.",
        "I also get up twice a night.",
        "My father had prostate surgery.",
        "I take a cold medicine with a decongestant sometimes.",
    ),
    tried=(
        "I tried a saw palmetto supplement.",
        "I cut down on coffee.",
        "I sit down to urinate now, which helps a bit.",
    ),
    asks=(
        "Is this prostate cancer?",
        "Are the tablets for enlarged prostate safe?",
        "Do I need a biopsy?",
    ),
    causes=(
        "A weak stream, hesitancy and dribbling in men over fifty are most often from "
        "benign enlargement of the prostate.",
        "PSA rises with prostate size, infection and age, so a slightly raised level is "
        "not a diagnosis of cancer.",
        "Decongestant medicines can make it harder to pass urine.",
    ),
    advice=(
        "An examination, urine test and repeat PSA are the first steps.",
        "Tablets that relax or shrink the prostate help most men.",
        "An MRI scan is now commonly used before deciding on a biopsy.",
    ),
    red_flags=(
        "being unable to pass urine",
        "blood in the urine",
        "bone pain",
        "fever",
    ),
    related=("Frequent Urination at Night",),
    ages=("50~59", "50~59", "60~69", "60~69", "70~79", "80+"),
    genders=("male",),
    course="lasting",
)

BLOOD_IN_URINE = TopicContent(
    name="Blood in Urine",
    description=(
        "Red or brown urine or blood found on a urine test, from infection, stones or, "
        "importantly, the bladder or kidney."
    ),
    weight=3,
    titles=(
        "Blood in my urine",
        "Blood in urine without pain",
        "Worried about blood in my urine",
        "Blood in urine: what next?",
        "Pink urine",
        "Traces of blood in a urine test",
    ),
    headlines=(
        "Blood in the Urine: Why It Always Needs Checking",
        "Invisible Blood on a Urine Dipstick",
        "Painless Blood in the Urine",
    ),
    headline_subjects=(
        "Blood in the Urine",
        "Red or Pink Urine",
        "Haematuria",
    ),
    headline_angles=(
        "Why It Always Needs Checking",
        "Infection, Stones or More?",
        "Cystoscopy and Scans Explained",
    ),
    symptoms=(
        "I noticed my urine was red this morning, but there's no pain.",
        "A urine test at my check-up showed traces of blood.",
        "My urine was pink after a long run.",
        "I saw small clots when I passed urine.",
    ),
    details=(
        "I smoked for thirty years.",
        "I had a urine infection last month.",
        "I take a blood thinner.",
        "I ate beetroot yesterday, but I'm not sure that explains it.",
    ),
    tried=(
        "I drank more water and the colour cleared.",
        "I repeated the test and it was still positive.",
        "I haven't seen anyone yet.",
    ),
    asks=(
        "Does this need a cystoscopy?",
        "Could it be cancer?",
        "Could exercise cause this?",
    ),
    causes=(
        "Visible blood in the urine can come from infection, stones or the prostate, but "
        "it always needs checking to rule out a problem in the bladder or kidney.",
        "Beetroot and some medicines colour urine red without any blood.",
        "Blood after hard exercise usually clears within a day or two.",
    ),
    advice=(
        "Visible blood without an obvious cause, especially in smokers or those over "
        "forty, is investigated with a scan and a camera test of the bladder.",
        "Repeat the urine test after treating any infection.",
        "Blood thinners can unmask a problem but are rarely the whole explanation.",
    ),
    red_flags=(
        "clots blocking the flow",
        "being unable to urinate",
        "fever with back pain",
    ),
    related=("Kidney Stones", "Urinary Tract Infection"),
    ages=("30~39", "40~49", "50~59", "60~69", "60~69", "70~79", "80+"),
    course="recent",
    max_symptoms=1,
    onsets=(
        "It happened {duration} ago.",
        "It has happened twice now.",
        "The first time was {duration} ago.",
    ),
)

UROLOGY = SpecialtyContent(
    name="Urology",
    slug="urology",
    description=(
        "The kidneys, bladder and male reproductive organs: urinary infections, stones, "
        "the prostate and blood in the urine."
    ),
    clinic="a urology clinic",
    practitioner="urologist",
    weight=7,
    ages=("30~39", "40~49", "50~59", "60~69", "70~79"),
    topics=(UTI, NOCTURIA, KIDNEY_STONES, ENLARGED_PROSTATE, BLOOD_IN_URINE),
)

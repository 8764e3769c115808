from ..types import SpecialtyContent, TopicContent

IRREGULAR_PERIODS = TopicContent(
    name="Irregular Periods",
    description=(
        "Periods that come early, late or unpredictably, most often from hormonal "
        "changes, stress, weight change or polycystic ovaries."
    ),
    weight=9,
    titles=(
        "Periods all over the place",
        "Unpredictable periods",
        "Irregular cycle",
        "Spotting between periods",
        "Missed periods",
        "Periods too close together",
    ),
    headlines=(
        "Irregular Periods: Common Causes and Useful Tests",
        "A Late Period With a Negative Pregnancy Test",
        "Cycles That Come Too Often",
    ),
    headline_subjects=(
        "Unpredictable Cycles",
        "Spotting Between Periods",
        "Late Periods",
    ),
    headline_angles=(
        "Hormones, Stress and Weight",
        "Which Tests Help",
        "Fertility and Irregular Cycles",
    ),
    symptoms=(
        "Some months my period is two weeks late, though pregnancy tests are negative.",
        "My cycle has become unpredictable, anywhere from 21 to 45 days.",
        "I've had spotting between periods for the last few cycles.",
        "I never know when my next period will come, which makes planning hard.",
    ),
    details=(
        "I've lost a lot of weight since starting a new training plan.",
        "Work has been extremely stressful lately.",
        "I stopped the pill six months ago.",
        "I've noticed more acne and some hair on my chin.",
    ),
    tried=(
        "I've been tracking my cycle with an app.",
        "I take a pregnancy test whenever I'm late, and they are always negative.",
        "I started eating more regularly.",
    ),
    asks=(
        "Why are my periods so irregular?",
        "Should I have a hormone test or an ultrasound?",
        "Will this affect my chances of getting pregnant?",
    ),
    causes=(
        "Irregular periods are most often caused by the ovaries not releasing an egg "
        "every month, which can follow stress, weight change or intense exercise.",
        "Polycystic ovary syndrome is a common cause, especially with acne or extra hair growth.",
        "After stopping the pill it can take several months for cycles to settle.",
        "Spotting between periods can come from the cervix or a polyp and should be examined.",
    ),
    advice=(
        "Blood tests for thyroid function, prolactin and hormones, plus a pelvic "
        "ultrasound, usually find the cause.",
        "Keep a record of bleeding days for your appointment.",
        "Make sure your cervical screening is up to date.",
    ),
    red_flags=(
        "very heavy bleeding soaking a pad an hour",
        "bleeding after sex",
        "severe pelvic pain",
        "bleeding after the menopause",
    ),
    related=("Painful Periods",),
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49"),
    course="lasting",
)

PAINFUL_PERIODS = TopicContent(
    name="Painful Periods",
    description=(
        "Cramping pain in the lower tummy during periods; usually normal, but severe or "
        "worsening pain can point to endometriosis or fibroids."
    ),
    weight=7,
    titles=(
        "Severe period pain",
        "Period cramps that make me miss work",
        "Could I have endometriosis?",
        "Period pain getting worse",
        "Crippling cramps every month",
        "Pain before and during my period",
    ),
    headlines=(
        "Severe Period Pain: Is It Endometriosis?",
        "Period Cramps That Disrupt Daily Life",
        "When Period Pain Gets Worse Over the Years",
    ),
    headline_subjects=(
        "Severe Period Cramps",
        "Period Pain",
        "Heavy, Painful Periods",
    ),
    headline_angles=(
        "Could It Be Endometriosis?",
        "Treatments Beyond Painkillers",
        "When Pain Is Not Normal",
    ),
    symptoms=(
        "My period pain is so bad that I vomit and have to stay in bed on the first day.",
        "The cramps spread to my lower back and thighs.",
        "I have pain during sex and when I open my bowels during my period.",
        "My periods are heavy, with clots, and the pain lasts all week.",
    ),
    details=(
        "My mother had endometriosis.",
        "It has become worse every year.",
        "My ultrasound last year was normal.",
        "We've been trying for a baby for a year without success.",
    ),
    tried=(
        "Ibuprofen barely takes the edge off.",
        "A hot water bottle helps a little.",
        "I tried the pill for a while, which helped, but I stopped.",
    ),
    asks=(
        "Is this level of pain normal?",
        "How is endometriosis diagnosed?",
        "What treatments are there besides painkillers?",
    ),
    causes=(
        "Cramping period pain is common, but pain that stops you from working or gets "
        "worse over the years needs to be checked for endometriosis or adenomyosis.",
        "Pain with sex, painful bowel movements during periods and difficulty "
        "conceiving are also typical of endometriosis.",
        "Heavy periods with clots can be a sign of fibroids.",
    ),
    advice=(
        "Start anti-inflammatory painkillers a day before the period is due.",
        "Hormonal treatments such as the pill or a hormonal coil often reduce pain a lot.",
        "A normal ultrasound does not rule out endometriosis; a specialist may suggest "
        "MRI or laparoscopy.",
    ),
    red_flags=(
        "fainting during a period",
        "fever with pelvic pain",
        "sudden severe pain on one side",
    ),
    related=("Irregular Periods",),
    ages=("20~29", "20~29", "30~39", "30~39", "40~49"),
)

MORNING_SICKNESS = TopicContent(
    name="Morning Sickness",
    description=(
        "Nausea and vomiting in early pregnancy, usually easing by weeks 14 to 16; "
        "severe forms need treatment."
    ),
    weight=5,
    titles=(
        "Nausea at eight weeks pregnant",
        "Can't keep food down in pregnancy",
        "Morning sickness all day",
        "Vomiting in the first trimester",
        "Sick all day in early pregnancy",
        "Can't stop vomiting while pregnant",
    ),
    headlines=(
        "Morning Sickness: What Helps and When to Seek Care",
        "All-Day Nausea in Early Pregnancy",
        "Severe Pregnancy Vomiting (Hyperemesis)",
    ),
    headline_subjects=(
        "Pregnancy Nausea",
        "Vomiting in Early Pregnancy",
        "First-Trimester Sickness",
    ),
    headline_angles=(
        "Safe Medicines and Small Meals",
        "When It Becomes Hyperemesis",
        "When It Usually Eases",
    ),
    symptoms=(
        "I'm eight weeks pregnant and feel sick from morning until night.",
        "I've been vomiting four or five times a day in early pregnancy.",
        "I can barely keep water down and I'm losing weight.",
        "Smells like coffee and cooking make me retch.",
    ),
    details=(
        "This is my first pregnancy.",
        "I'm still working full time.",
        "My urine has become very dark.",
        "My sister had the same in both of her pregnancies.",
    ),
    tried=(
        "Ginger biscuits and small snacks help a bit.",
        "I take my vitamins at night instead of the morning.",
        "I tried acupressure wristbands.",
    ),
    asks=(
        "Is it safe to take anti-sickness medicine in pregnancy?",
        "Will the vomiting harm the baby?",
        "When will it get better?",
    ),
    causes=(
        "Nausea and vomiting in early pregnancy are very common, are linked to pregnancy "
        "hormones and usually ease between weeks 12 and 16.",
        "When you cannot keep fluids down, lose weight or pass little dark urine, it may "
        "be hyperemesis gravidarum, which needs treatment.",
        "Ordinary morning sickness does not harm the baby.",
    ),
    advice=(
        "Eat small, plain snacks often and sip fluids between meals.",
        "Several anti-sickness medicines are safe in pregnancy; ask your doctor or midwife.",
        "Severe cases may need intravenous fluids for a day or two.",
    ),
    red_flags=(
        "being unable to keep fluids down for a day",
        "very dark urine",
        "vomiting blood",
        "pain in the tummy",
    ),
    ages=("20~29", "20~29", "30~39", "30~39", "40~49"),
    genders=("female",),
    course="acute",
)

VAGINAL_DISCHARGE = TopicContent(
    name="Vaginal Discharge",
    description=(
        "Changes in vaginal discharge, often from thrush or bacterial vaginosis, "
        "sometimes from a sexually transmitted infection."
    ),
    weight=4,
    titles=(
        "Unusual discharge",
        "Itching and white discharge",
        "Fishy smell",
        "Itching and discharge",
        "Discharge and irritation",
        "Thick white discharge",
    ),
    headlines=(
        "Itching and Discharge: Thrush or Something Else?",
        "A Fishy Odour and Bacterial Vaginosis",
        "Recurrent Thrush",
    ),
    headline_subjects=(
        "Itching and Discharge",
        "Vaginal Infections",
        "Thrush",
    ),
    headline_angles=(
        "Thrush or Bacterial Vaginosis?",
        "Swabs and Treatment",
        "Why It Keeps Coming Back",
    ),
    symptoms=(
        "I have thick white discharge with itching and soreness.",
        "There's a thin grey discharge with a fishy smell, worse after my period.",
        "My discharge has changed colour and I have some burning.",
        "I keep getting itching that comes back every month.",
    ),
    details=(
        "I recently finished a course of antibiotics.",
        "I have a new partner.",
        "I use scented shower gel.",
        "There's no pain in my tummy.",
    ),
    tried=(
        "I used an antifungal cream from the pharmacy.",
        "I switched to cotton underwear.",
        "The itching improved, but the smell is still there.",
    ),
    asks=(
        "Is this thrush or bacterial vaginosis?",
        "Do I need a swab?",
        "Should my partner be treated?",
    ),
    causes=(
        "Thick white discharge with itching is typical of thrush, which often follows antibiotics.",
        "Thin grey discharge with a fishy smell is typical of bacterial vaginosis, which "
        "is not a sexually transmitted infection.",
        "A change in discharge after a new partner should be tested for sexually "
        "transmitted infections.",
    ),
    advice=(
        "A swab confirms the cause, so the right treatment can be chosen.",
        "Wash with plain water or an unscented emollient and avoid douching.",
        "Recurrent thrush, four or more times a year, may need a longer course of treatment.",
    ),
    red_flags=(
        "fever with pelvic pain",
        "bleeding after sex",
        "sores or ulcers",
    ),
    ages=("20~29", "20~29", "30~39", "30~39", "40~49", "50~59"),
    genders=("female",),
)

MENOPAUSE = TopicContent(
    name="Menopause Symptoms",
    description=(
        "Hot flushes, night sweats, mood and sleep changes around the final period, "
        "usually between 45 and 55."
    ),
    weight=5,
    titles=(
        "Hot flushes and night sweats",
        "Is this the menopause?",
        "Menopause and poor sleep",
        "Should I take HRT?",
        "Night sweats waking me up",
        "Mood swings and hot flushes",
    ),
    headlines=(
        "Hot Flushes and Night Sweats: Menopause Explained",
        "HRT: Benefits and Risks Today",
        "Perimenopause: The Years Before the Last Period",
    ),
    headline_subjects=(
        "Hot Flushes",
        "The Perimenopause",
        "Night Sweats",
    ),
    headline_angles=(
        "HRT and Other Options",
        "Sleep, Mood and Energy",
        "How Long It Lasts",
    ),
    symptoms=(
        "I get hot flushes several times a day and drench my sheets at night.",
        "My periods have become irregular and I'm irritable and tearful.",
        "I wake up several times a night feeling hot.",
        "My joints ache and I feel foggy at work.",
    ),
    details=(
        "My last period was four months ago.",
        "My mother had breast cancer at seventy.",
        "I'm exhausted from the broken sleep.",
        "Sex has become uncomfortable because of dryness.",
    ),
    tried=(
        "I tried a herbal supplement, without much change.",
        "I dress in layers and keep a fan by the bed.",
        "I've cut down on coffee and wine.",
    ),
    asks=(
        "Is hormone replacement therapy safe for me?",
        "Do I need a blood test to confirm the menopause?",
        "How long will these symptoms last?",
    ),
    causes=(
        "Hot flushes, night sweats and irregular periods in your mid-forties to "
        "fifties are typical of the perimenopause.",
        "Falling oestrogen also affects mood, sleep, joints and the vaginal lining.",
        "Over 45, the diagnosis is usually made from symptoms without blood tests.",
    ),
    advice=(
        "For most women under 60, the benefits of HRT outweigh the risks; your own "
        "history decides what suits you.",
        "Vaginal oestrogen is very safe and treats dryness well.",
        "Regular exercise, less alcohol and a cool bedroom help with flushes.",
    ),
    red_flags=(
        "bleeding after a year without periods",
        "very heavy or prolonged bleeding",
        "a breast lump",
    ),
    related=("Irregular Periods",),
    ages=("40~49", "40~49", "50~59", "50~59"),
    genders=("female",),
)

GYNECOLOGY = SpecialtyContent(
    name="Obstetrics and Gynecology",
    slug="obstetrics-and-gynecology",
    description=(
        "Women's health, pregnancy and childbirth: periods, pregnancy sickness, vaginal "
        "infections and the menopause."
    ),
    clinic="a gynecology clinic",
    practitioner="obstetrician and gynecologist",
    weight=9,
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49", "50~59"),
    genders=("female", "female", "female", "female", "female", "female", "undisclosed"),
    topics=(IRREGULAR_PERIODS, PAINFUL_PERIODS, MORNING_SICKNESS, VAGINAL_DISCHARGE, MENOPAUSE),
)

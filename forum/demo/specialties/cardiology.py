from ..types import SpecialtyContent, TopicContent

PALPITATIONS = TopicContent(
    name="Palpitations",
    description=(
        "An awareness of the heartbeat as fluttering, pounding or skipping, usually "
        "harmless extra beats but sometimes an arrhythmia."
    ),
    weight=10,
    titles=(
        "Heart skipping beats",
        "Fluttering in my chest",
        "Heart pounding at night",
        "Irregular heartbeat",
        "Racing heart out of nowhere",
        "Extra heartbeats when lying down",
    ),
    headlines=(
        "Skipped Heartbeats: When Extra Beats Are Harmless",
        "A Fluttering Heart: Palpitations Explained",
        "Palpitations at Rest: What Tests Can Show",
    ),
    headline_subjects=(
        "Skipped Heartbeats",
        "A Fluttering Heart",
        "A Racing Heartbeat",
    ),
    headline_angles=(
        "Extra Beats and When They Matter",
        "Monitors That Catch the Rhythm",
        "Caffeine, Stress and Sleep",
    ),
    symptoms=(
        "Several times a day I feel my heart skip a beat, followed by a hard thump.",
        "I get a fluttering feeling in my chest that lasts a few seconds.",
        "When I lie on my {side} side at night I can feel my heart pounding.",
        "Sometimes my heart suddenly races and then stops just as suddenly.",
    ),
    details=(
        "It happens more after coffee or a poor night's sleep.",
        "I don't get chest pain or breathlessness with it.",
        "An ECG at my GP's office was normal, but I had no symptoms during it.",
        "I notice it most when I'm sitting quietly in the evening.",
    ),
    tried=(
        "I've cut down to one coffee a day.",
        "My smartwatch sometimes shows a heart rate of 150 during these episodes.",
        "I tried slow breathing, which seems to help the racing episodes.",
    ),
    asks=(
        "Is this dangerous, or just extra beats?",
        "What test would catch it if it only lasts a few seconds?",
        "Can I keep exercising with this?",
    ),
    causes=(
        "A skipped beat followed by a thump is most often an ectopic (extra) beat, which "
        "is very common and usually harmless in a healthy heart.",
        "Caffeine, alcohol, stress, poor sleep and an overactive thyroid make extra beats "
        "more frequent.",
        "Episodes of fast heartbeat that start and stop suddenly can be a "
        "supraventricular tachycardia, which is treatable.",
    ),
    advice=(
        "A 24-hour or longer heart monitor can catch the rhythm during symptoms.",
        "Blood tests for thyroid function, blood count and salts are worth doing.",
        "If episodes are rare, an event recorder or a smartwatch ECG may help catch them.",
        "An echocardiogram shows whether the heart itself is structurally normal.",
    ),
    red_flags=(
        "fainting or nearly fainting",
        "chest pain with the palpitations",
        "breathlessness at rest",
        "palpitations that come on during exercise",
    ),
    related=("High Blood Pressure", "Chest Pain"),
    ages=("20~29", "30~39", "30~39", "40~49", "40~49", "50~59", "60~69"),
)

HYPERTENSION = TopicContent(
    name="High Blood Pressure",
    description=(
        "Blood pressure that stays at or above about 140/90 mmHg, usually without "
        "symptoms but raising the risk of stroke and heart disease."
    ),
    weight=8,
    titles=(
        "High blood pressure readings",
        "Blood pressure 150/95 at home",
        "Do I need blood pressure tablets?",
        "Blood pressure goes up at the doctor's",
        "Borderline high blood pressure",
        "Blood pressure creeping up",
    ),
    headlines=(
        "High Blood Pressure Readings: What to Do Next",
        "Home Blood Pressure Monitoring Done Right",
        "Starting Treatment for Hypertension",
    ),
    headline_subjects=(
        "Raised Blood Pressure",
        "Hypertension",
        "High Blood Pressure Readings",
    ),
    headline_angles=(
        "Lifestyle, Tablets or Both?",
        "Measuring It Properly at Home",
        "What the Numbers Mean",
    ),
    symptoms=(
        "My home blood pressure readings are often around 150/95.",
        "At my check-up my blood pressure was 160/100, though I felt completely fine.",
        "My readings are normal at home but always high at the clinic.",
        "I sometimes get a heavy feeling in my head when my pressure is high.",
    ),
    details=(
        "Both of my parents have high blood pressure.",
        "I eat out a lot and probably have too much salt.",
        "I've put on about ten kilos over the past few years.",
        "I'm already on one tablet, but the readings are still high.",
    ),
    tried=(
        "I started walking thirty minutes a day.",
        "I bought an upper-arm monitor and measure twice a day.",
        "I've reduced salt, and the numbers came down a little.",
    ),
    asks=(
        "Do I need medication, or can I control it with lifestyle changes?",
        "Once I start tablets, will I have to take them forever?",
        "Is this level of blood pressure dangerous?",
    ),
    causes=(
        "Readings that are repeatedly at or above 140/90 in the clinic, or 135/85 at "
        "home, count as high blood pressure.",
        "High readings only in the clinic may be 'white coat' hypertension, which home "
        "or 24-hour monitoring can confirm.",
        "Family history, weight, salt, alcohol and inactivity are the usual drivers.",
    ),
    advice=(
        "Measure at home, seated and rested, twice in the morning and twice in the "
        "evening for a week, and bring the record to your doctor.",
        "Less salt, regular exercise, weight loss and less alcohol can lower blood "
        "pressure noticeably.",
        "If it stays high, modern tablets are safe and usually needed long term.",
    ),
    red_flags=(
        "a reading above 180/120 with headache",
        "chest pain",
        "sudden blurred vision",
        "weakness of an arm or leg",
    ),
    related=("High Cholesterol", "Palpitations"),
    ages=("30~39", "40~49", "40~49", "50~59", "50~59", "60~69", "60~69", "70~79", "80+"),
)

CHEST_PAIN = TopicContent(
    name="Chest Pain",
    description=(
        "Pain or discomfort in the chest, which can come from the heart, the lungs, the "
        "gullet or the chest wall."
    ),
    weight=6,
    titles=(
        "Chest pain",
        "Worried about chest pain",
        "Pain in my chest",
        "Is my chest pain serious?",
        "Tight chest on and off",
        "Sharp stabbing pain in my chest",
    ),
    headlines=(
        "Chest Pain: Heart or Something Else?",
        "Chest Tightness on Exertion and Why It Matters",
        "Sharp Chest Pains: Telling Heart From Muscle",
    ),
    headline_subjects=(
        "Chest Tightness",
        "Sharp Chest Pains",
        "Pain in the Chest",
    ),
    headline_angles=(
        "Heart, Muscle or Reflux?",
        "Tests That Check the Heart",
        "Signs That Need an Ambulance",
    ),
    symptoms=(
        "I get a tight, heavy feeling in my chest when I walk uphill or climb stairs.",
        "I have a sharp, stabbing pain on the {side} side of my chest that lasts a few seconds.",
        "There's an ache in the middle of my chest that sometimes spreads to my left arm.",
        "Pressing on my chest wall makes the pain worse.",
    ),
    details=(
        "It goes away after a few minutes of rest.",
        "I smoked for twenty years but stopped last year.",
        "My cholesterol was high at my last check.",
        "It changes when I twist or take a deep breath.",
    ),
    tried=(
        "Antacids didn't make any difference.",
        "I had an ECG at a walk-in clinic and was told it was normal.",
        "I've been resting and avoiding the gym.",
    ),
    asks=(
        "Could this be angina?",
        "How can I tell if chest pain is from the heart?",
        "Which tests should I ask for?",
    ),
    causes=(
        "Chest tightness that comes on with exertion and eases with rest needs to be "
        "checked for angina, especially with risk factors such as smoking or high "
        "cholesterol.",
        "Brief, sharp pain that changes with movement or pressing on the chest is more "
        "often from the muscles or rib joints.",
        "Burning pain after meals or when lying down points to reflux rather than the heart.",
    ),
    advice=(
        "A resting ECG is normal in many people with angina, so an exercise test or a "
        "CT coronary scan is often needed.",
        "Controlling blood pressure, cholesterol and blood sugar protects the heart.",
        "Call an ambulance rather than driving yourself if the pain is severe.",
    ),
    red_flags=(
        "chest pain lasting more than fifteen minutes",
        "pain with sweating and nausea",
        "pain spreading to the jaw",
        "sudden breathlessness",
    ),
    related=("High Cholesterol", "Palpitations"),
    ages=("30~39", "40~49", "40~49", "50~59", "50~59", "60~69", "70~79"),
    max_symptoms=1,
)

HIGH_CHOLESTEROL = TopicContent(
    name="High Cholesterol",
    description=(
        "Raised levels of LDL cholesterol in the blood, which build up in the artery "
        "walls over years."
    ),
    weight=4,
    titles=(
        "High LDL on my blood test",
        "Should I take statins?",
        "Cholesterol still high despite diet",
        "Family history of high cholesterol",
        "High cholesterol but I'm slim",
        "Borderline cholesterol result",
    ),
    headlines=(
        "High LDL Cholesterol: When Diet Is Not Enough",
        "Statins: Weighing Benefits and Side Effects",
        "Understanding Your Cholesterol Results",
    ),
    headline_subjects=(
        "Raised LDL Cholesterol",
        "Cholesterol Results",
        "A High Cholesterol Reading",
    ),
    headline_angles=(
        "Diet, Genes and Statins",
        "Do You Need a Statin?",
        "Targets and Follow-Up Tests",
    ),
    symptoms=(
        "My blood test showed an LDL cholesterol of 4.9 mmol/L.",
        "My total cholesterol is high even though I'm slim and active.",
        "My doctor wants to start me on a statin after my latest blood test.",
        "My cholesterol has been rising a little every year.",
    ),
    details=(
        "My father had a heart attack at fifty-two.",
        "I don't have any symptoms at all.",
        "My HDL, the good cholesterol, is normal.",
        "I eat a lot of cheese and red meat.",
    ),
    tried=(
        "I changed my diet for three months and the number barely moved.",
        "I've been taking plant sterol drinks.",
        "I started cycling to work.",
    ),
    asks=(
        "Are statins really necessary?",
        "Are the side effects of statins serious?",
        "How low does my LDL need to be?",
    ),
    causes=(
        "Cholesterol levels depend partly on diet but largely on genes, which is why "
        "some slim, active people still have high LDL.",
        "Very high LDL with heart attacks in close relatives at a young age can be "
        "familial hypercholesterolaemia.",
        "An underactive thyroid and some medicines can raise cholesterol.",
    ),
    advice=(
        "Your doctor will weigh your LDL together with age, blood pressure, smoking and "
        "family history to estimate your overall risk.",
        "Statins are well studied; muscle aches happen in a minority and usually settle "
        "with a change of dose or drug.",
        "Fewer saturated fats, more fibre and regular exercise help alongside any medicine.",
    ),
    red_flags=(
        "chest pain on exertion",
        "yellowish deposits around the eyes",
        "a sudden weakness or numbness",
    ),
    related=("High Blood Pressure",),
    ages=("30~39", "40~49", "40~49", "50~59", "50~59", "60~69", "70~79"),
    course="recent",
    onsets=(
        "I got the result {duration} ago.",
        "It was found at a routine check {duration} ago.",
        "My next blood test is in three months.",
    ),
)

ANKLE_SWELLING = TopicContent(
    name="Ankle Swelling",
    description=(
        "Puffiness of the ankles and lower legs from fluid, often from standing or "
        "medicines, sometimes from the heart, kidneys or veins."
    ),
    weight=3,
    titles=(
        "Swollen ankles in the evening",
        "Both feet swollen",
        "Ankles swelling more lately",
        "Puffy legs",
        "Sock marks on my swollen ankles",
        "Swelling around my ankles",
    ),
    headlines=(
        "Swollen Ankles: Common Causes and When to Worry",
        "Ankle Swelling and the Heart",
        "Why Feet Swell by the End of the Day",
    ),
    headline_subjects=(
        "Swollen Ankles",
        "Puffy Legs",
        "Swelling of the Lower Legs",
    ),
    headline_angles=(
        "Gravity, Veins or the Heart?",
        "Medicines That Cause Swelling",
        "Simple Measures That Help",
    ),
    symptoms=(
        "By the evening both of my ankles are swollen and my socks leave deep marks.",
        "When I press on the swelling over my shins it leaves a dent.",
        "My shoes feel tight by the end of the day.",
        "My ankles have been puffy since I started a new blood pressure tablet.",
    ),
    details=(
        "The swelling is gone when I wake up.",
        "I stand for most of my working day.",
        "I get a bit breathless climbing two flights of stairs.",
        "I have varicose veins in both legs.",
    ),
    tried=(
        "I put my feet up in the evenings.",
        "I tried compression socks from the pharmacy.",
        "I've been drinking less water, thinking it would help.",
    ),
    asks=(
        "Could this be a heart problem?",
        "Could one of my medicines be causing this?",
        "Should I have a scan of my legs?",
    ),
    causes=(
        "Swelling of both ankles that builds up during the day and is gone by morning "
        "is most often from gravity, long standing or weak veins.",
        "Some blood pressure tablets, especially amlodipine, commonly cause ankle swelling.",
        "Swelling with breathlessness can be a sign of heart failure and should be checked.",
    ),
    advice=(
        "Raise your legs above hip level when resting and keep active.",
        "Don't cut back on drinking water without your doctor's advice.",
        "A blood test, urine test and sometimes an echocardiogram can find the cause.",
    ),
    red_flags=(
        "swelling in only one calf",
        "breathlessness when lying flat",
        "a rapid weight gain",
        "chest pain",
    ),
    related=("High Blood Pressure",),
    ages=("40~49", "50~59", "50~59", "60~69", "60~69", "70~79", "80+"),
)

CARDIOLOGY = SpecialtyContent(
    name="Cardiology",
    slug="cardiology",
    description=(
        "The heart and blood vessels: palpitations, chest pain, blood pressure, "
        "cholesterol and swelling from fluid."
    ),
    clinic="a cardiology clinic",
    practitioner="cardiologist",
    weight=9,
    ages=("30~39", "40~49", "40~49", "50~59", "50~59", "60~69", "70~79", "80+"),
    topics=(PALPITATIONS, HYPERTENSION, CHEST_PAIN, HIGH_CHOLESTEROL, ANKLE_SWELLING),
)

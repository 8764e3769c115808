from ..types import SpecialtyContent, TopicContent

ASTHMA = TopicContent(
    name="Asthma",
    description=(
        "Inflammation and narrowing of the airways that causes wheeze, cough, chest "
        "tightness and breathlessness, often worse at night or with triggers."
    ),
    weight=8,
    titles=(
        "Wheezing at night",
        "Using my inhaler more often",
        "Asthma getting worse",
        "Tight chest when I exercise",
        "Tight chest and wheezing",
        "Asthma worse at night",
    ),
    headlines=(
        "Asthma Out of Control: Signs and Next Steps",
        "Night-Time Wheeze and the Reliever Inhaler",
        "Exercise-Induced Asthma Explained",
    ),
    headline_subjects=(
        "Wheezing",
        "Night-Time Asthma",
        "Asthma Flare-Ups",
    ),
    headline_angles=(
        "Is It Under Control?",
        "Preventer and Reliever Inhalers",
        "Triggers and Exercise",
    ),
    symptoms=(
        "I wake up at night wheezing and coughing.",
        "I'm using my blue reliever inhaler almost every day now.",
        "My chest feels tight and whistly when I run in cold air.",
        "I get breathless and cough whenever I'm near cats.",
    ),
    details=(
        "I had asthma as a child, and it seemed to go away.",
        "It's worse since I caught a cold a few weeks ago.",
        "I was prescribed a brown preventer inhaler but only use it when I feel bad.",
        "We recently moved into an older flat with some damp.",
    ),
    tried=(
        "The reliever helps, but only for a few hours.",
        "I bought an air purifier for the bedroom.",
        "I stopped running outdoors in the morning.",
    ),
    asks=(
        "Is my asthma under control, or do I need a different inhaler?",
        "Is it harmful to use the reliever this often?",
        "Can asthma start again in adulthood?",
    ),
    causes=(
        "Night-time symptoms and needing the reliever more than twice a week are signs "
        "that asthma is not well controlled.",
        "Colds, cold air, exercise, pets, dust mites and damp are common triggers.",
        "Asthma can return in adulthood after years of quiet, often after an infection.",
    ),
    advice=(
        "A daily preventer (inhaled steroid) taken every day, not only when symptoms "
        "flare, calms the airway inflammation.",
        "Ask your nurse or doctor to check your inhaler technique; many people use them "
        "less effectively than they think.",
        "A written asthma action plan tells you what to do when symptoms worsen.",
    ),
    red_flags=(
        "being too breathless to speak in sentences",
        "the reliever not helping",
        "blue lips",
        "drowsiness during an attack",
    ),
    related=("Chronic Cough", "Shortness of Breath"),
    ages=("10~19", "20~29", "20~29", "30~39", "40~49", "50~59", "60~69"),
)

CHRONIC_COUGH = TopicContent(
    name="Chronic Cough",
    description=(
        "A cough lasting more than eight weeks, most often from postnasal drip, asthma "
        "or reflux, and sometimes from medicines or lung disease."
    ),
    weight=7,
    titles=(
        "Cough that won't clear",
        "Dry cough that won't go away",
        "Coughing after a cold",
        "Tickly cough at night",
        "Persistent dry cough",
        "Coughing all the time",
    ),
    headlines=(
        "A Cough That Outlasts the Cold",
        "Persistent Dry Cough: Common Culprits",
        "When a Cough Lasts More Than Eight Weeks",
    ),
    headline_subjects=(
        "A Lingering Cough",
        "A Dry, Tickly Cough",
        "A Cough That Won't Stop",
    ),
    headline_angles=(
        "Nose, Reflux or Airways?",
        "When a Chest X-Ray Is Needed",
        "Why It Outlasts the Cold",
    ),
    symptoms=(
        "I've had a dry, tickly cough ever since a cold, and it won't stop.",
        "I cough in fits, especially when I talk for a long time or lie down.",
        "I keep clearing my throat and feel something dripping down the back of my nose.",
        "My cough brings up a little clear phlegm in the morning.",
    ),
    details=(
        "I don't smoke and never have.",
        "I also get heartburn after dinner.",
        "I take a blood pressure tablet that ends in '-pril'.",
        "There's no fever and I feel otherwise well.",
    ),
    tried=(
        "Cough syrups from the pharmacy did nothing.",
        "Honey and warm drinks soothe it for a while.",
        "A course of antibiotics from my GP didn't change it.",
    ),
    asks=(
        "Do I need a chest X-ray?",
        "Why would a cough last this long after a cold?",
        "Could my blood pressure medicine be causing it?",
    ),
    causes=(
        "A cough that lingers for weeks after a cold is often from airways that stay "
        "irritable after the infection.",
        "Postnasal drip, asthma and acid reflux are the three most common causes of a "
        "long-lasting cough in non-smokers.",
        "Blood pressure tablets of the ACE inhibitor group (names ending in -pril) "
        "cause a dry cough in some people.",
    ),
    advice=(
        "A chest X-ray is reasonable for any cough lasting more than eight weeks.",
        "If you take an ACE inhibitor, ask your doctor about switching to another tablet.",
        "Treating the likely cause, such as a nasal spray or reflux medicine, often "
        "settles the cough within weeks.",
    ),
    red_flags=(
        "coughing up blood",
        "unexplained weight loss",
        "night sweats",
        "a cough in a current or former smoker that has changed",
    ),
    related=("Asthma",),
    ages=("20~29", "30~39", "40~49", "50~59", "50~59", "60~69", "70~79"),
    course="recent",
)

SHORTNESS_OF_BREATH = TopicContent(
    name="Shortness of Breath",
    description=(
        "Difficulty catching the breath, at rest or on exertion, which may come from "
        "the lungs, the heart, anaemia or fitness."
    ),
    weight=5,
    titles=(
        "Short of breath on stairs",
        "Can't take a deep breath",
        "Breathless for no reason",
        "Getting winded easily",
        "Out of breath easily",
        "Breathless walking uphill",
    ),
    headlines=(
        "Breathlessness on Exertion: Lungs, Heart or Fitness?",
        "The Feeling of Not Getting a Full Breath",
        "Getting Breathless More Easily Than Before",
    ),
    headline_subjects=(
        "Breathlessness",
        "Getting Winded",
        "Breathing Difficulty",
    ),
    headline_angles=(
        "Lungs, Heart or Fitness?",
        "Tests That Find the Cause",
        "When It Is an Emergency",
    ),
    symptoms=(
        "I get out of breath climbing one flight of stairs, which never used to happen.",
        "I often feel I can't take a full, satisfying breath.",
        "I have to stop and rest when walking uphill with friends my age.",
        "I feel breathless when I lie flat and need two pillows.",
    ),
    details=(
        "I smoked for many years and stopped five years ago.",
        "My oxygen reading on a finger monitor is 97 percent.",
        "I've gained weight and hardly exercise.",
        "I also feel very tired and look pale.",
    ),
    tried=(
        "My chest X-ray last year was normal.",
        "I've started walking daily, slowly building up.",
        "I tried a friend's inhaler once and it didn't help.",
    ),
    asks=(
        "What tests should I have for this?",
        "Could this be COPD?",
        "Is it my lungs or my heart?",
    ),
    causes=(
        "Breathlessness that has crept up over months has several possible causes, and "
        "the lungs, heart and blood all need checking.",
        "In former smokers, COPD is an important possibility and is diagnosed with "
        "a breathing test (spirometry).",
        "Anaemia, being out of condition and heart problems can all feel like breathlessness.",
        "A sense of not getting a full breath at rest, with normal oxygen, is often "
        "linked to anxiety or a habit of shallow breathing.",
    ),
    advice=(
        "Spirometry, a blood count and an ECG are sensible first tests.",
        "Regular, gradually increasing exercise improves breathlessness from most causes.",
        "Bring a list of your medicines and your smoking history to the appointment.",
    ),
    red_flags=(
        "sudden breathlessness with chest pain",
        "coughing up blood",
        "swelling of one leg",
        "blue lips",
    ),
    related=("Asthma", "Lung Nodules"),
    ages=("30~39", "40~49", "50~59", "50~59", "60~69", "60~69", "70~79", "80+"),
    course="recent",
)

SLEEP_APNEA = TopicContent(
    name="Snoring and Sleep Apnea",
    description=(
        "Loud snoring with pauses in breathing during sleep, causing daytime sleepiness "
        "and strain on the heart."
    ),
    weight=4,
    titles=(
        "Loud snoring and gasping",
        "Partner says I stop breathing at night",
        "Always sleepy during the day",
        "Snoring keeps my family awake",
        "Snoring and tired in the day",
        "Waking up gasping",
    ),
    headlines=(
        "Snoring With Breathing Pauses: Is It Sleep Apnea?",
        "Daytime Sleepiness and What Happens at Night",
        "Sleep Apnea Tests and Treatment",
    ),
    headline_subjects=(
        "Snoring",
        "Sleep Apnea",
        "Breathing Pauses at Night",
    ),
    headline_angles=(
        "Sleep Studies and CPAP",
        "Weight, Alcohol and Sleeping Position",
        "Why Daytime Sleepiness Matters",
    ),
    symptoms=(
        "My partner says I snore loudly and sometimes stop breathing for a few seconds.",
        "I wake up gasping or choking some nights.",
        "I'm sleepy all day and nod off in meetings.",
        "I wake up with a dry mouth and a headache most mornings.",
    ),
    details=(
        "I've put on weight over the last few years.",
        "My blood pressure has gone up recently.",
        "It's worse after a glass or two of wine.",
        "I once nearly fell asleep at the wheel.",
    ),
    tried=(
        "Nasal strips didn't help with the snoring.",
        "I tried sleeping on my side with a pillow behind my back.",
        "I cut out alcohol in the evening.",
    ),
    asks=(
        "Do I need a sleep study?",
        "Is sleep apnea dangerous?",
        "Will losing weight fix it?",
    ),
    causes=(
        "Loud snoring with witnessed pauses and daytime sleepiness strongly suggests "
        "obstructive sleep apnea.",
        "The airway in the throat collapses during sleep, more so with weight gain, "
        "alcohol and lying on your back.",
        "Untreated sleep apnea raises blood pressure and the risk of accidents.",
    ),
    advice=(
        "A sleep study, often done at home, confirms the diagnosis.",
        "Treatment with a CPAP machine or a mouth splint usually improves energy quickly.",
        "Losing weight and avoiding alcohol in the evening reduce apnea.",
        "Avoid driving when you feel sleepy until you are treated.",
    ),
    red_flags=(
        "falling asleep while driving",
        "morning headaches that keep getting worse",
        "swollen legs with breathlessness",
    ),
    related=("Shortness of Breath",),
    ages=("30~39", "40~49", "40~49", "50~59", "50~59", "60~69", "70~79"),
    genders=("male", "male", "male", "female", "female", "undisclosed"),
)

LUNG_NODULES = TopicContent(
    name="Lung Nodules",
    description=(
        "Small round spots seen on a chest scan, most of them harmless scars, followed "
        "up with repeat scans."
    ),
    weight=2,
    titles=(
        "Nodule found on my CT scan",
        "Small lung nodule",
        "Spot on my lung",
        "Follow-up for a lung nodule",
        "Lung nodule on a scan",
        "Shadow on my chest X-ray",
    ),
    headlines=(
        "A Spot on the Lung: What a Small Nodule Means",
        "Lung Nodules and Follow-Up Scans",
        "Small Lung Nodules: Usually Harmless",
    ),
    headline_subjects=(
        "A Spot on the Lung",
        "Small Lung Nodules",
        "Nodules on a CT Scan",
    ),
    headline_angles=(
        "What Follow-Up Scans Are For",
        "Usually Harmless Scars",
        "When a Nodule Needs a Biopsy",
    ),
    symptoms=(
        "A CT scan done for something else found a 6 mm nodule in my {side} lung.",
        "My report mentions a small ground-glass nodule that needs follow-up.",
        "I was told I have a tiny nodule, under 4 mm, in my {side} lung.",
        "I have no symptoms, but the word 'nodule' on my report frightened me.",
    ),
    details=(
        "I've never smoked.",
        "I had pneumonia about two years ago.",
        "My aunt had lung cancer.",
        "The radiologist suggested another scan in a year.",
    ),
    tried=(
        "I asked for a biopsy, but my doctor said it wasn't needed yet.",
        "I've been reading about nodules every night.",
        "I brought my previous scans from another hospital to compare.",
    ),
    asks=(
        "How likely is this to be cancer?",
        "Why wait a year instead of removing it now?",
        "Should I get a second opinion?",
    ),
    causes=(
        "Small lung nodules are very common on CT scans, and the large majority are "
        "harmless scars from old infections.",
        "Size, shape, smoking history and whether the nodule grows over time decide how "
        "closely it is followed.",
        "Ground-glass nodules can fade after an infection, which is one reason to repeat "
        "the scan before acting.",
    ),
    advice=(
        "Follow-up scans at the recommended intervals are the standard, safe approach.",
        "Comparing with any older scans can show the nodule has been stable for years.",
        "A biopsy is considered only for larger nodules or those that grow.",
    ),
    red_flags=(
        "coughing up blood",
        "unexplained weight loss",
        "a new cough that does not go away",
    ),
    related=("Shortness of Breath",),
    ages=("40~49", "50~59", "50~59", "60~69", "60~69", "70~79"),
    course="recent",
    max_symptoms=1,
    onsets=(
        "The scan was done {duration} ago.",
        "I got the report {duration} ago.",
        "I'm waiting for my follow-up appointment.",
    ),
)

PULMONOLOGY = SpecialtyContent(
    name="Pulmonology",
    slug="pulmonology",
    description=(
        "The lungs and breathing: asthma, lasting coughs, breathlessness, snoring with "
        "breathing pauses, and spots found on chest scans."
    ),
    clinic="a chest clinic",
    practitioner="pulmonologist",
    weight=7,
    ages=("20~29", "30~39", "40~49", "50~59", "50~59", "60~69", "70~79"),
    topics=(ASTHMA, CHRONIC_COUGH, SHORTNESS_OF_BREATH, SLEEP_APNEA, LUNG_NODULES),
)

from ..types import SpecialtyContent, TopicContent

COMMON_COLD = TopicContent(
    name="Common Cold",
    description=(
        "A viral infection of the nose and throat with a runny nose, sore throat and "
        "cough, settling within about ten days."
    ),
    weight=8,
    titles=(
        "Cold that won't go away",
        "Runny nose and sore throat",
        "Do I need antibiotics for a cold?",
        "Heavy cold",
        "Stuffy nose and cough",
        "Bad cold and sore throat",
        "Streaming cold",
    ),
    headlines=(
        "The Common Cold: What Helps and What Doesn't",
        "Colds and Antibiotics",
        "How Long Should a Cold Last?",
    ),
    headline_subjects=(
        "Colds",
        "A Runny Nose and Sore Throat",
        "Winter Colds",
    ),
    headline_angles=(
        "Rest, Fluids and Patience",
        "Why Antibiotics Don't Help",
        "When a Cold Needs a Doctor",
    ),
    symptoms=(
        "I have a runny nose, a scratchy throat and I keep sneezing.",
        "My cold started with a sore throat, and now my nose is blocked.",
        "I feel achy and tired with a mild temperature.",
        "Food tastes of nothing and I feel run down.",
    ),
    details=(
        "Everyone at home has had it.",
        "My mucus has turned green.",
        "I have no trouble breathing.",
        "I have an important trip next week.",
    ),
    tried=(
        "I've been taking vitamin C and zinc.",
        "Paracetamol and honey with lemon help.",
        "I used a decongestant spray for a few days.",
    ),
    asks=(
        "Do I need antibiotics?",
        "When should I worry about a cold?",
        "How can I get better faster?",
    ),
    causes=(
        "A runny nose, sore throat and sneezing are typical of a common cold, caused by "
        "a virus, which antibiotics do not treat.",
        "Green mucus is common in colds and does not by itself mean a bacterial infection.",
        "A cough can last two to three weeks after the cold itself has gone.",
    ),
    advice=(
        "Rest, fluids and simple painkillers are the mainstay.",
        "Saline sprays ease a blocked nose; decongestant sprays should be used for only "
        "a few days.",
        "Wash your hands often to avoid passing it on.",
    ),
    red_flags=(
        "breathlessness",
        "a fever lasting more than three days",
        "chest pain",
        "symptoms that improve and then get much worse",
    ),
    related=("Seasonal Allergies",),
    course="acute",
)

FATIGUE = TopicContent(
    name="Fatigue",
    description=(
        "Tiredness that does not go away with rest, with causes ranging from sleep and "
        "stress to anaemia, thyroid problems and depression."
    ),
    weight=9,
    titles=(
        "Always tired",
        "Exhausted even after sleeping",
        "No energy at all",
        "Tired all the time, blood tests normal",
        "Tired for no reason",
        "Wiped out every day",
    ),
    headlines=(
        "Tired All the Time: Where to Start",
        "Fatigue With Normal Blood Tests",
        "Common Medical Causes of Exhaustion",
    ),
    headline_subjects=(
        "Constant Tiredness",
        "Exhaustion",
        "Low Energy",
    ),
    headline_angles=(
        "Sleep, Mood or Something Medical?",
        "Blood Tests Worth Doing",
        "Getting Your Energy Back",
    ),
    symptoms=(
        "I feel exhausted all the time, even after eight hours of sleep.",
        "By mid-afternoon I can barely keep my eyes open.",
        "I have no energy for anything and everything feels like an effort.",
        "I get tired much faster than I used to, even walking to the shops.",
    ),
    details=(
        "I rely on coffee to get through the afternoon.",
        "I've been under a lot of pressure at work.",
        "I eat very little meat.",
        "I snore and wake up with a dry mouth.",
    ),
    tried=(
        "I cut down on caffeine and go to bed earlier.",
        "I've been taking a multivitamin.",
        "My blood count and thyroid test were normal last year.",
    ),
    asks=(
        "Which blood tests should I ask for?",
        "Could this be chronic fatigue syndrome?",
        "How do I find out what's causing it?",
    ),
    causes=(
        "Ongoing tiredness has many possible causes, and poor sleep, stress and low mood "
        "are among the most common.",
        "Iron deficiency anaemia, especially with heavy periods or a low-meat diet, is "
        "a frequent and treatable cause.",
        "An underactive thyroid, diabetes, sleep apnea and vitamin deficiencies should "
        "also be considered.",
    ),
    advice=(
        "A blood count, iron stores, thyroid function, blood sugar and vitamin D cover "
        "the common medical causes.",
        "A regular sleep schedule and gentle, increasing activity often help.",
        "Tell your doctor about your mood and stress too; they matter as much as the blood tests.",
    ),
    red_flags=(
        "unexplained weight loss",
        "night sweats",
        "breathlessness",
        "very low mood",
    ),
    related=("Vitamin D Deficiency",),
    ages=("20~29", "20~29", "30~39", "30~39", "40~49", "50~59", "60~69"),
)

SEASONAL_ALLERGIES = TopicContent(
    name="Seasonal Allergies",
    description=(
        "Hay fever, with sneezing, an itchy runny nose and itchy eyes at pollen time, "
        "recurring each year."
    ),
    weight=6,
    titles=(
        "Hay fever every spring",
        "Sneezing and itchy eyes",
        "Allergy tablets not working",
        "Hay fever started in adulthood",
        "Sneezing fits in spring",
        "Itchy eyes and runny nose",
    ),
    headlines=(
        "Hay Fever: Getting Ahead of the Pollen Season",
        "When Antihistamines Are Not Enough",
        "Adult-Onset Hay Fever",
    ),
    headline_subjects=(
        "Hay Fever",
        "Pollen Allergy",
        "Spring Allergies",
    ),
    headline_angles=(
        "Sprays, Tablets and Timing",
        "Allergy Tests and Immunotherapy",
        "Getting Ahead of the Season",
    ),
    symptoms=(
        "Every spring I sneeze non-stop and my nose runs like a tap.",
        "My eyes itch and water when I'm outside.",
        "The roof of my mouth and my throat itch.",
        "My nose is blocked for weeks in early summer.",
    ),
    details=(
        "It's worse on dry, windy days.",
        "I never had allergies as a child.",
        "I also wheeze a little when the pollen is high.",
        "It affects my sleep and concentration.",
    ),
    tried=(
        "I take an antihistamine tablet every morning.",
        "I shower and change clothes after being outside.",
        "A nasal spray helped, but I stopped after a few days.",
    ),
    asks=(
        "Is there a stronger treatment?",
        "Should I have allergy tests?",
        "Can hay fever be cured?",
    ),
    causes=(
        "Sneezing, an itchy runny nose and itchy eyes at the same time each year are "
        "typical of hay fever from tree or grass pollen.",
        "Hay fever can start at any age, including in adulthood.",
        "Wheezing during the pollen season may be allergic asthma and should be checked.",
    ),
    advice=(
        "A steroid nasal spray used every day, starting two weeks before the season, is "
        "the most effective treatment.",
        "Antihistamine eye drops help itchy eyes.",
        "For severe hay fever, allergen immunotherapy can reduce symptoms over years.",
    ),
    red_flags=(
        "wheezing",
        "breathlessness",
        "swelling of the face or throat",
    ),
    related=("Common Cold",),
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49", "50~59"),
    course="recent",
    onsets=(
        "It comes back every year at the same time.",
        "This season it started {duration} ago.",
        "It has been like this every spring for years.",
    ),
)

WEIGHT_LOSS = TopicContent(
    name="Unexplained Weight Loss",
    description=(
        "Losing weight without trying, which always deserves a medical check for causes "
        "such as diabetes, thyroid disease or other illnesses."
    ),
    weight=3,
    titles=(
        "Losing weight without trying",
        "Lost five kilos without trying",
        "Weight dropping and no appetite",
        "Unexplained weight loss",
        "Losing weight and tired",
        "Clothes getting loose",
    ),
    headlines=(
        "Losing Weight Without Trying: Why It Needs Checking",
        "Weight Loss and Loss of Appetite",
        "The Tests Doctors Use for Unexplained Weight Loss",
    ),
    headline_subjects=(
        "Losing Weight Without Trying",
        "Weight Loss and Poor Appetite",
        "Sudden Weight Loss",
    ),
    headline_angles=(
        "Why It Always Needs Checking",
        "The Tests Doctors Use",
        "Thyroid, Diabetes and Other Causes",
    ),
    symptoms=(
        "I've lost about five kilos without changing my diet.",
        "My clothes are getting loose, and I'm not trying to lose weight.",
        "I've lost my appetite and feel full quickly.",
        "I'm losing weight even though I'm eating more than usual.",
    ),
    details=(
        "I'm also very thirsty.",
        "My heart races and my hands shake a little.",
        "I've been feeling low since my partner died.",
        "I sweat at night.",
    ),
    tried=(
        "I've been adding snacks between meals.",
        "I weighed myself every week to be sure.",
        "I haven't had any blood tests yet.",
    ),
    asks=(
        "What could cause this?",
        "Which tests should I have?",
        "How worried should I be?",
    ),
    causes=(
        "Losing more than five percent of your weight over six to twelve months without "
        "trying should always be looked into.",
        "Weight loss with increased appetite, thirst or a racing heart points to "
        "diabetes or an overactive thyroid.",
        "Depression, digestive problems and, less often, cancer can also cause weight loss.",
    ),
    advice=(
        "Blood tests including blood count, sugar, thyroid and liver function are the usual start.",
        "Record your weight and any other symptoms for your doctor.",
        "Further tests, such as a scan or endoscopy, depend on what the first results show.",
    ),
    red_flags=(
        "difficulty swallowing",
        "blood in the stool",
        "persistent vomiting",
        "drenching night sweats",
    ),
    related=("Fatigue", "Swollen Lymph Nodes"),
    ages=("30~39", "40~49", "50~59", "60~69", "60~69", "70~79", "80+"),
    course="recent",
)

VITAMIN_D = TopicContent(
    name="Vitamin D Deficiency",
    description=(
        "Low levels of vitamin D, common in winter and with little sun, which can cause "
        "aches and weak bones."
    ),
    weight=4,
    titles=(
        "Low vitamin D result",
        "How much vitamin D should I take?",
        "Vitamin D and tiredness",
        "Vitamin D deficiency",
        "Vitamin D level low",
        "Low vitamin D and aching bones",
    ),
    headlines=(
        "Low Vitamin D: How Much to Take and for How Long",
        "Vitamin D in Winter",
        "Does Low Vitamin D Cause Tiredness?",
    ),
    headline_subjects=(
        "Low Vitamin D",
        "Vitamin D Results",
        "Vitamin D Shortage",
    ),
    headline_angles=(
        "How Much to Take",
        "Sunlight, Diet and Supplements",
        "Tiredness, Aches and Bones",
    ),
    symptoms=(
        "My blood test showed a vitamin D level of 18 nmol/L.",
        "My bones and muscles ache and my vitamin D came back low.",
        "I was told my vitamin D is insufficient at a routine check.",
        "I feel weak climbing stairs and my vitamin D is very low.",
    ),
    details=(
        "I work indoors and rarely go out in daylight.",
        "I cover most of my skin when outside.",
        "I have darker skin and live in a northern country.",
        "I don't eat fish or dairy.",
    ),
    tried=(
        "I've been taking 400 units a day for a month.",
        "I try to sit outside at lunchtime.",
        "I bought a high-dose supplement online but haven't started it.",
    ),
    asks=(
        "What dose of vitamin D should I take?",
        "Is it possible to take too much?",
        "Will this fix my tiredness?",
    ),
    causes=(
        "Low vitamin D is very common in people who get little sun on the skin, "
        "especially in winter and with darker skin.",
        "Severe deficiency can cause bone pain and muscle weakness (osteomalacia).",
        "Low vitamin D is often found alongside tiredness but is not always its cause.",
    ),
    advice=(
        "A loading course, followed by a daily maintenance dose, corrects most "
        "deficiencies; your doctor will advise the dose.",
        "Very high doses taken for long periods can be harmful, so don't exceed the "
        "recommended amount.",
        "Recheck the level after about three months of treatment.",
    ),
    red_flags=(
        "bone pain that keeps getting worse",
        "difficulty walking",
        "muscle cramps with tingling",
    ),
    related=("Fatigue",),
    course="recent",
    max_symptoms=1,
    onsets=(
        "I got the result {duration} ago.",
        "The test was done {duration} ago.",
        "My GP suggested a supplement but didn't say how much to take.",
    ),
)

LYMPH_NODES = TopicContent(
    name="Swollen Lymph Nodes",
    description=(
        "Enlarged glands in the neck, armpit or groin, usually reacting to an infection "
        "and settling within a few weeks."
    ),
    weight=5,
    titles=(
        "Swollen glands",
        "Swollen lymph node",
        "Lymph node not going down",
        "A lump that worries me",
        "Lump in my neck",
        "Swollen gland under my jaw",
    ),
    headlines=(
        "Swollen Glands: When a Neck Lump Needs Checking",
        "Lymph Nodes After an Infection",
        "A Lump in the Armpit",
    ),
    headline_subjects=(
        "Swollen Glands",
        "A Lump Under the Skin",
        "Enlarged Lymph Nodes",
    ),
    headline_angles=(
        "Reactive or Worrying?",
        "How Long to Wait Before a Check",
        "When an Ultrasound Helps",
    ),
    symptoms=(
        "I found a pea-sized lump under my {side} jaw that moves when I press it.",
        "The glands in my neck have been swollen since a sore throat.",
        "There's a small, tender lump in my {side} armpit.",
        "I can feel a lump in my groin that is a little sore.",
    ),
    details=(
        "The lump feels soft and rubbery.",
        "I have no fever or weight loss.",
        "I had a dental infection recently.",
        "I had a cat scratch on my arm a few weeks ago.",
    ),
    tried=(
        "I've been checking it every day.",
        "A course of antibiotics didn't change its size.",
        "I measured it with a ruler: about one centimetre.",
    ),
    asks=(
        "Could this be lymphoma?",
        "How long should I wait before getting it checked?",
        "Do I need an ultrasound?",
    ),
    causes=(
        "Small, soft, mobile lymph nodes that appear after an infection are usually "
        "reactive and shrink within two to six weeks.",
        "Tender nodes usually point to nearby inflammation, such as a throat, skin or "
        "tooth infection.",
        "Hard, fixed or growing nodes, or nodes with fever, night sweats and weight loss, "
        "need further investigation.",
    ),
    advice=(
        "If a node is still present after four to six weeks, see your doctor.",
        "An ultrasound can assess the node's size and structure.",
        "Avoid pressing on it repeatedly, which can keep it sore.",
    ),
    red_flags=(
        "a node larger than two centimetres",
        "a hard or fixed lump",
        "night sweats",
        "unexplained weight loss",
    ),
    related=("Common Cold", "Unexplained Weight Loss"),
    course="recent",
    max_symptoms=1,
)

FAMILY_MEDICINE = SpecialtyContent(
    name="Family Medicine",
    slug="family-medicine",
    description=(
        "General practice for all ages: colds, tiredness, allergies, swollen glands and "
        "anything that needs a first look before a specialist."
    ),
    clinic="a family medicine clinic",
    practitioner="family physician",
    weight=12,
    ages=("10~19", "20~29", "30~39", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"),
    topics=(COMMON_COLD, FATIGUE, SEASONAL_ALLERGIES, WEIGHT_LOSS, VITAMIN_D, LYMPH_NODES),
)

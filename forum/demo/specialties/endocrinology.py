from ..types import SpecialtyContent, TopicContent

THYROID_NODULES = TopicContent(
    name="Thyroid Nodules",
    description=(
        "Lumps within the thyroid gland, very common and mostly benign, assessed with "
        "ultrasound and sometimes a needle test."
    ),
    weight=6,
    titles=(
        "Lump in my thyroid",
        "Thyroid nodule",
        "Thyroid nodule worries",
        "Does my nodule need a biopsy?",
        "Nodule found on a neck scan",
        "Lump at the front of my neck",
    ),
    headlines=(
        "Thyroid Nodules: Mostly Harmless, Sometimes Tested",
        "What a Thyroid Ultrasound Report Means",
        "Needle Tests for Thyroid Lumps",
    ),
    headline_subjects=(
        "A Lump in the Thyroid",
        "Thyroid Lumps",
        "Nodules in the Thyroid",
    ),
    headline_angles=(
        "Ultrasound Reports Explained",
        "Who Needs a Needle Biopsy",
        "Follow-Up Scans and Surgery",
    ),
    symptoms=(
        "An ultrasound found a 1.5 cm nodule in the {side} side of my thyroid.",
        "I noticed a small lump at the front of my neck when I swallow.",
        "My report says I have several small thyroid nodules.",
        "A scan for my neck pain found a thyroid nodule by chance.",
    ),
    details=(
        "My thyroid blood tests are normal.",
        "I don't have trouble swallowing or breathing.",
        "The report mentions 'TI-RADS 3'.",
        "My aunt had thyroid surgery.",
    ),
    tried=(
        "I've been avoiding iodised salt since I read about it online.",
        "I asked for a repeat ultrasound in six months.",
        "I haven't had a needle test yet.",
    ),
    asks=(
        "Could this be thyroid cancer?",
        "Do I need a fine-needle biopsy?",
        "Will the nodule need surgery?",
    ),
    causes=(
        "Thyroid nodules are found in many adults on ultrasound, and more than nine in "
        "ten are benign.",
        "The ultrasound appearance and size decide whether a fine-needle test is "
        "needed; scoring systems such as TI-RADS guide this.",
        "Blood tests show whether the nodule is affecting thyroid hormone levels.",
    ),
    advice=(
        "Low-risk nodules are usually just followed with repeat ultrasound.",
        "A fine-needle aspiration is a quick outpatient test for suspicious nodules.",
        "There is no need to avoid iodised salt.",
    ),
    red_flags=(
        "a lump growing quickly",
        "a hoarse voice",
        "difficulty swallowing",
    ),
    related=("Hypothyroidism",),
    ages=("30~39", "40~49", "40~49", "50~59", "50~59", "60~69", "70~79"),
    course="recent",
    max_symptoms=1,
    onsets=(
        "The scan was {duration} ago.",
        "I got the report {duration} ago.",
        "I'm waiting for a follow-up appointment.",
    ),
)

HYPOTHYROIDISM = TopicContent(
    name="Hypothyroidism",
    description=(
        "An underactive thyroid gland, causing tiredness, weight gain, cold intolerance "
        "and dry skin, treated with thyroid hormone tablets."
    ),
    weight=7,
    titles=(
        "High TSH on blood test",
        "Tired and always cold",
        "Levothyroxine dose questions",
        "Underactive thyroid",
        "Underactive thyroid symptoms",
        "Thyroid levels slightly off",
    ),
    headlines=(
        "Underactive Thyroid: Symptoms and Treatment",
        "Understanding TSH and Thyroxine Results",
        "Still Tired on Thyroid Tablets",
    ),
    headline_subjects=(
        "An Underactive Thyroid",
        "A Raised TSH",
        "Low Thyroid Function",
    ),
    headline_angles=(
        "Getting the Dose Right",
        "Why Tiredness Can Linger",
        "Tablets for Life?",
    ),
    symptoms=(
        "My latest blood test showed a TSH of 8, even though I take my thyroid tablets.",
        "I'm tired all the time, feel cold when others are warm and my skin is dry.",
        "I've put on weight even though I eat the same.",
        "I've been on levothyroxine for a while, but I still feel sluggish.",
    ),
    details=(
        "My thyroid antibodies were positive.",
        "I take my tablet with my morning coffee.",
        "My hair has become thin and dry.",
        "My mother has thyroid disease too.",
    ),
    tried=(
        "I take iron tablets at the same time as my thyroid tablet.",
        "I've tried to exercise more, but I feel exhausted.",
        "My dose was increased two months ago.",
    ),
    asks=(
        "Do I need to take tablets for life?",
        "Why am I still tired when I take my tablets every day?",
        "When is the best time to take levothyroxine?",
    ),
    causes=(
        "A raised TSH with tiredness, feeling cold and weight gain points to an "
        "underactive thyroid, most often from autoimmune thyroiditis.",
        "Coffee, calcium and iron taken close to levothyroxine reduce how much is absorbed.",
        "Persistent tiredness with normal levels can have other causes, such as anaemia, "
        "low vitamin D or poor sleep.",
    ),
    advice=(
        "Take levothyroxine on an empty stomach, thirty to sixty minutes before breakfast, "
        "away from iron and calcium.",
        "Check TSH six to eight weeks after any change in dose.",
        "Autoimmune hypothyroidism usually needs lifelong treatment, which is safe.",
    ),
    red_flags=(
        "chest pain after starting tablets",
        "a racing heart",
        "severe drowsiness or confusion",
    ),
    related=("Thyroid Nodules",),
    ages=("20~29", "30~39", "30~39", "40~49", "40~49", "50~59", "60~69", "70~79"),
    genders=("female", "female", "female", "female", "male", "male", "undisclosed"),
    course="lasting",
    onsets=(
        "I was diagnosed {duration} ago.",
        "My dose has been changed twice since I was diagnosed.",
        "My thyroid was found to be underactive {duration} ago.",
    ),
)

PREDIABETES = TopicContent(
    name="Prediabetes",
    description=(
        "Blood sugar higher than normal but below the diabetes range, a warning sign "
        "that lifestyle changes can often reverse."
    ),
    weight=5,
    titles=(
        "HbA1c 6.0",
        "Borderline blood sugar",
        "Told I'm prediabetic",
        "Fasting glucose slightly high",
        "Blood sugar a bit high",
        "Borderline diabetes result",
    ),
    headlines=(
        "Prediabetes: A Chance to Turn Things Around",
        "Borderline Blood Sugar Results Explained",
        "Preventing Type 2 Diabetes",
    ),
    headline_subjects=(
        "Borderline Blood Sugar",
        "A Raised HbA1c",
        "High-Normal Blood Sugar",
    ),
    headline_angles=(
        "Turning It Around",
        "Diet, Exercise and Metformin",
        "How Often to Check",
    ),
    symptoms=(
        "My HbA1c came back at 6.0 percent at my annual check.",
        "My fasting blood sugar was 6.3 mmol/L.",
        "My doctor said I'm prediabetic, but I feel completely well.",
        "My blood sugar has crept up over the last three checks.",
    ),
    details=(
        "Diabetes runs in my family.",
        "I've gained weight around my middle.",
        "I work long hours and eat a lot of takeaway food.",
        "My blood pressure is borderline too.",
    ),
    tried=(
        "I cut out sugary drinks.",
        "I started walking after dinner.",
        "I bought a glucose meter to test at home.",
    ),
    asks=(
        "Can prediabetes be reversed?",
        "Do I need metformin?",
        "How often should I check my blood sugar?",
    ),
    causes=(
        "An HbA1c between 5.7 and 6.4 percent or a fasting glucose just above normal "
        "counts as prediabetes.",
        "Weight around the waist, inactivity and family history make the body less "
        "sensitive to insulin.",
        "Diabetes in an earlier pregnancy raises the lifelong risk of type 2 diabetes.",
    ),
    advice=(
        "Losing five to seven percent of body weight and 150 minutes of activity a week "
        "cut the risk of diabetes by about half.",
        "Repeat the HbA1c once a year.",
        "Metformin is sometimes considered for people at particularly high risk.",
    ),
    red_flags=(
        "constant thirst",
        "passing large amounts of urine",
        "unexplained weight loss",
    ),
    related=("Type 2 Diabetes",),
    ages=("30~39", "40~49", "40~49", "50~59", "50~59", "60~69"),
    course="recent",
    onsets=(
        "The result came back {duration} ago.",
        "My doctor wants to recheck it in a few months.",
        "I had the test as part of a work health check.",
    ),
)

TYPE_2_DIABETES = TopicContent(
    name="Type 2 Diabetes",
    description=(
        "A long-term condition with high blood sugar from insulin resistance, managed "
        "with lifestyle, tablets and sometimes injections."
    ),
    weight=8,
    titles=(
        "Newly diagnosed with diabetes",
        "Blood sugar still high on metformin",
        "Diabetes and tingling feet",
        "Should I start insulin?",
        "Sugar levels hard to control",
        "New to diabetes medication",
    ),
    headlines=(
        "Newly Diagnosed Type 2 Diabetes: First Steps",
        "When Metformin Is Not Enough",
        "Protecting Your Feet, Eyes and Kidneys in Diabetes",
    ),
    headline_subjects=(
        "High Blood Sugar",
        "Diabetes",
        "Living With Type 2 Diabetes",
    ),
    headline_angles=(
        "Targets, Tablets and Insulin",
        "Can It Go Into Remission?",
        "Protecting Feet, Eyes and Kidneys",
    ),
    symptoms=(
        "I was diagnosed with type 2 diabetes last month with an HbA1c of 8.2.",
        "I take metformin twice a day, but my readings are still around 10 in the morning.",
        "My feet tingle and feel numb at night.",
        "I'm thirsty all the time and get up at night to pass urine.",
    ),
    details=(
        "Metformin upsets my stomach.",
        "I'm overweight and find it hard to exercise with my knees.",
        "My blood pressure is also high.",
        "I haven't had an eye check yet.",
    ),
    tried=(
        "I cut down on rice and bread.",
        "I've lost four kilos since I was diagnosed.",
        "I check my sugar every morning.",
    ),
    asks=(
        "Will I need insulin?",
        "Can type 2 diabetes go into remission?",
        "What should my blood sugar targets be?",
    ),
    causes=(
        "Type 2 diabetes happens when the body becomes resistant to insulin and the "
        "pancreas cannot keep up, which is strongly linked to weight and genes.",
        "Tingling and numbness in the feet can be an early sign of nerve damage from "
        "high blood sugar.",
        "Stomach upset with metformin is common and often improves with the slow-release form.",
    ),
    advice=(
        "An HbA1c target around 7 percent suits most people, adjusted individually.",
        "Newer medicines can help with weight and protect the heart and kidneys.",
        "Have your eyes, feet and kidneys checked every year.",
        "Significant weight loss can put type 2 diabetes into remission.",
    ),
    red_flags=(
        "a foot wound that won't heal",
        "blood sugar over 20 mmol/L",
        "vomiting and drowsiness",
        "sudden changes in vision",
    ),
    related=("Prediabetes",),
    ages=("40~49", "40~49", "50~59", "50~59", "60~69", "60~69", "70~79", "80+"),
    onsets=(
        "I'm trying hard to get my numbers down.",
        "My next check-up is in three months.",
        "I feel well most of the time, which makes it hard to take seriously.",
    ),
)

PCOS = TopicContent(
    name="Polycystic Ovary Syndrome",
    description=(
        "A common hormonal condition with irregular periods, excess hair or acne, and "
        "often insulin resistance."
    ),
    weight=3,
    titles=(
        "Could I have PCOS?",
        "PCOS and weight gain",
        "Irregular periods and facial hair",
        "PCOS diagnosis questions",
        "Irregular periods and acne",
        "Hormone imbalance and weight",
    ),
    headlines=(
        "PCOS: Irregular Cycles, Hair Growth and Hormones",
        "Managing Weight and Insulin in PCOS",
        "How PCOS Is Diagnosed",
    ),
    headline_subjects=(
        "PCOS",
        "Irregular Cycles and Extra Hair",
        "Polycystic Ovaries",
    ),
    headline_angles=(
        "How It Is Diagnosed",
        "Weight, Insulin and Hormones",
        "Fertility With PCOS",
    ),
    symptoms=(
        "My periods come only every two or three months.",
        "I have dark hairs on my chin and upper lip that I have to remove weekly.",
        "My ultrasound showed many small follicles on both ovaries.",
        "I've gained weight easily around my middle and struggle to lose it.",
    ),
    details=(
        "I have acne along my jaw.",
        "My testosterone was slightly high.",
        "We'd like to have children in a few years.",
        "My sister has PCOS.",
    ),
    tried=(
        "I was offered the pill but I'm not sure about it.",
        "I tried an inositol supplement.",
        "I've started strength training.",
    ),
    asks=(
        "Do I have PCOS?",
        "Will PCOS make it hard to get pregnant?",
        "What treatment do you recommend?",
    ),
    causes=(
        "Irregular periods together with signs of raised male hormones, such as extra "
        "hair or acne, are the core features of PCOS.",
        "Many follicles on an ultrasound alone do not make the diagnosis; they are common "
        "in young women.",
        "Insulin resistance is common in PCOS and makes weight gain easier.",
    ),
    advice=(
        "Treatment depends on your goals: regulating periods, reducing hair, managing "
        "weight or pregnancy.",
        "Even modest weight loss, if needed, often makes cycles more regular.",
        "Most women with PCOS can conceive, sometimes with help to ovulate.",
    ),
    red_flags=(
        "no periods for more than three months",
        "rapidly increasing hair growth",
        "a deepening voice",
    ),
    related=("Prediabetes",),
    ages=("10~19", "20~29", "20~29", "30~39", "30~39"),
    genders=("female",),
    course="lasting",
)

ENDOCRINOLOGY = SpecialtyContent(
    name="Endocrinology",
    slug="endocrinology",
    description=(
        "Hormones and metabolism: the thyroid, blood sugar and diabetes, and hormonal "
        "conditions such as polycystic ovaries."
    ),
    clinic="an endocrinology clinic",
    practitioner="endocrinologist",
    weight=7,
    ages=("20~29", "30~39", "40~49", "50~59", "60~69", "70~79"),
    topics=(THYROID_NODULES, HYPOTHYROIDISM, PREDIABETES, TYPE_2_DIABETES, PCOS),
)

"""Pediatrics: a parent writes about a child (see TopicContent for the placeholders)."""

from ..types import SpecialtyContent, TopicContent

CHILD_FEVER = TopicContent(
    name="Fever in Children",
    description=(
        "A temperature of 38 °C or more in a child, most often from a viral infection, "
        "judged by how the child looks and behaves as much as by the number."
    ),
    weight=10,
    titles=(
        "Child with high fever",
        "Fever and off food",
        "Fever keeps coming back after medicine",
        "My child's temperature is 39.5",
        "Temperature spiking at night",
        "Feverish and clingy",
    ),
    headlines=(
        "Fever in Young Children: When to Worry",
        "High Temperature in a Toddler: Home Care and Warning Signs",
        "Fever That Returns Between Doses",
    ),
    headline_subjects=(
        "A Child's High Temperature",
        "Toddler Fevers",
        "Feverish Children",
    ),
    headline_angles=(
        "Home Care and Warning Signs",
        "Medicines, Fluids and Rest",
        "When to Go to the Emergency Department",
    ),
    symptoms=(
        "{Kid} has a fever that goes up to 39.5 °C.",
        "{Kid}'s temperature goes down with medicine but comes back after a few hours.",
        "{Kid} is hot, flushed and more sleepy than usual.",
        "{Kid} has a runny nose with it, and {pr} didn't want breakfast.",
    ),
    details=(
        "When the fever is down, {pr} can still play and laugh.",
        "{Pr} has been drinking, though less than usual.",
        "Several children at daycare have been ill.",
        "There's no rash that we can see.",
    ),
    tried=(
        "We give paracetamol and ibuprofen at the right doses.",
        "We keep {obj} in light clothes and offer drinks often.",
        "We sponged {obj} with lukewarm water.",
    ),
    asks=(
        "When should we take {obj} to the emergency department?",
        "Is it dangerous that the fever is so high?",
        "Does {pr} need antibiotics?",
    ),
    causes=(
        "Most fevers in young children are caused by viral infections and settle within "
        "three days.",
        "How high the number is matters less than how {child} looks, drinks and behaves "
        "between doses.",
        "A fever that returns as medicine wears off is normal and does not mean the "
        "treatment has failed.",
    ),
    advice=(
        "Fever medicine is for comfort, not to bring the number down to normal.",
        "Offer small drinks often and watch the number of wet nappies.",
        "See a doctor if the fever lasts more than five days or {child} seems to be getting worse.",
    ),
    red_flags=(
        "a rash that does not fade when pressed with a glass",
        "unusual drowsiness or floppiness",
        "fast or difficult breathing",
        "fewer wet nappies than usual",
        "any fever in a baby under three months",
    ),
    related=("Persistent Cough in Children", "Childhood Rashes"),
    child_months=(6, 60),
    course="acute",
    onsets=(
        "It started the day before yesterday.",
        "The fever began yesterday afternoon.",
        "This is the third day of the fever.",
        "It all started two days ago with a runny nose.",
    ),
)

COLIC = TopicContent(
    name="Infant Colic",
    description=(
        "Long bouts of crying in a healthy baby, usually in the evenings, starting in "
        "the first weeks and easing by three to four months."
    ),
    weight=6,
    titles=(
        "Baby cries every evening",
        "Colic in my baby",
        "Baby screaming and pulling up legs",
        "Inconsolable crying",
        "Crying for hours every night",
        "Our baby won't stop crying",
    ),
    headlines=(
        "Evening Crying Spells: Understanding Colic",
        "Coping With a Colicky Baby",
        "Crying Babies: Colic or Something Else?",
    ),
    headline_subjects=(
        "Evening Crying Spells",
        "A Baby Who Won't Settle",
        "Colicky Babies",
    ),
    headline_angles=(
        "Colic or Something Else?",
        "Soothing Tips for Tired Parents",
        "When It Usually Stops",
    ),
    symptoms=(
        "{Kid} cries for hours every evening and nothing seems to settle {obj}.",
        "During crying spells {pr} goes red, clenches {pos} fists and pulls up {pos} legs.",
        "{Kid} seems fine during the day but screams from about six until ten at night.",
    ),
    details=(
        "{Pr} has been feeding well and gaining weight.",
        "We're breastfeeding, with one bottle of formula at night.",
        "{Pr} spits up a little after feeds.",
        "We're exhausted and taking turns to walk {obj} around.",
    ),
    tried=(
        "We tried colic drops from the pharmacy.",
        "Rocking and a car ride sometimes work.",
        "We changed formula once already.",
    ),
    asks=(
        "Is this colic, or could {pr} be in pain?",
        "When will it stop?",
        "Should we change {pos} milk?",
    ),
    causes=(
        "Long crying spells in the evening in a baby who feeds and grows well are typical "
        "of colic, which peaks around six weeks and eases by three to four months.",
        "The exact cause of colic is not known; it is not a sign of bad parenting.",
        "Reflux or cow's milk protein allergy are considered when there is vomiting, "
        "poor weight gain, blood in the stool or eczema.",
    ),
    advice=(
        "Holding, gentle rocking, white noise and a warm bath can help.",
        "Changing formula repeatedly rarely helps unless an allergy is suspected.",
        "It is fine to put {child} down safely and take a few minutes' break when you "
        "feel overwhelmed.",
    ),
    red_flags=(
        "a high-pitched or weak cry",
        "vomiting green fluid",
        "blood in the nappy",
        "poor feeding",
    ),
    related=("Teething",),
    child_months=(1, 4),
)

TEETHING = TopicContent(
    name="Teething",
    description=(
        "The arrival of baby teeth from around six months, with drooling, chewing and "
        "some fussiness."
    ),
    weight=4,
    titles=(
        "Teething and fussiness",
        "Is teething causing a fever?",
        "Swollen gums",
        "Teething and poor sleep",
        "Drooling and chewing everything",
        "Grumpy while teeth come through",
    ),
    headlines=(
        "Teething Symptoms: What Is Normal",
        "Does Teething Cause Fever?",
        "Soothing Sore Gums",
    ),
    headline_subjects=(
        "Sore Gums",
        "New Teeth",
        "Teething Troubles",
    ),
    headline_angles=(
        "What Is Normal and What Isn't",
        "Soothing Without Gels",
        "Teething and Sleep",
    ),
    symptoms=(
        "{Kid} is drooling a lot and chewing on everything.",
        "{Kid}'s gums look swollen and {pr} won't settle at night.",
        "{Kid} has been grumpy and off {pos} food, and I can see a tooth coming through.",
    ),
    details=(
        "{Pr} had a slightly raised temperature of 37.8.",
        "{Pr} has a mild nappy rash too.",
        "This is {pos} first tooth.",
        "{Pr} keeps pulling at {pos} ear.",
    ),
    tried=(
        "We give {obj} a cold teething ring.",
        "We tried a teething gel.",
        "We gave one dose of paracetamol at night.",
    ),
    asks=(
        "Can teething cause fever and diarrhoea?",
        "How can we help {obj} sleep?",
        "Are teething gels safe?",
    ),
    causes=(
        "Drooling, chewing and some irritability are normal with teething, and a slight "
        "rise in temperature can happen.",
        "A real fever above 38 °C, diarrhoea or a child who seems ill should not be put "
        "down to teething.",
        "Ear pulling is common in teething babies and is not always an ear infection.",
    ),
    advice=(
        "Chilled (not frozen) teething rings and gentle gum massage help.",
        "Paracetamol or ibuprofen can be used occasionally for pain at the right dose.",
        "Avoid teething necklaces, which carry a choking risk.",
    ),
    red_flags=(
        "a fever over 38 °C",
        "refusing to drink",
        "unusual sleepiness",
    ),
    related=("Infant Colic", "Fever in Children"),
    child_months=(5, 24),
)

CHILD_RASHES = TopicContent(
    name="Childhood Rashes",
    description=(
        "Spots and rashes in children, most of them from harmless viral infections, a few "
        "needing prompt attention."
    ),
    weight=5,
    titles=(
        "Rash on my child's body",
        "Red spots on my child",
        "Worried about a rash",
        "Spots all over",
        "Spotty rash after a cold",
        "Itchy red rash on {kid}'s tummy",
    ),
    headlines=(
        "Rashes in Children: Common Causes and the Glass Test",
        "A Rash After the Fever Broke",
        "Blisters on the Hands, Feet and Mouth",
    ),
    headline_subjects=(
        "Spots on a Child",
        "Rashes With Fever",
        "Children's Skin Rashes",
    ),
    headline_angles=(
        "Viral Rashes and the Glass Test",
        "Contagious or Not?",
        "When a Rash Needs a Doctor",
    ),
    symptoms=(
        "{Kid} has small red spots all over {pos} tummy and back.",
        "After three days of high fever, a pink rash appeared on {kid}'s body.",
        "{Kid} has blisters on {pos} hands and feet and sores in {pos} mouth.",
        "{Kid} has itchy spots that turned into blisters and then crusts.",
    ),
    details=(
        "The spots fade when I press a glass against them.",
        "{Pr} seems happy and is eating normally.",
        "A few of the children {pr} plays with have chickenpox.",
        "{Pr} started a new antibiotic two days ago.",
    ),
    tried=(
        "We put calamine lotion on the itchy spots.",
        "We've kept {obj} at home for now.",
        "We gave an antihistamine syrup at night.",
    ),
    asks=(
        "What is this rash?",
        "Is it contagious, and when can {pr} be with other children again?",
        "Could this be a reaction to a medicine?",
    ),
    causes=(
        "Most rashes in children come with viral infections and fade on their own within a week.",
        "A pink rash appearing as a high fever ends is typical of roseola.",
        "Blisters on the hands, feet and mouth are typical of hand, foot and mouth "
        "disease, and itchy blisters that crust over suggest chickenpox.",
        "A rash starting after a new medicine may be a reaction and should be checked.",
    ),
    advice=(
        "Do the glass test: a rash that fades under pressure is reassuring.",
        "Keep nails short and use cool baths and calamine for itching.",
        "Ask your doctor before stopping any prescribed medicine.",
    ),
    red_flags=(
        "a rash that does not fade under a glass",
        "unusual drowsiness",
        "swelling of the lips or face",
        "blisters around the eyes",
    ),
    related=("Fever in Children",),
    child_months=(6, 120),
    course="acute",
    max_symptoms=1,
)

BEDWETTING = TopicContent(
    name="Bedwetting",
    description=(
        "Wetting the bed at night after the age of five, common and usually outgrown, "
        "with effective treatments when it causes distress."
    ),
    weight=3,
    titles=(
        "Bedwetting at school age",
        "Still wetting the bed",
        "Bedwetting worries",
        "Wet nights every week",
        "Wet bed most mornings",
        "Bedwetting and deep sleep",
    ),
    headlines=(
        "Bedwetting After Five: Causes and Treatments",
        "When a Dry Child Starts Wetting Again",
        "Bedwetting Alarms and Medication",
    ),
    headline_subjects=(
        "Wet Nights",
        "Night-Time Wetting",
        "Bedwetting in Children",
    ),
    headline_angles=(
        "Alarms, Medicines and Patience",
        "When It Starts Again",
        "How Parents Can Help",
    ),
    symptoms=(
        "{Kid} wets the bed most nights, though {pr} has been dry during the day for years.",
        "{Kid} had been dry at night for a year, and now the wet nights are back.",
        "{Kid} sleeps very deeply and doesn't wake when {pr} wets the bed.",
    ),
    details=(
        "{Pr} gets upset and won't go to sleepovers.",
        "{Pr} drinks a lot of juice in the evening.",
        "We recently moved house and {pr} started a new school.",
        "{Pos} father wet the bed until he was about ten.",
    ),
    tried=(
        "We wake {obj} to use the toilet before we go to bed.",
        "We limit drinks after six in the evening.",
        "We tried a reward chart.",
    ),
    asks=(
        "Is this normal at {pos} age?",
        "Would an alarm help?",
        "Should we see a specialist?",
    ),
    causes=(
        "Bedwetting is common in school-age children and often runs in families; most "
        "children outgrow it.",
        "Deep sleep, a small bladder capacity and producing a lot of urine at night all "
        "contribute.",
        "Wetting that returns after a dry period can follow stress, constipation or a "
        "urine infection.",
    ),
    advice=(
        "Avoid punishment; a calm, practical approach works best.",
        "A bedwetting alarm is the most effective long-term treatment for children over "
        "about seven.",
        "Treat constipation and check the urine for infection or sugar.",
    ),
    red_flags=(
        "wetting during the day",
        "constant thirst",
        "pain when passing urine",
        "weight loss",
    ),
    child_months=(60, 144),
    course="lasting",
    max_symptoms=1,
    onsets=(
        "It happens four or five nights a week.",
        "Some weeks are better than others.",
        "Most nights are wet, and only a few are dry.",
    ),
)

CHILD_COUGH = TopicContent(
    name="Persistent Cough in Children",
    description=(
        "A cough lasting weeks in a child, often after colds, sometimes from asthma or "
        "a lingering chest infection."
    ),
    weight=5,
    titles=(
        "Child coughing for weeks",
        "Night cough that keeps us all awake",
        "Cough that hangs on after a cold",
        "Rattly cough every morning",
        "Coughing fits at night",
        "Dry cough that won't settle",
    ),
    headlines=(
        "A Child's Cough That Won't Go Away",
        "Night-Time Coughing in Children",
        "Croup, Asthma or Another Cold?",
    ),
    headline_subjects=(
        "A Child's Lingering Cough",
        "Night Coughs in Children",
        "Coughs After Colds",
    ),
    headline_angles=(
        "Asthma, Croup or Another Cold?",
        "When a Chest X-Ray Is Needed",
        "How Long Is Normal?",
    ),
    symptoms=(
        "{Kid} has been coughing on and off, mostly at night.",
        "{Kid} coughs so hard at night that {pr} sometimes vomits.",
        "{Kid}'s cough sounds wet and rattly, especially in the morning.",
        "{Kid} caught a cold, and the cough has hung on ever since.",
    ),
    details=(
        "{Pr} coughs more after running around.",
        "{Pr} doesn't have a fever.",
        "Someone in the family smokes, though not indoors.",
        "{Pr} seems to catch every bug going round.",
    ),
    tried=(
        "Honey before bed helps a little.",
        "We use a humidifier in {pos} room.",
        "The doctor prescribed an antibiotic, which didn't change much.",
    ),
    asks=(
        "Could this be asthma?",
        "Does {pr} need a chest X-ray?",
        "Why does the cough last so long?",
    ),
    causes=(
        "Coughs after colds commonly last three to four weeks in young children, "
        "especially with back-to-back infections at daycare.",
        "Night cough and cough with exercise can be signs of asthma.",
        "A barking cough with a hoarse voice is typical of croup.",
        "Tobacco smoke, even on clothes, makes children's coughs last longer.",
    ),
    advice=(
        "Cough medicines are not recommended for young children; honey is fine over one year.",
        "See a doctor if the cough lasts more than four weeks.",
        "Keep {child} away from all tobacco smoke.",
    ),
    red_flags=(
        "noisy breathing at rest",
        "the skin between the ribs sucking in",
        "blue lips",
        "a cough with a high fever",
    ),
    related=("Fever in Children",),
    child_months=(12, 120),
    course="recent",
)

PEDIATRICS = SpecialtyContent(
    name="Pediatrics",
    slug="pediatrics",
    description=(
        "The health of babies, children and teenagers: fevers, rashes, crying babies, "
        "coughs and bedwetting."
    ),
    clinic="a pediatric clinic",
    practitioner="pediatrician",
    weight=10,
    ages=("0~9",),
    genders=("female", "female", "male", "male", "undisclosed"),
    topics=(CHILD_FEVER, COLIC, TEETHING, CHILD_RASHES, BEDWETTING, CHILD_COUGH),
    asked_by_parent=True,
)

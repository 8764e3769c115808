from ..types import SpecialtyContent, TopicContent

TENSION_HEADACHE = TopicContent(
    name="Tension Headache",
    description=(
        "A dull, pressing headache on both sides of the head, often linked to stress, "
        "poor sleep, long screen time or tight neck muscles."
    ),
    weight=9,
    titles=(
        "Headache every afternoon",
        "Band-like pressure around my head",
        "Constant dull headache",
        "Headaches at work",
        "Tight band across my forehead",
        "Daily dull headaches",
    ),
    headlines=(
        "Pressing Daily Headaches: Is It Tension-Type Headache?",
        "Why Stress and Screens Can Squeeze Your Head",
        "Dull Headaches That Come Back: Causes and Relief",
    ),
    headline_subjects=(
        "Tension Headaches",
        "Pressing Daily Headaches",
        "Band-Like Headaches",
    ),
    headline_angles=(
        "Stress, Screens and Stiff Necks",
        "Relief Without Daily Painkillers",
        "Does It Need a Scan?",
    ),
    symptoms=(
        "I get a dull ache across my forehead that feels like a tight band.",
        "Most afternoons my head feels heavy and pressed, on both sides.",
        "The pain starts at the back of my neck and creeps over the top of my head.",
        "My head feels as if someone is squeezing it, but it never throbs.",
        "The headache is there almost every day now, though never very severe.",
    ),
    details=(
        "It gets worse on days when I spend long hours at the computer.",
        "My shoulders and neck always feel stiff at the same time.",
        "It usually eases at the weekend when I'm more relaxed.",
        "I don't have nausea or any problems with my vision.",
    ),
    tried=(
        "Paracetamol helps a little, but I've been taking it most days.",
        "I tried drinking more water and cutting down on coffee, without much change.",
        "A massage helped for a day or two.",
    ),
    asks=(
        "Is this a tension headache, or should I be worried about something in my brain?",
        "Do I need a scan, or can this be managed on my own?",
        "Is it safe to keep taking painkillers this often?",
    ),
    causes=(
        "A pressing, two-sided headache with stiff neck muscles is most typical of "
        "tension-type headache.",
        "Stress, short sleep, long screen time and a forward head posture all keep the "
        "scalp and neck muscles tense.",
        "Taking painkillers on more than about ten days a month can itself keep a daily "
        "headache going (medication-overuse headache).",
    ),
    advice=(
        "Keep a headache diary for a few weeks, noting sleep, screen time and painkillers.",
        "Take regular breaks from the screen and stretch your neck and shoulders.",
        "Limit painkillers to a few days a week.",
        "Regular exercise and a steady sleep schedule reduce how often these headaches come.",
    ),
    red_flags=(
        "a sudden, very severe headache",
        "a headache with fever and a stiff neck",
        "new confusion or slurred speech",
        "headaches that wake you from sleep and keep getting worse",
    ),
    related=("Migraine",),
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49", "50~59"),
)

MIGRAINE = TopicContent(
    name="Migraine",
    description=(
        "Recurring attacks of throbbing, often one-sided headache, commonly with nausea "
        "and sensitivity to light; some people see a visual aura first."
    ),
    weight=7,
    titles=(
        "Throbbing headache with nausea",
        "Zigzag lines before headaches",
        "Migraines getting more frequent",
        "One-sided headache and vomiting",
        "Bad headaches with flashing lights",
        "Migraine with light sensitivity",
    ),
    headlines=(
        "Migraine With Aura: What the Flashing Lines Mean",
        "When Migraines Come More Often",
        "Throbbing One-Sided Headaches and How to Manage Them",
    ),
    headline_subjects=(
        "Migraine Attacks",
        "Throbbing One-Sided Headaches",
        "Headaches With Nausea",
    ),
    headline_angles=(
        "Triggers, Treatment and Prevention",
        "Why Early Treatment Works Best",
        "When to Consider Preventive Medicine",
    ),
    symptoms=(
        "A few times a month I get a pounding headache on the {side} side of my head.",
        "Before the headache starts I see shimmering zigzag lines for about twenty minutes.",
        "During an attack light and noise are unbearable and I have to lie in a dark room.",
        "My headaches come with nausea, and sometimes I vomit.",
    ),
    details=(
        "Bright screens and strong smells can set one off.",
        "Skipping meals or sleeping late on weekends seems to trigger them.",
        "My mother also had bad headaches when she was younger.",
        "Between attacks I feel completely normal.",
    ),
    tried=(
        "Ibuprofen works if I take it early, but not once the headache is strong.",
        "I was given a triptan once and it helped, but I don't have a regular prescription.",
        "I've cut out red wine and chocolate, with no clear difference.",
    ),
    asks=(
        "Is this migraine, and is there something to take so they happen less often?",
        "Are zigzag lines before a headache dangerous for my eyes or brain?",
        "Should I see a neurologist, or is this something my GP can handle?",
    ),
    causes=(
        "Recurring throbbing headaches with nausea and sensitivity to light are typical "
        "of migraine.",
        "Zigzag or shimmering lines that last under an hour and are followed by headache "
        "are a classic migraine aura.",
        "Hormonal changes, missed meals, irregular sleep and stress are common triggers.",
    ),
    advice=(
        "Treat attacks early, ideally at the first sign of pain.",
        "A diary of attacks and triggers helps your doctor choose treatment.",
        "If attacks happen more than four days a month, ask about preventive medication.",
        "Women who have migraine with aura should discuss it before starting combined "
        "hormonal contraception.",
    ),
    red_flags=(
        "an aura lasting more than an hour",
        "weakness of one side of the body",
        "the worst headache of your life",
        "a first migraine-like attack after the age of fifty",
    ),
    related=("Tension Headache", "Dizziness and Vertigo"),
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49"),
    genders=("female", "female", "female", "male", "undisclosed"),
    course="lasting",
)

EYELID_TWITCHING = TopicContent(
    name="Eyelid Twitching",
    description=(
        "Small involuntary flickers of the eyelid muscle, usually harmless and linked "
        "to tiredness, caffeine, stress or dry eyes."
    ),
    weight=10,
    titles=(
        "Eyelid twitching",
        "My eye keeps jumping",
        "Twitch under my eye that won't stop",
        "Lower eyelid flickering",
        "Annoying eyelid spasm",
        "Upper eyelid keeps twitching",
    ),
    headlines=(
        "Eyelid Twitches: Usually Harmless, Sometimes Worth a Check",
        "When an Eyelid Flicker Won't Settle",
        "Twitching Eyelids, Caffeine and Sleep",
    ),
    headline_subjects=(
        "Eyelid Twitches",
        "A Flickering Eyelid",
        "Twitching Under the Eye",
    ),
    headline_angles=(
        "Tiredness, Caffeine and Dry Eyes",
        "How Long Is Normal?",
        "When a Twitch Needs a Neurologist",
    ),
    symptoms=(
        "My {side} lower eyelid keeps flickering, several times an hour.",
        "The muscle under my {side} eye twitches on and off all day.",
        "I can feel my upper eyelid jumping, and other people can see it too.",
        "Sometimes the twitching in my eyelid spreads a little towards my cheek.",
    ),
    details=(
        "I've been sleeping badly because of a deadline.",
        "I drink four or five cups of coffee a day.",
        "My eyes often feel dry and gritty by the evening.",
        "It doesn't hurt and my vision is fine.",
    ),
    tried=(
        "I tried warm compresses in the evening.",
        "I stopped drinking coffee after lunch, but it still happens.",
        "I took magnesium tablets for a week because a friend suggested it.",
    ),
    asks=(
        "Is this a sign of something neurological, or just stress?",
        "How long can a normal eyelid twitch last?",
        "Could this turn into facial paralysis?",
    ),
    causes=(
        "Brief flickering of one eyelid is very common and is usually caused by fatigue, "
        "caffeine, stress or eye strain.",
        "Dry, irritated eyes can also set off these small muscle contractions.",
        "Less often, twitching that spreads to the cheek and mouth on one side is a "
        "hemifacial spasm, which a neurologist can assess.",
    ),
    advice=(
        "Try to get regular sleep and cut back on caffeine for a couple of weeks.",
        "Lubricating eye drops help if your eyes feel dry.",
        "Most twitches settle on their own within a few weeks.",
    ),
    red_flags=(
        "the eyelid closing completely with each spasm",
        "twitching that spreads to the whole side of the face",
        "a drooping eyelid or facial weakness",
        "twitching that lasts more than two months",
    ),
    related=("Tension Headache",),
)

DIZZINESS = TopicContent(
    name="Dizziness and Vertigo",
    description=(
        "A spinning sensation or unsteadiness, most often from the inner ear but "
        "sometimes from blood pressure changes or, rarely, the brain."
    ),
    weight=6,
    titles=(
        "Room spinning when I turn in bed",
        "Dizzy spells",
        "Feel unsteady when walking",
        "Vertigo in the morning",
        "Everything spins when I lie down",
        "Lightheaded and off balance",
    ),
    headlines=(
        "Spinning When You Roll Over: Understanding Positional Vertigo",
        "Dizziness: Inner Ear, Blood Pressure or Something Else?",
        "Brief Vertigo Attacks and What Helps",
    ),
    headline_subjects=(
        "Dizzy Spells",
        "Spinning Vertigo",
        "Positional Vertigo",
    ),
    headline_angles=(
        "Inner Ear or Something Else?",
        "Crystals, Manoeuvres and Recovery",
        "Signs That Need Urgent Care",
    ),
    symptoms=(
        "When I roll over in bed the room spins for about half a minute.",
        "I feel dizzy and off balance, as if I'm on a boat.",
        "Looking up to a high shelf makes everything whirl for a few seconds.",
        "I sometimes feel lightheaded when I stand up quickly.",
    ),
    details=(
        "It started after a bad cold.",
        "There's no hearing loss, but I feel a bit nauseous during the spells.",
        "Between episodes I feel fine.",
        "I had a minor fall last month, though I didn't hit my head.",
    ),
    tried=(
        "My pharmacist sold me travel sickness tablets, which made me sleepy.",
        "I've been sleeping propped up on two pillows.",
        "I checked my blood pressure at the pharmacy and it was normal.",
    ),
    asks=(
        "Is this an inner ear problem, or could it be a stroke?",
        "Is there an exercise I can do at home to stop the spinning?",
        "Which specialist should I see for this?",
    ),
    causes=(
        "Short spells of spinning triggered by rolling over or looking up are typical of "
        "benign paroxysmal positional vertigo (BPPV), caused by tiny crystals in the "
        "inner ear.",
        "Constant unsteadiness after a cold can come from inflammation of the balance "
        "nerve (vestibular neuritis).",
        "Lightheadedness on standing is more often about blood pressure than the ear.",
    ),
    advice=(
        "BPPV usually responds well to a repositioning manoeuvre done by a doctor or "
        "physiotherapist.",
        "Get up slowly and keep a light on at night to avoid falls.",
        "Travel sickness tablets are best used only for a few days.",
    ),
    red_flags=(
        "double vision or slurred speech",
        "numbness or weakness in an arm or leg",
        "a new, severe headache with the dizziness",
        "being unable to walk without falling",
    ),
    related=("Migraine",),
    ages=("30~39", "40~49", "50~59", "50~59", "60~69", "60~69", "70~79", "80+"),
)

NUMBNESS = TopicContent(
    name="Numbness and Tingling",
    description=(
        "Pins and needles or loss of feeling in the hands and fingers, most often from a "
        "nerve pressed at the wrist, elbow or neck."
    ),
    weight=5,
    titles=(
        "Tingling in my fingers",
        "Numb hand at night",
        "Pins and needles in my hand",
        "Fingers go numb when I hold my phone",
        "Tingling in my hands and feet",
        "Numb fingertips in the morning",
    ),
    headlines=(
        "Numb Fingers at Night: Is It Carpal Tunnel?",
        "Tingling Hands and the Nerves Behind Them",
        "Pins and Needles in the Hand: When to Get It Checked",
    ),
    headline_subjects=(
        "Numb Fingers",
        "Pins and Needles in the Hand",
        "Tingling Hands",
    ),
    headline_angles=(
        "Is It a Trapped Nerve?",
        "Splints, Tests and Treatment",
        "Carpal Tunnel and Other Causes",
    ),
    symptoms=(
        "I wake up at night with my {side} thumb and first two fingers numb.",
        "My {side} hand goes numb when I hold my phone or ride my bike.",
        "I get pins and needles in my fingers, mostly in the morning.",
        "Sometimes my {side} hand feels clumsy and I drop small things.",
    ),
    details=(
        "Shaking my hand makes the feeling come back after a minute.",
        "I work with a mouse and keyboard all day.",
        "My little finger seems fine; it's mainly the thumb side.",
        "It is worse after a long day of gardening or cleaning.",
    ),
    tried=(
        "I bought a wrist splint online but I'm not sure I'm wearing it correctly.",
        "I've started stretching my wrists during the day.",
        "My blood tests last year, including sugar, were normal.",
    ),
    asks=(
        "Is this a nerve problem, and can it be fixed?",
        "Could this be the start of multiple sclerosis?",
        "Which tests do I need to find out the cause?",
    ),
    causes=(
        "Numbness of the thumb and first fingers that wakes you at night and eases when "
        "you shake the hand is typical of carpal tunnel syndrome.",
        "A nerve pinched at the elbow tends to affect the little and ring fingers instead.",
        "A trapped nerve in the neck can cause tingling down one arm, often with neck pain.",
        "Diabetes, an underactive thyroid and low vitamin B12 make nerves more sensitive "
        "to pressure.",
    ),
    advice=(
        "A wrist splint worn at night keeps the wrist straight and often eases the symptoms.",
        "Blood tests for sugar, B12 and thyroid function are a sensible first step.",
        "Nerve conduction studies can confirm where the nerve is affected.",
        "If splints do not help, a steroid injection or a small operation usually does.",
    ),
    red_flags=(
        "sudden numbness of one side of the face or body",
        "weakness in the hand that keeps getting worse",
        "wasting of the muscle at the base of the thumb",
        "numbness spreading to both legs",
    ),
    related=("Tremor",),
    ages=("20~29", "30~39", "40~49", "40~49", "50~59", "50~59", "60~69", "70~79"),
)

TREMOR = TopicContent(
    name="Tremor",
    description=(
        "Rhythmic shaking, usually of the hands; an essential tremor appears when using "
        "the hands, while a resting tremor can point to Parkinson's disease."
    ),
    weight=3,
    titles=(
        "Shaky hands",
        "My hands tremble when I hold a cup",
        "Tremor in one hand at rest",
        "Hands shaking more with age",
        "Trembling hands",
        "Hands shake when I write",
    ),
    headlines=(
        "Shaky Hands: Essential Tremor or Parkinson's?",
        "When Your Hands Tremble Holding a Cup",
        "Hand Tremor: What a Neurologist Looks For",
    ),
    headline_subjects=(
        "Shaky Hands",
        "Hand Tremors",
        "A Trembling Hand",
    ),
    headline_angles=(
        "Essential Tremor or Parkinson's?",
        "What Makes Shaking Worse",
        "Treatments That Help",
    ),
    symptoms=(
        "My hands shake when I hold a cup of tea or try to write.",
        "My {side} hand trembles when it's resting on my lap.",
        "The shaking is worse when I'm nervous or tired.",
        "My handwriting has become smaller and harder to read.",
    ),
    details=(
        "My father had shaky hands too.",
        "A glass of wine seems to calm it for a while.",
        "I also feel slower when walking.",
        "I drink a lot of strong coffee.",
    ),
    tried=(
        "I reduced my coffee, which helped a little.",
        "My blood tests, including thyroid, were normal last year.",
        "I haven't tried any medication for it.",
    ),
    asks=(
        "Does this mean I have Parkinson's disease?",
        "Is there a treatment that can stop the shaking?",
        "Should I be referred to a neurologist?",
    ),
    causes=(
        "The key question is whether the shaking appears when you use your hands or when "
        "they are resting, because the two point to different conditions.",
        "A tremor that appears when using the hands and runs in families is most often "
        "essential tremor, which is common and not dangerous.",
        "A tremor at rest, with smaller handwriting and slower movement, needs "
        "assessment for Parkinson's disease.",
        "Caffeine, an overactive thyroid, anxiety and some medicines can make any tremor worse.",
    ),
    advice=(
        "A neurologist can usually tell the types apart by examining you.",
        "Cutting down on caffeine and checking your medicines with your doctor is worthwhile.",
        "Effective medicines exist for both essential tremor and Parkinson's disease.",
    ),
    red_flags=(
        "a tremor that started suddenly",
        "falls or freezing when walking",
        "confusion or changes in behaviour",
    ),
    related=("Numbness and Tingling",),
    ages=("40~49", "50~59", "60~69", "60~69", "70~79", "70~79", "80+"),
    course="lasting",
)

NEUROLOGY = SpecialtyContent(
    name="Neurology",
    slug="neurology",
    description=(
        "Disorders of the brain, spinal cord and nerves: headaches, dizziness, numbness, "
        "tremor and twitching muscles."
    ),
    clinic="a neurology clinic",
    practitioner="neurologist",
    weight=10,
    ages=("20~29", "30~39", "30~39", "40~49", "50~59", "60~69", "70~79"),
    topics=(TENSION_HEADACHE, MIGRAINE, EYELID_TWITCHING, DIZZINESS, NUMBNESS, TREMOR),
)

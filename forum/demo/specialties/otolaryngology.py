from ..types import SpecialtyContent, TopicContent

TINNITUS = TopicContent(
    name="Tinnitus",
    description=(
        "Ringing, buzzing or hissing in the ears without an outside sound, often linked "
        "to noise exposure or age-related hearing loss."
    ),
    weight=8,
    titles=(
        "Ringing in my ears",
        "Buzzing in my {side} ear",
        "Tinnitus after a concert",
        "High-pitched noise in my head",
        "Constant hissing in my ears",
        "Whistling sound in my {side} ear",
    ),
    headlines=(
        "Ringing Ears: What Tinnitus Is and What Helps",
        "Tinnitus After Loud Noise",
        "Learning to Live With Ear Ringing",
    ),
    headline_subjects=(
        "Ringing Ears",
        "Buzzing in the Ear",
        "Noises in the Ear",
    ),
    headline_angles=(
        "Hearing Tests and What Helps",
        "Why It Seems Louder at Night",
        "When Ringing Needs a Scan",
    ),
    symptoms=(
        "I hear a constant high-pitched ringing in both ears, loudest at night.",
        "There's a buzzing sound in my {side} ear that never stops.",
        "Since a loud concert my ears have been hissing.",
        "I hear a whooshing sound in time with my heartbeat in my {side} ear.",
    ),
    details=(
        "My hearing seems a little duller than before.",
        "I worked in a noisy factory for years.",
        "It's worse when I'm tired or stressed.",
        "I've also felt some pressure in the ear.",
    ),
    tried=(
        "I play rain sounds at night to cover it.",
        "I tried ginkgo supplements, which did nothing.",
        "I stopped using earphones.",
    ),
    asks=(
        "Will the ringing ever go away?",
        "Do I need a hearing test?",
        "Could this be a sign of a brain tumour?",
    ),
    causes=(
        "Ringing in both ears is most often linked to some loss of hearing, from noise "
        "exposure or age, with the brain turning up the volume on its own signal.",
        "Tinnitus after loud noise often fades over days to weeks, but repeated exposure "
        "can make it permanent.",
        "Tinnitus in one ear only, or a pulsing sound in time with the heartbeat, should "
        "be investigated further.",
    ),
    advice=(
        "A hearing test is the first step; hearing aids often reduce tinnitus when "
        "hearing is down.",
        "Background sound at night and relaxation techniques make it less intrusive.",
        "Protect your ears from loud noise from now on.",
    ),
    red_flags=(
        "sudden hearing loss in one ear",
        "tinnitus with dizziness",
        "weakness of the face",
    ),
    related=("Ear Wax Blockage",),
    ages=("20~29", "30~39", "40~49", "50~59", "50~59", "60~69", "70~79"),
    max_symptoms=1,
)

SINUSITIS = TopicContent(
    name="Sinusitis",
    description=(
        "Inflammation of the sinuses with a blocked nose, facial pressure and discoloured "
        "mucus, usually after a cold."
    ),
    weight=7,
    titles=(
        "Sinus pressure and blocked nose",
        "Pain in my cheeks",
        "Sinusitis that keeps coming back",
        "Thick green mucus",
        "Blocked nose and headache",
        "Pressure behind my eyes and cheeks",
    ),
    headlines=(
        "Blocked Nose and Facial Pressure: Sinusitis",
        "When Do Sinus Infections Need Antibiotics?",
        "Recurring Sinusitis and Nasal Sprays",
    ),
    headline_subjects=(
        "Sinus Pressure",
        "Blocked Sinuses",
        "Sinus Infections",
    ),
    headline_angles=(
        "Do You Need Antibiotics?",
        "Nasal Sprays Used the Right Way",
        "Why It Keeps Coming Back",
    ),
    symptoms=(
        "My nose has been blocked and my cheeks and forehead ache when I bend forward.",
        "I keep blowing out thick green mucus.",
        "I've lost my sense of smell and my face feels full and heavy.",
        "There's a dull pain under my {side} eye and in my upper teeth.",
    ),
    details=(
        "It all started with a cold.",
        "I get this every winter.",
        "I have hay fever in the spring.",
        "I had a slight fever at the start.",
    ),
    tried=(
        "Decongestant spray works, but I've been using it for two weeks.",
        "Steam inhalation gives some relief.",
        "I rinse my nose with salt water.",
    ),
    asks=(
        "Do I need antibiotics?",
        "Why does my sinusitis keep coming back?",
        "Is it safe to keep using a decongestant spray?",
    ),
    causes=(
        "A blocked nose with facial pressure and thick mucus after a cold is typical of "
        "sinusitis, which is usually viral and settles within two to three weeks.",
        "Recurring sinus problems are often driven by allergy or swelling of the nasal lining.",
        "Decongestant sprays used for more than a week can cause rebound congestion.",
    ),
    advice=(
        "Salt-water rinses and a steroid nasal spray reduce swelling and help drainage.",
        "Antibiotics help only if symptoms are severe or last more than about ten days, "
        "or get worse after improving.",
        "Stop decongestant sprays after five to seven days.",
    ),
    red_flags=(
        "swelling around the eye",
        "double vision",
        "a severe headache with a stiff neck",
    ),
    related=("Nosebleeds",),
    course="recent",
)

SORE_THROAT = TopicContent(
    name="Sore Throat and Tonsillitis",
    description=(
        "A painful throat from viral infection or tonsillitis, sometimes with swollen "
        "tonsils, fever and tender neck glands."
    ),
    weight=6,
    titles=(
        "Sore throat and fever",
        "Swollen tonsils with white spots",
        "Tonsillitis again",
        "Painful swallowing",
        "Very sore throat, can't swallow",
        "Red, swollen throat",
    ),
    headlines=(
        "Sore Throat With Fever: Virus or Strep?",
        "Recurrent Tonsillitis and When Surgery Helps",
        "Painful Swallowing: Self-Care and Warning Signs",
    ),
    headline_subjects=(
        "Sore Throats",
        "Tonsillitis",
        "Painful Swallowing",
    ),
    headline_angles=(
        "Virus or Strep?",
        "Antibiotics, Painkillers and Rest",
        "When Tonsils Should Come Out",
    ),
    symptoms=(
        "My throat is so sore that swallowing hurts, and I have a fever.",
        "My tonsils are swollen with white spots on them.",
        "The glands in my neck are tender and swollen.",
        "It hurts more on the {side} side of my throat when I swallow.",
    ),
    details=(
        "This is my fourth bout of tonsillitis this year.",
        "I don't have a cough.",
        "My voice sounds muffled.",
        "Several colleagues have been ill too.",
    ),
    tried=(
        "Throat lozenges and paracetamol help a little.",
        "I gargle with warm salt water.",
        "I finished a course of antibiotics last month.",
    ),
    asks=(
        "Do I need antibiotics this time?",
        "Should I have my tonsils removed?",
        "When can I go back to work?",
    ),
    causes=(
        "A sore throat with fever is most often viral, though bacterial tonsillitis "
        "(strep throat) is likelier with fever, white spots and no cough.",
        "Recurrent tonsillitis means several clear episodes a year, each with fever and "
        "swollen tonsils.",
        "Pain mainly on one side with difficulty opening the mouth can be a quinsy, an "
        "abscess next to the tonsil.",
    ),
    advice=(
        "Regular paracetamol or ibuprofen, fluids and rest are the main treatment.",
        "A throat swab or rapid test can decide whether antibiotics are needed.",
        "Removing the tonsils is considered for seven or more episodes in a year, or "
        "five a year for two years.",
    ),
    red_flags=(
        "difficulty breathing",
        "drooling because you cannot swallow",
        "being unable to open your mouth fully",
    ),
    related=("Hoarse Voice",),
    ages=("10~19", "20~29", "20~29", "30~39", "40~49"),
    course="acute",
)

EAR_WAX = TopicContent(
    name="Ear Wax Blockage",
    description=(
        "Wax that builds up and blocks the ear canal, causing muffled hearing, fullness "
        "and sometimes ringing."
    ),
    weight=4,
    titles=(
        "Blocked ear",
        "Muffled hearing after shower",
        "Ear wax build-up",
        "Ear feels full",
        "Can't hear well in one ear",
        "Plugged ear after swimming",
    ),
    headlines=(
        "A Blocked Ear: Is It Wax?",
        "Safe Ways to Remove Ear Wax",
        "Why Cotton Buds Make Wax Worse",
    ),
    headline_subjects=(
        "Blocked Ears",
        "Ear Wax Build-Up",
        "A Muffled Ear",
    ),
    headline_angles=(
        "Softening Drops and Safe Removal",
        "Why Cotton Buds Make It Worse",
        "When It Isn't Wax",
    ),
    symptoms=(
        "My {side} ear suddenly feels blocked and sounds are muffled.",
        "After a shower my hearing in one ear went dull.",
        "My ear feels full and I hear my own voice echoing.",
        "I can see dark wax at the entrance of my ear canal.",
    ),
    details=(
        "I clean my ears with cotton buds every day.",
        "I wear earbuds most of the day.",
        "There's no pain or discharge.",
        "It has happened before and was cleared at a clinic.",
    ),
    tried=(
        "I tried olive oil drops for three days.",
        "I used an ear candle, which did nothing.",
        "I tried flushing it with warm water in the shower.",
    ),
    asks=(
        "How can I clear the wax safely?",
        "Should I see a doctor to have it removed?",
        "Why do I keep getting blocked ears?",
    ),
    causes=(
        "Muffled hearing and fullness in one ear, often after a shower, is most often "
        "wax that has swollen with water and blocked the canal.",
        "Cotton buds and earbuds push wax deeper and stop it moving out naturally.",
        "Fluid behind the eardrum after a cold can feel very similar.",
    ),
    advice=(
        "Olive oil or sodium bicarbonate drops for a week often soften wax enough to clear.",
        "If it stays blocked, a clinic can remove it with microsuction or irrigation.",
        "Avoid cotton buds and ear candles.",
    ),
    red_flags=(
        "ear pain with fever",
        "discharge from the ear",
        "sudden hearing loss without a blockage",
    ),
    related=("Tinnitus",),
    ages=("20~29", "30~39", "40~49", "50~59", "60~69", "70~79", "80+"),
    course="recent",
)

NOSEBLEEDS = TopicContent(
    name="Nosebleeds",
    description=(
        "Bleeding from the front of the nose, usually from small blood vessels made "
        "fragile by dry air, picking or colds."
    ),
    weight=3,
    titles=(
        "Frequent nosebleeds",
        "Nose bleeding every morning",
        "Nosebleed that won't stop",
        "Blood when I blow my nose",
        "Nosebleeds at night",
        "Nose keeps bleeding",
    ),
    headlines=(
        "Frequent Nosebleeds: Causes and Simple Fixes",
        "How to Stop a Nosebleed Properly",
        "Recurring Bleeds From One Nostril",
    ),
    headline_subjects=(
        "Recurring Nosebleeds",
        "A Bleeding Nose",
        "Bleeds From One Nostril",
    ),
    headline_angles=(
        "First Aid That Works",
        "Dry Air, Picking and Blood Pressure",
        "When Cautery Helps",
    ),
    symptoms=(
        "My nose has bled several times this month, always from the {side} nostril.",
        "I notice blood when I blow my nose in the morning.",
        "Last night my nose bled for about twenty minutes.",
        "There are often dry crusts inside my nose.",
    ),
    details=(
        "The heating is on all day and the air is very dry.",
        "I take aspirin every day for my heart.",
        "I've had a cold recently.",
        "I admit I pick my nose when it feels crusty.",
    ),
    tried=(
        "I tilt my head back until it stops.",
        "I put petroleum jelly inside my nose at night.",
        "I bought a humidifier.",
    ),
    asks=(
        "Why does it keep happening?",
        "Would cauterising the vessel help?",
        "Is it related to my blood pressure?",
    ),
    causes=(
        "Most nosebleeds come from small vessels at the front of the septum, which "
        "become fragile with dry air, colds and picking.",
        "Aspirin and blood thinners make bleeds last longer, though they are rarely the "
        "only cause.",
        "High blood pressure does not usually cause nosebleeds, but it can make them "
        "harder to stop.",
    ),
    advice=(
        "Lean forward, not back, and pinch the soft part of the nose firmly for ten minutes.",
        "A thin layer of ointment inside the nostril twice a day helps the lining heal.",
        "If one spot keeps bleeding, an ENT doctor can seal it in a quick procedure.",
    ),
    red_flags=(
        "bleeding for longer than twenty minutes",
        "bleeding after a head injury",
        "blood running down the throat in large amounts",
    ),
    related=("Sinusitis",),
)

HOARSE_VOICE = TopicContent(
    name="Hoarse Voice",
    description=(
        "A rough, weak or strained voice, most often from a cold or overuse, which "
        "should be checked if it lasts more than three weeks."
    ),
    weight=2,
    titles=(
        "Hoarse voice that won't clear",
        "Losing my voice at work",
        "Raspy voice",
        "Voice cracks when I talk",
        "Croaky voice",
        "My voice keeps giving out",
    ),
    headlines=(
        "A Hoarse Voice That Won't Recover",
        "Voice Strain in Teachers and Speakers",
        "When Hoarseness Needs a Camera Check",
    ),
    headline_subjects=(
        "Hoarseness",
        "Voice Strain",
        "A Raspy Voice",
    ),
    headline_angles=(
        "Rest, Water and Voice Therapy",
        "When the Vocal Cords Need a Look",
        "Reflux, Smoking and Overuse",
    ),
    symptoms=(
        "My voice has been hoarse and rough, and it isn't getting better.",
        "By the end of the day my voice is weak and I have to strain to speak.",
        "My voice cracks and I keep clearing my throat.",
        "I can't sing high notes anymore, which I could before.",
    ),
    details=(
        "I'm a teacher and talk all day.",
        "It started with a cold but stayed after the cold went.",
        "I get heartburn at night.",
        "I smoke about ten cigarettes a day.",
    ),
    tried=(
        "Resting my voice at the weekend helps a bit.",
        "I drink lots of water and honey tea.",
        "Throat sprays didn't change anything.",
    ),
    asks=(
        "Should I have my vocal cords checked?",
        "Could this be something serious?",
        "Is voice therapy worth it?",
    ),
    causes=(
        "Hoarseness that lasts beyond a cold is often from strain of the vocal cords, "
        "especially in people who talk for a living.",
        "Acid reflux reaching the throat can irritate the vocal cords.",
        "Nodules or polyps on the vocal cords are common with heavy voice use.",
    ),
    advice=(
        "Any hoarseness lasting more than three weeks should be checked with a small "
        "camera by an ENT doctor.",
        "Voice therapy with a speech therapist is very effective for strain and nodules.",
        "Stopping smoking is the single most important step for the voice.",
    ),
    red_flags=(
        "difficulty swallowing",
        "a lump in the neck",
        "coughing up blood",
    ),
    related=("Sore Throat and Tonsillitis",),
    ages=("20~29", "30~39", "40~49", "50~59", "60~69"),
    course="recent",
)

OTOLARYNGOLOGY = SpecialtyContent(
    name="Otolaryngology (ENT)",
    slug="otolaryngology",
    description=(
        "Ear, nose and throat: ringing ears, blocked ears, sinus trouble, nosebleeds, "
        "sore throats and voice problems."
    ),
    clinic="an ENT clinic",
    practitioner="ENT surgeon",
    weight=8,
    ages=("10~19", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79"),
    topics=(TINNITUS, SINUSITIS, SORE_THROAT, EAR_WAX, NOSEBLEEDS, HOARSE_VOICE),
)

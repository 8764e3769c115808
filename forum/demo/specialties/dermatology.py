from ..types import SpecialtyContent, TopicContent

ACNE = TopicContent(
    name="Acne",
    description=(
        "Blocked, inflamed hair follicles that cause blackheads, spots and sometimes "
        "painful cysts on the face, chest and back."
    ),
    weight=9,
    titles=(
        "Acne on my jawline",
        "Spots that won't clear",
        "Painful cysts on my chin",
        "Adult acne",
        "Breakouts that keep coming back",
        "Red bumps on my cheeks and chin",
    ),
    headlines=(
        "Persistent Acne: Treatments That Actually Work",
        "Adult Acne Along the Jaw",
        "Painful Acne Cysts and Scarring",
    ),
    headline_subjects=(
        "Adult Acne",
        "Persistent Spots",
        "Acne Cysts",
    ),
    headline_angles=(
        "Creams, Tablets and Patience",
        "Preventing Scars and Dark Marks",
        "Hormones and Breakouts",
    ),
    symptoms=(
        "I keep getting red spots and whiteheads along my jawline and chin.",
        "I have deep, painful lumps on my chin that take weeks to go down.",
        "My forehead is covered in small bumps and blackheads.",
        "My acne leaves dark marks that stay for months.",
    ),
    details=(
        "It's worse when I'm stressed or not sleeping.",
        "I rarely had spots before, and now they're bad.",
        "My back and shoulders are also affected.",
        "I wear a face mask at work all day.",
    ),
    tried=(
        "I've used a salicylic acid cleanser for months.",
        "Benzoyl peroxide cream dried my skin out badly.",
        "I changed my pillowcase often and cut out dairy, with no real change.",
    ),
    asks=(
        "What treatment would work for this kind of acne?",
        "Will these marks leave permanent scars?",
        "Should I take antibiotics or something stronger?",
    ),
    causes=(
        "Spots, whiteheads and tender lumps come from blocked hair follicles that become "
        "inflamed, which is the basis of acne at any age.",
        "Hormonal shifts, stress and friction from masks or helmets can all make it flare.",
        "Deep, painful cysts are the type most likely to scar and deserve earlier treatment.",
    ),
    advice=(
        "Topical retinoids used every night are the backbone of acne treatment, though "
        "they take about three months to work.",
        "Avoid squeezing spots, which increases marks and scarring.",
        "For moderate or scarring acne, a dermatologist may add tablets such as an "
        "antibiotic or isotretinoin.",
    ),
    red_flags=(
        "scarring",
        "sudden severe acne with fever",
        "acne that is affecting your mood",
    ),
    related=("Eczema",),
    ages=("10~19", "10~19", "10~19", "20~29", "20~29", "30~39"),
)

ECZEMA = TopicContent(
    name="Eczema",
    description=(
        "Dry, itchy, inflamed skin that flares and settles, often in skin creases and on the hands."
    ),
    weight=7,
    titles=(
        "Itchy dry patches",
        "Eczema on my hands",
        "Skin cracking and itching",
        "Eczema flaring in winter",
        "Itchy rash in the creases of my elbows",
        "Dry, scaly patches on my skin",
    ),
    headlines=(
        "Itchy Dry Skin: Calming an Eczema Flare",
        "Hand Eczema and Everyday Irritants",
        "Winter Eczema: Moisturise, Treat, Repeat",
    ),
    headline_subjects=(
        "Eczema Flares",
        "Itchy Dry Skin",
        "Atopic Eczema",
    ),
    headline_angles=(
        "Moisturisers and Steroid Creams",
        "Breaking the Itch-Scratch Cycle",
        "Triggers to Avoid",
    ),
    symptoms=(
        "I have red, itchy patches in the creases of my elbows and behind my knees.",
        "The skin on my hands is dry, cracked and sometimes bleeds.",
        "My skin itches so much at night that I scratch it raw.",
        "There are rough, scaly patches on my neck and eyelids.",
    ),
    details=(
        "It always gets worse in winter.",
        "I wash my hands very often for my job.",
        "I had eczema as a child, and it came back this year.",
        "Hot showers make it itch more.",
    ),
    tried=(
        "Moisturiser helps a little, but the patches keep coming back.",
        "A pharmacy hydrocortisone cream calmed it for a few days.",
        "I changed to a fragrance-free washing powder.",
    ),
    asks=(
        "How do I stop the flares coming back?",
        "Is it safe to use steroid creams for a long time?",
        "Could this be an allergy?",
    ),
    causes=(
        "Itchy, dry patches in the skin creases that flare and settle are typical of "
        "atopic eczema.",
        "Frequent hand washing, detergents and cold weather strip the skin barrier and "
        "trigger flares.",
        "Allergy is sometimes involved, but most eczema is about a weak skin barrier "
        "rather than a single allergen.",
    ),
    advice=(
        "Use a thick, plain moisturiser several times a day, even when the skin looks fine.",
        "Steroid creams used correctly, in short courses, are safe and effective for flares.",
        "Use soap substitutes and lukewarm rather than hot water.",
        "Patch testing can help if hand eczema does not settle.",
    ),
    red_flags=(
        "weeping golden crusts",
        "painful blisters spreading quickly",
        "fever with a flare",
    ),
    related=("Hives", "Acne"),
)

HAIR_LOSS = TopicContent(
    name="Hair Loss",
    description=(
        "Thinning or shedding of the hair, from patterned loss, shedding after illness "
        "or stress, or patchy loss from alopecia areata."
    ),
    weight=5,
    titles=(
        "Hair falling out in clumps",
        "Thinning hair at the crown",
        "Bald patch appeared suddenly",
        "Losing a lot of hair in the shower",
        "Hair thinning all over",
        "More hair on my pillow than usual",
    ),
    headlines=(
        "Sudden Hair Shedding: Causes and Recovery",
        "Thinning Hair: What Can Be Done",
        "A Round Bald Patch: Alopecia Areata Explained",
    ),
    headline_subjects=(
        "Thinning Hair",
        "Hair Shedding",
        "Losing Hair",
    ),
    headline_angles=(
        "Shedding, Thinning or Patches?",
        "Blood Tests and Treatments",
        "Will It Grow Back?",
    ),
    symptoms=(
        "I'm losing far more hair than usual, and the plughole is full after every shower.",
        "My hair is getting thinner on top and my parting looks wider.",
        "I found a round, smooth bald patch on the back of my head.",
        "When I run my fingers through my hair, several strands come out each time.",
    ),
    details=(
        "I had a high fever about three months ago.",
        "I've been under a lot of stress this year.",
        "I've been dieting and lost quite a lot of weight.",
        "My parents both had thin hair.",
    ),
    tried=(
        "I started a biotin supplement.",
        "I switched to a gentle shampoo.",
        "I bought a minoxidil solution but haven't started it.",
    ),
    asks=(
        "Will my hair grow back?",
        "Which blood tests should I have?",
        "Does minoxidil really work?",
    ),
    causes=(
        "Heavy, even shedding a few months after a fever, surgery, childbirth or severe "
        "stress is usually telogen effluvium, which recovers on its own.",
        "Gradual thinning at the crown or parting is patterned hair loss, which runs in families.",
        "A smooth, round bald patch is typical of alopecia areata, where the immune "
        "system pauses hair growth.",
        "Low iron, thyroid problems and crash diets can also cause shedding.",
    ),
    advice=(
        "Blood tests for iron stores, thyroid function and vitamin D are a good start.",
        "Minoxidil helps patterned hair loss if used consistently for at least six months.",
        "Shedding after an illness usually settles within six months without treatment.",
    ),
    red_flags=(
        "scarring or redness on the scalp",
        "hair loss with a rash elsewhere",
        "loss of eyebrows and eyelashes",
    ),
    related=("Eczema",),
    max_symptoms=2,
)

HIVES = TopicContent(
    name="Hives",
    description=(
        "Raised, itchy welts (urticaria) that come and go within hours, triggered by "
        "infections, medicines, foods or nothing obvious."
    ),
    weight=4,
    titles=(
        "Itchy welts all over",
        "Hives that come every day",
        "Rash that moves around",
        "Hives every evening",
        "Raised itchy bumps on my skin",
        "Welts after a hot shower",
    ),
    headlines=(
        "Hives That Come and Go: Urticaria Explained",
        "Chronic Hives Without a Clear Cause",
        "Itchy Welts: Allergy or Not?",
    ),
    headline_subjects=(
        "Itchy Welts",
        "Urticaria",
        "Raised, Itchy Rashes",
    ),
    headline_angles=(
        "Allergy or Not?",
        "Antihistamines and What Else Helps",
        "Why No Cause Is Often Found",
    ),
    symptoms=(
        "I get raised, itchy welts on my arms and body that disappear within a few hours.",
        "Every evening new red bumps appear in different places.",
        "The rash looks like mosquito bites that join together into big patches.",
        "My skin breaks out in itchy hives all over, often in the evening.",
    ),
    details=(
        "My lips swelled up a little once.",
        "I had a throat infection shortly before it started.",
        "I take ibuprofen for back pain now and then.",
        "Nothing in my diet has changed.",
    ),
    tried=(
        "An antihistamine tablet calms it for the day.",
        "I kept a food diary but couldn't find a pattern.",
        "Cool showers ease the itch.",
    ),
    asks=(
        "What is causing this, and how do I find out?",
        "Do I need allergy testing?",
        "How long will this go on?",
    ),
    causes=(
        "Itchy welts that each fade within a day are hives, and in most people no "
        "single allergy is found.",
        "Viral infections and painkillers such as ibuprofen are common triggers.",
        "Hives that continue for more than six weeks are called chronic urticaria and "
        "are usually not allergic.",
    ),
    advice=(
        "A non-drowsy antihistamine taken daily, sometimes at a higher dose on a "
        "doctor's advice, controls most cases.",
        "Avoid ibuprofen and aspirin if they seem to make it worse.",
        "Photos of the rash help your doctor when it has gone by the time of the visit.",
    ),
    red_flags=(
        "swelling of the tongue or throat",
        "difficulty breathing",
        "feeling faint",
    ),
    related=("Eczema",),
)

MOLES = TopicContent(
    name="Changing Moles",
    description=(
        "Moles that change in size, shape or colour, which should be checked to rule out melanoma."
    ),
    weight=3,
    titles=(
        "Mole getting bigger",
        "Dark spot on my back",
        "Mole has changed colour",
        "Itchy mole",
        "New mole that looks odd",
        "Mole with uneven edges",
    ),
    headlines=(
        "A Mole That Has Changed: When to Get It Checked",
        "The ABCDE of Moles",
        "Itchy or Bleeding Moles",
    ),
    headline_subjects=(
        "A Mole That Looks Different",
        "Dark Skin Spots",
        "Moles That Grow",
    ),
    headline_angles=(
        "The Signs Doctors Look For",
        "When a Mole Should Be Removed",
        "Checking Your Skin at Home",
    ),
    symptoms=(
        "A mole on my {side} shoulder has grown and its edge looks uneven.",
        "My partner noticed a dark spot on my back that wasn't there last year.",
        "One of my moles has become darker, with two shades of brown.",
        "A mole on my leg itches and bled once after I scratched it.",
    ),
    details=(
        "I had bad sunburns as a teenager.",
        "I have a lot of moles, maybe more than fifty.",
        "My skin is fair and burns easily.",
        "It's about the size of a pencil eraser.",
    ),
    tried=(
        "I took photos to compare over time.",
        "I've been covering it with a plaster.",
        "A pharmacist said it looked fine, but I'm not convinced.",
    ),
    asks=(
        "Does this look like skin cancer?",
        "Should it be removed?",
        "How often should I check my moles?",
    ),
    causes=(
        "A mole that is growing, changing colour or shape, or looks different from the "
        "rest deserves a check to rule out melanoma.",
        "Most changing moles turn out to be harmless, but only an examination can tell.",
        "Fair skin, many moles and past sunburns raise the risk of melanoma.",
    ),
    advice=(
        "A dermatologist can examine it with a dermatoscope and remove it if needed.",
        "Check your skin monthly using the ABCDE rule: asymmetry, border, colour, "
        "diameter and evolution.",
        "Use sun protection and avoid sunburn.",
    ),
    red_flags=(
        "a mole that bleeds without injury",
        "rapid growth over weeks",
        "a new dark streak under a nail",
    ),
    ages=("20~29", "30~39", "40~49", "50~59", "60~69", "70~79"),
    course="recent",
    onsets=(
        "I first noticed the change {duration} ago.",
        "It seems to have changed over the past few months.",
        "I only noticed it recently.",
    ),
)

DERMATOLOGY = SpecialtyContent(
    name="Dermatology",
    slug="dermatology",
    description=("The skin, hair and nails: acne, eczema, hives, hair loss and moles that change."),
    clinic="a dermatology clinic",
    practitioner="dermatologist",
    weight=9,
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49", "50~59", "60~69"),
    topics=(ACNE, ECZEMA, HAIR_LOSS, HIVES, MOLES),
)

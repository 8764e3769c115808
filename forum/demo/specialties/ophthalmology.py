from ..types import SpecialtyContent, TopicContent

FLOATERS = TopicContent(
    name="Eye Floaters",
    description=(
        "Specks, threads or cobwebs drifting across the vision, usually from normal "
        "ageing of the gel inside the eye."
    ),
    weight=8,
    titles=(
        "Floaters in my vision",
        "Black dots drifting in my eye",
        "Sudden new floater",
        "Cobweb in my {side} eye",
        "Specks floating across my vision",
        "More floaters than before",
    ),
    headlines=(
        "Eye Floaters: Harmless Specks or a Warning Sign?",
        "A Sudden Shower of Floaters",
        "Living With Floaters",
    ),
    headline_subjects=(
        "Floaters and Specks",
        "Drifting Spots in the Vision",
        "Cobwebs in the Eye",
    ),
    headline_angles=(
        "Harmless or a Warning Sign?",
        "Why They Appear With Age",
        "Flashes, Shadows and Urgent Checks",
    ),
    symptoms=(
        "I see little dark dots and threads that drift when I move my eyes.",
        "A new cobweb-like shadow appeared in my {side} eye and moves with my gaze.",
        "Floaters are most obvious when I look at a white wall or the sky.",
        "I noticed a ring-shaped floater in my {side} eye that wasn't there before.",
    ),
    details=(
        "I'm quite short-sighted.",
        "There are no flashes of light and my vision is otherwise clear.",
        "I had an eye examination two years ago that was normal.",
        "They bother me most when reading on a screen.",
    ),
    tried=(
        "I tried eye drops, but they made no difference.",
        "I've been resting my eyes more.",
        "An optician looked at my eye without dilating drops.",
    ),
    asks=(
        "Are floaters dangerous?",
        "Will they go away on their own?",
        "Do I need a dilated eye examination?",
    ),
    causes=(
        "Floaters are shadows cast by clumps in the gel (vitreous) that fills the eye, "
        "which becomes more liquid with age and in short-sighted eyes.",
        "A sudden new floater, especially a ring, is often a posterior vitreous "
        "detachment, a normal change that still needs an examination.",
        "Rarely, the gel pulling away tears the retina, which needs prompt treatment.",
    ),
    advice=(
        "Any sudden new floater deserves a dilated examination of the retina within a day or two.",
        "Most floaters become less noticeable over months as the brain learns to ignore them.",
        "Eye drops do not remove floaters.",
    ),
    red_flags=(
        "flashes of light",
        "a shower of many new floaters",
        "a dark curtain across part of your vision",
    ),
    related=("Blurred Vision",),
    ages=("30~39", "40~49", "50~59", "50~59", "60~69", "60~69", "70~79"),
    course="recent",
)

DRY_EYES = TopicContent(
    name="Dry Eyes",
    description=(
        "Gritty, burning or tired eyes from too few or poor-quality tears, common with "
        "screen work, age and air conditioning."
    ),
    weight=7,
    titles=(
        "Dry, gritty eyes",
        "Eyes burning after screen work",
        "Watery but dry eyes?",
        "Eyes feel tired all the time",
        "Stinging, dry eyes every day",
        "Eyes feel sandy",
    ),
    headlines=(
        "Dry Eyes From Screen Work",
        "Why Dry Eyes Can Water Too",
        "Gritty Eyes: Relief and Prevention",
    ),
    headline_subjects=(
        "Gritty, Burning Eyes",
        "Tired Eyes",
        "Dry Eye Disease",
    ),
    headline_angles=(
        "Screens, Blinking and Drops",
        "Why Dry Eyes Water",
        "Relief for Everyday Dryness",
    ),
    symptoms=(
        "My eyes feel gritty and burn by the end of the working day.",
        "My eyes water a lot, yet they feel dry and sore.",
        "When I wake up my eyelids feel stuck and my eyes sting.",
        "My vision blurs after reading for a while and clears when I blink.",
    ),
    details=(
        "I look at screens for about ten hours a day.",
        "The office is air-conditioned.",
        "I wear contact lenses most days.",
        "My eyelid edges look red.",
    ),
    tried=(
        "Artificial tears help for about an hour.",
        "I tried redness-relief drops, but they stung.",
        "I've started taking breaks from my screen.",
    ),
    asks=(
        "What's the best treatment for dry eyes?",
        "Can dry eyes damage my vision?",
        "Is it safe to use eye drops every day?",
    ),
    causes=(
        "Burning, gritty eyes that get worse through the day are typical of dry eye, "
        "which is very common with screen work.",
        "Staring at screens halves how often we blink, so tears evaporate faster.",
        "Blocked oil glands along the eyelid edge (blepharitis) make tears evaporate "
        "quickly; watery eyes can be the result.",
    ),
    advice=(
        "Use preservative-free artificial tears regularly, not only when it's bad.",
        "Follow the 20-20-20 rule: every twenty minutes look twenty feet away for twenty seconds.",
        "Warm compresses and gentle lid cleaning twice a day help blocked eyelid glands.",
        "Avoid redness-relief drops, which can make things worse with regular use.",
    ),
    red_flags=(
        "a painful red eye",
        "sensitivity to light",
        "a sudden drop in vision",
    ),
    related=("Conjunctivitis",),
    ages=("20~29", "30~39", "30~39", "40~49", "50~59", "60~69", "70~79"),
)

CONJUNCTIVITIS = TopicContent(
    name="Conjunctivitis",
    description=(
        "Pink, irritated eyes from infection or allergy, with discharge, watering or itching."
    ),
    weight=5,
    titles=(
        "Red eye with discharge",
        "Pink eye",
        "Itchy red eyes",
        "Eye stuck shut in the morning",
        "Sticky, bloodshot eye",
        "Red, watery eye",
    ),
    headlines=(
        "Red, Sticky Eyes: Infective Conjunctivitis",
        "Itchy Eyes and Allergic Conjunctivitis",
        "Pink Eye: When Drops Are Needed",
    ),
    headline_subjects=(
        "Pink Eye",
        "Red, Sticky Eyes",
        "Eye Infections",
    ),
    headline_angles=(
        "Virus, Bacteria or Allergy?",
        "Do You Need Antibiotic Drops?",
        "How Long Is It Contagious?",
    ),
    symptoms=(
        "My {side} eye is red and there's yellow discharge in the corner.",
        "I woke up with my eyelashes stuck together.",
        "My eyes are pink, itchy and watering.",
        "My eye feels like there's sand in it and it's very red.",
    ),
    details=(
        "My child had the same thing last week.",
        "It's worse when the pollen count is high.",
        "My vision is normal once I blink the discharge away.",
        "I wear contact lenses.",
    ),
    tried=(
        "I've been cleaning it with cooled boiled water.",
        "Antihistamine tablets help the itching.",
        "I stopped wearing my contact lenses.",
    ),
    asks=(
        "Do I need antibiotic drops?",
        "How long is it contagious?",
        "Is it safe to go to work?",
    ),
    causes=(
        "Redness with sticky discharge is usually infective conjunctivitis, most often "
        "from a virus or bacteria, and it generally settles within one to two weeks.",
        "Itchy, watery eyes in both eyes at pollen time point to allergic conjunctivitis.",
        "In contact lens wearers a red, painful eye can be a corneal infection, which "
        "is more serious.",
    ),
    advice=(
        "Clean the lids gently and wash your hands often; don't share towels.",
        "Antibiotic drops shorten bacterial conjunctivitis a little but are not always needed.",
        "Stop wearing contact lenses until the eye is completely better.",
    ),
    red_flags=(
        "real pain rather than grittiness",
        "blurred vision that doesn't clear with blinking",
        "sensitivity to light",
    ),
    related=("Dry Eyes", "Stye"),
    course="acute",
)

STYE = TopicContent(
    name="Stye",
    description=(
        "A painful red lump on the eyelid edge from an infected eyelash gland, or a "
        "painless chalazion from a blocked gland."
    ),
    weight=3,
    titles=(
        "Lump on my eyelid",
        "Bump on my eyelid",
        "Stye that won't go away",
        "Swollen eyelid",
        "Painful red lump on my eyelid",
        "Tender spot on my lash line",
    ),
    headlines=(
        "Eyelid Lumps: Stye or Chalazion?",
        "When a Stye Won't Settle",
        "A Painful Bump at the Lash Line",
    ),
    headline_subjects=(
        "Styes",
        "Eyelid Bumps",
        "A Swollen Eyelid",
    ),
    headline_angles=(
        "Warm Compresses and Patience",
        "Stye or Chalazion?",
        "When a Lump Needs Draining",
    ),
    symptoms=(
        "I have a painful red bump on the edge of my {side} upper eyelid.",
        "A small lump has formed inside my lower eyelid; it doesn't hurt much.",
        "My eyelid is swollen and tender near the lashes.",
        "There's a bump on my eyelid with a yellow point, like a spot.",
    ),
    details=(
        "I've had styes before.",
        "I rub my eyes a lot.",
        "My vision is not affected.",
        "I've been wearing old eye make-up.",
    ),
    tried=(
        "I've been using warm compresses three times a day.",
        "I tried antibiotic ointment from the pharmacy.",
        "I haven't squeezed it.",
    ),
    asks=(
        "Will it go away by itself?",
        "Does it need to be drained?",
        "How can I stop them coming back?",
    ),
    causes=(
        "A painful red bump at the lash line is a stye, a small infection of an eyelash gland.",
        "A painless lump inside the lid is more often a chalazion, a blocked oil gland.",
        "Blepharitis, with oily, crusty lid edges, makes styes and chalazia more likely "
        "to come back.",
    ),
    advice=(
        "Warm compresses for ten minutes several times a day help it drain on its own.",
        "Don't squeeze it.",
        "A chalazion lasting more than a couple of months can be drained in a minor procedure.",
    ),
    red_flags=(
        "swelling spreading across the whole eyelid",
        "fever",
        "changes in vision",
    ),
    related=("Conjunctivitis",),
    course="acute",
    max_symptoms=1,
)

BLURRED_VISION = TopicContent(
    name="Blurred Vision",
    description=(
        "Loss of sharpness in the vision, from needing glasses, cataract, diabetes, or "
        "problems with the retina or optic nerve."
    ),
    weight=4,
    titles=(
        "Blurry vision in one eye",
        "Vision getting worse",
        "Trouble reading small print",
        "Cloudy vision",
        "Things look hazy",
        "Struggling to see clearly at night",
    ),
    headlines=(
        "Blurred Vision: From Glasses to Cataracts",
        "When One Eye Becomes Blurry",
        "Gradual Vision Loss: Causes to Check",
    ),
    headline_subjects=(
        "Cloudy Vision",
        "Fading Eyesight",
        "Blurry Eyesight",
    ),
    headline_angles=(
        "Glasses, Cataracts or Something Else?",
        "How Urgent Is It?",
        "Tests at the Eye Clinic",
    ),
    symptoms=(
        "The vision in my {side} eye has slowly become blurry.",
        "I struggle to read small print and have to hold my phone further away.",
        "Everything looks a bit cloudy, and headlights at night have halos.",
        "Straight lines like door frames look wavy with my {side} eye.",
    ),
    details=(
        "I have type 2 diabetes.",
        "My glasses are about three years old.",
        "I don't have any pain or redness.",
        "My mother had cataract surgery in her sixties.",
    ),
    tried=(
        "Cleaning my glasses didn't help.",
        "I bought reading glasses at the pharmacy.",
        "I've been using lubricating drops.",
    ),
    asks=(
        "Could this be a cataract?",
        "Do I just need new glasses?",
        "How urgent is this?",
    ),
    causes=(
        "Blurred vision that has come on gradually is most often from a change in "
        "glasses prescription or a developing cataract.",
        "Trouble with close reading from the mid-forties is presbyopia, a normal change.",
        "Wavy straight lines can be a sign of macular degeneration and need a prompt examination.",
        "Diabetes can affect the retina, so regular eye checks matter.",
    ),
    advice=(
        "An eye examination with vision testing and a look at the retina is the first step.",
        "Cataract surgery is safe and effective once the blur affects daily life.",
        "People with diabetes should have a retinal check every year.",
    ),
    red_flags=(
        "sudden loss of vision",
        "wavy or distorted vision",
        "a painful red eye",
        "a shadow over part of the vision",
    ),
    related=("Eye Floaters",),
    ages=("40~49", "50~59", "60~69", "60~69", "70~79", "70~79", "80+"),
    course="lasting",
)

OPHTHALMOLOGY = SpecialtyContent(
    name="Ophthalmology",
    slug="ophthalmology",
    description=(
        "The eyes and vision: floaters, dry or red eyes, eyelid lumps and vision that "
        "has become blurred."
    ),
    clinic="an eye clinic",
    practitioner="ophthalmologist",
    weight=7,
    ages=("20~29", "30~39", "40~49", "50~59", "60~69", "70~79"),
    topics=(FLOATERS, DRY_EYES, CONJUNCTIVITIS, STYE, BLURRED_VISION),
)

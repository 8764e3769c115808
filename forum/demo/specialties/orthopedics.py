from ..types import SpecialtyContent, TopicContent

LOWER_BACK_PAIN = TopicContent(
    name="Lower Back Pain",
    description=(
        "Pain in the lower back, most often from strained muscles and joints, sometimes "
        "with sciatica from an irritated nerve."
    ),
    weight=10,
    titles=(
        "Lower back pain after lifting",
        "Back pain going down my leg",
        "Stiff back in the morning",
        "Back pain that keeps coming back",
        "Sore lower back",
        "Back pain when I bend",
    ),
    headlines=(
        "Lower Back Pain: Why Staying Active Helps",
        "Sciatica: Pain That Travels Down the Leg",
        "Recurring Back Pain and How to Prevent It",
    ),
    headline_subjects=(
        "Back Pain",
        "Sciatica",
        "A Stiff Lower Back",
    ),
    headline_angles=(
        "Why Staying Active Helps",
        "When an MRI Is Needed",
        "Exercises That Prevent Flare-Ups",
    ),
    symptoms=(
        "Ever since I lifted a heavy box, my lower back hurts whenever I bend.",
        "I have pain in my lower back that shoots down the back of my {side} leg.",
        "My lower back is stiff every morning and loosens up after I move around.",
        "Sitting for more than half an hour makes my back ache.",
    ),
    details=(
        "I sit at a desk all day.",
        "The pain sometimes spreads into my leg.",
        "I have some tingling in my {side} foot.",
        "It's the third time this year.",
    ),
    tried=(
        "Ibuprofen and a heat pack help.",
        "I've been resting in bed for a few days.",
        "I saw a chiropractor twice.",
    ),
    asks=(
        "Do I need an MRI?",
        "Should I rest or keep moving?",
        "Could I have a slipped disc?",
    ),
    causes=(
        "Most lower back pain comes from strained muscles, ligaments and joints and "
        "improves within six weeks, even when it is very painful at first.",
        "Pain shooting down one leg below the knee, sometimes with tingling, is sciatica, "
        "usually from a disc pressing on a nerve.",
        "Morning stiffness that eases with movement, in someone under forty, can "
        "occasionally be inflammatory back pain and is worth mentioning to a doctor.",
    ),
    advice=(
        "Keep moving as much as the pain allows; bed rest slows recovery.",
        "Scans are rarely needed in the first six weeks unless there are warning signs.",
        "A physiotherapist can guide exercises that reduce the chance of it returning.",
        "Heat, simple painkillers and short walks through the day help.",
    ),
    red_flags=(
        "numbness around the groin",
        "loss of bladder or bowel control",
        "weakness in the leg",
        "back pain with fever or weight loss",
    ),
    related=("Neck Pain",),
    ages=("20~29", "30~39", "30~39", "40~49", "40~49", "50~59", "60~69", "70~79"),
)

KNEE_PAIN = TopicContent(
    name="Knee Pain",
    description=(
        "Pain in the knee from overuse, injury or wear of the joint (osteoarthritis), "
        "often with swelling or clicking."
    ),
    weight=8,
    titles=(
        "Knee pain",
        "Sore knee",
        "Knee problem that won't settle",
        "Aching knee",
        "Painful knee on the stairs",
        "Knee clicks and hurts",
    ),
    headlines=(
        "Knee Pain on Stairs: Common Causes",
        "A Twisted, Swollen Knee: Meniscus or Ligament?",
        "Knee Osteoarthritis and Staying Active",
    ),
    headline_subjects=(
        "Sore Knees",
        "Aching Knees",
        "A Painful Knee",
    ),
    headline_angles=(
        "Kneecap, Cartilage or Arthritis?",
        "When an MRI Helps",
        "Exercises and Getting Back to Sport",
    ),
    symptoms=(
        "My {side} knee aches when I climb stairs or stand up from a chair.",
        "Since I twisted my knee playing football, it swells up after exercise.",
        "My knee clicks and sometimes feels like it catches or locks.",
        "I get pain at the front of my kneecap after running.",
    ),
    details=(
        "The knee feels stiff for a few minutes in the morning.",
        "It sometimes gives way on uneven ground.",
        "I've recently increased my running distance.",
        "I'm carrying some extra weight.",
    ),
    tried=(
        "I've been icing it and wearing a knee support.",
        "Glucosamine tablets didn't seem to help.",
        "I stopped running for two weeks.",
    ),
    asks=(
        "Do I need an MRI of my knee?",
        "Is this arthritis?",
        "When can I go back to sport?",
    ),
    causes=(
        "Knee pain most often comes from the joint behind the kneecap, the cartilage "
        "or early wear of the joint, and the pattern of pain usually tells them apart.",
        "Swelling after a twisting injury, with locking or giving way, suggests a "
        "meniscus or ligament injury.",
        "In people over fifty, aching and stiffness that improve with movement are "
        "typical of osteoarthritis.",
    ),
    advice=(
        "Strengthening the thigh and hip muscles is the most effective treatment for "
        "most knee pain.",
        "An examination comes first; an MRI is useful if a meniscus or ligament tear is suspected.",
        "Losing a little weight significantly reduces the load on the knees.",
    ),
    red_flags=(
        "a hot, red, very swollen knee",
        "fever",
        "being unable to bear weight",
        "a knee that stays locked",
    ),
    related=("Ankle Sprain",),
    max_symptoms=2,
)

FROZEN_SHOULDER = TopicContent(
    name="Frozen Shoulder",
    description=(
        "Painful stiffness of the shoulder joint that limits movement in every "
        "direction, slowly recovering over one to three years."
    ),
    weight=4,
    titles=(
        "Can't lift my arm",
        "Shoulder pain at night",
        "Shoulder getting stiffer",
        "Pain when reaching behind my back",
        "Stiff, painful shoulder",
        "Can't reach the top shelf any more",
    ),
    headlines=(
        "Frozen Shoulder: Stiffness and Night Pain",
        "Shoulder Pain When Lifting the Arm",
        "Recovering Movement in a Stiff Shoulder",
    ),
    headline_subjects=(
        "A Stiff Shoulder",
        "Shoulder Pain at Night",
        "A Painful, Stiff Shoulder",
    ),
    headline_angles=(
        "Frozen Shoulder or Rotator Cuff?",
        "Injections, Stretches and Time",
        "The Stages of Recovery",
    ),
    symptoms=(
        "My {side} shoulder has become stiff and I can't lift my arm above my head.",
        "The pain in my shoulder wakes me when I roll onto it.",
        "I can't reach behind my back to fasten my clothes anymore.",
        "Lifting my arm to the side hurts between certain angles.",
    ),
    details=(
        "There was no injury.",
        "I have diabetes.",
        "I do a lot of overhead work as a painter.",
        "The pain spreads down to my upper arm.",
    ),
    tried=(
        "Painkillers help me sleep.",
        "I've been doing pendulum exercises I found online.",
        "I had a massage, which made it worse for a day.",
    ),
    asks=(
        "Is this frozen shoulder or a rotator cuff problem?",
        "Would an injection help?",
        "How long does it take to recover?",
    ),
    causes=(
        "Stiffness in every direction with night pain, especially with diabetes, is "
        "typical of frozen shoulder.",
        "Pain only in a certain arc when lifting the arm, with good movement otherwise, "
        "is more typical of a rotator cuff tendon problem.",
        "Frozen shoulder passes through painful, stiff and thawing phases over months.",
    ),
    advice=(
        "A steroid injection can ease the pain in the early phase.",
        "Gentle stretching within the limits of pain keeps movement.",
        "An ultrasound scan can check the rotator cuff if the diagnosis is unclear.",
    ),
    red_flags=(
        "sudden weakness after a fall",
        "fever",
        "pain with breathlessness",
    ),
    related=("Neck Pain",),
    ages=("40~49", "40~49", "50~59", "50~59", "60~69", "70~79"),
    course="recent",
)

PLANTAR_FASCIITIS = TopicContent(
    name="Plantar Fasciitis",
    description=(
        "Pain under the heel, worst with the first steps in the morning, from strain of "
        "the band of tissue under the foot."
    ),
    weight=5,
    titles=(
        "Heel pain in the morning",
        "Pain under my heel",
        "Heel spur?",
        "Sore heel after walking",
        "First steps in the morning hurt",
        "Stabbing pain in my heel",
    ),
    headlines=(
        "Heel Pain With the First Steps of the Day",
        "Plantar Fasciitis: Stretching and Patience",
        "Do Heel Spurs Cause Pain?",
    ),
    headline_subjects=(
        "Heel Pain",
        "Morning Heel Pain",
        "A Sore Heel",
    ),
    headline_angles=(
        "Stretches, Shoes and Patience",
        "Do Heel Spurs Matter?",
        "Injections and Other Treatments",
    ),
    symptoms=(
        "The first steps in the morning are agony under my {side} heel.",
        "My heel hurts after standing for a long time.",
        "There's a sharp pain under my heel when I get up after sitting.",
        "The pain under my heel eases as I walk but comes back in the evening.",
    ),
    details=(
        "I started a new job where I stand all day.",
        "I've put on some weight recently.",
        "An X-ray showed a small heel spur.",
        "I usually wear flat shoes.",
    ),
    tried=(
        "I roll my foot on a frozen water bottle.",
        "I bought gel heel cups.",
        "I've been stretching my calves.",
    ),
    asks=(
        "Could a heel spur be causing the pain?",
        "Should I have a steroid injection?",
        "How long will this last?",
    ),
    causes=(
        "Pain under the heel that is worst with the first steps is typical of plantar "
        "fasciitis, strain of the tissue band under the foot.",
        "Heel spurs are common on X-rays in people without pain and are rarely the cause.",
        "Long standing, weight gain, tight calves and unsupportive shoes all contribute.",
    ),
    advice=(
        "Calf and foot stretches twice a day are the most helpful treatment.",
        "Cushioned shoes with a small heel and arch support reduce strain.",
        "Most cases settle within a year; shockwave therapy or an injection may help "
        "stubborn cases.",
    ),
    red_flags=(
        "swelling and redness of the heel",
        "numbness in the foot",
        "pain at night",
    ),
    related=("Ankle Sprain",),
    ages=("30~39", "40~49", "40~49", "50~59", "50~59", "60~69"),
)

ANKLE_SPRAIN = TopicContent(
    name="Ankle Sprain",
    description=(
        "A stretch or tear of the ankle ligaments after rolling the foot, with swelling "
        "and bruising on the outside of the ankle."
    ),
    weight=3,
    titles=(
        "Rolled my ankle",
        "Swollen ankle after a fall",
        "Ankle still sore after a sprain",
        "Sprained ankle and bruising",
        "Twisted my ankle",
        "Ankle gave way",
    ),
    headlines=(
        "Ankle Sprains: Broken or Just Sprained?",
        "Recovering From a Rolled Ankle",
        "The First Days After a Sprained Ankle",
    ),
    headline_subjects=(
        "Ankle Sprains",
        "A Rolled Ankle",
        "Ankle Ligament Injuries",
    ),
    headline_angles=(
        "Sprained or Broken?",
        "Getting Back to Sport",
        "Why Some Ankles Keep Giving Way",
    ),
    symptoms=(
        "I rolled my {side} ankle stepping off a curb and it swelled up straight away.",
        "The outside of my ankle is bruised and sore to touch.",
        "I can walk, but it hurts and feels unstable.",
        "It hurts most when I turn my foot inwards.",
    ),
    details=(
        "I heard a pop when it happened.",
        "The bruising has spread to my foot.",
        "I play basketball twice a week.",
        "I could put weight on it right after.",
    ),
    tried=(
        "I've been resting it, using ice and keeping it raised.",
        "I'm wearing an elastic support.",
        "I'm using crutches for now.",
    ),
    asks=(
        "Do I need an X-ray?",
        "When can I play sport again?",
        "Will the ankle be weaker from now on?",
    ),
    causes=(
        "Rolling the foot inwards usually stretches or tears the ligaments on the outside "
        "of the ankle, which causes swelling and bruising.",
        "Bone tenderness or being unable to take four steps suggests a fracture and "
        "needs an X-ray.",
        "Repeated sprains often come from weakened balance and ligaments that were not "
        "rehabilitated.",
    ),
    advice=(
        "Protect, rest, ice and elevate for the first two to three days, then start "
        "walking as pain allows.",
        "Balance exercises, such as standing on one leg, prevent repeat sprains.",
        "Most sprains recover in two to six weeks; severe ones take longer.",
    ),
    red_flags=(
        "being unable to bear weight",
        "a deformed ankle",
        "numbness or a cold foot",
    ),
    related=("Knee Pain",),
    ages=("10~19", "20~29", "20~29", "30~39", "40~49", "50~59"),
    course="acute",
)

NECK_PAIN = TopicContent(
    name="Neck Pain",
    description=(
        "Pain and stiffness in the neck, commonly from posture and muscle strain, "
        "sometimes with a trapped nerve causing arm pain."
    ),
    weight=6,
    titles=(
        "Stiff neck",
        "Neck pain from computer work",
        "Neck pain spreading to my arm",
        "Neck stiff in the mornings",
        "Painful neck when turning my head",
        "Crick in my neck",
    ),
    headlines=(
        "Neck Pain From Desk Work",
        "A Trapped Nerve in the Neck",
        "Waking Up With a Stiff Neck",
    ),
    headline_subjects=(
        "A Stiff Neck",
        "Neck and Shoulder Ache",
        "A Painful Neck",
    ),
    headline_angles=(
        "Posture, Screens and Movement",
        "Trapped Nerves and Arm Pain",
        "When an X-Ray Is Needed",
    ),
    symptoms=(
        "I often wake up with a stiff neck and can't turn my head to the {side}.",
        "My neck and shoulders ache after a day at the computer.",
        "I have neck pain that spreads down my {side} arm to my fingers.",
        "My neck cracks when I turn it and feels tight all the time.",
    ),
    details=(
        "I spend hours looking down at my phone.",
        "I have tingling in my thumb.",
        "My pillow is quite high.",
        "I was in a minor car accident years ago.",
    ),
    tried=(
        "Heat and gentle stretching help.",
        "I bought a new pillow.",
        "I've been to massage a few times.",
    ),
    asks=(
        "Do I need an X-ray of my neck?",
        "Is it harmful when my neck cracks?",
        "Could this be a slipped disc?",
    ),
    causes=(
        "Most neck pain comes from strained muscles and joints, often linked to posture "
        "and long screen time, and settles within weeks.",
        "Pain spreading down one arm with tingling suggests a trapped nerve in the neck.",
        "Cracking sounds are common and harmless when they are not painful.",
    ),
    advice=(
        "Keep the neck moving and take regular breaks from screens.",
        "Set the monitor at eye level and avoid looking down at a phone for long.",
        "A physiotherapist can help with exercises; imaging is needed only with warning "
        "signs or nerve symptoms that persist.",
    ),
    red_flags=(
        "weakness in the arms",
        "clumsy hands",
        "problems with walking",
        "neck pain with fever and headache",
    ),
    related=("Lower Back Pain", "Frozen Shoulder"),
)

ORTHOPEDICS = SpecialtyContent(
    name="Orthopedics",
    slug="orthopedics",
    description=(
        "Bones, joints, muscles and ligaments: back and neck pain, knees, shoulders, "
        "heels and sprains."
    ),
    clinic="an orthopedic clinic",
    practitioner="orthopedic surgeon",
    weight=10,
    ages=("20~29", "30~39", "40~49", "40~49", "50~59", "50~59", "60~69", "70~79"),
    topics=(
        LOWER_BACK_PAIN,
        KNEE_PAIN,
        FROZEN_SHOULDER,
        PLANTAR_FASCIITIS,
        ANKLE_SPRAIN,
        NECK_PAIN,
    ),
)

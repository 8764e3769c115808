from ..types import SpecialtyContent, TopicContent

ACID_REFLUX = TopicContent(
    name="Acid Reflux",
    description=(
        "Stomach acid rising into the gullet, causing heartburn, a sour taste and "
        "sometimes cough or hoarseness."
    ),
    weight=10,
    titles=(
        "Heartburn every night",
        "Burning in my chest after meals",
        "Sour taste in my mouth",
        "Reflux not helped by antacids",
        "Acid coming up my throat",
        "Indigestion after every meal",
    ),
    headlines=(
        "Heartburn After Meals: Managing Acid Reflux",
        "Night-Time Reflux and Simple Changes That Help",
        "When Reflux Needs More Than Antacids",
    ),
    headline_subjects=(
        "Heartburn",
        "Night-Time Reflux",
        "Reflux Symptoms",
    ),
    headline_angles=(
        "Meals, Weight and Sleeping Position",
        "Acid Tablets in the Long Term",
        "When a Camera Test Is Needed",
    ),
    symptoms=(
        "I get a burning feeling behind my breastbone after meals.",
        "At night acid comes up into my throat and wakes me.",
        "I have a sour taste in my mouth most mornings.",
        "I burp a lot and feel food sitting high in my chest.",
    ),
    details=(
        "It's worse after coffee, spicy food or a big dinner.",
        "Lying down soon after eating makes it much worse.",
        "I've gained some weight around my waist.",
        "I also have a hoarse voice in the mornings.",
    ),
    tried=(
        "Antacid tablets help for an hour or two.",
        "I raised the head of my bed with blocks.",
        "I've been taking omeprazole from the pharmacy for a month.",
    ),
    asks=(
        "Do I need a camera test (gastroscopy)?",
        "Is it safe to take acid-reducing tablets long term?",
        "What foods should I avoid?",
    ),
    causes=(
        "A burning feeling behind the breastbone after meals or on lying down is typical "
        "of acid reflux.",
        "A weak valve at the bottom of the gullet, extra weight around the waist, late "
        "meals, alcohol and smoking all encourage reflux.",
        "Acid reaching the throat can cause hoarseness, throat clearing and cough.",
    ),
    advice=(
        "Avoid eating within three hours of bedtime and raise the head of the bed.",
        "A four- to eight-week course of a proton pump inhibitor usually controls symptoms.",
        "Losing a little weight, if needed, often makes a big difference.",
        "Long-term acid tablets are generally safe but should be reviewed with your doctor.",
    ),
    red_flags=(
        "difficulty swallowing",
        "vomiting blood",
        "black stools",
        "unexplained weight loss",
    ),
    related=("Bloating",),
)

IBS = TopicContent(
    name="Irritable Bowel Syndrome",
    description=(
        "Recurring tummy pain with diarrhoea, constipation or both, and bloating, without "
        "damage to the bowel."
    ),
    weight=7,
    titles=(
        "Stomach cramps and diarrhoea",
        "Could I have IBS?",
        "Bowel habits always changing",
        "Tummy pain relieved by the toilet",
        "Cramps and bloating after meals",
        "Alternating diarrhoea and constipation",
    ),
    headlines=(
        "Irritable Bowel Syndrome: Diagnosis and Daily Management",
        "Cramps, Urgency and Stress: The Gut-Brain Link",
        "IBS and the Low-FODMAP Diet",
    ),
    headline_subjects=(
        "IBS",
        "Cramps and Urgency",
        "An Irritable Gut",
    ),
    headline_angles=(
        "Diet, Stress and the Gut",
        "Do You Need a Colonoscopy?",
        "Living Well With a Sensitive Gut",
    ),
    symptoms=(
        "I get cramping pain in my lower tummy that eases after I go to the toilet.",
        "My bowels swing between diarrhoea and constipation.",
        "I often have to rush to the toilet in the morning.",
        "My stomach bloats and gurgles after most meals.",
    ),
    details=(
        "It's much worse when I'm stressed or anxious.",
        "I don't have any bleeding and my weight is stable.",
        "Onions, beans and garlic seem to make it worse.",
        "My blood tests and a coeliac test were normal.",
    ),
    tried=(
        "Peppermint oil capsules help the cramps a little.",
        "I tried cutting out gluten for a month, with no change.",
        "I've started taking a probiotic.",
    ),
    asks=(
        "Is this irritable bowel syndrome?",
        "Do I need a colonoscopy to be sure?",
        "What diet should I follow?",
    ),
    causes=(
        "Recurring tummy pain linked to bowel movements, with changes in stool pattern "
        "and bloating, is typical of irritable bowel syndrome.",
        "IBS comes from an oversensitive gut and disturbed communication between the gut "
        "and the brain, which is why stress makes it worse.",
        "Coeliac disease, inflammatory bowel disease and thyroid problems can look "
        "similar and are ruled out with simple tests.",
    ),
    advice=(
        "Regular meals, enough water and gentle exercise are the foundation.",
        "A low-FODMAP diet, ideally with a dietitian, helps many people.",
        "Antispasmodics, peppermint oil and some low-dose medicines calm the gut.",
    ),
    red_flags=(
        "blood in the stool",
        "unexplained weight loss",
        "symptoms that wake you at night",
        "bowel changes that start after the age of fifty",
    ),
    related=("Bloating", "Constipation"),
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49", "50~59"),
)

CONSTIPATION = TopicContent(
    name="Constipation",
    description=(
        "Infrequent, hard or difficult bowel movements, often from low fibre, low fluids, "
        "inactivity or medicines."
    ),
    weight=5,
    titles=(
        "Constipated for days at a time",
        "Hard stools and straining",
        "Can't go to the toilet",
        "Constipation that keeps coming back",
        "Struggling to go for days",
        "Hard, painful bowel movements",
    ),
    headlines=(
        "Chronic Constipation: Practical Steps",
        "Straining and Hard Stools: What Helps",
        "Choosing the Right Laxative",
    ),
    headline_subjects=(
        "Hard Stools",
        "Sluggish Bowels",
        "Straining on the Toilet",
    ),
    headline_angles=(
        "Fibre, Fluids and Laxatives",
        "Are Laxatives Safe to Use?",
        "When Tests Are Needed",
    ),
    symptoms=(
        "I only open my bowels about twice a week, and it's hard and painful.",
        "I strain a lot and feel as if I haven't finished.",
        "My stools are small, hard pellets.",
        "My stomach feels full and uncomfortable until I manage to go.",
    ),
    details=(
        "I don't drink much water during the day.",
        "I recently started iron tablets.",
        "I travel a lot for work.",
        "I sometimes see a streak of bright red blood on the paper.",
    ),
    tried=(
        "I tried prunes and more fruit.",
        "A laxative from the pharmacy worked but gave me cramps.",
        "I've started walking every morning.",
    ),
    asks=(
        "Is it safe to use laxatives regularly?",
        "What should I eat to stay regular?",
        "Do I need tests for this?",
    ),
    causes=(
        "Hard, infrequent stools are most often related to low fibre and fluids, "
        "inactivity and ignoring the urge to go.",
        "Iron tablets, some painkillers and some blood pressure medicines commonly cause "
        "constipation.",
        "Bright red streaks on the paper after straining usually come from a small tear or piles.",
    ),
    advice=(
        "Increase fibre gradually and drink enough water.",
        "A stool softener or osmotic laxative such as macrogol is safe for regular use.",
        "Sitting with your feet on a small stool makes passing stools easier.",
    ),
    red_flags=(
        "blood mixed into the stool",
        "unexplained weight loss",
        "a change in bowel habit after fifty",
        "severe tummy pain with vomiting",
    ),
    related=("Irritable Bowel Syndrome",),
)

BLOOD_IN_STOOL = TopicContent(
    name="Blood in Stool",
    description=(
        "Blood seen on the toilet paper or in the stool, most often from piles or a "
        "small tear, occasionally from more serious bowel conditions."
    ),
    weight=4,
    titles=(
        "Blood on the toilet paper",
        "Bright red blood after bowel movement",
        "Dark blood in stool",
        "Rectal bleeding",
        "Blood when I wipe",
        "Red streaks in my stool",
    ),
    headlines=(
        "Rectal Bleeding: Piles or Something More?",
        "Bright Red Blood on the Paper",
        "When Blood in the Stool Needs a Colonoscopy",
    ),
    headline_subjects=(
        "Rectal Bleeding",
        "Bleeding From the Bottom",
        "Blood on the Toilet Paper",
    ),
    headline_angles=(
        "Piles, Fissures or More?",
        "Who Needs a Colonoscopy",
        "Bright Red Versus Dark Blood",
    ),
    symptoms=(
        "I see bright red blood on the toilet paper after I go.",
        "There was blood mixed with my stool twice this week.",
        "I have a sharp pain when passing stools and then some bleeding.",
        "I notice a small lump at my bottom that bleeds now and then.",
    ),
    details=(
        "I've been constipated recently.",
        "My weight and appetite are normal.",
        "My grandfather had bowel cancer.",
        "The blood drips into the toilet bowl.",
    ),
    tried=(
        "A haemorrhoid cream from the pharmacy helped a bit.",
        "I've increased the fibre in my diet.",
        "I'm too embarrassed to see my doctor.",
    ),
    asks=(
        "Is this just piles?",
        "Do I need a colonoscopy?",
        "How worried should I be?",
    ),
    causes=(
        "Bright red blood on the paper, especially with straining, most often comes from "
        "piles or a small tear in the skin (anal fissure).",
        "Sharp pain during and after passing stools points to a fissure.",
        "Blood mixed into the stool, darker blood or a change in bowel habit need a "
        "closer look to rule out polyps, inflammation or cancer.",
    ),
    advice=(
        "A doctor can often confirm piles or a fissure with a quick examination.",
        "Soft stools, from fibre, fluids and a stool softener, help both conditions heal.",
        "A colonoscopy is advised for ongoing bleeding, a family history of bowel "
        "cancer or age over about fifty.",
    ),
    red_flags=(
        "black, tarry stools",
        "heavy bleeding",
        "dizziness or fainting",
        "weight loss",
    ),
    related=("Constipation",),
    ages=("20~29", "30~39", "40~49", "50~59", "50~59", "60~69", "70~79"),
)

BLOATING = TopicContent(
    name="Bloating",
    description=(
        "A swollen, tight tummy and wind, often linked to diet, swallowed air, "
        "constipation or an irritable gut."
    ),
    weight=3,
    titles=(
        "Bloated every evening",
        "Stomach swells after eating",
        "Always gassy and bloated",
        "Swollen tummy by the end of the day",
        "Tummy swelling and wind",
        "Bloated and uncomfortable",
    ),
    headlines=(
        "Evening Bloating: Common Causes",
        "Gas and Bloating After Meals",
        "Bloating That Won't Settle",
    ),
    headline_subjects=(
        "A Swollen Tummy",
        "Gas and Wind",
        "Tummy Bloating",
    ),
    headline_angles=(
        "Food Diaries and Diet Trials",
        "Intolerance or Sensitive Gut?",
        "When Bloating Needs Tests",
    ),
    symptoms=(
        "My stomach swells up after lunch and by the evening my trousers are tight.",
        "I feel bloated and full of gas most days.",
        "My tummy is flat in the morning and distended by the evening.",
        "I pass a lot of wind and feel uncomfortable.",
    ),
    details=(
        "I drink sparkling water and chew gum a lot.",
        "Dairy seems to make it worse.",
        "I eat very quickly at my desk.",
        "My appetite is normal.",
    ),
    tried=(
        "I tried lactose-free milk for two weeks.",
        "Charcoal tablets did nothing.",
        "I've been taking simethicone drops.",
    ),
    asks=(
        "Could this be a food intolerance?",
        "What tests would help?",
        "Is this normal?",
    ),
    causes=(
        "Bloating that builds through the day and is gone by morning is common and "
        "usually comes from gas and an oversensitive gut rather than a disease.",
        "Fizzy drinks, chewing gum and eating fast increase swallowed air.",
        "Lactose intolerance and certain carbohydrates (FODMAPs) produce extra gas.",
    ),
    advice=(
        "Eat slowly, cut down on fizzy drinks and gum, and keep a food diary.",
        "A two-week trial without lactose can show whether dairy is the problem.",
        "Treating constipation often eases bloating.",
    ),
    red_flags=(
        "bloating that stays all day every day",
        "unexplained weight loss",
        "feeling full after only a few bites",
    ),
    related=("Irritable Bowel Syndrome", "Acid Reflux"),
)

FATTY_LIVER = TopicContent(
    name="Fatty Liver",
    description=(
        "A build-up of fat in the liver, linked to weight, blood sugar and alcohol, "
        "usually found on a scan or blood test."
    ),
    weight=2,
    titles=(
        "Fatty liver on ultrasound",
        "Raised liver enzymes",
        "Is fatty liver serious?",
        "Fatty liver and weight",
        "Fatty liver found on a scan",
        "Liver test results slightly high",
    ),
    headlines=(
        "Fatty Liver Found by Chance: What Now?",
        "Raised Liver Enzymes and Fatty Liver",
        "Reversing Fatty Liver With Lifestyle",
    ),
    headline_subjects=(
        "Raised Liver Enzymes",
        "Fatty Liver Disease",
        "A Fatty Liver on Ultrasound",
    ),
    headline_angles=(
        "Weight, Sugar and Alcohol",
        "Can It Be Reversed?",
        "Scans, Scores and Follow-Up",
    ),
    symptoms=(
        "An ultrasound for something else showed a fatty liver.",
        "My blood test showed raised ALT, and my doctor said it's probably fatty liver.",
        "I was told I have moderate fatty liver, though I feel fine.",
        "My health check flagged my liver tests as high.",
    ),
    details=(
        "I'm overweight and my blood sugar is borderline.",
        "I drink a couple of beers most evenings.",
        "I've never had hepatitis.",
        "My cholesterol is high too.",
    ),
    tried=(
        "I started cutting down on sugar and white rice.",
        "I've stopped drinking alcohol during the week.",
        "I bought a liver detox supplement.",
    ),
    asks=(
        "Can fatty liver be reversed?",
        "Will it turn into cirrhosis?",
        "Do I need a biopsy?",
    ),
    causes=(
        "Fatty liver is very common and is most often linked to weight around the waist, "
        "raised blood sugar and cholesterol, or alcohol.",
        "In most people it stays mild, but in some it causes inflammation and scarring over years.",
        "Viral hepatitis and some medicines can also raise liver enzymes and should be checked.",
    ),
    advice=(
        "Losing seven to ten percent of body weight can reverse much of the fat.",
        "A scan that measures liver stiffness shows whether there is scarring.",
        "Cut down on alcohol and sugary drinks; liver detox supplements do not help.",
    ),
    red_flags=(
        "yellow skin or eyes",
        "swelling of the tummy",
        "vomiting blood",
    ),
    related=("Bloating",),
    ages=("30~39", "40~49", "40~49", "50~59", "50~59", "60~69"),
    course="recent",
    onsets=(
        "I got the results {duration} ago.",
        "My doctor wants to repeat the tests in six months.",
        "I only found out by chance.",
    ),
    max_symptoms=1,
)

GASTROENTEROLOGY = SpecialtyContent(
    name="Gastroenterology",
    slug="gastroenterology",
    description=(
        "The digestive system: reflux, irritable bowel, constipation, bleeding, bloating "
        "and the liver."
    ),
    clinic="a gastroenterology clinic",
    practitioner="gastroenterologist",
    weight=10,
    ages=("20~29", "30~39", "30~39", "40~49", "40~49", "50~59", "60~69", "70~79"),
    topics=(ACID_REFLUX, IBS, CONSTIPATION, BLOOD_IN_STOOL, BLOATING, FATTY_LIVER),
)

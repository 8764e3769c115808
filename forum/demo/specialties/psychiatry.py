from ..types import SpecialtyContent, TopicContent

ANXIETY = TopicContent(
    name="Anxiety",
    description=(
        "Persistent worry, restlessness and physical tension that are out of proportion "
        "to events and get in the way of daily life."
    ),
    weight=9,
    titles=(
        "Constant worrying",
        "I can't switch my mind off",
        "Anxiety and a racing heart",
        "Always on edge",
        "Nervous all the time",
        "Anxious for no reason",
    ),
    headlines=(
        "When Worry Won't Switch Off: Recognising Generalised Anxiety",
        "Anxiety's Physical Symptoms and How to Ease Them",
        "Living With Constant Worry",
    ),
    headline_subjects=(
        "Constant Worry",
        "Generalised Anxiety",
        "Feeling on Edge",
    ),
    headline_angles=(
        "Therapy, Medicine or Both?",
        "Normal Stress or Something More?",
        "Calming the Body's Alarm",
    ),
    symptoms=(
        "I worry about everything, from work to my family's health, all day long.",
        "My mind keeps running through worst-case scenarios and I can't stop it.",
        "I feel tense and restless most of the time, as if something bad is about to happen.",
        "My chest feels tight and my stomach is in knots most days.",
    ),
    details=(
        "It's worse on Sunday evenings before the working week.",
        "I find it hard to concentrate and I'm irritable with people I love.",
        "I've started avoiding social events because of it.",
        "My heart checks and blood tests were all normal.",
    ),
    tried=(
        "I downloaded a meditation app, which helps a bit when I remember to use it.",
        "I cut down on coffee and alcohol.",
        "A friend gave me one of her sleeping pills, but I don't want to rely on those.",
    ),
    asks=(
        "Is this an anxiety disorder, and does it need treatment?",
        "Would therapy help, or do I need medication?",
        "How do I know if this is normal stress or something more?",
    ),
    causes=(
        "Worry that is present most days, is hard to control and comes with tension, poor "
        "sleep and irritability fits generalised anxiety disorder.",
        "Anxiety often shows up in the body: a tight chest, a racing heart, an upset "
        "stomach and aching muscles.",
        "Long periods of stress, caffeine, alcohol and an overactive thyroid can all make "
        "anxiety worse.",
    ),
    advice=(
        "Cognitive behavioural therapy is one of the most effective treatments for anxiety.",
        "Regular exercise and a steady sleep routine lower baseline anxiety.",
        "If therapy is not enough, some antidepressants also treat anxiety well and are "
        "not addictive.",
        "Avoid relying on alcohol or borrowed sleeping pills to cope.",
    ),
    red_flags=(
        "thoughts of harming yourself",
        "being unable to leave the house",
        "heavy drinking to calm down",
    ),
    related=("Panic Attacks", "Insomnia"),
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49", "50~59"),
)

INSOMNIA = TopicContent(
    name="Insomnia",
    description=(
        "Difficulty falling asleep, staying asleep or waking too early, with tiredness "
        "the next day, on at least three nights a week."
    ),
    weight=7,
    titles=(
        "Can't sleep",
        "Waking up at 3 a.m. every night",
        "Trouble falling asleep",
        "Sleepless nights",
        "Lying awake for hours",
        "Can't get back to sleep",
    ),
    headlines=(
        "Waking in the Early Hours: Understanding Insomnia",
        "Sleeping Badly for Months: What Actually Helps",
        "Insomnia Without Sleeping Pills",
    ),
    headline_subjects=(
        "Sleepless Nights",
        "Early Waking",
        "Trouble Sleeping",
    ),
    headline_angles=(
        "Sleep Habits That Help",
        "Sleeping Pills and Their Limits",
        "Therapy for Insomnia",
    ),
    symptoms=(
        "It takes me two hours or more to fall asleep most nights.",
        "I wake up around three in the morning and can't get back to sleep.",
        "I lie in bed with my thoughts racing, even when I'm exhausted.",
        "I sleep maybe four or five hours a night and feel wrecked during the day.",
    ),
    details=(
        "I often look at my phone in bed when I can't sleep.",
        "I nap in the afternoon to make up for it.",
        "It began during a difficult time at work and never went back to normal.",
        "I've started to dread going to bed.",
    ),
    tried=(
        "Melatonin from the pharmacy helped for a few nights only.",
        "I stopped drinking coffee after midday.",
        "I tried an antihistamine sleeping tablet, but I felt groggy the next morning.",
    ),
    asks=(
        "What can I do to sleep normally again?",
        "Should I ask for sleeping pills?",
        "Could something physical be causing this?",
    ),
    causes=(
        "Insomnia often starts during a stressful period and then continues because the "
        "bed becomes linked with being awake and worrying.",
        "Low mood and anxiety commonly show up first as early waking or difficulty falling asleep.",
        "Caffeine, alcohol, late screens, daytime naps, pain and some medicines all disturb sleep.",
    ),
    advice=(
        "Keep the same wake-up time every day, including weekends.",
        "If you are awake for more than about twenty minutes, get up and do something "
        "calm in dim light until you feel sleepy.",
        "Cognitive behavioural therapy for insomnia works better in the long run than "
        "sleeping pills.",
        "Avoid daytime naps while you are retraining your sleep.",
    ),
    red_flags=(
        "thoughts of suicide",
        "falling asleep while driving",
        "loud snoring with pauses in breathing",
    ),
    related=("Anxiety", "Low Mood"),
    ages=("20~29", "30~39", "40~49", "40~49", "50~59", "60~69", "70~79"),
)

LOW_MOOD = TopicContent(
    name="Low Mood",
    description=(
        "Feeling sad, empty or uninterested for weeks at a time, which may be a sign of depression."
    ),
    weight=6,
    titles=(
        "Feeling down all the time",
        "Lost interest in everything",
        "Could I be depressed?",
        "No energy or motivation",
        "Feeling low and flat",
        "Nothing makes me happy any more",
    ),
    headlines=(
        "Weeks of Low Mood: When Sadness Becomes Depression",
        "Losing Interest in Things You Used to Enjoy",
        "Depression: First Steps Towards Help",
    ),
    headline_subjects=(
        "Depression",
        "Loss of Interest",
        "Feeling Flat and Empty",
    ),
    headline_angles=(
        "When Sadness Becomes Depression",
        "Talking Therapy and Antidepressants",
        "Where to Start",
    ),
    symptoms=(
        "I feel flat and empty most days, even when nothing bad is happening.",
        "I've lost interest in things I used to love, like music and seeing friends.",
        "Getting out of bed in the morning feels like a huge effort.",
        "I cry easily and feel like a burden to the people around me.",
    ),
    details=(
        "My appetite has dropped and I've lost some weight.",
        "I can't concentrate at work and keep making small mistakes.",
        "It began after my father passed away, but it hasn't eased.",
        "I sleep a lot but still wake up tired.",
    ),
    tried=(
        "I've tried to exercise more, but I can't keep it up.",
        "I talked to a friend, which helped for a day.",
        "I haven't told anyone else how I feel.",
    ),
    asks=(
        "Is this depression, and what treatment is there?",
        "Do antidepressants change your personality?",
        "Where should I start if I want help?",
    ),
    causes=(
        "Low mood with loss of interest for more than two weeks, together with changes "
        "in sleep, appetite and energy, fits a depressive episode.",
        "Grief can look similar, but when it stops easing and affects daily life it can "
        "turn into depression.",
        "An underactive thyroid, anaemia and some medicines can also cause low mood and tiredness.",
    ),
    advice=(
        "Talk to your family doctor or a psychiatrist; depression is common and treatable.",
        "Talking therapy and antidepressants both work, and are often combined.",
        "Keep a simple daily routine and some light physical activity, even when it feels hard.",
    ),
    red_flags=(
        "thoughts of ending your life",
        "making plans to harm yourself",
        "not eating or drinking for days",
    ),
    related=("Insomnia", "Anxiety"),
    ages=("10~19", "20~29", "20~29", "30~39", "40~49", "50~59", "60~69", "70~79"),
)

PANIC_ATTACKS = TopicContent(
    name="Panic Attacks",
    description=(
        "Sudden surges of intense fear with a pounding heart, breathlessness and "
        "dizziness, peaking within minutes."
    ),
    weight=4,
    titles=(
        "Sudden attacks of fear",
        "Thought I was having a heart attack",
        "Panic attacks on the train",
        "Can't breathe when I panic",
        "Sudden panic out of nowhere",
        "Heart racing and a feeling of doom",
    ),
    headlines=(
        "Panic Attacks: Frightening but Not Dangerous",
        "When Your Heart Races Out of Nowhere",
        "Breaking the Cycle of Panic",
    ),
    headline_subjects=(
        "Sudden Waves of Fear",
        "Panic Disorder",
        "Attacks of Panic",
    ),
    headline_angles=(
        "Frightening but Not Dangerous",
        "Breathing, Therapy and Recovery",
        "Heart Attack or Panic?",
    ),
    symptoms=(
        "Out of nowhere my heart starts pounding and I feel like I can't breathe.",
        "I get sudden waves of terror with shaking and tingling in my hands.",
        "During an attack I feel dizzy and convinced I'm about to die.",
        "Once I went to the emergency room because I thought I was having a heart attack.",
    ),
    details=(
        "The attacks last about ten minutes and leave me exhausted.",
        "They happen most often on crowded trains.",
        "My ECG and blood tests at the hospital were normal.",
        "I now avoid places where I had an attack before.",
    ),
    tried=(
        "Breathing slowly into my belly helps a little.",
        "I carry a bottle of water and sit down when it starts.",
        "I stopped energy drinks completely.",
    ),
    asks=(
        "Can a panic attack damage my heart?",
        "How do I stop the attacks from coming back?",
        "Is this panic disorder?",
    ),
    causes=(
        "Sudden attacks of intense fear with a racing heart, breathlessness and tingling, "
        "peaking within minutes, are typical panic attacks.",
        "When attacks recur and you start to fear or avoid them, it is called panic disorder.",
        "Panic attacks are not dangerous to the heart, though it is sensible to rule out "
        "heart problems once.",
    ),
    advice=(
        "Slow breathing, with a longer breath out than in, shortens an attack.",
        "Cognitive behavioural therapy teaches you to stop fearing the symptoms, which "
        "breaks the cycle.",
        "Gradually returning to places you avoid, step by step, helps more than staying away.",
    ),
    red_flags=(
        "chest pain during exercise",
        "fainting during an attack",
        "thoughts of harming yourself",
    ),
    related=("Anxiety",),
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49"),
)

ADULT_ATTENTION = TopicContent(
    name="Attention Problems in Adults",
    description=(
        "Lifelong difficulty with focus, organisation and restlessness that may be "
        "attention deficit hyperactivity disorder (ADHD) in adulthood."
    ),
    weight=2,
    titles=(
        "Could I have ADHD as an adult?",
        "Can't focus at work",
        "Always disorganised and late",
        "Trouble concentrating since childhood",
        "Easily distracted at work",
        "Forgetful and disorganised",
    ),
    headlines=(
        "ADHD in Adults: Signs That Are Easy to Miss",
        "Chronic Disorganisation and Focus Problems",
        "Getting Assessed for Adult ADHD",
    ),
    headline_subjects=(
        "Adult ADHD",
        "Focus and Organisation Problems",
        "Restlessness and Distraction",
    ),
    headline_angles=(
        "Getting Assessed",
        "Medication and Coaching",
        "ADHD, Anxiety or Both?",
    ),
    symptoms=(
        "I can't stay focused on anything for long, especially boring tasks at work.",
        "I constantly lose my keys and forget appointments.",
        "I start many projects and finish almost none of them.",
        "I feel restless in meetings and interrupt people without meaning to.",
    ),
    details=(
        "My school reports always said I was bright but didn't pay attention.",
        "My son was recently diagnosed with ADHD, and I recognise myself in him.",
        "I've been warned at work about missed deadlines.",
        "I'm fine when something really interests me.",
    ),
    tried=(
        "I've tried planners and phone reminders, which work for a week or two.",
        "I drink a lot of coffee to get through the day.",
        "I did an online questionnaire and scored high.",
    ),
    asks=(
        "How do adults get tested for ADHD?",
        "Is medication safe for adults?",
        "Could this be anxiety instead?",
    ),
    causes=(
        "Problems with attention and organisation that go back to childhood and affect "
        "work and home life can be adult ADHD.",
        "ADHD runs strongly in families, so a parent, sibling or child with the "
        "diagnosis is a useful clue.",
        "Anxiety, depression, poor sleep and thyroid problems can also disturb "
        "concentration and need to be considered.",
    ),
    advice=(
        "An assessment by a psychiatrist includes a detailed history, ideally with "
        "school reports or a relative's account.",
        "Treatment combines practical coaching strategies and, for many people, medication.",
        "Online questionnaires are only a starting point, not a diagnosis.",
    ),
    red_flags=(
        "very low mood",
        "heavy use of alcohol or drugs",
        "thoughts of harming yourself",
    ),
    related=("Anxiety", "Low Mood"),
    ages=("20~29", "20~29", "30~39", "30~39", "40~49"),
    course="recent",
    onsets=(
        "I've been like this for as long as I can remember.",
        "It has been a problem since school, but it's worse now with more responsibility.",
        "I only started wondering about ADHD {duration} ago.",
    ),
)

PSYCHIATRY = SpecialtyContent(
    name="Psychiatry",
    slug="psychiatry",
    description=(
        "Mental health: anxiety, low mood, sleep problems, panic and attention, assessed "
        "and treated with talking therapies and medicines."
    ),
    clinic="a psychiatry clinic",
    practitioner="psychiatrist",
    weight=8,
    ages=("10~19", "20~29", "20~29", "30~39", "30~39", "40~49", "50~59", "60~69"),
    topics=(ANXIETY, INSOMNIA, LOW_MOOD, PANIC_ATTACKS, ADULT_ATTENTION),
)

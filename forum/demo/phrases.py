"""Sentence pools shared by every specialty: the patient's framing and the doctor's manner.

The topic modules carry the medicine; these carry the voice, so that two questions on
the same topic still open, run and close differently.
"""

# Written in front of the first sentence ("Hello doctor, my eyelid ...").
INLINE_OPENERS = (
    "Hello doctor,",
    "Hi,",
    "Dear doctor,",
    "Hello,",
    "Hi doctor,",
    "Good evening,",
    "Doctor,",
)

# Written on a line of their own, before a first sentence that starts with "I".
LINE_OPENERS = (
    "Dear Doctor,",
    "Hello,",
    "Hi there,",
    "Good morning, doctor,",
    "Hello doctor,",
)

# On a line of their own before any sentence.
STANDALONE_LINE_OPENERS = (
    "Hello doctor:",
    "Hello!",
    "Hi there!",
    "Good morning, doctor.",
)

# {duration} is a span such as "three weeks" or "a month".
ONSETS = (
    "It started about {duration} ago.",
    "This has been going on for {duration} now.",
    "It began roughly {duration} ago and hasn't settled.",
    "I first noticed it {duration} ago.",
    "It has come and gone for about {duration}.",
    "It's been {duration} since this started.",
    "The problem appeared around {duration} ago.",
)

# Onsets without a duration, for problems that have lasted a while.
FIXED_ONSETS = (
    "It's been like this since the spring.",
    "It has been on and off for years, but lately it's more frequent.",
    "It crept up so gradually that I can't say when it began.",
    "I can't say exactly when it began, but it's been a while.",
)

# Sentences that announce the story before the symptoms.
STORY_INTROS = (
    "I've had a problem for about {duration} that I'd like to ask about.",
    "I have a question about something that started {duration} ago.",
    "Something has been bothering me for {duration} and I'm not sure what to make of it.",
    "Sorry if this is a silly question, but it has been on my mind for {duration}.",
    "I'm writing because of an issue I've had for roughly {duration}.",
)

# For topics with their own onsets (a test result, a seasonal problem): no duration.
PLAIN_STORY_INTROS = (
    "I have a question I hope you can help with.",
    "I'd be grateful for a second opinion on something.",
    "Sorry if this is a silly question, but it has been on my mind.",
    "I'm writing about something that has been worrying me.",
)

PARENT_STORY_INTROS = (
    "I'm writing about {kid}, who is {child_age} old.",
    "{Kid} is {child_age} old and I have a question about {obj}.",
    "My question is about {kid} ({child_age}).",
    "Our youngest is {child_age} old.",
    "Asking on behalf of {kid}, {child_age} old.",
)

# Who the asker is, by age band; {age} is a whole number inside the asker's range.
LIFE_CONTEXT = {
    "teen": (
        "I'm {age} and a student.",
        "I'm {age} and play basketball three times a week.",
        "I'm {age}, and exams are coming up, so I sleep late most nights.",
        "I'm a {age}-year-old student and spend a lot of time on my phone.",
    ),
    "young": (
        "I'm {age} and work in an office.",
        "I'm a {age}-year-old graduate student.",
        "I work rotating shifts in a warehouse and I'm {age}.",
        "I'm {age}, generally healthy, and I run a couple of times a week.",
        "I'm {age} and recently started a new, quite stressful job.",
    ),
    "adult": (
        "I'm {age}, work at a desk and sit for most of the day.",
        "I'm {age} with two young children, so sleep is often short.",
        "I'm {age} and have generally been healthy.",
        "I'm {age}; I teach and I'm on my feet all day.",
        "I'm {age}, I don't drink much, and I try to walk every evening.",
        "I'm {age} and slightly overweight, but I've never had any serious illness.",
    ),
    "older": (
        "I'm {age} and retired.",
        "I'm {age} and a grandparent of four.",
        "I'm {age}; my health has been fairly good for my age.",
        "I'm {age} and live on my own, so I want to be careful.",
        "I'm {age} and still garden every day.",
    ),
}

PARENT_CONTEXT = (
    "{Kid} has been healthy so far and had all the usual vaccinations.",
    "{Kid} has no allergies that we know of.",
    "There's no family history of anything serious.",
    "{Kid} was born at full term without complications.",
    "{Kid} is otherwise eating, playing and sleeping normally.",
)

WORRIES = (
    "I'm worried it could be something serious.",
    "I've been reading things online and now I'm quite anxious.",
    "It's starting to get in the way of everyday life.",
    "My family says I'm overthinking it, but it still bothers me.",
    "I don't want to ignore it if it matters.",
    "A relative had something similar, so I'm a bit nervous.",
    "I keep thinking about it.",
)

PARENT_WORRIES = (
    "As parents we can't help worrying.",
    "We're first-time parents and not sure what's normal.",
    "My partner thinks it's nothing, but I'd like to be sure.",
    "I keep checking on {obj} at night.",
)

GENERIC_TRIED = (
    "I haven't seen a doctor about it yet.",
    "My GP said it was probably nothing, but it hasn't gone away.",
    "I've tried resting more, without much change.",
    "I've been keeping notes to show a doctor.",
)

SIGN_OFFS = (
    "Thank you.",
    "Thank you!",
    "Thanks in advance.",
    "Many thanks for your help.",
    "Any advice would be appreciated.",
    "Thank you for taking the time to answer.",
    "Grateful for any advice.",
)

REPLY_OPENERS = (
    "Hello,",
    "Hello, thank you for your question.",
    "Hi,",
    "Thank you for the detailed description.",
    "Hello, and thanks for writing in.",
    "Thanks for your question.",
)

# How the doctor introduces the likely explanation.
CAUSE_LEADS = (
    "From what you describe, ",
    "Based on your description, ",
    "",
    "By the sound of it, ",
)

REPLY_CLOSINGS = (
    "Please visit {clinic} for an examination.",
    "I'd recommend a visit to {clinic} so the cause can be confirmed.",
    "An in-person check at {clinic} is the best next step.",
    "If it doesn't improve within a couple of weeks, please book a visit to {clinic}.",
    "If you are unsure, {clinic} can take a look and advise on treatment.",
    "I hope this helps, and please don't hesitate to get it checked.",
)

# The signs range from "the same day" to "soon", so the wording stays between the two.
RED_FLAG_SENTENCES = (
    "Please get checked promptly if you notice {flags}.",
    "Warning signs that need a doctor's attention include {flags}.",
    "See a doctor sooner if you notice {flags}.",
    "**Don't wait for a routine appointment** if you notice {flags}.",
)

RED_FLAG_LIST_LEADS = (
    "**See a doctor promptly if you notice:**",
    "Please get checked sooner if you have any of these:",
)

# Advice items include tests and facts as well as things to do.
ADVICE_LIST_LEADS = (
    "A few practical points:",
    "Worth knowing:",
    "Some points that may help:",
)

# An opener ending in a comma runs on into the point that follows it.
SECOND_REPLY_OPENERS = (
    "To add to the previous reply,",
    "A short addition to what my colleague wrote.",
    "I'd add a little to the answer above.",
)

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

# Written on a line of their own.
LINE_OPENERS = (
    "Hello doctor:",
    "Dear Doctor,",
    "Hello,",
    "Hi there,",
    "Good morning doctor,",
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

FIXED_ONSETS = (
    "It started quite suddenly last week.",
    "It's been like this since the spring.",
    "It began after a bad cold last month.",
    "It has been on and off for years, but lately it's more frequent.",
    "It started the day before yesterday.",
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

PARENT_STORY_INTROS = (
    "I'm writing about {kid}, who is {child_age} old.",
    "{Kid} is {child_age} old and I have a question about {obj}.",
    "My question is about {kid} ({child_age}).",
    "We have a little one who is {child_age} old.",
    "Asking on behalf of {kid}, {child_age} old.",
)

# Who the asker is, by age band; {age} is a whole number inside the asker's range.
LIFE_CONTEXT = {
    "teen": (
        "I'm {age} and in my last years of school.",
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
        "I'm {age} and otherwise healthy, with no regular medication.",
        "I'm {age}; I teach and I'm on my feet all day.",
        "I'm {age} and a non-smoker, and I try to walk every evening.",
        "I'm {age} and slightly overweight, but I've never had any serious illness.",
    ),
    "older": (
        "I'm {age} and retired.",
        "I'm {age} and take tablets for blood pressure.",
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
    "It's starting to affect my work.",
    "My family says I'm overthinking it, but it still bothers me.",
    "I don't want to ignore it if it matters.",
    "A relative had something similar, so I'm a bit nervous.",
    "It isn't painful, just unsettling.",
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
    "I'm not on any regular medication.",
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
    "In most cases like yours, ",
)

REPLY_CLOSINGS = (
    "Please visit {clinic} for an examination.",
    "I'd recommend a visit to {clinic} so the cause can be confirmed.",
    "An in-person check at {clinic} is the best next step.",
    "If it doesn't improve within a couple of weeks, please book a visit to {clinic}.",
    "If you are unsure, {clinic} can examine you and advise on treatment.",
    "I hope this helps, and please don't hesitate to get it checked.",
)

RED_FLAG_SENTENCES = (
    "Please seek care promptly if you notice {flags}.",
    "Warning signs that need prompt attention include {flags}.",
    "See a doctor sooner if you notice {flags}.",
    "**Seek urgent care** if you notice {flags}.",
)

RED_FLAG_LIST_LEADS = (
    "**See a doctor promptly if you notice:**",
    "Please get checked sooner if you have any of these:",
)

ADVICE_LIST_LEADS = (
    "In the meantime:",
    "A few things that usually help:",
    "What you can do now:",
)

SECOND_REPLY_OPENERS = (
    "I agree with my colleague's answer.",
    "To add to the previous reply:",
    "A short addition to what my colleague wrote.",
    "I'd only add one thing to the answer above.",
)

# More Info: the long-form explanation under the replies.
MORE_INFO_INTROS = (
    "Questions like this one come up often, and they deserve a careful answer.",
    "What you describe is a common reason people seek advice, and most of the time "
    "the explanation is reassuring.",
    "Many people notice symptoms like these at some point, and it is reasonable to "
    "want to understand them before deciding what to do.",
    "It helps to step back and look at the whole picture before drawing conclusions.",
)

MORE_INFO_CAUSE_LEADS = (
    "There are several possible explanations.",
    "A few causes are worth considering.",
    "Doctors usually think about the following possibilities.",
)

MORE_INFO_ADVICE_LEADS = (
    "Some practical steps:",
    "What usually helps:",
    "Steps you can take now:",
)

MORE_INFO_RED_FLAG_LEADS = (
    "Some signs should not wait for a routine appointment. Get medical help promptly if you notice",
    "Certain symptoms change the picture and need a doctor the same day, such as",
    "Be alert for warning signs that call for a faster assessment, including",
)

MORE_INFO_CLOSINGS = (
    "In short, most cases have a manageable cause, but only an examination can confirm "
    "it. A visit to {clinic}, where a doctor can take a history, examine you and order "
    "tests if needed, is the surest way to get a clear answer.",
    "Keep a simple diary of when the symptoms appear and what seems to affect them; it "
    "makes the visit to {clinic} far more useful. Bring a list of your medicines too.",
    "This information is general and cannot replace a personal consultation. If the "
    "symptoms persist or you are unsure, {clinic} is the right place to start.",
)

# Used when the editor writes the headline from the topic rather than from a template.
HEADLINE_PATTERNS = (
    "{topic}: Causes and When to Worry",
    "{topic}: What It Means and What to Do",
    "Understanding {topic}",
    "{topic}: Common Questions Answered",
)

"""Invented people and places: the demo doctors, where they work and how askers sign."""

# Every specialty has at least two doctors; some practise in two specialties.
DOCTORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Chen Yiting", ("neurology",)),
    ("Ngozi Adeyemi", ("neurology", "psychiatry")),
    ("Tomasz Kowalczyk", ("neurology",)),
    ("Rahul Mehta", ("cardiology",)),
    ("Sofia Marchetti", ("cardiology", "pulmonology")),
    ("Kenji Watanabe", ("cardiology",)),
    ("Hana Novak", ("dermatology",)),
    ("Javier Morales", ("dermatology",)),
    ("Leila Rahimi", ("ophthalmology",)),
    ("Min-jun Park", ("ophthalmology",)),
    ("Kwame Mensah", ("otolaryngology",)),
    ("Ingrid Halvorsen", ("otolaryngology",)),
    ("Huang Wei-lun", ("gastroenterology",)),
    ("Isabel Fernandes", ("gastroenterology",)),
    ("Daniel Cohen", ("gastroenterology", "family-medicine")),
    ("Amara Okonkwo", ("pediatrics",)),
    ("Lucas Bergmann", ("pediatrics", "family-medicine")),
    ("Nguyen Thi Mai", ("pediatrics",)),
    ("Fatima Haddad", ("obstetrics-and-gynecology",)),
    ("Elena Petrova", ("obstetrics-and-gynecology", "endocrinology")),
    ("Priya Raman", ("obstetrics-and-gynecology",)),
    ("Mateo Rossi", ("orthopedics",)),
    ("Yusuf Demir", ("orthopedics",)),
    ("Greta Johansson", ("orthopedics",)),
    ("Arjun Nair", ("psychiatry",)),
    ("Camila Duarte", ("psychiatry",)),
    ("Samuel Asante", ("urology",)),
    ("Omar Farouk", ("urology",)),
    ("Wang Jiahui", ("endocrinology",)),
    ("Hugo Lefevre", ("endocrinology", "family-medicine")),
    ("Astrid Berg", ("pulmonology",)),
    ("Rafael Souza", ("pulmonology",)),
    ("Tan Mei Ling", ("family-medicine",)),
    ("Liam O'Sullivan", ("family-medicine",)),
    ("Zainab Yusuf", ("family-medicine", "pediatrics")),
)

AFFILIATIONS = (
    "Riverside General Hospital",
    "Harbourview Medical Centre",
    "St. Aldric University Hospital",
    "Northgate Community Hospital",
    "Lakeshore Regional Medical Centre",
    "Cedar Hill Clinic",
    "Westbrook University Hospital",
    "Meadowbank Health Centre",
    "Eastfield District Hospital",
    "Silverbay Medical Group",
)

MEDICAL_SCHOOLS = (
    "Westbrook University",
    "the University of Port Ellery",
    "Kingsmere Medical College",
    "the Aldric School of Medicine",
    "Hollins University",
)

# Sentences of a doctor's biography; {name}, {practitioner}, {affiliation}, {years},
# {school} and {interests} are filled in per doctor.
BIO_OPENINGS = (
    "Dr. {name} is a {practitioner} at {affiliation} with {years} years of clinical experience.",
    "Dr. {name} has worked as a {practitioner} at {affiliation} for {years} years.",
    "A {practitioner} at {affiliation}, Dr. {name} has been in practice for {years} years.",
)

BIO_TRAINING = (
    "Trained at {school}.",
    "Studied medicine at {school} and completed specialist training there.",
    "Graduated from {school}.",
)

BIO_INTERESTS = (
    "Special interests include {interests}.",
    "Particularly interested in {interests}.",
    "Sees many patients with {interests}.",
)

BIO_EXTRAS = (
    "Believes a clear explanation is half of any treatment.",
    "Teaches medical students and junior doctors.",
    "Takes part in the hospital's community health talks.",
    "Answers questions here to help patients prepare for their visits.",
    "Enjoys explaining test results in plain language.",
)

ASKER_SURNAMES = (
    "Okafor", "Lindgren", "Patel", "Wu", "Haddad", "Kim", "Novak", "Garcia", "Ito",
    "Mensah", "Rossi", "Nguyen", "Cohen", "Silva", "Khan", "Brennan", "Dubois", "Zhou",
    "Mwangi", "Kowalski", "Sato", "Fischer", "Ortiz", "Ahmed", "Larsen", "Tran", "Yilmaz",
    "Murphy", "Santos", "Huang", "Osei", "Petrov", "Lopez", "Chua", "Becker", "Lin",
)  # fmt: skip

# First names that do not give away a gender, so they never contradict the asker's.
ASKER_FIRST_NAMES = (
    "Sam", "Alex", "Kim", "Jo", "Robin", "Ari", "Noor", "Yuki", "Eli", "Sasha", "Jordan",
    "Kai", "Rin", "Remy", "Min", "Taylor", "Chris", "Pat", "Jun", "Dana",
)  # fmt: skip

ASKER_HANDLES = (
    "Anonymous",
    "Anonymous",
    "Night owl",
    "Curious reader",
    "Worried",
    "Just asking",
)

PARENT_HANDLES = (
    "Worried parent",
    "Mum of two",
    "A dad",
    "New parent",
    "Anonymous",
)

"""The kinds of emergency, and what the ask form calls each."""

from dataclasses import dataclass

HEART_ATTACK, STROKE, BREATHING = "heart_attack", "stroke", "breathing"
ANAPHYLAXIS, BLEEDING, SUICIDE = "anaphylaxis", "bleeding", "suicide"
OVERDOSE, SEIZURE, UNCONSCIOUS = "overdose_poisoning", "seizure", "unconscious"
HEAD_INJURY, INFANT_FEVER, PREGNANCY = "head_injury", "infant_fever", "pregnancy"
BURNS, ABDOMEN, TESTICULAR = "burns", "abdomen", "testicular"
MENINGITIS, DIABETIC, CONFUSION = "meningitis", "diabetic", "confusion"

# What the ask form says for each kind, after "This may be an emergency:".
DESCRIPTIONS = {
    HEART_ATTACK: "signs of a heart attack",
    STROKE: "signs of a stroke",
    BREATHING: "trouble breathing",
    ANAPHYLAXIS: "a severe allergic reaction",
    BLEEDING: "heavy bleeding",
    SUICIDE: "thoughts of suicide or self-harm",
    OVERDOSE: "an overdose or poisoning",
    SEIZURE: "a seizure",
    UNCONSCIOUS: "someone who cannot be woken",
    HEAD_INJURY: "a head injury with warning signs",
    INFANT_FEVER: "fever in a baby under three months",
    PREGNANCY: "warning signs in pregnancy",
    BURNS: "a severe burn",
    ABDOMEN: "severe belly pain",
    TESTICULAR: "sudden testicle pain",
    MENINGITIS: "signs of meningitis",
    DIABETIC: "a diabetic emergency",
    CONFUSION: "sudden confusion",
}


@dataclass(frozen=True)
class Emergency:
    kind: str
    sentence: str

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.kind]

"""The kinds of emergency, which comes first, what the ask form calls each, and which kinds
are graded, never mild or never ended by feeling fine since."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

HEART_ATTACK, STROKE, BREATHING = "heart_attack", "stroke", "breathing"
ANAPHYLAXIS, BLEEDING, SUICIDE = "anaphylaxis", "bleeding", "suicide"
OVERDOSE, SEIZURE, UNCONSCIOUS = "overdose_poisoning", "seizure", "unconscious"
HEAD_INJURY, INFANT_FEVER, PREGNANCY = "head_injury", "infant_fever", "pregnancy"
BURNS, ABDOMEN, TESTICULAR = "burns", "abdomen", "testicular"
MENINGITIS, DIABETIC, CONFUSION = "meningitis", "diabetic", "confusion"

# When a text shows signs of several kinds, the kind it is said to be: thoughts of suicide
# first (the advice adds the crisis lines), then the kinds that explain the others' signs (a
# head injury the confusion, a pregnancy the bleeding, an allergy the swollen throat), then
# the rest.
PRECEDENCE = (
    SUICIDE, INFANT_FEVER, PREGNANCY, HEAD_INJURY, ANAPHYLAXIS, MENINGITIS, TESTICULAR, BURNS,
    SEIZURE, OVERDOSE, DIABETIC, HEART_ATTACK, STROKE, BREATHING, ABDOMEN, BLEEDING, UNCONSCIOUS,
    CONFUSION,
)  # fmt: skip

# Kinds whose signs are all graded.
GRADED_KINDS = {HEART_ATTACK, BLEEDING, BURNS, ABDOMEN, TESTICULAR, DIABETIC}
# Kinds with no mild or long-standing version.
NEVER_MILD = {SUICIDE, OVERDOSE, INFANT_FEVER, UNCONSCIOUS, HEAD_INJURY, PREGNANCY}
# Kinds where feeling fine since changes nothing (a swallowed battery, a stroke that passed).
NEVER_RESOLVED = {SUICIDE, OVERDOSE, STROKE, INFANT_FEVER, HEAD_INJURY}

# What the ask form says for each kind, after "This may be an emergency:", in the page's
# language.
DESCRIPTIONS = {
    HEART_ATTACK: _("signs of a heart attack"),
    STROKE: _("signs of a stroke"),
    BREATHING: _("trouble breathing"),
    ANAPHYLAXIS: _("a severe allergic reaction"),
    BLEEDING: _("heavy bleeding"),
    SUICIDE: _("thoughts of suicide or self-harm"),
    OVERDOSE: _("an overdose or poisoning"),
    SEIZURE: _("a seizure"),
    UNCONSCIOUS: _("someone who cannot be woken"),
    HEAD_INJURY: _("a head injury with warning signs"),
    INFANT_FEVER: _("fever in a baby under three months"),
    PREGNANCY: _("warning signs in pregnancy"),
    BURNS: _("a severe burn"),
    ABDOMEN: _("severe belly pain"),
    TESTICULAR: _("sudden testicle pain"),
    MENINGITIS: _("signs of meningitis"),
    DIABETIC: _("a diabetic emergency"),
    CONFUSION: _("sudden confusion"),
}


@dataclass(frozen=True)
class Emergency:
    kind: str
    sentence: str

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.kind]

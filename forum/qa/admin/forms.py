from django import forms
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.text import clean_text

REJECTION_REASONS = [
    ("personal", _("Your question included details that identify you.")),
    ("not-health", _("This is not a health question doctors here can answer.")),
    (
        "emergency",
        _("This sounds urgent: please call your local emergency number or see a doctor today."),
    ),
    ("duplicate", _("You have asked this question already.")),
    ("unclear", _("We could not understand the question; please ask again with more detail.")),
    ("other", _("Other (write it below)")),
]


class RejectForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason"), choices=REJECTION_REASONS, widget=forms.RadioSelect
    )
    message = forms.CharField(
        label=_("Message to the asker"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_("Added to the reason; required with Other. Emailed to the asker."),
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        message = clean_text(cleaned.get("message", ""), multiline=True)
        if cleaned.get("reason") == "other" and not message:
            self.add_error("message", gettext("Write the reason the asker will read."))
        cleaned["message"] = message
        return cleaned

    def reason_text(self, language: str) -> str:
        """The reason the asker reads: a chosen one in the language of their question (it
        is stored with it, and emailed), then the moderator's message as written."""
        reason = self.cleaned_data["reason"]
        with translation.override(language):
            label = "" if reason == "other" else str(dict(REJECTION_REASONS)[reason])
        return " ".join(part for part in [label, self.cleaned_data["message"]] if part)


class MergeTopicsForm(forms.Form):
    kept = forms.ModelChoiceField(
        queryset=None,
        widget=forms.RadioSelect,
        label=_("Keep this topic"),
        help_text=_("The others are merged into it and their addresses redirect to it."),
    )

    def __init__(self, *args, topics, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kept"].queryset = topics


class QuestionForm(forms.ModelForm):
    """A question needs a title or a headline: an imported page may have had only one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "title" in self.fields:
            self.fields["title"].required = False

    def clean(self) -> dict:
        cleaned = super().clean()
        if not (cleaned.get("title") or cleaned.get("headline")):
            raise forms.ValidationError(
                gettext("Write a headline (or a title) before publishing it.")
            )
        return cleaned

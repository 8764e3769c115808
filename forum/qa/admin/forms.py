from django import forms

from forum.core.text import clean_text

REJECTION_REASONS = [
    ("personal", "Your question included details that identify you."),
    ("not-health", "This is not a health question doctors here can answer."),
    (
        "emergency",
        "This sounds urgent: please call your local emergency number or see a doctor today.",
    ),
    ("duplicate", "You have asked this question already."),
    ("unclear", "We could not understand the question; please ask again with more detail."),
    ("other", "Other (write it below)"),
]


class RejectForm(forms.Form):
    reason = forms.ChoiceField(choices=REJECTION_REASONS, widget=forms.RadioSelect)
    message = forms.CharField(
        label="Message to the asker",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text="Added to the reason; required with Other. Emailed to the asker.",
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        message = clean_text(cleaned.get("message", ""), multiline=True)
        if cleaned.get("reason") == "other" and not message:
            self.add_error("message", "Write the reason the asker will read.")
        cleaned["message"] = message
        return cleaned

    def reason_text(self) -> str:
        reason = self.cleaned_data["reason"]
        label = "" if reason == "other" else dict(REJECTION_REASONS)[reason]
        return " ".join(part for part in [label, self.cleaned_data["message"]] if part)


class MergeTopicsForm(forms.Form):
    kept = forms.ModelChoiceField(
        queryset=None,
        widget=forms.RadioSelect,
        label="Keep this topic",
        help_text="The others are merged into it and their addresses redirect to it.",
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
            raise forms.ValidationError("Write a headline (or a title) before publishing it.")
        return cleaned

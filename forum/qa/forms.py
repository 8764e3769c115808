from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone

from forum.core.forms import MAX_ID, IdChoiceField, IdMultipleChoiceField
from forum.core.text import clean_text, has_words

from .models import FOLLOW_UP_MAX, FollowUp, Question, Reply, Report, Specialty, Topic

TITLE_MAX = 120
BODY_MIN, BODY_MAX = 30, 5000
FOLLOW_UP_MIN = 10


class TopicChoiceField(IdMultipleChoiceField):
    def label_from_instance(self, topic: Topic) -> str:
        return topic.name


class SimilarTitlesQuery(forms.Form):
    """The parameters of the title suggestions; anything odd means no filter."""

    title = forms.CharField(required=False, max_length=200)
    specialty = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID)


class QuestionForm(forms.ModelForm):
    """A patient's question: asked on /ask/ and edited while nobody has answered it.

    The form validates; the lifecycle saves (`lifecycle.ask`, `lifecycle.edit`)."""

    specialty = forms.ModelChoiceField(
        queryset=Specialty.objects.all(),
        empty_label="Choose a specialty",
        help_text="The kind of doctor you would like to answer.",
    )
    title = forms.CharField(
        max_length=TITLE_MAX,
        help_text=f"A few words about your question, at most {TITLE_MAX} characters.",
    )
    body = forms.CharField(
        label="Your question",
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=BODY_MAX,
        help_text="What you notice, since when, what you have tried, and what you would like "
        f"to know. {BODY_MIN} to {BODY_MAX:,} characters. Leave out your name, address and "
        "other details that identify you.",
    )
    asker_name = forms.CharField(
        label="Name shown with your question",
        max_length=60,
        help_text='A pseudonym such as "A Xu". Your username is never shown.',
    )
    topics = TopicChoiceField(
        queryset=Topic.objects.filter(specialty__isnull=False).select_related("specialty"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Topics of the chosen specialty that fit your question.",
    )

    class Meta:
        model = Question
        fields = ["specialty", "title", "body", "asker_name", "asker_age_range", "asker_gender"]
        labels = {"asker_age_range": "Your age range", "asker_gender": "Your gender"}

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["asker_age_range"].choices = [
            ("", "Choose an age range"),
            *Question.AgeRange.choices,
        ]
        if self.instance.pk:
            self.initial.setdefault("topics", list(self.instance.topics.all()))
        self._saved = self._values(self.instance, self.initial.get("topics") or [])

    def _values(self, question: Question, topics) -> dict:
        values = {
            name: getattr(question, question._meta.get_field(name).attname)
            for name in self._meta.fields
        }
        return {**values, "topics": {topic.pk for topic in topics}}

    def changed_fields(self) -> list[str]:
        """What the asker really changed, after cleaning. Django's changed_data compares
        the raw input, and a browser sends a text area back with CRLF line ends."""
        now = self._values(self.instance, self.cleaned_data["topics"])
        return [name for name, value in now.items() if value != self._saved[name]]

    def clean_title(self) -> str:
        title = clean_text(self.cleaned_data["title"])
        if not title:
            raise forms.ValidationError("Write a title for your question.")
        if not has_words(title):
            raise forms.ValidationError("Write a few words that describe your question.")
        return title

    def clean_body(self) -> str:
        body = clean_text(self.cleaned_data["body"], multiline=True)
        if not body:
            raise forms.ValidationError("Write your question.")
        if not has_words(body):
            raise forms.ValidationError("Describe your question in words.")
        if len(body) < BODY_MIN:
            raise forms.ValidationError(
                f"Please describe your question in at least {BODY_MIN} characters "
                f"(you wrote {len(body)}): a doctor needs some detail to answer."
            )
        return body

    def clean_asker_name(self) -> str:
        name = clean_text(self.cleaned_data["asker_name"])
        if not has_words(name):
            raise forms.ValidationError("Use at least one letter or number in the name shown.")
        return name

    def clean(self) -> dict:
        cleaned = super().clean()
        specialty, topics = cleaned.get("specialty"), cleaned.get("topics")
        if specialty and topics and any(t.specialty_id != specialty.pk for t in topics):
            self.add_error("topics", f"Choose only topics of {specialty.name}.")
        if not self.instance.pk:
            self._check_limits()
        return cleaned

    def _check_limits(self) -> None:
        mine = Question.objects.filter(asker=self.user)
        waiting = mine.filter(status__in=Question.WAITING).count()
        if waiting >= settings.MAX_WAITING_QUESTIONS:
            raise forms.ValidationError(
                f"You already have {waiting} questions waiting for an answer, and "
                f"{settings.MAX_WAITING_QUESTIONS} at a time is the limit. You can ask again "
                "when one of them is answered, or withdraw one from My questions."
            )
        since = timezone.now() - timedelta(hours=24)
        if mine.filter(created_at__gte=since).count() >= settings.MAX_QUESTIONS_PER_DAY:
            raise forms.ValidationError(
                f"You have asked {settings.MAX_QUESTIONS_PER_DAY} questions in the last 24 hours, "
                "the most we accept. Please try again tomorrow."
            )


class ReplyChoiceField(IdChoiceField):
    def label_from_instance(self, reply: Reply) -> str:
        return f"{reply.doctor.display_name}'s answer of {reply.created_at:%Y/%m/%d}"


class FollowUpForm(forms.ModelForm):
    """The asker's one follow-up question to an answer of their question. The form
    validates; the lifecycle saves (`lifecycle.ask_follow_up`)."""

    reply = ReplyChoiceField(
        queryset=Reply.objects.none(),
        empty_label=None,
        widget=forms.RadioSelect,
        label="The answer you are following up",
        error_messages={"invalid_choice": "Choose one of the answers to your question."},
    )
    body = forms.CharField(
        label="Your follow-up question",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=FOLLOW_UP_MAX,
        help_text=f"What you still want to know about this answer, {FOLLOW_UP_MIN} to "
        f"{FOLLOW_UP_MAX:,} characters. It is published under the answer with the doctor's "
        "reply: leave out your name and other details that identify you.",
    )

    class Meta:
        model = FollowUp
        fields = ["reply", "body"]

    def __init__(self, *args, replies: list[Reply], **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["reply"]
        field.queryset = Reply.objects.filter(pk__in=[r.pk for r in replies]).select_related(
            "doctor"
        )
        if len(replies) == 1:
            # Nothing to choose: the one answer, whatever the form sends.
            field.widget = forms.HiddenInput()
            field.disabled = True
            self.initial["reply"] = replies[0].pk

    def clean_body(self) -> str:
        body = clean_text(self.cleaned_data["body"], multiline=True)
        if not has_words(body):
            raise forms.ValidationError("Write your follow-up question in words.")
        if len(body) < FOLLOW_UP_MIN:
            raise forms.ValidationError(
                f"Please write at least {FOLLOW_UP_MIN} characters (you wrote {len(body)})."
            )
        return body


class ReportForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = ["reason", "details"]
        labels = {"reason": "What is wrong?", "details": "Anything a moderator should know"}
        widgets = {
            "reason": forms.RadioSelect,
            "details": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"details": "Optional, at most 1,000 characters."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A list of radio buttons needs no blank "---------" choice.
        self.fields["reason"].choices = Report.Reason.choices

    def clean_details(self) -> str:
        return clean_text(self.cleaned_data["details"], multiline=True)

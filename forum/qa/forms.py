from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone, translation
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from forum.core.forms import MAX_ID, IdChoiceField, IdMultipleChoiceField
from forum.core.text import clean_text, has_words

from .models import FOLLOW_UP_MAX, FollowUp, Question, Reply, Report, Specialty, Topic

TITLE_MAX = 120
BODY_MIN, BODY_MAX = 30, 5000
FOLLOW_UP_MIN = 10


def _filled(message, **values):
    """A lazy message whose placeholders are filled in when it is shown, in the language
    of that moment (a help text's limits, say)."""
    return lazy(lambda: str(message) % values, str)()


class TopicChoiceField(IdMultipleChoiceField):
    def label_from_instance(self, topic: Topic) -> str:
        return topic.local_name


class SimilarTitlesQuery(forms.Form):
    """The parameters of the title suggestions; anything odd means no filter."""

    title = forms.CharField(required=False, max_length=200)
    specialty = forms.IntegerField(required=False, min_value=1, max_value=MAX_ID)


class QuestionForm(forms.ModelForm):
    """A patient's question: asked on /ask/ and edited while nobody has answered it.

    The form validates; the lifecycle saves (`lifecycle.ask`, `lifecycle.edit`)."""

    specialty = forms.ModelChoiceField(
        queryset=Specialty.objects.all(),
        label=gettext_lazy("Specialty"),
        empty_label=gettext_lazy("Choose a specialty"),
        help_text=gettext_lazy("The kind of doctor you would like to answer."),
    )
    title = forms.CharField(
        label=gettext_lazy("Title"),
        max_length=TITLE_MAX,
        help_text=_filled(
            gettext_lazy("A few words about your question, at most %(max)s characters."),
            max=TITLE_MAX,
        ),
    )
    body = forms.CharField(
        label=gettext_lazy("Your question"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=BODY_MAX,
        help_text=_filled(
            gettext_lazy(
                "What you notice, since when, what you have tried, and what you would like "
                "to know. %(min)s to %(max)s characters. Leave out your name, address and "
                "other details that identify you."
            ),
            min=BODY_MIN,
            max=f"{BODY_MAX:,}",
        ),
    )
    asker_name = forms.CharField(
        label=gettext_lazy("Name shown with your question"),
        max_length=60,
        help_text=gettext_lazy('A pseudonym such as "A Xu". Your username is never shown.'),
    )
    topics = TopicChoiceField(
        label=gettext_lazy("Topics"),
        queryset=Topic.objects.filter(specialty__isnull=False).select_related("specialty"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Topics of the chosen specialty that fit your question."),
    )

    class Meta:
        model = Question
        fields = [
            "specialty",
            "language",
            "title",
            "body",
            "asker_name",
            "asker_age_range",
            "asker_gender",
        ]
        labels = {
            "language": gettext_lazy("Language of your question"),
            "asker_age_range": gettext_lazy("Your age range"),
            "asker_gender": gettext_lazy("Your gender"),
        }
        help_texts = {"language": gettext_lazy("Doctors answer in the language you ask in.")}

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["asker_age_range"].choices = [
            ("", _("Choose an age range")),
            *Question.AgeRange.choices,
        ]
        if self.instance.pk:
            self.initial.setdefault("topics", list(self.instance.topics.all()))
        elif "language" not in kwargs.get("initial", {}):
            self.initial["language"] = translation.get_language()  # the page's
        self.fields["language"].required = False  # then the page's

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

    def clean_language(self) -> str:
        """As chosen; if not sent, the question's, or for a new one the page's."""
        if chosen := self.cleaned_data["language"]:
            return chosen
        return self.instance.language if self.instance.pk else translation.get_language()

    def clean_title(self) -> str:
        title = clean_text(self.cleaned_data["title"])
        if not title:
            raise forms.ValidationError(_("Write a title for your question."))
        if not has_words(title):
            raise forms.ValidationError(_("Write a few words that describe your question."))
        return title

    def clean_body(self) -> str:
        body = clean_text(self.cleaned_data["body"], multiline=True)
        if not body:
            raise forms.ValidationError(_("Write your question."))
        if not has_words(body):
            raise forms.ValidationError(_("Describe your question in words."))
        if len(body) < BODY_MIN:
            raise forms.ValidationError(
                _(
                    "Please describe your question in at least %(min)s characters "
                    "(you wrote %(count)s): a doctor needs some detail to answer."
                )
                % {"min": BODY_MIN, "count": len(body)}
            )
        return body

    def clean_asker_name(self) -> str:
        name = clean_text(self.cleaned_data["asker_name"])
        if not has_words(name):
            raise forms.ValidationError(_("Use at least one letter or number in the name shown."))
        return name

    def clean(self) -> dict:
        cleaned = super().clean()
        specialty, topics = cleaned.get("specialty"), cleaned.get("topics")
        if specialty and topics and any(t.specialty_id != specialty.pk for t in topics):
            self.add_error(
                "topics",
                _("Choose only topics of %(specialty)s.") % {"specialty": specialty.local_name},
            )
        if not self.instance.pk:
            self._check_limits()
        return cleaned

    def _check_limits(self) -> None:
        mine = Question.objects.filter(asker=self.user)
        waiting = mine.filter(status__in=Question.WAITING).count()
        if waiting >= settings.MAX_WAITING_QUESTIONS:
            raise forms.ValidationError(
                ngettext(
                    "You already have %(waiting)s question waiting for an answer, and "
                    "%(limit)s at a time is the limit. You can ask again when it is answered, "
                    "or withdraw it from My questions.",
                    "You already have %(waiting)s questions waiting for an answer, and "
                    "%(limit)s at a time is the limit. You can ask again when one of them is "
                    "answered, or withdraw one from My questions.",
                    waiting,
                )
                % {"waiting": waiting, "limit": settings.MAX_WAITING_QUESTIONS}
            )
        since = timezone.now() - timedelta(hours=24)
        per_day = settings.MAX_QUESTIONS_PER_DAY
        if mine.filter(created_at__gte=since).count() >= per_day:
            raise forms.ValidationError(
                ngettext(
                    "You have asked %(count)s question in the last 24 hours, the most we "
                    "accept. Please try again tomorrow.",
                    "You have asked %(count)s questions in the last 24 hours, the most we "
                    "accept. Please try again tomorrow.",
                    per_day,
                )
                % {"count": per_day}
            )


class ReplyChoiceField(IdChoiceField):
    def label_from_instance(self, reply: Reply) -> str:
        return _("%(doctor)s's answer of %(date)s") % {
            "doctor": reply.doctor.display_name,
            "date": f"{reply.created_at:%Y/%m/%d}",
        }


class FollowUpForm(forms.ModelForm):
    """The asker's one follow-up question to an answer of their question. The form
    validates; the lifecycle saves (`lifecycle.ask_follow_up`)."""

    reply = ReplyChoiceField(
        queryset=Reply.objects.none(),
        empty_label=None,
        widget=forms.RadioSelect,
        label=gettext_lazy("The answer you are following up"),
        error_messages={
            "invalid_choice": gettext_lazy("Choose one of the answers to your question.")
        },
    )
    body = forms.CharField(
        label=gettext_lazy("Your follow-up question"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=FOLLOW_UP_MAX,
        help_text=_filled(
            gettext_lazy(
                "What you still want to know about this answer, %(min)s to %(max)s "
                "characters. It is published under the answer with the doctor's reply: leave "
                "out your name and other details that identify you."
            ),
            min=FOLLOW_UP_MIN,
            max=f"{FOLLOW_UP_MAX:,}",
        ),
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
            raise forms.ValidationError(_("Write your follow-up question in words."))
        if len(body) < FOLLOW_UP_MIN:
            raise forms.ValidationError(
                _("Please write at least %(min)s characters (you wrote %(count)s).")
                % {"min": FOLLOW_UP_MIN, "count": len(body)}
            )
        return body


class ReportForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = ["reason", "details"]
        labels = {
            "reason": gettext_lazy("What is wrong?"),
            "details": gettext_lazy("Anything a moderator should know"),
        }
        widgets = {
            "reason": forms.RadioSelect,
            "details": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"details": gettext_lazy("Optional, at most 1,000 characters.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A list of radio buttons needs no blank "---------" choice.
        self.fields["reason"].choices = Report.Reason.choices

    def clean_details(self) -> str:
        return clean_text(self.cleaned_data["details"], multiline=True)

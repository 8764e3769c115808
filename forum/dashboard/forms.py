import uuid

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from forum.core.text import clean_text, has_words
from forum.qa import screening
from forum.qa.answering import Answer, PageChanges
from forum.qa.forms import TopicChoiceField
from forum.qa.models import MORE_INFO_MAX, REPLY_MAX, Question, Topic

NEW_TOPICS_MAX = 5


def _new_topics_help() -> str:
    return gettext(
        "Names separated by commas, at most %(max)s; they are added to this question's specialty."
    ) % {"max": NEW_TOPICS_MAX}


class ReplyBodyField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Reply"))
        kwargs.setdefault(
            "help_text",
            _(
                "Markdown: a blank line between paragraphs, **bold**, *italics*, lists with - or "
                "1., [links](https://example.org)."
            ),
        )
        kwargs.setdefault("max_length", REPLY_MAX)
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 12}))
        super().__init__(**kwargs)

    def clean(self, value):
        value = clean_text(super().clean(value), multiline=True)
        if not has_words(value):
            raise forms.ValidationError(_("Write your reply."))
        screening.check_doctor_text(value)
        return value


class AnswerForm(forms.Form):
    body = ReplyBodyField()
    headline = forms.CharField(
        label=_("Headline"),
        max_length=200,
        required=False,
        help_text=_(
            "A clear page title for readers, e.g. “Facial Muscle Twitches: Causes and "
            "Concerns”. Leave blank to use the patient's title."
        ),
    )
    topics = TopicChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Readers find related questions through topics."),
    )
    new_topics = forms.CharField(
        label=_("New topics"),
        required=False,
        max_length=500,
        help_text=lazy(_new_topics_help, str)(),
    )
    more_info = forms.CharField(
        label=_("More Info"),
        required=False,
        max_length=MORE_INFO_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Optional longer explanation for readers, in Markdown."),
    )
    # What the page said when the doctor opened the form, so that only what the doctor
    # changed is saved: a further reply never blanks the headline, More Info or topics
    # that another doctor set meanwhile. Topics are their ids, "1,5".
    shown_headline = forms.CharField(required=False, widget=forms.HiddenInput)
    shown_more_info = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)
    shown_topics = forms.CharField(required=False, widget=forms.HiddenInput)
    submission_key = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("This form has expired or was damaged: please submit it again."),
            "invalid": _("This form has expired or was damaged: please submit it again."),
        },
    )
    confirm_claimed = forms.BooleanField(
        required=False, label=_("I know another doctor is answering; publish my reply anyway.")
    )
    confirm_answered = forms.BooleanField(
        required=False,
        label=_("This question already has an answer; add mine as a further reply."),
    )

    def __init__(self, *args, question: Question, claimer=None, **kwargs):
        self.question = question
        self.claimer = claimer
        topics = list(question.topics.filter(specialty=question.specialty_id))
        kwargs.setdefault(
            "initial",
            {
                "headline": question.headline,
                "more_info": question.more_info,
                "topics": topics,
                "shown_headline": question.headline,
                "shown_more_info": question.more_info,
                "shown_topics": ",".join(str(topic.pk) for topic in topics),
                "submission_key": uuid.uuid4(),
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = Topic.objects.filter(specialty=question.specialty_id)
        if claimer is None:
            del self.fields["confirm_claimed"]
        if question.status != Question.Status.ANSWERED:
            del self.fields["confirm_answered"]

    def clean_headline(self) -> str:
        headline = clean_text(self.cleaned_data["headline"])
        if headline and not has_words(headline):
            raise forms.ValidationError(_("Use words in the headline, or leave it blank."))
        screening.check_doctor_text(headline)
        return headline

    def clean_more_info(self) -> str:
        more_info = clean_text(self.cleaned_data["more_info"], multiline=True)
        screening.check_doctor_text(more_info)
        return more_info

    def clean_new_topics(self) -> list[str]:
        raw = self.cleaned_data["new_topics"]
        if not raw.strip():
            return []
        names = [clean_text(name) for name in raw.split(",")]
        if any(not name or not has_words(name) for name in names):
            raise forms.ValidationError(
                _("A topic needs a name: remove the empty one between the commas.")
            )
        if any(len(name) > 100 for name in names):
            raise forms.ValidationError(_("Keep each topic name under 100 characters."))
        names = list(dict.fromkeys(names))
        if len(names) > NEW_TOPICS_MAX:
            raise forms.ValidationError(
                ngettext(
                    "Add at most %(max)s new topic at a time.",
                    "Add at most %(max)s new topics at a time.",
                    NEW_TOPICS_MAX,
                )
                % {"max": NEW_TOPICS_MAX}
            )
        return names

    def clean(self) -> dict:
        cleaned = super().clean()
        if "confirm_claimed" in self.fields and not cleaned.get("confirm_claimed"):
            self.add_error(
                "confirm_claimed",
                gettext(
                    "%(name)s is answering this question. Tick the box to publish yours anyway."
                )
                % {"name": self.claimer.display_name},
            )
        if "confirm_answered" in self.fields and not cleaned.get("confirm_answered"):
            self.add_error(
                "confirm_answered",
                _("Tick the box to add a further reply to an answered question."),
            )
        return cleaned

    def _shown_topics(self) -> set[Topic]:
        """The topics that were ticked when the doctor opened the form."""
        ids = [part for part in self.cleaned_data["shown_topics"].split(",") if part.strip()]
        try:
            return set(self.fields["topics"].clean(ids))
        except forms.ValidationError:
            return set()

    def answer(self) -> Answer:
        data = self.cleaned_data
        page = PageChanges(new_topic_names=data["new_topics"])
        if data["headline"] != clean_text(data["shown_headline"]):
            page.headline = data["headline"]
        if data["more_info"] != clean_text(data["shown_more_info"], multiline=True):
            page.more_info = data["more_info"]
        chosen, shown = set(data["topics"]), self._shown_topics()
        if chosen != shown:
            page.topics_added = sorted(chosen - shown, key=lambda t: t.pk)
            page.topics_removed = sorted(shown - chosen, key=lambda t: t.pk)
        return Answer(body=data["body"], submission_key=data["submission_key"], page=page)


class ReplyForm(forms.Form):
    """A reply's text alone: an edit of a published reply, or the reply to a follow-up."""

    body = ReplyBodyField()

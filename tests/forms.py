"""What a browser sends for the forms the tests post again and again: each form as it is
shown, with the changes a test makes."""

import uuid

from forum.dashboard.forms import AnswerForm
from forum.qa.models import FollowUp


def question_data(question, **changes) -> dict:
    """The asker's question form, as the asker edits it."""
    return {
        "specialty": question.specialty_id,
        "title": question.title,
        "body": question.body,
        "asker_name": question.asker_name,
        "asker_age_range": question.asker_age_range,
        "asker_gender": question.asker_gender,
        **changes,
    }


def question_admin_data(question, **changes) -> dict:
    """The question's change form in the admin, its replies' and follow-up's inlines
    included."""
    replies = list(question.replies.all())
    follow_ups = list(FollowUp.objects.filter(question=question))
    return {
        **question_data(question),
        "headline": question.headline,
        "more_info": question.more_info,
        "tagged_items-TOTAL_FORMS": "0",
        "tagged_items-INITIAL_FORMS": "0",
        "replies-TOTAL_FORMS": str(len(replies)),
        "replies-INITIAL_FORMS": str(len(replies)),
        **{f"replies-{n}-id": reply.pk for n, reply in enumerate(replies)},
        **{f"replies-{n}-question": question.pk for n in range(len(replies))},
        "follow_up-TOTAL_FORMS": str(len(follow_ups)),
        "follow_up-INITIAL_FORMS": str(len(follow_ups)),
        **{f"follow_up-{n}-id": follow_up.pk for n, follow_up in enumerate(follow_ups)},
        **{f"follow_up-{n}-question": question.pk for n in range(len(follow_ups))},
        **changes,
    }


def answer_data(form: AnswerForm, **changes) -> dict:
    """The doctor's answer form as shown, published."""
    data = {"submission_key": str(uuid.uuid4()), "publish": "1", "confirm_answered": "on"}
    for name in ["headline", "more_info"]:
        data[f"shown_{name}"] = data[name] = form[name].value()
    data["topics"] = [str(getattr(t, "pk", t)) for t in form["topics"].value()]
    data["shown_topics"] = form["shown_topics"].value()
    data.update(changes)
    return data

"""`manage.py screen --published` finds personal data published before the screen existed,
and `--mask` masks it, logs it and remakes the pages."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from forum.core.models import Event
from forum.qa.models import Question, Reply
from tests.factories import make_answered, make_reply

PHONE = "0912-345-678"
EMAIL = "lin.meiling@gmail.com"


@pytest.fixture
def site(neurology, doctor):
    """A public question with a phone number, a reply with an email address, a clean one,
    and a hidden question with personal data (not public, so not listed)."""
    phoned = make_answered(
        neurology, doctor=doctor, body=f"My eyelid twitches. Call me on {PHONE} please."
    )
    make_reply(phoned, doctor, body=f"Hello, write to the clinic nurse at {EMAIL} for a slot.")
    clean = make_answered(neurology, doctor=doctor, title="Clean question")
    hidden = make_answered(neurology, doctor=doctor, body=f"Hidden, but my number is {PHONE}.")
    Question.objects.filter(pk=hidden.pk).update(status=Question.Status.HIDDEN)
    return {"phoned": phoned, "clean": clean, "hidden": hidden}


def screen(**options) -> tuple[list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("screen", published=True, stdout=out, stderr=err, **options)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_published_personal_data_is_listed(site):
    lines, summary = screen()

    phoned = site["phoned"]
    reply = phoned.replies.get(body__contains=EMAIL)
    assert lines == [
        {
            "question": phoned.pk,
            "reply": None,
            "follow_up": None,
            "field": "body",
            "personal_data": [
                {"kind": "phone", "value": PHONE, "start": 31, "end": 31 + len(PHONE)}
            ],
            "masked": False,
        },
        {
            "question": phoned.pk,
            "reply": reply.pk,
            "follow_up": None,
            "field": "body",
            "personal_data": [
                {"kind": "email", "value": EMAIL, "start": 36, "end": 36 + len(EMAIL)}
            ],
            "masked": False,
        },
    ]
    assert "5 rows screened: personal data found in 2 field(s) of 1 public question(s)." in summary
    assert PHONE in Question.objects.get(pk=phoned.pk).body  # listing changes nothing
    assert not Event.objects.exists()


def test_mask_masks_logs_and_remakes_the_page(client, site, django_capture_on_commit_callbacks):
    phoned = site["phoned"]

    with django_capture_on_commit_callbacks(execute=True):
        lines, summary = screen(mask=True)

    assert [line["masked"] for line in lines] == [True, True]
    assert "personal data masked in 2 field(s) of 1 public question(s)" in summary
    page = client.get(phoned.get_absolute_url()).content.decode()
    assert PHONE not in page and EMAIL not in page
    assert "Call me on [phone number removed] please." in page
    assert "write to the clinic nurse at [email address removed] for a slot." in page
    reply = Reply.objects.get(body__contains="[email address removed]")
    assert EMAIL not in reply.body_html + reply.excerpt
    reasons = sorted(Event.objects.values_list("reason", flat=True))
    assert reasons == [
        "Masked personal data (email address) in the body of reply " + str(reply.pk),
        "Masked personal data (phone number) in the body of the question",
    ]
    assert all(PHONE not in r and EMAIL not in r for r in reasons)  # the log keeps no data
    # The hidden question is not public: it is left to the moderators.
    assert PHONE in Question.objects.get(pk=site["hidden"].pk).body
    assert screen()[0] == []


def test_mask_needs_published():
    with pytest.raises(CommandError, match="--mask works with --published"):
        call_command("screen", mask=True, stdout=io.StringIO())

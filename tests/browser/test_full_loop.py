"""A question's whole life, as the people involved see it in a real browser."""

import re

from django.core import mail
from playwright.sync_api import expect

from forum.qa.models import Question
from tests.browser.conftest import log_in
from tests.browser.site import build_site

QUESTION_BODY = (
    "For three weeks my left eyelid has been twitching several times a day, "
    "mostly in the evening after work at the computer."
)


def test_a_question_goes_from_patient_to_moderator_to_doctor_and_back(new_page):
    site = build_site()

    # A patient signs up and asks, seeing the emergency notice, and finds it pending.
    patient = new_page(width=375)
    patient.goto("/")
    patient.get_by_role("link", name="Ask a doctor", exact=True).first.click()
    patient.get_by_role("link", name="Create an account").first.click()
    patient.fill("#id_email", "newpatient@example.org")
    patient.click("button:has-text('Create account')")
    expect(patient.get_by_role("heading", name="Check your email")).to_be_visible()
    [confirmation] = mail.outbox
    patient.goto(re.search(r"https?://[^/\s]+(/accounts/signup/\S+/)", confirmation.body)[1])
    patient.fill("#id_password1", "a-long-unusual-passphrase")
    patient.fill("#id_password2", "a-long-unusual-passphrase")
    patient.click("button:has-text('Create account')")
    patient.wait_for_url("**/ask/")
    mail.outbox.clear()
    notice = patient.get_by_role("complementary", name="Before you ask")
    assert "call your local emergency number now" in notice.inner_text()
    patient.select_option("#id_specialty", label="Neurology")
    patient.fill("#id_title", "Eyelid twitching for three weeks")
    patient.fill("#id_body", QUESTION_BODY)
    patient.fill("#id_asker_name", "N. Patel")
    patient.select_option("#id_asker_age_range", "30~39")
    patient.click("button:has-text('Send my question')")
    expect(patient.get_by_text("Waiting for review").first).to_be_visible()
    question = Question.objects.get(title="Eyelid twitching for three weeks")
    assert question.status == Question.Status.PENDING

    # A moderator approves it in the admin.
    moderator = new_page()
    moderator.goto("/admin/login/")
    moderator.fill("#id_username", "molly")
    moderator.fill("#id_password", "pw")
    moderator.click("input[type=submit]")
    moderator.goto("/admin/qa/question/?status__exact=pending")
    moderator.check(f"input.action-select[value='{question.pk}']")
    moderator.select_option("select[name=action]", "approve")
    moderator.click("button[name=index]")
    expect(moderator.get_by_text("Approved 1 question.")).to_be_visible()

    # A doctor finds it in the queue, previews an answer and publishes it with topics.
    doctor = new_page()
    log_in(doctor, site.doctor.user.username)
    doctor.goto("/dashboard/")
    doctor.get_by_role("link", name="Eyelid twitching for three weeks").click()
    doctor.fill(
        "#id_body",
        "Hello, eyelid twitching is **usually** harmless.\n\n- Sleep more\n- Less coffee",
    )
    doctor.click("button[name=preview]")
    expect(doctor.locator(".preview strong")).to_have_text("usually")
    doctor.fill("#id_headline", "Eyelid Twitching After Screen Work")
    doctor.get_by_label("Eyelid Twitching").check()
    doctor.fill("#id_new_topics", "Screen Fatigue")
    doctor.click("button[name=publish]")
    expect(doctor.get_by_text("Your reply is published.")).to_be_visible()

    # The patient sees the answer, and the email is in the outbox.
    patient.goto(question.get_absolute_url())
    patient.wait_for_load_state()
    assert patient.locator("h1").text_content() == "Eyelid Twitching After Screen Work - Neurology"
    assert "usually" in patient.locator(".reply").first.inner_text()
    assert [message.to for message in mail.outbox] == [["newpatient@example.org"]]
    link = re.search(r"http://\S+", mail.outbox[0].body).group(0)
    assert link.endswith(Question.objects.get(pk=question.pk).get_absolute_url())

    # A reader comes from the topic page, sees Similar Q&A and Related FAQ, and reads on.
    reader = new_page(width=375)
    reader.goto(site.eyelid.get_absolute_url())
    reader.get_by_role("link", name="Eyelid Twitching After Screen Work").click()
    expect(reader.get_by_role("heading", name="Similar Q&A")).to_be_visible()
    related = reader.locator(".related")
    expect(related.get_by_role("link", name="Eyelid Twitching (Neurology)")).to_be_visible()
    expect(related.get_by_role("link", name="Screen Fatigue (Neurology)")).to_be_visible()
    first_similar = reader.locator(".similar .card").first
    title = first_similar.locator("h3").inner_text()
    first_similar.get_by_role("link", name=re.compile("^Read More")).click()
    expect(reader.locator("h1")).to_have_text(f"{title} - Neurology")

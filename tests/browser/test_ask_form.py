from playwright.sync_api import expect

from forum.qa.models import Question
from tests.browser.conftest import log_in
from tests.browser.site import build_site


def open_ask_form(page) -> None:
    """As the patient alice, at /ask/ with Neurology chosen."""
    log_in(page, "alice")
    page.goto("/ask/")
    page.select_option("#id_specialty", label="Neurology")


def test_bad_input_shows_errors_by_the_fields_and_keeps_the_text(page):
    build_site()
    open_ask_form(page)
    page.fill("#id_title", "?!")
    page.fill("#id_body", "Too short 😟 <b>")
    page.click("button:has-text('Send my question')")

    expect(page.locator("#id_title_error")).to_have_text(
        "Write a few words that describe your question."
    )
    assert "at least 30 characters" in page.locator("#id_body_error").inner_text()
    assert page.input_value("#id_body") == "Too short 😟 <b>"
    assert page.get_attribute("#id_title", "aria-invalid") == "true"
    assert Question.objects.filter(title="?!").count() == 0


def test_title_suggestions_appear_while_typing(page):
    build_site()
    open_ask_form(page)
    page.fill("#id_title", "twitching lip")

    suggestions = page.locator("#similar-questions")
    suggestions.get_by_role("link", name="Facial Muscle Twitches: Causes and Concerns").wait_for()
    expect(suggestions).to_be_visible()
    assert page.locator(".topic-group[data-specialty]:visible").count() == 1


def test_without_javascript_a_patient_can_still_ask(new_page):
    site = build_site()
    page = new_page(javascript=False)
    Question.objects.filter(asker__username="alice").delete()
    open_ask_form(page)
    page.fill("#id_title", "Numb hands in the morning")
    page.fill("#id_body", "Both my hands feel numb when I wake up, and it passes within an hour.")
    page.fill("#id_asker_name", "Lai")
    page.select_option("#id_asker_age_range", "40~49")
    page.get_by_label("Eyelid Twitching").check()
    page.click("button:has-text('Send my question')")

    page.wait_for_url("**/questions/**")
    question = Question.objects.get(title="Numb hands in the morning")
    assert page.url.endswith(question.get_absolute_url())
    assert list(question.topics.all()) == [site.eyelid]


def test_personal_data_is_shown_while_typing_and_masked_on_request(page):
    build_site()
    open_ask_form(page)
    page.fill("#id_title", "Eyelid twitching for weeks")
    page.fill("#id_body", "It twitches every evening after work. Please call me on 0912-345-678.")
    page.fill("#id_asker_name", "A. Patient")
    page.select_option("#id_asker_age_range", "30~39")

    warning = page.locator("#personal-data-warning")
    expect(warning).to_be_visible()
    expect(warning.locator("mark")).to_have_text("0912-345-678")
    assert "a phone number, in your question" in warning.inner_text()

    page.click("button:has-text('Send my question')")
    expect(
        page.get_by_role("heading", name="Your question would publish personal data")
    ).to_be_visible()
    page.click("button:has-text('Mask it for me and send')")
    expect(page.get_by_text("Waiting for review").first).to_be_visible()
    question = Question.objects.get(title="Eyelid twitching for weeks")
    assert question.body.endswith("Please call me on [phone number removed].")


def test_without_javascript_the_check_happens_when_sending(new_page):
    build_site()
    page = new_page(javascript=False)
    open_ask_form(page)
    page.fill("#id_title", "Eyelid twitching for weeks")
    page.fill("#id_body", "It twitches every evening. My name is Lin Mei-hua, I am 34.")
    page.fill("#id_asker_name", "A. Patient")
    page.select_option("#id_asker_age_range", "30~39")
    page.click("button:has-text('Send my question')")
    page.click("button:has-text('Remove it myself')")

    expect(page.locator(".form-errors")).to_contain_text("Lin Mei-hua (name, in your question)")
    assert "My name is Lin Mei-hua" in page.input_value("#id_body")
    assert not Question.objects.filter(title="Eyelid twitching for weeks").exists()


def test_an_emergency_is_announced_while_typing(page):
    build_site()
    open_ask_form(page)
    page.fill("#id_title", "Chest")
    page.fill("#id_body", "Since 20 minutes crushing chest pain going to my left arm, sweating.")

    alert = page.locator("#emergency-alert")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("Call 119 now, or go to the nearest emergency department.")

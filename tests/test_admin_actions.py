from django.urls import reverse

from tests.factories import make_question

CHANGELIST = reverse("admin:qa_question_changelist")


def test_an_action_on_a_filtered_list_counts_what_was_selected(client, moderator, neurology):
    question = make_question(neurology, status="pending")
    client.force_login(moderator)

    response = client.post(
        f"{CHANGELIST}?status__exact=pending",
        {"action": "approve", "_selected_action": [question.pk]},
        follow=True,
    )

    html = response.content.decode()
    assert "Approved 1 question." in html
    assert "skipped" not in html

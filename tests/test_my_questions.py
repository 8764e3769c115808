from django.urls import reverse

from tests.factories import make_answered, make_question, make_specialty

URL = reverse("qa:my_questions")


def test_a_reader_goes_to_login(client, db):
    assert client.get(URL)["Location"] == f"{reverse('accounts:login')}?next={URL}"


def test_it_lists_the_patients_questions_with_status_newest_first(client, alice, bob):
    neurology = make_specialty("Neurology")
    make_answered(neurology, asker=alice, title="Old answered one", days_ago=30)
    make_question(neurology, asker=alice, title="Newer pending one", status="pending")
    make_question(neurology, asker=alice, title="Rejected one", status="rejected")
    make_question(neurology, asker=bob, title="Bob's question", status="open")
    client.force_login(alice)

    html = client.get(URL).content.decode()

    assert "Bob&#x27;s question" not in html
    assert (
        html.index("Rejected one")
        < html.index("Newer pending one")
        < html.index("Old answered one")
    )
    for label in ["Waiting for review", "Rejected", "Answered"]:
        assert label in html


def test_it_runs_a_constant_number_of_queries(client, alice, django_assert_num_queries):
    neurology = make_specialty("Neurology")
    for n in range(8):
        make_question(neurology, asker=alice, title=f"Question {n}", status="open")
    client.force_login(alice)

    with django_assert_num_queries(3):
        client.get(URL)


def test_a_doctor_sees_only_their_own_questions(client, doctor_user, alice):
    make_question(make_specialty("Neurology"), asker=alice, title="Alice's worry", status="open")
    client.force_login(doctor_user)

    html = client.get(URL).content.decode()

    assert "Alice&#x27;s worry" not in html
    assert "You have not asked any questions yet." in html


def test_a_waiting_question_can_be_edited_or_withdrawn_from_the_list(client, alice):
    neurology = make_specialty("Neurology")
    waiting = make_question(neurology, asker=alice, title="Still waiting", status="open")
    answered = make_answered(neurology, asker=alice, title="Already answered")
    client.force_login(alice)

    html = client.get(URL).content.decode()

    assert f'href="{reverse("qa:question_edit", args=[waiting.pk])}"' in html
    assert f'href="{reverse("qa:question_delete", args=[waiting.pk])}"' in html
    assert reverse("qa:question_edit", args=[answered.pk]) not in html
    assert reverse("qa:question_delete", args=[answered.pk]) not in html


def test_a_rejected_question_shows_why(client, alice):
    neurology = make_specialty("Neurology")
    make_question(
        neurology,
        asker=alice,
        title="Refused",
        status="rejected",
        rejection_reason="It named a real person.",
    )
    client.force_login(alice)

    assert "Reason: It named a real person." in client.get(URL).content.decode()

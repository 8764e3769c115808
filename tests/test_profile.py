from django.urls import reverse

from forum.accounts.models import Profile

URL = reverse("accounts:profile")


def test_a_reader_is_sent_to_login(client, db):
    assert client.get(URL)["Location"] == f"{reverse('accounts:login')}?next={URL}"


def test_a_patient_sets_their_pseudonym_age_gender_and_emails(client, alice):
    client.force_login(alice)

    response = client.post(
        URL,
        {
            "pseudonym": " A  Xu ",
            "age_range": "20~29",
            "gender": "female",
            "email_notifications": "",
        },
    )

    profile = Profile.objects.get(user=alice)
    assert response["Location"] == URL
    assert (profile.pseudonym, profile.age_range, profile.gender) == ("A Xu", "20~29", "female")
    assert profile.email_notifications is False


def test_the_pseudonym_is_not_the_username_by_default(client, alice):
    client.force_login(alice)

    html = client.get(URL).content.decode()

    assert 'name="pseudonym" value="alice"' not in html


def test_bad_input_is_refused_and_nothing_changes(client, alice):
    Profile.objects.create(user=alice)  # as signup makes it
    client.force_login(alice)

    response = client.post(URL, {"pseudonym": "!!!", "age_range": "200", "gender": "x"})

    html = response.content.decode()
    assert "Use at least one letter or number." in html
    assert "Select a valid choice" in html
    assert Profile.objects.get(user=alice).pseudonym == ""


def test_reading_a_missing_profile_saves_nothing(client, alice):
    client.force_login(alice)

    assert client.get(URL).status_code == 200
    assert client.get(reverse("qa:ask")).status_code == 200
    assert not Profile.objects.filter(user=alice).exists()

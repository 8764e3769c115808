from django.test import Client
from django.urls import reverse


def test_a_form_without_its_csrf_token_is_refused_with_the_sites_own_page(db):
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse("accounts:login"), {"username": "a", "password": "b"})

    html = response.content.decode()
    assert response.status_code == 403
    assert "<h1>This form could not be sent</h1>" in html
    assert "Ask a Doctor" in html and 'href="/accounts/login/"' in html  # the site's header

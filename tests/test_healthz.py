from django.urls import reverse


def test_it_answers_ok_without_touching_the_database(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.content == b"ok"
    assert client.head(reverse("healthz")).status_code == 200


def test_the_site_has_a_favicon(client, db):
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] in {"image/x-icon", "image/vnd.microsoft.icon"}


def test_pages_are_compressed_for_clients_that_accept_it(client, db):
    response = client.get(reverse("qa:home"), headers={"Accept-Encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"

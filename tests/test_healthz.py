from django.urls import reverse


def test_it_answers_ok_without_touching_the_database(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.content == b"ok"
    assert client.head(reverse("healthz")).status_code == 200

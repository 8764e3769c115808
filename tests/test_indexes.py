"""Indexes for browsing: every topic and every doctor by specialty, and view counts on
the question page and on cards."""

from django.urls import reverse

from forum.qa import viewcounts
from forum.qa.models import Question
from tests.factories import make_answered, make_doctor, make_question, make_specialty, make_topic


def test_the_topic_index_lists_topics_with_public_questions_by_specialty_a_to_z(client, neurology):
    cardiology = make_specialty("Cardiology")
    tremor, aura = make_topic("tremor", neurology), make_topic("Aura", neurology)
    palpitations = make_topic("Palpitations", cardiology)
    make_topic("Empty Topic", neurology)
    waiting = make_topic("Only Waiting", neurology)
    for _ in range(2):
        make_answered(neurology, [tremor])
    make_answered(neurology, [aura])
    make_answered(cardiology, [palpitations])
    make_question(neurology, [waiting])

    page = client.get(reverse("qa:topics")).content.decode()

    order = ["Cardiology", "Palpitations", "Neurology", "Aura", "tremor"]
    assert [page.index(f">{name}</a>") for name in order] == sorted(
        page.index(f">{name}</a>") for name in order
    )
    assert 'tremor</a> <span class="count">2 questions</span>' in page
    assert 'Aura</a> <span class="count">1 question</span>' in page
    assert "Empty Topic" not in page and "Only Waiting" not in page


def test_the_doctor_index_lists_verified_doctors_by_specialty_with_answer_counts(
    client, neurology, doctor
):
    cardiology = make_specialty("Cardiology")
    both = make_doctor("Amy Chen", specialties=[neurology, cardiology], affiliation="City Clinic")
    make_doctor("Not Verified", specialties=[neurology], is_verified=False)
    make_doctor("Suspended One", specialties=[neurology], is_suspended=True)
    make_specialty("Dermatology")  # no doctors: not listed
    for _ in range(3):
        make_answered(neurology, doctor=doctor)

    page = client.get(reverse("qa:doctors")).content.decode()

    assert page.count(">Dr. Amy Chen</a>") == 2  # under each of her specialties
    assert "City Clinic" in page
    assert '>Dr. Lan Shengxing</a> <span class="count">3 answers</span>' in page
    assert "Not Verified" not in page and "Suspended One" not in page
    assert "Dermatology" not in page
    assert page.index("Cardiology") < page.index("Neurology")
    assert both.get_absolute_url() in page


def test_the_doctor_page_breadcrumb_leads_to_the_index(client, doctor):
    page = client.get(doctor.get_absolute_url()).content.decode()

    assert f'<a href="{reverse("qa:doctors")}">Doctors</a>' in page
    assert client.get(reverse("qa:doctors")).status_code == 200


def test_the_indexes_run_a_constant_number_of_queries(
    client, neurology, doctor, django_assert_num_queries
):
    def grow(n):
        for i in range(n):
            specialty = make_specialty(f"Specialty {n}-{i}")
            make_doctor(f"Doctor {n}-{i}", specialties=[specialty, neurology])
            make_answered(specialty, [make_topic(f"Topic {n}-{i}", specialty)])

    grow(2)
    # The topics, and every specialty (for the cache tags: a new one's first topic shows).
    with django_assert_num_queries(2):
        client.get(reverse("qa:topics"))
    with django_assert_num_queries(2):
        client.get(reverse("qa:doctors"))
    grow(4)
    with django_assert_num_queries(2):
        client.get(reverse("qa:topics"))
    with django_assert_num_queries(2):
        client.get(reverse("qa:doctors"))


def test_view_counts_show_on_the_question_page_and_on_cards(client, neurology):
    question = make_answered(neurology, title="Counted question")
    Question.objects.filter(pk=question.pk).update(view_count=1233)

    assert "1,233 views" in client.get(neurology.get_absolute_url()).content.decode()
    assert "1,233 views" in client.get(question.get_absolute_url()).content.decode()
    Question.objects.filter(pk=question.pk).update(view_count=1)
    assert "<span>1 view</span>" in client.get(neurology.get_absolute_url()).content.decode()


def test_a_flush_remakes_the_cached_pages_that_show_the_count(client, neurology, settings):
    settings.PUBLIC_PAGE_CACHE = True
    question = make_answered(neurology, title="Counted question")
    client.get(neurology.get_absolute_url())  # cached, and the question page not yet read
    for _ in range(3):
        viewcounts.count_view(question.pk)

    viewcounts.flush()

    assert "3 views" in client.get(neurology.get_absolute_url()).content.decode()

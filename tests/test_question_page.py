import re

import pytest
from django.urls import reverse

from forum.qa import viewcounts
from forum.qa.models import Question
from tests.factories import (
    make_answered,
    make_question,
    make_reply,
    make_topic,
)


@pytest.fixture
def question(neurology, doctor):
    question = make_answered(
        neurology,
        [make_topic("Eyelid Twitching", neurology)],
        doctor=doctor,
        title="Lip twitching",
        headline="Facial Muscle Twitches: Causes and Concerns",
        body="First paragraph about my lip.\n\nSecond paragraph about dizziness.",
        more_info="Twitches are **usually** benign.",
    )
    question.created_at = question.created_at.replace(year=2016, month=9, day=5, hour=10)
    question.save(update_fields=["created_at"])
    return question


def h1_text(html: str) -> str:
    """The text of the page's <h1>, as a screen reader or a search engine reads it."""
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    return re.sub(r"<[^>]+>", "", h1)


def test_it_shows_the_headline_and_specialty_as_title_and_h1(client, question):
    response = client.get(question.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Facial Muscle Twitches: Causes and Concerns - Neurology</title>" in html
    assert html.count("<h1") == 1
    assert h1_text(html) == "Facial Muscle Twitches: Causes and Concerns - Neurology"


def test_it_falls_back_to_the_title_when_there_is_no_headline(client, neurology):
    question = make_answered(neurology, headline="", title="Numb fingers at night")

    response = client.get(question.get_absolute_url())

    assert h1_text(response.content.decode()) == "Numb fingers at night - Neurology"


def test_it_shows_the_page_in_the_order_of_the_product(client, question, doctor, neurology):
    make_answered(
        neurology, list(question.topics.all()), doctor=doctor, headline="Other eyelid question"
    )

    # What the reader sees, in order (the head also names the question, for search engines).
    html = client.get(question.get_absolute_url()).content.decode().split("<body>", 1)[1]

    landmarks = [
        "Share to:",
        "Lip twitching",
        "<p>First paragraph about my lip.</p>",
        "<p>Second paragraph about dizziness.</p>",
        "A Xu, 20~29 year old female. Ask Date:",
        "Dr. Lan Shengxing</a> reply Neurology",
        "Reply Date:",
        "More Info",
        "Twitches are <strong>usually</strong> benign.",
        "Similar Q&amp;A",
        "Other eyelid question",
        "Dr. Lan Shengxing reply Neurology",
        "Read More",
        "Related FAQ",
        "Eyelid Twitching (Neurology)",
    ]
    positions = [html.index(landmark) for landmark in landmarks]
    assert positions == sorted(positions)


def test_it_shows_dates_as_year_month_day(client, question):
    html = client.get(question.get_absolute_url()).content.decode()

    assert "Ask Date: <time" in html
    assert ">2016/09/05</time>" in html
    assert f">{question.answered_at:%Y/%m/%d}</time>" in html


def test_it_offers_plain_share_links_without_third_party_script(client, question):
    html = client.get(question.get_absolute_url()).content.decode()

    for label in ["Email", "Facebook", "X", "LINE", "Copy link"]:
        assert f">{label}</a>" in html
    assert "facebook.com/sharer" in html
    assert '<script src="http' not in html


def test_it_leaves_out_the_gender_when_undisclosed(client, neurology):
    question = make_answered(
        neurology, asker_name="Lai", asker_age_range="40~49", asker_gender="undisclosed"
    )

    html = client.get(question.get_absolute_url()).content.decode()

    assert "Lai, 40~49 year old. Ask Date:" in html


def test_it_hides_hidden_replies(client, question, doctor):
    make_reply(question, doctor, body="This reply was hidden by a moderator.", is_hidden=True)

    html = client.get(question.get_absolute_url()).content.decode()

    assert "hidden by a moderator" not in html


def test_it_counts_views_and_stores_them_when_flushed(client, question):
    client.get(question.get_absolute_url())
    client.get(question.get_absolute_url())
    question.refresh_from_db()
    assert question.view_count == 0
    assert viewcounts.pending() == {question.pk: 2}

    assert viewcounts.flush() == 2

    question.refresh_from_db()
    assert question.view_count == 2
    assert viewcounts.pending() == {}


def test_it_redirects_the_short_url_permanently(client, question):
    response = client.get(reverse("qa:question_short", args=[question.pk]))

    assert response.status_code == 301
    assert response["Location"] == question.get_absolute_url()


def test_it_redirects_a_wrong_slug_permanently(client, question):
    response = client.get(reverse("qa:question", args=[question.pk, "old-title"]))

    assert response.status_code == 301
    assert response["Location"] == question.get_absolute_url()


def test_an_unknown_question_is_a_styled_404(client, db):
    response = client.get(reverse("qa:question", args=[999999, "nothing"]))

    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


@pytest.mark.parametrize(
    "status",
    [
        Question.Status.PENDING,
        Question.Status.OPEN,
        Question.Status.REJECTED,
        Question.Status.HIDDEN,
    ],
)
def test_a_question_that_is_not_public_is_a_404_for_readers(client, neurology, status):
    question = make_question(neurology, status=status)

    response = client.get(question.get_absolute_url())

    assert response.status_code == 404


def test_a_question_that_is_not_public_is_a_404_for_another_patient(client, neurology, alice, bob):
    question = make_question(neurology, asker=alice, status=Question.Status.PENDING)
    client.force_login(bob)

    response = client.get(question.get_absolute_url())

    assert response.status_code == 404


def test_the_asker_sees_their_own_pending_question(client, neurology, alice):
    question = make_question(neurology, asker=alice, status=Question.Status.PENDING)
    client.force_login(alice)

    response = client.get(question.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "Waiting for review" in html
    assert "Only you and the moderators can see this page" in html
    assert "Share to:" not in html


def test_staff_see_a_hidden_question(client, neurology, staff):
    question = make_question(neurology, status=Question.Status.HIDDEN)
    client.force_login(staff)

    assert client.get(question.get_absolute_url()).status_code == 200


def test_viewing_a_question_that_is_not_public_does_not_count_a_view(client, neurology, alice):
    question = make_question(neurology, asker=alice, status=Question.Status.OPEN)
    client.force_login(alice)

    client.get(question.get_absolute_url())

    question.refresh_from_db()
    assert question.view_count == 0


def test_it_escapes_what_the_asker_wrote(client, neurology):
    question = make_answered(
        neurology,
        title="<b>bold</b> title",
        body="<script>alert('body')</script> and <img src=x onerror=alert(1)>",
        asker_name="<i>Eve</i>",
    )

    html = client.get(question.get_absolute_url()).content.decode()

    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;body&#x27;)&lt;/script&gt;" in html
    assert "&lt;i&gt;Eve&lt;/i&gt;" in html


def test_it_sanitises_the_markdown_of_replies_and_more_info(client, neurology, doctor):
    question = make_answered(
        neurology,
        doctor=doctor,
        more_info='<script>alert("more")</script>\n\n[link](javascript:alert(2))',
    )
    make_reply(
        question,
        doctor,
        body='Rest well.\n\n<script>alert("x")</script>\n\n<img src="x" onerror="alert(1)">\n\n'
        '<a href="#" onclick="steal()">click</a>',
    )

    html = client.get(question.get_absolute_url()).content.decode()

    assert "<p>Rest well.</p>" in html
    assert "<script>alert" not in html
    assert "onerror" not in html
    assert "onclick" not in html
    assert "javascript:" not in html


def test_the_page_runs_a_constant_number_of_queries(
    client, neurology, doctor, question, django_assert_max_num_queries
):
    topics = [make_topic(f"Topic {n}", neurology) for n in range(12)]
    question.topics.add(*topics)
    for n in range(3):
        make_reply(question, doctor, body=f"Follow-up {n}")
    for n in range(8):
        make_answered(neurology, topics[n : n + 3], doctor=doctor, title=f"Similar {n}")

    with django_assert_max_num_queries(5):
        response = client.get(question.get_absolute_url())

    assert response.content.decode().count('class="read-more"') == 4


def test_the_query_count_does_not_grow_with_replies_or_similar_items(
    client, neurology, doctor, question, django_assert_num_queries
):
    topic = make_topic("Common", neurology)
    question.topics.add(topic)
    make_answered(neurology, [topic], doctor=doctor, title="The first other")
    with django_assert_num_queries(5):
        client.get(question.get_absolute_url())

    for n in range(5):
        question.topics.add(make_topic(f"Extra {n}", neurology))
        make_reply(question, doctor, body=f"Follow-up {n}")
        make_answered(neurology, [topic], doctor=doctor, title=f"Other {n}")

    with django_assert_num_queries(5):
        client.get(question.get_absolute_url())


def test_similar_items_show_the_start_of_question_and_reply_cut_at_a_word(
    client, question, doctor, neurology
):
    long_body = "My eyelid twitches " + "again and again " * 30
    long_reply = "Hello, twitching " + "usually settles " * 30
    other = make_answered(
        neurology,
        list(question.topics.all()),
        doctor=doctor,
        body=long_body,
        title="Other",
        reply_body=long_reply,
    )

    html = client.get(question.get_absolute_url()).content.decode()
    similar = html[html.index("Similar Q&amp;A") :]

    assert "My eyelid twitches again and again" in similar
    assert "again\u00a0..." in similar
    assert re.search(
        "Hello, twitching usually settles( usually settles)+( usually)?\u00a0[.]{3}", similar
    )
    assert f'href="{other.get_absolute_url()}"' in similar


def test_it_answers_head_requests(client, question):
    assert client.head(question.get_absolute_url()).status_code == 200


def test_the_askers_view_of_a_waiting_question_runs_a_constant_number_of_queries(
    client, neurology, alice, django_assert_num_queries
):
    topic = make_topic("Tremor", neurology)
    question = make_question(neurology, [topic], asker=alice, status=Question.Status.OPEN)
    for n in range(3):
        make_answered(neurology, [topic], title=f"Answered {n}")
    client.force_login(alice)

    # The user (the session comes from the cache), then the page's own four queries.
    with django_assert_num_queries(5):
        client.get(question.get_absolute_url())

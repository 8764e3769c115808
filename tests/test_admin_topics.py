from django.urls import reverse
from django.utils import translation

from forum.qa.models import TaggedQuestion, Topic, TopicRedirect
from tests.factories import make_answered, make_specialty, make_topic

CHANGELIST = reverse("admin:qa_topic_changelist")


def merge(client, topics, kept=None):
    data = {"action": "merge", "_selected_action": [t.pk for t in topics]}
    if kept:
        data.update(apply="1", kept=kept.pk)
    return client.post(CHANGELIST, data, follow=True)


def test_merging_moves_questions_once_and_redirects_the_old_address(logged_in, neurology):
    kept = make_topic("Eyelid Twitching", neurology)
    duplicate = make_topic("Eye lid twitching!", neurology)
    both = make_answered(neurology, [kept, duplicate], title="Has both")
    only_old = make_answered(neurology, [duplicate], title="Has the old one")
    make_answered(neurology, [kept], title="Has the kept one")
    old_url = duplicate.get_absolute_url()

    response = merge(logged_in, [kept, duplicate], kept=kept)

    assert (
        "Merged Eye lid twitching! into Eyelid Twitching: 1 question moved."
        in response.content.decode()
    )
    assert not Topic.objects.filter(pk=duplicate.pk).exists()
    assert list(both.topics.all()) == [kept]
    assert list(only_old.topics.all()) == [kept]
    assert TaggedQuestion.objects.filter(tag=kept).count() == 3
    redirect = logged_in.get(old_url)
    assert redirect.status_code == 301
    assert redirect["Location"] == kept.get_absolute_url()


def test_merging_asks_which_topic_to_keep(logged_in, neurology):
    a, b = make_topic("Migraine", neurology), make_topic("Migraines", neurology)

    html = merge(logged_in, [a, b]).content.decode()

    assert "Choose the topic to keep" in html
    assert Topic.objects.count() == 2


def test_merging_one_topic_is_refused(logged_in, neurology):
    response = merge(logged_in, [make_topic("Alone", neurology)])

    assert "Choose at least two topics to merge." in response.content.decode()


def test_a_redirect_follows_a_later_merge(logged_in, neurology):
    a, b, c = (make_topic(name, neurology) for name in ["Alpha", "Beta", "Gamma"])
    merge(logged_in, [a, b], kept=b)
    merge(logged_in, [b, c], kept=c)

    assert set(TopicRedirect.objects.values_list("old_slug", "topic__slug")) == {
        ("alpha", "gamma"),
        ("beta", "gamma"),
    }


def test_renaming_and_moving_a_topic(logged_in, neurology):
    topic = make_topic("Twtiching", neurology)
    cardiology = make_specialty("Cardiology")

    logged_in.post(
        reverse("admin:qa_topic_change", args=[topic.pk]),
        {"name": "Twitching", "slug": topic.slug, "specialty": cardiology.pk, "description": ""},
    )

    topic.refresh_from_db()
    assert (topic.name, topic.specialty) == ("Twitching", cardiology)


def test_a_blank_name_is_refused_in_the_admin(logged_in, neurology):
    topic = make_topic("Tremor", neurology)

    response = logged_in.post(
        reverse("admin:qa_topic_change", args=[topic.pk]),
        {"name": "   ", "slug": topic.slug, "specialty": neurology.pk, "description": ""},
    )

    assert "This field is required." in response.content.decode()
    topic.refresh_from_db()
    assert topic.name == "Tremor"


def test_the_filter_shows_blank_looking_and_near_duplicate_names(logged_in, neurology):
    for name in ["Back Pain", "back-pains", "...", "Knee Pain"]:
        make_topic(name, neurology)

    html = logged_in.get(CHANGELIST + "?check=names").content.decode()

    assert "Back Pain" in html and "back-pains" in html and ">...<" in html
    assert "Knee Pain" not in html


def test_the_changelist_runs_a_constant_number_of_queries(
    logged_in, neurology, django_assert_max_num_queries
):
    for n in range(40):
        make_topic(f"Topic {n}", neurology)

    with django_assert_max_num_queries(10):
        assert logged_in.get(CHANGELIST).status_code == 200


def test_a_slug_used_again_after_a_merge_can_be_merged_again(logged_in, neurology):
    a, b = make_topic("Alpha", neurology), make_topic("Beta", neurology)
    merge(logged_in, [a, b], kept=b)
    again = make_topic("Alpha", neurology)
    c = make_topic("Gamma", neurology)

    response = merge(logged_in, [again, c], kept=c)

    assert response.status_code == 200
    assert TopicRedirect.objects.get(old_slug="alpha").topic == c


def test_merging_without_choosing_a_topic_to_keep_changes_nothing(logged_in, neurology):
    a, b = make_topic("Migraine", neurology), make_topic("Migraines", neurology)

    response = logged_in.post(
        CHANGELIST, {"action": "merge", "_selected_action": [a.pk, b.pk], "apply": "1"}
    )

    assert "This field is required." in response.content.decode()
    assert Topic.objects.count() == 2
    assert not TopicRedirect.objects.exists()


def test_a_chinese_name_is_saved_trimmed_and_a_blank_one_falls_back_to_english(
    logged_in, neurology
):
    topic = make_topic("Tremor", neurology)
    url = reverse("admin:qa_topic_change", args=[topic.pk])
    data = {"name": "Tremor", "slug": topic.slug, "specialty": neurology.pk, "description": ""}

    logged_in.post(url, {**data, "name_zh_hant": "  顫抖  "})
    topic.refresh_from_db()
    assert topic.name_zh_hant == "顫抖"

    logged_in.post(url, {**data, "name_zh_hant": "   "})
    topic.refresh_from_db()
    assert topic.name_zh_hant == ""
    with translation.override("zh-hant"):
        assert topic.local_name == "Tremor"


def test_a_chinese_name_too_long_is_refused_in_the_admin(logged_in, neurology):
    topic = make_topic("Tremor", neurology, name_zh_hant="顫抖")
    data = {"name": "Tremor", "slug": topic.slug, "specialty": neurology.pk, "description": ""}

    response = logged_in.post(
        reverse("admin:qa_topic_change", args=[topic.pk]), {**data, "name_zh_hant": "抖" * 101}
    )

    assert "Ensure this value has at most 100 characters (it has 101)." in response.content.decode()
    topic.refresh_from_db()
    assert topic.name_zh_hant == "顫抖"

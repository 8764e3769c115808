"""English and Traditional Chinese: addresses, the chooser, hreflang, a user's language,
and Chinese text in questions, addresses, excerpts and search."""

import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation

from forum.accounts.models import Profile
from forum.core.text import excerpt, readable_slug
from forum.qa import search
from forum.qa.models import Question
from forum.qa.notifications import notify_answered
from tests.factories import make_answered, make_topic, make_user

ZH = "/zh-hant"


@pytest.fixture
def answered(neurology):
    return make_answered(neurology, title="Lip twitching", headline="Facial Muscle Twitches")


def test_english_pages_keep_their_addresses_and_chinese_ones_are_under_a_prefix(client, answered):
    path = answered.get_absolute_url()
    with translation.override("zh-hant"):
        chinese_path = answered.get_absolute_url()

    english = client.get(path)
    chinese = client.get(chinese_path)

    assert path == f"/questions/{answered.pk}/facial-muscle-twitches/"
    assert chinese_path == ZH + path
    assert english.status_code == chinese.status_code == 200
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="zh-hant">' in chinese.content.decode()
    assert chinese["Content-Language"] == "zh-hant"


def test_every_page_links_to_itself_in_the_other_language(client, answered):
    html = client.get(answered.get_absolute_url() + "?x=1").content.decode()
    path = answered.get_absolute_url()

    assert f'<link rel="alternate" hreflang="en" href="http://testserver{path}?x=1">' in html
    assert (
        f'<link rel="alternate" hreflang="zh-hant" href="http://testserver{ZH}{path}?x=1">' in html
    )
    assert f'<link rel="alternate" hreflang="x-default" href="http://testserver{path}?x=1">' in html


def test_a_missing_page_names_no_other_language(client, db):
    html = client.get("/no-such-page/").content.decode()

    assert "hreflang" not in html
    assert 'name="language"' not in html
    assert "hreflang" not in client.get("/questions/999/gone/").content.decode()


def test_the_chooser_takes_an_anonymous_reader_to_the_same_page_in_chinese(answered):
    client = Client(enforce_csrf_checks=True)  # the cached page holds no token
    path = answered.get_absolute_url()
    html = client.get(path).content.decode()
    assert 'name="language" value="zh-hant"' in html
    assert "csrfmiddlewaretoken" not in html

    response = client.post(reverse("set_language"), {"language": "zh-hant", "next": path})

    assert response.status_code == 302
    assert response["Location"] == ZH + path
    assert response.cookies["django_language"].value == "zh-hant"


def test_the_chooser_brings_a_chinese_page_back_to_english(client, answered):
    path = answered.get_absolute_url()

    response = client.post(reverse("set_language"), {"language": "en", "next": ZH + path})

    assert response["Location"] == path


def test_the_chooser_stays_on_the_site(client, db):
    response = client.post(
        reverse("set_language"), {"language": "zh-hant", "next": "https://evil.example/"}
    )

    assert response["Location"] == ZH + "/"


def test_without_a_next_the_chooser_goes_back_to_the_page_it_was_on(client, answered):
    path = answered.get_absolute_url()

    response = client.post(
        reverse("set_language"), {"language": "en"}, HTTP_REFERER=f"http://testserver{ZH}{path}"
    )

    assert response["Location"] == f"http://testserver{path}"


def test_the_chooser_only_takes_a_post(client, db):
    assert client.get(reverse("set_language"), {"language": "zh-hant"}).status_code == 405


def test_a_logged_in_users_choice_is_kept_and_checked_for_csrf(alice, answered):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    path = answered.get_absolute_url()
    refused = client.post(reverse("set_language"), {"language": "zh-hant", "next": path})
    assert refused.status_code == 403
    assert Profile.for_user(alice).language == "en"

    html = client.get(path).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = client.post(
        reverse("set_language"),
        {"language": "zh-hant", "next": path, "csrfmiddlewaretoken": token},
    )

    assert response["Location"] == ZH + path
    assert Profile.for_user(alice).language == "zh-hant"


def test_an_unknown_language_changes_nothing(client, alice, answered):
    client.force_login(alice)

    response = client.post(reverse("set_language"), {"language": "fr", "next": "/"})

    assert response.status_code == 400
    assert "django_language" not in response.cookies
    assert Profile.for_user(alice).language == "en"


@pytest.mark.parametrize("form", [{"language": "fr", "next": "/"}, {"next": "/"}, {}])
def test_a_readers_choice_of_no_language_of_ours_is_refused_with_a_message(client, form):
    response = client.post(reverse("set_language"), form)

    assert response.status_code == 400
    assert response.content.decode() == "Choose English or Traditional Chinese."
    assert "django_language" not in response.cookies


def test_someone_who_never_chose_logs_in_to_the_language_of_the_page(client, doctor):
    response = client.post(
        ZH + reverse("accounts:login") + f"?next={ZH}/dashboard/",
        {"username": doctor.user.username, "password": "pw"},
    )

    assert response["Location"] == f"{ZH}/dashboard/"


def test_logging_in_goes_on_in_the_users_language(client, alice):
    Profile.objects.create(user=alice, language="zh-hant")

    response = client.post(
        reverse("accounts:login") + "?next=/me/questions/",
        {"username": "alice", "password": "pw"},
    )

    assert response["Location"] == f"{ZH}/me/questions/"
    assert response.cookies["django_language"].value == "zh-hant"


def test_the_asker_is_emailed_in_their_language(neurology, django_capture_on_commit_callbacks):
    carol = make_user("carol", email="carol@example.org")
    Profile.objects.create(user=carol, language="zh-hant")
    question = make_answered(neurology, asker=carol, title="嘴角抽動")

    with django_capture_on_commit_callbacks(execute=True):
        notify_answered(question)

    [message] = mail.outbox
    assert not re.search(r"[A-Za-z]{4}", message.subject.replace("Ask a Doctor", ""))
    assert f"{ZH}/questions/{question.pk}/" in message.body
    assert "嘴角抽動" in message.body


def test_the_cache_keeps_each_language_of_a_page_apart(settings, answered):
    settings.PUBLIC_PAGE_CACHE = True
    reader = Client()
    path = answered.get_absolute_url()
    for _ in range(2):  # the second time from the cache
        english = reader.get(path).content.decode()
        chinese = reader.get(ZH + path).content.decode()
        assert '<html lang="en">' in english
        assert '<html lang="zh-hant">' in chinese


# Chinese text


def test_a_chinese_headline_gets_a_readable_address(neurology):
    question = make_answered(neurology, title="頭痛三天了，吃止痛藥也沒用怎麼辦？")

    assert question.slug == "頭痛三天了吃止痛藥也沒用怎麼辦"
    assert Client().get(question.get_absolute_url()).status_code == 200


def test_latin_headlines_keep_their_ascii_addresses():
    assert (
        readable_slug("Café au lait spots on my son's back") == "cafe-au-lait-spots-on-my-sons-back"
    )
    assert readable_slug("MRI 報告看不懂") == "mri-報告看不懂"


def test_an_excerpt_of_chinese_is_cut_between_characters_and_counts_them_wide():
    text = "我最近三個禮拜常常頭痛，" * 10

    cut = excerpt(text, 40)

    assert cut == "我最近三個禮拜常常頭痛，我最近三個禮拜常\u00a0..."


def test_an_excerpt_never_cuts_a_latin_word_inside_chinese_text():
    assert excerpt("我的膽固醇 cholesterol 偏高", 20) == "我的膽固醇\u00a0..."
    assert excerpt("plain words that go on", 12) == "plain words\u00a0..."


def test_a_question_is_asked_in_the_pages_language(client, patient, neurology):
    page = client.get(ZH + reverse("qa:ask")).content.decode()

    assert re.search(r'<option value="zh-hant" selected', page)


def test_a_chinese_question_is_found_by_any_two_of_its_characters(client, neurology):
    headache = make_topic("Tension Headache", neurology, name_zh_hant="緊張型頭痛")
    make_answered(
        neurology, [headache], title="頭痛三天了怎麼辦", body="最近工作壓力大，後腦勺一直痛。"
    )
    make_answered(neurology, [headache], title="偏頭痛會遺傳嗎", body="我媽媽也有偏頭痛。")
    make_answered(neurology, title="眼皮一直跳", body="右眼皮跳了一個禮拜。")

    search = ZH + reverse("qa:search")

    def titles(q):
        html = client.get(search, {"q": q}).content.decode()
        return sorted(
            re.sub(r"</?mark>", "", m)
            for m in re.findall(r'class="card__title"[^>]*><a [^>]*>(.*?)</a>', html)
        )

    make_answered(neurology, title="X光片上的陰影", body="小孩發燒到39度，還一直頭痛。")
    assert titles("頭痛") == ["X光片上的陰影", "偏頭痛會遺傳嗎", "頭痛三天了怎麼辦"]
    assert titles("頭痛 發燒") == ["X光片上的陰影"]
    assert titles("X光片") == ["X光片上的陰影"]
    if connection.vendor == "postgresql":  # the search's operators
        assert titles('"頭痛三天"') == ["頭痛三天了怎麼辦"]
        assert titles("頭痛 -偏頭痛") == ["X光片上的陰影", "頭痛三天了怎麼辦"]
    assert titles("壓力") == ["頭痛三天了怎麼辦"]
    assert titles("眼皮 禮拜") == ["眼皮一直跳"]
    assert titles("頭皮") == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="highlights come from PostgreSQL")
def test_chinese_matches_are_highlighted(client, neurology):
    make_answered(neurology, title="頭痛三天了怎麼辦", body="最近工作壓力大。")

    html = client.get(reverse("qa:search"), {"q": "頭痛"}).content.decode()

    assert "<mark>頭痛</mark>三天了怎麼辦" in html


def test_a_chinese_search_offers_the_topics_it_names(client, neurology):
    headache = make_topic("Tension Headache", neurology, name_zh_hant="緊張型頭痛")
    make_topic("Insomnia", neurology, name_zh_hant="失眠")
    make_answered(neurology, [headache], title="頭痛")

    assert [t.name for t in search.close_topics("我常常緊張型頭痛怎麼辦")] == ["Tension Headache"]
    assert [t.name for t in search.close_topics("頭痛")] == ["Tension Headache"]


def test_a_question_asked_on_a_chinese_page_is_chinese(client, patient, neurology):
    body = "最近一個月常常頭痛，早上起床時最明顯，吃了止痛藥會好一點，下午又痛，要做檢查嗎？"
    data = {
        "specialty": neurology.pk,
        "title": "早上起床頭痛",
        "body": body,
        "asker_name": "阿許",
        "asker_age_range": "20~29",
        "asker_gender": "female",
    }

    response = client.post(ZH + reverse("qa:ask"), data)

    question = Question.objects.get()
    assert question.language == "zh-hant"
    assert question.slug == "早上起床頭痛"
    with translation.override("zh-hant"):
        assert response["Location"] == question.get_absolute_url()


def test_chinese_questions_show_each_other_as_similar(client, neurology):
    headache = make_topic("Tension Headache", neurology, name_zh_hant="緊張型頭痛")
    asked = make_answered(
        neurology, [headache], title="頭痛三天了", language="zh-hant", body="後腦勺一直痛。"
    )
    make_answered(
        neurology, [headache], title="偏頭痛會遺傳嗎", language="zh-hant", body="我媽媽也有。"
    )
    path = asked.get_absolute_url()

    html = client.get(ZH + path).content.decode()

    assert "相關問答" in html
    assert "偏頭痛會遺傳嗎" in html
    assert '<h2 id="question-title" class="question__title">頭痛三天了</h2>' in html
    english = client.get(path).content.decode()
    assert (
        '<h2 id="question-title" class="question__title" lang="zh-hant">頭痛三天了</h2>' in english
    )


def test_a_question_in_an_unknown_language_is_refused_and_nothing_saved(client, patient, neurology):
    data = {
        "specialty": neurology.pk,
        "language": "fr",
        "title": "Eyelid twitching",
        "body": "My eyelid has twitched for two weeks, mostly in the evening. Should I worry?",
        "asker_name": "A Xu",
        "asker_age_range": "20~29",
        "asker_gender": "female",
    }

    response = client.post(reverse("qa:ask"), data)

    assert response.status_code == 200
    assert "Select a valid choice. fr is not one of the available choices." in (
        response.content.decode()
    )
    assert not Question.objects.exists()


def test_the_profile_keeps_a_language_and_refuses_an_unknown_one(client, patient):
    fields = {"pseudonym": "A Xu", "age_range": "", "gender": "undisclosed"}

    refused = client.post(reverse("accounts:profile"), {**fields, "language": "fr"})
    assert refused.status_code == 200
    assert "Select a valid choice." in refused.content.decode()
    assert Profile.for_user(patient).language == "en"

    response = client.post(reverse("accounts:profile"), {**fields, "language": "zh-hant"})

    assert response["Location"] == ZH + reverse("accounts:profile")
    assert response.cookies["django_language"].value == "zh-hant"
    assert Profile.for_user(patient).language == "zh-hant"

"""A question that reads as an emergency sends the patient to emergency help first; if they
send it anyway, it is urgent and comes first in every queue. Measured on our corpora."""

import io
import json
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from forum.qa.models import Question
from forum.safety import emergencies, evaluation
from tests.factories import make_question
from tests.test_ask import data as question_data

DATA = Path(__file__).parent / "data"
URL = reverse("qa:ask")
CHEST_PAIN = "Since an hour I have crushing chest pain going to my left arm and I am sweating."


# The goals are 95% of emergencies caught with at most 2% false alarms. The detector was
# written against the first corpus; the second was written apart, and its misses have since
# been read too. The third and the fourth were each written apart from the others and from
# the detector, and measured once before anything was changed for them (the honest figures
# on unseen text): the third 92.7% caught with 6.5% false alarms, the fourth, after the
# third's lessons, 87.3% caught with 2.9% false alarms, and the fifth 88.7% with 4.1%. The
# Chinese corpus was written with the Chinese reader; its last 66 lines were held back and
# measured once before anything was changed for them: 96.9% caught with 5.9% false alarms.
# The Chinese holdout was written apart from the reader: 83.0% with 3.3%. The sixth, written
# apart after those, read 87.1% with 4.4%. Rules drawn from the fifth's and the Chinese
# holdout's misses did not move the sixth's figures and cancelled real emergencies, so they
# are not in. These floors guard what the detector reaches today.
@pytest.mark.parametrize(
    ("corpus", "recall", "false_alarms"),
    [
        ("emergencies.jsonl", 0.99, 0.01),
        ("emergencies_holdout.jsonl", 0.98, 0.01),
        ("emergencies_unseen.jsonl", 0.93, 0.01),
        ("emergencies_fresh.jsonl", 0.98, 0.01),
        ("emergencies_fifth.jsonl", 0.88, 0.05),
        ("emergencies_sixth.jsonl", 0.87, 0.05),
        ("emergencies_zh.jsonl", 0.98, 0.01),
        ("emergencies_zh_holdout.jsonl", 0.83, 0.04),
    ],
)
def test_the_detector_holds_its_measured_level_on_our_corpora(corpus, recall, false_alarms):
    with (DATA / corpus).open(encoding="utf-8") as lines:
        report = evaluation.evaluate_emergencies(lines)

    assert report.recall >= recall
    assert report.false_alarm_rate <= false_alarms


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("probably nothing but my face looks crooked and my left arm is heavy", emergencies.STROKE),
        ("i cant brething, lips going blue", emergencies.BREATHING),
        ("my 3 year old swallowed a button battery 10 minutes ago", emergencies.OVERDOSE),
        ("I don't want to live anymore, I have the pills ready", emergencies.SUICIDE),
        ("our 6 week old baby has a fever of 38.3", emergencies.INFANT_FEVER),
        # Typos, missing apostrophes, text speak, Chinese mixed in.
        ("ma chest hurtin real bad n left arm numb", emergencies.HEART_ATTACK),
        ("爸爸 suddenly 講話不清楚 and his hand 沒力", emergencies.STROKE),
        ("寶寶3週 發燒38.2", emergencies.INFANT_FEVER),
        ("my mom is unconcious on the kitchen floor", emergencies.UNCONSCIOUS),
        # Signs that are one together, in a sentence or across the text.
        ("I spilled boiling oil on my thigh and it's white and doesn't hurt", emergencies.BURNS),
        ("Grandpa bumped his head yesterday. Now he keeps vomiting.", emergencies.HEAD_INJURY),
        (
            "I'm 31 weeks pregnant. I see flashing lights and my face is puffy.",
            emergencies.PREGNANCY,
        ),
        ("Type 1 son vomiting all night, breathing deep and fast", emergencies.DIABETIC),
        (
            "We all have a headache and feel dizzy, the gas heater was on all evening",
            emergencies.OVERDOSE,
        ),
        # Feeling fine since changes nothing for a swallowed battery or a stroke that passed.
        ("my son swallowed a button battery an hour ago, he seems fine now", emergencies.OVERDOSE),
        ("his face drooped for 10 minutes but now he is back to normal", emergencies.STROKE),
        # A resolution that is not one.
        ("30 weeks pregnant, headache that won't go away and blurry vision", emergencies.PREGNANCY),
        ("the seizure stopped, but now he is seizing again", emergencies.SEIZURE),
        ("I'm not joking, my chest hurts so much and I'm sweating", emergencies.HEART_ATTACK),
        # Signs that are new: just now, after a past event; with a blow, a spray that fails.
        (
            "I had my hip operated 2 weeks ago and just now I'm suddenly short of breath",
            emergencies.BREATHING,
        ),
        (
            "she hit heads with another player and was knocked out, now vomiting",
            emergencies.HEAD_INJURY,
        ),
        (
            "used my nitro spray three times and the chest pain is getting worse",
            emergencies.HEART_ATTACK,
        ),
        ("34 weeks, fell onto my belly on the stairs and now cramping", emergencies.PREGNANCY),
        ("my husband's arm has been jerking for 6 minutes already", emergencies.SEIZURE),
        # Thoughts of suicide come first, for the crisis lines.
        ("I took 30 tablets an hour ago because I wanted to die", emergencies.SUICIDE),
        # A professional with someone in particular in front of them.
        (
            "I'm a teacher. A student in my class collapsed and isn't breathing.",
            emergencies.BREATHING,
        ),
        # Characters of no width read as if they were not there.
        ("crushing chest\u200bpain going to my left arm", emergencies.HEART_ATTACK),
    ],
)
def test_emergencies_are_found(text, kind):
    assert emergencies.find(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "No chest pain, no shortness of breath, just a dry cough for a week.",
        "My father had a heart attack five years ago. What diet is best for him now?",
        "What are the signs of a stroke?",
        "I'm a nurse; how do we screen for suicide risk in the ward?",
        "This exam is killing me, I sleep 4 hours. Is that bad for memory?",
        # A negation inside the sign, a fear of it, "neither ... nor".
        "Headache and fever 38, but my neck is not stiff and there is no rash.",
        "I'm scared of having a heart attack like my uncle. Which tests?",
        "Neither fever nor headache, just a stiff neck from sleeping wrong.",
        # Over: in the past, carried over, ended since, seen by a doctor.
        "Last Tuesday she had a reaction, her throat swelled and the ambulance came.",
        "Grandpa choked on a dumpling but it came out, he's been fine for 3 days.",
        "I have a stiff neck and fever from a cold, the doctor checked and said it's not "
        "meningitis.",
        "My mother had a stroke in 2017. Her left leg is still weak, which brace is best?",
        "I was in hospital for an overdose as a teenager, now my liver tests are normal.",
        "In 2020 my dad (now 68) had a heart attack with crushing chest pain. Can he fly?",
        "I had surgery for torsion at 14. Does it affect fertility later?",
        "Old self-harm scars on my wrist, can laser remove them?",
        # Mild, long-standing, or with a harmless cause.
        "I burned my hand with steam while cooking, it's red, small area, no blisters.",
        "My left leg gets numb when I sit cross-legged.",
        "My chest hurts when I press on it, since I started going to the gym last week.",
        "My husband says my chest pain is from anxiety. I've had it for 2 years.",
        "Took a second vitamin D capsule by accident this morning, is that a problem?",
        "I get a tension headache like a band around my head when I'm stressed.",
        # Questions, suppositions, fiction, work.
        "What is a seizure and how does it differ from fainting?",
        "How does an overdose of paracetamol damage the liver?",
        "Which kind of bleeding in pregnancy is considered normal?",
        "Why are burns in small children treated so urgently?",
        "Does this antidepressant increase suicidal thoughts?",
        "What should I do if my son has a seizure at school?",
        "Is 37.5 a fever for a 1 month old baby? He feels fine and feeds well.",
        "I'm writing a novel where the character has a seizure and is unconscious.",
        "I'm a nurse in the ER and so tired. We had 3 cardiac arrests today.",
        "I'm a pharmacist. A customer asks about overdose of ibuprofen in children.",
        "Our company is organizing first aid training: CPR, choking, bleeding, burns, stroke.",
        # Accidents are not self-harm.
        "I cut my finger with a knife while cooking, it stopped bleeding after a minute.",
        "My husband hurt himself at the gym, pulled a muscle in his back.",
        # Words that only look like signs.
        "I want to die my hair blue, is it safe when pregnant?",
        "My pregnancy test is faint positive, when should I see the OB?",
        "I can't breathe through my nose because of allergies.",
        "My son gets confused with math homework, any tips?",
        "He has not been responding to antibiotics for his pneumonia.",
    ],
)
def test_what_is_not_an_emergency_now_is_left_alone(text):
    assert emergencies.find(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我吃了一整罐安眠藥", emergencies.OVERDOSE),
        ("爸爸突然嘴歪，右手舉不起來，講話不清楚", emergencies.STROKE),
        ("寶寶兩個月大，發燒38.5度", emergencies.INFANT_FEVER),
        ("我不想活了，藥已經準備好了", emergencies.SUICIDE),
        # Understatement, spaces for commas or between words, English mixed in.
        ("胸口超痛 痛到左手臂 冒冷汗 應該沒事吧？", emergencies.HEART_ATTACK),
        ("爸爸 突然 講話 不清楚 右手 沒力", emergencies.STROKE),
        ("我兒子3個禮拜大 發燒38.2 怎麼辦", emergencies.INFANT_FEVER),
        ("My dad 突然嘴歪，講話不清楚，right arm weak", emergencies.STROKE),
        # A past before something now; a stroke that passed; a blow the day before.
        ("媽媽去年中風過一次，剛剛又嘴歪講話不清楚", emergencies.STROKE),
        ("我有氣喘病史，現在喘到講不完一句話，吸入劑沒用", emergencies.BREATHING),
        ("我自己剛剛右手突然麻掉，講話也卡卡的，大約二十分鐘後好了", emergencies.STROKE),
        ("爺爺昨天跌倒撞到頭，今天一直想睡，叫他也不太理人", emergencies.HEAD_INJURY),
        ("小孩把洗衣球咬破，吞了一些進去，現在一直咳", emergencies.OVERDOSE),
        # A line break ends a sentence: family history, a joke, work stay on their line.
        ("我們家族有心臟病史\n爸爸胸口很痛冒冷汗", emergencies.HEART_ATTACK),
        ("哈哈哈謝謝醫生上次的回答\n今天換我爸胸口很痛冒冷汗", emergencies.HEART_ATTACK),
        # No breath at all: a sign that is itself a negation.
        ("他沒有呼吸了", emergencies.BREATHING),
        ("寶寶沒有呼吸", emergencies.BREATHING),
        ("他沒呼吸", emergencies.BREATHING),
        ("我快沒有辦法呼吸了", emergencies.BREATHING),
        ("他沒有反應也沒有呼吸", emergencies.BREATHING),
        # Up high, about to jump or saying goodbye.
        ("我在頂樓，好想跳", emergencies.SUICIDE),
        ("我站在陽台上，想往下跳", emergencies.SUICIDE),
        ("我在頂樓準備跳了", emergencies.SUICIDE),
        ("我在橋上，大家再見", emergencies.SUICIDE),
        # At work, but about one's own family, a baby, oneself.
        ("我是護理師。我兒子突然全身抽搐，叫不醒", emergencies.SEIZURE),
        ("我是護理師，我爸爸胸口很痛冒冷汗", emergencies.HEART_ATTACK),
        ("我是保母，寶寶三週大發燒38.5度", emergencies.INFANT_FEVER),
        # A negation of something else does not reach the sign.
        ("今天沒吃早餐胸口突然很痛", emergencies.HEART_ATTACK),
        ("爸爸沒有喝酒講話突然不清楚", emergencies.STROKE),
        ("睡不著胸口很痛", emergencies.HEART_ATTACK),
        ("沒睡好胸口好悶好痛，冒冷汗", emergencies.HEART_ATTACK),
        # Characters of no width between the characters.
        ("胸\u200b口\u200b很\u200b痛\u200b冒\u200b冷\u200b汗", emergencies.HEART_ATTACK),
    ],
)
def test_emergencies_written_in_chinese_are_found(text, kind):
    assert emergencies.find(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # Negated before or denied after.
        "沒有胸痛，也不喘，只是咳嗽有痰一個禮拜了",
        "發燒是沒有，就是喉嚨很痛，要看哪一科？",
        # Past, told as past, seen to, ended.
        "我婆婆五年前中風，現在右手還是比較沒力，復健要做多久？",
        "去年十月媽媽中風，嘴歪、右手無力，在醫院住了兩週，現在恢復得不錯",
        "已經看過急診了，醫生說胸痛是肌肉拉傷",
        "兒子吃糖果噎到，拍背之後吐出來了，現在講話正常",
        # Family, general questions, suppositions, work.
        "爸爸是心肌梗塞走的，我今年45歲要做哪些檢查？",
        "中風的徵兆有哪些？",
        "如果半夜寶寶發燒到39度，應該直接去急診嗎？",
        "我是護理師，想問病人抽搐的時候要記錄什麼？",
        # Figures of speech.
        "被老闆氣到吐血，真的累到想死",
        "我的電腦又中風了，是不是要重灌",
        "百貨公司週年慶又大出血了，信用卡帳單好可怕",
        # Mild, long-standing, habitual, a twitch of the eyelid.
        "胸口有點悶好幾個月了，心臟科檢查都正常",
        "爬樓梯會喘，最近半年好像越來越明顯",
        "眼皮一直跳（抽搐），是不是太累？",
        # A negation past a filler; up high for the view; a jump that is a dance.
        "沒有胸痛",
        "沒有明顯的胸痛",
        "不會喘",
        "沒有發燒",
        "站在頂樓看夜景",
        "我想跳舞",
    ],
)
def test_what_is_not_an_emergency_now_in_chinese_is_left_alone(text):
    assert emergencies.find(text) is None


# Runs of what the emergency patterns look for (a resolution after each clause once took
# time quadratic in their number; so did a number, tried again from each of its digits, and a
# clause telling a past, which looked back over all the clauses before it). The time for eight
# times the text must grow like the text, not like its square: compared with itself, so that
# a slow machine is no failure. Digits and spaces follow a Chinese character, for the Chinese
# reader.
HOSTILE_SIGNS = ["it stopped, ", "chest pain ", "then she's fine now, ", "no chest pain, ",
                 "my dad is ", "if he, ", "sugar 45 ", "胸口很痛", "pressssss", "x",
                 "沒有胸痛，", "去年中風，", "好了，", "還是胸痛，", "我 你 他 ",
                 "一", "十幾", "住院，", "檢查，"]  # fmt: skip
HOSTILE_AFTER_CHINESE = ["1", "\uff11", " "]


def _reading_time(text: str) -> float:
    """The best of three readings, so that a pause of the machine does not count."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        emergencies.find(text)
        times.append(time.perf_counter() - started)
    return min(times)


@pytest.mark.parametrize(
    ("lead", "unit"),
    [("", unit) for unit in HOSTILE_SIGNS] + [("中", unit) for unit in HOSTILE_AFTER_CHINESE],
)
def test_the_detector_reads_long_runs_of_signs_in_linear_time(lead, unit):
    run = unit * (40_000 // len(unit) + 1)
    short, long = lead + run[:5_000], lead + run[:40_000]

    # Linear: about 8 times as long; quadratic would be 64.
    assert _reading_time(long) < 24 * max(_reading_time(short), 0.001)


def test_the_screen_command_says_whether_it_is_an_emergency(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"text": CHEST_PAIN}) + "\n"))
    out = io.StringIO()

    call_command("screen", stdout=out)

    assert json.loads(out.getvalue()) == {
        "emergency": True,
        "emergency_kind": "heart_attack",
        "personal_data": [],
    }


def test_an_emergency_is_not_saved_but_sent_to_emergency_help(client, patient, neurology):
    response = client.post(URL, question_data(neurology, body=CHEST_PAIN))

    html = response.content.decode()
    assert "This may be an emergency: signs of a heart attack" in html
    assert "Call 119 now, or go to the nearest emergency department." in html
    assert "It is not an emergency: send my question" in html
    assert "1925" not in html
    assert not Question.objects.exists()


def test_thoughts_of_suicide_get_the_crisis_lines(client, patient, neurology):
    body = "I can't sleep for months and I just want to die, I have thought how to do it."

    html = client.post(URL, question_data(neurology, body=body)).content.decode()

    assert "1925" in html and "1995" in html and "1980" in html


def test_sent_anyway_it_is_saved_as_urgent(client, patient, neurology):
    response = client.post(URL, question_data(neurology, body=CHEST_PAIN, emergency="send"))

    assert response.status_code == 302
    assert Question.objects.get().is_urgent


def test_change_my_question_goes_back_to_the_form(client, patient, neurology):
    response = client.post(URL, question_data(neurology, body=CHEST_PAIN, emergency="change"))

    assert "if it is an emergency, call 119 now" in response.content.decode()
    assert not Question.objects.exists()


def test_the_live_check_announces_an_emergency(client, patient):
    response = client.post(reverse("qa:screen_question"), {"title": "Help", "body": CHEST_PAIN})

    emergency = response.json()["emergency"]
    assert emergency["kind"] == "heart_attack"
    assert "Call 119 now" in emergency["html"]


def days_ago(days: int):
    return timezone.now() - timedelta(days=days)


def test_urgent_questions_come_first_for_doctors(client, doctor, neurology):
    older = make_question(neurology, created_at=days_ago(3))
    urgent = make_question(neurology, created_at=days_ago(1), is_urgent=True)
    client.force_login(doctor.user)

    response = client.get(reverse("dashboard:queue"))

    assert list(response.context["page"].object_list) == [urgent, older]
    assert '<span class="badge badge--urgent">Urgent</span>' in response.content.decode()


def test_urgent_questions_come_first_for_moderators(client, moderator, neurology):
    pending = Question.Status.PENDING
    older = make_question(neurology, status=pending, created_at=days_ago(3))
    urgent = make_question(neurology, status=pending, created_at=days_ago(1), is_urgent=True)
    client.force_login(moderator)

    response = client.get(reverse("admin:qa_question_changelist"))

    assert list(response.context["cl"].result_list)[:2] == [urgent, older]


def test_an_edit_sent_anyway_is_urgent_and_an_edit_without_it_is_not(client, patient, neurology):
    question = make_question(neurology, asker=patient, status=Question.Status.PENDING)
    url = reverse("qa:question_edit", args=[question.pk])

    client.post(
        url, question_data(neurology, title=question.title, body=CHEST_PAIN, emergency="send")
    )
    question.refresh_from_db()
    urgent_after_send = question.is_urgent
    calm = "My lip twitches when I talk for a long time, for two weeks now."
    client.post(url, question_data(neurology, title=question.title, body=calm))
    question.refresh_from_db()

    assert urgent_after_send
    assert not question.is_urgent


def test_removing_personal_data_does_not_ask_about_the_emergency_again(client, patient, neurology):
    body = CHEST_PAIN + " Call me on 0912-345-678."

    response = client.post(
        URL, question_data(neurology, body=body, emergency="send", personal_data="edit")
    )

    html = response.content.decode()
    assert "Remove the personal data before sending: 0912-345-678" in html
    assert '<input type="hidden" name="emergency" value="send">' in html
    assert not Question.objects.exists()

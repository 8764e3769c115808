"""The building blocks of the Chinese signs: a Chinese character, the gaps between a sign's
parts, and the words several kinds share, as patients in Taiwan write them."""

import re

# A Chinese character (the CJK unified ideographs, with extension A).
HAN = r"[\u3400-\u9fff]"
CJK = re.compile(HAN)

# Chinese has no spaces: a sign's parts are apart by a few characters, not words. The reader
# splits clauses on punctuation and joins them with " | ", so a gap stays in its clause; a
# gap does not pass over a negation either: "胸口不痛" is no "胸口 ... 痛".
NEGATING = "不沒無未"


def gap(n: int) -> str:
    return rf"[^|{NEGATING}]{{0,{n}}}"


def within(n: int) -> str:
    """Up to n characters of the same clause, whatever they are."""
    return rf"[^|]{{0,{n}}}"


def any_of(*patterns: str) -> re.Pattern:
    """One pattern for any of these. Unlike patterns.any_of (the English one), a match may
    start at any character, not only at the start of a word: Chinese has no spaces to find
    one by, so a sign says itself what may not come before it ("(?<!還)曾")."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# A number starts where no digit or numeral comes before it, and has at most four of them: a
# long run of digits is then tried once, not again from each of its digits.
NUMBER_START = r"(?<![\d\uff10-\uff19一二兩三四五六七八九十百半幾])"


def number(numerals: str = "一二兩三四五六七八九十半幾", digits: int = 4) -> str:
    """A number of up to `digits` digits or four of these numerals, from its start."""
    return rf"{NUMBER_START}(?:\d{{1,{digits}}}|[{numerals}]{{1,4}})"


# "Very", and a pain, an onset, a faint as patients put them.
VERY = r"(?:很|好|超級|超|非常|特別|真的很|極度|十分|太|爆|蠻|滿)"
SEVERE = (
    rf"{VERY}(?:痛|疼)|劇痛|劇烈|(?:痛|疼)(?:到|得)(?!現在|今天|早上|晚上|半夜|天亮|\d)"
    r"|受不了|難以忍受|無法忍受|絞痛|(?:10|十|9|九)分(?!鐘)|最痛"
)
SUDDEN = r"(?:突然|忽然|一下子|瞬間|猛然|毫無預警|莫名其妙|無緣無故)"
# Vomiting, not nausea ("想吐"), spitting ("吐口水", "吐痰") or blood (bleeding's own).
VOMIT = r"(?:嘔吐|(?<![想噁惡要快])吐(?![槽舌氣露司痰口血]))"
FAINT = (
    r"(?:(?:差點|快要|快|差一點)?(?:昏倒|暈倒|昏過去|暈過去)|昏到|昏厥|暈厥|休克|倒下|倒地"
    r"|失去意識)"
)
# A fever: the word, a temperature of 38 or more, a baby hot to the touch.
FEVER = (
    r"發燒|發高燒|高燒|發熱|燒燒|燒到(?=\d|三|四)|(?:體溫|耳溫|額溫|肛溫|腋溫|溫度|量)[^|]{0,6}"
    r"(?<![\d.])3[89](?:\.\d{1,2})?(?![\d.])|(?<![\d.])3[89](?:\.\d{1,2})?\s?(?:度|°c?|℃|c\b)"
    r"|(?<![\d.])3[89]\.\d(?!\d)|摸起來(?:很|好)?燙|燙燙|發燙|全身很燙"
)
CHILD = (
    r"(?:小孩|孩子|兒子|女兒|寶寶|寶貝|嬰兒|幼兒|孫子|孫女|外孫|姪子|姪女|外甥|弟弟|妹妹"
    r"|小朋友|bb|baby|(?<!\d)(?:[1-9]|1[0-2]|[一二兩三四五六七八九十]|十[一二])歲(?:半)?)"
)
DIABETES = r"(?:糖尿病|胰島素|降血糖|血糖)"
# Not in one's right mind.
ALTERED = (
    r"意識(?:不清|模糊|混亂|不太清楚)|神智不清|叫不(?:太)?(?:醒|起來)|昏昏|嗜睡|(?:很|一直|好)"
    r"想睡|迷糊|答非所問|亂講|講話(?:含糊|不清楚|怪怪|奇怪|很怪)|胡言亂語|昏迷"
)

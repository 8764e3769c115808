"""Personal data in free text: what would identify a patient if it were published.

`find(text)` returns every finding: its kind, its exact span and value. Phone numbers are
found by phonenumbers (Google's libphonenumber), which knows every country's numbering plan
and leaves dates, blood pressures and lab values alone; national ID and resident certificate
numbers are checked by their checksum; everything else is found by patterns written for how
patients write it, most of them anchored on the words that introduce it ("my name is",
"born on", "MRN", "LINE ID"), so that the numbers a health question is full of (doses, lab
values, dates and durations, ages, hotlines) are not taken for personal data.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from django.utils import translation
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

PHONE, EMAIL, NATIONAL_ID = "phone", "email", "national_id"
MEDICAL_NUMBER, ADDRESS, NAME = "medical_number", "address", "name"
BIRTH_DATE, LINK = "birth_date", "link"
KINDS = (PHONE, EMAIL, NATIONAL_ID, MEDICAL_NUMBER, ADDRESS, NAME, BIRTH_DATE, LINK)
# What masking puts in place of each kind, and what the moderation log calls it: always in
# English, as they are stored with the text and the log whoever reads them later.
LABELS = {
    PHONE: "phone number",
    EMAIL: "email address",
    NATIONAL_ID: "ID number",
    MEDICAL_NUMBER: "record number",
    ADDRESS: "address",
    NAME: "name",
    BIRTH_DATE: "birth date",
    LINK: "personal link",
}
# What the person who wrote it is shown, in the page's language: each kind's name (in the
# context "personal data": a person's name is not a topic's) ...
NAMES = {
    PHONE: pgettext_lazy("personal data", "phone number"),
    EMAIL: pgettext_lazy("personal data", "email address"),
    NATIONAL_ID: pgettext_lazy("personal data", "ID number"),
    MEDICAL_NUMBER: pgettext_lazy("personal data", "record number"),
    ADDRESS: pgettext_lazy("personal data", "address"),
    NAME: pgettext_lazy("personal data", "name"),
    BIRTH_DATE: pgettext_lazy("personal data", "birth date"),
    LINK: pgettext_lazy("personal data", "personal link"),
}
# ... and, in a sentence, what was found ("an email address, in your question").
DESCRIPTIONS = {
    PHONE: _("a phone number"),
    EMAIL: _("an email address"),
    NATIONAL_ID: _("an ID number"),
    MEDICAL_NUMBER: _("a record number"),
    ADDRESS: _("an address"),
    NAME: _("a name"),
    BIRTH_DATE: _("a birth date"),
    LINK: _("a personal link"),
}
# A phone number without a country code is read as Taiwanese.
DEFAULT_REGION = "TW"


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    value: str

    def as_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "start": self.start, "end": self.end}


# When two findings overlap, the more specific kind wins ("No. 712093" after "chart" is a
# record number, not an address), then the longer.
PRECEDENCE = (EMAIL, LINK, NATIONAL_ID, MEDICAL_NUMBER, PHONE, BIRTH_DATE, NAME, ADDRESS)


def find(text: str) -> list[Finding]:
    """Every piece of personal data in `text`, in order, none overlapping another."""
    found = [finding for finder in _FINDERS for finding in finder(text)]
    found.sort(key=lambda f: (PRECEDENCE.index(f.kind), -(f.end - f.start), f.start))
    kept: list[Finding] = []
    for finding in found:
        if not any(finding.start < other.end and other.start < finding.end for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def mask(text: str, findings: list[Finding] | None = None, language: str | None = None) -> str:
    """The text with each finding replaced by "[phone number removed]" and the like, in
    the language given (the text's own; the current one if none)."""
    findings = find(text) if findings is None else findings
    with translation.override(language or translation.get_language()):
        for finding in sorted(findings, key=lambda f: f.start, reverse=True):
            label = gettext("[%(data)s removed]") % {"data": NAMES[finding.kind]}
            text = text[: finding.start] + label + text[finding.end :]
    return text


def _finding(kind: str, match: re.Match, group: int | str = 0) -> Finding:
    return Finding(kind, match.start(group), match.end(group), match.group(group))


class Cued:
    """A pattern each match of which holds one of a few cues, words looked for with the
    pattern's own flags: a text without any is not searched. Most texts hold none, and
    looking for a few words takes a fraction of what running the pattern does."""

    def __init__(self, pattern: str, cues: tuple[str, ...], flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self.cue = re.compile("|".join(map(re.escape, cues)), flags)

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self.cue.search(text):
            yield from self.pattern.finditer(text)


# Phone numbers.


def _phones(text: str):
    for match in phonenumbers.PhoneNumberMatcher(
        text, DEFAULT_REGION, leniency=phonenumbers.Leniency.VALID
    ):
        yield Finding(PHONE, match.start, match.end, match.raw_string)


# Email addresses, also spelled out ("mei.lin at gmail dot com").

_TLD = r"(?:com|net|org|edu|gov|tw|jp|hk|cn|uk|us|io|me|co|info)"
_EMAIL = Cued(
    r"(?<![\w.+-])[\w.+-]+[@\uff20][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", ("@", "\uff20")
)
_AT = r"(?:\s*[(\[{]\s*at\s*[)\]}]\s*|\s+at\s+)"
_DOT = r"(?:\s*[(\[{]\s*dot\s*[)\]}]\s*|\s+dot\s+|\.)"
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][\w.+-]*{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}{_TLD}\b",
    re.IGNORECASE,
)


def _emails(text: str):
    for pattern in (_EMAIL, _SPELLED_EMAIL):
        for match in pattern.finditer(text):
            yield _finding(EMAIL, match)


# Taiwanese national ID and resident certificate numbers, with their checksum.

_LETTER_CODES = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
_ID = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][1289A-Da-d](?:[ -]?\d){8}(?![A-Za-z0-9])")


def valid_national_id(value: str) -> bool:
    """Taiwan's checksum: the letters' codes and the digits, weighted, end in 0."""
    value = re.sub(r"[ -]", "", value).upper()
    first = _LETTER_CODES[value[0]]
    second = str(_LETTER_CODES[value[1]] % 10) if value[1].isalpha() else value[1]
    digits = [int(d) for d in second + value[2:]]
    weights = [8, 7, 6, 5, 4, 3, 2, 1, 1]
    total = (
        first // 10 + (first % 10) * 9 + sum(w * d for w, d in zip(weights, digits, strict=True))
    )
    return total % 10 == 0


def _national_ids(text: str):
    for match in _ID.finditer(text):
        if valid_national_id(match.group()):
            yield _finding(NATIONAL_ID, match)


# Medical record and health insurance card numbers, by the words that introduce them.

_MEDICAL_NUMBER = Cued(
    r"(?:medical\s+record|hospital\s+record|record|chart|MRN|MR\s*\#|patient\s+(?:ID|number)"
    r"|NHI(?:\s+IC)?(?:\s+card)?|(?:national\s+)?health\s+insurance(?:\s+IC)?(?:\s+card)?"
    r"|insurance\s+card"
    r"|病歷(?:號碼|號)?|健保卡(?:卡號|號碼|號)?)"
    r"(?:\s*(?:number|no\.?|num\.?|#|ID))?"
    r"(?:\s+(?:at|in|of|from)\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})?"
    r"\s*(?:is|was|:|\uff1a|=)?\s*(?P<number>[A-Z]?\d[\d -]{3,20}\d)",
    ("record", "chart", "mr", "patient", "nhi", "insurance", "病歷", "健保卡"),
    re.IGNORECASE,
)


def _medical_numbers(text: str):
    for match in _MEDICAL_NUMBER.finditer(text):
        yield _finding(MEDICAL_NUMBER, match, "number")


# Postal addresses, in the English form Taiwanese addresses take and in Chinese.

_CHINESE_NUMBER = "一二三四五六七八九十"
_CITIES = (
    "[台臺]北|新北|桃園|[台臺]中|[台臺]南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮"
    "|[台臺]東|澎湖|金門|連江"
)
_CHINESE_ADDRESS = Cued(
    rf"(?:(?:{_CITIES})[市縣])?(?:[\u4e00-\u9fff]{{1,3}}[區鄉鎮市])?"
    r"(?:[\u4e00-\u9fff]{1,3}[里村](?:\d+鄰)?)?"
    rf"[\u4e00-\u9fff{_CHINESE_NUMBER}\d]{{1,8}}(?:路|街|大道)[東西南北]?"
    rf"(?:[{_CHINESE_NUMBER}\d]+段)?(?:\d+巷)?(?:\d+弄)?\d+(?:之\d+)?號"
    r"(?:\d+樓)?(?:之\d+)?(?:\d+室)?",
    ("號",),
)
_STREET = (
    r"(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|Lane|Ln|Way|Drive|Dr|Expy|Hwy|Grove"
    r"|Close|Court|Ct|Place|Pl|Terrace|Crescent|Square|Sq)"
)
_AREA = r"(?:Dist|District|City|County|Township|Town|Village|Vil|Li)"
# A place name: capitalised words, with ordinals and compass points ("Wenhua 2nd", "N.").
# Words are bounded: an unbounded run would be read to its end from every letter in it.
_PLACE = (
    r"[A-Z][\w'\u2019.-]{0,30}(?:\s+(?:[A-Z][\w'\u2019.-]{0,30}|\d+(?:st|nd|rd|th)|[NSEW]\.))"
    r"{0,3}"
)
_UNIT = r"(?:\d+F\.?(?:-\d+)?|(?:Apt|Room|Rm|Flat|Unit)\.?\s*\d+[A-Z]?)"
_HOUSE = rf"(?:No\.\s*\d+(?:-\d+)?|\d+(?:-\d+)?\s+{_PLACE}\s+{_STREET}\b\.?)"
_ADDRESS_PART = (
    rf"(?:{_UNIT}|{_HOUSE}|(?:Ln|Lane|Aly|Alley)\.?\s*\d+|(?:Sec|Section)\.?\s*\d+"
    rf"|{_PLACE}\s+{_STREET}\b\.?(?:\s+(?:Sec|Section)\.?\s*\d+)?|{_PLACE}\s+{_AREA}\b\.?"
    r"(?:\s+\d{3,6})?|[A-Z]{1,2}\d[\dA-Z]?\s?\d[A-Z]{2}|\d{3,6})"
)
_MORE_PARTS = rf"(?:\s*,?\s*{_ADDRESS_PART}|,\s*{_PLACE}(?:\s+\d{{3,6}})?)"
_ENGLISH_ADDRESS = re.compile(
    # From the unit or house number on: "5F., No. 88, Minsheng Rd., Banqiao Dist., ..."
    rf"(?:{_UNIT},?\s*)?(?:No\.\s*\d+(?:-\d+)?(?>{_MORE_PARTS}){{1,10}}+"
    rf"|\d+(?:-\d+)?\s+{_PLACE}\s+{_STREET}\b\.?(?>{_MORE_PARTS}){{0,10}}+)"
    # or from the city to the house number: "Taipei City, Wenshan Dist., ..., No. 77".
    # Each part is matched once and kept (atomic groups), and an address has at most ten:
    # place names that could be split many ways would otherwise cost time exponential in
    # their number, and a long run of them time quadratic in the text's length.
    rf"|(?>{_PLACE}\s+{_AREA}\b\.?,?\s*){{1,6}}+(?>{_ADDRESS_PART},?\s*){{0,10}}?"
    r"No\.\s*\d+(?:-\d+)?"
)


# Words that run into a Chinese address without being part of it ("我住…", "地址是…").
_BEFORE_ADDRESS = "住在於是到為址"


def _addresses(text: str):
    for pattern in (_CHINESE_ADDRESS, _ENGLISH_ADDRESS):
        for match in pattern.finditer(text):
            value = match.group().rstrip(" ,")
            start = match.start()
            if pattern is _CHINESE_ADDRESS:
                trimmed = value.lstrip(_BEFORE_ADDRESS)
                start += len(value) - len(trimmed)
                value = trimmed
            if pattern is _ENGLISH_ADDRESS and not re.search(r"[,\s]", value):
                continue
            yield Finding(ADDRESS, start, start + len(value), value)


# Names of the writer or of another person, introduced as names.

# Capitalised words that may follow "my son" or "I'm" without being a name.
_NOT_NAMES = {
    "a", "an", "and", "are", "as", "after", "also", "always", "at", "because", "before",
    "but", "can", "could", "did", "does", "doctor", "for", "from", "god", "google", "had",
    "has", "have", "he", "her", "his", "however", "i", "if", "in", "is", "it", "just",
    "last", "lately", "maybe", "my", "not", "now", "of", "on", "only", "our", "please",
    "pregnant", "recently", "she", "since", "so", "sometimes", "still", "taiwanese", "that",
    "the", "then", "there", "they", "this", "today", "tonight", "very", "was", "we", "were",
    "when", "which", "who", "will", "with", "yesterday", "you", "thank", "thanks", "hello",
    "hi", "dear", "sorry", "ok", "okay", "yes", "no",
}  # fmt: skip
_CHINESE_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾施游詹沈彭胡余盧潘顏梁趙柯"
    "翁魏方孫戴范宋鄧杜傅侯曹溫薛丁馬蔣唐卓藍馮姚石董紀歐程連古汪湯姜田康鄒白涂尤巫韓龔嚴袁鐘黎金"
    "阮陸倪夏童邵柳錢"
)
_HAN_NAME = rf"[{_CHINESE_SURNAMES}][\u4e00-\u9fff]{{1,2}}"
_GIVEN = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_FULL_NAME = rf"(?:{_GIVEN}(?:\s+{_GIVEN}){{1,2}}|{_HAN_NAME})"
_ANY_NAME = rf"(?:{_GIVEN}(?:\s+{_GIVEN}){{0,2}}|{_HAN_NAME})"
_NAME_PATTERNS = [
    # "My name is Lin Mei-hua", "I'm Chen Wei-ting", "Name: Tseng Wen-hsiung"
    re.compile(
        r"(?i:\bmy\s+name\s+is|\bmy\s+name's|\bname\s*[:\uff1a]|\bi\s+am|\bi'm|\bim"
        r"|\bthis\s+is|\bcall\s+me|\bpatient(?:\s+name)?\s*[:\uff1a]|\bcaregiver\s+(?:for|of)"
        r"|\battn\.?\s*[:\uff1a]?|\battention\s*[:\uff1a]|\bregards|\bsigned|\bsincerely"
        r"|\bbest\s+wishes|\bthank\s+you|\bthanks|\bcheers)\s*[,!.]?\s*"
        rf"(?P<name>{_FULL_NAME})"
    ),
    # "my husband, Wang Da-ming,", "my daughter Amy"
    re.compile(
        r"(?i:\b(?:my|our)\s+(?:husband|wife|son|daughter|mother|mom|mum|mommy|father|dad"
        r"|daddy|brother|sister|friend|grandma|grandmother|grandpa|grandfather|boyfriend"
        r"|girlfriend|partner|aunt|uncle|cousin|baby|child|kid|grandson|granddaughter"
        r"|neighbou?r|colleague|co-?worker|boss|roommate|fianc[ée]e?|niece|nephew|employer"
        r"|caregiver|patient))\s*,?\s+"
        rf"(?P<name>{_ANY_NAME})"
    ),
    # "Dr. Huang at Chang Gung told me"
    re.compile(rf"\b(?P<name>Dr\.?\s+{_GIVEN}(?:\s+{_GIVEN}){{0,2}})"),
    # "Hsu Li-chu (徐麗珠)"
    re.compile(rf"{_GIVEN}(?:\s+{_GIVEN}){{1,3}}\s*[(\uff08](?P<name>{_HAN_NAME})[)\uff09]"),
    # A signature on a line of its own: "- Tsai Mei-ling"
    re.compile(rf"(?m)^\s*[-\u2013\u2014~]+\s*(?P<name>{_FULL_NAME})\s*$"),
    # "Kevin Chang here,"
    re.compile(rf"(?:^|[.!?]\s+)(?P<name>{_FULL_NAME})\s+here\b"),
    # 我叫王小明, 姓名 王小明
    re.compile(
        rf"(?:我叫|我是|我的名字是|我的名字叫|名字[是叫:\uff1a]|姓名[:\uff1a]?)\s*(?P<name>{_HAN_NAME})"
    ),
]


def _names(text: str):
    for pattern in _NAME_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group("name")
            words = [word for word in re.split(r"[\s.]+", name) if word]
            kept = []
            for word in words:
                if word.lower() in _NOT_NAMES:
                    break
                kept.append(word)
            if not kept or (name.startswith("Dr") and len(kept) < 2):  # "Dr. Google"
                continue
            if name.startswith("Dr") and kept[1].lower() in _NOT_NAMES | {"google"}:
                continue
            start = match.start("name")
            end = start + _span_of_words(name, len(kept))
            yield Finding(NAME, start, end, text[start:end])


def _span_of_words(text: str, count: int) -> int:
    """The length of the first `count` words of `text` (with what separates them)."""
    end = 0
    for match in re.finditer(r"[^\s.]+", text):
        count -= 1
        end = match.end()
        if count == 0:
            break
    return end


# Birth dates, by the words that introduce them, in Western and Minguo years.

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    r"(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{2,3}/\d{1,2}/\d{1,2}"
    rf"|{_MONTH}\s+{_DAY},?\s+\d{{4}}|(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{1,2}}-{_MONTH}-\d{{2,4}}"
    r"|(?:ROC|R\.O\.C\.|民國)\s*\d{2,3}\s*[/.年-]\s*\d{1,2}\s*[/.月-]\s*\d{1,2}\s*日?"
    r"|\d{2,4}年\d{1,2}月\d{1,2}日)"
)
_BIRTH_DATE = Cued(
    r"(?:born(?:\s+on|\s+in)?|DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|birthday"
    r"|生日|出生年月日|出生(?:日期)?|出生於)\s*(?:is|was|是)?\s*[:\uff1a]?\s*(?:on\s+)?"
    rf"(?P<date>{_DATE})",
    ("born", "dob", "d.o.b", "birth", "生日", "出生"),
    re.IGNORECASE,
)
_BORN_AFTER = Cued(rf"(?P<date>{_DATE})\s*(?:出生|生)(?![\u4e00-\u9fff]?病)", ("生",))


def _birth_dates(text: str):
    for pattern in (_BIRTH_DATE, _BORN_AFTER):
        for match in pattern.finditer(text):
            yield _finding(BIRTH_DATE, match, "date")


# Personal links and handles.

# Every site's address ends in .com, .net, .me or .am, and a profile's path follows.
_PROFILE_URL = Cued(
    r"(?:https?://)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am"
    r"|twitter\.com|x\.com|line\.me|tiktok\.com|threads\.net|linkedin\.com|youtube\.com"
    r"|t\.me|wa\.me|[\w-]{1,63}\.(?:pixnet\.net|blogspot\.com|wordpress\.com|substack\.com)"
    r"|medium\.com)/[\w@./?=%&#~+-]*[\w/]",
    (".com/", ".net/", ".me/", ".am/"),
    re.IGNORECASE,
)
_PLATFORM = r"(?:LINE|IG|FB|Instagram|Facebook|Twitter|Telegram|WeChat|Threads|TikTok|WhatsApp)"
_HANDLE = re.compile(
    rf"(?:\b{_PLATFORM}(?:\s+(?i:ID|handle|account|name))?"
    r"|\b(?i:line|ig|instagram|facebook|fb|twitter|telegram|wechat|whatsapp)\s+(?i:id|handle))"
    r"\s*(?:is|:|\uff1a|-|=)\s*(?P<handle>@?[A-Za-z0-9_.]{3,30})"
    r"|\b(?i:add\s+me\s+(?:on|in)\s+(?:line|ig|instagram|facebook|fb|wechat|telegram))"
    r"\s*[:\uff1a]?\s*(?P<added>@?[A-Za-z0-9_.]{3,30})"
)
# "my line is grace.wu1977": "line" alone is a common word, so the handle must look like one.
_MY_HANDLE = re.compile(
    r"\b(?i:my\s+(?:line|ig|insta|instagram|fb|facebook|wechat|telegram)(?:\s+id)?\s*(?:is|=|:))\s*"
    r"(?P<handle>@?[A-Za-z][A-Za-z0-9_.]{2,29})"
)
_AT_HANDLE = re.compile(r"(?<![\w.@\uff20])@[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?<!\.)")


def _links(text: str):
    for match in _PROFILE_URL.finditer(text):
        yield _finding(LINK, match)
    for match in _HANDLE.finditer(text):
        group = "handle" if match.group("handle") else "added"
        value = match.group(group).rstrip(".")
        if value.lower() in _NOT_NAMES or value.isdigit():
            continue
        yield Finding(LINK, match.start(group), match.start(group) + len(value), value)
    for match in _MY_HANDLE.finditer(text):
        handle = match.group("handle").rstrip(".")
        if re.search(r"[\d_.@]", handle):
            yield Finding(LINK, match.start("handle"), match.start("handle") + len(handle), handle)
    for match in _AT_HANDLE.finditer(text):
        yield _finding(LINK, match)


_FINDERS = (
    _emails, _links, _phones, _national_ids, _medical_numbers, _addresses, _names, _birth_dates,
)  # fmt: skip

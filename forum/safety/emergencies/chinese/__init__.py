"""Emergencies in Chinese (Traditional, as written in Taiwan): the same kinds, read with the same
discipline as the English, in the ways Chinese differs.

Chinese has no spaces between words, so a sign's parts are apart by a few characters, not
words, and no part of a sign passes over a negation ("胸口不痛" is no "胸口 ... 痛"). A
sentence ends at 。！？；, and its clauses part at a comma, a space and before the words that
change the time ("但是", "現在", "剛剛"); "、" lists what one verb or negation holds ("沒有嘴歪、
手無力"). A sign does not count when it is negated just before it ("沒有胸痛", "並沒有明顯的
喘") or denied after it ("發燒是沒有"); when its clause is past ("五年前", "去年", "中風過"),
goes on telling a past ("住院兩週"), or follows a time alone ("去年十月，他突然嘴歪"); when it
has ended since ("後來就好了"), except for the kinds where that changes nothing; when a doctor
has seen to it ("醫生說是肌肉拉傷"); when its clause only supposes ("如果", "萬一") or asks in
general ("有哪些", "怎麼分辨", "會不會遺傳"); in a sentence about family history ("爸爸是心肌
梗塞走的"), a joke ("哈哈"), or, asked for work ("我是護理師"), about no one in particular; in a
figure of speech ("氣到吐血", "累到想死", "電腦中風了", "週年慶大出血"); or when a graded sign
is mild ("有點悶", "一點血絲") or long-standing ("好幾個月了", "常常", "爬樓梯會喘").

A text in both languages is read by both readers (`parts`): the text by the reader of the
language most of it is in, and each sentence mostly in the other language by that one's too.
"""

import re

from .reading import find
from .words import CJK

_LATIN = re.compile(r"[a-zA-Z]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？!?])|\n+")


def parts(text: str) -> tuple[str, str]:
    """The text's English and Chinese parts: the text for the language most of it is in, and
    the sentences mostly in the other language for that one ("" when there are none). A
    Chinese character weighs as much as two Latin letters."""
    sentences = [sentence for sentence in _SENTENCE_END.split(text) if sentence.strip()]
    if _mostly_chinese(text):
        english = [s for s in sentences if _LATIN.search(s) and not _mostly_chinese(s)]
        return "\n".join(english), text
    return text, "\n".join(s for s in sentences if CJK.search(s) and _mostly_chinese(s))


def _mostly_chinese(text: str) -> bool:
    return 2 * len(CJK.findall(text)) >= len(_LATIN.findall(text))


__all__ = ["CJK", "find", "parts"]

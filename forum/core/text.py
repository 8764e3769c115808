"""Cleaning what people type, before it is validated and saved."""

import re
import unicodedata

from django.utils.text import slugify

# Invisible characters with no place in a question: zero-width space and no-break marks,
# and the bidirectional overrides that can make text read differently from what it is.
# Joiners (U+200C, U+200D) and the left/right marks stay: scripts and emoji need them.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Normalised text without control characters; single-line text has its spaces folded."""
    value = unicodedata.normalize("NFC", value or "")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _INVISIBLE.sub("", value)
    kept = "\n\t" if multiline else ""
    value = "".join(
        char for char in value if char in kept or unicodedata.category(char) not in {"Cc", "Cs"}
    )
    if not multiline:
        return " ".join(value.split())
    lines = [line.rstrip() for line in value.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def has_words(value: str) -> bool:
    """True when the text has at least one letter or digit, in any script."""
    return any(unicodedata.category(char)[0] in {"L", "N"} for char in value)


def excerpt(text: str, length: int = 200) -> str:
    """The start of a plain text, about `length` columns wide (a Chinese character takes
    two), cut between words and followed by "..." when cut. Chinese text may be cut after
    any character; a word of Latin letters or digits is never cut in two."""
    words = " ".join((text or "").split())
    end = _overflow(words, length)
    if end is None:
        return words
    start = end
    while start > 0 and _in_word(words[start - 1]) and _in_word(words[end]):
        start -= 1
    cut = words[: start or end]  # one word longer than the excerpt is cut where it must be
    # A no-break space keeps the dots with the last word.
    return cut.rstrip(" ,;:.-，、；：。") + "\u00a0..."


def _overflow(text: str, length: int) -> int | None:
    """Where the text grows wider than `length` columns; None if it never does."""
    if text.isascii():  # one column a character
        return length if len(text) > length else None
    width = 0
    for index, char in enumerate(text):
        width += _width(char)
        if width > length:
            return index
    return None


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1


def _in_word(char: str) -> bool:
    """A letter or digit of a script that separates its words with spaces."""
    return char.isalnum() and _width(char) == 1


def readable_slug(text: str, length: int = 80) -> str:
    """A slug for an address: ASCII for Latin text (accents dropped), and the text's own
    characters otherwise, so that a Chinese headline still reads in the address (those
    take nine bytes each once encoded, so half as many are kept)."""
    slug = slugify(text, allow_unicode=True)
    plain = "".join(c for c in unicodedata.normalize("NFKD", slug) if not unicodedata.combining(c))
    if plain.isascii():
        return slugify(text)[:length].strip("-")
    return slug[: length // 2].strip("-")


def free_slug(model, name: str, *, reserved=frozenset()) -> str:
    """A slug for the name that no row of the model has yet and that is not reserved,
    within the field's length."""
    base = slugify(name)[: model._meta.get_field("slug").max_length - 6] or "x"
    slug, n = base, 1
    while slug in reserved or model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug

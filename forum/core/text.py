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
    """The start of a plain text, cut at a word and followed by "..." when cut."""
    words = " ".join((text or "").split())
    if len(words) <= length:
        return words
    cut = words[: length + 1].rsplit(" ", 1)[0] if " " in words[:length] else words[:length]
    # A no-break space keeps the dots with the last word.
    return cut.rstrip(" ,;:.-") + "\u00a0..."


def free_slug(model, name: str, *, reserved=frozenset()) -> str:
    """A slug for the name that no row of the model has yet and that is not reserved,
    within the field's length."""
    base = slugify(name)[: model._meta.get_field("slug").max_length - 6] or "x"
    slug, n = base, 1
    while slug in reserved or model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug

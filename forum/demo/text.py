"""Small text helpers shared by the writers: joining phrases and fitting sentences together."""

NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip


def number_words(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def lower_first(sentence: str) -> str:
    """Lower-case a sentence's first letter to follow an opener, sparing "I" and acronyms."""
    first_word = sentence.split(" ", 1)[0]
    if first_word == "I" or first_word.startswith("I'") or sum(c.isupper() for c in first_word) > 1:
        return sentence
    return sentence[:1].lower() + sentence[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def first_words(sentence: str, n: int = 2) -> str:
    """The opening words of a sentence, to keep two neighbouring sentences from starting alike."""
    return " ".join(sentence.split()[:n]).lower()


def join_list(items: list[str]) -> str:
    """Join phrases as "a or b" or "a, b, or c"; the serial comma keeps "x or y" phrases apart."""
    if len(items) == 1:
        return items[0]
    complex_items = any(" or " in item or "," in item for item in items)
    separator = ", " if len(items) > 2 or complex_items else " "
    return f"{', '.join(items[:-1])}{separator}or {items[-1]}"


def attach(opener: str, sentence: str) -> str:
    """Put a greeting in front of a sentence: "Hello," runs on, "Thank you." stands apart."""
    if not opener:
        return sentence
    return f"{opener} {lower_first(sentence) if opener.endswith(',') else sentence}"


def topic_in_sentence(name: str) -> str:
    """Write a topic name as it reads mid-sentence, keeping acronyms and possessive names."""
    return " ".join(
        word if sum(c.isupper() for c in word) > 1 or word.endswith("'s") else word.lower()
        for word in name.split()
    )

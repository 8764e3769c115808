"""Search: the public questions that match what a reader typed.

On PostgreSQL, full-text search: each public question stores a weighted vector of its
words (headline and title A, body B, its visible replies and answered follow-up C, More
Info D), kept current by forum.qa.derived after every change, and matched through a GIN
index. Results are ranked by ts_rank, the latest answer first among equals. A common word
matches a large part of the forum, so beyond CANDIDATES matches only the latest CANDIDATES
are ranked, and the count stops there ("more than 500 results"). Those are looked for
among the latest answers first (WINDOWS), where the index finds them without reading every
match: a word in one question of fifty is in 500 of the latest 40,000, whatever the
forum's size. Each query reads the matches, counts them up to CANDIDATES + 1 and ranks
them at once. Highlights are made for the shown page only.
A search still running after TIME_LIMIT_MS (a phrase of common words, on a large forum)
is cancelled and says so. Chinese is written without spaces, which PostgreSQL's parser
needs to find words: the vectors hold each run of Chinese characters as its overlapping
pairs, and a query's runs become the same pairs (`_as_pairs`).

On SQLite (development), a simpler search: every word must appear in the headline, the
title or the body, the latest answer first.
"""

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.core.cache import cache
from django.db import OperationalError, connection, transaction
from django.db.models import Case, F, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.db.models.lookups import Contains
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from forum.core import pagecache
from forum.core.text import clean_text, excerpt

from .models import FollowUp, Question, Reply, Specialty, Topic
from .querysets import title_words

CONFIG = "english"
QUERY_MAX = 200
CANDIDATES = 500
# How many of the latest answers are looked through, in turn, for the latest CANDIDATES
# matches of a common word, before all of them are; where each window starts is kept a day.
WINDOWS = (5_000, 40_000, 320_000)
WINDOW_STARTS_KEY = "search:window-starts"
WINDOW_STARTS_SECONDS = 24 * 3600
# What a search found is kept until a public question changes, and at most this long.
FOUND_PREFIX = "search:found:"
FOUND_SECONDS = 24 * 3600
SNIPPET_LENGTH = 200
CLOSE_TOPICS = 8
# A phrase of common words is checked against each row holding its words: on a large forum
# that can take seconds, which no reader waits for and no worker should spend.
TIME_LIMIT_MS = 1000
QUERY_CANCELED = "57014"  # PostgreSQL's code for a statement cancelled by its timeout

# What ts_headline puts around a match, turned into <mark> once the text is escaped. Control
# characters: clean_text takes them out of everything people type, the query included.
START, STOP = "\x02", "\x03"
# Chinese (and Japanese) characters, which are written without spaces between words.
HAN = "\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{HAN}]+")
_MARKED = re.compile(f"{START}([^{START}{STOP}]*){STOP}")


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as searched: one line without control characters, at most QUERY_MAX
    characters; and whether it had to be cut."""
    text = clean_text(raw)
    if len(text) <= QUERY_MAX:
        return text, False
    return text[:QUERY_MAX].rstrip(), True


class TooSlow(Exception):
    """The search took longer than TIME_LIMIT_MS and was cancelled."""


@contextmanager
def time_limit() -> Iterator[None]:
    """Run the search's queries with a time limit on PostgreSQL: past it they are
    cancelled and TooSlow is raised."""
    if not _full_text():
        yield
        return
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('statement_timeout', %s, true)", [str(TIME_LIMIT_MS)]
                )
            yield
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", None) == QUERY_CANCELED:
            raise TooSlow from error
        raise


def _full_text() -> bool:
    return connection.vendor == "postgresql"


def _query(text: str) -> SearchQuery:
    return SearchQuery(_as_pairs(text), search_type="websearch", config=CONFIG)


def _as_pairs(text: str) -> str:
    """The query as the stored vectors hold Chinese (migration qa 0021): each run of its
    characters as their overlapping pairs, apart from what surrounds it ("頭痛3天" as
    "頭痛 3 天", "頭痛三天" as "頭痛 痛三 三天"). Like words, the pairs must all be found,
    next to each other only within quotes."""
    return _HAN_RUN.sub(lambda run: f" {_pairs(run.group())} ", text)


def _pairs(run: str) -> str:
    if len(run) == 1:
        return run
    return " ".join(run[i : i + 2] for i in range(len(run) - 1))


def _words(text: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r"\w+", _as_pairs(text).lower())))


def matching(
    text: str, specialty: Specialty | None = None, topic: Topic | None = None
) -> QuerySet[Question]:
    """The public questions that match the text, in the specialty and topic when given."""
    questions = Question.objects.public()
    if specialty is not None:
        questions = questions.filter(specialty=specialty)
    if topic is not None:
        questions = questions.filter(tagged_items__tag=topic)
    if _full_text():
        return questions.filter(search_vector=_query(text))
    for word in _words(text):
        questions = questions.filter(
            Q(headline__icontains=word) | Q(title__icontains=word) | Q(body__icontains=word)
        )
    return questions


@dataclass
class Found:
    """The ids of the matches to show, best first; `more` when more than CANDIDATES
    matched, in which case they are the latest CANDIDATES matches, ranked."""

    ids: list[int]
    more: bool


def find_kept(text: str, specialty: Specialty | None, topic: Topic | None) -> Found:
    """`find` for the matches of the text, kept in the cache while no public question
    changes (every such change gives the "home" page tag a new version once its words are
    stored, a rebuild the "site" tag): a phrase searched again is not ranked again."""
    current = pagecache.versions(pagecache.SITE, "home")
    key = (
        FOUND_PREFIX
        + hashlib.blake2b(
            repr((text, specialty and specialty.pk, topic and topic.pk)).encode(), digest_size=16
        ).hexdigest()
    )
    kept = cache.get(key)
    if kept is not None and kept[0] == current:
        return kept[1]
    found = find(matching(text, specialty, topic), text)
    cache.set(key, (current, found), FOUND_SECONDS)
    return found


def find(matches: QuerySet[Question], text: str) -> Found:
    """The matches ranked by relevance, the latest answer first among equals; beyond
    CANDIDATES matches, only the latest CANDIDATES.

    On PostgreSQL each query reads at most CANDIDATES + 1 matches, which says at once
    whether there are more, and ranks only those. A common word fills the smallest window
    of latest answers (one query); a rare one is read whole (two); the others are looked
    for in the larger windows."""
    if not _full_text():
        latest = matches.order_by("-answered_at", "-pk").values_list("pk", flat=True)
        ids = list(latest[: CANDIDATES + 1])
        return Found(ids[:CANDIDATES], more=len(ids) > CANDIDATES)
    rows = matches.values("id", "answered_at", "search_vector")
    starts = window_starts()
    if starts and len(latest := _latest(rows, text, since=starts[0])) > CANDIDATES:
        return _best(latest)
    some = _ranks(rows.order_by()[: CANDIDATES + 1], text)
    if len(some) <= CANDIDATES:
        return _best(some)  # all of them
    for start in starts[1:]:
        if len(latest := _latest(rows, text, since=start)) > CANDIDATES:
            return _best(latest)
    return _best(_latest(rows, text))


def _latest(rows: QuerySet, text: str, since=None) -> list[tuple[int, float, object]]:
    """The latest CANDIDATES rows answered since then (ever, without it) and one more if
    there is one, ranked."""
    if since is not None:
        rows = rows.filter(answered_at__gte=since)
    return _ranks(rows.order_by("-answered_at", "-pk")[: CANDIDATES + 1], text)


def _ranks(rows: QuerySet, text: str) -> list[tuple[int, float, object]]:
    """(id, rank, answered_at) of these rows, in one query. The rank is computed outside
    the rows' query: inside it, ts_rank would run on every match sorted, not on the few
    kept, and read each of their vectors."""
    sql, params = rows.query.sql_with_params()
    rank = "ts_rank(found.search_vector, websearch_to_tsquery(%s::regconfig, %s))"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT found.id, {rank}, found.answered_at FROM ({sql}) AS found",
            [CONFIG, _as_pairs(text), *params],
        )
        return cursor.fetchall()


def _best(rows: list[tuple[int, float, object]]) -> Found:
    """The latest CANDIDATES of these rows, best first."""
    latest = sorted(rows, key=lambda row: (row[2], row[0]), reverse=True)[:CANDIDATES]
    best = sorted(latest, key=lambda row: (row[1], row[2], row[0]), reverse=True)
    return Found([pk for pk, _rank, _answered_at in best], more=len(rows) > CANDIDATES)


def window_starts() -> list:
    """When the latest WINDOWS[i] answers start, for each window the forum fills; none
    (all matches are read) while they cannot be found in the search's time."""
    starts = cache.get(WINDOW_STARTS_KEY)
    if starts is None:
        public = Question.objects.public().order_by("-answered_at")
        try:
            with transaction.atomic():
                starts = [
                    found[0]
                    for size in WINDOWS
                    if (
                        found := list(public.values_list("answered_at", flat=True)[size - 1 : size])
                    )
                ]
        except OperationalError:
            return []
        cache.set(WINDOW_STARTS_KEY, starts, WINDOW_STARTS_SECONDS)
    return starts


def forget_window_starts() -> None:
    """After many questions came in at once: the windows start elsewhere."""
    cache.delete(WINDOW_STARTS_KEY)


@dataclass
class Result:
    """A question found, with its headline, the start of its body and of its first reply,
    each as HTML with the matched words in <mark>."""

    question: Question
    headline: SafeString
    snippet: SafeString
    reply: SafeString


def results(ids: list[int], text: str) -> list[Result]:
    """The cards of these questions, in this order, highlighted for the text."""
    if not ids:
        return []
    # Public still: what was found may have been kept from before a question was hidden.
    questions = Question.objects.public().for_listing().filter(pk__in=ids).order_by()
    if _full_text():
        questions = questions.annotate(**_highlights(text))
    found = {question.pk: question for question in questions}
    words = _words(text)
    # PostgreSQL's highlighter reads a run of Chinese as one word: those are marked here.
    runs = _HAN_RUN.findall(text)
    cards = []
    for question in (found[pk] for pk in ids if pk in found):
        if _full_text():
            snippet = question.marked_snippet
            if _HAN_RUN.search(question.body):
                snippet = excerpt(question.body, SNIPPET_LENGTH)
            marked = [question.marked_headline, snippet, question.marked_reply]
            marked = [_mark(part, runs) for part in marked]
        else:
            reply = question.first_reply.excerpt if question.first_reply else ""
            parts = [question.display_headline, excerpt(question.body, SNIPPET_LENGTH), reply]
            marked = [_mark(part, words) for part in parts]
        cards.append(Result(question, *(_highlighted(part or "") for part in marked)))
    return cards


def _highlights(text: str) -> dict[str, SearchHeadline]:
    query = _query(text)
    marks = {"config": CONFIG, "start_sel": START, "stop_sel": STOP}
    headline = Coalesce(NullIf("headline", Value("")), "title")
    return {
        "marked_headline": SearchHeadline(headline, query, highlight_all=True, **marks),
        "marked_snippet": SearchHeadline(
            "body", query, max_fragments=2, min_words=15, max_words=30, **marks
        ),
        "marked_reply": SearchHeadline("first_reply__excerpt", query, highlight_all=True, **marks),
    }


def _mark(text: str, words: list[str]) -> str:
    """The text with START and STOP around each occurrence of the words (SQLite)."""
    if not words:
        return text
    longest_first = sorted(words, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, longest_first)), re.IGNORECASE)
    return pattern.sub(lambda match: f"{START}{match.group()}{STOP}", text)


def _highlighted(marked: str) -> SafeString:
    """Escaped text whose marked matches are in <mark>: only the tags are trusted."""
    html = _MARKED.sub(r"<mark>\1</mark>", escape(marked))
    return mark_safe(html.replace(START, "").replace(STOP, ""))


def close_topics(text: str, limit: int = CLOSE_TOPICS) -> list[Topic]:
    """Topics with public questions whose names share a word with the text (a plural
    matches its singular), the most words shared first, then the most questions."""
    words = title_words(text)
    stems = [word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words]
    runs = [run for run in _HAN_RUN.findall(text) if len(run) > 1]
    if not stems and not runs:
        return []
    shared = Value(0)
    for stem in stems:
        shares = Q(name__istartswith=stem) | Q(name__icontains=f" {stem}")
        shared += Case(When(shares, then=1), default=0)
    for run in runs:  # the Chinese name within the text, or the text within the name
        within = Q(Contains(Value(run), F("name_zh_hant"))) & ~Q(name_zh_hant="")
        shared += Case(When(within | Q(name_zh_hant__contains=run), then=1), default=0)
    return list(
        Topic.objects.popular()
        .annotate(shared_words=shared)
        .filter(shared_words__gt=0)
        .order_by("-shared_words", "-question_count", "name")[:limit]
    )


# Each question's vector: its words while it is public, none otherwise. {question} is the
# questions' table, or a table of the same columns holding rows about to be inserted.
VECTORS_SQL = """
SELECT q.id, CASE WHEN q.status = %(public)s THEN
    setweight(to_tsvector(%(config)s::regconfig,
        forum_cjk_bigrams(q.headline || ' ' || q.title)), 'A')
    || setweight(to_tsvector(%(config)s::regconfig, forum_cjk_bigrams(q.body)), 'B')
    || setweight(to_tsvector(%(config)s::regconfig,
        forum_cjk_bigrams(concat_ws(' ', replies.text, follow_up.text))), 'C')
    || setweight(to_tsvector(%(config)s::regconfig, forum_cjk_bigrams(q.more_info)), 'D')
END AS vector
FROM {question} AS q
LEFT JOIN LATERAL (
    SELECT string_agg(reply.body, ' ' ORDER BY reply.created_at, reply.id) AS text
    FROM {reply} AS reply
    WHERE reply.question_id = q.id AND NOT reply.is_hidden
) AS replies ON true
LEFT JOIN LATERAL (
    SELECT follow_up.body || ' ' || follow_up.answer AS text
    FROM {follow_up} AS follow_up JOIN {reply} AS followed ON followed.id = follow_up.reply_id
    WHERE follow_up.question_id = q.id AND follow_up.status = %(public)s
        AND NOT followed.is_hidden
) AS follow_up ON true
WHERE q.id = ANY(%(ids)s)
"""

UPDATE_SQL = """
UPDATE {question} AS question SET search_vector = fresh.vector
FROM ({vectors}) AS fresh
WHERE question.id = ANY(%(ids)s) AND question.id = fresh.id
    AND question.search_vector IS DISTINCT FROM fresh.vector
"""


def vectors(question_ids: list[int], table: str | None = None) -> tuple[str, dict]:
    """The query of these questions' (id, vector), and its parameters: questions of the
    site, or rows of a table with the same columns (a bulk load's, before they are
    inserted; their replies must be in already). PostgreSQL only."""
    quote = connection.ops.quote_name
    sql = VECTORS_SQL.format(
        question=quote(table or Question._meta.db_table),
        reply=quote(Reply._meta.db_table),
        follow_up=quote(FollowUp._meta.db_table),
    )
    params = {"public": Question.Status.ANSWERED.value, "config": CONFIG, "ids": question_ids}
    return sql, params


def update_vectors(question_ids: list[int]) -> int:
    """Store the search vectors of these questions, in one statement: their words while
    they are public, none otherwise. Only rows whose vector changed are written. Returns
    how many; nothing to do on SQLite, which searches the text itself."""
    if not _full_text() or not question_ids:
        return 0
    fresh, params = vectors(list(question_ids))
    sql = UPDATE_SQL.format(
        question=connection.ops.quote_name(Question._meta.db_table), vectors=fresh
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount

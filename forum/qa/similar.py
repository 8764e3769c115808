"""Similar Q&A: other public questions ranked by the topics they share with a question.

A shared topic counts for its inverse document frequency, ln(1 + N / df), where N is
the number of public questions and df the number of those carrying the topic: a rare
shared topic outweighs a common one. Ties go to the same specialty, then to the most
recently answered. When fewer than `limit` questions share a topic, the most recently
answered questions of the same specialty fill the list.

The ranking depends only on a question's specialty and set of topics (its TopicSet), so
it is computed per set, in the database, in one query, when something it depends on
changes (forum.qa.derived), and stored as the set's entries: one more than a page shows,
so that a question finds its own list by leaving itself out. N and df are the maintained
counts of specialties and topics, so the ranking never counts the whole site.
"""

from django.db import connection
from django.db.models import Sum

from .models import Question, Specialty, TaggedQuestion, Topic, TopicSet

SIMILAR_LIMIT = 4
STORED = SIMILAR_LIMIT + 1


def _ranking_sql(topic_count: int) -> str:
    question = Question._meta.db_table
    tagged = TaggedQuestion._meta.db_table
    topic = Topic._meta.db_table
    placeholders = ", ".join(["%s"] * topic_count) or "NULL"
    # Scores are rounded so that sums of the same weights added in another order tie.
    return f"""
        WITH topic_weight AS (
            SELECT id AS tag_id, LN(1.0 + %s * 1.0 / question_count) AS weight
            FROM {topic}
            WHERE id IN ({placeholders}) AND question_count > 0
        ),
        candidate AS (
            SELECT tq.content_object_id AS question_id, SUM(tw.weight) AS score
            FROM {tagged} tq
            JOIN topic_weight tw ON tw.tag_id = tq.tag_id
            GROUP BY tq.content_object_id
            UNION ALL
            SELECT fill.id, 0 FROM (
                SELECT id FROM {question}
                WHERE status = %s AND specialty_id = %s
                ORDER BY answered_at DESC, id DESC
                LIMIT %s
            ) fill
        )
        SELECT q.id, ROUND(MAX(c.score), 9) AS score
        FROM candidate c
        JOIN {question} q ON q.id = c.question_id
        WHERE q.status = %s
        GROUP BY q.id, q.specialty_id, q.answered_at
        ORDER BY score DESC,
                 CASE WHEN q.specialty_id = %s THEN 0 ELSE 1 END,
                 q.answered_at DESC,
                 q.id DESC
        LIMIT %s
    """


def public_total() -> int:
    """N: the public questions, from the specialties' maintained counts."""
    return Specialty.objects.aggregate(total=Sum("question_count"))["total"] or 0


def rank(topic_set: TopicSet, total: int | None = None) -> list[tuple[int, float]]:
    """The best STORED questions for this set as (id, score), best first."""
    topic_ids = [topic.pk for topic in topic_set.topics.all()]
    answered = Question.Status.ANSWERED
    specialty_id = topic_set.specialty_id
    params = [
        public_total() if total is None else total, *topic_ids,
        answered, specialty_id, STORED,
        answered, specialty_id, STORED,
    ]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(_ranking_sql(len(topic_ids)), params)
        return [(pk, float(score)) for pk, score in cursor.fetchall()]


def similar_questions(question: Question, limit: int = SIMILAR_LIMIT) -> list[Question]:
    """The question's similar questions, best first, ready for the page: one query."""
    if question.topic_set_id is None:
        return []
    return list(
        Question.objects.public()
        .filter(similar_entries__topic_set=question.topic_set_id)
        .exclude(pk=question.pk)
        .for_listing()
        .order_by("similar_entries__rank")[:limit]
    )

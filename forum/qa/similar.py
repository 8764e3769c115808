"""Similar Q&A: other public questions ranked by the topics they share with a question.

A shared topic counts for its inverse document frequency, ln(1 + N / df), where N is
the number of public questions and df the number of those carrying the topic: a rare
shared topic outweighs a common one. Ties go to the same specialty, then to the most
recently answered. When fewer than `limit` questions share a topic, the most recently
answered questions of the same specialty fill the list.

The ranking runs in the database as one query; only the winning ids come back.
"""

from django.db import connection

from .models import Question, TaggedQuestion

SIMILAR_LIMIT = 4


def _ranking_sql() -> str:
    question = Question._meta.db_table
    tagged = TaggedQuestion._meta.db_table
    # Scores are rounded so that sums of the same weights added in another order tie.
    return f"""
        WITH topic_weight AS (
            SELECT tq.tag_id,
                   LN(1.0 + (SELECT COUNT(*) FROM {question} WHERE status = %s) * 1.0
                      / COUNT(*)) AS weight
            FROM {tagged} tq
            JOIN {question} q ON q.id = tq.content_object_id
            WHERE q.status = %s
              AND tq.tag_id IN (SELECT tag_id FROM {tagged} WHERE content_object_id = %s)
            GROUP BY tq.tag_id
        ),
        candidate AS (
            SELECT tq.content_object_id AS question_id, SUM(tw.weight) AS score
            FROM {tagged} tq
            JOIN topic_weight tw ON tw.tag_id = tq.tag_id
            GROUP BY tq.content_object_id
            UNION ALL
            SELECT fill.id, 0 FROM (
                SELECT id FROM {question}
                WHERE status = %s AND specialty_id = %s AND id <> %s
                ORDER BY answered_at DESC, id DESC
                LIMIT %s
            ) fill
        )
        SELECT q.id
        FROM candidate c
        JOIN {question} q ON q.id = c.question_id
        WHERE q.status = %s AND q.id <> %s
        GROUP BY q.id, q.specialty_id, q.answered_at
        ORDER BY ROUND(MAX(c.score), 9) DESC,
                 CASE WHEN q.specialty_id = %s THEN 0 ELSE 1 END,
                 q.answered_at DESC,
                 q.id DESC
        LIMIT %s
    """


def similar_question_ids(question: Question, limit: int = SIMILAR_LIMIT) -> list[int]:
    answered = Question.Status.ANSWERED
    params = [
        answered, answered, question.pk,
        answered, question.specialty_id, question.pk, limit,
        answered, question.pk, question.specialty_id, limit,
    ]  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(_ranking_sql(), params)
        return [row[0] for row in cursor.fetchall()]


def similar_questions(question: Question, limit: int = SIMILAR_LIMIT) -> list[Question]:
    """The similar questions, best first, ready for the page (one query to rank, one to load)."""
    ids = similar_question_ids(question, limit)
    if not ids:
        return []
    by_id = Question.objects.filter(pk__in=ids).for_listing().in_bulk()
    return [by_id[pk] for pk in ids]

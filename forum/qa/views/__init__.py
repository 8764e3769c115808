from .account import delete_account, my_data_export
from .agreements import agree
from .patient import (
    ask,
    ask_follow_up,
    delete_question,
    edit_question,
    my_questions,
    screen_question,
    similar_titles,
)
from .public import (
    doctor_detail,
    doctor_index,
    home,
    question_detail,
    specialty_detail,
    topic_detail,
    topic_index,
)
from .reports import report_question, report_reply
from .search import search

__all__ = [
    "agree",
    "ask",
    "ask_follow_up",
    "delete_account",
    "delete_question",
    "doctor_detail",
    "doctor_index",
    "edit_question",
    "home",
    "my_data_export",
    "my_questions",
    "question_detail",
    "report_question",
    "report_reply",
    "screen_question",
    "search",
    "similar_titles",
    "specialty_detail",
    "topic_detail",
    "topic_index",
]

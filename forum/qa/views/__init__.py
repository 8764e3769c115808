from .patient import ask, delete_question, edit_question, my_questions, similar_titles
from .public import healthz, home, question_detail, specialty_detail, topic_detail
from .reports import report_question, report_reply

__all__ = [
    "ask",
    "delete_question",
    "edit_question",
    "healthz",
    "home",
    "my_questions",
    "question_detail",
    "report_question",
    "report_reply",
    "similar_titles",
    "specialty_detail",
    "topic_detail",
]

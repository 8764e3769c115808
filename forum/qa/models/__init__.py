"""The forum's content: specialties and topics, questions, replies and their reviews,
askers' follow-ups, earlier versions of edited texts, readers' reports, imported archives,
and what is derived from the topics questions share."""

from .followups import FOLLOW_UP_MAX, FollowUp
from .imports import ArchiveUpload, ImportedPage
from .questions import CLAIM_DURATION, MORE_INFO_MAX, Question, SearchVectorIndex, TaggedQuestion
from .rankings import SimilarEntry, TopicPair, TopicSet
from .replies import (
    EXCERPT_LENGTH,
    REPLY_MAX,
    Agreement,
    Reply,
    Review,
    rendered,
    review_cutoff,
)
from .reports import Report
from .revisions import Revision
from .topics import Specialty, Topic, TopicRedirect

__all__ = [
    "CLAIM_DURATION",
    "EXCERPT_LENGTH",
    "FOLLOW_UP_MAX",
    "MORE_INFO_MAX",
    "REPLY_MAX",
    "Agreement",
    "ArchiveUpload",
    "FollowUp",
    "ImportedPage",
    "Question",
    "Reply",
    "Report",
    "Review",
    "Revision",
    "SearchVectorIndex",
    "SimilarEntry",
    "Specialty",
    "TaggedQuestion",
    "Topic",
    "TopicPair",
    "TopicRedirect",
    "TopicSet",
    "rendered",
    "review_cutoff",
]

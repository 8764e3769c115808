"""Background work of the forum: recomputing what is derived, storing view counts."""

from celery import shared_task

from forum.core import pagecache

from . import derived, viewcounts


@shared_task
def refresh_derived(question_ids: list[int], **before: list[int]) -> None:
    """After questions changed: counts, Similar Q&A and the pages that show them. `before`
    names the topics, specialties and doctors the questions had before the change."""
    pagecache.invalidate(*derived.refresh(question_ids, **before))


@shared_task
def rebuild_derived() -> None:
    """Everything derived, from scratch; every page is made again."""
    derived.rebuild()
    pagecache.invalidate(pagecache.SITE)


@shared_task
def flush_view_counts() -> int:
    return viewcounts.flush()

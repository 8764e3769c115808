"""Background work of the forum: recomputing what is derived, storing view counts."""

from datetime import timedelta

from celery import shared_task

from forum.core import pagecache

from . import derived, viewcounts
from .models import ArchiveUpload, Reply, review_cutoff

# How far back each hourly run looks: runs overlap, so a late or missed one loses nothing.
AGED_WINDOW = timedelta(hours=2)


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


@shared_task
def refresh_pages_of_aged_answers() -> int:
    """The pages of answers whose last review just became too old, so they say so."""
    cutoff = review_cutoff()
    question_ids = set(
        Reply.objects.filter(
            reviewed_at__gt=cutoff - AGED_WINDOW, reviewed_at__lte=cutoff
        ).values_list("question_id", flat=True)
    )
    pagecache.invalidate(*(f"question:{pk}" for pk in question_ids))
    return len(question_ids)


@shared_task
def import_archive_upload(upload_id: int) -> None:
    """The pages of an archive a moderator uploaded, made into questions."""
    # Imported here: the importer screens pages, and the screen queues tasks of this module.
    from .archive import importing

    upload = ArchiveUpload.objects.filter(pk=upload_id).first()
    if upload is not None:
        importing.import_upload(upload)

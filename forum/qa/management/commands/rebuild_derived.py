"""`manage.py rebuild_derived`: recompute counts, topic pairs and Similar Q&A for the whole
forum (after a bulk load or an import; the worker also runs it nightly)."""

from django.core.management.base import BaseCommand

from forum.core import pagecache
from forum.core.progress import write_progress
from forum.qa import derived


class Command(BaseCommand):
    help = "Recompute the counts, topic pairs and Similar Q&A rankings of the whole forum."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--keep-per-question",
            action="store_false",
            dest="per_question",
            help=(
                "Leave what is stored on each question (first reply, topic links' dates, "
                "search vector, topic set) as it is: for a bulk load that wrote them."
            ),
        )

    def handle(self, *args, per_question=True, **options) -> None:
        derived.rebuild(progress=self._progress, per_question=per_question)
        pagecache.invalidate(pagecache.SITE)
        self.stdout.write(self.style.SUCCESS("Counts and Similar Q&A are up to date."))

    def _progress(self, step: str, done: int, total: int) -> None:
        write_progress(self.stdout, f"{step:<10}", done, total)

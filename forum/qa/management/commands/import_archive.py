from django.core.management.base import BaseCommand, CommandError

from forum.core.progress import write_progress
from forum.qa.archive.importing import PARALLEL_FROM, Importer
from forum.qa.archive.sources import files_in, read_files


class Command(BaseCommand):
    help = (
        "Import pages saved from another Q&A site (files, and the .txt files of folders, "
        "recursively) as questions, replies, doctors, specialties and topics. A page already "
        "imported is skipped; a page that cannot be read whole imports nothing and is listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="a page or a folder of pages")
        parser.add_argument(
            "--dry-run", action="store_true", help="read and report, without writing anything"
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            metavar="N",
            help=f"processes reading the pages of an import of {PARALLEL_FROM:,} pages or "
            "more (default: one per core)",
        )

    def handle(self, *args, paths: list[str], dry_run=False, workers=None, **options):
        files = files_in(paths)
        if not files:
            raise CommandError("No pages found: a folder is read for its .txt files.")
        if workers is not None and workers < 1:
            raise CommandError("--workers must be at least 1.")
        importer = Importer(dry_run=dry_run, workers=workers)
        summary = importer.run(
            read_files(files),
            len(files),
            progress=lambda done, total: write_progress(self.stdout, "pages", done, total),
        )
        for line in summary.lines(dry_run):
            self.stdout.write(line)
        if summary.failed:
            raise CommandError(f"{len(summary.failed)} of {summary.read} pages failed.")

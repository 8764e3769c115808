"""`manage.py seed_demo`: fill an empty forum with original, deterministic demo content."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from forum.core.progress import write_progress
from forum.demo import seeding
from forum.qa.models import Question

DEFAULT_QUESTIONS = 320
DEFAULT_SEED = 4242


class Command(BaseCommand):
    help = (
        "Create demo specialties, topics, doctors and answered questions in an empty "
        "database; with DEBUG on, also a demo patient, doctor and moderator."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--questions",
            type=int,
            default=DEFAULT_QUESTIONS,
            help=f"How many answered questions to write (default {DEFAULT_QUESTIONS}).",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULT_SEED,
            help="Random seed; the same seed writes the same text.",
        )

    def handle(self, *args, questions: int, seed: int, **options) -> None:
        if questions < 0:
            raise CommandError("--questions must be zero or more.")
        if Question.objects.exists():
            self.stdout.write("The database already has questions; seed_demo changed nothing.")
            # `make run` seeds on every start, so it shows the logins every time.
            if settings.DEBUG:
                self._print_logins(seeding.existing_demo_logins())
            return

        with transaction.atomic():
            result = seeding.seed_forum(
                questions=questions,
                random_seed=seed,
                demo_logins=settings.DEBUG,
                progress=self._progress,
            )
        # Counts, topic pairs and Similar Q&A, as the site keeps them after each change. The
        # questions were written with what is stored on each (forum.demo.saving).
        call_command("rebuild_derived", per_question=False, stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {result.specialties} specialties, {result.topics} topics, "
                f"{result.doctors} doctors, {result.answered} answered questions with "
                f"{result.replies} replies ({result.agreements} agreements of doctors with "
                f"them, {result.follow_ups} answered follow-ups), and {result.unpublished} "
                "questions awaiting "
                "review, waiting for a doctor, rejected or hidden."
            )
        )
        if not result.logins:
            self.stdout.write("Demo logins were not created because DEBUG is off.")
            return
        self._print_logins(result.logins)

    def _print_logins(self, logins: list[seeding.DemoLogin]) -> None:
        if not logins:
            return
        self.stdout.write("Demo logins (DEBUG is on):")
        for login in logins:
            self.stdout.write(
                f"  {login.role:<10} username: {login.username:<10} password: {login.password}"
            )

    def _progress(self, done: int, total: int) -> None:
        write_progress(self.stdout, "questions", done, total)

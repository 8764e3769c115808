import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from forum.core.progress import write_progress
from forum.qa import screening
from forum.safety import emergencies, evaluation, personal


class Command(BaseCommand):
    help = (
        'Screen text for emergencies and personal data: JSON lines {"text": ...} on standard '
        "input, one JSON line of findings for each on standard output; or --evaluate a "
        "labelled corpus; or list (--published) and mask (--mask) personal data on the site."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--evaluate",
            type=Path,
            metavar="FILE",
            help="a labelled corpus (tests/data/*.jsonl): recall, false alarms, misses",
        )
        parser.add_argument(
            "--published",
            action="store_true",
            help="list every public question and reply field that holds personal data, as "
            "JSON lines",
        )
        parser.add_argument(
            "--mask",
            action="store_true",
            help="with --published: mask what is found, log it and remake the pages",
        )

    def handle(self, *args, evaluate: Path | None = None, published=False, mask=False, **options):
        if mask and not published:
            raise CommandError("--mask works with --published.")
        if evaluate is not None:
            if not evaluate.is_file():
                raise CommandError(f"No such file: {evaluate}")
            self.stdout.write(evaluation.summary_of(evaluate))
            return
        if published:
            self.screen_published(mask)
            return
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                text = json.loads(line)["text"]
            except (ValueError, KeyError, TypeError) as error:
                raise CommandError(f'Line {number} is not {{"text": "..."}}: {error}') from error
            emergency = emergencies.find(str(text))
            result = {
                "emergency": emergency is not None,
                "emergency_kind": emergency.kind if emergency else None,
                "personal_data": [finding.as_dict() for finding in personal.find(str(text))],
            }
            self.stdout.write(json.dumps(result, ensure_ascii=False))

    def screen_published(self, mask: bool) -> None:
        total, read = screening.published_count(), 0

        def progress(rows: int) -> None:
            nonlocal read
            read += rows
            write_progress(self.stderr, "Screened", read, total)

        fields, questions = 0, set()
        for item in screening.in_published(read=progress if self.stderr.isatty() else None):
            if mask:
                screening.mask_published(item)
            self.stdout.write(json.dumps({**item.as_dict(), "masked": mask}, ensure_ascii=False))
            fields += 1
            questions.add(item.question_id)
        done = "masked" if mask else "found"
        self.stderr.write(
            f"{total} rows screened: personal data {done} in {fields} field(s) "
            f"of {len(questions)} public question(s)."
        )

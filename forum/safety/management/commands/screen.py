import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from forum.safety import evaluation, personal


class Command(BaseCommand):
    help = (
        'Screen text for personal data: JSON lines {"text": ...} on standard input, one JSON '
        "line of findings for each on standard output; or --evaluate a labelled corpus."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--evaluate",
            type=Path,
            metavar="FILE",
            help="a labelled corpus (tests/data/personal_data.jsonl): recall, false alarms, misses",
        )

    def handle(self, *args, evaluate: Path | None = None, **options):
        if evaluate is not None:
            if not evaluate.is_file():
                raise CommandError(f"No such file: {evaluate}")
            with evaluate.open(encoding="utf-8") as corpus:
                report = evaluation.evaluate_personal_data(corpus)
            self.stdout.write(evaluation.personal_data_summary(report))
            return
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                text = json.loads(line)["text"]
            except (ValueError, KeyError, TypeError) as error:
                raise CommandError(f'Line {number} is not {{"text": "..."}}: {error}') from error
            findings = [finding.as_dict() for finding in personal.find(str(text))]
            self.stdout.write(json.dumps({"personal_data": findings}, ensure_ascii=False))

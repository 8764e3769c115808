import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from forum.safety import emergencies, evaluation, personal


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
            help="a labelled corpus (tests/data/*.jsonl): recall, false alarms, misses",
        )

    def handle(self, *args, evaluate: Path | None = None, **options):
        if evaluate is not None:
            if not evaluate.is_file():
                raise CommandError(f"No such file: {evaluate}")
            self.stdout.write(evaluation.summary_of(evaluate))
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

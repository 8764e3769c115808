"""How well the detectors do on a labelled corpus (tests/data/): measured, not hoped.

Personal data: a labelled finding is caught when a finding of the same kind overlaps it
(the exact edges of "the address" are a matter of taste); a finding that overlaps nothing
labelled is a false alarm. Lines without personal data tell the false-alarm rate: the share
of them on which anything was found. Emergencies: the share of emergency lines on which one is found
(of any kind, as the advice is the same), and the share of other lines that raise one.
"""

import json
from collections import Counter
from dataclasses import dataclass, field

from . import emergencies, personal


@dataclass
class PersonalDataReport:
    labelled: Counter = field(default_factory=Counter)
    caught: Counter = field(default_factory=Counter)
    false_alarms: Counter = field(default_factory=Counter)
    clean_lines: int = 0
    clean_lines_flagged: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    def recall(self, kinds) -> float:
        labelled = sum(self.labelled[kind] for kind in kinds)
        return sum(self.caught[kind] for kind in kinds) / labelled if labelled else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.clean_lines_flagged / self.clean_lines if self.clean_lines else 0.0

    @property
    def findings_false_alarm_rate(self) -> float:
        found = sum(self.caught.values()) + sum(self.false_alarms.values())
        return sum(self.false_alarms.values()) / found if found else 0.0


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def evaluate_personal_data(lines) -> PersonalDataReport:
    report = PersonalDataReport()
    for line in lines:
        case = json.loads(line)
        text = case["text"]
        labels = []
        for label in case["findings"]:
            start = text.index(label["value"])
            labels.append((label["kind"], start, start + len(label["value"]), label["value"]))
        found = personal.find(text)
        for kind, start, end, value in labels:
            report.labelled[kind] += 1
            if any(f.kind == kind and _overlaps(f.start, f.end, start, end) for f in found):
                report.caught[kind] += 1
            else:
                report.misses.append(f"{kind}: {value!r} in {text!r}")
        for finding in found:
            if not any(_overlaps(finding.start, finding.end, s, e) for _, s, e, _ in labels):
                report.false_alarms[finding.kind] += 1
                report.alarms.append(f"{finding.kind}: {finding.value!r} in {text!r}")
        if not labels:
            report.clean_lines += 1
            report.clean_lines_flagged += bool(found)
    return report


def personal_data_summary(report: PersonalDataReport) -> str:
    rows = ["kind             labelled  caught  recall  false alarms"]
    for kind in personal.KINDS:
        labelled, caught = report.labelled[kind], report.caught[kind]
        recall = f"{caught / labelled:.1%}" if labelled else "-"
        rows.append(
            f"{kind:<16} {labelled:>8}  {caught:>6}  {recall:>6}  {report.false_alarms[kind]:>12}"
        )
    identifiers = [kind for kind in personal.KINDS if kind != personal.NAME]
    rows += [
        "",
        f"identifiers (all but names): {report.recall(identifiers):.1%} caught (goal 99%)",
        f"names: {report.recall([personal.NAME]):.1%} caught (goal 90%)",
        f"false alarms: {report.clean_lines_flagged} of {report.clean_lines} lines without "
        f"personal data ({report.false_alarm_rate:.1%}, goal at most 2%); "
        f"{sum(report.false_alarms.values())} findings of all "
        f"({report.findings_false_alarm_rate:.1%})",
    ]
    return _with_misses_and_alarms(rows, report.misses, report.alarms)


@dataclass
class EmergencyReport:
    emergencies: Counter = field(default_factory=Counter)
    caught: Counter = field(default_factory=Counter)
    wrong_kind: int = 0
    calm_lines: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        total = sum(self.emergencies.values())
        return sum(self.caught.values()) / total if total else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.calm_lines if self.calm_lines else 0.0


def evaluate_emergencies(lines) -> EmergencyReport:
    """An emergency is caught when one is found (of any kind: the advice is the same)."""
    report = EmergencyReport()
    for line in lines:
        case = json.loads(line)
        found = emergencies.find(case["text"])
        if case["emergency"]:
            report.emergencies[case["kind"]] += 1
            if found is not None:
                report.caught[case["kind"]] += 1
                report.wrong_kind += found.kind != case["kind"]
            else:
                report.misses.append(f"{case['kind']}: {case['text']!r}")
        else:
            report.calm_lines += 1
            if found is not None:
                report.false_alarms += 1
                report.alarms.append(f"{found.kind}: {case['text']!r}")
    return report


def emergencies_summary(report: EmergencyReport) -> str:
    rows = ["kind                 lines  caught  recall"]
    for kind in emergencies.DESCRIPTIONS:
        total, caught = report.emergencies[kind], report.caught[kind]
        recall = f"{caught / total:.1%}" if total else "-"
        rows.append(f"{kind:<20} {total:>5}  {caught:>6}  {recall:>6}")
    rows += [
        "",
        f"emergencies: {report.recall:.1%} caught (goal 95%); {report.wrong_kind} of them "
        "named as another kind",
        f"false alarms: {report.false_alarms} of {report.calm_lines} lines without an emergency "
        f"({report.false_alarm_rate:.1%}, goal at most 2%)",
    ]
    return _with_misses_and_alarms(rows, report.misses, report.alarms)


def _with_misses_and_alarms(rows: list[str], misses: list[str], alarms: list[str]) -> str:
    if misses:
        rows += ["", "Missed:", *(f"  {miss}" for miss in misses)]
    if alarms:
        rows += ["", "False alarms:", *(f"  {alarm}" for alarm in alarms)]
    return "\n".join(rows)


def summary_of(path) -> str:
    """The report for a corpus file, personal data or emergencies by its labels."""
    with open(path, encoding="utf-8") as corpus:
        lines = [line for line in corpus if line.strip()]
    if lines and "emergency" in json.loads(lines[0]):
        return emergencies_summary(evaluate_emergencies(lines))
    return personal_data_summary(evaluate_personal_data(lines))

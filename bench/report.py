"""The printed tables, the saved JSON and the comparison of two runs.

Everything here works on plain dicts (the saved JSON), so an old result file can be
printed or compared without the server, the database or Django.
"""

import json
from datetime import UTC, datetime
from pathlib import Path

from .stats import mean

RESULTS_DIR = Path(__file__).resolve().parent / "results"
LOAD_FIGURES = (
    ("requests_per_second", "req/s"),
    ("p50_ms", "p50 ms"),
    ("p99_ms", "p99 ms"),
    ("ratio", "vs /healthz"),
)
BUSY_WARNING = 0.15


def _number(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def format_table(headers: list[str], rows: list[list[str]], align: str) -> str:
    """A plain-text table; `align` holds one "l" or "r" per column."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        padded = (
            str(cell).ljust(width) if how == "l" else str(cell).rjust(width)
            for cell, width, how in zip(cells, widths, align, strict=True)
        )
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])


def load_table(round_result: dict) -> str:
    headers = ["page", "who", "req/s", "p50 ms", "p99 ms", "vs /healthz", "errors"]
    rows = []
    for row in round_result["rows"]:
        if not row.get("available", True):
            rows.append([row["page"], row["who"], "n/a", "n/a", "n/a", "n/a", ""])
            continue
        rows.append(
            [
                row["page"],
                row["who"],
                _number(row["requests_per_second"]),
                _number(row["p50_ms"], 2),
                _number(row["p99_ms"], 2),
                _number(row["ratio"], 3),
                str(row["errors"]),
            ]
        )
    title = (
        f"Round {round_result['round']}: wrk, /healthz = mean of first and last "
        f"({_number(round_result['healthz_requests_per_second'])} req/s)"
    )
    return f"{title}\n{format_table(headers, rows, 'llrrrrr')}"


def _queries(row: dict) -> str:
    p50, most = row["queries_p50"], row["queries_max"]
    if p50 is None:
        return "n/a"
    return f"{p50:g}" if most == p50 else f"{p50:g} (max {most})"


def inprocess_table(rows: list[dict]) -> str:
    headers = ["in process", "who", "n", "p50 ms", "p95 ms", "SQL queries", "SQL ms p50", "items"]
    body = [
        [
            row["name"],
            row["who"],
            str(row["samples"]),
            _number(row["p50_ms"], 2),
            _number(row["p95_ms"], 2),
            _queries(row),
            _number(row["sql_ms_p50"], 2),
            "" if row.get("items_p50") is None else f"{row['items_p50']:g}",
        ]
        for row in rows
    ]
    return format_table(headers, body, "llrrrrrr")


def _kib(kib: float | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:,.1f} MiB"


def markdown_text(markdown: dict) -> str:
    return (
        f"Markdown: the slowest of {len(markdown['inputs_ms'])} pathological inputs of about "
        f"100 KB ({markdown['worst']}) renders in {markdown['worst_ms']:.1f} ms"
    )


def memory_text(memory: dict) -> str:
    workers = ", ".join(_kib(kb) for kb in memory["workers_kb"]) or "none found"
    return f"Memory after the load: gunicorn master {_kib(memory['master_kb'])}; workers {workers}"


def _kb(count: int) -> str:
    return f"{count / 1000:,.1f} kB"


def weight_text(weight: dict) -> str:
    """The question page's bytes: HTML alone, each stylesheet and script, and the sum."""
    files = [("HTML", weight["html"])]
    files += [(asset["url"].rsplit("/", 1)[-1], asset) for asset in weight["assets"]]
    rows = [
        [name, _kb(entry["bytes"]), entry["encoding"], _kb(entry["uncompressed_bytes"])]
        for name, entry in files
    ]
    rows.append(["total", _kb(weight["total_bytes"]), "", ""])
    title = f"Bytes of a question page ({weight['path']}), fetched with Accept-Encoding: gzip"
    headers = ["file", "transferred", "encoding", "uncompressed"]
    return f"{title}\n{format_table(headers, rows, 'lrlr')}"


def busy_note(result: dict) -> str | None:
    """A warning when other processes already used the CPU: req/s then says little, while
    the ratios to /healthz, taken in the same conditions, still compare."""
    busy = result.get("cpu_busy_before_load")
    if busy is None or busy < BUSY_WARNING:
        return None
    return (
        f"Note: other processes kept {busy:.0%} of the CPU busy before the load; "
        "compare the ratios to /healthz rather than req/s."
    )


def screening_text(screening: dict) -> str:
    return (
        f"Screening: the slowest of {len(screening['inputs_ms'])} hostile inputs of 20,000 "
        f"characters ({screening['worst']}) is read in {screening['worst_ms']:.1f} ms"
    )


def full_report(result: dict) -> str:
    parts = [load_table(round_result) for round_result in result["load"]]
    parts.append(inprocess_table(result["in_process"]))
    if "markdown" in result:
        parts.append(markdown_text(result["markdown"]))
    if "screening" in result:
        parts.append(screening_text(result["screening"]))
    parts.append(memory_text(result["memory"]))
    parts.append(weight_text(result["weight"]))
    note = busy_note(result)
    return "\n\n".join([*parts, note] if note else parts)


def result_path(questions: int, when: datetime, kind: str = "") -> Path:
    suffix = f"-{kind}" if kind else ""
    return RESULTS_DIR / f"{when.astimezone(UTC):%Y%m%dT%H%M%SZ}-{questions}{suffix}.json"


def save(result: dict, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return path


def _ratio(new: float | None, old: float | None) -> str:
    return "n/a" if new is None or not old else f"{new / old:.3f}"


def _load_means(result: dict) -> dict[tuple[str, str], dict[str, float]]:
    """Each load row's figures, averaged over the rounds of the run."""
    rows: dict[tuple[str, str], list[dict]] = {}
    for round_result in result["load"]:
        for row in round_result["rows"]:
            if row.get("available", True):
                rows.setdefault((row["page"], row["who"]), []).append(row)
    return {
        key: {field: mean([row[field] for row in group]) for field, _ in LOAD_FIGURES}
        for key, group in rows.items()
    }


def _load_comparison(new: dict, old: dict) -> str:
    new_rows, old_rows = _load_means(new), _load_means(old)
    body = [
        [page, who, *(_ratio(figures[f], old_rows[page, who][f]) for f, _ in LOAD_FIGURES)]
        for (page, who), figures in new_rows.items()
        if (page, who) in old_rows
    ]
    headers = ["page", "who", *(label for _, label in LOAD_FIGURES)]
    return format_table(headers, body, "llrrrr")


def _inprocess_comparison(new: dict, old: dict) -> str:
    old_rows = {(row["name"], row["who"]): row for row in old["in_process"]}
    body = []
    for row in new["in_process"]:
        before = old_rows.get((row["name"], row["who"]))
        if before is None:
            continue
        queries = f"{_number(before['queries_p50'], 0)} -> {_number(row['queries_p50'], 0)}"
        body.append(
            [
                row["name"],
                row["who"],
                _ratio(row["p50_ms"], before["p50_ms"]),
                _ratio(row["p95_ms"], before["p95_ms"]),
                queries,
            ]
        )
    return format_table(["in process", "who", "p50 ms", "p95 ms", "SQL queries"], body, "llrrr")


def comparison(new: dict, old: dict) -> str:
    """New divided by old for every row both runs have (query counts as old -> new)."""
    memory = _ratio(mean(new["memory"]["workers_kb"]), mean(old["memory"]["workers_kb"]))
    html = _ratio(new["weight"]["html"]["bytes"], old["weight"]["html"]["bytes"])
    total = _ratio(new["weight"]["total_bytes"], old["weight"]["total_bytes"])
    return "\n\n".join(
        [
            _load_comparison(new, old),
            _inprocess_comparison(new, old),
            f"worker memory {memory}; question page HTML {html}, with CSS and JS {total}",
        ]
    )

"""What a result was measured on, so that two result files can be told apart."""

import os
import platform
import subprocess
import time
from pathlib import Path

import django

from . import wrk

PROJECT_DIR = Path(__file__).resolve().parent.parent


def _first_line_with(path: str, prefix: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def _git(*args: str) -> str:
    completed = subprocess.run(
        ["git", *args], cwd=PROJECT_DIR, capture_output=True, text=True, check=False
    )
    return completed.stdout.strip()


def git_state() -> dict:
    """The commit, and whether the working tree differed from it (then the commit is not
    the whole story)."""
    return {
        "commit": _git("rev-parse", "HEAD") or None,
        "dirty": bool(_git("status", "--porcelain")),
    }


def _cpu_times() -> tuple[int, int]:
    """(busy, total) jiffies of all cores since boot, from the first line of /proc/stat."""
    fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


def cpu_busy(seconds: float = 2.0) -> float | None:
    """The share of all cores busy over `seconds`: with the server idle, what other
    processes take from the benchmark."""
    try:
        busy_before, total_before = _cpu_times()
        time.sleep(seconds)
        busy_after, total_after = _cpu_times()
    except (OSError, IndexError, ValueError):
        return None
    total = total_after - total_before
    return (busy_after - busy_before) / total if total else None


def describe(postgres_version: str) -> dict:
    return {
        "cores": os.cpu_count(),
        "cpu": _first_line_with("/proc/cpuinfo", "model name"),
        "memory": _first_line_with("/proc/meminfo", "MemTotal"),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "postgresql": postgres_version,
        "wrk": wrk.version(),
    }

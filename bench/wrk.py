"""Running wrk over a list of paths and reading its summary.

wrk is given one URL; bench/rotate.lua makes it cycle through a file of paths instead,
so one load run covers many questions (or topics, or doctors) rather than one cached page.
"""

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

LUA_SCRIPT = Path(__file__).with_name("rotate.lua")
THREADS = 2
CONNECTIONS = 16

_TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_SIZE_UNITS = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3, "TB": 1024**4}


@dataclass(frozen=True)
class WrkResult:
    requests: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    bytes_per_second: float
    non_2xx_3xx: int
    socket_errors: int

    @property
    def errors(self) -> int:
        """Failed requests: their speed says nothing about the page, so the row is suspect."""
        return self.non_2xx_3xx + self.socket_errors


def write_path_file(paths: list[str], file: Path) -> Path:
    """One path a line, as rotate.lua reads them; a path must be a single line."""
    if not paths:
        raise ValueError("wrk needs at least one path to request.")
    for path in paths:
        if not path.startswith("/") or any(c in path for c in "\r\n"):
            raise ValueError(f"Not a one-line absolute path: {path!r}")
    file.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")
    return file


def _milliseconds(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text)
    if not match:
        raise ValueError(f"Unknown wrk duration: {text!r}")
    return float(match[1]) * _TIME_UNITS_MS[match[2]]


def _bytes(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)([KMGT]?B)", text)
    if not match:
        raise ValueError(f"Unknown wrk size: {text!r}")
    return float(match[1]) * _SIZE_UNITS[match[2]]


def _required(pattern: str, output: str) -> re.Match:
    match = re.search(pattern, output, re.MULTILINE)
    if not match:
        raise ValueError(f"wrk output has no line matching {pattern!r}:\n{output}")
    return match


def parse_output(output: str) -> WrkResult:
    """The figures of one `wrk --latency` summary."""
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return WrkResult(
        requests=int(_required(r"^\s*(\d+) requests in ", output)[1]),
        requests_per_second=float(_required(r"^Requests/sec:\s+([\d.]+)", output)[1]),
        p50_ms=_milliseconds(_required(r"^\s+50%\s+(\S+)", output)[1]),
        p99_ms=_milliseconds(_required(r"^\s+99%\s+(\S+)", output)[1]),
        bytes_per_second=_bytes(_required(r"^Transfer/sec:\s+(\S+)", output)[1]),
        non_2xx_3xx=int(non_2xx[1]) if non_2xx else 0,
        socket_errors=sum(int(n) for n in socket_errors.groups()) if socket_errors else 0,
    )


def command(
    base_url: str,
    path_file: Path,
    seconds: int,
    headers: dict[str, str],
    connections: int = CONNECTIONS,
) -> list[str]:
    header_args = [arg for name, value in headers.items() for arg in ("-H", f"{name}: {value}")]
    return [
        "wrk",
        f"-t{THREADS}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-s",
        str(LUA_SCRIPT),
        *header_args,
        base_url,
        "--",
        str(path_file),
    ]


def run(
    base_url: str,
    path_file: Path,
    seconds: int,
    headers: dict[str, str] | None = None,
    connections: int = CONNECTIONS,
) -> WrkResult:
    """Load the server with the file's paths for `seconds` and return wrk's figures."""
    completed = subprocess.run(
        command(base_url, path_file, seconds, headers or {}, connections),
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"wrk failed ({completed.returncode}):\n{completed.stderr}")
    return parse_output(completed.stdout)


def version() -> str:
    """wrk prints its version in the first line of its usage text (and exits 1)."""
    try:
        completed = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    except FileNotFoundError:
        return "not installed"
    return (completed.stdout or completed.stderr).splitlines()[0].strip()

"""The site under test, started exactly as `make serve` starts it, and stopped for sure.

`make serve` runs in a process group of its own, so stopping the group also stops
gunicorn's master and workers, whatever happens to the benchmark in between.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
READY_TIMEOUT_SECONDS = 180
STOP_TIMEOUT_SECONDS = 15
# Variables of an outer `make bench` that would otherwise leak into `make serve`.
MAKE_VARIABLES = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


def fetch(url: str, headers: dict[str, str] | None = None, timeout: float = 30) -> Response:
    """One GET that reports redirects and errors as they are, and leaves the body encoded."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with _opener.open(request, timeout=timeout) as response:
            return Response(response.status, dict(response.headers.items()), response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, dict(error.headers.items()), error.read())


def post(url: str, body: bytes, headers: dict[str, str], timeout: float = 30) -> Response:
    """One POST of a form, reporting its redirect as it is."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _opener.open(request, timeout=timeout) as response:
            return Response(response.status, dict(response.headers.items()), response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, dict(error.headers.items()), error.read())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    base_url: str
    log_path: Path

    def log_tail(self, lines: int = 40) -> str:
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])


def _wait_until_ready(server: Server) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"make serve exited ({server.process.returncode}).")
        try:
            if fetch(f"{server.base_url}/healthz", timeout=2).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"/healthz did not answer within {READY_TIMEOUT_SECONDS}s.")


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM to the whole group (make, gunicorn and its workers), SIGKILL if it lingers."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
            return
        except subprocess.TimeoutExpired:
            continue


def _make(arguments: list[str], env: dict[str, str], log_path: Path) -> subprocess.Popen:
    """A make target of the project in a process group of its own, logging to `log_path`."""
    make_env = {key: value for key, value in env.items() if key not in MAKE_VARIABLES}
    with log_path.open("wb") as log:
        return subprocess.Popen(
            ["make", "--no-print-directory", *arguments],
            cwd=PROJECT_DIR,
            env=make_env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


@contextmanager
def running(env: dict[str, str], port: int, log_path: Path) -> Iterator[Server]:
    """`make serve` on `port`, ready to answer, stopped on the way out."""
    process = _make(["serve", f"PORT={port}", "HOST=127.0.0.1"], env, log_path)
    server = Server(process, f"http://127.0.0.1:{port}", log_path)
    try:
        _wait_until_ready(server)
        yield server
    except Exception:
        print(f"The server's last log lines:\n{server.log_tail()}", file=sys.stderr)
        raise
    finally:
        _stop(process)


@contextmanager
def worker_running(env: dict[str, str], log_path: Path) -> Iterator[subprocess.Popen]:
    """`make worker` (Celery and its scheduler), as production runs it beside the server."""
    process = _make(["worker", "WORKER_CONCURRENCY=1"], env, log_path)
    try:
        yield process
    finally:
        _stop(process)


def _parent_pid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name may hold spaces and parentheses; the fields after it do not.
    return int(stat.rsplit(")", 1)[1].split()[1])


def _children(pid: int) -> list[int]:
    pids = [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()]
    return sorted(child for child in pids if _parent_pid(child) == pid)


def _rss_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _gunicorn_master(server: Server) -> int:
    """`make` runs a shell that execs gunicorn, so the master is make's only child."""
    children = _children(server.process.pid)
    if len(children) != 1:
        raise RuntimeError(f"Expected one gunicorn master under make, found {children}.")
    return children[0]


def memory(server: Server) -> dict:
    """Resident memory (VmRSS) of gunicorn's master and of each worker, in KiB."""
    master = _gunicorn_master(server)
    workers = {pid: _rss_kb(pid) for pid in _children(master)}
    return {
        "master_kb": _rss_kb(master),
        "workers_kb": [kb for kb in workers.values() if kb is not None],
    }

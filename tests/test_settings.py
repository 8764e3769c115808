import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_django(**env) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    environment.update(env, DJANGO_SETTINGS_MODULE="forum.settings")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = start_django(DEBUG="0")

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_it_refuses_a_short_secret_key_when_debug_is_off():
    result = start_django(DEBUG="0", SECRET_KEY="short")

    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr


def test_it_starts_with_a_real_secret_key():
    assert start_django(DEBUG="0", SECRET_KEY="x" * 50).returncode == 0


def test_it_starts_in_debug_without_a_secret_key():
    assert start_django(DEBUG="1").returncode == 0

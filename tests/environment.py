"""Loaded by pytest before Django starts (see `addopts` in pyproject.toml).

Tests run with DEBUG off, as in production, so they need a secret key of their own.
"""

import os

# The suite also tests the demo generator, which is installed only where DEMO is on.
os.environ.setdefault("DEMO", "1")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key-that-is-long-enough-1234567890")
# Background tasks run at once in the tests, whatever broker the environment names.
os.environ["CELERY_TASK_ALWAYS_EAGER"] = "1"
# Test data is written straight to the database, which the page cache cannot see; the
# tests of the cache (test_page_cache.py) turn it on.
os.environ["PUBLIC_PAGE_CACHE"] = "0"

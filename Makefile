# One command to run, one to test; both set up a fresh machine themselves.
# The newest python3.x on the PATH that runs (3.11 or later), else plain python3.
PYTHON ?= $(shell for v in 15 14 13 12 11; do \
  p=$$(command -v python3.$$v) && $$p -c "" 2>/dev/null && { echo $$p; exit; }; \
  done; command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PO := locale/zh_Hant/LC_MESSAGES/django.po
MAKEMESSAGES = DEBUG=1 DEMO=0 $(BIN)/python manage.py makemessages --locale zh_Hant \
  --no-location --no-obsolete --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'tests/*' \
  --ignore 'bench/*' --ignore 'staticfiles/*' --ignore 'forum/demo/*' --verbosity 0
PORT ?= 8000

.PHONY: help install browser-tools run serve test test-browser screenshots lint format messages check seed bench bench-writes bench-import worker clean

help:
	@echo "make run     - set up, migrate, load demo data if empty, serve http://$(HOST):$(PORT) (SQLite, DEBUG on)"
	@echo "make test    - set up and run the whole test suite (DATABASE_URL=postgres://... for PostgreSQL)"
	@echo "make serve   - gunicorn with DEBUG off, WhiteNoise and collected static files"
	@echo "make worker  - the Celery worker and scheduler (needs REDIS_URL)"
	@echo "make browser-tools - install Chromium (apt, as root) and the page checkers (npm)"
	@echo "make test-browser  - only the browser tests, required to run (not skipped)"
	@echo "make screenshots   - the main pages at 375 and 1280 px into screenshots/"
	@echo "make lint    - ruff, the import contracts, and the translations in step with the code"
	@echo "make messages - collect the interface text into locale/ (then translate the new entries)"
	@echo "make format  - ruff format and the safe ruff fixes"
	@echo "make check   - no missing migrations, and Django's deployment checks"
	@echo "make bench   - load the site on PostgreSQL with wrk and print one table (see README)"
	@echo "make bench-writes - readers and writers at once; every accepted write must be kept"
	@echo "make bench-import - import BENCH_PAGES (100000) saved pages on PostgreSQL: pages/s"
	@echo "make clean   - remove the virtualenv, collected static files and caches"

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(INSTALLED)

# Emails link to SITE_URL, which follows HOST and PORT unless it is set.
run: install
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py seed_demo
	DEBUG=1 SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)} \
	  $(BIN)/python manage.py runserver $(HOST):$(PORT)

# A production-like server on loopback: DEBUG off, plain HTTP. Without a SECRET_KEY in the
# environment it makes a random one for this run (sessions do not outlive the server).
serve: install
	@export DEBUG=0 SECURE_SSL=$${SECURE_SSL:-0} SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)} \
	  SECRET_KEY="$${SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')}" && \
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0 && \
	$(BIN)/python manage.py migrate --noinput && \
	exec $(BIN)/gunicorn forum.wsgi --bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-2} \
	  --access-logfile - --forwarded-allow-ips 127.0.0.1

# The background worker with its scheduler (view counts every minute, a nightly rebuild of
# what is derived). Needs REDIS_URL (or CELERY_BROKER_URL) and the site's DATABASE_URL.
worker: install
	@test -n "$${CELERY_BROKER_URL:-$$REDIS_URL}" || \
	  { echo "make worker needs REDIS_URL (e.g. redis://127.0.0.1:6379/0)"; exit 1; }
	DEBUG=$${DEBUG:-0} $(BIN)/celery -A forum worker --beat --loglevel INFO \
	  --concurrency $${WORKER_CONCURRENCY:-2}

test: install
	$(BIN)/pytest

# The browser tests need Debian's Chromium, Java and the npm packages of package.json.
browser-tools:
	command -v chromium >/dev/null && command -v java >/dev/null || \
	  (apt-get update -qq && apt-get install -y -qq chromium default-jre-headless)
	npm ci --no-audit --no-fund

test-browser: install
	REQUIRE_BROWSER_TESTS=1 $(BIN)/pytest tests/browser

screenshots: install
	REQUIRE_BROWSER_TESTS=1 $(BIN)/pytest tests/browser/test_screenshots.py -m screenshots -q
	@echo "Screenshots written to screenshots/"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	@# The catalogue in step with the code: collecting the text again changes nothing.
	@command -v xgettext >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext)
	@cp $(PO) $(PO).before && trap 'mv -f $(PO).before $(PO)' EXIT && $(MAKEMESSAGES) && \
	  diff -u -I '^"POT-Creation-Date: ' $(PO).before $(PO) || \
	  { echo "$(PO) is not in step with the code: make messages, then translate"; exit 1; }

# The interface text of the code and templates into locale/<language>/LC_MESSAGES/django.po
# (GNU gettext's xgettext, from Debian's gettext package), and the compiled .mo.
messages: install
	command -v xgettext >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext)
	$(MAKEMESSAGES)
	rm -f $(PO:.po=.mo)  # compilemessages skips a .mo it takes for current
	DEBUG=1 DEMO=0 $(BIN)/python manage.py compilemessages --locale zh_Hant --verbosity 0 \
	  --ignore '.venv/*' --ignore 'node_modules/*'

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run
	DEBUG=0 SECURE_HSTS_SECONDS=31536000 SECURE_HSTS_PRELOAD=1 SECURE_SSL_REDIRECT=1 \
	  SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	  $(BIN)/python manage.py check --deploy --fail-level WARNING

seed: install
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py seed_demo

# BENCH_QUESTIONS (100000), BENCH_SECONDS (10), BENCH_ROUNDS (1), BENCH_COMPARE=old.json:
# see "Benchmarks" in README.md. Needs PostgreSQL, Redis and wrk (apt-get install wrk).
bench: install
	$(BIN)/python -m bench.run

# Readers (wrk, 64 connections) and writers (a patient asking, a doctor answering) at once
# for BENCH_WRITE_SECONDS (60): every write the site accepted must be in the database.
bench-writes: install
	$(BIN)/python -m bench.writes

# Writes BENCH_PAGES (100000) pages into .bench/ once, then imports them twice on a new
# PostgreSQL database: pages per second, first and again.
bench-import: install
	$(BIN)/python -m bench.archive

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache *.egg-info .bench

"""When a service the site needs is down: a 503 page for readers, one log line per outage.

A database that stops answering raises OperationalError (or InterfaceError) in whatever view
was reading it. Readers get a styled "back soon" page with Retry-After instead of the 500
page, and the log gets one line when an outage starts, not a traceback per request: a
failure more than QUIET_SECONDS after the previous one starts a new outage. Django reopens
the connection on the next request, so the site recovers by itself.
"""

import logging
import threading
import time

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

RETRY_AFTER_SECONDS = 30
QUIET_SECONDS = 60.0
# The name Redis's failures are logged and remembered under: the shared cache leaves Redis
# alone for a moment after any of them (forum.core.cache).
REDIS = "Redis"

logger = logging.getLogger(__name__)


class Outages:
    """Remembers when each service last failed, so that a burst is logged once."""

    def __init__(self) -> None:
        self._last_failure: dict[str, float] = {}
        self._lock = threading.Lock()

    def failed(self, service: str, error: Exception) -> None:
        now = time.monotonic()
        with self._lock:
            last = self._last_failure.get(service)
            self._last_failure[service] = now
        if last is None or now - last > QUIET_SECONDS:
            logger.error(
                "%s is unavailable: %s", service, str(error).strip() or type(error).__name__
            )

    def failed_within(self, service: str, seconds: float) -> bool:
        """The service failed less than `seconds` ago."""
        last = self._last_failure.get(service)
        return last is not None and time.monotonic() - last < seconds


outages = Outages()


def unavailable_response() -> HttpResponse:
    """The 503 page, made without the database (no request context: no user, no session)."""
    html = render_to_string("503.html", {"forum_name": settings.SITE_NAME})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class QuietUnavailable(logging.Filter):
    """Keeps Django's one-line-per-response log ("Service Unavailable: /") out of the log
    during an outage, which `Outages` has logged once (a filter of "django.request")."""

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(record, "status_code", None) != 503


def _database_unreachable() -> bool:
    """The connection is gone (or never opened): the database is down, not the query wrong.
    A missing table, a deadlock or a timeout raise the same errors and stay 500s, with
    their tracebacks."""
    database = connections[DEFAULT_DB_ALIAS]
    return database.connection is None or not database.is_usable()


class DatabaseOutageMiddleware:
    """Turns a view's lost database connection into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if isinstance(exception, (OperationalError, InterfaceError)) and _database_unreachable():
            outages.failed("The database", exception)
            return unavailable_response()
        return None

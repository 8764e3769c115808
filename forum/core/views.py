import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness: the process answers; no database, cache or broker is touched."""
    return HttpResponse("ok", content_type="text/plain")


@require_safe
@never_cache
def readyz(request: HttpRequest) -> HttpResponse:
    """Readiness: the database, the shared cache and the task broker answer (503 naming
    the ones that do not)."""
    checks = {"database": _database, "cache": _cache, "broker": _broker}
    results = {name: check() for name, check in checks.items()}
    down = [name for name, result in results.items() if result.startswith("down")]
    body = "".join(f"{name}: {result}\n" for name, result in results.items())
    return HttpResponse(body, content_type="text/plain", status=503 if down else 200)


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        return f"down ({_first_line(error)})"
    return "ok"


def _cache() -> str:
    # The cache answers as an empty one while Redis is down: only a read-back tells.
    token = secrets.token_hex(8)
    key = f"readyz:{token}"  # each probe its own key: two at once do not collide
    cache.set(key, token, timeout=10)
    return "ok" if cache.get(key) == token else "down (what was stored cannot be read)"


def _broker() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "ok (none: tasks run at once)"
    from forum.celery import app

    try:
        with app.connection_for_write() as broker:
            broker.ensure_connection(max_retries=1)
    except Exception as error:  # kombu raises its transport's own errors
        return f"down ({_first_line(error)})"
    return "ok"


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A refused form (an expired page, cookies off) explained in the site's own page."""
    return render(request, "403_csrf.html", {"reason": reason}, status=403)


# What search engines may not crawl: nothing there is public, or (search) it is endless.
ROBOTS_DISALLOW = ("/admin/", "/dashboard/", "/accounts/", "/me/", "/ask/", "/report/", "/search/")


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    # The same pages in every language: /zh-hant/search/ as /search/.
    prefixes = ["", *(f"/{code}" for code, _name in settings.LANGUAGES[1:])]
    disallowed = [prefix + path for prefix in prefixes for path in ROBOTS_DISALLOW]
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed), ""]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=24 * 3600)
def web_manifest(request: HttpRequest) -> JsonResponse:
    """The name and icons a phone shows for the site added to its home screen."""
    manifest = {
        "name": settings.SITE_NAME,
        "short_name": settings.SITE_NAME,
        "start_url": "/",
        "display": "browser",
        "theme_color": "#0b5f61",
        "background_color": "#f5f7f8",
        "icons": [
            {"src": "/icon-192.png", "sizes": "192x192", "type": "image/png"},
            {"src": "/icon-512.png", "sizes": "512x512", "type": "image/png"},
        ],
    }
    return JsonResponse(manifest, content_type="application/manifest+json")

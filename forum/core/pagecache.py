"""Public pages from the shared cache, each kept until something it shows changes.

A view marked `@public_page` says what its page shows with `shows(request, *tags)`: tags
such as "question:12", "topic:3" or "home". Every tag has a version in the cache, a token
that `invalidate()` replaces when the thing changes. A cached page keeps the versions it
was made with and is served, before the view runs, while they are all still current: the
page and its versions come in one read once this process has seen the page.

A page is stored only when none of its tags changed while it was being made, so a change
that commits during a render can never leave the older page behind. Pages are kept for two
kinds of reader:

- A reader without a session (nothing on the page is personal). Their page is served
  before sessions and the view run, for a path that leads to a public view; it is kept
  compressed too, so a reader asking for gzip costs no compression.
- A member: logged in, neither staff nor a doctor, with no message waiting. Every member
  sees the same page, but for their own CSRF token, which is left as a hole in the stored
  page and filled in for each reader; and but for a page marked personal to someone (a
  question's page is its asker's own), which that person always gets fresh. Staff and
  doctors, whose pages carry their own tools, always get a fresh page.

Every public page carries an ETag and Last-Modified, answered with 304 when they match, and
anonymous ones a Cache-Control that lets a CDN keep them for PUBLIC_PAGE_MAX_AGE seconds.
"""

import dataclasses
import gzip
import hashlib
import re
import secrets
import time

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, transaction
from django.dispatch import Signal
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.middleware.csrf import get_token
from django.middleware.gzip import re_accepts_gzip
from django.urls import Resolver404, resolve
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

from .localpages import local_pages

TAG_PREFIX = "page-tag:"
# Every page shows this tag: invalidating it makes every page again.
SITE = "site"
PAGE_PREFIX = "page:"
# Members' copies of the pages, under keys no anonymous page's can be.
MEMBER_PAGE_PREFIX = "member-page:"
# What `{% csrf_token %}` writes, and what a member's stored page holds in its place: a
# value the tag never writes, which escaped or sanitised text cannot spell either.
CSRF_FIELD = re.compile(
    rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(">)'
)
CSRF_HOLE = b"<csrf-token>"
# As django.middleware.gzip: shorter pages are not worth compressing.
COMPRESS_MIN_BYTES = 200
# A token made by another server whose clock runs ahead still counts as new.
CLOCK_MARGIN = 1.0


# Sent when a page is served from the cache, with the `counter` the view gave, so that
# what counts readings (a question's views) counts this one too.
cached_page_served = Signal()


def shows(
    request: HttpRequest,
    *tags: str,
    counter: str | None = None,
    personal_to: int | None = None,
) -> None:
    """Record what the page being made for this request shows, what counts its reads, and
    the user (by id) who sees a page of their own at this address."""
    if not hasattr(request, "page_tags"):
        request.page_tags = {SITE}
        request.page_personal_to = set()
    request.page_tags.update(tags)
    if counter is not None:
        request.page_counter = counter
    if personal_to is not None:
        request.page_personal_to.add(personal_to)


def invalidate(*tags: str) -> None:
    """These things changed: every page that shows one of them is made again."""
    if tags:
        token = _token(time.time())
        keys = {TAG_PREFIX + tag for tag in tags}
        cache.set_many(dict.fromkeys(keys, token), timeout=None)
        if (local := local_pages()) is not None:
            local.publish(keys)


def invalidate_on_commit(*tags: str) -> None:
    """`invalidate` once the current transaction commits (at once outside one)."""
    transaction.on_commit(lambda: invalidate(*tags))


def versions(*tags: str) -> tuple[str, ...]:
    """The tags' current versions: something derived from what they stand for, kept with
    these, is current while they are unchanged."""
    current = _versions(set(tags))
    return tuple(current[TAG_PREFIX + tag] for tag in tags)


def _token(made_at: float) -> str:
    return f"{made_at:.6f}:{secrets.token_hex(4)}"


def _token_time(token: str) -> float:
    return float(token.split(":", 1)[0])


def _versions(tags: set[str]) -> dict[str, str]:
    """The current version of each tag; a tag never changed (or evicted) gets one dated 0,
    so it never looks changed during a render, and a page stored before can't match it."""
    keys = [TAG_PREFIX + tag for tag in sorted(tags)]
    versions = cache.get_many(keys)
    missing = {key: _token(0) for key in keys if key not in versions}
    if missing:
        for key, token in missing.items():
            if not cache.add(key, token, timeout=None):
                missing[key] = cache.get(key) or token
        versions.update(missing)
    return versions


@dataclasses.dataclass
class CachedPage:
    content: bytes | None  # None in a process's own copy of a compressed page, and members'
    content_type: str
    versions: dict[str, str]
    etag: str
    last_modified: float
    counter: str | None = None
    compressed: bytes | None = None
    # The users who get a page of their own at this address, never this one.
    personal_to: frozenset[int] = frozenset()


def _page_key(request: HttpRequest, prefix: str = PAGE_PREFIX) -> str:
    digest = hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()
    return f"{prefix}{request.get_host()}:{digest}"


def _may_be_cached(request: HttpRequest) -> bool:
    """A safe request for an allowed host, with no session and no pending message: the
    page cannot be personal."""
    if not settings.PUBLIC_PAGE_CACHE or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    try:
        request.get_host()
    except DisallowedHost:  # refused further down, as for any page
        return False
    return True


def _is_public_page(request: HttpRequest) -> bool:
    """The path leads to a public page (resolving it costs far less than a cache miss)."""
    try:  # in the path's language, which LocaleMiddleware has made the active one
        match = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return False
    return getattr(match.func, "public_page", False)


def public_page(view):
    """Marks a view whose page anonymous readers and members may get from the cache."""
    view.public_page = True
    return view


# Which tags each cached page showed when this process last saw it, so that a hit fetches
# the page and its versions in one round trip.
_known_tags: dict[str, list[str]] = {}
KNOWN_TAGS_LIMIT = 50_000


class PublicPageCacheMiddleware:
    """Serves public pages to anonymous readers from the cache (before sessions and the
    view) and stores the pages the views made; sits below the security and compression
    middleware, so that cached pages get the same headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.time()
        cacheable = _may_be_cached(request)
        local = local_pages() if cacheable else None
        generation = local.generation() if local is not None else None
        if cacheable and _is_public_page(request):
            page = _lookup(_page_key(request), local, generation)
            if page is not None:
                _count_reading(page)
                return _respond(request, page)
        response = self.get_response(request)
        tags = getattr(request, "page_tags", None)
        if not tags or response.status_code != 200 or response.streaming:
            return response
        anonymous = not request.user.is_authenticated
        storable = anonymous and not response.cookies and cacheable
        # Only a page to be stored needs its versions (a read of the cache).
        page = _page_of(request, response.content, response, tags if storable else (), started)
        if storable and _made_unchanged(page, started):
            if len(page.content) >= COMPRESS_MIN_BYTES:
                page.compressed = gzip.compress(page.content, mtime=0)
            _store(_page_key(request), page, local, generation)
        return _finish(request, response, page, anonymous)


class MemberPageCacheMiddleware:
    """Serves public pages to members from the cache, each with their own CSRF token, and
    stores the pages the views made for them; sits below the authentication and messages
    middleware, which tell who is reading and whether a message waits for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.time()
        if not _is_shared_with_members(request):
            return self.get_response(request)
        key = _page_key(request, MEMBER_PAGE_PREFIX)
        # Only in the shared cache: kept in each process too, members' copies doubled the
        # memory of a worker; a member's page asks the database for them anyway.
        page = _cached_page(key)
        if page is not None and request.user.pk not in page.personal_to:
            _count_reading(page)
            return _respond_to_member(request, page)
        response = self.get_response(request)
        tags = getattr(request, "page_tags", None)
        if (
            not tags
            or response.status_code != 200
            or response.streaming
            or response.cookies
            or request.user.pk in request.page_personal_to
            or len(get_messages(request))  # shown on this page, and on no other
        ):
            return response
        content = _without_tokens(response.content)
        if content is None:
            return response
        page = _page_of(request, content, response, tags, started)
        if _made_unchanged(page, started):
            # Kept compressed only: the reader's token goes into the page itself.
            page.content, page.compressed = None, gzip.compress(content, mtime=0)
            _store(key, page, local=None, generation=None)
            # As the stored copy will name it, so the reader's browser may keep this one.
            request.page_etag = _member_etag(request, page)
        return response


def _without_tokens(content: bytes) -> bytes | None:
    """The page with a hole for each CSRF token; None if a token is left anywhere else,
    where it could not be told from the page, or if the page already held a hole."""
    if CSRF_HOLE in content:
        return None
    tokens = {match[2] for match in CSRF_FIELD.finditer(content)}
    content = CSRF_FIELD.sub(rb"\1" + CSRF_HOLE + rb"\3", content)
    return None if any(token in content for token in tokens) else content


def _is_shared_with_members(request: HttpRequest) -> bool:
    """A member's safe request for a public page, with no message waiting for them."""
    if not settings.PUBLIC_PAGE_CACHE or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME not in request.COOKIES or "messages" in request.COOKIES:
        return False  # an anonymous reader's, or a message waits
    if not _is_public_page(request):
        return False
    try:
        user = request.user
        if not user.is_authenticated or user.is_staff or user.is_superuser:
            return False
        if getattr(user, "doctor", None) is not None:  # loaded with the user
            return False
    except DatabaseError:
        return False  # the view meets the same error, and answers it (forum.core.outages)
    return not len(get_messages(request))


def _page_of(
    request: HttpRequest, content: bytes, response: HttpResponse, tags, started: float
) -> CachedPage:
    """The page a view made, with the versions of these of its tags."""
    return CachedPage(
        content=content,
        content_type=response["Content-Type"],
        versions=_versions(set(tags)) if tags else {},
        etag=f'"{hashlib.blake2b(content, digest_size=12).hexdigest()}"',
        last_modified=started,
        counter=getattr(request, "page_counter", None),
        personal_to=frozenset(getattr(request, "page_personal_to", ())),
    )


def _made_unchanged(page: CachedPage, started: float) -> bool:
    """None of the page's tags changed while it was being made."""
    return all(_token_time(v) < started - CLOCK_MARGIN for v in page.versions.values())


def _lookup(key: str, local, generation: int | None) -> CachedPage | None:
    """The current page at this key: this process's copy, or the shared cache's."""
    page = local.get(key) if local is not None else None
    if page is None and (page := _cached_page(key)) is not None and local is not None:
        local.keep(key, _slim(page), generation)
    return page


def _store(key: str, page: CachedPage, local, generation: int | None) -> None:
    cache.set(key, page, timeout=settings.PUBLIC_PAGE_CACHE_SECONDS)
    _remember_tags(key, page)
    if local is not None:
        local.keep(key, _slim(page), generation)


def _count_reading(page: CachedPage) -> None:
    if page.counter is not None:
        cached_page_served.send(PublicPageCacheMiddleware, counter=page.counter)


def _cached_page(key: str) -> CachedPage | None:
    """The cached page if every tag it shows is still at the version it was made with."""
    values = cache.get_many([key, *_known_tags.get(key, ())])
    page = values.pop(key, None)
    if page is None:
        return None
    unknown = [tag for tag in page.versions if tag not in values]
    if unknown:
        values.update(cache.get_many(unknown))
        _remember_tags(key, page)
    if any(values.get(tag) != version for tag, version in page.versions.items()):
        return None
    return page


def _slim(page: CachedPage) -> CachedPage:
    """The copy a process keeps: the compressed body alone when there is one."""
    return page if page.compressed is None else dataclasses.replace(page, content=None)


def _remember_tags(key: str, page: CachedPage) -> None:
    if len(_known_tags) >= KNOWN_TAGS_LIMIT:
        _known_tags.clear()
    _known_tags[key] = list(page.versions)


def _respond(request: HttpRequest, page: CachedPage) -> HttpResponse:
    """The stored page, compressed when the reader accepts gzip (the compression
    middleware leaves a response that has its encoding alone), with its length, which
    the common middleware would have set."""
    if page.compressed is not None and _accepts_gzip(request):
        response = HttpResponse(page.compressed, content_type=page.content_type)
        response["Content-Encoding"] = "gzip"
    else:
        content = gzip.decompress(page.compressed) if page.content is None else page.content
        response = HttpResponse(content, content_type=page.content_type)
    response["Content-Length"] = len(response.content)
    response = _finish(request, response, page, anonymous=True)
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


def _accepts_gzip(request: HttpRequest) -> bool:
    return bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def _respond_to_member(request: HttpRequest, page: CachedPage) -> HttpResponse:
    """The members' page with this reader's CSRF token. Its ETag names the page and the
    secret the token is made from: a copy the reader's browser kept is as good as a new
    one while both are unchanged."""
    content = gzip.decompress(page.compressed).replace(CSRF_HOLE, get_token(request).encode())
    response = HttpResponse(content, content_type=page.content_type)
    request.page_etag = _member_etag(request, page)
    return _finish(request, response, page, anonymous=False)


def _member_etag(request: HttpRequest, page: CachedPage) -> str:
    secret = request.META.get("CSRF_COOKIE", "")
    return f'"{hashlib.blake2b(f"{page.etag}:{secret}".encode(), digest_size=12).hexdigest()}"'


def _finish(request, response: HttpResponse, page: CachedPage, anonymous: bool) -> HttpResponse:
    # A member's page names its copy with their token's secret (_member_etag).
    etag = getattr(request, "page_etag", None) or page.etag
    # As the compression middleware does, a compressed body gets a weak ETag.
    compressed = response.has_header("Content-Encoding")
    response["ETag"] = f"W/{etag}" if compressed else etag
    response["Last-Modified"] = http_date(page.last_modified)
    if anonymous:
        patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
        patch_vary_headers(response, ["Cookie"])
    else:
        patch_cache_control(response, private=True, no_cache=True)
    # A member's copy is told by its ETag alone: at the same second, a page of the same
    # address may have been another member's, or their own question's.
    last_modified = page.last_modified if anonymous else None
    if _not_modified(request, etag, last_modified):
        not_modified = HttpResponseNotModified()
        for header in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
            if header in response:
                not_modified[header] = response[header]
        return not_modified
    return response


def _not_modified(request: HttpRequest, etag: str, last_modified: float | None) -> bool:
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        # Compression makes the ETag weak (W/"..."); it still names the same page.
        offered = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return etag in offered or "*" in offered
    if last_modified is None:
        return False
    since = parse_http_date_safe(request.headers.get("If-Modified-Since") or "")
    return since is not None and int(last_modified) <= since

"""Counting attempts in the cache, to slow down mass signups; and the client's address.

Each counter lives for THROTTLE_WINDOW_SECONDS from its first hit. With REDIS_URL set the
counters are shared by every worker; increments are atomic in Redis.
"""

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

UNKNOWN = "unknown"


def client_ip(request: HttpRequest) -> str:
    """The visitor's address. Behind TRUSTED_PROXIES proxies, each of which appends the
    address it saw to X-Forwarded-For, the visitor is that many entries from the end;
    what a client writes into the header itself stays to the left and is ignored.
    UNKNOWN when there is no valid address (a request made inside the process)."""
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies and _is_address(forwarded[-proxies]):
            return forwarded[-proxies]
    address = request.META.get("REMOTE_ADDR", "")
    return address if _is_address(address) else UNKNOWN


def _is_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"throttle:{kind}:{digest}"


def hit(kind: str, value: str) -> int:
    key = _key(kind, value)
    if cache.add(key, 1, timeout=settings.THROTTLE_WINDOW_SECONDS):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=settings.THROTTLE_WINDOW_SECONDS)
        return 1


def window_minutes() -> int:
    return max(1, settings.THROTTLE_WINDOW_SECONDS // 60)

"""Choosing the site's language with the chooser in every page's header."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST
from django.views.i18n import LANGUAGE_QUERY_PARAMETER, set_language

from .models import Profile


@csrf_exempt
@require_POST
def choose_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language: the language cookie, then the same page in that language.

    A logged-in user's choice is kept in their profile (their pages after they log in, and
    their emails), and their form is checked for CSRF like every other. An anonymous
    reader's page comes from the shared cache, which holds no CSRF token: for them the
    choice sets only the cookie, which no one gains anything by forging."""
    if request.POST.get(LANGUAGE_QUERY_PARAMETER) not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(gettext("Choose English or Traditional Chinese."))
    if request.user.is_authenticated:
        return _choose_and_keep(request)
    return _choose(request)


@csrf_protect
def _choose_and_keep(request: HttpRequest) -> HttpResponse:
    language = request.POST[LANGUAGE_QUERY_PARAMETER]
    Profile.objects.update_or_create(user=request.user, defaults={"language": language})
    return _choose(request)


def _choose(request: HttpRequest) -> HttpResponse:
    # set_language finds the page in the new language by resolving `next` in the active
    # language, which must be the one `next` is in (this address has no prefix).
    # As set_language, the page the chooser was on if the form did not say.
    page = request.POST.get("next") or request.META.get("HTTP_REFERER", "")
    with translation.override(_language_of(page)):
        return set_language(request)


def _language_of(url: str) -> str:
    return translation.get_language_from_path(urlsplit(url).path) or settings.LANGUAGE_CODE


def in_language(url: str, language: str) -> str:
    """The address of the same page in the language (unchanged if no page of ours)."""
    with translation.override(_language_of(url)):
        return translate_url(url, language)


def remember(response: HttpResponse, language: str) -> HttpResponse:
    """The language cookie, as set_language sets it."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response

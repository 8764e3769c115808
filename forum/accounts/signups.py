"""Creating an account without telling anyone which addresses already have one.

The signup form asks only for an email address and, whatever exists, tells the visitor to
check their email. A new address gets a link, signed and valid for SIGNUP_LINK_DAYS, to
choose a password, which creates the account; an address that already has an account gets
an email telling its owner that someone tried, with links to log in or reset the password.
Nobody can open an account with an address they cannot read, and the page never says which
email was sent: both are written to the outbox and sent by the worker (forum.core.mail).
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from forum.core.mail import send_templated

from .models import Profile

SALT = "forum.accounts.signup"
# Translated when the email is written (forum.core.mail.send_templated).
SUBJECTS = {
    "signup_confirm": _("Confirm your email address"),
    "signup_exists": _("You already have an account"),
}


def start(email: str, next_url: str | None) -> None:
    """Email the address whatever it is: a link to finish signing up, or a reminder."""
    if get_user_model().objects.filter(email__iexact=email).exists():
        _send(email, "signup_exists", {})
    else:
        confirm_url = f"{settings.SITE_URL}{confirm_path(email, next_url)}"
        _send(email, "signup_confirm", {"confirm_url": confirm_url})


def read_link(token: str) -> dict | None:
    """The address (and the page to go on to) a signup link carries; None if the link was
    altered or is too old."""
    try:
        return signing.loads(token, salt=SALT, max_age=timedelta(days=settings.SIGNUP_LINK_DAYS))
    except signing.BadSignature:  # SignatureExpired included
        return None


def has_account(email: str) -> bool:
    return get_user_model().objects.filter(email__iexact=email).exists()


def create_account(email: str, password: str):
    """The new account with its profile, or None if the address has one by now."""
    users = get_user_model().objects
    try:
        with transaction.atomic():
            if has_account(email):
                return None
            user = users.create_user(username=_username(email), email=email, password=password)
            # The language of the pages they signed up on, until they choose another.
            Profile.objects.create(user=user, language=translation.get_language())
    except IntegrityError:  # the same link, used twice at once
        return None
    return user


def confirm_path(email: str, next_url: str | None = None) -> str:
    """The path of the link that finishes a signup for this address."""
    token = signing.dumps({"email": email, "next": next_url or ""}, salt=SALT, compress=True)
    return reverse("accounts:signup_confirm", args=[token])


def _username(email: str) -> str:
    """People sign in with their address; the username only has to be unique."""
    return email.lower() if len(email) <= 150 else f"user-{secrets.token_hex(8)}"


def _send(email: str, kind: str, context: dict) -> None:
    context = {
        **context,
        "login_url": f"{settings.SITE_URL}{reverse('accounts:login')}",
        "reset_url": f"{settings.SITE_URL}{reverse('accounts:password_reset')}",
        "link_days": settings.SIGNUP_LINK_DAYS,
    }
    send_templated(email, SUBJECTS[kind], f"accounts/email/{kind}", context)

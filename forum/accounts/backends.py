from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from .throttle import UNKNOWN, client_ip


def account_name(typed: str | None) -> str | None:
    """The username of the account a login form names: people sign in with their email
    address (accounts made before that, and staff, may use their username)."""
    if typed and "@" in typed:
        user = get_user_model()._default_manager.filter(email__iexact=typed.strip()).first()
        if user is not None:
            return user.get_username()
    return typed


def axes_username(request, credentials: dict | None) -> str | None:
    """What django-axes locks: the account, however the login form named it."""
    return account_name((credentials or {}).get("username"))


def axes_client_ip(request) -> str | None:
    """The address django-axes records (an IP address column): none when it is unknown."""
    address = client_ip(request)
    return None if address == UNKNOWN else address


class ForumBackend(ModelBackend):
    """Django's backend, signing in by email address too, and loading a user's doctor
    profile with the user in one query, since every page asks whether the visitor is a
    doctor."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        return super().authenticate(request, account_name(username), password, **kwargs)

    def get_user(self, user_id):
        try:
            user = get_user_model()._default_manager.select_related("doctor").get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

"""The patient's own data: downloading all of it, and deleting the account (forum.qa.account_data).

They live in qa, not accounts, because they read and change questions and reports."""

import re

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from .. import account_data


class ConfirmPasswordForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=gettext_lazy("To be sure it is you."),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That is not your password. Nothing was deleted."), code="password_incorrect"
            )
        return password


# Why the account cannot be deleted here, by account_data.closed_by_moderators.
CLOSED_BY_MODERATORS = {
    "doctor": gettext_lazy("A doctor's account is closed by the moderators."),
    "moderator": gettext_lazy("A moderator's account is closed by the moderators."),
}


def _export_filename(user) -> str:
    """ "ask-a-doctor-data-alice-20250131.json": only letters, digits, dots and dashes."""
    username = re.sub(r"[^A-Za-z0-9.-]+", "-", user.get_username()).strip("-.") or "account"
    date = timezone.localdate().strftime("%Y%m%d")
    return f"{slugify(settings.SITE_NAME) or 'forum'}-data-{username}-{date}.json"


@login_required
@never_cache
@require_safe
def my_data_export(request: HttpRequest) -> HttpResponse:
    response = JsonResponse(
        account_data.export(request.user), json_dumps_params={"indent": 2, "ensure_ascii": False}
    )
    response["Content-Disposition"] = f'attachment; filename="{_export_filename(request.user)}"'
    return response


def _delete_if_confirmed(request: HttpRequest, form: ConfirmPasswordForm) -> bool:
    """Delete the account if the password is right; True once the account is gone."""
    with transaction.atomic():
        # Lock the account, so that two submissions cannot both delete it.
        user = get_user_model().objects.select_for_update().filter(pk=request.user.pk).first()
        if user is None:  # a submission a moment earlier deleted it
            return True
        form.user = user
        if not form.is_valid():
            return False
        account_data.delete_account(user)
    return True


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    closed_by = account_data.closed_by_moderators(request.user)
    if closed_by and request.method == "POST":
        raise PermissionDenied(str(CLOSED_BY_MODERATORS[closed_by]))
    form = ConfirmPasswordForm(request.POST or None, user=request.user)
    if request.method == "POST" and _delete_if_confirmed(request, form):
        logout(request)
        messages.success(request, _("Your account is deleted. Goodbye, and take care."))
        return redirect("qa:home")
    context = {"form": form, "closed_by": closed_by}
    if not closed_by:
        context["changes"] = account_data.what_deletion_changes(request.user)
    return render(request, "accounts/delete_account.html", context)

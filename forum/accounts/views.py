from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from . import throttle
from .forms import ProfileForm, SignupForm
from .models import Profile


def _safe_next(request: HttpRequest) -> str | None:
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


class PasswordChangeView(auth_views.PasswordChangeView):
    def form_valid(self, form):
        throttle.reset("login-user", form.user.get_username())
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Choosing a new password by email also lifts a lock on the account's logins."""

    def form_valid(self, form):
        throttle.reset("login-user", form.user.get_username())
        return super().form_valid(form)


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(_safe_next(request) or "qa:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        attempts = throttle.hit("signup-ip", throttle.client_ip(request))
        if attempts > settings.SIGNUP_ATTEMPT_LIMIT:
            form.add_error(
                None,
                "Too many signup attempts from your network. Please wait "
                f"{throttle.window_minutes()} minutes and try again.",
            )
        elif form.is_valid():
            with transaction.atomic():
                user = form.save()
                Profile.objects.create(user=user)
            login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])
            messages.success(request, f"Welcome, {user.username}. Your account is ready.")
            return redirect(_safe_next(request) or "accounts:profile")
    return render(request, "accounts/signup.html", {"form": form, "next": _safe_next(request)})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=Profile.for_user(request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your profile is saved.")
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})

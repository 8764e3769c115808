from datetime import timedelta

from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_safe

from . import applications, signups, throttle
from .forms import (
    ChoosePasswordForm,
    DoctorApplicationForm,
    LoginForm,
    PasswordResetForm,
    ProfileForm,
    SignupForm,
)
from .languages import in_language, remember
from .models import DoctorApplication, Profile


def _safe_next(request: HttpRequest, target: str | None = None) -> str | None:
    """Where to go on (`target`, else the request's `next`), if it is a page of this site."""
    target = target or request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


class LiftsLoginLocks:
    """A new password, chosen in the profile or by email, lifts the account's login locks."""

    def form_valid(self, form):
        axes_reset(username=form.user.get_username())
        return super().form_valid(form)


class PasswordChangeView(LiftsLoginLocks, auth_views.PasswordChangeView):
    pass


class PasswordResetView(auth_views.PasswordResetView):
    """Resets by email, limited per address and per client alike, whether an account
    has the address or not; the links point at SITE_URL, never at the request's host."""

    form_class = PasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/email/password_reset.txt"
    html_email_template_name = "accounts/email/password_reset.html"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    @property
    def extra_email_context(self) -> dict:
        return {"forum_name": settings.SITE_NAME, "site_url": settings.SITE_URL}

    def form_valid(self, form):
        address = form.cleaned_data["email"]
        if (
            throttle.hit("reset-email", address) > settings.RESET_EMAIL_LIMIT
            or throttle.hit("reset-ip", throttle.client_ip(self.request))
            > settings.RESET_CLIENT_LIMIT
        ):
            minutes = throttle.window_minutes()
            form.add_error(
                None,
                ngettext(
                    "Too many password resets were asked for lately. Please wait "
                    "%(minutes)s minute and try again.",
                    "Too many password resets were asked for lately. Please wait "
                    "%(minutes)s minutes and try again.",
                    minutes,
                )
                % {"minutes": minutes},
            )
            return self.form_invalid(form)
        return super().form_valid(form)


class PasswordResetConfirmView(LiftsLoginLocks, auth_views.PasswordResetConfirmView):
    pass


def locked_out(request: HttpRequest, response, credentials) -> HttpResponse:
    """What a login form answers for a locked (account, address) pair (django-axes)."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": settings.AXES_COOLOFF_TIME // timedelta(minutes=1),
    }
    return render(request, "accounts/locked_out.html", context, status=429)


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    """Asks for an email address and answers "check your email", whatever exists
    (forum.accounts.signups)."""
    if request.user.is_authenticated:
        return redirect(_safe_next(request) or "qa:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        attempts = throttle.hit("signup-ip", throttle.client_ip(request))
        if attempts > settings.SIGNUP_ATTEMPT_LIMIT:
            minutes = throttle.window_minutes()
            form.add_error(
                None,
                ngettext(
                    "Too many signup attempts from your network. Please wait "
                    "%(minutes)s minute and try again.",
                    "Too many signup attempts from your network. Please wait "
                    "%(minutes)s minutes and try again.",
                    minutes,
                )
                % {"minutes": minutes},
            )
        elif form.is_valid():
            signups.start(form.cleaned_data["email"], _safe_next(request))
            return redirect("accounts:signup_sent")
    return render(request, "accounts/signup.html", {"form": form, "next": _safe_next(request)})


@require_safe
def signup_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/signup_sent.html", {"link_days": settings.SIGNUP_LINK_DAYS})


@require_http_methods(["GET", "POST"])
def signup_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The link of the signup email: choose a password, and the account exists."""
    link = signups.read_link(token)
    if link is None:
        context = {"link_days": settings.SIGNUP_LINK_DAYS}
        return render(request, "accounts/signup_confirm.html", context, status=400)
    email = link["email"]
    if signups.has_account(email):
        messages.info(request, _("This address already has an account: log in with it."))
        return redirect("accounts:login")
    form = ChoosePasswordForm(request.POST or None, email=email)
    if request.method == "POST" and form.is_valid():
        user = signups.create_account(email, form.cleaned_data["password1"])
        if user is None:
            messages.info(request, _("This address already has an account: log in with it."))
            return redirect("accounts:login")
        login(request, user, backend=settings.FORUM_AUTHENTICATION_BACKEND)
        messages.success(
            request, _("Welcome. Your account is ready: choose the name shown with your questions.")
        )
        return redirect(_safe_next(request, link["next"]) or "accounts:profile")
    return render(request, "accounts/signup_confirm.html", {"form": form, "email": email})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=Profile.for_user(request.user))
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        with translation.override(saved.language):
            messages.success(request, _("Your profile is saved."))
            response = redirect("accounts:profile")  # in the language just chosen
        return remember(response, saved.language)
    return render(request, "accounts/profile.html", {"form": form})


class LoginView(auth_views.LoginView):
    """Django's login, going on in the language the user chose (their profile's)."""

    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        # Someone who never had a profile (a doctor, a moderator) stays in this page's.
        chosen = Profile.objects.filter(user=form.get_user()).values_list("language", flat=True)
        if (language := chosen.first()) is None:
            return response
        response["Location"] = in_language(response["Location"], language)
        return remember(response, language)


@login_required
@require_http_methods(["GET", "POST"])
def doctor_apply(request: HttpRequest) -> HttpResponse:
    """A registered user applies to answer as a doctor; a moderator decides."""
    refusal = applications.refusal(request.user)
    declined = (
        DoctorApplication.objects.filter(
            user=request.user, status=DoctorApplication.Status.DECLINED
        )
        .order_by("-decided_at")
        .first()
    )
    # A declined applicant starts again from what they sent.
    initial = {}
    if declined is not None:
        initial = model_to_dict(declined, fields=DoctorApplicationForm.Meta.fields)
    form = DoctorApplicationForm(request.POST or None, initial=initial)
    if refusal is None and request.method == "POST" and form.is_valid():
        try:
            applications.apply(
                request.user, form.save(commit=False), form.cleaned_data["specialties"]
            )
        except ValidationError as refused:
            messages.info(request, refused.message)
        else:
            messages.success(
                request, _("Thank you. A moderator checks your licence and will email you.")
            )
        return redirect("accounts:doctor_apply")
    context = {"form": form, "refusal": refusal, "declined": declined}
    return render(request, "accounts/doctor_apply.html", context)

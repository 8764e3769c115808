from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm

from forum.core.text import clean_text, has_words

from . import throttle
from .models import Profile


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        help_text="For password resets and, if you want them, answers to your questions. "
        "Never shown."
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ["username", "email"]

    def clean_email(self) -> str:
        email = get_user_model().objects.normalize_email(clean_text(self.cleaned_data["email"]))
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "An account with this email address already exists. "
                "Log in, or reset your password if you have forgotten it."
            )
        return email


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["pseudonym", "age_range", "gender", "email_notifications"]
        labels = {"age_range": "Age range"}

    def clean_pseudonym(self) -> str:
        pseudonym = clean_text(self.cleaned_data["pseudonym"])
        if pseudonym and not has_words(pseudonym):
            raise forms.ValidationError("Use at least one letter or number.")
        return pseudonym


class ThrottledAuthenticationForm(AuthenticationForm):
    """Django's login form, refusing to check passwords after repeated failures."""

    def clean(self) -> dict:
        username = self.cleaned_data.get("username") or ""
        ip = throttle.client_ip(self.request)
        limit = settings.LOGIN_FAILURE_LIMIT
        if (
            throttle.count("login-ip", ip) >= limit
            or throttle.count("login-user", username) >= limit
        ):
            raise forms.ValidationError(
                "Too many failed logins. Please wait "
                f"{throttle.window_minutes()} minutes and try again, or reset your password.",
                code="throttled",
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            throttle.hit("login-ip", ip)
            throttle.hit("login-user", username)
            raise
        throttle.reset("login-user", username)
        return cleaned

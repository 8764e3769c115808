from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.template.loader import render_to_string

from forum.core.mail import send_later
from forum.core.text import clean_text, has_words

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


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's, with the email written to the outbox and sent by the worker: the answer
    takes as long whether the address has an account or not, however slow the mail server."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ) -> None:
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        html = (
            render_to_string(html_email_template_name, context) if html_email_template_name else ""
        )
        send_later(to_email, subject, render_to_string(email_template_name, context), html)

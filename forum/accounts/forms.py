import re

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from forum.core.forms import IdMultipleChoiceField
from forum.core.mail import send_later
from forum.core.text import clean_text, has_words

from .models import DoctorApplication, Profile


class LoginForm(auth_forms.AuthenticationForm):
    """Django's login form; people sign in with their email address (staff and older
    accounts with their username too)."""

    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        "invalid_login": _(
            "Please enter a correct email address (or username) and password. "
            "The password is case-sensitive."
        ),
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Email address or username")
        self.fields["username"].max_length = 254
        self.fields["username"].widget.attrs["maxlength"] = 254


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send a link to this address to confirm it. Never shown."),
    )

    def clean_email(self) -> str:
        return get_user_model().objects.normalize_email(clean_text(self.cleaned_data["email"]))


class ChoosePasswordForm(auth_forms.SetPasswordMixin, forms.Form):
    """The last step of a signup: the password of the new account, checked by the site's
    password validators against an account of that address."""

    password1, password2 = auth_forms.SetPasswordMixin.create_password_fields()

    def __init__(self, *args, email: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self) -> dict:
        self.validate_passwords()
        self.validate_password_for_user(get_user_model()(email=self.email))
        return super().clean()


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["pseudonym", "age_range", "gender", "email_notifications", "language"]
        labels = {"age_range": _("Age range"), "language": _("Language")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].required = False  # then as it was

    def clean_language(self) -> str:
        return self.cleaned_data["language"] or self.instance.language

    def clean_pseudonym(self) -> str:
        pseudonym = clean_text(self.cleaned_data["pseudonym"])
        if pseudonym and not has_words(pseudonym):
            raise forms.ValidationError(gettext("Use at least one letter or number."))
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


class DoctorApplicationForm(forms.ModelForm):
    class Meta:
        model = DoctorApplication
        fields = ["name", "specialties", "affiliation", "licence_number", "bio"]
        field_classes = {"specialties": IdMultipleChoiceField}
        labels = {
            "name": _("Your name"),
            "licence_number": _("Licence number"),
            "bio": _("About you"),
        }
        widgets = {
            "specialties": forms.CheckboxSelectMultiple,
            "bio": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["specialties"].help_text = _(
            "The ones you practise: you answer their questions."
        )
        self.fields["specialties"].error_messages["required"] = _("Choose at least one specialty.")

    def _words(self, name: str, *, multiline: bool = False) -> str:
        value = clean_text(self.cleaned_data[name], multiline=multiline).strip()
        if not has_words(value):
            raise forms.ValidationError(gettext("Use at least one letter or number."))
        return value

    def clean_name(self) -> str:
        # Shown as "Dr. {name}": a name typed with the title would read "Dr. Dr. ...".
        name = self._words("name")
        return re.sub(r"^(dr\.?|doctor)\s+", "", name, flags=re.IGNORECASE) or name

    def clean_affiliation(self) -> str:
        return self._words("affiliation")

    def clean_licence_number(self) -> str:
        return self._words("licence_number").upper()

    def clean_bio(self) -> str:
        return self._words("bio", multiline=True)

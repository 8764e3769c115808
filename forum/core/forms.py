from django import forms
from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    """The site's forms, rendered from the project's templates: labels without Django's
    trailing colon, one field layout everywhere."""

    field_template_name = "forms/field.html"


# The largest primary key a database column holds; SQLite raises beyond it.
MAX_ID = 2**63 - 1


def is_id(value) -> bool:
    """Whether a submitted value can be a primary key: digits only, within MAX_ID."""
    text = str(value)
    return text.isascii() and text.isdigit() and int(text) <= MAX_ID


class IdChoiceField(forms.ModelChoiceField):
    """A choice of one row that refuses what cannot be an id before the database sees it."""

    def to_python(self, value):
        if value not in self.empty_values and not is_id(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of rows that refuses what cannot be an id before the database sees it."""

    def _check_values(self, values):
        for value in values:
            if not is_id(value):
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": value},
                )
        return super()._check_values(values)

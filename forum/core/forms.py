from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    """The site's forms, rendered from the project's templates: labels without Django's
    trailing colon, one field layout everywhere."""

    field_template_name = "forms/field.html"

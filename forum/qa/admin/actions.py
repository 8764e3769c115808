"""Helpers shared by the moderation actions."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse


def report_done(modeladmin: admin.ModelAdmin, request, done: list, verb: str, asked: int) -> None:
    """Log each changed object and tell the moderator what happened, skips included."""
    for obj in done:
        modeladmin.log_change(request, obj, verb.capitalize())
    opts = modeladmin.model._meta
    name = opts.verbose_name if len(done) == 1 else opts.verbose_name_plural
    message = f"{verb.capitalize()} {len(done)} {name}."
    skipped = asked - len(done)
    if skipped:
        message += f" {skipped} skipped: already {verb} or not in a state to be {verb}."
    modeladmin.message_user(request, message, messages.SUCCESS if done else messages.WARNING)


def intermediate_page(modeladmin, request, queryset, *, template: str, title: str, **context):
    """The page between choosing an action and applying it, carrying the selection along."""
    return TemplateResponse(
        request,
        template,
        {
            **modeladmin.admin_site.each_context(request),
            "title": title,
            "opts": modeladmin.model._meta,
            "queryset": queryset,
            "action": request.POST["action"],
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "select_across": request.POST.get("select_across", "0"),
            **context,
        },
    )

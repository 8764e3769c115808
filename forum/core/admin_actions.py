"""Helpers shared by the moderation actions of every app's admin."""

from collections.abc import Callable

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import QuerySet
from django.template.response import TemplateResponse


def run_action(
    modeladmin: admin.ModelAdmin,
    request,
    queryset: QuerySet,
    verb: str,
    act: Callable[[QuerySet], list],
) -> None:
    """Apply `act` to the selection and tell the moderator what changed and what was
    skipped. The selection is counted first: once changed, a filtered changelist's
    queryset no longer finds the rows it changed."""
    asked = queryset.count()
    done = act(queryset)
    opts = modeladmin.model._meta
    name = opts.verbose_name if len(done) == 1 else opts.verbose_name_plural
    message = f"{verb.capitalize()} {len(done)} {name}."
    skipped = asked - len(done)
    if skipped > 0:
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

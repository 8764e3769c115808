"""Helpers shared by the moderation actions of every app's admin."""

from collections.abc import Callable

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import model_ngettext
from django.db.models import QuerySet
from django.template.response import TemplateResponse
from django.utils.translation import gettext, ngettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

# What `run_action` tells the moderator, by the verb its callers pass: whole sentences, so
# that each can be translated. %(items)s is the model's name, singular or plural.
DONE_MESSAGES = {
    "approved": _("Approved %(count)s %(items)s."),
    "rejected": _("Rejected %(count)s %(items)s."),
    "hidden": _("Hidden %(count)s %(items)s."),
    "unhidden": _("Unhidden %(count)s %(items)s."),
    "resolved": _("Resolved %(count)s %(items)s."),
    "verified": _("Verified %(count)s %(items)s."),
    "suspended": _("Suspended %(count)s %(items)s."),
    "declined": _("Declined %(count)s %(items)s."),
}
SKIPPED_MESSAGES = {
    "approved": ngettext_lazy(
        "%(skipped)s skipped: already approved or not in a state to be approved.",
        "%(skipped)s skipped: already approved or not in a state to be approved.",
        "skipped",
    ),
    "rejected": ngettext_lazy(
        "%(skipped)s skipped: already rejected or not in a state to be rejected.",
        "%(skipped)s skipped: already rejected or not in a state to be rejected.",
        "skipped",
    ),
    "hidden": ngettext_lazy(
        "%(skipped)s skipped: already hidden or not in a state to be hidden.",
        "%(skipped)s skipped: already hidden or not in a state to be hidden.",
        "skipped",
    ),
    "unhidden": ngettext_lazy(
        "%(skipped)s skipped: already unhidden or not in a state to be unhidden.",
        "%(skipped)s skipped: already unhidden or not in a state to be unhidden.",
        "skipped",
    ),
    "resolved": ngettext_lazy(
        "%(skipped)s skipped: already resolved or not in a state to be resolved.",
        "%(skipped)s skipped: already resolved or not in a state to be resolved.",
        "skipped",
    ),
    "verified": ngettext_lazy(
        "%(skipped)s skipped: already verified or not in a state to be verified.",
        "%(skipped)s skipped: already verified or not in a state to be verified.",
        "skipped",
    ),
    "suspended": ngettext_lazy(
        "%(skipped)s skipped: already suspended or not in a state to be suspended.",
        "%(skipped)s skipped: already suspended or not in a state to be suspended.",
        "skipped",
    ),
    "declined": ngettext_lazy(
        "%(skipped)s skipped: already declined or not in a state to be declined.",
        "%(skipped)s skipped: already declined or not in a state to be declined.",
        "skipped",
    ),
}


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
    values = {
        "count": len(done),
        "items": model_ngettext(modeladmin.model._meta, len(done)),
        "verb": verb,
        "skipped": asked - len(done),
    }
    if verb in DONE_MESSAGES:
        message = DONE_MESSAGES[verb] % values
    else:
        message = gettext("%(verb)s %(count)s %(items)s.") % {**values, "verb": verb.capitalize()}
    if values["skipped"] > 0:
        if verb in SKIPPED_MESSAGES:
            skipped = SKIPPED_MESSAGES[verb] % values
        else:
            skipped = (
                ngettext(
                    "%(skipped)s skipped: already %(verb)s or not in a state to be %(verb)s.",
                    "%(skipped)s skipped: already %(verb)s or not in a state to be %(verb)s.",
                    values["skipped"],
                )
                % values
            )
        # Translators: a sentence followed by another, as "Hidden 2 replies. 1 skipped: ...".
        message = gettext("%(done)s %(skipped)s") % {"done": message, "skipped": skipped}
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

"""The moderation log: one row for every change of a question's status and every act of a
moderator, written by the code that makes the change."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class EventQuerySet(models.QuerySet):
    def for_object(self, obj: models.Model) -> "EventQuerySet":
        content_type = ContentType.objects.get_for_model(obj)
        return self.filter(content_type=content_type, object_id=obj.pk)


class Event(models.Model):
    class Action(models.TextChoices):
        # Translators: what was done to the object, read after who did it: "alice hidden
        # Question 12" (the log's __str__), and in the log's "action" column.
        # A question's life (forum.qa.lifecycle).
        ASK = "ask", _("asked")
        EDIT = "edit", _("edited")
        WITHDRAW = "withdraw", _("withdrawn")
        APPROVE = "approve", _("approved")
        REJECT = "reject", _("rejected")
        ANSWER = "answer", _("answered")
        HIDE = "hide", _("hidden")
        UNHIDE = "unhide", _("unhidden")
        # Moderation of everything else.
        RESOLVE = "resolve", _("resolved")
        MERGE = "merge", _("merged")
        RENAME = "rename", _("renamed")
        VERIFY = "verify", _("verified")
        DECLINE = "decline", _("declined")
        SUSPEND = "suspend", _("suspended")
        LINK = "link", _("given to an account")
        ADD = "add", _("added")
        DELETE = "delete", _("deleted")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who did it; empty for the site itself or a deleted account."),
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("content type"), on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.BigIntegerField(_("object id"))
    target = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField(_("object"), max_length=200)
    # Translators: the state an object was in before the change, and the one after.
    from_state = models.CharField(_("from"), max_length=100, blank=True)
    to_state = models.CharField(_("to"), max_length=100, blank=True)
    reason = models.TextField(
        _("reason"), blank=True, help_text=_("The reason given, or what was changed.")
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("log entry")
        verbose_name_plural = _("moderation log")
        indexes = [
            models.Index(fields=["content_type", "object_id", "-created_at"], name="event_object"),
            models.Index(fields=["actor", "-created_at"], name="event_actor"),
            models.Index(fields=["action", "-created_at"], name="event_action"),
            models.Index(fields=["-created_at"], name="event_created"),
        ]

    def __str__(self) -> str:
        if self.actor is None:
            # Translators: e.g. "The site approved Question 12".
            return gettext("The site %(action)s %(object)s") % {
                "action": self.get_action_display(),
                "object": self.object_repr,
            }
        # Translators: who did what to which object, e.g. "alice hidden Question 12".
        return gettext("%(actor)s %(action)s %(object)s") % {
            "actor": self.actor,
            "action": self.get_action_display(),
            "object": self.object_repr,
        }

    @classmethod
    def record(
        cls,
        actor,
        action: str,
        obj: models.Model,
        *,
        from_state: str = "",
        to_state: str = "",
        reason: str = "",
    ) -> "Event":
        return cls.objects.create(
            actor=actor if actor is not None and actor.is_authenticated else None,
            action=action,
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            object_repr=str(obj)[:200],
            from_state=from_state,
            to_state=to_state,
            reason=reason,
        )

    @property
    def change(self) -> str:
        """ "pending → open", or one side alone, or nothing."""
        if self.from_state or self.to_state:
            return f"{self.from_state or '-'} → {self.to_state or '-'}"
        return ""


class OutgoingEmail(models.Model):
    """An email the site sends: written in the transaction that causes it, sent by the
    worker, tried again with growing pauses until it goes or a day has passed (forum.core.mail).
    Once sent, only its address, subject and dates stay: its text may hold a one-time link
    (a password reset, a signup) or a patient's words."""

    to = models.EmailField(_("to"))
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    html = models.TextField(_("html"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    given_up_at = models.DateTimeField(_("given up at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(sent_at__isnull=True, given_up_at__isnull=True),
                name="email_waiting",
            ),
        ]

    def __str__(self) -> str:
        return gettext("%(subject)s to %(address)s") % {"subject": self.subject, "address": self.to}

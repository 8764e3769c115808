"""The moderation log: one row for every change of a question's status and every act of a
moderator, written by the code that makes the change."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class EventQuerySet(models.QuerySet):
    def for_object(self, obj: models.Model) -> "EventQuerySet":
        content_type = ContentType.objects.get_for_model(obj)
        return self.filter(content_type=content_type, object_id=obj.pk)


class Event(models.Model):
    class Action(models.TextChoices):
        # A question's life (forum.qa.lifecycle).
        ASK = "ask", "asked"
        EDIT = "edit", "edited"
        WITHDRAW = "withdraw", "withdrawn"
        APPROVE = "approve", "approved"
        REJECT = "reject", "rejected"
        ANSWER = "answer", "answered"
        HIDE = "hide", "hidden"
        UNHIDE = "unhide", "unhidden"
        # Moderation of everything else.
        RESOLVE = "resolve", "resolved"
        MERGE = "merge", "merged"
        RENAME = "rename", "renamed"
        VERIFY = "verify", "verified"
        DECLINE = "decline", "declined"
        SUSPEND = "suspend", "suspended"
        LINK = "link", "given to an account"
        ADD = "add", "added"
        DELETE = "delete", "deleted"

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who did it; empty for the site itself or a deleted account.",
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.BigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField("object", max_length=200)
    from_state = models.CharField("from", max_length=100, blank=True)
    to_state = models.CharField("to", max_length=100, blank=True)
    reason = models.TextField(blank=True, help_text="The reason given, or what was changed.")
    created_at = models.DateTimeField("when", default=timezone.now)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "log entry"
        verbose_name_plural = "moderation log"
        indexes = [
            models.Index(fields=["content_type", "object_id", "-created_at"], name="event_object"),
            models.Index(fields=["actor", "-created_at"], name="event_actor"),
            models.Index(fields=["action", "-created_at"], name="event_action"),
            models.Index(fields=["-created_at"], name="event_created"),
        ]

    def __str__(self) -> str:
        who = self.actor or "The site"
        return f"{who} {self.get_action_display()} {self.object_repr}"

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

    to = models.EmailField()
    subject = models.CharField(max_length=255)
    body = models.TextField()
    html = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    given_up_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "outgoing email"
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(sent_at__isnull=True, given_up_at__isnull=True),
                name="email_waiting",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} to {self.to}"

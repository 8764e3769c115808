"""Background work of the site itself: sending emails (forum.core.mail)."""

from celery import shared_task

from . import mail


@shared_task
def send_email(pk: int) -> bool:
    return mail.send(pk)


@shared_task
def send_waiting_emails() -> int:
    return mail.send_waiting()

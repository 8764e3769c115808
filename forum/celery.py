"""The Celery application: background work on Redis (`make worker`).

Without a broker (CELERY_BROKER_URL and REDIS_URL unset, as in development and the
tests) tasks run at once, in the process that starts them.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "forum.settings")

app = Celery("forum")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

"""Queueing background work, and doing it at once when the queue cannot be reached.

With a broker, `enqueue` hands a task to the worker; without one (development, the tests)
Celery runs it at once. When the broker is configured but down, the task runs at once in
this process rather than being lost (or, for work a periodic task finds again, waits for
it), and the log gets one line per outage.
"""

from kombu.exceptions import OperationalError

from .outages import outages


def enqueue(task, *args, later_if_down: bool = False, **kwargs) -> None:
    """Queue the task; with the broker down, run it now, or with `later_if_down` leave it
    to a periodic sweep that finds its work in the database (the email outbox)."""
    try:
        # No retries: a broker that refuses the first connection is down for this request.
        task.apply_async(args, kwargs, retry=False)
    except OperationalError as error:
        outages.failed("The task broker", error)
        if not later_if_down:
            task.apply(args, kwargs, throw=True)

"""Queueing background work, and doing it at once when the queue cannot be reached.

With a broker, `enqueue` hands a task to the worker; without one (development, the tests)
Celery runs it at once. When the broker is configured but down, the task runs at once in
this process rather than being lost, and the log gets one line per outage.
"""

from kombu.exceptions import OperationalError

from .outages import outages


def enqueue(task, *args, **kwargs) -> None:
    try:
        # No retries: a broker that refuses the first connection is down for this request.
        task.apply_async(args, kwargs, retry=False)
    except OperationalError as error:
        outages.failed("The task broker", error)
        task.apply(args, kwargs, throw=True)

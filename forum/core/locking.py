from django.db.models import QuerySet


def locked(queryset: QuerySet) -> QuerySet:
    """The same rows, locked until the transaction ends, in key order (so that two
    moderators locking overlapping selections wait instead of deadlocking). The admin's
    querysets carry annotations and outer joins, which PostgreSQL cannot lock, so the rows
    are fetched again by key."""
    ids = list(queryset.values_list("pk", flat=True))
    return queryset.model.objects.select_for_update().filter(pk__in=ids).order_by("pk")

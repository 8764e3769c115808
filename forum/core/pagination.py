from django.conf import settings
from django.core.paginator import Page, Paginator


def paginate(request, queryset, per_page: int | None = None, count: int | None = None) -> Page:
    """The requested page; a missing, malformed or out-of-range number gives a valid page.
    `count`, when the caller keeps it, saves counting the whole list on every view."""
    paginator = Paginator(queryset, per_page or settings.QUESTIONS_PER_PAGE)
    if count is not None:
        paginator.count = count  # a cached_property: set, it is never computed
    return paginator.get_page(request.GET.get("page"))

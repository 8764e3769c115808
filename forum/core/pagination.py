from django.conf import settings
from django.core.paginator import Page, Paginator


def paginate(request, queryset, per_page: int | None = None) -> Page:
    """The requested page; a missing, malformed or out-of-range number gives a valid page."""
    paginator = Paginator(queryset, per_page or settings.QUESTIONS_PER_PAGE)
    return paginator.get_page(request.GET.get("page"))

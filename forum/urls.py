from django.contrib import admin
from django.urls import include, path

from forum.core.views import healthz, readyz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("dashboard/", include("forum.dashboard.urls")),
    path("", include("forum.accounts.urls")),
    path("", include("forum.qa.urls")),
]

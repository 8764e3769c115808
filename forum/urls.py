from django.contrib import admin
from django.urls import include, path

from forum.core.views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("dashboard/", include("forum.dashboard.urls")),
    path("", include("forum.accounts.urls")),
    path("", include("forum.qa.urls")),
]

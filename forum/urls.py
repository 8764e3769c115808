from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path

from forum.core.views import healthz, readyz, robots_txt, web_manifest
from forum.qa.sitemaps import SITEMAPS

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("site.webmanifest", web_manifest, name="web_manifest"),
    path("sitemap.xml", sitemaps.index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("admin/", admin.site.urls),
    path("dashboard/", include("forum.dashboard.urls")),
    path("", include("forum.accounts.urls")),
    path("", include("forum.qa.urls")),
]

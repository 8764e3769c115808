from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path

from forum.accounts.languages import choose_language
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
    # The language chooser in every page's header posts here.
    path("i18n/setlang/", choose_language, name="set_language"),
]

# Every page in both languages: English at its address, Chinese under /zh-hant/.
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("dashboard/", include("forum.dashboard.urls")),
    path("", include("forum.accounts.urls")),
    path("", include("forum.qa.urls")),
    prefix_default_language=False,
)

from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "forum.dashboard"
    label = "dashboard"
    verbose_name = "Doctors' dashboard"

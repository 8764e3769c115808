from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "forum.safety"
    verbose_name = "Safety screening"

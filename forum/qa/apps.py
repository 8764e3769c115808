from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "forum.qa"
    label = "qa"
    verbose_name = "Questions and answers"

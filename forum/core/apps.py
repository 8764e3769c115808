from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "forum.core"
    label = "core"
    verbose_name = "Moderation"

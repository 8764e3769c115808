from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "forum.demo"
    label = "demo"
    verbose_name = "Demo content"

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "forum.accounts"
    label = "accounts"
    verbose_name = "Accounts and doctors"

    def ready(self) -> None:
        from .roles import sync_groups

        post_migrate.connect(sync_groups, sender=self, dispatch_uid="forum.accounts.roles")

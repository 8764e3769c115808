from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "forum.accounts"
    label = "accounts"
    verbose_name = _("Accounts and doctors")

    def ready(self) -> None:
        from .roles import sync_groups

        post_migrate.connect(sync_groups, sender=self, dispatch_uid="forum.accounts.roles")

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "forum.accounts"
    label = "accounts"
    verbose_name = "Accounts and doctors"

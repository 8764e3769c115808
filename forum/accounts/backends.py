from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class ForumBackend(ModelBackend):
    """Django's backend, loading a user's doctor profile with the user in one query, since
    every page asks whether the visitor is a doctor."""

    def get_user(self, user_id):
        try:
            user = get_user_model()._default_manager.select_related("doctor").get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

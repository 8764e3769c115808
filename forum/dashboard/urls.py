from django.urls import path

from . import views

app_name = "dashboard"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("questions/<int:pk>/", views.answer, name="answer"),
    path("questions/<int:pk>/claim/", views.claim, name="claim"),
    path("follow-ups/<int:pk>/", views.answer_follow_up, name="answer_follow_up"),
    path("preview/", views.preview, name="preview"),
    path("answers/", views.my_answers, name="my_answers"),
    path("answers/<int:pk>/edit/", views.edit, name="edit_reply"),
    path("reviews/", views.reviews, name="reviews"),
    path("reviews/<int:pk>/still-accurate/", views.confirm, name="confirm_reply"),
    path("stats/", views.stats_page, name="stats"),
]

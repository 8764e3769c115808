from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("<slug:slug>/", views.doctor_detail, name="doctor"),
]

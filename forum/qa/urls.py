from django.urls import path

from . import views

app_name = "qa"

urlpatterns = [
    path("", views.home, name="home"),
    path("specialties/<slug:slug>/", views.specialty_detail, name="specialty"),
    path("topics/", views.topic_index, name="topics"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("doctors/", views.doctor_index, name="doctors"),
    path("doctors/<slug:slug>/", views.doctor_detail, name="doctor"),
    path("questions/<int:pk>/", views.question_detail, name="question_short"),
    path("questions/<int:pk>/<str:slug>/", views.question_detail, name="question"),
    path("report/question/<int:pk>/", views.report_question, name="report_question"),
    path("report/reply/<int:pk>/", views.report_reply, name="report_reply"),
    path("ask/", views.ask, name="ask"),
    path("ask/similar/", views.similar_titles, name="similar_titles"),
    path("ask/screen/", views.screen_question, name="screen_question"),
    path("me/questions/", views.my_questions, name="my_questions"),
    path("me/questions/<int:pk>/edit/", views.edit_question, name="question_edit"),
    path("me/questions/<int:pk>/delete/", views.delete_question, name="question_delete"),
    path("accounts/export/", views.my_data_export, name="my_data_export"),
    path("accounts/delete/", views.delete_account, name="delete_account"),
]

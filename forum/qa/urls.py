from django.urls import path

from . import feeds, views

app_name = "qa"

urlpatterns = [
    path("", views.home, name="home"),
    path("specialties/<slug:slug>/", views.specialty_detail, name="specialty"),
    path("topics/", views.topic_index, name="topics"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
    path("doctors/", views.doctor_index, name="doctors"),
    path("doctors/<slug:slug>/", views.doctor_detail, name="doctor"),
    path("search/", views.search, name="search"),
    path("feeds/latest.rss", feeds.LatestAnswers(), name="feed_rss"),
    path("feeds/latest.atom", feeds.LatestAnswersAtom(), name="feed_atom"),
    path("feeds/specialties/<slug:slug>.rss", feeds.SpecialtyAnswers(), name="specialty_rss"),
    path("feeds/specialties/<slug:slug>.atom", feeds.SpecialtyAnswersAtom(), name="specialty_atom"),
    path("feeds/topics/<slug:slug>.rss", feeds.TopicAnswers(), name="topic_rss"),
    path("feeds/topics/<slug:slug>.atom", feeds.TopicAnswersAtom(), name="topic_atom"),
    path("feeds/doctors/<slug:slug>.rss", feeds.DoctorAnswers(), name="doctor_rss"),
    path("feeds/doctors/<slug:slug>.atom", feeds.DoctorAnswersAtom(), name="doctor_atom"),
    path("questions/<int:pk>/", views.question_detail, name="question_short"),
    path("questions/<int:pk>/<str:slug>/", views.question_detail, name="question"),
    path("report/question/<int:pk>/", views.report_question, name="report_question"),
    path("report/reply/<int:pk>/", views.report_reply, name="report_reply"),
    path("replies/<int:pk>/agree/", views.agree, name="agree"),
    path("ask/", views.ask, name="ask"),
    path("ask/similar/", views.similar_titles, name="similar_titles"),
    path("ask/screen/", views.screen_question, name="screen_question"),
    path("me/questions/", views.my_questions, name="my_questions"),
    path("me/questions/<int:pk>/edit/", views.edit_question, name="question_edit"),
    path("me/questions/<int:pk>/delete/", views.delete_question, name="question_delete"),
    path("me/questions/<int:pk>/follow-up/", views.ask_follow_up, name="follow_up"),
    path("accounts/export/", views.my_data_export, name="my_data_export"),
    path("accounts/delete/", views.delete_account, name="delete_account"),
]

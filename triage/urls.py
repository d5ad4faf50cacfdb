from django.urls import path

from triage import views

app_name = "triage"

urlpatterns = [
    path("", views.history, name="history"),
    path("start/", views.start, name="start"),
    path("<int:record_id>/", views.record_detail, name="record"),
    path("<int:record_id>/override/", views.record_override, name="override"),
    path("disagreements/", views.disagreements, name="disagreements"),
]

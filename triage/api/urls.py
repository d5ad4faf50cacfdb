from django.urls import path

from triage.api import views

app_name = "triage-api"

urlpatterns = [
    path("questionnaire/", views.QuestionnaireView.as_view(), name="questionnaire"),
    path("complaints/search/", views.ComplaintSearchView.as_view(), name="complaint-search"),
    path("records/", views.RecordListCreateView.as_view(), name="record-list"),
    path("records/<int:record_id>/", views.RecordDetailView.as_view(), name="record-detail"),
    path("records/<int:record_id>/cancel/", views.RecordCancelView.as_view(), name="record-cancel"),
    path("records/<int:record_id>/override/", views.RecordOverrideView.as_view(), name="record-override"),
    path("records/<int:record_id>/retry/", views.RecordRetryView.as_view(), name="record-retry"),
    path("disagreements/", views.DisagreementListView.as_view(), name="disagreements"),
]

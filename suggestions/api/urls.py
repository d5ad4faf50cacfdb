from django.urls import path

from suggestions.api import views

app_name = "suggestions-api"

urlpatterns = [
    path("", views.RecommendationListView.as_view(), name="list"),
    path("records/<int:record_id>/", views.RecordRecommendationView.as_view(), name="record-detail"),
    path("records/<int:record_id>/medicines/", views.RecordMedicinesView.as_view(), name="record-medicines"),
    *(
        path(
            f"interactions/<int:interaction_id>/{name}/",
            views.InteractionRespondView.as_view(transition_name=name),
            name=f"interaction-{name}",
        )
        for name in ("accept", "dismiss", "complete")
    ),
]

from django.urls import path

from suggestions import views

app_name = "suggestions"

urlpatterns = [
    path("", views.recommendation_list, name="list"),
    path("records/<int:record_id>/", views.record_next_steps, name="record"),
    path("records/<int:record_id>/medicines/", views.medicines_refresh, name="medicines"),
    path(
        "interactions/<int:interaction_id>/<str:response>/",
        views.interaction_respond_page,
        name="respond",
    ),
]

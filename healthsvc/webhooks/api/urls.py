from django.urls import path

from healthsvc.webhooks.api import views

urlpatterns = [
    path("subscriptions/", views.SubscriptionListCreateView.as_view(), name="webhook-subscriptions"),
    path(
        "subscriptions/<int:subscription_id>/",
        views.SubscriptionDetailView.as_view(),
        name="webhook-subscription-detail",
    ),
    path(
        "subscriptions/<int:subscription_id>/resume/",
        views.SubscriptionResumeView.as_view(),
        name="webhook-subscription-resume",
    ),
]

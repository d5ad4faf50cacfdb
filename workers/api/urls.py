from django.urls import path

from workers.api import views

app_name = "workers-api"

urlpatterns = [
    path("contact-requests/", views.ContactRequestListCreateView.as_view(), name="contact-request-list"),
    path("contact-requests/<int:request_id>/", views.ContactRequestDetailView.as_view(), name="contact-request-detail"),
    path(
        "contact-requests/<int:request_id>/cancel/",
        views.ContactRequestCancelView.as_view(),
        name="contact-request-cancel",
    ),
    path("me/requests/", views.MyRequestListView.as_view(), name="my-request-list"),
    path("me/requests/<int:request_id>/", views.MyRequestDetailView.as_view(), name="my-request-detail"),
    path("me/requests/<int:request_id>/accept/", views.MyRequestAcceptView.as_view(), name="my-request-accept"),
    path("me/requests/<int:request_id>/complete/", views.MyRequestCompleteView.as_view(), name="my-request-complete"),
    path("me/requests/<int:request_id>/cancel/", views.MyRequestCancelView.as_view(), name="my-request-cancel"),
    path("on-duty/", views.OnDutyView.as_view(), name="on-duty"),
]

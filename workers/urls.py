from django.urls import path

from workers import views

app_name = "workers"

urlpatterns = [
    path("contact/new/", views.contact_new, name="contact_new"),
    path("contact/<int:request_id>/", views.contact_detail, name="contact_detail"),
    path("contact/<int:request_id>/cancel/", views.contact_cancel, name="contact_cancel"),
    path("requests/", views.my_requests, name="my_requests"),
    path("requests/<int:request_id>/accept/", views.my_request_accept, name="my_request_accept"),
    path("requests/<int:request_id>/complete/", views.my_request_complete, name="my_request_complete"),
]

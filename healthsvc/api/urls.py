from django.urls import path

from healthsvc.api import views

urlpatterns = [
    path("auth/signup/", views.SignupView.as_view(), name="api-signup"),
    path("auth/token/", views.TokenView.as_view(), name="api-token"),
    path("me/", views.MeView.as_view(), name="api-me"),
    path("me/dependants/", views.DependantListView.as_view(), name="api-dependants"),
]

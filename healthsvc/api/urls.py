from django.urls import path

from healthsvc.api import views

urlpatterns = [
    path("auth/signup/", views.SignupView.as_view(), name="api-signup"),
    path("auth/token/", views.TokenView.as_view(), name="api-token"),
    path("auth/tokens/", views.TokenListView.as_view(), name="api-tokens"),
    path("auth/tokens/<str:token_key>/", views.TokenRevokeView.as_view(), name="api-token-revoke"),
    path("me/", views.MeView.as_view(), name="api-me"),
    path("me/dependants/", views.DependantListView.as_view(), name="api-dependants"),
    path("me/export/", views.ExportView.as_view(), name="api-export"),
    path("me/close/", views.CloseAccountView.as_view(), name="api-close-account"),
]

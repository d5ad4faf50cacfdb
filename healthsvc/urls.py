"""URL map. The only core module that names the domain apps."""

from csp.decorators import csp_update
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.decorators.cache import cache_control
from django.views.i18n import JavaScriptCatalog
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from healthsvc import views

api_v1 = [
    path("", include("healthsvc.api.urls")),
    path("", include("healthsvc.pms.urls")),
    path("triage/", include("triage.api.urls")),
    path("er/", include("er_queue.api.urls")),
    path("suggestions/", include("suggestions.api.urls")),
    path("workers/", include("workers.api.urls")),
    path("medicines/", include("medicine.api.urls")),
    path("webhooks/", include("healthsvc.webhooks.api.urls")),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/signup/confirm/<uidb64>/<token>/", views.signup_confirm_page, name="signup-confirm"),
    path("accounts/people/", views.dependants, name="dependants"),
    path("accounts/time-zone/", views.time_zone, name="time-zone"),
    path("accounts/language/", views.language, name="language"),
    # The page scripts' own words (static/js), in the page's language: Django's gettext() for JavaScript.
    # Pages ask for it with ?language=<code>, so a browser caches one copy per language.
    path(
        "jsi18n/",
        cache_control(max_age=3600, private=True)(JavaScriptCatalog.as_view()),
        name="javascript-catalog",
    ),
    path("accounts/close/", views.close_account, name="close-account"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include(api_v1)),
    path("fhir/R4/", include("healthsvc.fhir.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves Swagger UI's start-up script as a file, as the Content-Security-Policy requires.
    # Swagger UI injects its own <style> elements: this page alone may use inline styles (never scripts).
    path(
        "api/docs/",
        csp_update({"style-src": ["'unsafe-inline'"]})(SpectacularSwaggerSplitView.as_view(url_name="api-schema")),
        name="api-docs",
    ),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("metrics", views.metrics, name="prometheus-django-metrics"),
    path("triage/", include("triage.urls")),
    path("er/", include("er_queue.urls")),
    # Server-sent events, answered by the ASGI app only (healthsvc/asgi.py): keep the prefix in step with LIVE_PREFIX.
    path("live/", include("er_queue.live.urls")),
    path("suggestions/", include("suggestions.urls")),
    path("workers/", include("workers.urls")),
    path("medicines/", include("medicine.urls")),
]

handler404 = "healthsvc.views.handler404"
handler500 = "healthsvc.views.handler500"

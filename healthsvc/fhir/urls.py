"""Routes under /fhir/R4/ (no trailing slashes: FHIR's URLs have none)."""

from django.urls import path, re_path

from healthsvc.fhir import views
from healthsvc.fhir.mapping import ENDPOINTS

urlpatterns = [
    path("metadata", views.MetadataView.as_view(), name="fhir-metadata"),
    path("Appointment/$book", views.BookView.as_view(), name="fhir-appointment-book"),
    path("Patient/<str:resource_id>/$everything", views.EverythingView.as_view(), name="fhir-patient-everything"),
]
for _endpoint in ENDPOINTS:
    urlpatterns += [
        path(_endpoint.type_name, views.SearchView.as_view(endpoint=_endpoint), name=f"fhir-{_endpoint.type_name}"),
        path(
            f"{_endpoint.type_name}/<str:resource_id>",
            views.ReadView.as_view(endpoint=_endpoint),
            name=f"fhir-{_endpoint.type_name}-read",
        ),
    ]
urlpatterns.append(re_path(r"^.*$", views.UnknownView.as_view(), name="fhir-unknown"))

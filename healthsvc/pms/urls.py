from django.urls import path

from healthsvc.pms.api import PatientLinkView

urlpatterns = [
    path("patients/<int:patient_id>/pms-link/", PatientLinkView.as_view(), name="api-patient-pms-link"),
]

from django.urls import path

from medicine.api import views

urlpatterns = [
    path("", views.MedicineListView.as_view(), name="api-medicine-list"),
    path("check/", views.MedicineCheckView.as_view(), name="api-medicine-check"),
    path("<slug:slug>/", views.MedicineDetailView.as_view(), name="api-medicine-detail"),
]

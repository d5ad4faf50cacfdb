from django.urls import path

from medicine import views

app_name = "medicine"
urlpatterns = [
    path("", views.medicine_list, name="list"),
    path("<slug:slug>/", views.medicine_page, name="detail"),
]

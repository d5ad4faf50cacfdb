app_name = "medicine"
urlpatterns: list = []

app_name = "workers"
urlpatterns: list = []

app_name = "er_queue"
urlpatterns: list = []

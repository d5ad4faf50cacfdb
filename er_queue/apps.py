from django.apps import AppConfig


class ErQueueConfig(AppConfig):
    name = "er_queue"
    verbose_name = "ER queue"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles)
    role_permissions: dict[str, list[str]] = {}

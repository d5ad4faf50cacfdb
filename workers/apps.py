from django.apps import AppConfig


class WorkersConfig(AppConfig):
    name = "workers"
    verbose_name = "Health workers"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles)
    role_permissions: dict[str, list[str]] = {}

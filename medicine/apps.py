from django.apps import AppConfig


class MedicineConfig(AppConfig):
    name = "medicine"
    verbose_name = "Medicine catalogue"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles)
    role_permissions: dict[str, list[str]] = {}

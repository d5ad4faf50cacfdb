from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "triage"
    verbose_name = "Triage"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles)
    role_permissions: dict[str, list[str]] = {}

from django.apps import AppConfig


class SuggestionsConfig(AppConfig):
    name = "suggestions"
    verbose_name = "Health suggestions"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles)
    role_permissions: dict[str, list[str]] = {}

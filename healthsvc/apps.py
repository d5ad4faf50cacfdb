from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HealthsvcConfig(AppConfig):
    name = "healthsvc"
    verbose_name = "Accounts, audit and operations"
    role_permissions = {
        "nurse": ["healthsvc.view_patientprofile"],
        "clinician": ["healthsvc.view_patientprofile"],
        "er_staff": ["healthsvc.view_patientprofile"],
    }

    def ready(self) -> None:
        from healthsvc import metrics, signin, tokens  # noqa: F401  (collectors, sign-in log, token revocation)
        from healthsvc.pms.metrics import register_collector
        from healthsvc.roles import sync_role_permissions

        post_migrate.connect(sync_role_permissions, dispatch_uid="healthsvc.sync_role_permissions")
        register_collector()

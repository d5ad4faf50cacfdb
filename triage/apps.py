from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "triage"
    verbose_name = "Triage"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles)
    role_permissions: dict[str, list[str]] = {}

    def seed_demo(self) -> None:
        """Roll out the current ruleset: shadow on sample questionnaires, then promotion (idempotent)."""
        from triage.demo import seed_demo_rollout

        seed_demo_rollout()

from django.apps import AppConfig


class ErQueueConfig(AppConfig):
    name = "er_queue"
    verbose_name = "ER queue"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles)
    role_permissions: dict[str, list[str]] = {
        "er_staff": [
            "er_queue.operate_queue",
            "er_queue.view_emergencyroom",
            "er_queue.change_emergencyroom",
            "er_queue.view_erbooking",
            "er_queue.view_bookingtransition",
            "er_queue.view_ernotice",
        ],
        # A clinician may lower a booking's priority with a reason (services/retriage.py); a re-check never does.
        "clinician": ["er_queue.lower_priority"],
    }

    def ready(self) -> None:
        from er_queue.metrics import register_collector

        register_collector()

        from er_queue.receivers import retriage_on_triage_completed
        from triage.signals import triage_completed

        triage_completed.connect(retriage_on_triage_completed, dispatch_uid="er_queue.retriage_on_triage_completed")

    def seed_demo(self) -> None:
        """Three ERs in one region with different capacities, and weeks of finished bookings (idempotent)."""
        from er_queue.demo import seed_demo_history, seed_demo_rooms

        seed_demo_history(seed_demo_rooms())

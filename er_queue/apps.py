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
    }

    def ready(self) -> None:
        from er_queue.metrics import register_collector

        register_collector()

    def seed_demo(self) -> None:
        """Three ERs in one region with different capacities (idempotent)."""
        from er_queue.demo import seed_demo_rooms

        seed_demo_rooms()

from django.apps import AppConfig

_READ_CATALOGUE = [
    "medicine.view_medicine",
    "medicine.view_ingredient",
    "medicine.view_indication",
    "medicine.view_interaction",
]


class MedicineConfig(AppConfig):
    name = "medicine"
    verbose_name = "Medicine catalogue"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles).
    # Staff who advise patients read the catalogue in the admin; only administrators change it.
    role_permissions: dict[str, list[str]] = {
        "nurse": _READ_CATALOGUE,
        "clinician": _READ_CATALOGUE,
        "admin": _READ_CATALOGUE,
    }

    def seed_demo(self) -> None:
        """The catalogue is loaded by a migration; reloading here picks up edits to catalogue_data.py."""
        from medicine.services import catalogue_reload

        catalogue_reload()

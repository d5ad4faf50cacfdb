from django.apps import AppConfig

_READ = ["suggestions.view_suggestioncontent", "suggestions.view_recommendation", "suggestions.view_interaction"]


class SuggestionsConfig(AppConfig):
    name = "suggestions"
    verbose_name = "Health suggestions"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles).
    # Nurses and clinicians read content and recommendations in the admin; only
    # administrators (who hold every permission) edit content.
    role_permissions: dict[str, list[str]] = {"nurse": _READ, "clinician": _READ}

    def ready(self) -> None:
        from suggestions.receivers import build_on_triage_completed
        from suggestions.registry import load_builtin_factories
        from triage.signals import triage_completed

        load_builtin_factories()
        triage_completed.connect(build_on_triage_completed, dispatch_uid="suggestions.build_on_triage_completed")

    def seed_demo(self) -> None:
        """Suggestion content is loaded by a migration; reloading picks up edits to content_data.py
        (rows edited in the admin are kept)."""
        from suggestions.services import content_load

        content_load()

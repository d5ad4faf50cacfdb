"""Which engine ruleset is active and which runs in shadow.

The settings name them (TRIAGE_ACTIVE_RULESET, TRIAGE_SHADOW_RULESET) until the first
promotion; from then on the newest RulesetDeployment row decides, so a promotion takes
effect in every process without a redeploy.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from triage import engine
from triage.models import RulesetDeployment


def rulesets_in_force() -> tuple[str, str]:
    """(active, shadow) ruleset versions; shadow is "" when none runs."""
    deployment = RulesetDeployment.objects.first()
    if deployment is not None:
        return deployment.active_ruleset, deployment.shadow_ruleset
    active = getattr(settings, "TRIAGE_ACTIVE_RULESET", "") or engine.DEFAULT_RULESET
    shadow = getattr(settings, "TRIAGE_SHADOW_RULESET", "") or ""
    for version in filter(None, (active, shadow)):
        if version not in engine.RULESETS:
            raise ImproperlyConfigured(f"Unknown triage ruleset {version!r}; known: {sorted(engine.RULESETS)}")
    return active, shadow


@transaction.atomic
def ruleset_start_shadow(*, shadow: str, started_by: str, note: str = "") -> RulesetDeployment:
    """Run `shadow` beside the active ruleset on every calculation, storing where they disagree."""
    from healthsvc.errors import Conflict

    active, current_shadow = rulesets_in_force()
    if shadow not in engine.RULESETS:
        raise Conflict("unknown_ruleset", f"Unknown ruleset {shadow!r}; known: {', '.join(sorted(engine.RULESETS))}.")
    if shadow in (active, current_shadow):
        raise Conflict(
            "ruleset_already_running", f"{shadow} is already {'active' if shadow == active else 'in shadow'}."
        )
    return RulesetDeployment.objects.create(
        active_ruleset=active, shadow_ruleset=shadow, promoted_by=started_by, note=note or f"{shadow} in shadow"
    )


@transaction.atomic
def ruleset_promote_shadow(*, promoted_by: str, note: str = "") -> RulesetDeployment:
    """Make the shadow ruleset the active one; nothing runs in shadow afterwards."""
    from healthsvc.errors import Conflict

    active, shadow = rulesets_in_force()
    if not shadow:
        raise Conflict("no_shadow_ruleset", f"No shadow ruleset is running (active: {active}).")
    return RulesetDeployment.objects.create(
        active_ruleset=shadow, shadow_ruleset="", promoted_by=promoted_by, note=note or f"promoted over {active}"
    )

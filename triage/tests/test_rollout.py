"""Rolling out a ruleset: start it in shadow, review the disagreements, promote it (and the demo does exactly that)."""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

from triage import engine
from triage.demo import SAMPLES
from triage.models import RulesetDeployment
from triage.rulesets import rulesets_in_force
from triage.selectors import triage_shadow_disagreements

pytestmark = pytest.mark.django_db


def test_start_shadow_command_runs_a_version_beside_the_active_one(settings):
    settings.TRIAGE_ACTIVE_RULESET = engine.PREVIOUS_RULESET
    call_command("start_shadow_ruleset", engine.DEFAULT_RULESET, "--by", "dr.review@example.test", verbosity=0)
    assert rulesets_in_force() == (engine.PREVIOUS_RULESET, engine.DEFAULT_RULESET)
    for bad in ("1999.1", engine.DEFAULT_RULESET, engine.PREVIOUS_RULESET):  # unknown, already shadow, active
        with pytest.raises(CommandError):
            call_command("start_shadow_ruleset", bad, "--by", "x", verbosity=0)


def test_demo_seed_rolls_out_the_default_ruleset_through_shadow_once(settings, drill_figure):
    from healthsvc.demo import seed_demo_accounts

    settings.TRIAGE_ACTIVE_RULESET = engine.PREVIOUS_RULESET  # a deployment that predates 2026.12
    seed_demo_accounts()
    config = apps.get_app_config("triage")
    config.seed_demo()
    assert rulesets_in_force() == (engine.DEFAULT_RULESET, "")
    shadow_row, promoted_row = RulesetDeployment.objects.order_by("promoted_at", "id")
    assert (shadow_row.active_ruleset, shadow_row.shadow_ruleset) == (engine.PREVIOUS_RULESET, engine.DEFAULT_RULESET)
    assert promoted_row.active_ruleset == engine.DEFAULT_RULESET
    # The shadow period left real disagreements for clinicians to read, and one sample where both agreed.
    disagreements = triage_shadow_disagreements().filter(ruleset_version=engine.DEFAULT_RULESET).count()
    assert 0 < disagreements < len(SAMPLES)
    drill_figure(
        "shadow deployment, then promotion",
        f"{engine.DEFAULT_RULESET} ran in shadow of {engine.PREVIOUS_RULESET}: {disagreements} disagreements "
        "recorded for review, then promoted",
    )

    config.seed_demo()  # idempotent: already rolled out
    assert RulesetDeployment.objects.count() == 2


def test_make_run_on_a_fresh_database_rolls_out_the_default_over_the_last_active_ruleset():
    """`make run` (no settings, no deployment yet) shows the rollout a real upgrade goes through: the release's
    ruleset in shadow of the one before it, with disagreements for clinicians to read, then promoted."""
    from healthsvc.demo import seed_demo_accounts

    seed_demo_accounts()
    apps.get_app_config("triage").seed_demo()
    assert rulesets_in_force() == (engine.DEFAULT_RULESET, "")
    rows = [(r.active_ruleset, r.shadow_ruleset) for r in RulesetDeployment.objects.order_by("promoted_at", "id")]
    assert rows == [
        (engine.LAST_ACTIVE_RULESET, ""),
        (engine.LAST_ACTIVE_RULESET, engine.DEFAULT_RULESET),
        (engine.DEFAULT_RULESET, ""),
    ]
    # The pregnant woman after a fall (ACOG / RCOG trauma in pregnancy: assessed now) is the one sample where
    # 2026.12.3 differs from 2026.12.2; the cold child of 2 (NICE NG51, the 2026.12.2 change) is emergency in both.
    disagreements = triage_shadow_disagreements().filter(ruleset_version=engine.DEFAULT_RULESET)
    assert [d.record.answers["complaint"] for d in disagreements] == ["fall"]
    assert [(d.active_disposition, d.disposition) for d in disagreements] == [("urgent", "emergency")]

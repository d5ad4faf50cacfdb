"""Demo data for `make run`: the current ruleset (DEFAULT_RULESET) rolled out the way production does it.

It first runs in shadow of the ruleset deployments ran before it on a few sample questionnaires (so the
disagreement page has real content for clinicians to review), then it is promoted. A fresh database has
no deployment yet: the demo starts it on LAST_ACTIVE_RULESET, as a deployment upgrading to this release
would be. Never loaded by migrations, only by `manage.py seed_demo`; idempotent.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group

from healthsvc.models import PatientProfile, User
from healthsvc.roles import Role
from triage import engine
from triage.models import RulesetDeployment
from triage.rulesets import ruleset_promote_shadow, ruleset_start_shadow, rulesets_in_force
from triage.services import triage_record_calculate, triage_record_create

SEEDED_BY = "demo seed"
# (sample patient's age in years, sex, answers): questionnaires on which 2025.11, 2026.12, 2026.12.1, 2026.12.2
# and 2026.12.3 disagree, and one on which they all agree, written from the guidance each rule cites.
SAMPLES = (
    (
        34,
        "female",
        {
            "complaint": "sore_throat",
            "pain": 3,
            "onset": "gradual",
            "duration": "1_2d",
            "danger_signs": {"ds_non_blanching_rash": True},
        },
    ),
    (
        2,
        "male",
        {
            "complaint": "cough",
            "pain": 0,
            "onset": "gradual",
            "duration": "1_2d",
            "red_flags": {"fever": True},
            "danger_signs": {"ds_child_not_themselves": True},
        },
    ),
    (72, "male", {"complaint": "abdominal_pain", "pain": 2, "onset": "gradual", "duration": "1_24h"}),
    (34, "female", {"complaint": "cough", "pain": 1, "onset": "gradual", "duration": "1_3w"}),
    (
        58,
        "male",
        {
            "complaint": "shortness_of_breath",
            "pain": 2,
            "onset": "sudden",
            "duration": "1_24h",
            "danger_signs": {"ds_clot_risk": True},
        },
    ),
    (34, "female", {"complaint": "sore_throat", "pain": 2, "onset": "gradual", "duration": "1_2d"}),
    # 2026.12.1 reassurances (nhs.uk Unintentional weight loss; nhs.uk Baby blues): self-care, not routine.
    (
        52,
        "female",
        {
            "complaint": "weight_loss",
            "pain": 0,
            "onset": "gradual",
            "duration": "gt_3w",
            "red_flags": {"losing_on_purpose": True},
            "immunocompromised": False,
        },
    ),
    (
        29,
        "female",
        {
            "complaint": "after_birth",
            "pregnant": False,
            "pain": 0,
            "onset": "gradual",
            "duration": "1_2d",
            "red_flags": {"baby_blues": True},
            "immunocompromised": False,
        },
    ),
    # 2026.12.2 (NICE NG51, children under 5: a temperature below 36 °C is high risk): a child of 2 measured at
    # 35.6 °C with nothing else goes to an emergency department now, where 2026.12.1 asked for a clinician today.
    (
        2,
        "female",
        {
            "complaint": "child_fever",
            "pain": 0,
            "onset": "gradual",
            "duration": "1_24h",
            "vitals": {"temperature_c": 35.6},
        },
    ),
    # 2026.12.3 (ACOG / RCOG trauma in pregnancy: assessed now, with fetal monitoring; gestation is not asked, so
    # when in doubt, more urgent): a pregnant woman after a fall, feeling well, goes to her maternity unit or an
    # emergency department now, where 2026.12.2 asked for a clinician within 24 hours.
    (
        31,
        "female",
        {
            "complaint": "fall",
            "pregnant": True,
            "pain": 2,
            "onset": "sudden",
            "duration": "1_24h",
        },
    ),
)


def _sample_patient(age_years: int, sex: str, index: int) -> User:
    email = f"shadow-sample-{index}@demo.healthsvc.local"
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=None, full_name=f"Shadow sample {index}")
        user.groups.add(Group.objects.get(name=Role.PATIENT))
        born = dt.date.today() - dt.timedelta(days=int(age_years * 365.25) + 30)
        PatientProfile.objects.create(user=user, date_of_birth=born, sex=sex)
    return user


def seed_demo_rollout() -> None:
    active, shadow = rulesets_in_force()
    if active == engine.DEFAULT_RULESET and not RulesetDeployment.objects.exists():
        # A fresh database: start where a deployment upgrading to this release stands.
        RulesetDeployment.objects.create(
            active_ruleset=engine.LAST_ACTIVE_RULESET,
            shadow_ruleset="",
            promoted_by=SEEDED_BY,
            note=f"demo: the ruleset in force before {engine.DEFAULT_RULESET}",
        )
        active = engine.LAST_ACTIVE_RULESET
    if active == engine.DEFAULT_RULESET:
        return
    if shadow != engine.DEFAULT_RULESET:
        ruleset_start_shadow(
            shadow=engine.DEFAULT_RULESET,
            started_by=SEEDED_BY,
            note=f"{engine.DEFAULT_RULESET} in shadow (docs/triage.md, Rollout)",
        )
    for index, (age, sex, answers) in enumerate(SAMPLES, start=1):
        record, _ = triage_record_create(patient=_sample_patient(age, sex, index), raw_answers=answers)
        triage_record_calculate(record_id=record.pk)
    ruleset_promote_shadow(
        promoted_by=SEEDED_BY,
        note="Promoted after the development-set comparison in docs/triage.md (bench/triage_accuracy.py).",
    )

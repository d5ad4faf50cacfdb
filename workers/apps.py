import datetime as dt

from django.apps import AppConfig

# The demo workers: email, full name, login role, worker role, licence, facility, kind, languages,
# limit, and the shift they get relative to today (days from today 00:00 UTC; None = today and tomorrow).
DEMO_WORKERS = [
    ("nurse@demo.healthsvc.local", "Nora Nurse", "nurse", "nurse", "DEMO-RN-0001",
     "Riverside Community Clinic", "clinic", ["en", "es"], 5, None),
    ("clinician@demo.healthsvc.local", "Cleo Clinician", "clinician", "physician", "DEMO-MD-0001",
     "City General Hospital ER", "er", ["en", "fr"], 4, None),
    ("np@demo.healthsvc.local", "Nia Practitioner", "nurse", "nurse_practitioner", "DEMO-NP-0001",
     "Riverside Community Clinic", "clinic", ["en", "ar"], 3, None),
    ("pharmacist@demo.healthsvc.local", "Piotr Pharmacist", "clinician", "pharmacist", "DEMO-PH-0001",
     "Riverside Community Clinic", "clinic", ["en", "pl"], 3, None),
    ("paramedic@demo.healthsvc.local", "Paz Paramedic", "clinician", "paramedic", "DEMO-PM-0001",
     "City General Hospital ER", "er", ["en", "es"], 2, (2, 8, 16)),
]  # fmt: skip


class WorkersConfig(AppConfig):
    name = "workers"
    verbose_name = "Health workers"
    # role name -> "app_label.codename" permissions this app grants (see healthsvc.roles).
    # Nurses and clinicians see who is on duty in the admin; reading patients' contact
    # requests goes through their own audited pages, not the admin.
    role_permissions: dict[str, list[str]] = {
        "nurse": ["workers.view_workerprofile", "workers.view_shift"],
        "clinician": ["workers.view_workerprofile", "workers.view_shift"],
    }

    def seed_demo(self) -> None:
        """Demo workers whose shifts cover now. Safe to run again; on a later day it extends the cover."""
        from django.contrib.auth.models import Group
        from django.db import transaction
        from django.utils import timezone

        from healthsvc.demo_accounts import DEMO_PASSWORD
        from healthsvc.models import User
        from workers.services import shift_ensure_covering, worker_profile_ensure

        today = timezone.now().astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        with transaction.atomic():
            for email, full_name, login_role, role, licence, facility, kind, languages, limit, shift in DEMO_WORKERS:
                user = User.objects.filter(email=email).first()
                if user is None:
                    user = User.objects.create_user(
                        email=email, password=DEMO_PASSWORD, full_name=full_name, is_staff=True
                    )
                user.groups.add(Group.objects.get(name=login_role))
                worker = worker_profile_ensure(
                    user=user,
                    role=role,
                    licence_number=licence,
                    facility_name=facility,
                    facility_kind=kind,
                    languages=languages,
                    max_concurrent_requests=limit,
                )
                if shift is None:  # today 00:00 up to (not including) the day after tomorrow 00:00 UTC
                    # Shifts are half-open: ending at 00:00 rather than 23:59 leaves no uncovered
                    # minute, and a seed on a later day touches this shift and merges with it.
                    starts_at, ends_at = today, today + dt.timedelta(days=2)
                else:  # a later shift, so "when is the next one" has an answer
                    days, start_hour, end_hour = shift
                    starts_at = today + dt.timedelta(days=days, hours=start_hour)
                    ends_at = today + dt.timedelta(days=days, hours=end_hour)
                shift_ensure_covering(worker=worker, starts_at=starts_at, ends_at=ends_at)

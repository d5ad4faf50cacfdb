"""The demo logins printed by `make run` (plain data: no Django import, so run.py can read it)."""

DEMO_PASSWORD = "healthsvc-demo-2026"  # noqa: S105 - printed on purpose; demo data only

# email, role group, label, full name, may use the admin site
DEMO_ACCOUNTS = [
    ("patient@demo.healthsvc.local", "patient", "Patient", "Pat Patient", False),
    ("nurse@demo.healthsvc.local", "nurse", "Nurse", "Nora Nurse", True),
    ("clinician@demo.healthsvc.local", "clinician", "Clinician", "Cleo Clinician", True),
    ("erdesk@demo.healthsvc.local", "er_staff", "ER desk staff", "Eddie Desk", True),
    ("admin@demo.healthsvc.local", "admin", "Administrator", "Ada Admin", True),
]

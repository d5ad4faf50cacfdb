"""Create the five role groups. Their permissions are synced after every migrate
(healthsvc.roles.sync_role_permissions), since other apps' permissions do not exist yet
while this migration runs."""

from django.db import migrations

ROLES = ["patient", "nurse", "clinician", "er_staff", "admin"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [("healthsvc", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_groups, remove_groups)]

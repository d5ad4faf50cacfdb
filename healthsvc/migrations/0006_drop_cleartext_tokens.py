from django.db import migrations


class Migration(migrations.Migration):
    """API tokens moved to django-rest-knox (hashed, expiring). DRF's token table kept every token in clear:
    it goes, and every holder of an old token signs in once more (docs/security.md)."""

    dependencies = [
        ("healthsvc", "0005_audit_append_only"),
        ("knox", "0009_extend_authtoken_field"),
    ]

    operations = [
        migrations.RunSQL("DROP TABLE IF EXISTS authtoken_token", reverse_sql=migrations.RunSQL.noop),
    ]

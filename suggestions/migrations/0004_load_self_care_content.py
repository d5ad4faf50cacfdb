"""Load suggestion content 2026.12.2: self-care advice for complaints that can now end in self-care.

Triage 2026.12 lets bites that did not break the skin, palpitations, tinnitus, toothache, heavy
periods and menopause symptoms end in self-care, so each needs a self-care row. Same idempotent
loader as 0002 and 0003: rows staff edited in the admin are never overwritten.
"""

from django.db import migrations


def load(apps, schema_editor):
    from suggestions.services import content_load

    content_load(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("suggestions", "0003_load_new_complaint_content")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=False)]

"""Load the suggestion content (suggestions/content_data.py): it must exist in production too.

Uses the historical model of this migration. To ship later edits of the data module, add a
migration like this one (or run `manage.py seed_demo`); the loader is idempotent and never
overwrites a row staff edited in the admin. Reversing leaves the rows: 0001's reversal
drops the table anyway.
"""

from django.db import migrations


def load(apps, schema_editor):
    from suggestions.services import content_load

    content_load(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("suggestions", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=False)]

"""Load the medicine catalogue (medicine/catalogue_data.py): it must exist in production too.

Uses the historical models of this migration. To ship later edits of the data module, add
a migration like this one (or run `manage.py load_medicine_catalogue`); the loader is
idempotent. Reversing leaves the rows: 0001's reversal drops the tables anyway.
"""

from django.db import migrations


def load(apps, schema_editor):
    from medicine.services import catalogue_load

    catalogue_load(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("medicine", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=False)]

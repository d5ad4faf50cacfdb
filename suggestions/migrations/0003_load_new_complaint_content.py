"""Load the suggestion content for the complaints added to the triage catalogue (content 2026.12.1).

Calls the same loader as 0002_load_content with this migration's historical model, so an
existing database gets rows for the new complaints (and seeded rows still as seeded are
brought up to date). The loader is idempotent and never overwrites a row staff edited in
the admin; it runs non-strictly, so a catalogue that lacks some complaint is skipped rather
than failing the migration. Reversing leaves the rows: 0001's reversal drops the table anyway.
"""

from django.db import migrations


def load(apps, schema_editor):
    from suggestions.services import content_load

    content_load(apps=apps)


class Migration(migrations.Migration):
    dependencies = [("suggestions", "0002_load_content")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=False)]

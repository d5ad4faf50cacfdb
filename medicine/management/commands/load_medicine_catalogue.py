"""Load (or refresh) the medicine catalogue from medicine/catalogue_data.py. Safe to run again."""

from django.core.management.base import BaseCommand

from medicine.catalogue_data import CATALOGUE_VERSION
from medicine.services import catalogue_reload


class Command(BaseCommand):
    help = "Load the medicine catalogue from medicine/catalogue_data.py (idempotent)."

    def handle(self, *args, **options):
        result = catalogue_reload()
        if result.changed:
            self.stdout.write(f"created: {result.created or '-'}; updated: {result.updated or '-'}")
        self.stdout.write(self.style.SUCCESS(f"medicine catalogue {CATALOGUE_VERSION} is current"))

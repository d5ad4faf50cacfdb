"""Load demo data, idempotently: the demo accounts, then each app's own demo data.

An app contributes demo data by defining `seed_demo(self)` on its AppConfig, so this
core command never names a domain app.
"""

from django.apps import apps
from django.core.management.base import BaseCommand

from healthsvc.demo import seed_demo_accounts


class Command(BaseCommand):
    help = "Create the demo accounts and every app's demo data (safe to run again)."

    def handle(self, *args, **options):
        seed_demo_accounts()
        for config in apps.get_app_configs():
            seed = getattr(config, "seed_demo", None)
            if callable(seed):
                seed()
                self.stdout.write(f"demo data: {config.label}")
        self.stdout.write(self.style.SUCCESS("demo data ready"))

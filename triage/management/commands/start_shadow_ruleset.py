"""Run a ruleset version in shadow of the active one, so clinicians can review where they disagree."""

from django.core.management.base import BaseCommand, CommandError

from healthsvc.errors import Conflict
from triage.rulesets import ruleset_start_shadow


class Command(BaseCommand):
    help = "Start running VERSION in shadow; promote it later with promote_shadow_ruleset."

    def add_arguments(self, parser):
        parser.add_argument("version", help="the ruleset version to run in shadow, e.g. 2026.12")
        parser.add_argument("--by", required=True, help="who starts it (name or email), kept with the change")
        parser.add_argument("--note", default="", help="why, e.g. the change request")

    def handle(self, *args, version, by, note, **options):
        try:
            deployment = ruleset_start_shadow(shadow=version, started_by=by, note=note)
        except Conflict as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(
            self.style.SUCCESS(f"{deployment.shadow_ruleset} runs in shadow of {deployment.active_ruleset}")
        )

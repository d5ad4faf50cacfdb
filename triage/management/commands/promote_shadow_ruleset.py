"""Promote the shadow triage ruleset to active, after clinicians reviewed its disagreements."""

from django.core.management.base import BaseCommand, CommandError

from healthsvc.errors import Conflict
from triage.rulesets import ruleset_promote_shadow, rulesets_in_force
from triage.selectors import triage_shadow_disagreements


class Command(BaseCommand):
    help = "Make the shadow ruleset the active one (shows how many disagreements were recorded first)."

    def add_arguments(self, parser):
        parser.add_argument("--by", required=True, help="who promotes (name or email), kept with the promotion")
        parser.add_argument("--note", default="", help="why, e.g. the review that approved it")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, by, note, yes, **options):
        active, shadow = rulesets_in_force()
        disagreements = triage_shadow_disagreements().filter(ruleset_version=shadow).count() if shadow else 0
        self.stdout.write(f"active: {active}  shadow: {shadow or '(none)'}  disagreements recorded: {disagreements}")
        if not yes and input("Promote the shadow ruleset? [y/N] ").strip().lower() != "y":
            raise CommandError("not promoted")
        try:
            deployment = ruleset_promote_shadow(promoted_by=by, note=note)
        except Conflict as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(self.style.SUCCESS(f"promoted: {deployment.active_ruleset} is now active"))

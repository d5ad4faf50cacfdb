"""Triage API: serializers (filled in by its issue)."""

"""Triage: services (filled in by its issue)."""

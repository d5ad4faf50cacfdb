"""Triage API: views (filled in by its issue)."""

"""Triage: admin (filled in by its issue)."""

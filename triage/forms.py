"""Triage: forms (filled in by its issue)."""

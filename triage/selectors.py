"""Triage: selectors (filled in by its issue)."""

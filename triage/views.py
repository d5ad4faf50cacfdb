"""Triage: views (filled in by its issue)."""

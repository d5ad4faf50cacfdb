"""Triage: choices (filled in by its issue)."""

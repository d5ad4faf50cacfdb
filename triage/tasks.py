"""Triage: tasks (filled in by its issue)."""

"""Health workers: tasks (filled in by its issue)."""

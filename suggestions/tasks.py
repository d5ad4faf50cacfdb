"""Health suggestions: tasks (filled in by its issue)."""

"""ER queue: tasks (filled in by its issue)."""

"""Medicine catalogue: tasks (filled in by its issue)."""

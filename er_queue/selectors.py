"""ER queue: selectors (filled in by its issue)."""

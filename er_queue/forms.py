"""ER queue: forms (filled in by its issue)."""

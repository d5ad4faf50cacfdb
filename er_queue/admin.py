"""ER queue: admin (filled in by its issue)."""

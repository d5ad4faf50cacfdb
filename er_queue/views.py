"""ER queue: views (filled in by its issue)."""

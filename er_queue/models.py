"""ER queue: models (filled in by its issue)."""

"""ER queue: choices (filled in by its issue)."""

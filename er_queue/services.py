"""ER queue: services (filled in by its issue)."""

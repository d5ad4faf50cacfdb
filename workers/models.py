"""Health workers: models (filled in by its issue)."""

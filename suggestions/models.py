"""Health suggestions: models (filled in by its issue)."""

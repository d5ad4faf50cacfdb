"""Health suggestions: admin (filled in by its issue)."""

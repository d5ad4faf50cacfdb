"""Health suggestions: services (filled in by its issue)."""

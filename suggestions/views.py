"""Health suggestions: views (filled in by its issue)."""

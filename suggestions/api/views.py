"""Health suggestions API: views (filled in by its issue)."""

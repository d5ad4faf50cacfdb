"""Health suggestions: forms (filled in by its issue)."""

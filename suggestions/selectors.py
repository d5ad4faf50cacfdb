"""Health suggestions: selectors (filled in by its issue)."""

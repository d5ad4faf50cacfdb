"""Health suggestions: choices (filled in by its issue)."""

"""Health workers: selectors (filled in by its issue)."""

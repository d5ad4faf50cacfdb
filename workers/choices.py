"""Health workers: choices (filled in by its issue)."""

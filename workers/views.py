"""Health workers: views (filled in by its issue)."""

"""Health workers: admin (filled in by its issue)."""

"""Health workers: forms (filled in by its issue)."""

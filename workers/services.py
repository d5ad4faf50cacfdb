"""Health workers: services (filled in by its issue)."""

"""Health workers API: views (filled in by its issue)."""

"""Medicine catalogue: services (filled in by its issue)."""

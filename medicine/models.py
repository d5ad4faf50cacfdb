"""Medicine catalogue: models (filled in by its issue)."""

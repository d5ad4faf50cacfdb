"""Medicine catalogue: views (filled in by its issue)."""

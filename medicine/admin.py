"""Medicine catalogue: admin (filled in by its issue)."""

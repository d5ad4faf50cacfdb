"""Medicine catalogue: forms (filled in by its issue)."""

"""Medicine catalogue: selectors (filled in by its issue)."""

"""Medicine catalogue: choices (filled in by its issue)."""

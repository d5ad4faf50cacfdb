"""Medicine catalogue API: views (filled in by its issue)."""

"""ER queue API: views (filled in by its issue)."""

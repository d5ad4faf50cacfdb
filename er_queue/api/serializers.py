"""ER queue API: serializers (filled in by its issue)."""

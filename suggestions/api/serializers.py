"""Health suggestions API: serializers (filled in by its issue)."""

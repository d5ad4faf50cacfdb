"""Health workers API: serializers (filled in by its issue)."""

"""Medicine catalogue API: serializers (filled in by its issue)."""

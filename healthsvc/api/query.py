"""Query-string parsing for list filters: a bad parameter is a 400 naming it, never silently ignored.

Each view describes its parameters with a small serializer; the same serializer documents them in the
OpenAPI schema (`extend_schema(parameters=[TheQuerySerializer])`), so the schema and the code cannot drift.
Parameters a view does not know are ignored, as HTTP caches and tracking tags add their own.
"""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

MAX_ID = 2**63 - 1  # PostgreSQL bigint: a larger id can match nothing, and the database would refuse it


def query_params(request, serializer_class: type[serializers.Serializer]) -> dict:
    """The request's query parameters validated by `serializer_class`; raises ValidationError (400)."""
    # A plain dict (the last value of a repeated name), not the QueryDict: DRF reads a QueryDict as an HTML
    # form, where an empty value means "not given"; in a query string `?state=` is an invalid state.
    serializer = serializer_class(data=request.query_params.dict())
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


@extend_schema_field(OpenApiTypes.BOOL)
class QueryBooleanField(serializers.Field):
    """`true` or `false`, exactly as the schema writes a boolean (DRF's own field also takes 1, yes, on...)."""

    default_error_messages = {"invalid": "Use true or false."}

    def to_internal_value(self, data):
        if data not in ("true", "false"):
            self.fail("invalid")
        return data == "true"

    def to_representation(self, value):
        return value


class QueryIdField(serializers.IntegerField):
    """A positive database id."""

    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)

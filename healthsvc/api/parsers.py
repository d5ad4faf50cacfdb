"""The API's JSON parser: a body nested deeper than any request here needs is a 400, not a RecursionError."""

from __future__ import annotations

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32  # the deepest real body (answers -> vitals) is 3 levels


def _too_deep(value, depth: int = 1) -> bool:
    if depth > MAX_DEPTH:
        return True
    if isinstance(value, dict):
        return any(_too_deep(item, depth + 1) for item in value.values())
    if isinstance(value, list):
        return any(_too_deep(item, depth + 1) for item in value)
    return False


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as exc:  # json's own C decoder gives up far deeper than MAX_DEPTH
            raise ParseError(f"JSON nested deeper than {MAX_DEPTH} levels.") from exc
        if _too_deep(data):
            raise ParseError(f"JSON nested deeper than {MAX_DEPTH} levels.")
        return data

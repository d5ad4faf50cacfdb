"""Request bodies are JSON, and each field takes only its own JSON type, as the OpenAPI schema says.

DRF's fields convert the way an HTML form needs: a number for a text field becomes text (0 -> "0"), text for
a number becomes a number ("5" -> 5), "yes" or 1 becomes true. The schema documents JSON types, so a body that
sends another type is invalid input, and this mixin makes it a 400 naming the field, like any other.
Mix it into every serializer that reads a request body: `class X(StrictJSONMixin, serializers.Serializer)`.
"""

from __future__ import annotations

from collections.abc import Mapping

from rest_framework import serializers

_TEXT_FIELDS = (serializers.CharField, serializers.DateField, serializers.DateTimeField, serializers.TimeField)


def json_type_error(field: serializers.Field, value):
    """Why `value` (parsed JSON) is not of the JSON type `field` documents: a list of messages, or for a list
    field {index: [messages]} (which the error handler names `field.index`); None when it is."""
    if value is None:
        return None  # the field's allow_null decides
    if isinstance(field, serializers.BooleanField):
        ok, message = isinstance(value, bool), "Must be true or false."
    elif isinstance(field, serializers.IntegerField):
        ok, message = isinstance(value, int) and not isinstance(value, bool), "Must be a whole number."
    elif isinstance(field, serializers.FloatField | serializers.DecimalField):
        ok, message = isinstance(value, int | float) and not isinstance(value, bool), "Must be a number."
    elif isinstance(field, serializers.ChoiceField) and all(isinstance(key, str) for key in field.choices):
        ok, message = isinstance(value, str), "Must be one of the listed strings."
    elif isinstance(field, _TEXT_FIELDS):
        ok, message = isinstance(value, str), "Must be a string."
    elif isinstance(field, serializers.ListField) and isinstance(value, list):
        items = {index: json_type_error(field.child, item) for index, item in enumerate(value)}
        return {index: problem for index, problem in items.items() if problem} or None
    else:
        return None
    return None if ok else [message]


class StrictJSONMixin:
    def to_internal_value(self, data):
        type_errors = {}
        if isinstance(data, Mapping):
            for name, field in self.fields.items():
                if field.read_only or name not in data:
                    continue
                problem = json_type_error(field, data[name])
                if problem:
                    type_errors[name] = problem
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as exc:
            if not type_errors:
                raise
            # Every problem at once: DRF's for the other fields, the type for these.
            detail = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
            raise serializers.ValidationError({**detail, **type_errors}) from exc
        if type_errors:
            raise serializers.ValidationError(type_errors)
        return value

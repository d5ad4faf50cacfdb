"""Domain errors every app raises from its services; the API maps them to 4xx."""

from __future__ import annotations


class DomainError(Exception):
    """A request that cannot be carried out as asked. Never a server fault."""

    status_code = 400
    default_code = "invalid"

    def __init__(self, code: str | None = None, message: str = "", fields: dict | None = None, **extra):
        self.code = code or self.default_code
        self.message = message or self.code.replace("_", " ")
        self.fields = fields or {}
        self.extra = extra
        super().__init__(self.message)


class Invalid(DomainError):
    status_code = 400
    default_code = "invalid"


class NotFound(DomainError):
    status_code = 404
    default_code = "not_found"


class Conflict(DomainError):
    """The state of things forbids it now (full ER, illegal transition, duplicate)."""

    status_code = 409
    default_code = "conflict"


class Forbidden(DomainError):
    status_code = 403
    default_code = "permission_denied"

"""FHIR search parameters: declared once per resource, parsed here, a bad one is a 400 naming it.

Each resource declares its parameters as `SearchParam`s; the same declarations drive parsing, the
CapabilityStatement and docs/fhir.md, so the three cannot drift. FHIR lets a server choose how to treat a
parameter it does not support: here it is a 400 (the house rule: bad parameters give 400, not silence),
unless the client sends `Prefer: handling=lenient`, when it is ignored and left out of the Bundle's `self`
link, as the FHIR search page describes.

Values: a comma separates values that are OR-ed; repeating a parameter AND-s (`date=ge2026-01-01&date=lt2026-02-01`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from healthsvc.errors import Invalid
from healthsvc.fhir.codes import ID_PATTERN

DEFAULT_COUNT = 25
MAX_COUNT = 100  # the REST API's largest page, so no search is unbounded
MAX_VALUES = 20
MAX_VALUE_LENGTH = 200
MAX_ID = 2**63 - 1  # PostgreSQL bigint: a larger number can match nothing

TOKEN, DATE, REFERENCE, STRING, URI = "token", "date", "reference", "string", "uri"
_MODIFIERS = {TOKEN: ("text",), STRING: ("exact", "contains"), DATE: (), REFERENCE: (), URI: ()}
_CONTROL = ("_count", "_page", "_format")


@dataclass(frozen=True)
class SearchParam:
    name: str
    type: str
    documentation: str
    codes: tuple[str, ...] | None = None  # a token's allowed codes (None: any)
    system: str | None = None  # a token's code system: a value naming another system matches nothing
    target: str | None = None  # a reference's resource type
    text_search: bool = False  # a token that takes `:text` (a free-text search of its display)

    def modifiers(self) -> tuple[str, ...]:
        return tuple(m for m in _MODIFIERS[self.type] if m != "text" or self.text_search)


ID_PARAM = SearchParam("_id", TOKEN, "The logical id; several separated by commas.")


@dataclass(frozen=True)
class DateRange:
    """One date value: its prefix and the instants [start, end) its precision covers."""

    prefix: str
    start: dt.datetime
    end: dt.datetime

    def q(self, field_name: str) -> Q:
        if self.prefix == "eq":
            return Q(**{f"{field_name}__gte": self.start, f"{field_name}__lt": self.end})
        if self.prefix == "ne":
            return ~Q(**{f"{field_name}__gte": self.start, f"{field_name}__lt": self.end})
        if self.prefix in ("gt", "sa"):
            return Q(**{f"{field_name}__gte": self.end})
        if self.prefix == "ge":
            return Q(**{f"{field_name}__gte": self.start})
        if self.prefix in ("lt", "eb"):
            return Q(**{f"{field_name}__lt": self.start})
        return Q(**{f"{field_name}__lt": self.end})  # le


@dataclass(frozen=True)
class Clause:
    """One occurrence of a parameter: its values (OR-ed), already parsed for its type."""

    param: SearchParam
    modifier: str
    values: tuple

    def date_q(self, field_name: str) -> Q:
        query = Q()
        for value in self.values:
            query |= value.q(field_name)
        return query


@dataclass
class Search:
    clauses: list[Clause] = field(default_factory=list)
    count: int = DEFAULT_COUNT
    page: int = 1
    used: list[tuple[str, str]] = field(default_factory=list)  # what the self link repeats

    def of(self, name: str) -> list[Clause]:
        return [clause for clause in self.clauses if clause.param.name == name]


def _fail(name: str, message: str) -> Invalid:
    return Invalid("invalid_search", f"Search parameter {name}: {message}", fields={name: [message]})


def _whole_number(name: str, raw: str, low: int, high: int | None) -> int:
    if not (raw.isascii() and raw.isdigit()) or int(raw) < low or (high is not None and int(raw) > high):
        raise _fail(name, f"a whole number from {low}{f' to {high}' if high else ''}.")
    return int(raw)


def parse_search(request, params: dict[str, SearchParam]) -> Search:
    """The request's query string as a Search, or Invalid (400) naming the first bad parameter."""
    lenient = "handling=lenient" in request.headers.get("Prefer", "").replace(" ", "").lower()
    search = Search()
    for key in request.query_params:
        raw_values = request.query_params.getlist(key)
        if key in _CONTROL:
            if len(raw_values) > 1:
                raise _fail(key, "give it once.")
            raw = raw_values[0]
            if key == "_count":
                search.count = _whole_number(key, raw, 1, MAX_COUNT)
            elif key == "_page":
                search.page = _whole_number(key, raw, 1, None)
            continue
        name, _, modifier = key.partition(":")
        param = params.get(name)
        if param is None or (modifier and modifier not in param.modifiers()):
            if lenient:
                continue
            what = f"the modifier :{modifier} is not supported" if param else "not supported on this resource"
            raise _fail(key, f"{what}. Supported: {', '.join(sorted(params))}.")
        for raw in raw_values:
            search.clauses.append(Clause(param, modifier, _values(key, param, modifier, raw)))
            search.used.append((key, raw))
    return search


_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def _values(key: str, param: SearchParam, modifier: str, raw: str) -> tuple:
    if not raw:
        raise _fail(key, "needs a value.")
    if _CONTROL_CHARACTERS.search(raw):  # PostgreSQL text cannot hold NUL; no value here has a control character
        raise _fail(key, "control characters are not allowed.")
    parts = [raw] if modifier in ("text", "exact", "contains") else raw.split(",")  # free text keeps its commas
    if len(parts) > MAX_VALUES or any(len(part) > MAX_VALUE_LENGTH for part in parts):
        raise _fail(key, f"at most {MAX_VALUES} values of at most {MAX_VALUE_LENGTH} characters.")
    if any(not part for part in parts):
        raise _fail(key, "an empty value between commas.")
    if param.type == DATE:
        return tuple(parse_date(key, part) for part in parts)
    if param.type == REFERENCE:
        return tuple(_reference_id(key, param, part) for part in parts)
    if param.type == TOKEN and not modifier:
        return tuple(code for code in (_token(key, param, part) for part in parts) if code is not None)
    return tuple(parts)


def _token(key: str, param: SearchParam, raw: str) -> str | None:
    """A token's code, or None when it names a code system other than the parameter's (matches nothing)."""
    system, bar, code = raw.rpartition("|")
    if bar and system and param.system is not None and system != param.system:
        return None
    if param.codes is not None and code not in param.codes:
        raise _fail(key, f"unknown code {code!r}; one of {', '.join(param.codes)}.")
    return code


def _reference_id(key: str, param: SearchParam, raw: str) -> str:
    """`123`, `Patient/123` or an absolute URL ending in `Patient/123` -> "123"."""
    parts = raw.rstrip("/").split("/")
    resource_id = parts[-1]
    if len(parts) > 1 and parts[-2] != param.target:
        raise _fail(key, f"a reference to a {param.target}, e.g. {param.target}/123.")
    if not ID_PATTERN.match(resource_id):
        raise _fail(key, f"{resource_id[:64]!r} is not a valid id.")
    return resource_id


_DATE = re.compile(
    r"^(?P<prefix>eq|ne|gt|lt|ge|le|sa|eb|ap)?"
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?P<fraction>\.\d{1,6})?)?"
    r"(?P<zone>Z|[+-]\d{2}:\d{2})?)?)?)?$"
)


def parse_date(key: str, raw: str) -> DateRange:
    """A FHIR date search value (prefix and a date or dateTime of any precision) as the instants it covers.

    A time without a zone is read in the site's time zone, as FHIR leaves it to the server. `ap`
    (approximately) is refused: "approximate" would be a guess of ours.
    """
    match = _DATE.match(raw.replace(" ", "+"))  # an unencoded "+" of a zone arrives as a space
    if match is None:
        raise _fail(key, "a date such as 2026-03-01, ge2026-03-01 or lt2026-03-01T10:00:00Z.")
    parts = match.groupdict()
    prefix = parts["prefix"] or "eq"
    if prefix == "ap":
        raise _fail(key, "the prefix ap is not supported; use ge and le.")
    year, month, day = int(parts["year"]), int(parts["month"] or 1), int(parts["day"] or 1)
    try:
        if parts["hour"] is not None:
            zone = _zone(parts["zone"])
            second = int(parts["second"] or 0)
            micro = int((parts["fraction"] or ".0")[1:].ljust(6, "0"))
            start = dt.datetime(year, month, day, int(parts["hour"]), int(parts["minute"]), second, micro, zone)
            step = (
                dt.timedelta(microseconds=1)
                if parts["fraction"]
                else dt.timedelta(seconds=1 if parts["second"] else 60)
            )
            end = start + step
        else:
            zone = timezone.get_current_timezone()
            start = dt.datetime(year, month, day, tzinfo=zone)
            if parts["day"]:
                end = start + dt.timedelta(days=1)
            elif parts["month"]:
                end = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
            else:
                end = dt.datetime(year + 1, 1, 1, tzinfo=zone)
    except (ValueError, OverflowError) as exc:
        raise _fail(key, f"{raw[:40]!r} is not a real date.") from exc
    return DateRange(prefix, start, end)


def _zone(text: str | None) -> dt.tzinfo:
    if text is None:
        return timezone.get_current_timezone()
    if text == "Z":
        return dt.UTC
    sign = 1 if text[0] == "+" else -1
    hours, minutes = int(text[1:3]), int(text[4:6])
    if hours > 14 or minutes > 59:
        raise ValueError(text)
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def ids_of(values, *, numeric: bool = True) -> list:
    """`_id` or reference values as database ids: those that cannot be ours (not a number, too large) drop."""
    if not numeric:
        return [value for value in values if ID_PATTERN.match(value)]
    return [int(value) for value in values if value.isascii() and value.isdigit() and 0 < int(value) <= MAX_ID]

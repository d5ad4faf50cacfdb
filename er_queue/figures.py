"""The figures an ED manager watches (issue 14 item 4), computed in PostgreSQL with a fixed number of queries.

Definitions (docs/er_queue.md "Figures"):

* A booking counts in the period of the moment it was **created** (the patient joined), in the site's time zone
  (settings.TIME_ZONE, so every viewer sees the same buckets); an escalation counts at the moment it happened.
* **Decided** bookings are those whose outcome is known: every state but `initialized` and `confirmed` (still
  waiting). They are the denominator of the left-without-being-seen share.
* **Left without being seen (LWBS)**: cancelled or expired without ever being called (`called_at` empty), by end
  reason (`not_confirmed` never entered the queue, `cancelled_by_patient`, `cancelled_by_staff`,
  `left_improved`, ...).
* **No-show**: expired after being called (`no_show` by the desk, or `checkin_window_passed`); the rate is over
  the bookings that were called.
* **Wait**: minutes from confirm (`confirmed_at`) to call (`called_at`), by the booking's CTAS level
  (`priority`, so after any re-triage escalation); median and 90th percentile (percentile_cont, interpolated);
  **within target** when the wait is at most policy.CTAS_TARGET_MINUTES of that level.
* **Escalations**: rows of er_queue.BookingPriorityChange with kind "escalation".

Two queries at most, whatever the number of rows: one over the bookings with GROUPING SETS (total, per room, per
day, per hour of the week, per CTAS level, per end reason), one over the escalations. Both read the index on
(room, created_at) or (created_at) (migration 0004) and aggregate in the database.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from er_queue import policy
from er_queue.choices import CTAS_NAMES, BookingState, EndReason
from er_queue.models import EmergencyRoom, ERBooking
from healthsvc.errors import Invalid, NotFound

DEFAULT_DAYS = 28
MAX_DAYS = 366
# Prometheus reads the figures of this recent window at scrape time (metrics.ErFiguresCollector).
METRICS_WINDOW = dt.timedelta(hours=24)

# The CTAS "fractile response" objectives: the share of patients of each level who should be seen within the
# level's time-to-physician target (CTAS implementation guidelines, Beveridge et al., CJEM 1999, 1(3 suppl):
# 98 %, 95 %, 90 %, 85 %, 80 % for levels 1 to 5). The within-target alert fires ALERT_MARGIN below them.
WITHIN_TARGET_OBJECTIVE = {1: 0.98, 2: 0.95, 3: 0.90, 4: 0.85, 5: 0.80}
CTAS_LEVELS = tuple(sorted(policy.CTAS_TARGET_MINUTES))
WEEKDAYS = (0, 1, 2, 3, 4, 5, 6)  # Monday first (ISO)
HOURS = tuple(range(24))


@dataclass
class Cell:
    """The figures of one bucket (a room, a day, an hour of the week, a CTAS level, an end reason, or all)."""

    decided: int = 0
    lwbs: int = 0
    called: int = 0
    no_shows: int = 0
    waits: int = 0
    within_target: int = 0
    wait_median: float | None = None
    wait_p90: float | None = None
    escalations: int = 0

    @staticmethod
    def _share(part: int, whole: int) -> float | None:
        return part / whole if whole else None

    @property
    def lwbs_ratio(self) -> float | None:
        return self._share(self.lwbs, self.decided)

    @property
    def no_show_ratio(self) -> float | None:
        return self._share(self.no_shows, self.called)

    @property
    def within_target_ratio(self) -> float | None:
        return self._share(self.within_target, self.waits)

    # Display: a share as a locale-formatted percentage, minutes to one decimal, an en dash when there is nothing.
    @staticmethod
    def _percent(ratio: float | None) -> str:
        return "\u2013" if ratio is None else formats.number_format(100 * ratio, 1) + "\u00a0%"

    @staticmethod
    def _minutes(value: float | None) -> str:
        return "\u2013" if value is None else formats.number_format(value, 1)

    @property
    def lwbs_text(self) -> str:
        return self._percent(self.lwbs_ratio)

    @property
    def no_show_text(self) -> str:
        return self._percent(self.no_show_ratio)

    @property
    def within_target_text(self) -> str:
        return self._percent(self.within_target_ratio)

    @property
    def median_text(self) -> str:
        return self._minutes(self.wait_median)

    @property
    def p90_text(self) -> str:
        return self._minutes(self.wait_p90)


@dataclass
class Figures:
    start: dt.date  # first day, inclusive
    end: dt.date  # last day, inclusive
    time_zone: str
    room: EmergencyRoom | None  # None: every room
    rooms: list[EmergencyRoom]
    total: Cell = field(default_factory=Cell)
    by_room: dict[int, Cell] = field(default_factory=dict)
    by_day: dict[dt.date, Cell] = field(default_factory=dict)
    by_hour_of_week: dict[tuple[int, int], Cell] = field(default_factory=dict)
    by_ctas: dict[int, Cell] = field(default_factory=dict)
    by_reason: dict[str, Cell] = field(default_factory=dict)
    escalations_recorded: bool = False  # False while the BookingPriorityChange model does not exist

    @property
    def days(self) -> list[tuple[dt.date, Cell]]:
        count = (self.end - self.start).days + 1
        return [(day, self.by_day.get(day, Cell())) for day in (self.start + dt.timedelta(n) for n in range(count))]

    @property
    def room_rows(self) -> list[tuple[EmergencyRoom, Cell]]:
        return [(room, self.by_room.get(room.pk, Cell())) for room in self.rooms]

    @property
    def ctas_rows(self) -> list[dict]:
        return [
            {
                "level": level,
                "name": CTAS_NAMES[level],
                "target": policy.CTAS_TARGET_MINUTES[level],
                "objective": WITHIN_TARGET_OBJECTIVE[level],
                "objective_text": Cell._percent(WITHIN_TARGET_OBJECTIVE[level]),
                "cell": self.by_ctas.get(level, Cell()),
            }
            for level in CTAS_LEVELS
        ]

    @property
    def lwbs_reasons(self) -> list[tuple[str, str, int]]:
        """(reason, label, count) of the bookings that left without being seen, largest first."""
        labels = dict(EndReason.choices)
        rows = [(reason, str(labels.get(reason, reason)), cell.lwbs) for reason, cell in self.by_reason.items()]
        return sorted((row for row in rows if row[2]), key=lambda row: (-row[2], row[0]))

    @property
    def no_show_reasons(self) -> list[tuple[str, str, int]]:
        labels = dict(EndReason.choices)
        rows = [(reason, str(labels.get(reason, reason)), cell.no_shows) for reason, cell in self.by_reason.items()]
        return sorted((row for row in rows if row[2]), key=lambda row: (-row[2], row[0]))

    @property
    def hour_of_week_rows(self) -> list[tuple[int, int, Cell]]:
        """The hours of the week that had any booking or escalation, Monday 00:00 first."""
        return [(dow, hour, self.by_hour_of_week[dow, hour]) for dow, hour in sorted(self.by_hour_of_week)]


# --- the period -------------------------------------------------------------------------------
def _zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def figures_period(*, start=None, end=None, now: dt.datetime | None = None) -> tuple[dt.date, dt.date]:
    """The days asked for (ISO dates, both inclusive), or the last DEFAULT_DAYS days up to today (site time).

    Raises Invalid (400) for a date that does not parse, an end before the start, or more than MAX_DAYS days.
    """
    today = (now or timezone.now()).astimezone(_zone()).date()

    def parse(value, name: str) -> dt.date | None:
        if value in (None, ""):
            return None
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise Invalid(
                "invalid_date", _("Enter a date as YYYY-MM-DD."), fields={name: [_("Enter a date as YYYY-MM-DD.")]}
            ) from None

    last = parse(end, "to") or today
    first = parse(start, "from") or last - dt.timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise Invalid("invalid_period", _("The first day must not be after the last day."), fields={"from": []})
    if (last - first).days + 1 > MAX_DAYS:
        raise Invalid(
            "invalid_period",
            _("Choose at most %(days)d days.") % {"days": MAX_DAYS},
            fields={"from": []},
        )
    return first, last


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    zone = _zone()
    return (
        dt.datetime.combine(start, dt.time(), tzinfo=zone),
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=zone),
    )


# --- the queries --------------------------------------------------------------------------------
# The grouping sets, by name. The query groups by the columns the asked-for sets use, in this order, and
# GROUPING(those columns) gives a bit per column (1 when rolled up in that row): each set has its own pattern.
_COLUMNS = ("room_id", "day", "dow", "hour", "priority", "end_reason")
_SETS = {
    "total": (),
    "room": ("room_id",),
    "day": ("day",),
    "hour_of_week": ("dow", "hour"),
    "ctas": ("priority",),
    "reason": ("end_reason",),
    "room_ctas": ("room_id", "priority"),
}


def _grouping(names, available) -> tuple[str, dict[int, str], list[str]]:
    """(the SELECT head "GROUPING(...) AS grouping, columns", {mask: set name}, the GROUPING SETS list)."""
    names = [name for name in names if set(_SETS[name]) <= set(available)]
    used = [column for column in available if any(column in _SETS[name] for name in names)]
    masks = {}
    for name in names:
        bits = 0
        for position, column in enumerate(used):
            if column not in _SETS[name]:
                bits |= 1 << (len(used) - 1 - position)
        masks[bits] = name
    head = (f"GROUPING({', '.join(used)})" if used else "0") + " AS grouping" + "".join(f", {c}" for c in used)
    sets = ", ".join("(" + ", ".join(_SETS[name]) + ")" for name in names)
    return head, masks, sets


def _sql_list(values) -> str:
    return "(" + ", ".join(f"'{value.value}'" for value in values) + ")"


_TARGET_CASE = (
    "CASE b.priority "
    + " ".join(f"WHEN {level} THEN {minutes}" for level, minutes in policy.CTAS_TARGET_MINUTES.items())
    + " END"
)
_WAITING = _sql_list([BookingState.INITIALIZED, BookingState.CONFIRMED])
_ENDED = _sql_list([BookingState.CANCELLED, BookingState.EXPIRED])
_BUCKETS = """local_at::date AS day, (EXTRACT(ISODOW FROM local_at)::int - 1) AS dow,
           EXTRACT(HOUR FROM local_at)::int AS hour"""

# Only code constants are formatted in (table names, states, the CTAS targets); every value is a parameter.
_BOOKINGS_SQL = f"""
WITH b AS (
    SELECT b.room_id, b.priority, b.end_reason, b.state,
           (b.created_at AT TIME ZONE %(zone)s) AS local_at,
           b.called_at IS NOT NULL AS was_called,
           EXTRACT(EPOCH FROM (b.called_at - b.confirmed_at)) / 60.0 AS wait,
           {_TARGET_CASE} AS target
      FROM {ERBooking._meta.db_table} b
     WHERE b.created_at >= %(since)s AND b.created_at < %(until)s
       AND b.state NOT IN {_WAITING}
       {{room_filter}}
), bucketed AS (
    SELECT *, {_BUCKETS} FROM b
)
SELECT {{head}},
       count(*) AS decided,
       count(*) FILTER (WHERE state IN {_ENDED} AND NOT was_called) AS lwbs,
       count(*) FILTER (WHERE was_called) AS called,
       count(*) FILTER (WHERE state = '{BookingState.EXPIRED.value}' AND was_called) AS no_shows,
       count(wait) AS waits,
       count(*) FILTER (WHERE wait <= target) AS within_target,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY wait) AS wait_median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY wait) AS wait_p90
  FROM bucketed
 GROUP BY GROUPING SETS ({{sets}})
"""  # noqa: S608


def _escalation_model():
    """The priority history model, or None while it does not exist (it is being added by issue 14 item 1)."""
    try:
        return apps.get_model("er_queue", "BookingPriorityChange")
    except LookupError:
        return None


def escalations_recorded() -> bool:
    return _escalation_model() is not None


def _escalations_sql(model) -> str:
    table = model._meta.db_table
    booking_column = model._meta.get_field("booking").column
    # Code constants only (table and column names); every value is a parameter.
    return f"""
    WITH e AS (
        SELECT b.room_id, (c.at AT TIME ZONE %(zone)s) AS local_at
          FROM {table} c JOIN {ERBooking._meta.db_table} b ON b.id = c.{booking_column}
         WHERE c.kind = 'escalation' AND c.at >= %(since)s AND c.at < %(until)s
           {{room_filter}}
    ), bucketed AS (
        SELECT *, {_BUCKETS} FROM e
    )
    SELECT {{head}}, count(*) AS escalations
      FROM bucketed
     GROUP BY GROUPING SETS ({{sets}})
    """  # noqa: S608


def _rows(sql: str, params: dict, masks: dict[int, str]):
    """(set name, key, row) for each row; the key is the set's column values (() for the total)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        names = [column.name for column in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            name = masks[row["grouping"]]
            yield name, tuple(row[column] for column in _SETS[name]), row


def _aggregate(*, since, until, room_id: int | None, sets: tuple[str, ...]) -> dict[str, dict]:
    """{set name: {key: Cell}}: one query over the bookings, one over the escalations (if recorded)."""
    params = {"zone": settings.TIME_ZONE, "since": since, "until": until, "room": room_id}
    room_filter = "AND b.room_id = %(room)s" if room_id is not None else ""
    out: dict[str, dict] = {name: {} for name in sets}
    head, masks, grouping_sets = _grouping(sets, _COLUMNS)
    sql = _BOOKINGS_SQL.format(room_filter=room_filter, head=head, sets=grouping_sets)
    for name, key, row in _rows(sql, params, masks):
        out[name][key] = Cell(
            decided=row["decided"],
            lwbs=row["lwbs"],
            called=row["called"],
            no_shows=row["no_shows"],
            waits=row["waits"],
            within_target=row["within_target"],
            wait_median=row["wait_median"],
            wait_p90=row["wait_p90"],
        )
    model = _escalation_model()
    head, masks, grouping_sets = _grouping(sets, ("room_id", "day", "dow", "hour"))
    if model is not None and masks:
        sql = _escalations_sql(model).format(room_filter=room_filter, head=head, sets=grouping_sets)
        for name, key, row in _rows(sql, params, masks):
            out[name].setdefault(key, Cell()).escalations = row["escalations"]
    return out


# --- the selectors ------------------------------------------------------------------------------
def room_figures(*, room_id: int | None = None, start=None, end=None, now: dt.datetime | None = None) -> Figures:
    """The figures of one room (room_id) or of every room, for the days start..end (see figures_period).

    Three queries: the rooms, the bookings (grouping sets), the escalations. Raises NotFound for an unknown room
    and Invalid for a bad period.
    """
    first, last = figures_period(start=start, end=end, now=now)
    rooms = list(EmergencyRoom.objects.order_by("region", "name"))
    room = None
    if room_id is not None:
        room = next((candidate for candidate in rooms if candidate.pk == room_id), None)
        if room is None:
            raise NotFound("room_not_found", _("No such emergency room."))
    since, until = _bounds(first, last)
    sets = ("total", "day", "hour_of_week", "ctas", "reason") + (() if room is not None else ("room",))
    data = _aggregate(since=since, until=until, room_id=room_id, sets=sets)
    return Figures(
        start=first,
        end=last,
        time_zone=settings.TIME_ZONE,
        room=room,
        rooms=rooms,
        total=data["total"].get((), Cell()),
        by_room={key[0]: cell for key, cell in data.get("room", {}).items()},
        by_day={key[0]: cell for key, cell in data["day"].items()},
        by_hour_of_week=dict(data["hour_of_week"].items()),
        by_ctas={key[0]: cell for key, cell in data["ctas"].items()},
        by_reason={key[0]: cell for key, cell in data["reason"].items() if key[0]},
        escalations_recorded=escalations_recorded(),
    )


@dataclass
class RecentFigures:
    room: EmergencyRoom
    total: Cell
    by_ctas: dict[int, Cell]


def figures_recent(*, now: dt.datetime | None = None, window: dt.timedelta = METRICS_WINDOW) -> list[RecentFigures]:
    """Per room, the figures of the bookings created in the last `window` (Prometheus, at scrape time).

    Three queries: rooms, bookings, escalations. A room with no booking in the window has an empty Cell.
    """
    until = now or timezone.now()
    rooms = list(EmergencyRoom.objects.order_by("region", "name"))
    data = _aggregate(since=until - window, until=until, room_id=None, sets=("room", "room_ctas"))
    by_ctas: dict[int, dict[int, Cell]] = {}
    for (room_id, level), cell in data["room_ctas"].items():
        by_ctas.setdefault(room_id, {})[level] = cell
    return [
        RecentFigures(room=room, total=data["room"].get((room.pk,), Cell()), by_ctas=by_ctas.get(room.pk, {}))
        for room in rooms
    ]


# --- charts: geometry for the server-rendered SVG of templates/er_queue/figures.html ------------------------
CHART_HEIGHT = 120
BAR_WIDTH = 10
BAR_GAP = 2


def _scale(value: float, top: float, height: int = CHART_HEIGHT) -> float:
    return round(height * value / top, 1) if top else 0.0


def daily_bars(figures: Figures) -> dict:
    """Stacked bars per day: seen (called), left without being seen, no-shows on top of seen."""
    days = figures.days
    top = max((cell.decided for _, cell in days), default=0) or 1
    bars = []
    for index, (day, cell) in enumerate(days):
        x = index * (BAR_WIDTH + BAR_GAP)
        seen = cell.called - cell.no_shows
        segments = []
        base = CHART_HEIGHT
        for css, count in (("chart-seen", seen), ("chart-no-show", cell.no_shows), ("chart-lwbs", cell.lwbs)):
            height = _scale(count, top)
            base = round(base - height, 1)
            if count:
                segments.append({"css": css, "y": base, "height": height})
        bars.append({"x": x, "day": day, "cell": cell, "segments": segments})
    return {
        "width": max(len(days) * (BAR_WIDTH + BAR_GAP), 1),
        "height": CHART_HEIGHT,
        "bar_width": BAR_WIDTH,
        "top": top,
        "bars": bars,
    }


def within_target_bars(figures: Figures) -> dict:
    """One horizontal bar per CTAS level: the share called within target, with the objective as a tick."""
    width, row = 300, 24
    rows = []
    for index, item in enumerate(figures.ctas_rows):
        ratio = item["cell"].within_target_ratio
        rows.append(
            {
                **item,
                "y": index * row,
                "bar": round(width * (ratio or 0), 1),
                "objective_x": round(width * item["objective"], 1),
                "ratio": ratio,
                "below": ratio is not None and ratio < item["objective"],
            }
        )
    return {
        "width": width,
        "label_width": 40,
        "row": row,
        "bar_height": row - 8,
        "height": row * len(rows),
        "rows": rows,
    }


def hour_of_week_heat(figures: Figures) -> dict:
    """A 7 x 24 grid of the bookings per hour of the week, shaded in five steps of the busiest hour."""
    cell_size = 12
    top = max((cell.decided for cell in figures.by_hour_of_week.values()), default=0)
    names = [
        pgettext("weekday abbreviation", "Mon"),
        pgettext("weekday abbreviation", "Tue"),
        pgettext("weekday abbreviation", "Wed"),
        pgettext("weekday abbreviation", "Thu"),
        pgettext("weekday abbreviation", "Fri"),
        pgettext("weekday abbreviation", "Sat"),
        pgettext("weekday abbreviation", "Sun"),
    ]
    rows = []
    for dow in WEEKDAYS:
        cells = []
        for hour in HOURS:
            cell = figures.by_hour_of_week.get((dow, hour), Cell())
            level = 0 if not top or not cell.decided else min(4, 1 + (4 * cell.decided - 1) // top)
            cells.append({"x": hour * cell_size, "hour": hour, "cell": cell, "level": level})
        rows.append({"y": dow * cell_size, "dow": dow, "name": names[dow], "cells": cells})
    return {
        "cell": cell_size,
        "inner": cell_size - 1,
        "label_width": 32,
        "width": 24 * cell_size,
        "height": 7 * cell_size,
        "rows": rows,
        "top": top,
        "weekday_names": names,
    }

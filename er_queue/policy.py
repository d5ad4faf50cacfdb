"""The queue policy and the wait estimate, as plain functions (no database; Django only to translate the wait).

Queue order
-----------
Waiting (confirmed) bookings of one ER are ordered by

1. the band: CTAS level 1 (resuscitation) before everyone else, always;
2. the *due time*: the moment the patient's CTAS time-to-physician target runs out,
   ``confirmed_at + target(acuity)`` (targets 15, 30, 60, 120 minutes for levels 2-5);
3. the booking id (a total order, so no two patients ever share a place).

Patients who join at about the same time are therefore served by acuity, and patients of
the same acuity by time. A lower-acuity patient ages toward the front: every minute
waited brings their due time closer relative to newcomers, and once their target has run
out they are ahead of any newcomer whose own target has not. Nobody (except behind
level-1 patients) waits forever. Because the key does not depend on the clock, the order
only changes when someone joins or leaves: a slot number never goes up on its own, only
when a more urgent patient joins ahead.

Source of the targets: the CTAS time-to-physician objectives (CTAS implementation
guidelines, kept in the CAEP 2016 revision, Bullard et al., CJEM 2017; see
shared/reference/triage-standards.md section 3): level 1 immediate, 2 within 15 minutes,
3 within 30, 4 within 60, 5 within 120.

Slot number
-----------
``slot_number`` is the number of turns until yours: 0 when you are called ("it is your
turn"), 1 when you are next, n when n - 1 waiting patients are ahead of you.

Wait estimate
-------------
An exponentially weighted moving average (EWMA) of the minutes between calls at the ER.
Each "call next" gives one sample: the minutes since the previous call, or since the
called patient joined the queue if that is later (so an idle ER does not look slow). The
average starts from the ER's configured service time and moves by ``alpha`` of each new
sample. After ``stale`` minutes without a call the recent rate is no longer trusted and
the configured time is used again. A patient's estimate is ``slot_number x minutes per
call``.
"""

from __future__ import annotations

import datetime as dt
import math

from django.utils import formats
from django.utils.translation import gettext, ngettext, pgettext

# CTAS time-to-physician targets in minutes, by acuity level (1 = resuscitation).
CTAS_TARGET_MINUTES = {1: 0, 2: 15, 3: 30, 4: 60, 5: 120}

# Bounds on one interval sample (minutes): a double-click or a lunch break must not
# swing the estimate by itself.
MIN_SAMPLE_MINUTES = 0.5
MAX_SAMPLE_MINUTES = 240.0


def ctas_target(acuity: int) -> dt.timedelta:
    return dt.timedelta(minutes=CTAS_TARGET_MINUTES[acuity])


# CTAS 1 (resuscitation, seen at once) and 2 (emergent, 15 minutes) [M]: a walk-in at these levels is taken
# straight in by the desk; putting them in the waiting queue only shows an "over target" flag later.
STRAIGHT_IN_MAX_ACUITY = 2


def walk_in_goes_straight_in(acuity: int) -> bool:
    return acuity <= STRAIGHT_IN_MAX_ACUITY


def queue_band(acuity: int) -> int:
    """0 for CTAS level 1, who go before everyone; 1 for everyone else."""
    return 0 if acuity == 1 else 1


def queue_due_at(confirmed_at: dt.datetime, acuity: int) -> dt.datetime:
    return confirmed_at + ctas_target(acuity)


def is_over_target(confirmed_at: dt.datetime, acuity: int, now: dt.datetime) -> bool:
    return now - confirmed_at > ctas_target(acuity)


def call_interval_sample(
    *, now: dt.datetime, last_call_at: dt.datetime | None, joined_at: dt.datetime | None
) -> float | None:
    """Minutes this call took since the queue last moved, or None when there is nothing to learn."""
    starts = [moment for moment in (last_call_at, joined_at) if moment is not None]
    if not starts:
        return None
    minutes = (now - max(starts)).total_seconds() / 60
    return min(max(minutes, MIN_SAMPLE_MINUTES), MAX_SAMPLE_MINUTES)


def ewma(previous: float | None, sample: float, *, alpha: float, prior: float) -> float:
    base = prior if previous is None else previous
    return alpha * sample + (1 - alpha) * base


def minutes_per_call(
    *,
    ewma_minutes: float | None,
    last_call_at: dt.datetime | None,
    configured_minutes: float,
    now: dt.datetime,
    stale_minutes: float,
) -> float:
    """The current best guess of minutes between calls at an ER."""
    if ewma_minutes is None or last_call_at is None:
        return float(configured_minutes)
    if (now - last_call_at).total_seconds() / 60 > stale_minutes:
        return float(configured_minutes)
    return max(ewma_minutes, MIN_SAMPLE_MINUTES)


def wait_minutes(slot_number: int, per_call: float) -> int:
    """Estimated minutes until the patient with this slot number is called."""
    if slot_number <= 0:
        return 0
    return max(1, math.ceil(slot_number * per_call))


def wait_text(minutes: int | None) -> str:
    """'about N minutes', rounded as a person would say it."""
    if minutes is None:
        return ""
    if minutes <= 0:
        return pgettext("estimated wait", "now")
    if minutes > 10:
        minutes = int(5 * round(minutes / 5))
    if minutes >= 120:
        hours = round(minutes / 60 * 2) / 2
        return gettext("about %(hours)s hours") % {
            "hours": formats.number_format(hours, decimal_pos=0 if hours.is_integer() else 1)
        }
    return ngettext("about %(minutes)d minute", "about %(minutes)d minutes", minutes) % {"minutes": minutes}


# Long-wait check-ins (services/checkins.py): "no reply" is shown on the desk board for CTAS 1-3 patients (issue
# 14 asks for 2-3; a level-1 patient in the queue is at its top and gets the flag too, which costs nothing).
CHECKIN_NO_REPLY_MAX_ACUITY = 3


def checkin_no_reply(
    *,
    acuity: int,
    prompted_at: dt.datetime | None,
    answered_at: dt.datetime | None,
    now: dt.datetime,
    grace: dt.timedelta,
) -> bool:
    """The latest check-in prompt has gone unanswered for longer than `grace`, for a patient urgent enough that
    the desk should look (CTAS 1-3: time-to-physician targets of 30 minutes or less)."""
    if acuity > CHECKIN_NO_REPLY_MAX_ACUITY or prompted_at is None:
        return False
    if answered_at is not None and answered_at >= prompted_at:
        return False
    return now - prompted_at > grace

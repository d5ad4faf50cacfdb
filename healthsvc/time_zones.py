"""Show times in the person's own time zone: pages (a middleware) and emails (a context manager).

The browser reports its IANA zone once (static/js/time_zone.js posts it to /accounts/time-zone/), and it is
kept on the user. Until then, and for a zone this server does not know, the site's TIME_ZONE is used.
"""

from __future__ import annotations

import zoneinfo
from contextlib import contextmanager

from django.utils import timezone

from healthsvc.database_outage import signed_in_user


def zone_or_none(name: str) -> zoneinfo.ZoneInfo | None:
    """The zone of an IANA name ("Europe/London"), or None for an empty or unknown one (never an error)."""
    if not name or len(name) > 64:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


@contextmanager
def in_time_zone_of(user):
    """Render (an email, say) in the user's time zone; the site default when they have none."""
    zone = zone_or_none(getattr(user, "time_zone", "") or "")
    if zone is None:
        yield
        return
    with timezone.override(zone):
        yield


class UserTimeZoneMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = signed_in_user(request)
        zone = zone_or_none(user.time_zone) if user is not None else None
        if zone is None:
            timezone.deactivate()
        else:
            timezone.activate(zone)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

"""Who may do what in the ER queue.

ER desk staff (and administrators) hold the `er_queue.operate_queue` permission through
their role group (ErQueueConfig.role_permissions); patients act on their own bookings only.
"""

from __future__ import annotations

OPERATE_PERMISSION = "er_queue.operate_queue"


def can_operate_queue(user) -> bool:
    """True for ER staff and administrators. Cached on the user object for the request."""
    if user is None or not user.is_authenticated:
        return False
    cached = getattr(user, "_er_can_operate", None)
    if cached is None:
        cached = user.is_superuser or user.has_perm(OPERATE_PERMISSION)
        user._er_can_operate = cached
    return cached


def may_see_booking(user, *, patient_id: int | None) -> bool:
    """Patients see their own bookings; ER staff see every booking."""
    if user is None or not user.is_authenticated:
        return False
    return (patient_id is not None and patient_id == user.pk) or can_operate_queue(user)

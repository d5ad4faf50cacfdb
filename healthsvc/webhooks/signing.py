"""The signature header: `Healthsvc-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.

The timestamp is inside what is signed, so a receiver that refuses old timestamps (docs/webhooks.md: five
minutes) cannot be sent a captured request again later; the event id (`Healthsvc-Event-Id`) lets it drop the
duplicates that at-least-once delivery does send. `v1` names the scheme, so another can be added beside it.
"""

from __future__ import annotations

import hashlib
import hmac

SIGNATURE_HEADER = "Healthsvc-Signature"
DEFAULT_TOLERANCE_SECONDS = 300


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """Hex HMAC-SHA256 of `<timestamp>.<body>` with the subscription's secret."""
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def signature_header(secret: str, timestamp: int, body: bytes) -> str:
    return f"t={timestamp},v1={signature(secret, timestamp, body)}"


def signature_valid(
    secret: str, header: str, body: bytes, *, now: float, tolerance: int = DEFAULT_TOLERANCE_SECONDS
) -> bool:
    """What a receiver does (docs/webhooks.md has the same in a few lines): check a v1 signature in constant
    time, and refuse a timestamp more than `tolerance` seconds away from `now`."""
    fields: dict[str, list[str]] = {}
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        fields.setdefault(key, []).append(value)
    try:
        timestamp = int(fields["t"][0])
    except (KeyError, ValueError):
        return False
    if abs(now - timestamp) > tolerance:
        return False
    expected = signature(secret, timestamp, body)
    return any(hmac.compare_digest(expected, candidate) for candidate in fields.get("v1", []))

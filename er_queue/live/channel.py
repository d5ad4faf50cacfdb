"""The Redis side of live updates: one channel and one stored snapshot per room.

After a change commits, `rooms_publish` computes each changed room's snapshot once and hands it to Redis,
which stores it (so that a new or reconnecting watcher reads the current state without the database) and
publishes it to every web replica at once (Redis pub/sub), in one atomic script that drops a snapshot
older than the one stored: two changes committing close together may compute out of order, and a watcher
must never step back.

Redis is not needed to serve (docs/architecture.md): when it cannot be reached the change is already
committed, publishing is skipped for a few seconds at a time rather than tried by every request, and the
pages fall back to polling by themselves (the streams answer 503).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from urllib.parse import urlsplit

import redis
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder

from er_queue.metrics import live_publish_failures_total
from healthsvc.cache import CACHE_ERRORS

logger = logging.getLogger(__name__)

SNAPSHOT_TTL_SECONDS = 3600  # a room nobody changes for an hour is computed again on the next connect
PUBLISH_TIMEOUT_SECONDS = 0.5  # after commit, in the request: a slow Redis must not hold the desk's answer
PAUSE_AFTER_FAILURE_SECONDS = 5

# KEYS[1] the snapshot hash, KEYS[2] the channel; ARGV: version, body, ttl. 1 if stored and published.
_STORE_AND_PUBLISH = """
local stored = tonumber(redis.call('HGET', KEYS[1], 'version') or '-1')
if tonumber(ARGV[1]) <= stored then return 0 end
redis.call('HSET', KEYS[1], 'version', ARGV[1], 'body', ARGV[2])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
redis.call('PUBLISH', KEYS[2], ARGV[2])
return 1
"""


def _prefix() -> str:
    # Pub/sub channels ignore the Redis database number, so the number is part of every name: two
    # deployments (or test runs) sharing one Redis on different databases never hear each other.
    database = (urlsplit(settings.REDIS_URL).path or "/0").strip("/") or "0"
    return f"healthsvc:live:{database}:"


def room_channel(room_id: int) -> str:
    return f"{_prefix()}room:{room_id}"


def rooms_channel_pattern() -> str:
    return f"{_prefix()}room:*"


def room_id_of_channel(channel: str) -> int | None:
    tail = channel.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None


def _snapshot_key(room_id: int) -> str:
    return f"{_prefix()}snapshot:{room_id}"


class _Publisher:
    """One Redis client per process, shared by threads (redis-py's pool is thread-safe)."""

    def __init__(self):
        self._client = None
        self._script = None
        self._paused_until = 0.0
        self._lock = threading.Lock()

    def client(self):
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = redis.Redis.from_url(
                        settings.REDIS_URL,
                        socket_timeout=PUBLISH_TIMEOUT_SECONDS,
                        socket_connect_timeout=PUBLISH_TIMEOUT_SECONDS,
                    )
                    self._script = self._client.register_script(_STORE_AND_PUBLISH)
        return self._client

    def available(self) -> bool:
        return time.monotonic() >= self._paused_until

    def failed(self, exc: BaseException) -> None:
        self._paused_until = time.monotonic() + PAUSE_AFTER_FAILURE_SECONDS
        live_publish_failures_total.inc()
        logger.warning("live updates: Redis unreachable (%s); pages poll until it is back", exc.__class__.__name__)

    def store_and_publish(self, snapshot: dict) -> bool:
        self.client()
        body = json.dumps(snapshot, cls=DjangoJSONEncoder, separators=(",", ":"))
        room_id = snapshot["room_id"]
        keys = [_snapshot_key(room_id), room_channel(room_id)]
        return bool(self._script(keys=keys, args=[snapshot["version"], body, SNAPSHOT_TTL_SECONDS]))

    def latest(self, room_id: int) -> dict | None:
        body = self.client().hget(_snapshot_key(room_id), "body")
        return json.loads(body) if body else None


_publisher = _Publisher()


def rooms_publish(room_ids, *, changed_at: float | None = None) -> int:
    """Compute and publish the snapshot of each room (after commit); how many were published."""
    from er_queue.live.snapshot import room_snapshot

    changed_at = changed_at or time.time()
    if not _publisher.available():
        return 0
    published = 0
    for room_id in sorted(set(room_ids)):
        snapshot = room_snapshot(room_id=room_id, changed_at=changed_at)
        if snapshot is None:
            continue
        try:
            published += _publisher.store_and_publish(snapshot)
        except CACHE_ERRORS as exc:
            _publisher.failed(exc)
            return published
    return published


def room_latest(room_id: int) -> dict | None:
    """The room's current snapshot: Redis's copy, or computed now (and stored) when Redis has none.
    Raises a Redis error when Redis cannot be reached (the stream then answers 503)."""
    from er_queue.live.snapshot import room_snapshot

    snapshot = _publisher.latest(room_id)
    if snapshot is None:
        snapshot = room_snapshot(room_id=room_id, changed_at=time.time())
        if snapshot is not None:
            _publisher.store_and_publish(snapshot)
    return snapshot

"""The fan-out inside one web process: one Redis subscription, any number of watchers.

Each process (each uvicorn worker, on each replica) holds a single pattern subscription to every room's
channel. A published snapshot is decoded once and offered to the watchers of its room; a watcher keeps only
the newest one it has not sent yet, so a slow client skips intermediate states instead of queueing them.
Nothing here touches the database: a change costs one snapshot (channel.rooms_publish), not one query per
watcher.

If the subscription breaks (Redis restarted or unreachable), every open stream is ended so that its page
falls back to polling at once, and new streams are refused (503) until the subscription is back; it is
retried with a growing pause.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import weakref
from collections import defaultdict

import redis.asyncio as aioredis
from django.conf import settings

from er_queue.live.channel import room_id_of_channel, rooms_channel_pattern
from healthsvc.cache import CACHE_ERRORS

logger = logging.getLogger(__name__)

READY_WAIT_SECONDS = 2.0
LONGEST_PAUSE_SECONDS = 30.0


class Watcher:
    """One open stream's mailbox: the newest snapshot of its room it has not sent yet."""

    __slots__ = ("__weakref__", "_wake", "closed", "latest", "room_id", "sent_version")

    def __init__(self, room_id: int):
        self.room_id = room_id
        self.latest: dict | None = None
        self.sent_version = -1
        self.closed = False
        self._wake = asyncio.Event()

    def offer(self, snapshot: dict) -> None:
        if snapshot["version"] <= self.sent_version:
            return
        if self.latest is None or snapshot["version"] > self.latest["version"]:
            self.latest = snapshot
            self._wake.set()

    def close(self) -> None:
        self.closed = True
        self._wake.set()

    async def next(self, timeout: float) -> dict | None:
        """The next snapshot to send, or None after `timeout` seconds with nothing new (or when closed)."""
        if self.latest is None and not self.closed:
            try:
                await asyncio.wait_for(self._wake.wait(), timeout)
            except TimeoutError:
                return None
        self._wake.clear()
        snapshot, self.latest = self.latest, None
        if snapshot is not None:
            self.sent_version = snapshot["version"]
        return snapshot


class RoomHub:
    def __init__(self):
        self._watchers: dict[int, set[Watcher]] = defaultdict(set)
        self._subscribed = asyncio.Event()
        self._failing = False  # the last attempt failed: answer at once until one succeeds
        self._task: asyncio.Task | None = None

    async def ready(self, timeout: float = READY_WAIT_SECONDS) -> bool:
        """True once the subscription is up (starting it on first use); False if Redis does not answer."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._listen(), name="live-hub")
        elif self._failing:
            return False  # Redis is down and the hub is between retries: no stream waits for it
        try:
            await asyncio.wait_for(self._subscribed.wait(), timeout)
        except TimeoutError:
            return False
        return True

    def join(self, room_id: int) -> Watcher:
        watcher = Watcher(room_id)
        self._watchers[room_id].add(watcher)
        return watcher

    def leave(self, watcher: Watcher) -> None:
        watchers = self._watchers.get(watcher.room_id)
        if watchers is not None:
            watchers.discard(watcher)
            if not watchers:
                del self._watchers[watcher.room_id]

    def watcher_count(self) -> int:
        return sum(len(watchers) for watchers in self._watchers.values())

    def _dispatch(self, channel: bytes, data: bytes) -> None:
        room_id = room_id_of_channel(channel.decode())
        watchers = self._watchers.get(room_id) if room_id is not None else None
        if not watchers:
            return
        snapshot = json.loads(data)  # once per process, however many watch the room
        for watcher in tuple(watchers):
            watcher.offer(snapshot)

    def _close_all(self) -> None:
        for watchers in self._watchers.values():
            for watcher in watchers:
                watcher.close()

    async def _listen(self) -> None:
        pause = 1.0
        while True:
            client = aioredis.Redis.from_url(
                settings.REDIS_URL, socket_connect_timeout=READY_WAIT_SECONDS, socket_keepalive=True
            )
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.psubscribe(rooms_channel_pattern())
                self._subscribed.set()
                self._failing = False
                pause = 1.0
                logger.info("live updates: subscribed to %s", rooms_channel_pattern())
                async for message in pubsub.listen():
                    if message["type"] == "pmessage":
                        self._dispatch(message["channel"], message["data"])
            except CACHE_ERRORS as exc:  # the subscription broke: streams end, pages poll
                self._failing = True
                logger.warning("live updates: subscription lost (%s); retry in %.0f s", exc.__class__.__name__, pause)
            finally:
                self._subscribed.clear()
                self._close_all()
                with contextlib.suppress(*CACHE_ERRORS):  # already broken
                    await pubsub.aclose()
                    await client.aclose()
            await asyncio.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE_SECONDS)


_hubs: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def room_hub() -> RoomHub:
    """The hub of the running event loop (one per uvicorn worker; a test server has its own loop)."""
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = RoomHub()
    return hub

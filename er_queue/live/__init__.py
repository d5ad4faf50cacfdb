"""Pushed updates of the ER queue: snapshots published through Redis, streamed to pages as server-sent events.

channel.py  the Redis side: one channel and one stored snapshot per room, published after each change
snapshot.py what a change costs: one read of the room's queue, language-free
hub.py      the fan-out inside one web process: one subscription, many watchers
views.py    the streams (async views under ASGI)

docs/er_queue.md, "Pushed updates", explains the design, its limits and how it scales out.
"""

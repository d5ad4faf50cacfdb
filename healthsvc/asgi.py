"""The web server's entry point: ASGI for live streams, the WSGI app for everything else.

gunicorn runs this with uvicorn workers (scripts/run.py, Dockerfile). Paths under LIVE_PREFIX go to Django's
ASGI handler, where the server-sent event streams are async views that hold thousands of idle connections in
one event loop. Every other path (pages, the REST and FHIR APIs, admin, metrics) goes to Django's WSGI app,
run by a2wsgi in a fixed pool of WEB_THREADS threads: the same synchronous stack, per-thread persistent
database connections and thread count as gunicorn's threaded workers had, where Django's ASGI handler would
start a new thread (and database connection) per request.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "healthsvc.settings")

from a2wsgi import WSGIMiddleware
from django.core.asgi import get_asgi_application
from django.core.wsgi import get_wsgi_application

from healthsvc.gc_freeze import start_freezing

LIVE_PREFIX = "/live/"
WEB_THREADS = int(os.environ.get("WEB_THREADS", "8"))

live_application = get_asgi_application()
wsgi_application = WSGIMiddleware(get_wsgi_application(), workers=WEB_THREADS)


async def application(scope, receive, send):
    if scope["type"] == "http" and scope["path"].startswith(LIVE_PREFIX):
        await live_application(scope, receive, send)
    elif scope["type"] == "lifespan":
        await _lifespan(receive, send)
    else:
        await wsgi_application(scope, receive, send)


async def _lifespan(receive, send):
    """At start, the garbage collector's freezing of long-lived objects (healthsvc/gc_freeze.py); the live hub
    starts with its first stream. Nothing to stop."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            start_freezing()
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return

"""Prometheus metrics of a Celery worker, served by the worker itself on WORKER_METRICS_PORT.

Tasks run in the worker's pool processes (prefork), each with its own memory, so what a task counts (triage
results, expiries, task outcomes) lives in a child that no web process sees. With WORKER_METRICS_PORT set,
a `celery ... worker` process keeps its metrics as prometheus_client's multiprocess mode does, one file per
process in one folder, and its main process serves their sum at http://<address>:<port>/metrics. Files of
recycled children stay, so counters never go back. With METRICS_TOKEN set the endpoint asks for it as a
bearer token, like the web's /metrics.

The mode must be chosen before the first metric exists, so `prepare()` runs first in healthsvc/celery.py,
before Django and every app define theirs. It uses the standard library only. Web, beat and one-off
`celery inspect` commands are left alone: only a worker serves these.
"""

from __future__ import annotations

import atexit
import hmac
import logging
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

logger = logging.getLogger(__name__)

PORT_VARIABLE = "WORKER_METRICS_PORT"
ADDRESS_VARIABLE = "WORKER_METRICS_ADDRESS"
FOLDER_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"  # prometheus_client's own name for the folder
FOLDER_PREFIX = "healthsvc-worker-metrics-"  # then the worker's pid

_server = None


def configured_port() -> int | None:
    value = os.environ.get(PORT_VARIABLE, "").strip()
    return int(value) if value and value != "0" else None


def is_worker_command(argv: list[str]) -> bool:
    """`celery -A healthsvc worker ...` or `python -m celery ... worker ...`; not beat, inspect or the web."""
    if not argv or "worker" not in argv[1:]:
        return False
    program = Path(argv[0])
    return program.name == "celery" or (program.name == "__main__.py" and program.parent.name == "celery")


def prepare(argv: list[str] | None = None) -> bool:
    """In a worker process with a metrics port: turn on multiprocess mode in a fresh folder. True if on."""
    argv = sys.argv if argv is None else argv
    if configured_port() is None or not is_worker_command(argv):
        return False
    if not os.environ.get(FOLDER_VARIABLE):
        if "prometheus_client" in sys.modules:
            raise RuntimeError("worker metrics: prepare() must run before prometheus_client is imported")
        _remove_orphaned_folders()
        folder = tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-")
        os.environ[FOLDER_VARIABLE] = folder
        atexit.register(_remove_folder, folder, os.getpid())
    return True


def _remove_folder(folder: str, owner: int) -> None:
    if os.getpid() == owner:  # not in a pool child that exits through atexit
        shutil.rmtree(folder, ignore_errors=True)


def _remove_orphaned_folders() -> None:
    """Folders of workers that were killed (kill -9, OOM) and so never removed theirs."""
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*-*"):
        pid = folder.name.removeprefix(FOLDER_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def metrics_app(registry, token: str):
    """The WSGI app behind the port: prometheus_client's exposition, behind the bearer token when one is set."""
    from prometheus_client import make_wsgi_app

    exposition = make_wsgi_app(registry)

    def app(environ, start_response):
        if token:
            sent = environ.get("HTTP_AUTHORIZATION", "")
            if not hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
                start_response("401 Unauthorized", [("Content-Type", "text/plain")])
                return [b"Unauthorized"]
        return exposition(environ, start_response)

    return app


def serve(port: int, address: str, token: str):
    """Serve the sum of every process's metrics in the folder; returns the server (its thread is a daemon)."""
    from wsgiref.simple_server import make_server

    from prometheus_client import CollectorRegistry
    from prometheus_client.exposition import ThreadingWSGIServer, _SilentHandler
    from prometheus_client.multiprocess import MultiProcessCollector

    registry = CollectorRegistry()
    MultiProcessCollector(registry)
    server = make_server(address, port, metrics_app(registry, token), ThreadingWSGIServer, _SilentHandler)
    threading.Thread(target=server.serve_forever, name="worker-metrics", daemon=True).start()
    return server


def on_worker_init(**_kwargs) -> None:
    """Main worker process, before the pool starts: open the metrics port."""
    global _server
    port = configured_port()
    if port is None or not os.environ.get(FOLDER_VARIABLE):
        return
    from django.conf import settings

    address = os.environ.get(ADDRESS_VARIABLE, "0.0.0.0")  # noqa: S104 - scraped by pod IP in a cluster
    try:
        _server = serve(port, address, settings.METRICS_TOKEN)
    except OSError:
        # Metrics are not worth a worker: say so and keep consuming.
        logger.exception("worker metrics not served on %s:%s", address, port)
        return
    logger.info("worker metrics on http://%s:%s/metrics", address, port)


def on_worker_process_init(**_kwargs) -> None:
    """A pool child: drop the copy of the listening socket it inherited; the main process serves."""
    if _server is not None:
        _server.socket.close()


def on_worker_process_shutdown(pid=None, **_kwargs) -> None:
    if os.environ.get(FOLDER_VARIABLE):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid or os.getpid())

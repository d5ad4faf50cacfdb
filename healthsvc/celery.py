"""The Celery application: broker and schedule from Django settings (CELERY_*)."""

from __future__ import annotations

import os
import time

from healthsvc import worker_metrics

# First, before Django and the apps create any metric: a worker with a metrics port counts across its pool.
worker_metrics.prepare()

from celery import Celery  # noqa: E402
from celery.signals import (  # noqa: E402
    before_task_publish,
    task_postrun,
    task_prerun,
    worker_init,
    worker_process_init,
    worker_process_shutdown,
)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "healthsvc.settings")

app = Celery("healthsvc")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


# Carry the web request's id into the task, so one id follows the work across processes.
@before_task_publish.connect
def _attach_request_id(headers=None, **_kwargs):
    from healthsvc.logging import current_request_id

    if headers is not None and current_request_id():
        headers["request_id"] = current_request_id()


@task_prerun.connect
def _restore_request_id(task=None, **_kwargs):
    from healthsvc.logging import new_request_id, set_request_id

    incoming = getattr(task.request, "request_id", None) if task else None
    task.request._request_id_token = set_request_id(new_request_id(incoming))


@task_postrun.connect
def _clear_request_id(task=None, **_kwargs):
    from healthsvc.logging import reset_request_id

    token = getattr(task.request, "_request_id_token", None) if task else None
    if token is not None:
        reset_request_id(token)


@task_prerun.connect
def _note_start(task=None, **_kwargs):
    if task is not None:
        task.request._started_monotonic = time.monotonic()


@task_postrun.connect
def _count_task(task=None, state=None, **_kwargs):
    from healthsvc.metrics import celery_task_seconds, celery_tasks_total

    if task is None:
        return
    celery_tasks_total.labels(task=task.name, state=(state or "unknown").lower()).inc()
    started = getattr(task.request, "_started_monotonic", None)
    if started is not None:
        celery_task_seconds.labels(task=task.name).observe(time.monotonic() - started)


worker_init.connect(worker_metrics.on_worker_init, weak=False)
worker_process_init.connect(worker_metrics.on_worker_process_init, weak=False)
worker_process_shutdown.connect(worker_metrics.on_worker_process_shutdown, weak=False)

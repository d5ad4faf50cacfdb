"""The Celery application: broker and schedule from Django settings (CELERY_*)."""

from __future__ import annotations

import os

from celery import Celery
from celery.signals import before_task_publish, task_postrun, task_prerun

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

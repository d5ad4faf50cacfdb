# syntax=docker/dockerfile:1
# healthsvc image: one image for web, worker and beat (the command picks the role).

# --- build stage: compile wheels once, with the toolchain --------------------------
FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY requirements.txt .
# Runtime pins only: the embedded servers, browser and test tools are in requirements-dev.txt.
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install -r requirements.txt

# --- runtime stage: slim, non-root -------------------------------------------------
FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=healthsvc.settings \
    PORT=8000
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --home /app app
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY --chown=app:app . .
# collectstatic needs settings but no database; a throwaway key is enough at build time.
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput \
 && chown -R app:app /app/staticfiles
USER app
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"
# One process a container; replicas scale out (the Prometheus registry is per process). A uvicorn worker serves the
# ASGI app (healthsvc/asgi.py): live streams in its event loop, everything else in WEB_THREADS threads of WSGI.
ENV WEB_THREADS=8
CMD ["sh", "-c", "python manage.py wait_for_db && exec gunicorn healthsvc.asgi:application --worker-class healthsvc.web_worker.WebWorker --bind 0.0.0.0:${PORT} --workers 1 --access-logfile - --graceful-timeout 20 --timeout 30"]

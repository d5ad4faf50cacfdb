"""Django settings for healthsvc, all from environment variables.

See the configuration table in README.md. DEBUG is off unless DJANGO_DEBUG is set;
without DEBUG, SECRET_KEY must be given.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from pathlib import Path

from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

from healthsvc.env import database_from_url, env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off")
    SECRET_KEY = "insecure-development-key-only-used-with-debug-on"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "knox",
    "axes",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "django_prometheus",
    "healthsvc",
    "triage",
    "er_queue",
    "suggestions",
    "workers",
    "medicine",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "healthsvc.logging.RequestIdMiddleware",
    "healthsvc.database_outage.DatabaseFailFastMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The page language: the person's saved choice (healthsvc.languages), else the cookie, else the browser's.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "healthsvc.time_zones.UserTimeZoneMiddleware",
    "healthsvc.languages.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "healthsvc.security_headers.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "healthsvc.database_outage.DatabaseOutageMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
    "axes.middleware.AxesMiddleware",  # turns a locked-out sign-in into healthsvc.signin.locked_out
]

ROOT_URLCONF = "healthsvc.urls"
WSGI_APPLICATION = "healthsvc.wsgi.application"
ASGI_APPLICATION = "healthsvc.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "healthsvc.context_processors.site",
            ],
        },
    },
]

# --- Data stores -----------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/healthsvc")
DATABASES = {"default": database_from_url(DATABASE_URL)}
# Django's PostgreSQL backend plus a client-side deadline on every round trip (healthsvc/db_deadline.py).
DATABASES["default"]["ENGINE"] = "healthsvc.db_backend"
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A connect that hangs would hang the request; fail fast and let the caller retry.
DATABASES["default"]["OPTIONS"] = {"connect_timeout": env_int("DATABASE_CONNECT_TIMEOUT", 5)}
# Bounded waits: a slow statement or a row lock held too long ends in an error the API turns
# into 503 + Retry-After (healthsvc/database_outage.py), instead of holding a web thread for the
# whole stall. These defaults are the web's (inside gunicorn's 30 s timeout). Celery workers and
# beat run sweeps and get longer ones from their environment (45 s / 20 s: scripts/run.py,
# deploy/k8s/base/worker.yaml), still inside the task time limit; the migrate job turns the statement
# limit off, as an index build may take longer. PgBouncer rejects startup options: behind it, set
# these on the database role instead.
DATABASE_STATEMENT_TIMEOUT_MS = env_int("DATABASE_STATEMENT_TIMEOUT_MS", 15_000)
DATABASE_LOCK_TIMEOUT_MS = env_int("DATABASE_LOCK_TIMEOUT_MS", 10_000)
DATABASES["default"]["OPTIONS"]["options"] = (
    f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS} -c lock_timeout={DATABASE_LOCK_TIMEOUT_MS}"
)
# The client's own deadline (healthsvc/db_deadline.py) for a server that cannot enforce the two above
# because it is frozen: 2 s above the statement limit, so a live server always answers first. With no
# statement limit (the migrate job) there is no deadline either. A missed deadline makes requests that
# need the database fail fast with the 503 for DATABASE_FAIL_FAST_SECONDS.
DATABASE_CLIENT_DEADLINE_SECONDS = env_float(
    "DATABASE_CLIENT_DEADLINE_SECONDS",
    (DATABASE_STATEMENT_TIMEOUT_MS / 1000 + 2) if DATABASE_STATEMENT_TIMEOUT_MS else 0,
)
DATABASE_FAIL_FAST_SECONDS = env_float("DATABASE_FAIL_FAST_SECONDS", 5)
# Parameters travel apart from the SQL and a statement run 5 times on a connection is
# prepared: the hot paths (token lookup, booking, position poll) skip PostgreSQL's parse
# and plan, which cut its CPU per booking by about a quarter (docs/operations.md). Turn
# it off behind a transaction-pooling PgBouncer, which cannot keep prepared statements.
if env_bool("DATABASE_SERVER_SIDE_BINDING", True):
    DATABASES["default"]["OPTIONS"] |= {"server_side_binding": True, "prepare_threshold": 5}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
# A web process moves its long-lived objects (open live streams, Django itself) out of the garbage collector's
# scans this often (healthsvc/gc_freeze.py); 0 turns it off.
GC_FREEZE_SECONDS = env_float("GC_FREEZE_SECONDS", 10.0)
# Short socket timeouts everywhere Redis is used: an unreachable Redis must never hang
# a web request (the page degrades instead).
REDIS_SOCKET_TIMEOUT = 2
CACHES = {
    "default": {
        "BACKEND": "healthsvc.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "healthsvc",
        "OPTIONS": {"socket_connect_timeout": REDIS_SOCKET_TIMEOUT, "socket_timeout": REDIS_SOCKET_TIMEOUT},
    }
}

# --- Auth ---------------------------------------------------------------------------
AUTH_USER_MODEL = "healthsvc.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation ---------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
# Every page, email and the questionnaire, result, suggestion and medicine text are in both (docs/i18n.md).
LANGUAGES = [("en-gb", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "healthsvc_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# --- Static files -------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# --- Email ---------------------------------------------------------------------------
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "healthsvc <no-reply@healthsvc.local>")

# --- Security (production values unless DEBUG) ------------------------------------------
SESSION_COOKIE_HTTPONLY = True
# Idle time after which a page session ends (healthsvc/security_headers.py); staff share desk computers.
SESSION_IDLE_MINUTES_PATIENT = env_int("SESSION_IDLE_MINUTES_PATIENT", 60)
SESSION_IDLE_MINUTES_STAFF = env_int("SESSION_IDLE_MINUTES_STAFF", 20)
SESSION_COOKIE_AGE = SESSION_IDLE_MINUTES_PATIENT * 60  # until the first renewal sets the person's own
# A closed account's clinical records (symptom checks, results, bookings) are kept, anonymised, this long:
# the NHS Records Management Code of Practice keeps adult GP and hospital records 8 years (docs/security.md).
CLINICAL_RECORD_RETENTION_YEARS = env_int("CLINICAL_RECORD_RETENTION_YEARS", 8)
# Content-Security-Policy (django-csp): scripts, styles and everything else from this origin only. No
# page has an inline script, style or event handler, so neither 'unsafe-inline' nor a nonce is needed.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# /metrics for the scraper only: with a token set, a request must send "Authorization: Bearer <token>".
METRICS_TOKEN = env_str("METRICS_TOKEN", "")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# Health probes and Prometheus scrape over plain HTTP inside the cluster.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "healthsvc.views.csrf_failure"
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024  # no legitimate request here is larger

# --- REST API --------------------------------------------------------------------------
# --- Sign-in hardening (docs/security.md) ----------------------------------------------
# Proxies in front of the app that append to X-Forwarded-For (a load balancer, an ingress: usually 1).
# 0: the header is ignored. DRF's throttles and the lockout both use it (healthsvc/client_ip.py).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out account+address before checking a password
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("SIGNIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("SIGNIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]  # the account, from the real client address
AXES_CLIENT_IP_CALLABLE = "healthsvc.client_ip.client_ip"
AXES_USERNAME_CALLABLE = "healthsvc.client_ip.axes_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "healthsvc.signin.locked_out"
AXES_VERBOSE = False  # healthsvc.signin logs each success and failure itself, without the password
# Sign-up and password reset (pages) per client address; the API's are DRF's "auth" scope.
SIGNIN_PAGE_RATE = env_str("SIGNIN_PAGE_RATE", "10/minute")

# API tokens (healthsvc/tokens.py): hashed at rest, valid for API_TOKEN_TTL_HOURS, not renewed by use.
REST_KNOX = {
    "TOKEN_TTL": dt.timedelta(hours=env_int("API_TOKEN_TTL_HOURS", 12)),
    "AUTO_REFRESH": False,
    "TOKEN_LIMIT_PER_USER": 20,
    "AUTH_HEADER_PREFIX": "Token",
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "healthsvc.api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "healthsvc.api.pagination.Pagination",
    "PAGE_SIZE": 25,
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
        "rest_framework.throttling.ScopedRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_THROTTLE_ANON", "60/minute"),
        "user": env_str("API_THROTTLE_USER", "600/minute"),
        "auth": env_str("API_THROTTLE_AUTH", "10/minute"),
    },
    # The same client address as the sign-in lockout (healthsvc/client_ip.py): with 0, X-Forwarded-For is
    # ignored, so a spoofed header cannot make each try a new client.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "DEFAULT_SCHEMA_CLASS": "healthsvc.api.schema.AutoSchema",  # documents the errors every operation can give
    "EXCEPTION_HANDLER": "healthsvc.api.errors.exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    # Bodies are JSON only (docs/api.md): a form cannot carry the nested answers, and anything else is a 415.
    "DEFAULT_PARSER_CLASSES": ["healthsvc.api.parsers.BoundedJSONParser"],
    # Non-ASCII is escaped in responses: an echoed lone surrogate (invalid Unicode a client sent) then stays
    # valid JSON instead of failing to encode.
    "UNICODE_JSON": False,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "healthsvc API",
    "DESCRIPTION": (
        "Self-triage, ER virtual queue, health suggestions, medicine information and health-worker contact. "
        'Every error has the shape {"error": {"code", "message", "fields"}}.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI's files from this server (drf-spectacular-sidecar), never a CDN: the CSP allows only 'self'.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # Distinct names for enums that share values across apps (state machines, dispositions).
    "ENUM_NAME_OVERRIDES": {
        "TriageStateEnum": "triage.choices.TriageState",
        "DispositionEnum": "triage.choices.Disposition",
        "BookingStateEnum": "er_queue.choices.BookingState",
        "InteractionStateEnum": "suggestions.choices.InteractionState",
        "ContactStateEnum": "workers.choices.ContactState",
        "ContactDispositionEnum": "workers.choices.ContactDisposition",
        "PatientLinkStatusEnum": "healthsvc.pms.choices.LinkStatus",
        "PatientLinkSourceEnum": "healthsvc.pms.choices.LinkSource",
    },
}

# --- Celery ----------------------------------------------------------------------------
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", REDIS_URL)
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True  # a task is acknowledged after it ran, so a crash re-delivers it
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Every task is short (a calculation, a batch of e-mails, one sweep of batched statements);
# these limits stay under the visibility timeout below.
CELERY_TASK_TIME_LIMIT = 55
CELERY_TASK_SOFT_TIME_LIMIT = 45
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # with acks_late: one task in hand per process
CELERY_WORKER_MAX_TASKS_PER_CHILD = 500  # escalating restart: recycle a leaking child
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
    "socket_timeout": REDIS_SOCKET_TIMEOUT,
    # How long a message taken by a worker that was then killed (-9, OOM) waits before Redis
    # hands it out again: within a minute, not Redis' default hour. Above the 55 s hard time
    # limit, so a running task is not given out twice; a retried task's countdown (at most 30 s)
    # can push one over, which is safe because every task is idempotent.
    "visibility_timeout": 60,
}
# A web request that publishes must give up quickly when the broker is away.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}
CELERY_TASK_ALWAYS_EAGER = False
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
HEARTBEAT_INTERVAL_SECONDS = 15
CELERY_BEAT_SCHEDULE = {
    "heartbeat": {"task": "healthsvc.tasks.heartbeat_task", "schedule": HEARTBEAT_INTERVAL_SECONDS},
    # A lost calculation (worker killed mid-task) is found within 25 s (stuck 15 s + a 10 s
    # period), before the visibility timeout: a possibly emergency result cannot sit for
    # minutes. Re-sending one still queued is harmless; the calculation is idempotent.
    "triage-reconcile": {
        "task": "triage.tasks.reconcile_triage_task",
        "schedule": 10,
        "options": {"expires": 10},
    },
    "workers-expire-contact-requests": {"task": "workers.tasks.expire_contact_requests_task", "schedule": 60},
    # A sweep message older than its next run is useless: expire it rather than pile up.
    "er-expire-bookings": {"task": "er_queue.tasks.expire_bookings_task", "schedule": 30, "options": {"expires": 60}},
    # Long-wait check-ins (docs/er_queue.md): the prompts are due by stored times, so a minute's period is enough.
    "er-checkin-prompts": {"task": "er_queue.tasks.checkin_prompts_task", "schedule": 60, "options": {"expires": 60}},
    # Webhook retries are due rows in the database, not delayed broker messages: this sweep sends them, and
    # the deliveries whose message was lost (broker down at commit, worker killed).
    "webhooks-send-due": {
        "task": "healthsvc.webhooks.tasks.send_due_webhooks_task",
        "schedule": 10,
        "options": {"expires": 10},
    },
    "webhooks-purge": {"task": "healthsvc.webhooks.tasks.purge_webhook_events_task", "schedule": 3600},
    # Closed accounts past CLINICAL_RECORD_RETENTION_YEARS (healthsvc/retention.py): daily at a quiet hour, by
    # the clock rather than every 24 h from beat's start, so a beat restarted more often still runs it.
    "purge-closed-accounts": {
        "task": "healthsvc.tasks.purge_closed_accounts_task",
        "schedule": crontab(hour=3, minute=17),
        "options": {"expires": 3600},
    },
    # Retries of links to the patient-management system, and links whose first message was lost (healthsvc/pms).
    "pms-link-sweep": {"task": "healthsvc.pms.tasks.pms_link_sweep_task", "schedule": 30, "options": {"expires": 30}},
}
HEARTBEAT_STALE_AFTER_SECONDS = env_int("HEARTBEAT_STALE_AFTER_SECONDS", 60)

# --- Logging ---------------------------------------------------------------------------
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "healthsvc.logging.RequestIdFilter"},
        "redact": {"()": "healthsvc.logging.RedactSecretsFilter"},
    },
    "formatters": {"json": {"()": "healthsvc.logging.JsonFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_id", "redact"],
        }
    },
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "celery": {"level": LOG_LEVEL},
    },
}

# --- Webhooks (docs/webhooks.md) --------------------------------------------------------
# Where subscriptions may point: https only unless DEBUG, and public addresses only, except inside these
# networks (comma-separated CIDRs, e.g. a hospital's own 10.20.0.0/16 receiver).
WEBHOOK_REQUIRE_HTTPS = env_bool("WEBHOOK_REQUIRE_HTTPS", not DEBUG)
WEBHOOK_ALLOWED_NETWORKS = env_list("WEBHOOK_ALLOWED_NETWORKS", [])
try:
    [ipaddress.ip_network(network, strict=False) for network in WEBHOOK_ALLOWED_NETWORKS]
except ValueError as exc:
    raise ImproperlyConfigured(f"WEBHOOK_ALLOWED_NETWORKS: {exc}") from exc
WEBHOOK_CA_BUNDLE = env_str("WEBHOOK_CA_BUNDLE", "") or None  # a PEM file; None: the system's CAs
# Short, so a slow receiver holds a worker for seconds, not the task limit.
WEBHOOK_CONNECT_TIMEOUT_SECONDS = env_float("WEBHOOK_CONNECT_TIMEOUT_SECONDS", 3)
WEBHOOK_READ_TIMEOUT_SECONDS = env_float("WEBHOOK_READ_TIMEOUT_SECONDS", 5)
# Retry n waits BASE * 2**(n-1) seconds (plus up to 10 % jitter), at most MAX: 30 s, 1, 2, 4 ... 32 min, then
# hourly; 12 attempts span about 5 hours. Then the delivery is given up (the admin can replay it).
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 12)
WEBHOOK_BACKOFF_BASE_SECONDS = env_float("WEBHOOK_BACKOFF_BASE_SECONDS", 30)
WEBHOOK_BACKOFF_MAX_SECONDS = env_float("WEBHOOK_BACKOFF_MAX_SECONDS", 3600)
# A subscription whose receiver failed this many attempts in a row (no success between) is paused. Below
# WEBHOOK_MAX_ATTEMPTS on purpose: a receiver that is down is paused with its events held, rather than each
# event being given up; giving up is for one event the receiver keeps refusing while it takes others.
WEBHOOK_PAUSE_AFTER_FAILURES = env_int("WEBHOOK_PAUSE_AFTER_FAILURES", 10)
# A delivery whose message was sent this long ago without an attempt is sent again (lost message). Above the
# broker's visibility timeout (60 s), which redelivers a message a killed worker had taken.
WEBHOOK_REQUEUE_AFTER_SECONDS = env_int("WEBHOOK_REQUEUE_AFTER_SECONDS", 90)
# A worker's hold on a delivery while it posts; above the task hard limit (55 s), so a running attempt is
# never taken over, and a killed worker's delivery is tried again after it.
WEBHOOK_CLAIM_SECONDS = 60
WEBHOOK_SWEEP_BATCH_SIZE = 200
WEBHOOK_RETENTION_DAYS = env_int("WEBHOOK_RETENTION_DAYS", 30)
WEBHOOK_MAX_SUBSCRIPTIONS_PER_ACCOUNT = 20

# --- Patient-management system (healthsvc/pms; docs/operations.md) ---------------------------------
# The hospital's PMS, spoken to over FHIR R4. An empty base URL turns the link off. Sign-up and triage never
# wait on it: a worker calls it, with these timeouts, behind a circuit breaker shared through Redis, and
# retries a link with exponential backoff (a try waits between half and all of BASE * 2**(n-1), at most MAX:
# 30 attempts span about 12 to 24 hours), then marks it failed for staff to retry.
PMS_FHIR_BASE_URL = (env_str("PMS_FHIR_BASE_URL", "") or "").rstrip("/")
PMS_FHIR_AUTHORIZATION = env_str("PMS_FHIR_AUTHORIZATION", "")  # sent as the Authorization header, if set
PMS_IDENTIFIER_SYSTEM = env_str("PMS_IDENTIFIER_SYSTEM", "")  # the hospital number's system, for identifier search
PMS_CONNECT_TIMEOUT_SECONDS = env_float("PMS_CONNECT_TIMEOUT_SECONDS", 3)
PMS_READ_TIMEOUT_SECONDS = env_float("PMS_READ_TIMEOUT_SECONDS", 5)
PMS_BREAKER_FAILURES = env_int("PMS_BREAKER_FAILURES", 5)
PMS_BREAKER_COOLDOWN_SECONDS = env_float("PMS_BREAKER_COOLDOWN_SECONDS", 60)
PMS_LINK_RETRY_BASE_SECONDS = env_float("PMS_LINK_RETRY_BASE_SECONDS", 30)
PMS_LINK_RETRY_MAX_SECONDS = env_float("PMS_LINK_RETRY_MAX_SECONDS", 3600)
PMS_LINK_MAX_ATTEMPTS = env_int("PMS_LINK_MAX_ATTEMPTS", 30)

# --- Product settings ------------------------------------------------------------------
# Triage engine rulesets (triage/engine); the shadow one also runs on every calculation
# and its disagreements are shown to clinicians before `manage.py promote_shadow_ruleset`.
TRIAGE_ACTIVE_RULESET = env_str("TRIAGE_ACTIVE_RULESET", "")  # "" = the engine's default
TRIAGE_SHADOW_RULESET = env_str("TRIAGE_SHADOW_RULESET", "")
# A record recorded or calculating for longer than this is re-enqueued by the reconcile sweep.
TRIAGE_RECONCILE_AFTER_SECONDS = env_int("TRIAGE_RECONCILE_AFTER_SECONDS", 15)
EMERGENCY_PHONE_NUMBER = env_str("EMERGENCY_PHONE_NUMBER", "112")
# Long-wait check-ins (er_queue/services/checkins.py; docs/er_queue.md): a waiting patient is asked "same, better
# or worse?" once their CTAS target plus the margin has passed, at most once per interval; the board shows
# "no reply" for CTAS 1-3 after the no-reply minutes.
ER_CHECKIN_MARGIN_MINUTES = env_int("ER_CHECKIN_MARGIN_MINUTES", 15)
ER_CHECKIN_INTERVAL_MINUTES = env_int("ER_CHECKIN_INTERVAL_MINUTES", 60)
ER_CHECKIN_NO_REPLY_MINUTES = env_int("ER_CHECKIN_NO_REPLY_MINUTES", 10)
# Absolute base for links in emails, e.g. https://healthsvc.example.org ("" = relative links).
SITE_URL = env_str("SITE_URL", "")
SITE_NAME = "healthsvc"

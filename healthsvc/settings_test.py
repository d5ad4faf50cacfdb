"""Settings for the test suite: production settings, with the few changes tests need.

Tests talk plain HTTP to the test client and the live server, so the HTTPS-only
redirects and cookies are off; passwords hash fast. Everything else (PostgreSQL,
Redis, DEBUG off) is as in production.
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-never-used-outside-the-test-suite-0123456789")

from healthsvc.settings import *  # noqa: F403

ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
WHITENOISE_USE_FINDERS = True
# The test process is not a long-lived stream server: freezing its heap would only keep the tests' garbage.
GC_FREEZE_SECONDS = env_float("GC_FREEZE_SECONDS", 0.0)  # noqa: F405

"""Settings come from the environment; production refuses to start without a secret."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from healthsvc.env import database_from_url

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "k" * 20 + "production-like-secret-key-with-enough-entropy-Zx9!",
    "DJANGO_ALLOWED_HOSTS": "healthsvc.example.org",
    "DATABASE_URL": "postgres://app:pw@db.internal:5432/healthsvc",
    "REDIS_URL": "redis://redis.internal:6379/0",
}


def run_django(code: str, env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "healthsvc.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_without_secret_key_fails():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}
    result = run_django("import django; django.setup()", env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_debug_is_off_unless_set():
    result = run_django(
        "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)", PRODUCTION_ENV
    )
    assert result.stdout.strip() == "False", result.stderr


def test_check_deploy_is_clean_with_production_variables():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
            **PRODUCTION_ENV,
            "DJANGO_SETTINGS_MODULE": "healthsvc.settings",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_bad_boolean_is_refused():
    result = run_django("import django; django.setup()", {**PRODUCTION_ENV, "DJANGO_DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be true or false" in result.stderr


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "postgres://u:p%40ss@db:6543/name",
            {"NAME": "name", "USER": "u", "PASSWORD": "p@ss", "HOST": "db", "PORT": "6543"},
        ),
        ("postgresql://postgres:@/healthsvc?host=/tmp/pg", {"NAME": "healthsvc", "HOST": "/tmp/pg", "PORT": ""}),
    ],
)
def test_database_url_parsing(url, expected):
    parsed = database_from_url(url)
    assert {key: parsed[key] for key in expected} == expected


def test_non_postgres_database_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        database_from_url("sqlite:///db.sqlite3")

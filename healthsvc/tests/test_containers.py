"""Docker has no engine here, so the Dockerfile and compose file are checked by reading them."""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_every_service_with_health_checks():
    services = compose()["services"]
    assert {"web", "worker", "beat", "db", "redis"} <= set(services)
    for name in ("web", "worker", "beat", "db", "redis"):
        assert "healthcheck" in services[name], name
    assert {"pgdata", "redisdata"} <= set(compose()["volumes"])


def _command(service: dict) -> list[str]:
    command = service.get("command")
    if command is None:  # the image's CMD
        cmd_line = next(line for line in (ROOT / "Dockerfile").read_text().splitlines() if line.startswith("CMD "))
        command = ["sh", "-c", re.search(r'"sh", "-c", "(.*)"\]', cmd_line).group(1)]
    return command


def test_each_app_service_command_exists():
    """Run each command's entry point with --help: the module, app and subcommand must exist."""
    services = compose()["services"]
    for name in ("web", "worker", "beat", "migrate"):
        command = _command(services[name])
        if command[:2] == ["sh", "-c"]:
            parts = [shlex.split(piece.strip()) for piece in command[2].split("&&")]
        else:
            parts = [command]
        for part in parts:
            part = [p for p in part if p != "exec"]
            if part[0] == "python":
                argv = [sys.executable, *part[1:3], "--help"]  # manage.py <cmd> --help
            elif part[0] == "gunicorn":
                argv = [sys.executable, "-m", "gunicorn", "--check-config", part[1]]
            elif part[0] == "celery":
                argv = [sys.executable, "-m", "celery", *part[1:4], "--help"]
            else:
                raise AssertionError(f"unknown entry point {part[0]} in {name}")
            result = subprocess.run(
                argv,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=120,
                env={**os.environ, "DJANGO_SETTINGS_MODULE": "healthsvc.settings_test"},
            )
            assert result.returncode == 0, f"{name}: {argv}\n{result.stdout}\n{result.stderr}"


def test_dockerfile_is_multi_stage_slim_non_root():
    text = (ROOT / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM .*slim", text, flags=re.M)) == 2
    assert re.search(r"^USER app$", text, flags=re.M)
    assert "collectstatic" in text
    assert "gunicorn" in text
    copied = re.findall(r"^COPY (?!.*--from)(?:--\S+ )*(\S+)", text, flags=re.M)
    for source in copied:
        assert source == "." or (ROOT / source).exists(), source


def test_every_requirement_is_pinned():
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text().splitlines():
            line = line.strip()
            if not line or line.startswith("#") or line == "-r requirements.txt":
                continue
            assert re.fullmatch(r"[A-Za-z0-9_.\-]+(\[[a-z,]+\])?==[0-9][A-Za-z0-9.]*", line), f"{name}: {line}"

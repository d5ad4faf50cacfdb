"""`make run`'s supervisor: a dying process is started again, one that keeps dying stops the run."""

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_run_script():
    spec = importlib.util.spec_from_file_location("make_run_script", ROOT / "scripts" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tend_until_given_up(process, seconds: float) -> float:
    started = time.monotonic()
    while process.tend():
        assert time.monotonic() - started < seconds, "never gave up"
        time.sleep(0.05)
    return time.monotonic() - started


def test_a_process_that_keeps_dying_is_restarted_then_given_up(monkeypatch, capsys):
    run = load_run_script()
    monkeypatch.setattr(run, "RESTART_LIMIT", 2)
    monkeypatch.setattr(run, "LONGEST_PAUSE_SECONDS", 0)  # no pauses, so the test is quick
    process = run.Supervised("crasher", [sys.executable, "-c", "raise SystemExit(3)"], env={})

    tend_until_given_up(process, seconds=30)

    assert process.returncode == 3
    output = capsys.readouterr().out
    assert output.count("[run] starting crasher again") == 2, output
    assert "crasher exited with 3 3 times in 60 s; stopping the rest" in output


def test_pauses_grow_between_restarts(monkeypatch, capsys):
    run = load_run_script()
    monkeypatch.setattr(run, "RESTART_LIMIT", 2)
    process = run.Supervised("crasher", [sys.executable, "-c", "raise SystemExit(1)"], env={})

    took = tend_until_given_up(process, seconds=30)

    output = capsys.readouterr().out
    assert "restarting it in 1 s" in output and "restarting it in 2 s" in output
    assert took >= 3, "paused 1 s then 2 s before giving up"

"""`make mutation`'s report (scripts/mutation.py): how a module is scored, and that its settings name real files.

The mutation run itself is too long for `make test`; these check the parts that decide its verdict.
"""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("mutation_script", ROOT / "scripts" / "mutation.py")
mutation = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mutation)


def test_a_mutant_name_gives_its_module_for_functions_and_methods():
    assert mutation.module_of("er_queue.services.expiry.x_bookings_expire_due__mutmut_19") == "er_queue.services.expiry"
    assert mutation.module_of("triage.engine.danger_signs.xǁDangerSignǁapplies_at__mutmut_2") == (
        "triage.engine.danger_signs"
    )
    with pytest.raises(ValueError):
        mutation.module_of("not a mutant")


def test_the_score_counts_killed_over_all_but_the_equivalent_and_fails_below_ninety_percent(capsys):
    statuses = {f"app.rules.x_check__mutmut_{n}": "killed" for n in range(1, 9)}  # 8 killed
    statuses["app.rules.x_check__mutmut_9"] = "survived"  # explained as equivalent
    statuses["app.rules.x_check__mutmut_10"] = "survived"  # unexplained
    equivalent = {"app.rules.x_check__mutmut_9": "unreachable"}
    # 8 killed of 9 scored = 88.9 %: under the target.
    assert mutation.report(statuses, equivalent, {}) is False
    out = capsys.readouterr().out
    assert "88.9%" in out
    assert "app.rules.x_check__mutmut_10 (survived)" in out
    assert "app.rules.x_check__mutmut_9 " not in out

    statuses["app.rules.x_check__mutmut_10"] = "timeout"  # a hang is a catch
    assert mutation.report(statuses, equivalent, {}) is True
    assert "100.0%" in capsys.readouterr().out


def test_constant_mutants_are_scored_per_data_module_beside_mutmuts(capsys):
    statuses = {"app.x_f__mutmut_1": "killed"}
    constants = {
        "const:triage.engine.rulesets:2026.12.2.fever_from_c+1": {
            "module": "triage.engine.rulesets",
            "status": "killed",
        },
        "const:triage.engine.rulesets:2026.12.2.fever_from_c-1": {
            "module": "triage.engine.rulesets",
            "status": "survived",
        },
    }
    assert mutation.report(statuses, {}, constants) is False
    out = capsys.readouterr().out
    assert "triage.engine.rulesets (data)" in out and "50.0%" in out
    assert "fever_from_c-1 (survived)" in out
    equivalent = {"const:triage.engine.rulesets:2026.12.2.fever_from_c-1": "a reason long enough to be a reason"}
    assert mutation.report(statuses, equivalent, constants) is True


def test_the_constant_pass_reruns_only_what_was_not_killed_while_its_inputs_are_unchanged():
    assert mutation.fingerprint() == mutation.fingerprint()
    inputs = [ROOT / name for name in mutation.CONSTANT_INPUTS + mutation.CONSTANT_TESTS]
    assert all(path.exists() for path in inputs), [p for p in inputs if not p.exists()]


def test_no_tests_counts_against_the_score(capsys):
    statuses = {"app.x_f__mutmut_1": "killed", "app.x_f__mutmut_2": "no tests"}
    assert mutation.report(statuses, {}, {}) is False
    assert "app.x_f__mutmut_2 (no tests)" in capsys.readouterr().out


def test_the_documented_equivalent_mutants_are_read_with_their_reasons():
    found = mutation.equivalents()
    assert found, "docs/testing.md lists the equivalent mutants in a table"
    for name, reason in found.items():
        if not name.startswith("const:"):
            mutation.module_of(name)  # a well-formed mutmut name
        assert len(reason) > 20, name


def test_every_module_to_mutate_exists_and_is_tested_by_a_selected_directory():
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mutmut"]
    selection = settings["pytest_add_cli_args_test_selection"]
    for path in settings["only_mutate"]:
        assert (ROOT / path).is_file(), path
        app = path.split("/")[0]
        assert f"{app}/tests" in selection, path


def test_a_data_file_edited_since_mutmut_copied_it_is_refreshed_and_python_is_left_to_mutmut(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.mutmut]\nsource_paths = ["app"]\n')
    table = tmp_path / "app" / "tests" / "expected.tsv"
    table.parent.mkdir(parents=True)
    table.write_text("row\tnew\n")
    (tmp_path / "app" / "rules.py").write_text("LEVEL = 2\n")
    copied = tmp_path / "mutants" / "app" / "tests" / "expected.tsv"
    copied.parent.mkdir(parents=True)
    copied.write_text("row\told\n")  # what mutmut copied before the table was edited
    (tmp_path / "mutants" / "app" / "rules.py").write_text("LEVEL = 3  # a mutant: mutmut's to manage\n")

    assert mutation.refresh_data_files(tmp_path) == [copied]
    assert copied.read_text() == "row\tnew\n"
    assert (tmp_path / "mutants" / "app" / "rules.py").read_text().startswith("LEVEL = 3")
    assert mutation.refresh_data_files(tmp_path) == []  # unchanged now: nothing copied
    assert mutation.refresh_data_files(tmp_path / "app") == []  # no mutants/ yet: mutmut copies everything

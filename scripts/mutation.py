"""`make mutation`: mutation testing of the safety-critical modules, with a score per module.

Runs mutmut (its settings are pyproject.toml's [tool.mutmut]: the modules, the tests, the plugin that
gives each concurrent run its own databases), then a second pass for what mutmut cannot mutate, the
data that holds the clinical rules (tests/constant_mutants.py: the active ruleset's thresholds and
levels, the complaints' warning questions, the medicine catalogue), and prints, per module, how many
mutants the tests killed. A survivor that cannot be killed because it changes nothing observable is listed in
docs/testing.md ("Equivalent mutants") with the reason; it leaves the score's denominator. Any other
survivor is named, so it can be read (`.venv/bin/mutmut show NAME`) and killed by a test.

mutmut keeps its results under mutants/: a second run re-tests only the functions, tests or settings
that changed since. mutmut does not re-test a survivor when a test is added, so this script clears the
survivors' verdicts before each run (they are re-tested; killed ones are kept). The constant pass keeps
its results in mutants/constants.json the same way: killed mutants are kept while the data and test files
are unchanged, the rest are run again. `--fresh` starts over.

Exit status: 0 when every module scores at least TARGET, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).parent / "mutmut"
EQUIVALENTS_DOC = ROOT / "docs" / "testing.md"
TARGET = 90.0

# A mutant is caught when a test fails on it; a hang (timeout) or a crash of the test process counts too.
CAUGHT = {"killed", "timeout", "segfault", "caught by type check"}
# mutmut's name for a mutant: module, then x_function or xǁClassǁmethod, then __mutmut_N.
MUTANT_NAME = re.compile(r"^(?P<module>[\w.]+?)\.x[_ǁ].*__mutmut_\d+$")
EQUIVALENT_ROW = re.compile(r"^\|\s*`(?P<name>[^`]+__mutmut_\d+|const:[^`]+)`\s*\|(?P<reason>[^|]+)\|")

# The constant pass: the tests that state the rules held in data, and the files whose change re-runs it.
CONSTANT_TESTS = [
    "triage/tests/test_flag_outcomes.py",
    "triage/tests/test_baseline_outcomes.py",
    "triage/tests/test_duration_outcomes.py",
    "triage/tests/test_context_rules_stated.py",
    "triage/tests/test_ruleset_tables_stated.py",
    "triage/tests/test_ruleset_ages_stated.py",
    "triage/tests/test_ruleset_2026_12_3.py",
    "triage/tests/test_rules_stated.py",
    "triage/tests/test_vital_sign_rules.py",
    "triage/tests/test_vital_sign_edges.py",
    "triage/tests/test_danger_sign_levels.py",
    "triage/tests/test_cold_child.py",
    "triage/tests/test_news2_chart.py",
    "triage/tests/test_danger_sign_checklist.py",
    "triage/tests/test_reassurance.py",
    "triage/tests/test_engine.py",
    "triage/tests/test_engine_vignettes.py",
    "triage/tests/test_triage_accuracy.py",
    "medicine/tests/test_rules_stated.py",
    "medicine/tests/test_catalogue_stated.py",
    "medicine/tests/test_catalogue_stated_ages.py",
    "medicine/tests/test_selectors.py",
    "medicine/tests/test_services.py",
]
CONSTANT_RESULTS = ROOT / "mutants" / "constants.json"
CONSTANT_INPUTS = [
    "triage/engine",
    "triage/tests/expected",
    "triage/tests/expected_baselines",
    "triage/tests/expected_durations",
    "medicine",
    "tests/constant_mutants.py",
    "tests/constant_mutation.py",
    "conftest.py",
]


def module_of(mutant: str) -> str:
    match = MUTANT_NAME.match(mutant)
    if match is None:
        raise ValueError(f"not a mutmut mutant name: {mutant}")
    return match["module"]


def equivalents() -> dict[str, str]:
    """Mutant name -> why it is equivalent, from docs/testing.md's table."""
    found = {}
    for line in EQUIVALENTS_DOC.read_text().splitlines():
        match = EQUIVALENT_ROW.match(line)
        if match:
            found[match["name"]] = match["reason"].strip()
    return found


def retest_survivors() -> int:
    """Clear the verdict of every mutant no test killed, in mutmut's per-file result files, so that the
    next run tests it again against the current tests. Exit code 0 is "survived", 33 "no tests"."""
    cleared = 0
    for meta in (ROOT / "mutants").rglob("*.py.meta"):
        data = json.loads(meta.read_text())
        codes = data["exit_code_by_key"]
        again = [name for name, code in codes.items() if code in (0, 33)]
        for name in again:
            codes[name] = None
        if again:
            meta.write_text(json.dumps(data))
            cleared += len(again)
    return cleared


def refresh_data_files(root: Path = ROOT) -> list[Path]:
    """Copy into mutants/ each non-Python file of the source paths that changed since mutmut copied it. mutmut
    copies a source path's files once and then regenerates only the Python ones, so a table a test reads (the
    expected-outcome .tsv files, the vignettes) edited since the last run stayed stale there, and its tests
    failed in mutmut's clean run. Python files are left to mutmut; with no mutants/ yet, mutmut copies all."""
    mutants = root / "mutants"
    if not mutants.exists():
        return []
    config = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["mutmut"]
    refreshed = []
    for base in config["source_paths"]:
        for path in sorted((root / base).rglob("*")):
            if not path.is_file() or path.suffix in (".py", ".pyc"):
                continue
            target = mutants / path.relative_to(root)
            if target.exists() and target.read_bytes() == path.read_bytes():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
            refreshed.append(target)
    return refreshed


def results() -> dict[str, str]:
    """Mutant name -> mutmut's status, for every mutant of the configured modules."""
    out = subprocess.run(
        [str(MUTMUT), "results", "--all", "true"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    statuses = {}
    for line in out.splitlines():
        name, sep, status = line.strip().partition(": ")
        if sep and "__mutmut_" in name:
            statuses[name] = status.strip()
    return statuses


def fingerprint() -> str:
    """A hash of every file the constant pass depends on: the mutated data, the code that reads it, the tests
    and their expected-outcome tables."""
    digest = hashlib.sha256()
    files = set()
    for name in CONSTANT_INPUTS + CONSTANT_TESTS:
        path = ROOT / name
        files |= (
            {path} if path.is_file() else {f for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts}
        )
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def constant_results() -> dict[str, dict]:
    if not CONSTANT_RESULTS.exists():
        return {}
    return json.loads(CONSTANT_RESULTS.read_text())["mutants"]


def run_constants(env: dict) -> None:
    """The constant pass (tests/constant_mutation.py). With the same inputs as last time, only the mutants
    not killed then are run again."""
    mark = fingerprint()
    earlier = json.loads(CONSTANT_RESULTS.read_text()) if CONSTANT_RESULTS.exists() else {}
    kept = {n: r for n, r in earlier.get("mutants", {}).items() if r["status"] in CAUGHT}
    if earlier.get("fingerprint") != mark:
        kept = {}
    report_path = CONSTANT_RESULTS.with_suffix(".run.json")
    skip_path = CONSTANT_RESULTS.with_suffix(".skip.json")
    CONSTANT_RESULTS.parent.mkdir(exist_ok=True)
    skip_path.write_text(json.dumps(sorted(kept)))
    print(f"constant mutants: {len(kept)} killed last time with the same data and tests are kept")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.constant_mutation",
            f"--constant-mutants={report_path}",
            f"--constant-mutants-skip={skip_path}",
            "-p",
            "no:cacheprovider",
            "--reuse-db",
            "-q",
            "-m",
            "not browser and not slow",
            *CONSTANT_TESTS,
        ],
        cwd=ROOT,
        check=True,
        env=env,
    )
    ran = json.loads(report_path.read_text())
    report_path.unlink()
    CONSTANT_RESULTS.write_text(json.dumps({"fingerprint": mark, "mutants": {**kept, **ran}}, indent=1))


def report(statuses: dict[str, str], equivalent: dict[str, str], constants: dict[str, dict]) -> bool:
    by_module: dict[str, Counter] = defaultdict(Counter)
    unexplained: dict[str, list[str]] = defaultdict(list)
    named = [(module_of(name), name, status) for name, status in statuses.items()]
    named += [(f"{r['module']} (data)", name, r["status"]) for name, r in constants.items()]
    for module, name, status in sorted(named):
        counts = by_module[module]
        counts["mutants"] += 1
        if status in CAUGHT:
            counts["killed"] += 1
        elif name in equivalent:
            counts["equivalent"] += 1
        else:
            counts[status] += 1
            unexplained[module].append(f"{name} ({status})")

    stale = sorted(set(equivalent) - set(statuses) - set(constants))
    all_pass = True
    print(f"\n{'module':<36} {'mutants':>7} {'killed':>6} {'equiv.':>6} {'left':>5} {'score':>7}")
    for module, counts in sorted(by_module.items()):
        scored = counts["mutants"] - counts["equivalent"]
        score = 100.0 * counts["killed"] / scored if scored else 100.0
        left = scored - counts["killed"]
        all_pass &= score >= TARGET
        mark = "" if score >= TARGET else f"  < {TARGET:.0f} %"
        print(
            f"{module:<36} {counts['mutants']:>7} {counts['killed']:>6} {counts['equivalent']:>6} "
            f"{left:>5} {score:>6.1f}%{mark}"
        )
    for module, names in sorted(unexplained.items()):
        how = (
            "tests/constant_mutants.py says what the name changes"
            if module.endswith("(data)")
            else "read one with `.venv/bin/mutmut show NAME`"
        )
        print(f"\nnot killed in {module} ({len(names)}): {how}")
        for name in names:
            print(f"  {name}")
    if stale:
        print("\ndocs/testing.md lists equivalent mutants that no longer exist (remove them):")
        for name in stale:
            print(f"  {name}")
    print(f"\ntarget: at least {TARGET:.0f} % on every module: {'met' if all_pass else 'NOT met'}")
    return all_pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="forget earlier results and mutate everything")
    parser.add_argument("--report-only", action="store_true", help="print the scores of the last run")
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--pass",
        dest="passes",
        choices=("code", "data", "all"),
        default="code",
        help="code: mutmut over the modules (the default, under 30 minutes); data: the constant pass over the "
        "rule tables (tests/constant_mutants.py, slower: see docs/testing.md); all: both",
    )
    args = parser.parse_args()

    if args.fresh:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    if not args.report_only and args.passes in ("code", "all"):
        print(f"re-testing {retest_survivors()} mutants that survived the last run")
        print(f"refreshed {len(refresh_data_files())} data files the tests read")
        # mutmut's exit status says nothing about survivors; the report below does.
        subprocess.run([str(MUTMUT), "run", "--max-children", str(args.max_children)], cwd=ROOT, check=True)
    if not args.report_only and args.passes in ("data", "all"):
        run_constants({**os.environ, "DJANGO_SETTINGS_MODULE": "healthsvc.settings_test"})
    statuses = results() if (ROOT / "mutants" / "mutmut-stats.json").exists() else {}
    return 0 if report(statuses, equivalents(), constant_results()) else 1


if __name__ == "__main__":
    sys.exit(main())

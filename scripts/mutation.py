"""`make mutation`: mutation testing of the safety-critical modules, with a score per module.

Runs mutmut (its settings are pyproject.toml's [tool.mutmut]: the modules, the tests, the plugin that
gives each concurrent run its own databases), then prints, per module, how many mutants the tests
killed. A survivor that cannot be killed because it changes nothing observable is listed in
docs/testing.md ("Equivalent mutants") with the reason; it leaves the score's denominator. Any other
survivor is named, so it can be read (`.venv/bin/mutmut show NAME`) and killed by a test.

mutmut keeps its results under mutants/: a second run re-tests only the functions, tests or settings
that changed since. mutmut does not re-test a survivor when a test is added, so this script clears the
survivors' verdicts before each run (they are re-tested; killed ones are kept). `--fresh` starts over.

Exit status: 0 when every module scores at least TARGET, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
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
EQUIVALENT_ROW = re.compile(r"^\|\s*`(?P<name>[^`]+__mutmut_\d+)`\s*\|(?P<reason>[^|]+)\|")


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


def report(statuses: dict[str, str], equivalent: dict[str, str]) -> bool:
    by_module: dict[str, Counter] = defaultdict(Counter)
    unexplained: dict[str, list[str]] = defaultdict(list)
    for name, status in sorted(statuses.items()):
        module = module_of(name)
        counts = by_module[module]
        counts["mutants"] += 1
        if status in CAUGHT:
            counts["killed"] += 1
        elif name in equivalent:
            counts["equivalent"] += 1
        else:
            counts[status] += 1
            unexplained[module].append(f"{name} ({status})")

    stale = sorted(set(equivalent) - set(statuses))
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
        print(f"\nnot killed in {module} ({len(names)}): read one with `.venv/bin/mutmut show NAME`")
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
    args = parser.parse_args()

    if args.fresh:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    if not args.report_only:
        print(f"re-testing {retest_survivors()} mutants that survived the last run")
        # mutmut's exit status says nothing about survivors; the report below does.
        subprocess.run([str(MUTMUT), "run", "--max-children", str(args.max_children)], cwd=ROOT, check=True)
    return 0 if report(results(), equivalents()) else 1


if __name__ == "__main__":
    sys.exit(main())

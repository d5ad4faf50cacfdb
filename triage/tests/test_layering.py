"""`triage` knows nothing of bookings (docs/architecture.md, "Layout"): no module or template of triage names
another app's pages or imports the ER queue, the workers or the medicine app. The links beside a result come
from the suggestions factories (suggestions.selectors.result_next_steps).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OTHER_APPS = ("er_queue", "workers", "medicine", "suggestions")
# Apps whose code triage must not import at all (suggestions is imported by the result page, for its links).
NOT_IMPORTED = ("er_queue", "workers", "medicine")

# A URL name ("er_queue:book", "workers-api:...") or a path of another app's pages ("/er/book/", "/medicines/").
URL_NAME = re.compile(r"""['"](?:""" + "|".join(OTHER_APPS) + r""")(?:-api)?:""")
URL_PATH = re.compile(r"""['"`(=]\s*(?:/api/v1)?/(?:er|workers|suggestions|medicines?)/""")


def triage_sources() -> list[Path]:
    """Every module and template of triage (its tests excepted: they may drive the other apps' pages)."""
    code = [p for p in (ROOT / "triage").rglob("*.py") if "tests" not in p.relative_to(ROOT / "triage").parts]
    templates = [p for p in (ROOT / "templates" / "triage").rglob("*") if p.is_file()]
    static = [ROOT / "static" / "js" / name for name in ("questionnaire.js", "record_progress.js")]
    return sorted(code + templates + [p for p in static if p.exists()])


def test_the_scan_sees_the_modules_and_templates():
    names = {p.relative_to(ROOT).as_posix() for p in triage_sources()}
    assert {"triage/views.py", "triage/presentation.py", "templates/triage/record.html"} <= names


@pytest.mark.parametrize("path", triage_sources(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_triage_names_no_page_of_another_app(path):
    text = path.read_text(encoding="utf-8")
    assert URL_NAME.findall(text) == [], f"{path.name} names another app's URL"
    assert URL_PATH.findall(text) == [], f"{path.name} has a path of another app's pages"


@pytest.mark.parametrize(
    "path", [p for p in triage_sources() if p.suffix == ".py"], ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_triage_imports_no_booking_worker_or_medicine_code(path):
    imported = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module)
    forbidden = sorted(name for name in imported if name.split(".")[0] in NOT_IMPORTED)
    assert forbidden == [], f"{path.name} imports {forbidden}"


def test_the_scan_would_catch_the_old_links():
    """The patterns catch what the result page used to name (a regression guard for the scan itself)."""
    old = """reverse('er_queue:book') reverse("workers:contact_new") {% url 'suggestions:record' 1 %} "/er/book/" """
    assert len(URL_NAME.findall(old)) == 3 and len(URL_PATH.findall(old)) == 1

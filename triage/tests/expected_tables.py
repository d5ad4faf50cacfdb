"""Reading the expected-outcome tables (tab-separated, written from guidance): each row with where it came from."""

from __future__ import annotations

import csv
from pathlib import Path


def table_rows(path: Path, header: list[str]) -> list[tuple[str, dict[str, str]]]:
    """(file:line, row) for every row; the header must be exactly `header`, so a renamed column fails loudly."""
    with path.open(newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        assert reader.fieldnames == header, f"{path.name}: header must be {header}, not {reader.fieldnames}"
        return [(f"{path.name}:{n}", row) for n, row in enumerate(reader, start=2)]

"""Export FHIR R4 resources changed in a time window as NDJSON, in FHIR Bulk Data's layout, for analysts.

    python manage.py export_fhir --since 2026-12-01 [--until 2027-01-01] --output-dir exports/2026-12
    python manage.py export_fhir --since 2026-12-01T06:00:00Z --types Appointment,Location --to-stdout

One `<ResourceType>.ndjson` per type with resources (one resource a line) and a `manifest.json` shaped like
the Bulk Data completion response, in a new or empty directory (files 0600, the directory 0700: they hold
patient data). The export streams: memory stays flat however many rows (docs/fhir.md, "Bulk export"). Every
run, finished or not, writes one `data_export` audit row with the window, types and counts (no patient data).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import shlex
import time
import uuid
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from healthsvc.errors import Invalid
from healthsvc.fhir.bulk import (
    DEFAULT_CHUNK_SIZE,
    DEFAULT_TYPES,
    EXPORT_TYPES,
    NDJSON_CONTENT_TYPE,
    Window,
    export_audit,
    export_resources,
)
from healthsvc.fhir.search import parse_date


def _instant(option: str, raw: str):
    """A FHIR date or dateTime (2026-12-01, 2026-12, 2026-12-01T06:00:00Z; no zone: the site's) -> its start."""
    if raw[:2].isalpha():
        raise CommandError(f"{option} {raw!r}: give a date or dateTime without a search prefix, e.g. 2026-12-01.")
    try:
        return parse_date(option, raw).start
    except Invalid as exc:
        problem = exc.fields[option][0]
        if problem.startswith("a date such as"):  # the search parameter's wording names prefixes
            problem = "not a FHIR date or dateTime; e.g. 2026-12-01, 2026-12 or 2026-12-01T06:00:00Z."
        raise CommandError(f"{option} {raw!r}: {problem}") from None


def _types(raw: str) -> list[str]:
    if raw == "all":
        return list(EXPORT_TYPES)
    names = [name.strip() for name in raw.split(",") if name.strip()]
    unknown = [name for name in names if name not in EXPORT_TYPES]
    if unknown or not names:
        raise CommandError(f"--types: unknown {', '.join(unknown) or 'nothing'}; any of {', '.join(EXPORT_TYPES)}.")
    return [name for name in EXPORT_TYPES if name in names]  # the standard order, each once


def _private_file(path: Path):
    """A new file only its owner can read (O_EXCL: never one that is there already)."""
    return open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8")


def _run_by() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # a container user with no passwd entry
        return f"uid {os.getuid()}"


class _Files:
    """One `<type>.ndjson` per type, written as `.part` and renamed when the type is complete."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.current: tuple[str, object] | None = None
        self.written: list[Path] = []

    def write(self, name: str, line: str) -> None:
        if self.current is None or self.current[0] != name:
            self.finish_type()
            part = self.directory / f"{name}.ndjson.part"
            self.current = (name, _private_file(part))
            self.written.append(part)
        self.current[1].write(line)

    def finish_type(self) -> None:
        if self.current is None:
            return
        name, handle = self.current
        handle.close()
        self.current = None
        done = self.directory / f"{name}.ndjson"
        os.replace(self.directory / f"{name}.ndjson.part", done)
        self.written[-1] = done

    def discard(self) -> None:
        """After a failure: remove what this run wrote (an incomplete export is patient data of no use)."""
        if self.current is not None:
            self.current[1].close()
            self.current = None
        for path in self.written:
            path.unlink(missing_ok=True)


class Command(BaseCommand):
    help = "Export FHIR R4 resources changed in [--since, --until) as NDJSON files (FHIR Bulk Data layout)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--since",
            required=True,
            help="Start of the window, inclusive: a FHIR date or dateTime (2026-12-01, 2026-12-01T06:00:00Z); "
            "without a zone, the site's time zone.",
        )
        parser.add_argument("--until", help="End of the window, exclusive (same forms); default: no end.")
        parser.add_argument(
            "--types",
            default=",".join(DEFAULT_TYPES),
            help="Comma-separated resource types, or 'all'. Default: %(default)s. What 'changed' means: "
            + "; ".join(f"{name}: {kind.changed}" for name, kind in EXPORT_TYPES.items()),
        )
        where = parser.add_mutually_exclusive_group(required=True)
        where.add_argument("--output-dir", type=Path, help="A new or empty directory for the files.")
        where.add_argument(
            "--to-stdout",  # not --stdout: call_command(stdout=...) would set it
            action="store_true",
            help="Write every resource to standard output (the summary to stderr).",
        )
        parser.add_argument(
            "--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, help="Rows read per round trip (%(default)s)."
        )

    def handle(self, *args, since, until, types, output_dir, chunk_size, **options):
        window = Window(_instant("--since", since), _instant("--until", until) if until else None)
        if window.until is not None and window.until <= window.since:
            raise CommandError("--until must be later than --since.")
        if chunk_size < 1:
            raise CommandError("--chunk-size must be at least 1.")
        names = _types(types)
        files = self._prepare(output_dir) if output_dir is not None else None
        export_id = uuid.uuid4().hex
        # What a client passes as the next --since (Bulk Data's transactionTime): nothing later is in this export.
        transaction_time = min(timezone.now(), window.until or timezone.now())
        counts = dict.fromkeys(names, 0)
        started = time.monotonic()
        complete = False
        try:
            with contextlib.closing(export_resources(types=names, window=window, chunk_size=chunk_size)) as stream:
                for name, resource in stream:
                    # DjangoJSONEncoder: labels may be lazy translations, as the API's renderer allows.
                    line = json.dumps(resource, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
                    line += "\n"
                    if files is not None:
                        files.write(name, line)
                    else:
                        self.stdout.write(line, ending="")
                    counts[name] += 1
            if files is not None:
                files.finish_type()
                request = shlex.join(["export_fhir", "--since", since, *(["--until", until] if until else [])])
                self._manifest(files.directory, f"{request} --types {','.join(names)}", transaction_time, counts)
            complete = True
        finally:
            if files is not None and not complete:
                files.discard()
            export_audit(
                export_id=export_id,
                window=window,
                counts=counts,
                complete=complete,
                details={
                    "types": names,
                    "destination": str(output_dir.resolve()) if output_dir is not None else "stdout",
                    "run_by": _run_by(),
                },
            )
        self._summary(export_id, window, counts, output_dir, time.monotonic() - started)

    def _prepare(self, directory: Path) -> _Files:
        if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
            raise CommandError(f"--output-dir {directory}: must be a new or empty directory (nothing is overwritten).")
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        return _Files(directory)

    def _manifest(self, directory: Path, request: str, transaction_time, counts: dict[str, int]) -> None:
        """The Bulk Data completion response's shape; types with no resources have no file and no entry."""
        manifest = {
            "transactionTime": transaction_time.isoformat(timespec="seconds"),
            "request": request,
            "requiresAccessToken": False,
            "output": [
                {"type": name, "url": f"{name}.ndjson", "count": count} for name, count in counts.items() if count
            ],
            "error": [],
        }
        with _private_file(directory / "manifest.json") as handle:
            json.dump(manifest, handle, indent=2)
            handle.write("\n")

    def _summary(self, export_id: str, window: Window, counts: dict[str, int], output_dir, seconds: float) -> None:
        out = self.stderr if output_dir is None else self.stdout
        until = window.until.isoformat() if window.until else "now"
        out.write(
            f"FHIR export {export_id}: changed from {window.since.isoformat()} to {until} ({NDJSON_CONTENT_TYPE})"
        )
        for name, count in counts.items():
            where = "-" if not count else ("stdout" if output_dir is None else str(output_dir / f"{name}.ndjson"))
            out.write(f"  {name:<22}{count:>10,}  {where}")
        out.write(f"  {'total':<22}{sum(counts.values()):>10,}  in {seconds:.1f} s; audited as data_export")

"""Compile every locale/<lang>/LC_MESSAGES/*.po into the .mo file Django and healthsvc.data_text read.

Pure Python (polib), so a machine with only Python can build the translations: `manage.py compilemessages`
needs GNU gettext's msgfmt. The .mo files are committed; tests/test_i18n.py fails when one is out of date.

    python scripts/compile_messages.py            # write every .mo
    python scripts/compile_messages.py --check    # exit 1 if a .mo differs from its .po
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def po_files(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    return sorted(locale_dir.glob("*/LC_MESSAGES/*.po"))


def compiled(po_path: Path) -> bytes:
    """The .mo bytes for one .po file (translated, non-fuzzy entries only, as msgfmt writes them)."""
    po = polib.pofile(str(po_path))
    for entry in po.fuzzy_entries():
        entry.msgstr = ""  # msgfmt leaves fuzzy translations out: so does this
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "out.mo"
        po.save_as_mofile(str(target))
        return target.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report out-of-date .mo files, write nothing")
    args = parser.parse_args()
    stale = []
    for po_path in po_files():
        mo_path = po_path.with_suffix(".mo")
        data = compiled(po_path)
        if mo_path.exists() and mo_path.read_bytes() == data:
            continue
        stale.append(mo_path)
        if not args.check:
            mo_path.write_bytes(data)
            print(f"wrote {mo_path.relative_to(LOCALE_DIR.parent)}")
    if args.check and stale:
        for mo_path in stale:
            print(f"{mo_path.relative_to(LOCALE_DIR.parent)} is out of date: run make messages")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

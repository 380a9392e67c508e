"""Extract the window's strings into its catalogues and compile them: `python tools/translations.py`.

Runs Qt's own tools from PySide6: `pyside6-lupdate` over `aliorders_desktop/ui` into
`aliorders_desktop/translations/ui_<lang>.ts` (new strings appear there as unfinished, removed
ones go; `ui_en.ts` holds only the English plural forms of counted texts), then
`pyside6-lrelease` into the `.qm` files the window loads. Translate the `.ts`
files in Qt Linguist (`pyside6-linguist`) and run this again. `--check` changes nothing and
exits 1 when a catalogue lacks a string of the sources or a `.qm` is older than its `.ts`.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "aliorders_desktop" / "ui"
CATALOGUES = ROOT / "aliorders_desktop" / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = (SOURCE_LANGUAGE, "ru", "es", "pt_BR")
"""The catalogues: English holds only the counted texts ("%Ln order(s)" → "1 order", "2 orders");
the others, every text of the window."""


def qt_tool(name: str) -> str:
    """A PySide6 tool installed beside this Python (the project's .venv), else on the PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install the project first (python3 dev.py test creates .venv).")
    return found


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"ui_{language}.ts"


def extract(folder: Path = CATALOGUES) -> list[Path]:
    """Bring `folder`'s catalogues up to date with the sources (creating missing ones)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    written = []
    for language in LANGUAGES:
        target = catalogue(language, folder)
        subprocess.run(
            [
                qt_tool("pyside6-lupdate"),
                *files,
                "-ts",
                str(target),
                "-target-language",
                language,
                "-no-obsolete",
                "-locations",
                "relative",
                "-silent",
                *(["-pluralonly"] if language == SOURCE_LANGUAGE else []),
            ],
            cwd=ROOT,
            check=True,
        )
        written.append(target)
    return written


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def compile_all() -> None:
    for language in LANGUAGES:
        ts = catalogue(language)
        compile_catalogue(ts, ts.with_suffix(".qm"))


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    """Each `<message>` of a catalogue by (context, source text)."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def differences() -> dict[str, list[str]]:
    """What is out of date, per file: strings of the sources a catalogue lacks or still holds
    after they left the sources (from a fresh extraction into a scratch folder), and `.qm` files
    that are not what their `.ts` compiles to."""
    problems: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        extract(fresh)
        for language in LANGUAGES:
            committed = catalogue(language)
            have = messages(committed) if committed.exists() else {}
            want = messages(catalogue(language, fresh))
            lines = [f"missing [{c}] {s!r}" for c, s in sorted(want.keys() - have.keys())]
            lines += [f"no longer in the sources [{c}] {s!r}" for c, s in sorted(have.keys() - want.keys())]
            if lines:
                problems[str(committed.relative_to(ROOT))] = lines
            shipped = committed.with_suffix(".qm")
            if committed.exists():
                compiled = fresh / shipped.name
                compile_catalogue(committed, compiled)
                if not shipped.exists() or not filecmp.cmp(compiled, shipped, shallow=False):
                    problems[str(shipped.relative_to(ROOT))] = ["not compiled from the current .ts"]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = differences()
        for path, lines in problems.items():
            print(f"{path}:" + "".join(f"\n  {line}" for line in lines))
        return 1 if problems else 0
    for ts in extract():
        print(f"updated {ts.relative_to(ROOT)}")
    compile_all()
    print("compiled the .qm files")
    return 0


if __name__ == "__main__":
    sys.exit(main())

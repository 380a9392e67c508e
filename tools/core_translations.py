"""Extract the Qt-free layers' messages into `aliorders_desktop/translations/core_<lang>.ts`.

`pyside6-lupdate` finds every `translate("Context", "…")` and `QT_TRANSLATE_NOOP` outside `ui/`
and writes a fresh catalogue; this script then carries each message's existing translation over
from the current `.ts`. It does the merge itself because lupdate marks numerus messages only for
`self.tr(…, n)`, and would drop the plural forms of our `%n` messages: here, every source with
`%n` becomes a numerus message with as many forms as its language has. Messages no longer in the
code are dropped (`-no-obsolete`), new ones are left unfinished for a translator.

    python3 dev.py translations core        # or: .venv/bin/python tools/core_translations.py [OUT_DIR]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "aliorders_desktop"
CATALOGUES = PACKAGE / "translations"
LANGUAGES = {"ru": 3, "es": 2, "pt_BR": 2}
"""Each translated language with the number of plural forms Qt Linguist gives it."""


def sources() -> list[Path]:
    """Every module outside `ui/` (which has its own `ui_<lang>.ts`)."""
    return sorted(path for path in PACKAGE.rglob("*.py") if "ui" not in path.relative_to(PACKAGE).parts)


def lupdate() -> Path:
    """`pyside6-lupdate` of the environment this script runs in."""
    scripts = Path(sys.executable).parent
    return next(scripts.glob("pyside6-lupdate*"), Path("pyside6-lupdate"))


def extracted(language: str, workdir: Path) -> ElementTree.ElementTree:
    """A fresh catalogue of every message in the code, untranslated."""
    fresh = workdir / f"core_{language}.ts"
    command = [str(lupdate()), *map(str, sources()), "-ts", str(fresh)]
    command += ["-target-language", language, "-no-obsolete", "-locations", "none", "-silent"]
    subprocess.run(command, check=True, cwd=ROOT)
    return ElementTree.parse(fresh)


def translations(path: Path) -> dict[tuple[str, str, str], ElementTree.Element]:
    """The `<translation>` of each message of an existing catalogue, by (context, source, comment)."""
    if not path.exists():
        return {}
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message.find("translation")
    return found


def merged(language: str, fresh: ElementTree.ElementTree, current: Path) -> ElementTree.ElementTree:
    """The fresh catalogue with the current translations carried over and numerus messages marked."""
    known = translations(current)
    for context in fresh.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            old = known.get((name, source, message.findtext("comment", "")))
            slot = message.find("translation")
            assert slot is not None
            message.remove(slot)
            if "%n" in source:
                message.set("numerus", "yes")
                message.append(_numerus(old, LANGUAGES[language]))
            else:
                message.append(old if old is not None and old.find("numerusform") is None else slot)
    ElementTree.indent(fresh, space="    ")
    return fresh


def _numerus(old: ElementTree.Element | None, count: int) -> ElementTree.Element:
    """A numerus translation with `count` forms, the old forms kept where there were some."""
    forms = [form.text or "" for form in old.iter("numerusform")] if old is not None else []
    translation = ElementTree.Element("translation")
    for text in (forms + [""] * count)[:count]:
        ElementTree.SubElement(translation, "numerusform").text = text
    if old is None or old.get("type") == "unfinished" or not all(forms[:count]) or len(forms) < count:
        translation.set("type", "unfinished")
    return translation


def write(tree: ElementTree.ElementTree, path: Path) -> None:
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def update(out_dir: Path = CATALOGUES) -> list[Path]:
    """Write every `core_<lang>.ts` into `out_dir`, merged with the translations in the package."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as workdir:
        for language in LANGUAGES:
            target = out_dir / f"core_{language}.ts"
            write(merged(language, extracted(language, Path(workdir)), CATALOGUES / target.name), target)
            written.append(target)
    return written


if __name__ == "__main__":
    for path in update(Path(sys.argv[1]) if len(sys.argv) > 1 else CATALOGUES):
        print(f"Updated {path}")

"""Bootstrap for a fresh checkout: `python3 dev.py start` runs the app, `python3 dev.py test` the tests,
`python3 dev.py translations` re-extracts the translation catalogues (and compiles the window's).

Both create `.venv/` beside this file on first use and install the project into it, so nothing but
Python 3.11+ is needed on the machine.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "installed-from.sha256"


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def ensure_environment() -> Path:
    """Create the virtual environment and (re)install the project when pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this file must run on any python3 to say so
        sys.exit(f"aliorders needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating .venv (first run only)…", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing aliorders and its dependencies into .venv…", flush=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-e",
                f"{ROOT}[test]",
            ],
            check=True,
        )
        STAMP.write_text(wanted)
    return python


def account_connected(python: Path) -> bool:
    """Whether an AliExpress account is set up (keyring or environment); without one, start the demo."""
    check = "from aliorders_desktop import credentials as c; raise SystemExit(c.load_credentials() is None)"
    return subprocess.call([str(python), "-c", check], stderr=subprocess.DEVNULL) == 0


def update_core_translations(python: Path) -> int:
    """Re-extract the messages outside ui/ into aliorders_desktop/translations/core_<lang>.ts."""
    return subprocess.call([str(python), str(ROOT / "tools" / "core_translations.py")])


def update_ui_translations(python: Path) -> int:
    """Re-extract ui/'s strings into translations/ui_<lang>.ts and compile the .qm files."""
    return subprocess.call([str(python), str(ROOT / "tools" / "translations.py")])


TRANSLATION_PARTS = {"core": update_core_translations, "ui": update_ui_translations}
"""`python3 dev.py translations [PART…]`: each part's catalogues, every part without one named."""


def update_translations(python: Path, parts: list[str]) -> int:
    unknown = set(parts) - set(TRANSLATION_PARTS)
    if unknown:
        print(f"unknown part {', '.join(sorted(unknown))}; the parts are {', '.join(TRANSLATION_PARTS)}")
        return 2
    return max(TRANSLATION_PARTS[part](python) for part in parts or TRANSLATION_PARTS)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"start", "test", "translations"}:
        print(
            "usage: python3 dev.py start [app options] | python3 dev.py test [pytest options]"
            " | python3 dev.py translations [core] [ui]"
        )
        return 2
    python = ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "translations":
        return update_translations(python, rest)
    if command == "start":
        if not rest and not account_connected(python):
            rest = ["--demo"]
        return subprocess.call([str(python), "-m", "aliorders_desktop", *rest])
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    lint = subprocess.call([str(python), "-m", "ruff", "check", str(ROOT)], env=env)
    tests = subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)
    return tests or lint


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

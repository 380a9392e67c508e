"""`aliorders --self-test`: prove an installation works end to end, with no display and no account.

The installer build runs it on the frozen app before packaging it, and support can ask a user for
its report. Each step is named, so a failure says which part of the installation is broken: Qt and
its platform plugin, the bundled icons and translations, the database, a real sync against the
simulated gateway (the same client, signing and store code as a sync against AliExpress), the
keyring backends.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from datetime import date, timedelta
from importlib.metadata import entry_points
from pathlib import Path
from typing import TextIO

from aliorders_desktop import __version__, credentials, store
from aliorders_desktop.ui import platform_check

SELF_TEST_ORDERS = 300  # over the demo's 120 days: about 20 orders fall in the synced week
SELF_TEST_SEED = 7
SELF_TEST_DAYS = 7


class StepFailed(Exception):
    """A check ran but found the installation wrong; the message says what was found."""


class SelfTest:
    """The steps share what earlier ones set up; `cleanup` undoes it all, last first."""

    def __init__(self, cleanup: ExitStack):
        self.cleanup = cleanup
        self.database = Path()
        self.synced_new = 0

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        steps = [
            ("Qt", self.check_qt),
            ("icons", self.check_icons),
            ("translations", self.check_translations),
            ("database", self.check_database),
            ("sync", self.check_sync),
            ("orders stored", self.check_orders),
            ("keyring", self.check_keyring),
        ]
        if sys.platform.startswith("linux"):
            steps.append(("X11 window libraries", self.check_window_libraries))
        return steps

    def check_qt(self) -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        return f"PySide6 {pyside_version}, Qt {qVersion()}, platform plugin {app.platformName()!r}"

    def check_icons(self) -> str:
        from PySide6.QtGui import QPixmap

        icon = platform_check.resources_dir() / "aliorders-256.png"
        if QPixmap(str(icon)).isNull():
            raise StepFailed(f"cannot load the app icon {icon}")
        return str(icon.parent)

    def check_translations(self) -> str:
        """Every catalogue a language needs loads: a build that lost one would show English."""
        from PySide6.QtCore import QTranslator

        from aliorders_desktop import languages
        from aliorders_desktop.ui.language import catalogues

        wanted = [entry for code in languages.LANGUAGES for entry in catalogues(code)]
        missing = [name for name, folder in wanted if not QTranslator().load(name, folder)]
        if missing:
            raise StepFailed(f"cannot load the translations {', '.join(missing)}")
        return f"{len(wanted)} catalogues for {', '.join(languages.LANGUAGES)}"

    def check_database(self) -> str:
        folder = self.cleanup.enter_context(
            tempfile.TemporaryDirectory(prefix="aliorders-self-test-", ignore_cleanup_errors=True)
        )
        self.database = Path(folder) / "self-test.db"
        store.open_database(self.database)
        self.cleanup.callback(store.close_database)
        return f"opened a new database at {self.database}"

    def check_sync(self) -> str:
        from aliorders_desktop.demo import start_demo
        from aliorders_desktop.sync.service import SyncService

        demo = start_demo(orders=SELF_TEST_ORDERS, seed=SELF_TEST_SEED, database=str(self.database))
        self.cleanup.callback(demo.stop)
        last = date.today()
        result = SyncService(demo.credentials, demo.client_settings).run(
            last - timedelta(days=SELF_TEST_DAYS - 1), last
        )
        if result.outcome is not store.SyncOutcome.COMPLETED:
            raise StepFailed(result.summary())
        self.synced_new = result.progress.counts.new
        return (
            f"last {SELF_TEST_DAYS} days from the simulated gateway at {demo.server.url}: {result.summary()}"
        )

    def check_orders(self) -> str:
        stored = store.count_orders(store.OrderFilter())
        if stored == 0 or stored != self.synced_new:
            raise StepFailed(f"the database holds {stored} sub-orders but the sync saved {self.synced_new}")
        return f"{stored} sub-orders"

    def check_keyring(self) -> str:
        """A frozen app that lost keyring's entry-point metadata has no backends at all: fail on that.

        A machine without a secure store is fine (the app falls back to the environment or a
        session-only secret), so an unusable backend is reported, not failed.
        """
        registered = sorted(point.name for point in entry_points(group="keyring.backends"))
        if not registered:
            raise StepFailed("no keyring backends are registered: keyring's package metadata is missing")
        status = credentials.keyring_status()
        usable = "usable" if status.usable else f"not usable: {status.message}"
        return f"{status.backend} ({usable}); registered: {', '.join(registered)}"

    def check_window_libraries(self) -> str:
        """Reported, never failed: this test runs offscreen, but a real window needs these."""
        missing = platform_check.missing_libraries()
        if not missing:
            return "all present"
        apt, dnf = platform_check.install_commands(missing)
        return f"missing {', '.join(missing)}; a window needs: {apt}  (Fedora: {dnf})"


def run_self_test(stream: TextIO | None = None) -> int:
    """Run every step, print a short report, return 0 or 1 (the failing step is named)."""
    out = stream or sys.stdout

    def say(line: str) -> None:
        if out is not None:  # a windowed Windows exe has no stdout
            print(line, file=out, flush=True)

    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    say(
        f"aliorders {__version__} self-test ({frozen}; Python {platform.python_version()}, "
        f"{platform.platform()})"
    )
    started = time.monotonic()
    with ExitStack() as cleanup:
        for name, check in SelfTest(cleanup).steps():
            try:
                detail = check()
            except Exception as exc:  # any failure at all is a finding, named by its step
                say(f"FAIL  {name}: {type(exc).__name__}: {exc}")
                say(f"Self-test failed at step {name!r}.")
                return 1
            say(f"ok    {name}: {detail}")
    say(f"Self-test passed in {time.monotonic() - started:.1f} s.")
    return 0

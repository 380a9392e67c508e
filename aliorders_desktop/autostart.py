"""Start aliorders when the user logs in, the way each operating system expects it.

- Linux and other freedesktop systems: a `.desktop` file in `$XDG_CONFIG_HOME/autostart` (by
  default `~/.config/autostart`), as the XDG Autostart specification describes.
- Windows: a value under the current user's `Software\\Microsoft\\Windows\\CurrentVersion\\Run`
  key, which needs no administrator rights.
- macOS: a LaunchAgent property list in `~/Library/LaunchAgents` with `RunAtLoad`.

The entry itself is the only record: whether login start is on is read back from it, so the
setting can never disagree with what the system will do. The command is the running app's own
(the frozen executable, or this Python with `-m aliorders_desktop`).
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

APP_ID = "aliorders"
LAUNCH_AGENT_LABEL = "app.aliorders.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
IN_TRAY = "--in-tray"
"""The app's option to start without its window (`aliorders --in-tray`)."""


def launch_command() -> list[str]:
    """The command line that starts this very installation of the app in the tray, as a start
    at login should (the window opens anyway where there is no tray)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, IN_TRAY]
    return [sys.executable, "-m", "aliorders_desktop", IN_TRAY]


class Autostart(Protocol):
    """One operating system's way of starting the app at login."""

    def is_enabled(self) -> bool: ...
    def enable(self, command: Sequence[str]) -> None: ...
    def disable(self) -> None: ...


_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
"""Characters that make an Exec argument need quotes (XDG Desktop Entry specification)."""


def _desktop_exec(command: Sequence[str]) -> str:
    """`command` as a desktop entry's Exec key: `%` doubled (it starts field codes), arguments
    with reserved characters quoted, with `"`, `` ` ``, `$` and `\\` escaped inside the quotes,
    then every backslash escaped once more, as the key's string value needs."""
    quoted = []
    for argument in command:
        argument = argument.replace("%", "%%")
        if argument and not _RESERVED.intersection(argument):
            quoted.append(argument)
            continue
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        quoted.append(f'"{escaped}"')
    return " ".join(quoted).replace("\\", "\\\\")


class XdgAutostart:
    """An `aliorders.desktop` file in the XDG autostart folder."""

    def __init__(self, folder: Path | None = None) -> None:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        self.path = (folder or Path(base) / "autostart") / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=aliorders",
                "Comment=AliExpress affiliate orders on your computer",
                f"Exec={_desktop_exec(command)}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        _write(self.path, entry.encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class LaunchAgent:
    """A LaunchAgent that runs the app once when the user logs in (not kept alive: Quit means quit)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or Path.home() / "Library" / "LaunchAgents") / f"{LAUNCH_AGENT_LABEL}.plist"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        agent = {"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": list(command), "RunAtLoad": True}
        _write(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class RunKey:
    """A value named after the app in the current user's Run key.

    `registry` is the `winreg` module, or anything with the same functions (tests pass a fake).
    """

    def __init__(self, registry: Any = None) -> None:
        if registry is None:
            import winreg as registry  # Windows only
        self.registry = registry

    def _open(self, access: int):
        """The Run key, opened but never created: a missing key means nothing starts at login."""
        return self.registry.OpenKey(self.registry.HKEY_CURRENT_USER, RUN_KEY, 0, access)

    def is_enabled(self) -> bool:
        try:
            with self._open(self.registry.KEY_QUERY_VALUE) as key:
                self.registry.QueryValueEx(key, APP_ID)
        except FileNotFoundError:
            return False
        return True

    def enable(self, command: Sequence[str]) -> None:
        registry = self.registry
        with registry.CreateKeyEx(registry.HKEY_CURRENT_USER, RUN_KEY, 0, registry.KEY_SET_VALUE) as key:
            registry.SetValueEx(key, APP_ID, 0, registry.REG_SZ, subprocess.list2cmdline(command))

    def disable(self) -> None:
        try:
            with self._open(self.registry.KEY_SET_VALUE) as key:
                self.registry.DeleteValue(key, APP_ID)
        except FileNotFoundError:
            pass


def for_this_system(platform: str = sys.platform) -> Autostart:
    """The login start of the operating system the app runs on."""
    if platform == "win32":
        return RunKey()
    if platform == "darwin":
        return LaunchAgent()
    return XdgAutostart()


def _write(path: Path, content: bytes) -> None:
    """Write the whole entry or nothing: a half-written file could start something else."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    temp.write_bytes(content)
    temp.replace(path)

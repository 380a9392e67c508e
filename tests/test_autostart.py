"""Start at login: the entry each operating system reads, written into temporary folders (Windows'
registry through a stand-in with winreg's functions)."""

from __future__ import annotations

import configparser
import contextlib
import plistlib
import sys
from pathlib import Path

import pytest

from aliorders_desktop import autostart, cli

COMMAND = ["/opt/my apps/aliorders/aliorders", "--db", "/data/50% $off/orders.db"]


def test_the_xdg_entry_is_a_desktop_file_that_runs_the_command(tmp_path: Path) -> None:
    entry = autostart.XdgAutostart(tmp_path / "autostart")
    assert not entry.is_enabled()
    entry.enable(COMMAND)
    assert entry.is_enabled()
    text = (tmp_path / "autostart" / "aliorders.desktop").read_text(encoding="utf-8")
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str  # keys are case-sensitive
    parsed.read_string(text)
    desktop = parsed["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "aliorders"
    # Quoted where the specification reserves characters, "$" escaped, "%" doubled, and the
    # backslash of the escape itself escaped for the string value.
    assert desktop["Exec"] == r'"/opt/my apps/aliorders/aliorders" --db "/data/50%% \\$off/orders.db"'
    entry.disable()
    assert not entry.is_enabled()
    entry.disable()  # already off: nothing to do, no error


def test_the_xdg_folder_follows_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert autostart.XdgAutostart().path == tmp_path / "cfg" / "autostart" / "aliorders.desktop"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert autostart.XdgAutostart().path == tmp_path / "home" / ".config" / "autostart" / "aliorders.desktop"


def test_the_launch_agent_runs_the_command_once_at_login(tmp_path: Path) -> None:
    agent = autostart.LaunchAgent(tmp_path / "LaunchAgents")
    agent.enable(COMMAND)
    assert agent.is_enabled()
    with (tmp_path / "LaunchAgents" / "app.aliorders.desktop.plist").open("rb") as file:
        content = plistlib.load(file)
    assert content == {"Label": "app.aliorders.desktop", "ProgramArguments": COMMAND, "RunAtLoad": True}
    agent.disable()
    assert not agent.is_enabled()


class FakeRegistry:
    """The part of `winreg` the Run key uses, over a dict of (root, key) → {name: (kind, value)}."""

    HKEY_CURRENT_USER = 1
    KEY_QUERY_VALUE = 1
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[int, str], dict[str, tuple[int, str]]] = {}

    @contextlib.contextmanager
    def CreateKeyEx(self, root: int, path: str, reserved: int, access: int):
        yield self.keys.setdefault((root, path), {})

    @contextlib.contextmanager
    def OpenKey(self, root: int, path: str, reserved: int, access: int):
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        yield self.keys[(root, path)]

    def QueryValueEx(self, key: dict, name: str) -> tuple[str, int]:
        if name not in key:
            raise FileNotFoundError(name)
        kind, value = key[name]
        return value, kind

    def SetValueEx(self, key: dict, name: str, reserved: int, kind: int, value: str) -> None:
        key[name] = (kind, value)

    def DeleteValue(self, key: dict, name: str) -> None:
        if key.pop(name, None) is None:
            raise FileNotFoundError(name)


def test_the_run_key_holds_the_command_line() -> None:
    registry = FakeRegistry()
    run = autostart.RunKey(registry)
    assert not run.is_enabled() and registry.keys == {}  # only looked, nothing created
    run.disable()
    run.enable([r"C:\Program Files\aliorders\aliorders.exe"])
    assert run.is_enabled()
    values = registry.keys[(registry.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run")]
    assert values == {"aliorders": (registry.REG_SZ, r'"C:\Program Files\aliorders\aliorders.exe"')}
    run.disable()
    assert not run.is_enabled() and values == {}
    run.disable()


def test_each_system_gets_its_own_kind_of_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert isinstance(autostart.for_this_system("linux"), autostart.XdgAutostart)
    assert isinstance(autostart.for_this_system("darwin"), autostart.LaunchAgent)
    assert autostart.for_this_system("darwin").path.parent == tmp_path / "Library" / "LaunchAgents"


def test_the_command_is_the_running_app_starting_in_the_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    assert autostart.launch_command() == [sys.executable, "-m", "aliorders_desktop", "--in-tray"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.launch_command() == [sys.executable, "--in-tray"]
    assert cli.build_parser().parse_args(["--in-tray"]).in_tray  # the app knows the option

"""The Linux display-library check that replaces Qt's cryptic abort with an install command."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from aliorders_desktop.ui import platform_check


@pytest.fixture
def x11_linux(monkeypatch):
    """A Linux X11 session where Qt would pick xcb, and every xcb library is missing."""
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(platform_check, "library_loads", lambda soname: False)


def test_message_names_libraries_and_packages_for_debian_and_fedora():
    message = platform_check.missing_libraries_message(["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"])
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0" in message
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in message
    assert "sudo dnf install libxkbcommon-x11 xcb-util-cursor" in message


def test_install_commands_name_each_package_once():
    apt, dnf = platform_check.install_commands(["libxcb-randr.so.0", "libxcb-shape.so.0"])
    assert apt == "sudo apt install libxcb-randr0 libxcb-shape0"
    assert dnf == "sudo dnf install libxcb"


@pytest.mark.usefixtures("x11_linux")
def test_problem_reported_when_xcb_would_be_used():
    problem = platform_check.display_problem()
    assert problem is not None and "sudo apt install" in problem and "libxcb-cursor0" in problem


@pytest.mark.usefixtures("x11_linux")
@pytest.mark.parametrize(
    "variable, value",
    [
        ("QT_QPA_PLATFORM", "offscreen"),
        ("QT_QPA_PLATFORM", "wayland"),
        ("WAYLAND_DISPLAY", "wayland-0"),
    ],
)
def test_no_check_when_xcb_is_not_going_to_be_used(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    assert platform_check.missing_linux_libraries() == []
    assert platform_check.display_problem() is None


@pytest.mark.usefixtures("x11_linux")
def test_explicit_xcb_is_checked(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert platform_check.missing_linux_libraries() == list(platform_check.WINDOW_LIBRARIES)


def test_no_check_off_linux(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "win32")
    monkeypatch.setenv("DISPLAY", ":0")
    assert platform_check.display_problem() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="loads Linux shared libraries")
def test_library_loads_really_tries_the_dynamic_linker():
    assert platform_check.library_loads("libc.so.6")
    assert not platform_check.library_loads("libaliorders-does-not-exist.so.0")


def test_check_runs_before_qt_so_it_must_not_import_it():
    code = (
        "import sys, aliorders_desktop.ui.platform_check as p; p.display_problem(); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux session without a display")
def test_without_any_display_the_app_says_so_in_one_line_and_exits_1_instead_of_aborting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    started = subprocess.run(
        [sys.executable, "-m", "aliorders_desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert started.returncode == 1
    assert started.stderr.strip() == platform_check.NO_DISPLAY_MESSAGE
    assert "\n" not in started.stderr.strip()


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc:size=800x600"])
def test_a_platform_that_needs_no_display_may_start_without_one(monkeypatch, platform) -> None:
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", platform)
    assert platform_check.display_problem() is None

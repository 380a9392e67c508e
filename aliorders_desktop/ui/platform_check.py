"""Start-up checks of the machine this copy runs on, made before Qt is touched.

Qt's xcb platform plugin (a real X11 window on Linux) needs system libraries that fresh installs
often lack; without them Qt aborts with a cryptic "could not load the Qt platform plugin" message.
Checking first lets the app name the packages to install instead. No Qt import here on purpose.
`resources_dir()` answers the other question that differs between a frozen app and a checkout.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

# What Qt's xcb plugin (libQt6XcbQpa) and QtGui load from the system, with the Debian/Ubuntu and
# Fedora packages shipping each. A frozen app carries most xcb ones, never libGL/libEGL.
WINDOW_LIBRARIES: Mapping[str, tuple[str, str]] = {
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
}


def resources_dir() -> Path:
    """The icons folder: beside the frozen app's modules, or at the top of a source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[2] / "resources"


def library_loads(soname: str) -> bool:
    """True when the dynamic linker finds the library, or a frozen app carries its own copy."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [str(Path(bundle) / soname)] if bundle and (Path(bundle) / soname).exists() else []
    for candidate in [*candidates, soname]:
        try:
            ctypes.CDLL(candidate)
        except OSError:
            continue
        return True
    return False


def missing_libraries(sonames: Iterable[str] = WINDOW_LIBRARIES) -> list[str]:
    """The libraries of `sonames` that cannot be loaded, whatever platform Qt would pick."""
    return [soname for soname in sonames if not library_loads(soname)]


def xcb_will_be_used() -> bool:
    """Linux with an X display and Qt left to choose xcb (Wayland sessions use Qt's wayland plugin)."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    return chosen == "xcb" or (not chosen and not os.environ.get("WAYLAND_DISPLAY"))


def missing_linux_libraries() -> list[str]:
    """Sonames Qt's window will fail on; empty when fine or when xcb is not going to be used."""
    return missing_libraries() if xcb_will_be_used() else []


def install_commands(missing: Iterable[str]) -> tuple[str, str]:
    """The apt and dnf command lines that install the packages shipping the `missing` sonames."""
    known = [WINDOW_LIBRARIES[soname] for soname in missing if soname in WINDOW_LIBRARIES]
    debian = sorted({packages[0] for packages in known})
    fedora = sorted({packages[1] for packages in known})
    return "sudo apt install " + " ".join(debian), "sudo dnf install " + " ".join(fedora)


def missing_libraries_message(missing: Iterable[str]) -> str:
    """Plain words naming the missing sonames and the Debian/Ubuntu and Fedora commands to fix it."""
    missing = list(missing)
    apt, dnf = install_commands(missing)
    lines = [
        "aliorders cannot open its window: this system lacks libraries that Qt needs to draw on X11:",
        "    " + ", ".join(missing),
        "",
        "Install them, then start aliorders again:",
        "    Debian/Ubuntu:  " + apt,
        "    Fedora:         " + dnf,
        "",
        "Headless commands (aliorders sync, export, status) work without them. "
        "QT_DEBUG_PLUGINS=1 makes Qt print what it tried.",
    ]
    return "\n".join(lines)


NO_DISPLAY_MESSAGE = (
    "aliorders found no display to open its window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
    "The headless commands work without one: aliorders sync, export, status (aliorders --help)."
)
DISPLAYLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay", "minimalegl"}
"""Qt platforms that draw without an X11 or Wayland session."""


def no_display() -> bool:
    """Linux (or another X11 system) with no X11 or Wayland session and Qt left to look for one."""
    if sys.platform in ("win32", "darwin") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    return chosen not in DISPLAYLESS_PLATFORMS


def display_problem() -> str | None:
    """The message to show instead of starting the window, or None when the window can open."""
    if no_display():
        return NO_DISPLAY_MESSAGE
    missing = missing_linux_libraries()
    return missing_libraries_message(missing) if missing else None

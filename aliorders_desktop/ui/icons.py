"""Toolbar icons drawn in the theme's text colour, from the line drawings in `resources/icons/`.

The drawings stroke with `currentColor`, which Qt's SVG reader does not know; it is replaced with
the palette's colour before reading, so one file serves the light and the dark theme alike.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap

from aliorders_desktop.ui.platform_check import resources_dir

SIZES = (16, 24, 32, 48)
"""Rendered ahead of time, so the icon stays sharp on high-density screens."""


@cache
def _drawing(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def themed_icon(name: str, palette: QPalette) -> QIcon:
    """The drawing `name` in `palette`'s button text colour (greyed when disabled); an empty icon,
    and so a text-only button, if the drawing cannot be read."""
    icon = QIcon()
    for mode, group in (
        (QIcon.Mode.Normal, QPalette.ColorGroup.Active),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        for size in SIZES:
            pixmap = _render(name, colour, size)
            if not pixmap.isNull():
                icon.addPixmap(pixmap, mode)
    return icon


def _render(name: str, colour: QColor, size: int) -> QPixmap:
    sized = f'<svg width="{size}" height="{size}" '
    svg = _drawing(name).replace("currentColor", colour.name()).replace("<svg ", sized, 1)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg.encode("utf-8")), "SVG")
    return pixmap

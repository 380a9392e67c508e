"""Render resources/aliorders.svg into every icon the installers need, with Qt only.

Writes resources/aliorders-<size>.png (Linux, the window icon), aliorders.ico (Windows: BMP entries
below 256 px for old shell code paths, PNG at 256 px) and aliorders.icns (macOS, PNG entries).
The outputs are committed, so a build never needs this script; run it after editing the SVG:

    python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SVG = RESOURCES / "aliorders.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-capable icns types and the pixel size each holds (the @2x types reuse larger renders).
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}


def png_path(size: int) -> Path:
    return RESOURCES / f"aliorders-{size}.png"


def render(svg: Path, size: int):  # -> QImage; Qt is imported lazily so tests can read the constants
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def dib_bytes(image) -> bytes:
    """A 32-bit BMP entry as ICO stores it: bottom-up BGRA rows, double height, empty AND mask."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_ARGB32).flipped()
    size = image.width()
    pixels = bytes(image.constBits())[: size * size * 4]  # ARGB32 is BGRA in memory on little-endian
    mask_row = ((size + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels), 0, 0, 0, 0)
    return header + pixels + bytes(mask_row * size)


def ico_bytes(entries: dict[int, bytes]) -> bytes:
    directory, offset = b"", 6 + 16 * len(entries)
    for size, data in entries.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(entries)) + directory + b"".join(entries.values())


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: render(SVG, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES.values()})}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    for size in PNG_SIZES:
        png_path(size).write_bytes(pngs[size])
    ico = {size: pngs[size] if size >= 256 else dib_bytes(images[size]) for size in ICO_SIZES}
    (RESOURCES / "aliorders.ico").write_bytes(ico_bytes(ico))
    (RESOURCES / "aliorders.icns").write_bytes(icns_bytes(pngs))
    print(f"Wrote {len(PNG_SIZES)} PNGs, aliorders.ico and aliorders.icns to {RESOURCES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The committed icons: every size each platform wants, in the formats it reads."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

from packaging_support import ROOT, make_icons

RESOURCES = ROOT / "resources"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    return struct.unpack(">II", data[16:24])


def test_svg_source_is_square():
    svg = ET.parse(RESOURCES / "aliorders.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"


def test_png_sizes():
    icons = make_icons()
    for size in icons.PNG_SIZES:
        assert png_size(icons.png_path(size).read_bytes()) == (size, size)
    assert {16, 32, 48, 256, 512} <= set(icons.PNG_SIZES)


def test_ico_holds_every_windows_size():
    data = (RESOURCES / "aliorders.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        side = width or 256
        assert (width, height, bits) == (width, width, 32)
        payload = data[offset : offset + length]
        if payload.startswith(PNG_SIGNATURE):
            assert png_size(payload) == (side, side)
        else:  # BITMAPINFOHEADER: double height for the AND mask
            assert struct.unpack("<Iii", payload[:12]) == (40, side, side * 2)
        sizes.append(side)
    assert sizes == list(make_icons().ICO_SIZES)


def test_icns_holds_every_macos_size():
    data = (RESOURCES / "aliorders.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        found[kind] = png_size(data[offset + 8 : offset + length])[0]
        offset += length
    assert found == make_icons().ICNS_TYPES

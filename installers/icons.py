"""The product's icon in every format an installer wants, drawn from one SVG (or a pack's
PNG): PNG sizes for Linux, .ico for Windows, .icns for macOS. The containers are written by
hand (both are a small header around PNG data), so nothing here depends on the build OS."""

from __future__ import annotations

import os
import struct

ICO_SIZES = (16, 32, 48, 256)
ICNS_TYPES = {b"ic07": 128, b"ic08": 256, b"ic09": 512}


def png(svg: bytes | None, size: int, fallback_png: bytes | None = None) -> bytes:
    """A size x size PNG of the icon, transparent around it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:
        # A widgets application, though only images are painted here: a process that later
        # shows a window (a test run, say) can, where a bare QGuiApplication would abort it.
        _keep.append(QApplication([]))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if svg is not None:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(svg))
        box = renderer.defaultSize().scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio)
        from PySide6.QtCore import QRectF

        renderer.render(painter, QRectF((size - box.width()) / 2, (size - box.height()) / 2, box.width(), box.height()))
    else:
        source = QImage.fromData(fallback_png or b"")
        scaled = source.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


_keep: list = []


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images (ic07/ic08/ic09: 128, 256, 512 px)."""
    body = b""
    for kind, size in ICNS_TYPES.items():
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def all_formats(svg: bytes | None, fallback_png: bytes | None = None) -> dict[str, bytes]:
    sizes = sorted(set(ICO_SIZES) | set(ICNS_TYPES.values()) | {64, 128})
    pngs = {size: png(svg, size, fallback_png) for size in sizes}
    out = {f"{size}.png": data for size, data in pngs.items()}
    out["icon.ico"] = ico({s: pngs[s] for s in ICO_SIZES})
    out["icon.icns"] = icns(pngs)
    if svg is not None:
        out["icon.svg"] = svg
    return out

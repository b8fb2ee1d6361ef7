"""Render Briefer's SVG icon as the PNG sizes desktops look up (16 to 512 px).

Usage: `python packaging/render_icons.py OUT_DIR` writes
OUT_DIR/hicolor/NxN/apps/briefer.png, the freedesktop icon-theme layout. Qt's
own SVG renderer does it, so the build needs nothing beyond PySide6.
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICON_NAME = "briefer"
SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / f"{ICON_NAME}.svg"


def render_icons(out_dir: Path, svg: Path = SVG) -> list[Path]:
    """Write one PNG per size under OUT_DIR/hicolor; returns their paths."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: render_icons.py OUT_DIR")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build needs no display
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in render_icons(Path(sys.argv[1])):
        print(path)

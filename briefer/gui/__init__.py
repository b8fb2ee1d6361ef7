"""The desktop application (PySide6): the only part of Briefer that imports Qt."""

"""The project store: one SQLite database per project, written with sqlite-utils.

Rooms of one job each: `schema` (tables and migrations), `files` (file checks,
loading, atomic save), `rows` (generic rows for undo), `queries` (typed
per-table queries), `merge` (the re-analysis merge policy) and `project`
(the `Project` lifecycle that joins them).
"""

from briefer.core.store.files import PROJECT_SUFFIX, SQLITE_HEADER, project_path
from briefer.core.store.project import Project
from briefer.core.store.queries import ARTICLE_META_FIELDS, alias_key
from briefer.core.store.schema import APPLICATION_ID, SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID",
    "ARTICLE_META_FIELDS",
    "PROJECT_SUFFIX",
    "SCHEMA_VERSION",
    "SQLITE_HEADER",
    "Project",
    "alias_key",
    "project_path",
]

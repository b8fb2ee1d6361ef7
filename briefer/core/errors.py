"""Errors a user can cause and understand.

Every face (CLI, GUI) shows a `BrieferError` as a one-line message; anything
else is a bug and is reported as such.
"""


class BrieferError(Exception):
    """A failure the user can act on; its message is shown as is."""


class ProjectError(BrieferError):
    """A project file cannot be opened or saved."""


class ImportError_(BrieferError):
    """One article could not be imported (bad file, bad URL, duplicate...)."""


class DuplicateArticleError(ImportError_):
    """The article is already in the project (same content hash)."""

    def __init__(self, message: str, existing_id: int):
        super().__init__(message)
        self.existing_id = existing_id


class ExportError(BrieferError):
    """The brief could not be written."""


class ProjectLockedError(ProjectError):
    """Another Briefer (window or command) has the project open for changes.

    The caller may offer to open it read-only instead.
    """

    def __init__(self, message: str, path: str):
        super().__init__(message)
        self.path = path


class ProjectChangedError(ProjectError):
    """The project file changed on disk since it was opened; saving would overwrite that.

    The caller may offer to save under another name, so neither version is lost.
    """

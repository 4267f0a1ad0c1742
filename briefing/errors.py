"""Typed errors raised inside briefing; the CLI and the UI turn them into one-line messages."""


class BriefingError(Exception):
    """An error the user can act on; its message is one line naming the input and the cause."""


class SourceError(BriefingError):
    """An article could not be read or fetched."""


class NotesError(BriefingError):
    """The notes store could not be read or written."""

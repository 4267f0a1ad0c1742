"""Where articles come from: files, stdin, web pages, feeds, folders. Everything here does I/O; the core does none."""

from briefing.sources.document import SourceDocument, load_document
from briefing.sources.targets import expand_targets, open_library, open_target

__all__ = ["SourceDocument", "expand_targets", "load_document", "open_library", "open_target"]

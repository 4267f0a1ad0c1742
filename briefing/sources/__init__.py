"""Where articles come from: files, stdin, web pages. Everything here does I/O; the core does none."""

from briefing.sources.document import SourceDocument, load_document

__all__ = ["SourceDocument", "load_document"]

"""The pure extraction core: text in, analysis out. No UI, no network, no file system beyond packaged data."""

from briefing.core.model import Analysis
from briefing.core.pipeline import analyse

__all__ = ["Analysis", "analyse"]

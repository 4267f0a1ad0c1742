"""The pure extraction core: text in, analysis out. No UI, no network, no file system beyond packaged data.

The steps and their word lists load on the first call of `analyse`, not on import, so a view can import the
data types (`briefing.core.model`) and paint before extraction is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing.core.model import Analysis

if TYPE_CHECKING:
    from briefing.core.pipeline import analyse
else:

    def analyse(text: str, **options: Any) -> Analysis:
        """Analyse one article; see `briefing.core.pipeline.analyse` for the options."""
        from briefing.core.pipeline import analyse as run_pipeline

        return run_pipeline(text, **options)


__all__ = ["Analysis", "analyse"]

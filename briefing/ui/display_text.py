"""Article text made safe to paint: control characters become visible symbols, one character for one.

Keeping the length identical means every offset from the analysis still points at the same character, so
highlights need no remapping. Markup is never parsed: callers build Segments from these plain strings.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

# C0 controls show as their Unicode "control picture" (U+2400 block), DEL as U+2421, C1 controls as U+FFFD.
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x0A,)}
_CONTROL_PICTURES[0x09] = " "
_CONTROL_PICTURES[0x7F] = "\u2421"
_CONTROL_PICTURES.update({code: REPLACEMENT for code in range(0x80, 0xA0)})
# Bidirectional overrides and isolates could reorder what the analyst sees; show them instead.
_CONTROL_PICTURES.update({code: REPLACEMENT for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})

_NEEDS_CLEANING = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


_CARRIAGE_RETURN_BEFORE_NEWLINE = re.compile("\r(?=\n)")


def displayable(text: str) -> str:
    """The text with every control character except newline replaced by one visible character.

    A carriage return that only ends a Windows line becomes a space: it carries no meaning worth showing.
    """
    if _NEEDS_CLEANING.search(text) is None:
        return text
    return _CARRIAGE_RETURN_BEFORE_NEWLINE.sub(" ", text).translate(_CONTROL_PICTURES)

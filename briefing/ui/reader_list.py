"""An OptionList with vi keys from the action registry, shared by the actor sidebar and the facts panel."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from briefing.ui.actions import bindings_for


class ReaderList(OptionList):
    """A list the user moves through with j/k/g/G as well as arrows; enter picks the highlighted item."""

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("lists")

    DEFAULT_CSS = """
    ReaderList { height: 1fr; border: none; padding: 0; background: $panel; }
    ReaderList:focus { border: none; background-tint: $foreground 4%; }
    """

"""Alternations of listed words, shaped for how Python's regex engine reads them.

The engine tries the branches of an alternation one after another, and a scan tries an alternation at every
word of the text. Two things keep such a scan fast: the words as a prefix tree, so a shared prefix is read
once ("sept(?:ember|)"), and, at each fork, the branches in order of how often English words start with the
letter, so the common first letters are found after a few tries instead of after most of the alphabet ("t"
alone opens about a sixth of the words of English prose). The order never changes what matches: the branches
of a fork start with different characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# The letters in order of how often English words start with them, most often first (the usual published
# counts for English prose; news writing follows them closely). Other characters come after, in code order.
_LETTER_ORDER = "taoiswcbphfmdrelnguyvjkqzx"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_LETTER_ORDER)}

_Tree = dict[str, "_Tree"]
_END_OF_WORD = ""


def by_first_letter_frequency(character: str) -> tuple[int, str]:
    """Sort key for the branches of a fork: common initial letters first, then the rest in code order."""
    return _LETTER_RANK.get(character.lower(), len(_LETTER_ORDER)), character


def prefix_tree(words: Iterable[str], character: Callable[[str], str] = re.escape) -> str:
    """The words as one group shaped as a prefix tree. Where one word extends another the longer is tried
    first, as in a list sorted longest first, so "Thanksgiving Day" wins over "Thanksgiving". `character`
    writes one character of a word as a pattern (by default itself, escaped)."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END_OF_WORD] = {}
    return "(?:" + _tree_pattern(tree, character) + ")"


def _tree_pattern(node: _Tree, character: Callable[[str], str]) -> str:
    branches = [
        character(letter) + _tree_pattern(node[letter], character)
        for letter in sorted(node, key=by_first_letter_frequency)
        if letter != _END_OF_WORD
    ]
    if _END_OF_WORD in node:  # optional as an empty last branch: "(?:x)?" makes the engine set up a repeat
        return "(?:" + "|".join(branches) + "|)" if branches else ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def phrase_after_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One of the phrases as whole words, right after a space: matched at the end of a name ("the Azov |
    brigade", "the Donetsk | regional military administration"), the phrase as group 1."""
    return re.compile(rf" ({prefix_tree(phrases)})\b")

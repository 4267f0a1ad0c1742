import random
import re

from hypothesis import given
from hypothesis import strategies as st

from briefing.core.word_trees import by_first_letter_frequency, prefix_tree


def test_prefix_tree_matches_exactly_the_words() -> None:
    pattern = re.compile(rf"{prefix_tree(['building', 'buildings', 'bridge', 'base'])}$")
    assert all(pattern.match(word) for word in ("building", "buildings", "bridge", "base"))
    assert not any(pattern.match(word) for word in ("build", "bridges", "bas"))


def test_prefix_tree_prefers_the_longest_word_like_a_list_sorted_longest_first() -> None:
    words = ["thanksgiving", "thanksgiving day", "the", "then", "a", "an"]
    tree = re.compile(prefix_tree(words))
    longest_first = re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)))
    for text in ("thanksgiving day", "thanksgiving", "then", "the", "an", "a", "than"):
        found, expected = tree.match(text), longest_first.match(text)
        assert (found and found.group()) == (expected and expected.group())


def test_a_character_writer_changes_how_each_character_is_matched() -> None:
    pattern = re.compile(
        prefix_tree(["new year"], lambda character: r"\s+" if character == " " else character)
    )
    assert pattern.fullmatch("new   year")


def test_common_first_letters_come_first_and_the_order_is_total() -> None:
    letters = sorted("zxqtae", key=by_first_letter_frequency)
    assert letters[:3] == ["t", "a", "e"] and set(letters[3:]) == {"q", "x", "z"}
    assert sorted(["é", "1", "t"], key=by_first_letter_frequency)[0] == "t"


@given(st.lists(st.text(alphabet="abt ’", min_size=1, max_size=6), min_size=1, max_size=12), st.text("abt ’"))
def test_any_word_order_gives_the_same_matches(words: list[str], text: str) -> None:
    shuffled = list(words)
    random.Random(len(text)).shuffle(shuffled)
    first, second = re.compile(prefix_tree(words)), re.compile(prefix_tree(shuffled))
    assert [match.span() for match in first.finditer(text)] == [
        match.span() for match in second.finditer(text)
    ]

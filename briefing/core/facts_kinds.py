"""What a count measures: the kind and detail of a fact, from its counted noun and the verbs around it.

The counted noun decides which kinds are possible ("strikes" can only be strikes, "people" can be killed,
displaced or besieged); a trigger word next to the count ("were killed", "destroyed") picks among them.
A count of people with no trigger is not a fact: precision matters more than recall.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from briefing.core.facts_lexicon import FactsLexicon, facts_lexicon, grammar
from briefing.core.facts_phrases import Count, Tokens

_AUXILIARIES = grammar("auxiliary")
_PHRASE_PREPOSITIONS = grammar("trailing_preposition")
_CLAUSE_BREAKS = grammar("clause_break")
_PEOPLE_WINDOW = 8
_MATERIEL_WINDOW = 40

_CLASS_DEFAULTS: dict[str, tuple[str, str | None]] = {
    "strike": ("strikes", "airstrikes"),
    "attack": ("strikes", "attacks"),
    "sortie": ("strikes", "other"),
    "aid": ("materiel", "delivered"),
    "aircraft": ("force_size", None),
    "force": ("force_size", None),
    "strength": ("force_size", None),
    "refugee": ("displaced", "refugees"),
    "idp": ("displaced", "idp"),
    "casualty_killed": ("casualties", "killed"),
    "casualty_wounded": ("casualties", "wounded"),
    "casualty_other": ("casualties", "other"),
    "hostage": ("casualties", "captured"),
}
_CLASS_TRIGGER_KINDS: dict[str, frozenset[str]] = {
    "materiel": frozenset({"materiel", "strikes"}),
    "aircraft": frozenset({"materiel"}),
    "force": frozenset({"casualties", "affected", "force_size"}),
    "strength": frozenset({"force_size"}),
    "people": frozenset({"casualties", "displaced", "affected"}),
    "area_km2": frozenset({"territory"}),
    "area_mi2": frozenset({"territory"}),
    "settlement": frozenset({"territory"}),
    "percent": frozenset({"territory"}),
    "refugee": frozenset({"casualties"}),
    "idp": frozenset({"casualties"}),
    "hostage": frozenset({"casualties"}),
}
_LATER_TRIGGER_WINDOW = 30
_LIST_WINDOW = 14
_NEW_CLAUSE = grammar("new_clause")
_CASUALTIES = frozenset({"casualties"})
_NOUNLESS_KINDS = frozenset({"casualties", "displaced"})
_NOUNLESS_RIGHT_KINDS = frozenset({"casualties", "displaced", "affected"})  # '22 million in need of aid'
_NEAR_ONLY_CLASSES = frozenset({"force", "strength", "people", "refugee", "idp", "aircraft", "hostage", None})
_PASSIVE_ONLY_CLASSES = frozenset({"aircraft"})
_PARTITIVE_NEEDS_TRIGGER = frozenset({"force", "aircraft"})
_INCLUSION_WORDS = grammar("inclusion")
_TOLL_VERBS = grammar("toll_verb")
_PASSIVE_AUXILIARIES = grammar("passive_auxiliary")
_MULTIPLIER_FOLLOWERS = grammar("multiplier_follower")
_AFTER_COUNT_ONLY = grammar("after_count_only")
_BE_FORMS = grammar("be_form")
_GAP_WINDOW = 12  # tokens from the end of the earlier count to the 'and' before the gapped one
_HEDGING_PARTICIPLES = grammar("hedging_participle")
_JOIN_FOLLOWERS = grammar("list_end")


@dataclass(frozen=True, slots=True)
class Kind:
    """What a count measures: a fact kind of the guidelines and its detail."""

    kind: str
    detail: str | None


_TOLL = Kind("casualties", "killed")
_DEATH_TOLLS = frozenset([("death", "toll"), ("casualty", "toll")])


def classify(count: Count, tokens: Tokens, sentence_first: int, sentence_last: int) -> Kind | None:
    """The kind and detail of a count, or None when it measures nothing the guidelines count."""
    lexicon = facts_lexicon()
    noun_class = count.noun_class
    if count.currency is not None:
        return Kind("money", None)
    if noun_class is None:
        return _classify_nounless(count, tokens, sentence_first, sentence_last, lexicon)
    if noun_class.startswith("money"):
        return Kind("money", None)
    if noun_class == "occasion":
        after = count.head_end_token
        if after <= sentence_last and tokens.lower[after] in _MULTIPLIER_FOLLOWERS:
            return None  # 'ten times more', 'three times as many': a multiplier, not a count of events
        words = tokens.lower[sentence_first : sentence_last + 1]
        return Kind("strikes", "attacks") if lexicon.attack_context.intersection(words) else None
    if noun_class == "percent" and not _share_of_area(count, tokens, sentence_last, lexicon):
        return None
    allowed = _CLASS_TRIGGER_KINDS.get(noun_class, frozenset())
    trigger = _trigger(count, tokens, sentence_first, sentence_last, allowed, noun_class) if allowed else None
    if trigger is None and noun_class == "materiel":
        trigger = _later_trigger(count, tokens, sentence_last, allowed)
    if (
        trigger is None
        and noun_class == "force"
        and _casualty_nearby(count, tokens, sentence_first, sentence_last)
    ):
        return None
    if trigger is not None:
        return trigger
    if noun_class in _PARTITIVE_NEEDS_TRIGGER and _is_partitive(count, tokens):
        return None
    if noun_class == "force" and _undergoes_an_unread_event(count, tokens, sentence_last):
        return None
    if noun_class == "aircraft" and lexicon.operation_context.isdisjoint(
        tokens.lower[sentence_first : sentence_last + 1]
    ):
        return None
    if noun_class in _CLASS_DEFAULTS:
        kind, detail = _CLASS_DEFAULTS[noun_class]
        return Kind(kind, detail)
    return None


def _undergoes_an_unread_event(count: Count, tokens: Tokens, sentence_last: int) -> bool:
    """'18 soldiers were buried', '40 fighters had been evacuated by air': something the trigger list does not
    know happened to the counted troops, so their count may be of victims rather than a force's size.
    'are believed to', 'were estimated at' only hedge the count."""
    index = count.head_end_token
    skipped = 0
    while index <= sentence_last and tokens.lower[index] in _PASSIVE_AUXILIARIES:
        index += 1
        skipped += 1
    if skipped == 0 or index > sentence_last:
        return False
    word = tokens.lower[index]
    return word.endswith(("ed", "en", "wn")) and word not in _HEDGING_PARTICIPLES


def gapped_kind(
    count: Count, tokens: Tokens, sentence_last: int, previous: Kind, previous_end: int
) -> Kind | None:
    """'14 people were killed in A and five in B': a bare number after 'and' that only adds a place or a time
    repeats the verb of the count before it."""
    if count.noun_class is not None or count.currency is not None or previous.kind not in _NOUNLESS_KINDS:
        return None
    before = tokens.index_before(count.start)
    after = count.head_end_token
    if (
        before < 0
        or tokens.lower[before] != "and"
        or before - tokens.index_before(previous_end) > _GAP_WINDOW
    ):
        return None
    if (
        after <= sentence_last
        and tokens.lower[after] not in _JOIN_FOLLOWERS
        and tokens.lower[after] not in (".", ",", ";")
    ):
        return None
    return previous


def _is_partitive(count: Count, tokens: Tokens) -> bool:
    """'One of the soldiers said': a part of a group, which says nothing of a force's size."""
    index = tokens.index_at_or_after(count.number_end)
    return not count.vague and index < len(tokens.lower) and tokens.lower[index] == "of"


def _classify_nounless(
    count: Count, tokens: Tokens, sentence_first: int, sentence_last: int, lexicon: FactsLexicon
) -> Kind | None:
    """'killing 12', 'About 8,000 have fled', 'millions have been displaced': no noun, a verb right beside."""
    next_index = count.head_end_token
    if next_index <= sentence_last:
        word = tokens.lower[next_index]
        if (
            word[:1].isalpha()
            and word not in lexicon.breakers
            and word not in _AUXILIARIES  # 'tens of thousands more are trapped'
            and _trigger_at(tokens, next_index) is None
        ):
            return None
    if _follows_a_name(count, tokens, sentence_first, lexicon):
        return None
    right = _right_trigger(count, tokens, sentence_last, _NOUNLESS_RIGHT_KINDS, count.head_end_token)
    if right is not None:
        return right
    return _adjacent_left_trigger(count, tokens, sentence_first, _NOUNLESS_KINDS) or _toll_after_verb(
        count, tokens, sentence_first
    )


def _follows_a_name(count: Count, tokens: Tokens, sentence_first: int, lexicon: FactsLexicon) -> bool:
    """'Tower 22', 'Camp 5', 'Route 1': a bare number right after a capitalised word names a place or thing."""
    before = tokens.index_before(count.start)
    if before < sentence_first or tokens.ends[before] == count.start:
        return False
    word = tokens.raw(before)
    return (
        word[:1].isupper()
        and word[1:].islower()
        and tokens.lower[before] not in lexicon.trigger_last_words
        and tokens.lower[before] not in lexicon.breakers
    )


def _toll_after_verb(count: Count, tokens: Tokens, sentence_first: int) -> Kind | None:
    """'The death toll from Saturday's attack rose to 45': a death toll named earlier in the sentence is the dead
    (a bare 'toll' may count something else)."""
    before = tokens.index_before(count.start)
    for length in (2, 1):
        first = before - length + 1
        if first > sentence_first and " ".join(tokens.lower[first : before + 1]) in _TOLL_VERBS:
            return _TOLL if _DEATH_TOLLS.intersection(pairwise(tokens.lower[sentence_first:first])) else None
    return None


def _share_of_area(count: Count, tokens: Tokens, sentence_last: int, lexicon: FactsLexicon) -> bool:
    """'30% of territory', '15 to 20 percent of the city': a percentage is territory only as a share of land."""
    index = count.head_end_token
    if index > sentence_last or tokens.lower[index] != "of":
        return False
    for position in range(index + 1, min(index + 4, sentence_last + 1)):
        if tokens.lower[position] in lexicon.area_nouns:
            return True
    return False


def _trigger_at(tokens: Tokens, index: int, stop: int | None = None) -> tuple[tuple[str, str], ...] | None:
    """The trigger meanings of the phrase starting at token index that ends at `stop` when given."""
    if index >= len(tokens.lower):
        return None
    lengths = facts_lexicon().trigger_lengths.get(tokens.lower[index])
    if lengths is None:
        return None
    triggers = facts_lexicon().triggers
    if stop is not None:
        length = stop - index + 1
        if length not in lengths or stop >= len(tokens.lower):
            return None
        return triggers.get(tuple(tokens.lower[index : stop + 1])) or None
    for length in lengths:
        last = index + length - 1
        if last >= len(tokens.lower):
            continue
        meanings = triggers.get(tuple(tokens.lower[index : last + 1]))
        if meanings:
            return meanings
    return None


def _pick(meanings: tuple[tuple[str, str], ...], allowed: frozenset[str]) -> Kind | None:
    for kind, detail in meanings:
        if kind in allowed:
            return Kind(kind, detail)
    return None


def _trigger(
    count: Count,
    tokens: Tokens,
    sentence_first: int,
    sentence_last: int,
    allowed: frozenset[str],
    noun_class: str | None,
) -> Kind | None:
    """A trigger inside the noun phrase, right after the count, or the nearest one before it in its clause."""
    adjacent = _adjacent_left_trigger(count, tokens, sentence_first, allowed)
    if adjacent is not None:
        return adjacent
    if count.premodifier_start is not None:
        first = tokens.index_at_or_after(count.premodifier_start)
        for index in range(first, count.head_end_token):
            meanings = _trigger_at(tokens, index)
            if meanings and (found := _pick(meanings, allowed)):
                return found
    right = _right_trigger(
        count, tokens, sentence_last, allowed, count.head_end_token, noun_class in _PASSIVE_ONLY_CLASSES
    )
    if right is None and noun_class in _NEAR_ONLY_CLASSES:
        right = _coordinated_right_trigger(count, tokens, sentence_last, allowed)
    if right is not None:
        return right
    return _left_trigger(count, tokens, sentence_first, allowed, noun_class)


def _adjacent_left_trigger(
    count: Count, tokens: Tokens, sentence_first: int, allowed: frozenset[str]
) -> Kind | None:
    """The verb right before the count ('reached 31,500 of the newly displaced') outranks its modifiers."""
    before = tokens.index_before(count.start)
    if before < sentence_first or tokens.lower[before] not in facts_lexicon().trigger_last_words:
        return None
    for first in range(max(sentence_first, before - 2), before + 1):
        if first == before and tokens.lower[first] in _AFTER_COUNT_ONLY:
            continue
        meanings = _trigger_at(tokens, first, stop=before)
        if meanings and (found := _pick(meanings, allowed)):
            if found.kind == "casualties":
                return _left_joined_casualty(found, tokens, first, sentence_first)
            return found
    return None


def _right_trigger(
    count: Count,
    tokens: Tokens,
    sentence_last: int,
    allowed: frozenset[str],
    index: int,
    passive_only: bool = False,
) -> Kind | None:
    """The verb after the count: '30 Britons were murdered', '8,000 have fled', '16 jets were shot down'.

    With passive_only the verb must follow an auxiliary: '16 aircraft fired 22 munitions' says what the
    aircraft did, not what was done to them.
    """
    skipped = 0
    index = _skip_inclusion(tokens, index, sentence_last)
    if index <= sentence_last and tokens.lower[index] in _PHRASE_PREPOSITIONS:
        index = _skip_prepositional_phrase(tokens, index, sentence_last)
    while index <= sentence_last and tokens.lower[index] in _AUXILIARIES and skipped < 4:
        index += 1
        skipped += 1
    if index > sentence_last or (passive_only and skipped == 0):
        return None
    if skipped and tokens.lower[index] in _AFTER_COUNT_ONLY and tokens.lower[index - 1] in _BE_FORMS:
        index += 1  # 'only 20 people are left in the village' stayed; 'were left homeless' reads on
        if index > sentence_last:
            return None
    meanings = _trigger_at(tokens, index)
    if not meanings:
        return None
    found = _pick(meanings, allowed)
    if found is not None and found.kind == "casualties":
        return _joined_casualty(found, tokens, index, sentence_last)
    return found


def _skip_inclusion(tokens: Tokens, index: int, sentence_last: int) -> int:
    """Past ', including a child,' to the verb after it."""
    if (
        index + 1 > sentence_last
        or tokens.lower[index] != ","
        or tokens.lower[index + 1] not in _INCLUSION_WORDS
    ):
        return index
    for position in range(index + 2, min(index + 10, sentence_last + 1)):
        if tokens.lower[position] == ",":
            return position + 1
    return index


def _coordinated_right_trigger(
    count: Count, tokens: Tokens, sentence_last: int, allowed: frozenset[str]
) -> Kind | None:
    """'Three women and three children were shot dead', 'Two soldiers, a guard and a driver died': the verb
    after the last item of a list covers every item. A comma before 'and' starts a new clause, not an item.
    """
    index = count.head_end_token
    if index > sentence_last or tokens.lower[index] not in ("and", ","):
        return None
    if tokens.lower[index] == "," and index + 1 <= sentence_last and tokens.lower[index + 1] in _NEW_CLAUSE:
        return None
    for position in range(index + 1, min(index + _LIST_WINDOW, sentence_last + 1)):
        word = tokens.lower[position]
        if word == ",":
            if position + 1 <= sentence_last and tokens.lower[position + 1] in _NEW_CLAUSE:
                return None
            continue
        if not word[:1].isalnum():
            return None
        if word in _AUXILIARIES or _trigger_at(tokens, position):
            return _right_trigger(count, tokens, sentence_last, allowed, position)
    return None


def _casualty_nearby(count: Count, tokens: Tokens, sentence_first: int, sentence_last: int) -> bool:
    """Troops next to a casualty verb may be the dead or not: 'killed a commander and 4 of his guards'."""
    if _later_trigger(count, tokens, sentence_last, _CASUALTIES) is not None:
        return True
    index = tokens.index_before(count.start)
    lowest = max(sentence_first, index - _MATERIEL_WINDOW)
    while index >= lowest:
        word = tokens.lower[index]
        if word in _CLAUSE_BREAKS or (word in _NEW_CLAUSE and tokens.lower[index - 1 : index] == [","]):
            return False
        meanings = _trigger_at(tokens, index)
        if meanings and _pick(meanings, _CASUALTIES):
            return True
        index -= 1
    return False


def _later_trigger(count: Count, tokens: Tokens, sentence_last: int, allowed: frozenset[str]) -> Kind | None:
    """'In addition to the 14 tanks, three artillery systems, … were destroyed': the verb after a list.

    For troops it only makes a count ambiguous: '300 soldiers, … died' may or may not count the dead.
    """
    last = min(sentence_last, count.head_end_token + _LATER_TRIGGER_WINDOW)
    for index in range(count.head_end_token, last + 1):
        if tokens.lower[index] in _CLAUSE_BREAKS:
            return None
        meanings = _trigger_at(tokens, index)
        if meanings and (found := _pick(meanings, allowed)):
            return found
    return None


def _skip_prepositional_phrase(tokens: Tokens, index: int, sentence_last: int) -> int:
    """Past a trailing 'of the Al bu Nimr tribe' or 'in the two districts' to the verb after it."""
    for position in range(index + 1, min(index + 7, sentence_last + 1)):
        word = tokens.lower[position]
        if word in _AUXILIARIES or _trigger_at(tokens, position):
            return position
        if not word[:1].isalnum():
            return index
    return index


def _joined_casualty(found: Kind, tokens: Tokens, index: int, sentence_last: int) -> Kind:
    """'were killed and injured' is one fact whose detail is other."""
    after = index + 1
    while after <= sentence_last and tokens.lower[after] not in ("and", "or") and after - index < 3:
        after += 1
    if after + 1 <= sentence_last and tokens.lower[after] in ("and", "or"):
        meanings = _trigger_at(tokens, after + 1)
        other = _pick(meanings, frozenset({"casualties"})) if meanings else None
        if other is not None and {other.detail, found.detail} == {"killed", "wounded"}:
            return Kind("casualties", "other")
    return found


def _left_trigger(
    count: Count, tokens: Tokens, sentence_first: int, allowed: frozenset[str], noun_class: str | None
) -> Kind | None:
    index = tokens.index_before(count.start)
    near_only = noun_class in _NEAR_ONLY_CLASSES and not _follows_inclusion(tokens, index)
    window = _PEOPLE_WINDOW if near_only else _MATERIEL_WINDOW
    lowest = max(sentence_first, index - window)
    last_words = facts_lexicon().trigger_last_words
    may_join = near_only and _ends_its_phrase(count, tokens)
    while index >= lowest:
        word = tokens.lower[index]
        if word in _CLAUSE_BREAKS or (near_only and word == ","):
            return None
        if (
            word in _NEW_CLAUSE
            and tokens.lower[index - 1 : index] == [","]
            and tokens.starts[index + 1] != count.start  # ', and two cranes' ends a list
        ):
            return None  # 'destroyed a bridge, and the army has 300 tanks'
        if near_only and word == "and" and (not may_join or tokens.lower[index - 1 : index] == [","]):
            return None
        if word not in last_words:
            index -= 1
            continue
        for first in range(max(lowest, index - 2), index + 1):
            if first == index and word in _AFTER_COUNT_ONLY:
                continue
            meanings = _trigger_at(tokens, first, stop=index)
            if meanings and (found := _pick(meanings, allowed)):
                if found.kind == "casualties":
                    return _left_joined_casualty(found, tokens, first, sentence_first)
                return found
        index -= 1
    return None


def _ends_its_phrase(count: Count, tokens: Tokens) -> bool:
    """'killed a policeman and 14 civilians.': a count after 'and' shares the verb before it only when nothing
    follows the count that could be its own verb ('and 14 civilians were wounded', '… gathered outside')."""
    after = count.head_end_token
    if after >= len(tokens.lower):
        return True
    word = tokens.lower[after]
    if not word[:1].isalnum():
        return word != "-"
    return word in _JOIN_FOLLOWERS


def _follows_inclusion(tokens: Tokens, index: int) -> bool:
    """'at least 11 people were killed, among them four aid workers': the subset shares the verb."""
    return index >= 1 and (
        tokens.lower[index] == "including" or tuple(tokens.lower[index - 1 : index + 1]) == ("among", "them")
    )


def _left_joined_casualty(found: Kind, tokens: Tokens, first: int, sentence_first: int) -> Kind:
    """'killed and wounded 30 people' is one fact whose detail is other."""
    joiner = first - 1
    if joiner - 1 >= sentence_first and tokens.lower[joiner] in ("and", "or"):
        meanings = _trigger_at(tokens, joiner - 1)
        other = _pick(meanings, frozenset({"casualties"})) if meanings else None
        if other is not None and {other.detail, found.detail} == {"killed", "wounded"}:
            return Kind("casualties", "other")
    return found

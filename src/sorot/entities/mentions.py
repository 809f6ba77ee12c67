"""Actor mentions and the knowledge-base alias matcher, the first mention source.

A mention source turns an article's tokens into :class:`Mention` s. The alias
matcher finds every knowledge-base alias: token by token through a trie keyed on
case-folded tokens, leftmost and longest match first ("Korea Utara", not "Korea"),
case-insensitive except for aliases flagged case-sensitive ("AS" but not "as"), and
an alias flagged standalone only where no capitalised word is next to it ("sanksi
Barat", but not "Jawa Barat").
A statistical recogniser can be added later as another source: it returns mentions
with no candidates and an entity ``label``, and the resolver links or creates
actors for them.
"""

from __future__ import annotations

import re

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Generic, Protocol, TypeVar

from sorot.entities.knowledge import Actor, Alias, KnowledgeBase
from sorot.entities.tokens import Token, phrase_key, starts_sentence, tokenize
from sorot.time.lexicon import PARTS_OF_DAY, WEEKDAYS

T = TypeVar("T")
_END = ""  # a trie key no token can have: marks where a phrase ends


@dataclass(frozen=True)
class Mention:
    """A span of the article naming an actor.

    ``candidates`` are knowledge-base actor ids (several for an ambiguous alias,
    none for a name a recogniser found but the knowledge base does not know);
    ``kind`` is the alias kind (``name``, ``short``, ``demonym``, ``capital``,
    ``seat``); ``first``/``last`` are token indexes, inclusive.
    """

    start: int
    end: int
    text: str
    first: int
    last: int
    candidates: tuple[str, ...]
    kind: str = "name"
    label: str | None = None
    source: str = "kb"
    office: str | None = None


class MentionSource(Protocol):
    def __call__(self, text: str, tokens: list[Token]) -> list[Mention]: ...


class PhraseTrie(Generic[T]):
    """Token sequences (case-folded) to payloads; finds the phrases starting at a token."""

    def __init__(self) -> None:
        self._root: dict = {}

    def add(self, key: tuple[str, ...], payload: T) -> None:
        node = self._root
        for part in key:
            node = node.setdefault(part, {})
        node.setdefault(_END, []).append(payload)

    def __contains__(self, first_word: str) -> bool:
        """Whether some phrase starts with this (case-folded) word: a cheap test before a walk."""
        return first_word in self._root

    def starting_at(self, tokens: list[Token], index: int, fillers: frozenset[str] = frozenset()
                    ) -> Iterator[tuple[int, list[T]]]:
        """(last token index, payloads) of every phrase that starts at ``index``, shortest
        first; words of ``fillers`` inside a phrase are passed over ("menarik sebagian besar pasukannya")."""
        node = self._root.get(tokens[index].folded)
        position = index
        while node is not None:
            if _END in node:
                yield position, node[_END]
            position += 1
            if position >= len(tokens):
                return
            following = node.get(tokens[position].folded)
            while following is None and tokens[position].folded in fillers and position + 1 < len(tokens):
                position += 1  # ("menarik sebagian besar pasukannya")
                following = node.get(tokens[position].folded)
            node = following

    def leftmost_longest(
        self, tokens: list[Token], accept: Callable[[T, int, int], bool]
    ) -> Iterator[tuple[int, int, list[T]]]:
        """(first, last, accepted payloads) of non-overlapping phrases, leftmost first and
        longest at each position; `accept(payload, first, last)` filters the payloads."""
        index = 0
        while index < len(tokens):
            if tokens[index].folded not in self._root:
                index += 1
                continue
            found = None
            for last, payloads in self.starting_at(tokens, index):
                accepted = [payload for payload in payloads if accept(payload, index, last)]
                if accepted:
                    found = last, accepted
            if found is None:
                index += 1
                continue
            yield index, found[0], found[1]
            index = found[0] + 1


@dataclass(frozen=True)
class _Entry:
    actor: Actor
    alias: Alias
    exact: tuple[str, ...] | None  # the tokens as written, for a case-sensitive alias


class AliasMatcher:
    """Every knowledge-base alias in a text, leftmost-longest, without overlaps."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._trie: PhraseTrie[_Entry] = PhraseTrie()
        # one-word names of states as written ("Indonesia", "Singapura"): after a company's name, its arm there
        self._state_words = frozenset(alias.text for actor in kb.actors if actor.type == "GPE" and actor.id == actor.country
                                      for alias in actor.aliases if alias.kind in ("name", "short") and
                                      alias.text.isalpha() and alias.text[:1].isupper() and not alias.text.isupper())
        for actor in kb.actors:
            for alias in actor.aliases:
                exact = tuple(t.text for t in tokenize(alias.text)) if alias.case_sensitive else None
                for key in _comma_variants(phrase_key(alias.text)) if exact is None else [phrase_key(alias.text)]:
                    self._trie.add(key, _Entry(actor, alias, exact))

    def __call__(self, text: str, tokens: list[Token]) -> list[Mention]:
        def accept(entry: _Entry, first: int, last: int) -> bool:
            return self._accepts(entry, text, tokens, first, last)

        return [_mention(text, tokens, first, last, entries) for first, last, entries in self._trie.leftmost_longest(tokens, accept)]

    def _arm(self, entry: _Entry, tokens: list[Token], first: int, last: int) -> bool:
        """Whether a company's name stands before a state's, naming its arm there, a firm of that state ("Grab
        Indonesia resmi ..."; not inside another firm's name: "PT Sinar Grab Indonesia")."""
        return entry.actor.sector == "BUS" and last + 1 < len(tokens) and tokens[last + 1].text in self._state_words \
            and not (first and tokens[first - 1].is_word and tokens[first - 1].capitalised
                     and tokens[first - 1].text not in FIRM_FORMS_WRITTEN)

    def _accepts(self, entry: _Entry, text: str, tokens: list[Token], first: int, last: int) -> bool:
        if entry.alias.standalone and _in_longer_name(tokens, first, last) and not self._arm(entry, tokens, first, last) \
                and not (entry.actor.type == "LOC" and first and tokens[first - 1].folded in _REGIONAL_BEFORE):
            return False  # (a regency after its head's title or a body of it: "Bupati Gowa Husniah Talenrang")
        if entry.alias.not_after and first > 0 and _word_before(tokens, first) in entry.alias.not_after:
            return False  # "kenaikan PBB" is the land and building tax, not the United Nations (also past a
            # hyphen: "anti-Zionis")
        if entry.alias.not_before and last + 1 < len(tokens) and tokens[last + 1].folded in entry.alias.not_before:
            return False  # "DPD Gerindra" is a party's regional board, not the Regional Representative Council
        if entry.alias.only_after and not (first > 0 and tokens[first - 1].folded in entry.alias.only_after):
            return False  # "Agam" is the regency only after a regional title or body ("Bupati Agam"), else a name
        if (tokens[first].text in FIRM_FORMS_WRITTEN or first and tokens[first - 1].text in FIRM_FORMS_WRITTEN) and \
                _firm_name_goes_on(tokens, last + 1):
            return False  # "PT Timah Mulia Sentosa", "PT Pertamina Jaya Abadi": another firm, whose name goes on
        if entry.exact is None:
            return True
        if tuple(t.text for t in tokens[first : last + 1]) != entry.exact:
            return False
        # "Antara" or "Lima" opening a sentence is as likely the ordinary word, unless a verb follows ("Gedung Putih
        # telah mengumumkan", "Pentagon mengirimkan"), or a comma that opens an apposition or a relative clause after
        # the name of a body, a state or a person ("Walhi, yang ..., mendesak"; not a place's nor a capital's: "Bursa,
        # menurut analis, ...", "Lima, kata polisi, ..."), and the article never writes that word in lower case
        set_off = entry.actor.type in _SET_OFF_NAMES and entry.alias.kind != "capital" and last + 1 < len(tokens) \
            and tokens[last + 1].text == ","
        return (entry.alias.text.isupper() or not starts_sentence(text, tokens, first) or self._arm(entry, tokens, first, last)
                or ((verb_follows(tokens, last, past_day=True) or set_off) and not _written_lowercase(entry.alias.text, text)))


_LISTING_NAME_WORDS = 4  # words of a name whose inner commas may be left out
FIRM_FORMS_WRITTEN = frozenset({"PT", "CV"})  # a company's legal form as written before its name (not "Perum", also
# a housing estate's: "warga Perum Griya Asri")
# Words Indonesian firms' names go on with: after a known firm's name ("PT Timah"), such words and nothing else, one
# of them never a person's name, make it another firm's ("PT Timah Mulia Sentosa", "PT Adhi Karya Persada"; not a
# director's name after the firm, "PT Antam Cahaya Ningrum", "PT Pertamina Indah Lestari").
_FIRM_NAME_WORDS = frozenset({"jaya", "mulia", "prima", "indah", "putra", "sakti", "cahaya", "sinar", "karya", "mitra",
                              "maju", "raya", "lestari", "utama", "bersama", "sukses", "anugerah"})
_FIRM_ONLY_WORDS = frozenset({"abadi", "sentosa", "makmur", "sejahtera", "perkasa", "persada", "gemilang", "mandiri",
                              "berjaya", "andalan", "properti", "konstruksi", "logistik", "trading"})
_FIRM_WORDS_AFTER = 4  # capitalised words a firm's name may go on with


def _comma_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A long name's key as written and with any of its inner commas left out, as news writes
    lists inside names either way ("Badan Meteorologi, Klimatologi, dan Geofisika", "Badan
    Meteorologi, Klimatologi dan Geofisika", "Badan Meteorologi Klimatologi dan Geofisika")."""
    commas = [k for k, part in enumerate(key) if part == "," and 0 < k < len(key) - 1]
    if not commas or len(key) - len(commas) < _LISTING_NAME_WORDS:
        return [key]
    return [tuple(part for k, part in enumerate(key) if k not in dropped)
            for size in range(len(commas) + 1) for dropped in combinations(commas, size)]


# Words of regional titles and bodies right before the place they serve: a place's standalone alias
# ("Gowa", which also opens other names) names it after them even before a capitalised word.
_REGIONAL_BEFORE = frozenset({"bupati", "wabup", "kapolres", "polres", "kajari", "kejari", "pemkab", "pemkot", "dprd",
                              "walikota", "kabupaten", "kota"})
_AUXILIARIES = frozenset("telah akan juga sudah tidak belum masih sedang pun".split())
_DAY_PARTS = frozenset(part.split()[0] for part in PARTS_OF_DAY)  # "malam", "dini" (hari)


def verb_follows(tokens: list[Token], last: int, past_day: bool = False) -> bool:
    """Whether a verb (a meN-, di-, ber- or ter- word) or an auxiliary follows token ``last``,
    with `past_day` also past the day it happened ("Gedung Putih pada Senin (16/6/2025) malam
    menyatakan")."""
    after = _past_day(tokens, last + 1) if past_day else last + 1
    if after >= len(tokens):
        return False
    word = tokens[after].text
    return word in _AUXILIARIES or (word.islower() and len(word) > 4 and word.startswith(("me", "di", "ber", "ter")))


def _past_day(tokens: list[Token], index: int) -> int:
    """The token after a weekday phrase opening at ``index`` ("pada Senin (16/6/2025) malam",
    ", Selasa (17/6),"), else ``index``."""
    position = index
    if position < len(tokens) and tokens[position].text == ",":
        position += 1
    if position < len(tokens) and tokens[position].folded == "pada":
        position += 1
    if position >= len(tokens) or tokens[position].folded not in WEEKDAYS:
        return index
    position += 1
    if position < len(tokens) and tokens[position].text == "(":
        closing = next((k for k in range(position + 1, min(len(tokens), position + 8)) if tokens[k].text == ")"), None)
        if closing is None:
            return index
        position = closing + 1
    if position < len(tokens) and tokens[position].folded in _DAY_PARTS:
        position += 1
    if position < len(tokens) and tokens[position].text == ",":
        position += 1
    return position


def _word_before(tokens: list[Token], first: int) -> str:
    """The word before token ``first``, past a hyphen joining it ("anti-Zionis": "anti")."""
    if first >= 2 and tokens[first - 1].text == "-" and tokens[first - 1].end == tokens[first].start:
        return tokens[first - 2].folded
    return tokens[first - 1].folded


_SET_OFF_NAMES = frozenset({"ORG", "GPE", "PER"})  # kinds of actor an apposition or relative clause may follow at a sentence's start


def _written_lowercase(alias: str, text: str) -> bool:
    """Whether the text writes the alias in lower case as words of their own ("antara")."""
    return re.search(rf"(?<!\w){re.escape(alias.lower())}(?!\w)", text) is not None


def _firm_name_goes_on(tokens: list[Token], position: int) -> bool:
    """Whether the capitalised words from token ``position`` on are a firm's name going on (`_FIRM_NAME_WORDS`)."""
    words = []
    while position < len(tokens) and len(words) <= _FIRM_WORDS_AFTER and tokens[position].capitalised:
        words.append(tokens[position].folded)
        position += 1
    return bool(words) and all(w in _FIRM_NAME_WORDS | _FIRM_ONLY_WORDS for w in words) and \
        any(w in _FIRM_ONLY_WORDS for w in words) and (len(words) >= 2 or words[0] in _FIRM_ONLY_WORDS)


def _in_longer_name(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a capitalised word touches the phrase: "Jawa Barat", "Tepi Barat", "Barat Daya"
    are names of their own, so a standalone alias ("Barat", the West) is not matched there."""
    before = tokens[first - 1] if first else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return any(t is not None and t.is_word and t.capitalised for t in (before, after))


def _mention(text: str, tokens: list[Token], first: int, last: int, entries: Iterable[_Entry]) -> Mention:
    candidates: list[str] = []
    types: set[str] = set()
    kind = "name"
    for entry in entries:
        if entry.actor.id not in candidates:
            candidates.append(entry.actor.id)
            types.add(entry.actor.type)
            kind = entry.alias.kind
    start, end = tokens[first].start, tokens[last].end
    label = types.pop() if len(types) == 1 else None
    return Mention(start, end, text[start:end], first, last, tuple(candidates), kind, label)


def merge(*sources: list[Mention]) -> list[Mention]:
    """Mentions of several sources, in text order, without overlaps: where two overlap
    the longer one stays (the earlier one on a tie)."""
    ranked = sorted((m for source in sources for m in source), key=lambda m: (-(m.end - m.start), m.start))
    taken: set[int] = set()
    kept: list[Mention] = []
    for mention in ranked:
        covered = range(mention.first, mention.last + 1)
        if taken.isdisjoint(covered):
            taken.update(covered)
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)

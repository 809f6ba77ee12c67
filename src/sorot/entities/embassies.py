"""Embassies and consulates named with their state and the place they serve: "KBRI
Teheran" (Indonesia's embassy in Tehran, not the Iranian government the capital
otherwise stands for), "Kedutaan Besar AS di Qatar", "Kedubes Australia".

The actors stage (:mod:`sorot.entities.resolve`) makes each one an organisation of the
state it represents, sector GOV, named "<state> Embassy" and "... in <place>" when the
place is given right after it ("KBRI Amman") or after "di".
"""

from __future__ import annotations

from dataclasses import dataclass

from sorot.entities.mentions import Mention
from sorot.entities.tokens import Token, phrase_key

# Words for a mission of the state named right after them.
MISSION_WORDS = frozenset(phrase_key(w) for w in (
    "kedutaan besar", "kedubes", "kedutaan", "konsulat jenderal", "konsulat", "konjen",
))
MISSION_FIRST_WORDS = frozenset(words[0] for words in MISSION_WORDS)  # where a mission not named by a mention opens
# The knowledge base's actor for Indonesia's missions ("KBRI", "KJRI", "Kedutaan Besar RI").
HOME_MISSIONS = "IDN:EMBASSIES"
_PLACE_WORD = "di"


@dataclass(frozen=True)
class Mission:
    """A mission of ``state`` at tokens ``first``..``last``; ``place`` is the mention of the
    place it serves, inside the span when written right after it, after "di" otherwise."""

    first: int
    last: int
    state: str
    place: Mention | None


def mission_at(tokens: list[Token], index: int, starting: dict[int, Mention]) -> Mission | None:
    """The mission that starts at token ``index``, if any. ``starting`` maps tokens to the
    mentions that start there."""
    mention = starting.get(index)
    if mention is not None and mention.candidates == (HOME_MISSIONS,):
        state, last = "IDN", mention.last
    else:
        if tokens[index].folded not in MISSION_FIRST_WORDS or not tokens[index].text[:1].isupper():
            return None
        size = next((n for n in (2, 1) if tuple(t.folded for t in tokens[index : index + n]) in MISSION_WORDS), 0)
        named = starting.get(index + size) if size else None
        if named is None or named.label != "GPE" or named.kind == "capital" or len(named.candidates) != 1:
            return None
        state, last = named.candidates[0], named.last
    following = starting.get(last + 1)
    if following is not None and following.label in ("GPE", "LOC") and following.kind != "short":
        return Mission(index, following.last, state, following)  # "KBRI Teheran"
    if last + 2 < len(tokens) and tokens[last + 1].folded == _PLACE_WORD:
        after = starting.get(last + 2)
        if after is not None and after.label in ("GPE", "LOC"):
            return Mission(index, last, state, after)  # "Kedutaan Besar AS di Qatar"
    return Mission(index, last, state, None)

"""Word tokens with offsets, the unit every actor rule works on.

A token is a run of word characters or a single other non-space character, so
"Kim Jong-un" is ``Kim``, ``Jong``, ``-``, ``un`` and glued text such as
"lalu.Presiden" still splits at the full stop. Phrases (aliases, office titles)
are compared token by token on the case-folded form; the spacing between tokens
does not matter.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = frozenset(".!?")
_OPENING = frozenset("\"'“‘([")


class Token(NamedTuple):
    """A named tuple rather than a dataclass: articles have hundreds of tokens, and
    building tuples costs half as much."""

    start: int
    end: int
    text: str
    folded: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "_"


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), word, word.casefold()) for m in _TOKEN.finditer(text) for word in (m.group(),)]


def phrase_key(text: str) -> tuple[str, ...]:
    """The case-folded token sequence of a phrase: the key aliases and titles are stored under."""
    return tuple(m.group().casefold() for m in _TOKEN.finditer(text))


def starts_sentence(text: str, tokens: list[Token], index: int) -> bool:
    """Whether token ``index`` opens a sentence, a line or a quotation, where a capital
    letter says nothing about the word."""
    position = index - 1
    while position >= 0 and tokens[position].text in _OPENING:
        position -= 1
    if position < 0:
        return True
    previous = tokens[position]
    return previous.text in _SENTENCE_END or "\n" in text[previous.end : tokens[index].start]

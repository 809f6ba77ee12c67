"""The `signature` stage: a fingerprint of each article for duplicate detection.

The fingerprint holds a MinHash of the text's word 3-grams, how many distinct
3-grams there are (to estimate how much of one text another contains), and the
numbers of two or more characters written in the text (copies agree on them; recurring templates such as
daily prayer times or market reports differ exactly there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rensa import RMinHash

from sorot.pipeline import stage
from sorot.record import Page

NUM_PERM = 128
SEED = 20250618
SHINGLE = 3
# Texts shorter than this (stubs, truncated scrapes) share too little to call them copies.
MIN_WORDS = 25
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


@dataclass(frozen=True)
class Fingerprint:
    minhash: list[int]
    shingles: int
    numbers: frozenset[str]


def shingles(text: str) -> list[str]:
    tokens = _WORD.findall(text.lower())
    if len(tokens) < SHINGLE:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]


def fingerprint(text: str) -> Fingerprint | None:
    """The text's fingerprint, or None for a text too short to compare."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    grams = shingles(text)
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(grams)
    numbers = frozenset(number for number in _NUMBER.findall(text) if len(number) > 1)
    return Fingerprint(minhash.digest(), len(set(grams)), numbers)


@stage("signature", "1", requires={"article.text"}, assigns={"article.fingerprint"})
def add_fingerprints(page: Page) -> None:
    for article in page.articles:
        article.fingerprint = fingerprint(article.text)

"""The `signature` stage: a MinHash signature of each article's word 3-grams."""

from __future__ import annotations

import re

from rensa import RMinHash

from sorot.pipeline import stage
from sorot.record import Page

NUM_PERM = 128
SEED = 20250618
SHINGLE = 3
# Texts shorter than this (stubs, truncated scrapes) share too little to call them copies.
MIN_WORDS = 25
_WORD = re.compile(r"\w+")


def shingles(text: str) -> list[str]:
    tokens = _WORD.findall(text.lower())
    if len(tokens) < SHINGLE:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]


def signature(text: str) -> list[int] | None:
    """MinHash of the text's word 3-grams, or None for a text too short to compare."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(shingles(text))
    return minhash.digest()


@stage("signature", "1", requires={"article.text"}, assigns={"article.signature"})
def add_signatures(page: Page) -> None:
    for article in page.articles:
        article.signature = signature(article.text)

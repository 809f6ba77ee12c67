"""The `signature` stage: a MinHash signature of each article's word 3-grams."""

from __future__ import annotations

import re

from rensa import RMinHash

from sorot.pipeline import stage
from sorot.record import Page

NUM_PERM = 128
SEED = 20250618
SHINGLE = 3
_WORD = re.compile(r"\w+")


def shingles(text: str) -> list[str]:
    tokens = _WORD.findall(text.lower())
    if len(tokens) < SHINGLE:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]


def signature(text: str) -> list[int]:
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(shingles(text))
    return minhash.digest()


@stage("signature", "1", requires={"article.text"}, assigns={"article.signature"})
def add_signatures(page: Page) -> None:
    for article in page.articles:
        article.signature = signature(article.text)

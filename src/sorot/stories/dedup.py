"""Exact and near-duplicate detection at ingest (MinHash LSH, banded in memory).

Each article is compared with everything seen before it: an identical clean text
is an exact duplicate; otherwise LSH buckets give candidates, and the best one whose
estimated Jaccard similarity reaches the threshold is the original. Duplicates link
to the first article of their group, so a chain of edits points at one original.
Cost per article is constant (one bucket look-up per band), so the corpus cost grows
linearly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sorot.stories.signature import NUM_PERM

BANDS = 32
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.5


@dataclass(frozen=True)
class DuplicateLink:
    article_id: str
    duplicate_of: str
    kind: str  # "exact" or "near"
    similarity: float


def similarity(first: list[int], second: list[int]) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return sum(a == b for a, b in zip(first, second)) / len(first)


class DuplicateIndex:
    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._buckets: list[dict[tuple[int, ...], list[str]]] = [defaultdict(list) for _ in range(BANDS)]
        self._signatures: dict[str, list[int]] = {}
        self._by_text: dict[str, str] = {}
        self._original: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article_id: str, text_hash: str, signature: list[int], duplicate_of: str | None = None) -> None:
        self._signatures[article_id] = signature
        self._by_text.setdefault(text_hash, article_id)
        self._original[article_id] = duplicate_of or article_id
        for band, bucket in enumerate(self._buckets):
            bucket[tuple(signature[band * ROWS : (band + 1) * ROWS])].append(article_id)

    def candidates(self, signature: list[int]) -> set[str]:
        found: set[str] = set()
        for band, bucket in enumerate(self._buckets):
            found.update(bucket.get(tuple(signature[band * ROWS : (band + 1) * ROWS]), ()))
        return found

    def find(self, article_id: str, text_hash: str, signature: list[int]) -> DuplicateLink | None:
        """The original this article duplicates, if any (it is not added)."""
        exact = self._by_text.get(text_hash)
        if exact is not None and exact != article_id:
            return DuplicateLink(article_id, self._original[exact], "exact", 1.0)
        best_id, best = None, self.threshold
        for candidate in self.candidates(signature):
            if candidate == article_id:
                continue
            score = similarity(signature, self._signatures[candidate])
            if score > best or (score == best and best_id is None):
                best_id, best = candidate, score
        if best_id is None:
            return None
        return DuplicateLink(article_id, self._original[best_id], "near", round(best, 4))

    def observe(self, article_id: str, text_hash: str, signature: list[int]) -> DuplicateLink | None:
        """Find this article's original, then add it to the index."""
        link = self.find(article_id, text_hash, signature)
        self.add(article_id, text_hash, signature, link.duplicate_of if link else None)
        return link

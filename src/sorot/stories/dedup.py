"""Exact and near-duplicate detection at ingest (MinHash LSH, banded in memory).

Each article is compared with everything seen before it. An identical clean text is
an exact duplicate. Otherwise LSH buckets give candidates, and a candidate is the
original when (a) the estimated share of the smaller text's 3-grams found in the
other (containment) reaches `CONTAINMENT`, so edited versions, syndicated copies and
roundups that reproduce an article are caught even when their Jaccard similarity is
low; and (b) the numbers the texts share reach `NUMBERS` of the smaller set, which
keeps recurring templates (prayer times, market reports) apart. Duplicates link to
the first article of their group. Cost per article is bounded: one look-up per band,
and at most `BUCKET_LIMIT` of the most recent entries of a bucket are compared.
"""

from __future__ import annotations

from dataclasses import dataclass

from sorot.stories.signature import NUM_PERM, Fingerprint

BANDS = 64
ROWS = NUM_PERM // BANDS
CONTAINMENT = 0.5
NUMBERS = 0.5
BUCKET_LIMIT = 200


@dataclass(frozen=True)
class DuplicateLink:
    """`duplicate_of` is the first article of the group; `matched` is the article this
    one was compared with (they differ when it copies a copy), and the scores are
    those of that comparison."""

    article_id: str
    duplicate_of: str
    matched: str
    kind: str  # "exact" or "near"
    similarity: float
    containment: float


def similarity(first: list[int], second: list[int]) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return sum(a == b for a, b in zip(first, second)) / len(first)


def containment(first: Fingerprint, second: Fingerprint, jaccard: float) -> float:
    """Estimated share of the smaller text's 3-grams that the other contains."""
    smaller = min(first.shingles, second.shingles)
    if smaller == 0:
        return 0.0
    intersection = jaccard * (first.shingles + second.shingles) / (1 + jaccard)
    return min(1.0, intersection / smaller)


def numbers_agree(first: Fingerprint, second: Fingerprint) -> float:
    """Share of the smaller set of numbers found in the other (1.0 when one has none)."""
    small, large = sorted((first.numbers, second.numbers), key=len)
    return len(small & large) / len(small) if small else 1.0


class DuplicateIndex:
    def __init__(self) -> None:
        self._buckets: list[dict[tuple[int, ...], list[str]]] = [{} for _ in range(BANDS)]
        self._fingerprints: dict[str, Fingerprint] = {}
        self._by_text: dict[str, str] = {}
        self._original: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._fingerprints)

    def add(self, article_id: str, text_hash: str, print_: Fingerprint, duplicate_of: str | None = None,
            keys: list[tuple[int, ...]] | None = None) -> None:
        self._fingerprints[article_id] = print_
        self._by_text.setdefault(text_hash, article_id)
        self._original[article_id] = duplicate_of or article_id
        for buckets, key in zip(self._buckets, keys or _band_keys(print_.minhash)):
            bucket = buckets.get(key)
            if bucket is None:
                buckets[key] = [article_id]
            else:
                bucket.append(article_id)
                if len(bucket) > BUCKET_LIMIT:
                    del bucket[0]

    def candidates(self, print_: Fingerprint, keys: list[tuple[int, ...]] | None = None) -> set[str]:
        found: set[str] = set()
        for buckets, key in zip(self._buckets, keys or _band_keys(print_.minhash)):
            bucket = buckets.get(key)
            if bucket:
                found.update(bucket)
        return found

    def find(self, article_id: str, text_hash: str, print_: Fingerprint,
             keys: list[tuple[int, ...]] | None = None) -> DuplicateLink | None:
        """The original this article duplicates, if any (it is not added)."""
        exact = self._by_text.get(text_hash)
        if exact is not None and exact != article_id:
            return DuplicateLink(article_id, self._original[exact], exact, "exact", 1.0, 1.0)
        best: DuplicateLink | None = None
        for candidate in sorted(self.candidates(print_, keys)):
            if candidate == article_id:
                continue
            other = self._fingerprints[candidate]
            jaccard = similarity(print_.minhash, other.minhash)
            contained = containment(print_, other, jaccard)
            if contained < CONTAINMENT or numbers_agree(print_, other) < NUMBERS:
                continue
            if best is None or (contained, jaccard) > (best.containment, best.similarity):
                best = DuplicateLink(article_id, self._original[candidate], candidate, "near", round(jaccard, 4), round(contained, 4))
        return best

    def observe(self, article_id: str, text_hash: str, print_: Fingerprint) -> DuplicateLink | None:
        """Find this article's original, then add it to the index."""
        keys = _band_keys(print_.minhash)
        link = self.find(article_id, text_hash, print_, keys)
        self.add(article_id, text_hash, print_, link.duplicate_of if link else None, keys)
        return link


def _band_keys(minhash: list[int]) -> list[tuple[int, ...]]:
    return [tuple(minhash[band * ROWS : (band + 1) * ROWS]) for band in range(BANDS)]

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

An index over a store does not hold what the store holds: before each batch is observed,
`prefetch` reads from a `StoredLookup` only the buckets and texts the batch's articles
fall in, so an update of a large archive reads a few rows, not every fingerprint. The
links are those of an index that held everything: a bucket's stored entries come first,
as they were seen first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from sorot.stories.signature import NUM_PERM, Fingerprint

BANDS = 64
ROWS = NUM_PERM // BANDS  # 2: a band's two 32-bit hash values pack into one 64-bit key
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


@dataclass
class StoredEntries:
    """What a store holds of some buckets and texts: each bucket's articles in the order
    they were seen (at most `BUCKET_LIMIT`, the latest), their fingerprints and
    originals, and the first article of each text hash with its original."""

    buckets: dict[tuple[int, int], list[str]] = field(default_factory=dict)  # (band, key) -> article ids
    prints: dict[str, tuple[Fingerprint, str]] = field(default_factory=dict)  # article -> (fingerprint, original)
    texts: dict[str, tuple[str, str]] = field(default_factory=dict)  # text hash -> (article, original)


class StoredLookup(Protocol):
    def __call__(self, buckets: set[tuple[int, int]], text_hashes: set[str]) -> StoredEntries: ...


class DuplicateIndex:
    def __init__(self, stored: StoredLookup | None = None) -> None:
        self._buckets: list[dict[int, list[str]]] = [{} for _ in range(BANDS)]
        self._fingerprints: dict[str, Fingerprint] = {}
        self._by_text: dict[str, str] = {}
        self._original: dict[str, str] = {}
        self._stored = stored
        self._read_buckets: set[tuple[int, int]] = set()
        self._read_texts: set[str] = set()

    def __len__(self) -> int:
        return len(self._fingerprints)

    def prefetch(self, articles: Iterable[tuple[str, Fingerprint]]) -> None:
        """Read from the store the buckets and texts of these (text hash, fingerprint)
        pairs that the index has not read yet; to be called before they are observed."""
        if self._stored is None:
            return
        buckets, texts = set(), set()
        for text_hash, print_ in articles:
            texts.add(text_hash)
            buckets.update(enumerate(band_keys(print_.minhash)))
        buckets -= self._read_buckets
        texts -= self._read_texts
        if not buckets and not texts:
            return
        entries = self._stored(buckets, texts)
        self._read_buckets |= buckets
        self._read_texts |= texts
        for article_id, (print_, original) in entries.prints.items():
            self._fingerprints.setdefault(article_id, print_)
            self._original.setdefault(article_id, original)
        for (band, key), article_ids in entries.buckets.items():
            seen = self._buckets[band].get(key, [])
            self._buckets[band][key] = (article_ids + seen)[-BUCKET_LIMIT:]
        for text_hash, (article_id, original) in entries.texts.items():
            self._by_text[text_hash] = article_id  # stored before anything this index saw
            self._original.setdefault(article_id, original)

    def add(self, article_id: str, text_hash: str, print_: Fingerprint, duplicate_of: str | None = None,
            keys: list[int] | None = None) -> None:
        self._fingerprints[article_id] = print_
        self._by_text.setdefault(text_hash, article_id)
        self._original[article_id] = duplicate_of or article_id
        for buckets, key in zip(self._buckets, keys or band_keys(print_.minhash)):
            bucket = buckets.get(key)
            if bucket is None:
                buckets[key] = [article_id]
            else:
                bucket.append(article_id)
                if len(bucket) > BUCKET_LIMIT:
                    del bucket[0]

    def candidates(self, print_: Fingerprint, keys: list[int] | None = None) -> set[str]:
        found: set[str] = set()
        for buckets, key in zip(self._buckets, keys or band_keys(print_.minhash)):
            bucket = buckets.get(key)
            if bucket:
                found.update(bucket)
        return found

    def find(self, article_id: str, text_hash: str, print_: Fingerprint,
             keys: list[int] | None = None) -> DuplicateLink | None:
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
        keys = band_keys(print_.minhash)
        link = self.find(article_id, text_hash, print_, keys)
        self.add(article_id, text_hash, print_, link.duplicate_of if link else None, keys)
        return link


def band_keys(minhash: list[int]) -> list[int]:
    """The key of each band: its two 32-bit hash values as one 64-bit number."""
    return [minhash[i] << 32 | minhash[i + 1] for i in range(0, BANDS * ROWS, ROWS)]

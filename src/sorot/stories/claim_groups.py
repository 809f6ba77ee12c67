"""Claim groups: figures about the same quantity, as a series over time and by source.

Two claims are about the same quantity when they share a unit, a measure, and the
states their sentences name; a claim whose sentence names no state is only grouped
within its story (or, before stories are known, its article): "20 orang" alone says
too little to be compared across the corpus. The measure is what happens to what is counted, read
from the words right after the number ("30 orang tewas" is people killed, "1.481
orang terluka" people injured); without such a word it is the counted noun itself.
A group holds claims at most `GAP` apart in time; a longer silence starts a new group.
Claims of one group made for the same day whose values differ by more than
`DISAGREEMENT` are flagged as a disagreement.
"""

from __future__ import annotations

import json
import re
from bisect import insort
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sorot.record import content_hash
from sorot.time.normalize import value_interval

GAP = timedelta(days=30)
# Units whose figures are too generic to compare outside their story (ages, durations,
# shares of anything).
LOCAL_UNITS = frozenset({"percent", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "points"})
DISAGREEMENT = 0.10

# What happens to what is counted: measure -> Indonesian words that say it.
MEASURES = {
    "killed": ("tewas", "meninggal", "terbunuh", "gugur", "korban jiwa", "kehilangan nyawa", "wafat"),
    "injured": ("luka", "terluka", "cedera", "luka-luka"),
    "displaced": ("mengungsi", "pengungsi", "kehilangan tempat tinggal", "terdampak"),
    "evacuated": ("dievakuasi", "evakuasi", "dipulangkan", "direpatriasi"),
    "detained": ("ditangkap", "ditahan", "diamankan", "tersangka"),
    "missing": ("hilang",),
    "deployed": ("dikirim", "dikerahkan", "mengirim", "mengerahkan", "dikirimkan", "tentara", "pasukan"),
}
_MEASURE_AFTER = re.compile(
    r"\b(" + "|".join(sorted((re.escape(w) for ws in MEASURES.values() for w in ws), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_MEASURE_OF = {w: name for name, words in MEASURES.items() for w in words}
_WINDOW = 60  # characters after the number in which the measure is read
# Counted nouns that say nothing about what is measured ("20 orang", "5 unit").
GENERIC_HEADS = frozenset({"orang", "unit", "buah", "jiwa", "kali", "lebih", "sekitar", "hingga"})


@dataclass(frozen=True)
class ClaimItem:
    claim_id: str
    value: float
    unit: str
    subject: str
    date: str | None
    published: str | None
    after: str  # the text right after the number
    states: frozenset[str]  # states named in the claim's sentence
    scope: str  # the story (or article) a claim without states is grouped within


def disagreement(dated_values: Iterable[tuple[str | None, float]]) -> bool:
    """Whether two figures for the same day differ by more than `DISAGREEMENT`."""
    by_day: dict[str, list[float]] = {}
    for day, value in dated_values:
        by_day.setdefault((day or "")[:10], []).append(value)
    return any(min(v) > 0 and max(v) / min(v) - 1 > DISAGREEMENT for v in by_day.values() if len(v) > 1)


def measure(item: ClaimItem) -> str:
    found = _MEASURE_AFTER.search(item.after[:_WINDOW])
    if found:
        return _MEASURE_OF[found.group(1).casefold()]
    words = item.subject.casefold().split()
    return words[0] if words and words[0] not in GENERIC_HEADS else ""


def claim_day(item: ClaimItem) -> date | None:
    """The day a claim is for: its own date, else its article's."""
    for value in (item.date, item.published):
        interval = value_interval((value or "")[:10]) if value else None
        if interval is not None:
            return interval[1]
    return None


def sort_key(item: ClaimItem) -> tuple[date, str]:
    """Claims are grouped in this order: by day, then by id."""
    return (claim_day(item) or date.min, item.claim_id)


def group_key(item: ClaimItem) -> str:
    """The key of the quantity a claim is about, as text (the store keeps it): unit,
    measure, and the states named, or the story for a claim that can only be grouped there."""
    what = measure(item)
    corpus_wide = what and item.states and item.unit not in LOCAL_UNITS
    return json.dumps([item.unit, what, sorted(item.states) if corpus_wide else item.scope], ensure_ascii=False)


class ClaimGrouper:
    """The claims of every key in `sort_key` order: groups depend only on the claims of
    their own key, so added claims regroup only the keys they touch, and a grouper needs
    only the claims already grouped under those keys (`stored`: key, day, claim id)."""

    def __init__(self, stored: Iterable[tuple[str, date | None, str]] = ()) -> None:
        self.by_key: dict[str, list[tuple[date, str]]] = {}
        for key, day, claim_id in stored:
            self.by_key.setdefault(key, []).append((day or date.min, claim_id))
        for claims in self.by_key.values():
            claims.sort()

    def count(self) -> int:
        """The claims added so far."""
        return sum(len(claims) for claims in self.by_key.values())

    def add(self, items: Iterable[ClaimItem]) -> dict[str, str]:
        """Add claims; returns claim id -> group id for every claim of the keys they touch."""
        touched = set()
        for item in items:
            key = group_key(item)
            insort(self.by_key.setdefault(key, []), sort_key(item))
            touched.add(key)
        return {claim_id: group_id for key in touched for claim_id, group_id in _grouped(self.by_key[key])}


def _grouped(claims: list[tuple[date, str]]) -> Iterator[tuple[str, str]]:
    """(claim id, group id) of one key's claims in order: a silence longer than `GAP`
    starts a new group, whose id comes from its first claim."""
    group_id, last = None, None
    for day, claim_id in claims:
        known = None if day == date.min else day
        if group_id is None or (known and last and known - last > GAP):
            group_id = content_hash(f"claims:{claim_id}")
        last = known or last
        yield claim_id, group_id

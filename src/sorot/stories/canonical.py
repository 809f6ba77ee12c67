"""Canonical events: the event mentions of many articles that report one real-world
event, merged into one record with every report and the number of independent outlets.

Mentions are blocked by type and by the countries on each side, so a mention is only
compared with the events of its block. Within a block a mention joins the canonical
event whose date is compatible with its own (the same day, one day apart, or one date
containing the other; a mention without a date takes its article's publication day);
the canonical event keeps the most precise date its reports give, so a report that says
only "2024" does not widen it)
and whose mode and place do not disagree. A planned event ("akan mengunjungi") reported
more than a day before it happens is linked to the happening (`planned_for`), not merged
into it; a report on the day ("tiba malam ini") is a report of the happening.

Independent outlets: the outlets of the articles that report the event as news (published
within `NEWS_WINDOW` of it), where a near-duplicate or syndicated copy counts as the
article it copies. A later article that recalls it ("sejak Juni tahun lalu, ketika ...")
is a reference: its mention is linked, but it is not an outlet reporting the event.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sorot.record import content_hash
from sorot.time.normalize import value_interval

DAY = timedelta(days=1)
PLANNED_AHEAD = timedelta(days=1)
NEWS_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class Mention:
    """One event mention, as the linker needs it."""

    event_id: str
    article_id: str
    event_type: str
    mode: str | None
    source_countries: frozenset[str]
    recipient_countries: frozenset[str]
    date: str | None
    location: str | None
    planned: bool
    published: str | None  # the article's DCT
    outlet: str  # the outlet of the article, or of the article it copies
    named: bool = True  # its actors are named, not only generic agents ("officials")


def mention_of(event_id: str, article_id: str, event_type: str, mode: str | None, source: list[dict],
               recipient: list[dict], date: str | None, location: str | None, context: list[str],
               published: str | None, outlet: str) -> Mention:
    """A mention from an event's fields; each side is its states (an actor of no state
    stands for itself: "the West")."""
    return Mention(
        event_id, article_id, event_type, mode,
        frozenset(a["country"] or a["actor_id"] for a in source), frozenset(a["country"] or a["actor_id"] for a in recipient),
        date, location, "future" in context, published, outlet,
        any(not a["actor_id"].startswith("AGT:") for a in source),
    )


@dataclass
class CanonicalEvent:
    canonical_id: str
    first: Mention
    start: date
    end: date
    mentions: list[Mention] = field(default_factory=list)
    planned_for: str | None = None
    order: int = 0  # creation order: the latest compatible event takes a mention

    def is_news(self, mention: Mention) -> bool:
        """Published within the news window of the event (a plan: before it, too)."""
        published = value_interval(mention.published[:10]) if mention.published else None
        return published is None or published[0] <= self.end + NEWS_WINDOW

    @property
    def outlets(self) -> int:
        return len({m.outlet for m in self.mentions if self.is_news(m)})

    @property
    def first_reported(self) -> str | None:
        days = sorted(m.published for m in self.mentions if m.published)
        return days[0] if days else None

    @property
    def representative(self) -> Mention:
        """The mention that names its actors and dates the event most precisely."""
        return max(self.mentions, key=lambda m: (m.named, len(m.date or "")))


def _interval(mention: Mention) -> tuple[date, date] | None:
    interval = value_interval(mention.date) if mention.date else None
    if interval is None and mention.published:
        interval = value_interval(mention.published[:10])
    return interval


def _compatible(event: CanonicalEvent, mention: Mention, interval: tuple[date, date]) -> bool:
    if event.first.mode and mention.mode and event.first.mode != mention.mode:
        return False
    if event.first.location and mention.location and event.first.location != mention.location:
        places = {event.first.location, mention.location}
        if not any(p.startswith("LOC:") for p in places):  # a city inside its state is the same place
            return False
    start, end = interval
    return start <= event.end + DAY and event.start <= end + DAY


def _reported_ahead(mention: Mention, interval: tuple[date, date]) -> bool:
    """A planned event reported more than a day before it happens."""
    if not mention.planned or not mention.published:
        return False
    published = value_interval(mention.published[:10])
    return published is not None and interval[0] - published[0] > PLANNED_AHEAD


def link_mentions(mentions: Iterable[Mention]) -> list[CanonicalEvent]:
    """Canonical events of the mentions, earliest first (order of the input does not matter).
    A mention that neither it nor its article dates is a canonical event of its own."""
    ordered, undated = [], []
    for mention in mentions:
        interval = _interval(mention)
        if interval is None:
            undated.append(mention)
        else:
            ordered.append((interval, mention))
    ordered.sort(key=lambda pair: (pair[0][0], pair[1].published or "", pair[1].event_id))
    blocks: dict[tuple, list[CanonicalEvent]] = {}
    active: dict[tuple, list[tuple[date, int, CanonicalEvent]]] = {}  # per block, a heap on the end date
    events: list[CanonicalEvent] = []
    for interval, mention in ordered:
        ahead = _reported_ahead(mention, interval)
        key = (mention.event_type, mention.source_countries, mention.recipient_countries, ahead)
        heap = active.setdefault(key, [])
        # mentions come in order of their start: an event that ended more than a day
        # before this one starts can take no later mention (keeps the cost per mention flat)
        while heap and heap[0][2].end + DAY < interval[0]:
            heapq.heappop(heap)
        candidates = [e for _, _, e in heap if _compatible(e, mention, interval)]
        match = max(candidates, key=lambda e: e.order) if candidates else None
        if match is None:
            match = CanonicalEvent(content_hash(mention.event_id), mention, interval[0], interval[1], order=len(events))
            blocks.setdefault(key, []).append(match)
            heapq.heappush(heap, (interval[1], match.order, match))
            events.append(match)
        match.mentions.append(mention)
        if interval[1] - interval[0] < match.end - match.start:  # the most precise date is the event's
            match.start, match.end = interval
    for mention in sorted(undated, key=lambda m: m.event_id):
        events.append(CanonicalEvent(content_hash(mention.event_id), mention, date.min, date.min, [mention], order=len(events)))
    _link_plans(blocks)
    return events


def _link_plans(blocks: dict[tuple, list[CanonicalEvent]]) -> None:
    """A plan reported ahead points to the happening of the same block it foretold."""
    for (event_type, sources, recipients, ahead), plans in blocks.items():
        if not ahead:
            continue
        happenings = blocks.get((event_type, sources, recipients, False), [])
        for plan in plans:
            done = next((e for e in happenings if e.start <= plan.end + DAY and plan.start <= e.end + DAY), None)
            plan.planned_for = done.canonical_id if done else None

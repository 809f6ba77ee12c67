"""Canonical events: the event mentions of many articles that report one real-world
event, merged into one record with every report and the number of independent outlets.

Mentions are blocked by type and by a state of each side, so a mention is only compared
with the events it shares a block with: two mentions whose sides overlap ("AS dan Korea
Selatan menuduh Korut" and "AS menuduh Korut") can merge, and sides that share no state
cannot; two mentions of one article whose sides differ are the article's two events. A
mention dated by its own text joins the canonical event whose date is compatible
with it (the same day, one day apart, or one date containing the other); the canonical
event keeps the most precise date its reports give, so a report that says only "2024"
does not widen it, and whose mode and place do not disagree. A mention its text does not
date recalls the latest compatible event that began within `RECALL` before its article
was published (the visit of last September an article mentions in passing; for a war or
sanctions, which last for years, within `LASTING_RECALL`), or is an event of its
publication day. For a war or sanctions, the coalitions that wage or impose them ("sanksi
Barat", "sanksi internasional", a state's allies) share one block, and a mention in an
article of unknown date joins the latest such event on record. A planned event ("akan mengunjungi") reported
more than a day before it happens is linked to the happening (`planned_for`), not merged
into it; a report on the day ("tiba malam ini") is a report of the happening.

Independent outlets: the outlets of the articles that report the event as news (published
within `NEWS_WINDOW` of it), where a near-duplicate or syndicated copy counts as the
article it copies. A later article that recalls it ("sejak Juni tahun lalu, ketika ...")
is a reference: its mention is linked, but it is not an outlet reporting the event.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sorot.record import content_hash
from sorot.time.normalize import value_interval

DAY = timedelta(days=1)
PLANNED_AHEAD = timedelta(days=1)
NEWS_WINDOW = timedelta(days=7)
RECALL = timedelta(days=365)  # how far back an undated mention may refer
# Wars and sanctions regimes last for years: an undated mention of one recalls it up to ten years back.
LASTING = frozenset({"FIGHT", "SANCTION"})
LASTING_RECALL = timedelta(days=3650)
COLLECTIVE = "collective"  # the block of every coalition side of a war or sanctions


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
    sides: dict[str, tuple] = field(default_factory=dict)  # article id -> the sides its mentions give
    planned_for: str | None = None
    order: int = 0  # creation order: the latest compatible event takes a mention

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.sides.setdefault(mention.article_id, _sides(mention))

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
    if event.sides.get(mention.article_id, _sides(mention)) != _sides(mention):
        return False  # its own article tells them apart: other sides are another event
    if event.first.location and mention.location and event.first.location != mention.location:
        places = {event.first.location, mention.location}
        if not any(p.startswith("LOC:") for p in places):  # a city inside its state is the same place
            return False
    start, end = interval
    return start <= event.end + DAY and event.start <= end + DAY


def _sides(mention: Mention) -> tuple[frozenset[str], frozenset[str]]:
    return mention.source_countries, mention.recipient_countries


def _reported_ahead(mention: Mention, interval: tuple[date, date]) -> bool:
    """A planned event reported more than a day before it happens."""
    if not mention.planned or not mention.published:
        return False
    published = value_interval(mention.published[:10])
    return published is not None and interval[0] - published[0] > PLANNED_AHEAD


def _pairs(mention: Mention, ahead: bool) -> list[tuple]:
    """The blocks of a mention: its type with one state of each side (an empty side is
    None). Two mentions share a block when their sides overlap."""
    sources = mention.source_countries
    if mention.event_type in LASTING:  # "sanksi Barat", "sanksi internasional": one coalition's regime
        sources = frozenset(COLLECTIVE if _collective(side) else side for side in sources)
    return [(mention.event_type, ahead, source, recipient)
            for source in sorted(sources) or [None]
            for recipient in sorted(mention.recipient_countries) or [None]]


def _collective(side: str) -> bool:
    """The West, the international community, a state's allies: a coalition, not one state."""
    return side == "WST" or side.startswith("COL:") or (side.startswith("GRP:") and side.endswith("-allies"))


def link_mentions(mentions: Iterable[Mention]) -> list[CanonicalEvent]:
    """Canonical events of the mentions, earliest first (order of the input does not matter).

    Mentions dated by their own text are linked first, in date order. A mention its text
    does not date then joins the compatible event of its blocks that began last, up to
    `RECALL` before its publication day (the visit or the denial an article recalls in
    passing), else it is an event of that day. A mention without any date is an event of
    its own."""
    dated, undated, timeless = [], [], []
    for mention in mentions:
        interval = _interval(mention)
        if interval is None:
            timeless.append(mention)
        else:
            (dated if mention.date and value_interval(mention.date) else undated).append((interval, mention))
    dated.sort(key=lambda pair: (pair[0][0], pair[1].published or "", pair[1].event_id))
    undated.sort(key=lambda pair: (pair[0][0], pair[1].event_id))
    blocks: dict[tuple, list[CanonicalEvent]] = {}  # every event of a block, in order of creation
    active: dict[tuple, list[tuple[date, int, CanonicalEvent]]] = {}  # per block, a heap on the end date
    events: list[CanonicalEvent] = []

    def create(mention: Mention, interval: tuple[date, date], keys: list[tuple]) -> CanonicalEvent:
        event = CanonicalEvent(content_hash(mention.event_id), mention, interval[0], interval[1], order=len(events))
        events.append(event)
        for key in keys:
            blocks.setdefault(key, []).append(event)
            heapq.heappush(active.setdefault(key, []), (interval[1], event.order, event))
        return event

    for interval, mention in dated:
        ahead = _reported_ahead(mention, interval)
        keys = _pairs(mention, ahead)
        candidates = {}
        for key in keys:
            heap = active.setdefault(key, [])
            # mentions come in order of their start: an event that ended more than a day
            # before this one starts can take no later mention (keeps the cost per mention flat)
            while heap and heap[0][2].end + DAY < interval[0]:
                heapq.heappop(heap)
            candidates.update((e.order, e) for _, _, e in heap if _compatible(e, mention, interval))
        match = candidates[max(candidates)] if candidates else create(mention, interval, keys)
        match.add(mention)
        if interval[1] - interval[0] < match.end - match.start:  # the most precise date is the event's
            match.start, match.end = interval
    starts = {key: sorted((e.start, e.order, e) for e in block) for key, block in blocks.items()}
    for interval, mention in undated:
        keys = _pairs(mention, False)
        match = max(filter(None, (_recalled(starts.get(key, []), mention, interval) for key in keys)),
                    key=lambda e: (e.start, e.order), default=None)
        if match is None:
            match = create(mention, interval, keys)
            for key in keys:
                bisect.insort(starts.setdefault(key, []), (match.start, match.order, match))
        match.add(mention)
    for mention in sorted(timeless, key=lambda m: m.event_id):
        # an article of unknown date that names a war or sanctions names the one on record
        lasting = [e for key in _pairs(mention, False) for e in blocks.get(key, [])] if mention.event_type in LASTING else []
        if lasting:
            max(lasting, key=lambda e: (e.start, e.order)).add(mention)
            continue
        events.append(CanonicalEvent(content_hash(mention.event_id), mention, date.min, date.min, [mention], order=len(events)))
    _link_plans(blocks)
    return events


def _recalled(block: list[tuple[date, int, CanonicalEvent]], mention: Mention,
              published: tuple[date, date]) -> CanonicalEvent | None:
    """The event of a block (sorted on start) that an undated mention recalls: the latest
    compatible one that began within `RECALL` before its publication (published in a
    known month or year only, one of that period)."""
    day = published[0] == published[1]
    position = bisect.bisect_right(block, (published[1] + DAY, math.inf))
    earliest = published[0] - (LASTING_RECALL if mention.event_type in LASTING else RECALL)
    for index in range(position - 1, -1, -1):
        start, _, event = block[index]
        if start < earliest:
            break
        if _compatible(event, mention, (event.start, event.end) if day else published):
            return event
    return None


def _link_plans(blocks: dict[tuple, list[CanonicalEvent]]) -> None:
    """A plan reported ahead points to the happening of a block it shares that it foretold."""
    for (event_type, ahead, source, recipient), plans in blocks.items():
        if not ahead:
            continue
        happenings = blocks.get((event_type, False, source, recipient), [])
        for plan in plans:
            done = next((e for e in happenings if e.start <= plan.end + DAY and plan.start <= e.end + DAY), None)
            plan.planned_for = plan.planned_for or (done.canonical_id if done else None)

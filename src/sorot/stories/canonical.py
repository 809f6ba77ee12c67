"""Canonical events: the event mentions of many articles that report one real-world
event, merged into one record with every report and the number of independent outlets.

Mentions are linked one at a time, in the order their articles were published (news
arriving in order; an article of a known month or year only from that period's first
day), so a stored set of canonical events takes the mentions of newer
articles without linking everything again (`sorot.store.canonical`). Mentions are blocked
by type and by a state of each side, so a mention is only compared with the events it
shares a block with: two mentions whose sides overlap ("AS dan Korea Selatan menuduh
Korut" and "AS menuduh Korut") can merge, and sides that share no state cannot; two
mentions of one article whose sides differ are the article's two events. A mention dated
by its own text joins the latest-created canonical event whose date is compatible with it
(the same day, two single days a day apart, or one date containing the other; adjacent
years or months are different dates) and whose mode and place do not disagree (of several
begun the same day, one whose mode the words of a mention of no mode name: aid reported with
military words is the military aid, not the food aid reported beside it); the
canonical event keeps the most precise date its reports give, so a report that says only
"2024" does not widen it. A mention its text does not date recalls the latest compatible
event that began within `RECALL` before its article was published (the visit of last
September an article mentions in passing; for a war or sanctions, which last for years,
within `LASTING_RECALL`), or is an event of its publication day. For a war or sanctions,
the coalitions that wage or impose them ("sanksi Barat", "sanksi internasional", a state's
allies) share one block, and a mention in an article of unknown date joins the latest such
event on record. A planned event ("akan mengunjungi") reported more than a day before it
happens is linked to the happening (`planned_for`: the earliest-created one of its blocks
near its date, as above), not merged into it; a report on the day ("tiba malam ini") is a
report of the happening.

Independent outlets: the outlets of the articles that report the event as news (published
within `NEWS_WINDOW` of it), where a near-duplicate or syndicated copy counts as the
article it copies, and the spellings of one outlet's name count once ("Kabar Harian",
"kabarharian.co.id": `mention_of`). A later article that
recalls it ("sejak Juni tahun lalu, ketika ...") is a reference: its mention is linked,
but it is not an outlet reporting the event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sorot.clean.metadata import outlet_identity
from sorot.events.patterns import TOPICS
from sorot.record import content_hash
from sorot.stories.cluster import EARLIEST, ordering_times, parse_dct
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
    topics: frozenset[str] = frozenset()  # its topic contexts (military, economic, ...)


def mention_of(event_id: str, article_id: str, event_type: str, mode: str | None, source: list[dict],
               recipient: list[dict], date: str | None, location: str | None, context: list[str],
               published: str | None, outlet: str | None, source_id: str) -> Mention:
    """A mention from an event's fields; each side is its states (an actor of no state
    stands for itself: "the West"). Its outlet is the identity of the article's `outlet`
    (`outlet_identity`: "Kabar Harian" and "kabarharian.co.id" are one), or the article's
    `source_id` when it names none."""
    return Mention(
        event_id, article_id, event_type, mode,
        frozenset(a["country"] or a["actor_id"] for a in source), frozenset(a["country"] or a["actor_id"] for a in recipient),
        date, location, "future" in context, published, outlet_identity(outlet) if outlet else source_id,
        any(not a["actor_id"].startswith("AGT:") for a in source), frozenset(context) & frozenset(TOPICS),
    )


# A block: an event type, whether the mentions are plans reported ahead, a state of the
# source side and one of the recipient side (None for an empty side).
Block = tuple[str, bool, str | None, str | None]


@dataclass
class CanonicalEvent:
    canonical_id: str
    first: Mention
    start: date
    end: date
    order: int  # creation order: the latest compatible event takes a mention
    blocks: tuple[Block, ...] = ()  # those of the mention that created it (none for an event of no date)
    mentions: list[Mention] = field(default_factory=list)
    sides: dict[str, tuple] = field(default_factory=dict)  # article id -> the sides its mentions give
    planned_for: str | None = None
    # created by a mention its text does not date: its dates are its first article's, and a
    # report that dates it (up to `RECALL` earlier) gives it its dates
    provisional: bool = False

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
        """The mention that names its actors and dates the event most precisely (the
        earliest report of those)."""
        return min(self.mentions, key=lambda m: (not m.named, -len(m.date or ""), m.published or "~", m.event_id))

    @property
    def date(self) -> str | None:
        """The most precise date its reports give (the earliest report's, on a tie)."""
        dated = [m for m in self.mentions if m.date]
        return min(dated, key=lambda m: (-len(m.date or ""), m.published or "~", m.event_id)).date if dated else None

    @property
    def is_plan(self) -> bool:
        return any(block[1] for block in self.blocks)

    @property
    def dateless(self) -> bool:
        """Created by a mention of a war or sanctions in an article of unknown date, with no
        such event on record: the next report of one takes it, and gives it its dates."""
        return self.start == date.min

    @property
    def recalled(self) -> bool:
        """Provisional, from an article published on a known day, or a war or sanctions (which
        go on for years) from any dated article: it may be any event that article recalls (any
        other event of an article published in a known month or year only is one of then)."""
        return self.provisional and (self.start == self.end or self.first.event_type in LASTING)

    @property
    def reach(self) -> tuple[date, date]:
        """The days a report that joins it may give: its own, for a recalled event any day
        its first article may have recalled, for a dateless one any day."""
        if self.dateless:
            return date.min, date.max
        return (self.start - _recall(self.first), self.end) if self.recalled else (self.start, self.end)


def _interval(mention: Mention) -> tuple[date, date] | None:
    interval = value_interval(mention.date) if mention.date else None
    if interval is None and mention.published:
        interval = value_interval(mention.published[:10])
    return interval


def _agrees(event: CanonicalEvent, mention: Mention) -> bool:
    """Whether the mention may report the event, dates aside: mode, sides and place agree."""
    if event.first.mode and mention.mode and event.first.mode != mention.mode:
        return False
    if event.sides.get(mention.article_id, _sides(mention)) != _sides(mention):
        return False  # its own article tells them apart: other sides are another event
    if event.first.location and mention.location and event.first.location != mention.location:
        places = {event.first.location, mention.location}
        if not any(p.startswith("LOC:") for p in places):  # a city inside its state is the same place
            return False
    return True


def _kind_fits(event: CanonicalEvent, mention: Mention) -> bool:
    """Whether a mention that names no kind of its own has words about the event's kind
    (its first report's mode): a report of aid whose words are military fits the military
    aid better than the food aid reported beside it."""
    return mention.mode is None and event.first.mode is not None and event.first.mode in mention.topics


def _pick(events: list[CanonicalEvent], mention: Mention) -> CanonicalEvent:
    """The latest-created of several events a mention may join, or, among those begun the
    same day as it, one whose kind the mention's words name."""
    latest = max(events, key=lambda e: e.order)
    return max((e for e in events if e.start == latest.start), key=lambda e: (_kind_fits(e, mention), e.order))


def _rank(event: CanonicalEvent, mention: Mention) -> tuple[date, bool, int]:
    """Which of several events a mention its text does not date recalls: the latest begun,
    of those one whose kind its words name, then the latest created."""
    return event.start, _kind_fits(event, mention), event.order


def _near(event: CanonicalEvent, interval: tuple[date, date]) -> bool:
    """The event's dates and ``interval`` overlap (one contains the other), or both are
    single days at most a day apart. Whole years or months that only touch are different
    dates: a treaty of 2000 and a declaration of 2001 are two events."""
    start, end = interval
    slack = DAY if start == end and event.start == event.end else timedelta(0)
    return start <= event.end + slack and event.start <= end + slack


def _dates_fit(event: CanonicalEvent, interval: tuple[date, date]) -> bool:
    """A report of ``interval`` may be one of the event: near its dates (a recalled event:
    within what its first article may recall)."""
    if event.recalled:
        return event.reach[0] <= interval[0] <= event.end + DAY
    return _near(event, interval)


def _sides(mention: Mention) -> tuple[frozenset[str], frozenset[str]]:
    return mention.source_countries, mention.recipient_countries


def _reported_ahead(mention: Mention, interval: tuple[date, date]) -> bool:
    """A planned event reported more than a day before it happens."""
    if not mention.planned or not mention.published:
        return False
    published = value_interval(mention.published[:10])
    return published is not None and interval[0] - published[0] > PLANNED_AHEAD


def _blocks(mention: Mention, ahead: bool) -> list[Block]:
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


def _recall(mention: Mention) -> timedelta:
    return LASTING_RECALL if mention.event_type in LASTING else RECALL


@dataclass(frozen=True)
class Window:
    """The events of a block a mention may join: those whose dates touch [lo, hi], or
    (``latest``) the block's latest event, whatever its date."""

    block: Block
    lo: date
    hi: date
    latest: bool = False


def windows(mention: Mention) -> list[Window]:
    """Where the events a mention may join lie: a store loads these before linking it."""
    interval = _interval(mention)
    if interval is None:
        return [Window(b, date.min, date.max, True) for b in _blocks(mention, False)] if mention.event_type in LASTING else []
    if mention.date and value_interval(mention.date):
        return [Window(b, interval[0] - DAY, interval[1] + DAY) for b in _blocks(mention, _reported_ahead(mention, interval))]
    return [Window(b, interval[0] - _recall(mention), interval[1] + DAY) for b in _blocks(mention, False)]


def _month(day: date) -> int:
    return day.year * 12 + day.month


class _Calendar:
    """The events of one block, filed under every month their dates (a day either side)
    touch: a mention is compared only with the events of its own months."""

    def __init__(self) -> None:
        self.months: dict[int, dict[int, CanonicalEvent]] = {}
        self.events: dict[int, CanonicalEvent] = {}
        self.dateless: dict[int, CanonicalEvent] = {}

    def _span(self, event: CanonicalEvent) -> range:
        lo, hi = event.reach
        return range(_month(lo - DAY), _month(hi + DAY) + 1)

    def put(self, event: CanonicalEvent) -> None:
        self.events[event.order] = event
        if event.dateless:
            self.dateless[event.order] = event
            return
        for month in self._span(event):
            self.months.setdefault(month, {})[event.order] = event

    def remove(self, event: CanonicalEvent) -> None:
        if event.dateless:
            del self.dateless[event.order]
            return
        for month in self._span(event):
            self.months[month].pop(event.order, None)

    def touching(self, lo: date, hi: date) -> dict[int, CanonicalEvent]:
        """The events filed under the months of [lo, hi] (a superset of those whose dates,
        a day either side, touch it)."""
        found: dict[int, CanonicalEvent] = {}
        for month in range(_month(lo), _month(hi) + 1):
            found.update(self.months.get(month, {}))
        return found


class Linker:
    """Links mentions, in publication order, to canonical events: the `stored` ones (all
    that the mentions' `windows` select, at least) and those it creates. `touched` holds
    every event a mention joined or created, `moved` the dates a stored event had before
    a more precise report narrowed them."""

    def __init__(self, stored: Iterable[CanonicalEvent] = (), next_order: int = 0) -> None:
        self.calendars: dict[Block, _Calendar] = {}
        self.next_order = next_order
        self.touched: dict[str, CanonicalEvent] = {}
        self.moved: dict[str, tuple[date, date]] = {}
        for event in stored:
            self._file(event)

    def _calendar(self, block: Block) -> _Calendar:
        return self.calendars.setdefault(block, _Calendar())

    def _file(self, event: CanonicalEvent) -> None:
        for block in event.blocks:
            self._calendar(block).put(event)

    def add(self, mention: Mention) -> CanonicalEvent:
        interval = _interval(mention)
        if interval is None:
            event = self._timeless(mention)
        elif mention.date and value_interval(mention.date):
            event = self._dated(mention, interval)
        else:
            event = self._undated(mention, interval)
        event.add(mention)
        self.touched[event.canonical_id] = event
        return event

    def _create(self, mention: Mention, interval: tuple[date, date], blocks: list[Block], provisional: bool = False) -> CanonicalEvent:
        event = CanonicalEvent(content_hash(mention.event_id), mention, interval[0], interval[1], self.next_order, tuple(blocks),
                               provisional=provisional)
        self.next_order += 1
        self._file(event)
        return event

    def _dated(self, mention: Mention, interval: tuple[date, date]) -> CanonicalEvent:
        blocks = _blocks(mention, _reported_ahead(mention, interval))
        candidates = {order: event for block in blocks
                      for order, event in self._calendar(block).touching(*interval).items()
                      if _dates_fit(event, interval) and _agrees(event, mention)}
        if not candidates:
            dateless = self._dateless(mention, blocks)
            return self._redate(dateless, interval, False) if dateless else self._create(mention, interval, blocks)
        match = _pick(list(candidates.values()), mention)
        if match.provisional or interval[1] - interval[0] < match.end - match.start:  # the most precise date is the event's
            self._redate(match, interval, False)
        return match

    def _redate(self, event: CanonicalEvent, interval: tuple[date, date], provisional: bool) -> CanonicalEvent:
        self.moved.setdefault(event.canonical_id, event.reach)
        for block in event.blocks:
            self.calendars[block].remove(event)
        (event.start, event.end), event.provisional = interval, provisional
        self._file(event)
        return event

    def _dateless(self, mention: Mention, blocks: list[Block]) -> CanonicalEvent | None:
        """The latest-created dateless event of the blocks that the mention agrees with."""
        found = [e for block in blocks for e in self._calendar(block).dateless.values() if _agrees(e, mention)]
        return _pick(found, mention) if found else None

    def _undated(self, mention: Mention, published: tuple[date, date]) -> CanonicalEvent:
        """The latest compatible event that began within the recall before its publication
        (published in a known month or year only, one of that period, unless a war or
        sanctions, which go on), else a new one."""
        blocks = _blocks(mention, False)
        recalls = published[0] == published[1] or mention.event_type in LASTING
        earliest, latest = published[0] - _recall(mention), published[1] + DAY
        best = None
        for block in blocks:
            for event in self._calendar(block).touching(earliest, latest).values():
                if (earliest <= event.start <= latest and (best is None or _rank(event, mention) > _rank(best, mention))
                        and (recalls or _near(event, published)) and _agrees(event, mention)):
                    best = event
        if best is None and (dateless := self._dateless(mention, blocks)):
            return self._redate(dateless, published, True)
        return best or self._create(mention, published, blocks, provisional=True)

    def _timeless(self, mention: Mention) -> CanonicalEvent:
        """An article of unknown date that names a war or sanctions names the latest one on
        record, or else is a dateless event that the next report of one joins; any other
        mention of no date is an event of its own."""
        if mention.event_type not in LASTING:
            return self._create(mention, (date.min, date.min), [])
        blocks = _blocks(mention, False)
        lasting = [e for block in blocks for e in self._calendar(block).events.values()]
        if lasting:
            return max(lasting, key=lambda e: (e.start, e.order))
        return self._create(mention, (date.min, date.min), blocks)


def link_plans(events: Iterable[CanonicalEvent]) -> None:
    """A plan reported ahead points to the earliest-created happening of a block it shares
    whose dates are near the plan's (`_near`)."""
    events = list(events)
    happenings: dict[tuple, list[CanonicalEvent]] = {}
    for event in events:
        for event_type, ahead, source, recipient in event.blocks:
            if not ahead:
                happenings.setdefault((event_type, source, recipient), []).append(event)
    for plan in filter(lambda e: e.is_plan, events):
        done = [h for event_type, _, source, recipient in plan.blocks
                for h in happenings.get((event_type, source, recipient), []) if _near(h, (plan.start, plan.end))]
        plan.planned_for = min(done, key=lambda h: h.order).canonical_id if done else None


def places(mentions: Iterable[Mention], last: datetime = EARLIEST) -> list[tuple[datetime, str]]:
    """Where each mention is linked: its article's publication time (a mention of an
    undated article takes that of the mention before it, ``last`` before the first), then
    its article's id, so that ties do not depend on the order the articles came in."""
    mentions = list(mentions)
    return list(zip(ordering_times((_published_at(m.published) for m in mentions), last), (m.article_id for m in mentions)))


def _published_at(published: str | None) -> datetime | None:
    """When a mention's article came out, for ordering: its DCT, or the first day of the
    month or year a coarse one names (an article of "2025" is linked after the news of
    2024, which it may recall, not wherever the input happened to put it)."""
    moment = parse_dct(published)
    if moment is None and published and (interval := value_interval(published)) is not None:
        moment = parse_dct(interval[0].isoformat())
    return moment


def publication_order(mentions: list[Mention], at: list[tuple[datetime, str]] | None = None) -> list[Mention]:
    """Mentions in the order they are linked: by their `places` (``at``, if computed
    already), an article's own in their order."""
    at = places(mentions) if at is None else at
    return [m for _, _, m in sorted(zip(at, range(len(mentions)), mentions), key=lambda item: item[:2])]


def link_mentions(mentions: Iterable[Mention]) -> list[CanonicalEvent]:
    """Canonical events of the mentions, linked in publication order (`places`), in order
    of creation."""
    linker = Linker()
    for mention in publication_order(mentions):
        linker.add(mention)
    events = sorted(linker.touched.values(), key=lambda e: e.order)
    link_plans(events)
    return events

"""Canonical events in the store: the event mentions of new articles linked to the stored
canonical events (`sorot.stories.canonical`), reading only the events they may join.

The linker takes mentions in publication order. When the new mentions' articles were
all published and stored after every linked one (news arriving in order), the stored
events of their blocks and dates (`windows`) are read with their mentions, the new
mentions are linked, and only the events they joined or created are written, so the
cost does not grow with the store. Otherwise every mention is linked again from the
start, which gives the same events. `meta` keeps where the linking stopped
(`LinkerState`, as JSON); each event's blocks are in `canonical_blocks`, with the days
a report that joins it may give (`CanonicalEvent.reach`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa

from sorot.clean import metadata
from sorot.record import content_hash
from sorot.stories import canonical
from sorot.stories.canonical import CanonicalEvent, Linker, Mention, mention_of, places, publication_order, windows
from sorot.stories.cluster import EARLIEST
from sorot.store.db import Store

MENTION_SQL = """
SELECT e.id, e.article_id, e.event_type, e.mode, e.source, e.recipient, e.date, e.location, e.context,
       e.canonical_id, a.dct, a.seq, coalesce(o.outlet, a.outlet) AS outlet, coalesce(o.source_id, a.source_id) AS source_id
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN duplicates d ON d.article_id = a.id
LEFT JOIN articles o ON o.id = d.duplicate_of
WHERE {where}
ORDER BY a.seq, a.part, e.trigger_start, e.id
"""
# The stored events whose blocks and dates a window of a new mention covers, or that are
# the latest event of a block a mention of no date names.
WINDOW_SQL = """
SELECT DISTINCT b.canonical_id FROM canonical_blocks b JOIN _windows w ON b.block = w.block AND b.ahead = w.ahead
WHERE NOT w.latest AND b.start <= w.hi AND b."end" >= w.lo
UNION
SELECT canonical_id FROM (
    SELECT b.canonical_id, row_number() OVER (PARTITION BY b.block ORDER BY b.start DESC, b.seq DESC) AS rank
    FROM canonical_blocks b WHERE NOT b.ahead AND b.block IN (SELECT block FROM _windows WHERE latest)
) WHERE rank = 1
"""
EVENT_SQL = """
SELECT c.canonical_id, c.seq, c.start, c."end", c.provisional, list(b.block ORDER BY b.block) AS blocks,
       any_value(b.ahead) AS ahead
FROM canonical_events c JOIN canonical_blocks b ON b.canonical_id = c.canonical_id
WHERE c.canonical_id IN (SELECT canonical_id FROM _loaded)
GROUP BY ALL
"""
# Plans to link again: the plans an ingest touched, and the stored plans of the blocks
# and dates of the happenings it touched (before and after a report narrowed them).
PLAN_SQL = """
WITH plans AS (
    SELECT canonical_id FROM _plans
    UNION
    SELECT b.canonical_id FROM canonical_blocks b JOIN _happened h ON b.block = h.block
    WHERE b.ahead AND b.start <= h.hi AND b."end" >= h.lo
)
SELECT p.canonical_id AS plan, min_by(h.canonical_id, h.seq) AS happening
FROM plans JOIN canonical_blocks p ON p.canonical_id = plans.canonical_id
LEFT JOIN (canonical_blocks h JOIN canonical_events e ON e.canonical_id = h.canonical_id)
     ON h.block = p.block AND NOT h.ahead AND e.start <= p."end" + 1 AND p.start <= e."end" + 1
GROUP BY p.canonical_id
"""
STATE_KEY = "canonical_linker"
# The stored state is valid only for the linking code that wrote it.
# The linking code, and the outlet identity that counts independent outlets.
_CODE = content_hash("".join(Path(module.__file__).read_bytes().decode("utf-8") for module in (canonical, metadata)))


@dataclass
class LinkerState:
    """Where the linking stopped: the ordering time of the last mention in store order,
    the place of the latest one in publication order (time, article), the last article's
    store position, the mentions linked and the next event's creation order."""

    last_in_store: str
    latest: str
    latest_article: str
    last_seq: int
    mentions: int
    next_order: int
    code: str = _CODE


def _mention(row: dict) -> Mention:
    location = json.loads(row["location"]) if row["location"] else None
    return mention_of(
        row["id"], row["article_id"], row["event_type"], row["mode"], json.loads(row["source"]),
        json.loads(row["recipient"]), row["date"], location["actor_id"] if location else None,
        json.loads(row["context"]), row["dct"], row["outlet"], row["source_id"],
    )


def _block_text(block: tuple) -> str:
    event_type, _, source, recipient = block
    return "|".join((event_type, source or "", recipient or ""))


def _block(text: str, ahead: bool) -> tuple:
    event_type, source, recipient = text.split("|")
    return event_type, ahead, source or None, recipient or None


def update_canonical_events(store: Store) -> int:
    """Link the event mentions not linked yet (those of the articles just stored) to
    canonical events; returns how many canonical events there are."""
    state = _state(store)
    rows = list(store.iter_dicts(MENTION_SQL.format(where="e.canonical_id IS NULL")))
    if rows:
        mentions = [_mention(row) for row in rows]
        at = places(mentions, datetime.fromisoformat(state.last_in_store) if state else EARLIEST)
        clear: list[str] = []
        if not _in_order(store, state, rows, at):
            state = None
            rows = list(store.iter_dicts(MENTION_SQL.format(where="true")))
            mentions = [_mention(row) for row in rows]
            at = places(mentions)
            clear = ["DELETE FROM canonical_events", "DELETE FROM canonical_blocks"]
        _link(store, state, rows, mentions, at, clear)
    return store.con.execute("SELECT count(*) FROM canonical_events").fetchall()[0][0]


def _state(store: Store) -> LinkerState | None:
    found = store.con.execute("SELECT value FROM meta WHERE key = ?", [STATE_KEY]).fetchall()
    try:
        state = LinkerState(**json.loads(found[0][0])) if found else None
    except (TypeError, ValueError):  # a state another version of Sorot wrote
        return None
    return state if state is not None and state.code == _CODE else None


def _in_order(store: Store, state: LinkerState | None, rows: list[dict], at: list[tuple[datetime, str]]) -> bool:
    """Whether the new mentions (of ``rows``, linked ``at``) come after every linked one in
    publication and store order, in a store that changed only by new articles since."""
    if state is None:
        return False
    linked = store.con.execute("SELECT count(*) FROM events WHERE canonical_id IS NOT NULL").fetchall()[0][0]
    return (linked == state.mentions and min(row["seq"] for row in rows) > state.last_seq
            and min(at) > (datetime.fromisoformat(state.latest), state.latest_article))


def _load(store: Store, mentions: list[Mention]) -> list[CanonicalEvent]:
    """The stored events the mentions' windows select, each with its first report only
    (what linking compares; `_complete` reads the rest of the events it touched)."""
    found = [w for m in mentions for w in windows(m)]
    if not found:
        return []
    table = pa.table({
        "block": pa.array([_block_text(w.block) for w in found], pa.string()),
        "ahead": pa.array([w.block[1] for w in found], pa.bool_()),
        "lo": pa.array([w.lo for w in found], pa.date32()), "hi": pa.array([w.hi for w in found], pa.date32()),
        "latest": pa.array([w.latest for w in found], pa.bool_()),
    })
    with store.registered({"_windows": table}):
        ids = [row[0] for row in store.con.execute(WINDOW_SQL).fetchall()]
    if not ids:
        return []
    with store.registered({"_loaded": pa.table({"canonical_id": pa.array(ids, pa.string())})}):
        stored = store.con.execute(EVENT_SQL).fetchall()
        where = "e.id IN (SELECT first_event_id FROM canonical_events WHERE canonical_id IN (SELECT canonical_id FROM _loaded))"
        firsts = {row["canonical_id"]: _mention(row) for row in store.iter_dicts(MENTION_SQL.format(where=where))}
    return [CanonicalEvent(canonical_id, firsts[canonical_id], start, end, seq, tuple(_block(b, ahead) for b in blocks),
                           provisional=provisional)
            for canonical_id, seq, start, end, provisional, blocks, ahead in stored]


def _complete(store: Store, events: list[CanonicalEvent], rows: dict[str, dict]) -> None:
    """Put the stored reports of the stored ``events`` (their rows added to ``rows``)
    before the new ones, which the store does not link to them yet."""
    stored: dict[str, list[Mention]] = {}
    with store.registered({"_touched": pa.table({"canonical_id": pa.array([e.canonical_id for e in events], pa.string())})}):
        for row in store.iter_dicts(MENTION_SQL.format(where="e.canonical_id IN (SELECT canonical_id FROM _touched)")):
            rows[row["id"]] = row
            stored.setdefault(row["canonical_id"], []).append(_mention(row))
    for event in events:
        added = event.mentions
        event.mentions, event.sides = [], {}
        for mention in [*stored.get(event.canonical_id, []), *added]:
            event.add(mention)


def _link(store: Store, state: LinkerState | None, rows: list[dict], stored_order: list[Mention],
          linked_at: list[tuple[datetime, str]], clear: list[str]) -> None:
    """Link the mentions of ``rows`` (store order; linked at their `places`) to the stored
    events (none after ``clear``), and write the events they touched, their plans' links
    and the state."""
    mentions = publication_order(stored_order, linked_at)
    loaded = _load(store, mentions) if state else []
    linker = Linker(loaded, state.next_order if state else 0)
    links = [(mention.event_id, linker.add(mention).canonical_id) for mention in mentions]
    touched = list(linker.touched.values())
    by_id = {row["id"]: row for row in rows}
    _complete(store, [e for e in loaded if e.canonical_id in linker.touched], by_id)
    happened = [(e, interval) for e in touched if not e.is_plan  # a dateless event is no plan's happening
                for interval in {(e.start, e.end), linker.moved.get(e.canonical_id, (e.start, e.end))} if interval[0] != date.min]
    latest = max([*linked_at, (datetime.fromisoformat(state.latest), state.latest_article) if state else (EARLIEST, "")])
    new_state = LinkerState(linked_at[-1][0].isoformat(), latest[0].isoformat(), latest[1], max(row["seq"] for row in rows),
                            (state.mentions if state else 0) + len(rows), linker.next_order)
    tables = {
        "_canonical": _event_table(touched, by_id),
        "_blocks": _block_table(touched),
        "_links": pa.table({"event_id": pa.array([e for e, _ in links], pa.string()),
                            "canonical_id": pa.array([c for _, c in links], pa.string())}),
        "_plans": pa.table({"canonical_id": pa.array([e.canonical_id for e in touched if e.is_plan], pa.string())}),
        "_happened": pa.table({
            "block": pa.array([_block_text(b) for e, _ in happened for b in e.blocks], pa.string()),
            "lo": pa.array([i[0] - canonical.DAY for e, i in happened for _ in e.blocks], pa.date32()),
            "hi": pa.array([i[1] + canonical.DAY for e, i in happened for _ in e.blocks], pa.date32()),
        }),
        "_state": pa.table({"key": [STATE_KEY], "value": [json.dumps(asdict(new_state))]}),
    }
    store.apply(tables, [
        *clear,
        "DELETE FROM canonical_events WHERE canonical_id IN (SELECT canonical_id FROM _canonical)",
        "DELETE FROM canonical_blocks WHERE canonical_id IN (SELECT canonical_id FROM _canonical)",
        "INSERT INTO canonical_events SELECT * FROM _canonical",
        "INSERT INTO canonical_blocks SELECT * FROM _blocks",
        "UPDATE events SET canonical_id = l.canonical_id FROM _links l WHERE events.id = l.event_id",
        f"UPDATE canonical_events SET planned_for = p.happening FROM ({PLAN_SQL}) p WHERE canonical_events.canonical_id = p.plan",
        f"DELETE FROM meta WHERE key = '{STATE_KEY}'",
        "INSERT INTO meta SELECT * FROM _state",
    ])


def _event_table(events: list[CanonicalEvent], rows: dict[str, dict]) -> pa.Table:
    """The rows of ``events``; the actors and place are those of the representative report."""
    firsts = [rows[e.representative.event_id] for e in events]
    return pa.table({
        "canonical_id": pa.array([e.canonical_id for e in events], pa.string()),
        "event_type": pa.array([e.first.event_type for e in events], pa.string()),
        "mode": pa.array([e.representative.mode for e in events], pa.string()),
        "source": pa.array([row["source"] for row in firsts], pa.string()),
        "recipient": pa.array([row["recipient"] for row in firsts], pa.string()),
        "date": pa.array([e.date for e in events], pa.string()),
        "location": pa.array([row["location"] for row in firsts], pa.string()),
        "reports": pa.array([len(e.mentions) for e in events], pa.int32()),
        "outlets": pa.array([e.outlets for e in events], pa.int32()),
        "event_ids": pa.array([json.dumps(sorted(m.event_id for m in e.mentions)) for e in events], pa.string()),
        "first_reported": pa.array([e.first_reported for e in events], pa.string()),
        "planned_for": pa.array([None] * len(events), pa.string()),
        "seq": pa.array([e.order for e in events], pa.int64()),
        "start": pa.array([e.start for e in events], pa.date32()),
        "end": pa.array([e.end for e in events], pa.date32()),
        "provisional": pa.array([e.provisional for e in events], pa.bool_()),
        "first_event_id": pa.array([e.first.event_id for e in events], pa.string()),
    })


def _block_table(events: list[CanonicalEvent]) -> pa.Table:
    rows = [(b, e) for e in events for b in e.blocks]
    return pa.table({
        "block": pa.array([_block_text(b) for b, _ in rows], pa.string()),
        "ahead": pa.array([b[1] for b, _ in rows], pa.bool_()),
        "canonical_id": pa.array([e.canonical_id for _, e in rows], pa.string()),
        "start": pa.array([e.reach[0] for _, e in rows], pa.date32()),
        "end": pa.array([e.reach[1] for _, e in rows], pa.date32()),
        "seq": pa.array([e.order for _, e in rows], pa.int64()),
    })

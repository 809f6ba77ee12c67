"""Corpus-wide steps run after an ingest, over everything stored: canonical events and
claim groups.

They are rebuilt from the stored events in one transaction, so the result does not
depend on the order or batching of earlier ingests.
"""

from __future__ import annotations

import json

import pyarrow as pa

from sorot.stories.canonical import CanonicalEvent, Mention, link_mentions, mention_of
from sorot.stories.claim_groups import ClaimItem, group_claims
from sorot.store.db import Store

MENTION_SQL = """
SELECT e.id, e.article_id, e.event_type, e.mode, e.source, e.recipient, e.date, e.location, e.context,
       a.dct, coalesce(o.outlet, a.outlet, a.source_id) AS outlet
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN duplicates d ON d.article_id = a.id
LEFT JOIN articles o ON o.id = d.duplicate_of
"""


def _mention(row: dict) -> Mention:
    location = json.loads(row["location"]) if row["location"] else None
    return mention_of(
        row["id"], row["article_id"], row["event_type"], row["mode"], json.loads(row["source"]),
        json.loads(row["recipient"]), row["date"], location["actor_id"] if location else None,
        json.loads(row["context"]), row["dct"], row["outlet"] or "",
    )


def _best_date(event: CanonicalEvent) -> str | None:
    """The most precise date its reports give (the earliest report's, on a tie)."""
    dated = [m.date for m in event.mentions if m.date]
    return max(dated, key=len) if dated else None


def rebuild_canonical_events(store: Store) -> int:
    """Link every stored event mention to its canonical event; returns how many there are."""
    rows = list(store.iter_dicts(MENTION_SQL))
    by_id = {row["id"]: row for row in rows}
    events = link_mentions(_mention(row) for row in rows)
    first = [by_id[event.representative.event_id] for event in events]
    table = pa.table({
        "canonical_id": [e.canonical_id for e in events],
        "event_type": [e.first.event_type for e in events],
        "mode": [e.representative.mode for e in events],
        "source": [row["source"] for row in first],
        "recipient": [row["recipient"] for row in first],
        "date": [_best_date(e) for e in events],
        "location": [row["location"] for row in first],
        "reports": [len(e.mentions) for e in events],
        "outlets": [e.outlets for e in events],
        "event_ids": [json.dumps([m.event_id for m in e.mentions]) for e in events],
        "first_reported": [e.first_reported for e in events],
        "planned_for": [e.planned_for for e in events],
    })
    links = pa.table({
        "event_id": [m.event_id for e in events for m in e.mentions],
        "canonical_id": [e.canonical_id for e in events for _ in e.mentions],
    })
    con = store.con
    con.begin()
    try:
        con.execute("DELETE FROM canonical_events")
        con.register("_canonical", table)
        con.execute("INSERT INTO canonical_events SELECT * FROM _canonical")
        con.register("_links", links)
        con.execute("UPDATE events SET canonical_id = NULL")
        con.execute("UPDATE events SET canonical_id = l.canonical_id FROM _links l WHERE events.id = l.event_id")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        con.unregister("_canonical")
        con.unregister("_links")
    return len(events)


CLAIM_SQL = """
SELECT c.id, c.article_id, c.value, c.unit, c.subject, c.date, a.dct, c."end", c.evidence_start, c.evidence_end,
       substring(a.text, c."end" + 1, 80) AS after, coalesce(a.story_id, a.id) AS scope
FROM claims c JOIN articles a ON a.id = c.article_id
"""

# A mention of a state, from the actors table: (article, start, country).
STATE_MENTION_SQL = """
SELECT x.article_id, x.country, x.mentions FROM actors x WHERE x.type = 'GPE' AND x.country IS NOT NULL
"""


def rebuild_claim_groups(store: Store) -> int:
    """Give every stored claim its group; returns the number of groups."""
    states: dict[str, list[tuple[int, str]]] = {}
    for row in store.iter_dicts(STATE_MENTION_SQL):
        for mention in json.loads(row["mentions"]):
            states.setdefault(row["article_id"], []).append((mention["start"], row["country"]))
    items = []
    for row in store.iter_dicts(CLAIM_SQL):
        named = frozenset(country for start, country in states.get(row["article_id"], [])
                          if row["evidence_start"] <= start < row["evidence_end"])
        items.append(ClaimItem(row["id"], row["value"], row["unit"], row["subject"] or "", row["date"], row["dct"],
                               row["after"] or "", named, row["scope"]))
    groups = group_claims(items)
    links = pa.table({
        "claim_id": [item.claim_id for group in groups for item in group.claims],
        "group_id": [group.group_id for group in groups for _ in group.claims],
    })
    con = store.con
    con.begin()
    try:
        con.register("_groups", links)
        con.execute("UPDATE claims SET group_id = NULL")
        con.execute("UPDATE claims SET group_id = g.group_id FROM _groups g WHERE claims.id = g.claim_id")
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        con.unregister("_groups")
    return len(groups)

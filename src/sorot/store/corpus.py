"""Corpus-wide steps run after an ingest, over everything stored: stories, canonical
events and claim groups.

Each is rebuilt from the stored articles, events or claims (each in one transaction),
so its ids and links do not depend on the order or batching of earlier ingests. The
cost of a rebuild grows with the store: an ingest that adds a few articles to a large
store pays for the whole store (the rebuilds are skipped when it adds nothing).
"""

from __future__ import annotations

import json
import re

import pyarrow as pa

from sorot.record import content_hash
from sorot.stories.canonical import CanonicalEvent, Mention, link_mentions, mention_of
from sorot.stories.claim_groups import ClaimItem, group_claims
from sorot.stories.cluster import LEAD_CHARS, StoryClusterer, StoryDoc, is_about, parse_dct, publication_order
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
    _replace(store, {"_canonical": table, "_links": links}, [
        "DELETE FROM canonical_events",
        "INSERT INTO canonical_events SELECT * FROM _canonical",
        "UPDATE events SET canonical_id = NULL",
        "UPDATE events SET canonical_id = l.canonical_id FROM _links l WHERE events.id = l.event_id",
    ])
    return len(events)


def _replace(store: Store, tables: dict[str, pa.Table], statements: list[str]) -> None:
    """Run `statements` in one transaction, with `tables` registered under their names:
    all of a rebuild is stored, or none of it."""
    con = store.con
    for name, table in tables.items():
        con.register(name, table)
    con.begin()
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        for name in tables:
            con.unregister(name)


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
    _replace(store, {"_groups": links}, [
        "UPDATE claims SET group_id = NULL",
        "UPDATE claims SET group_id = g.group_id FROM _groups g WHERE claims.id = g.claim_id",
    ])
    return len(groups)


_STORY_REF = re.compile(r"\bS\d+\b")  # the clusterer's story ids in its reasons

# The clusterer reads only an article's title and lead: the text is cut here, so memory
# stays small however large the store.
STORY_SQL = f"""
SELECT a.id, a.source_id, a.outlet, a.title, a.dct, substring(a.text, 1, {2 * LEAD_CHARS}) AS text, d.duplicate_of
FROM articles a LEFT JOIN duplicates d ON d.article_id = a.id
ORDER BY a.seq, a.part
"""

STORY_ACTOR_SQL = "SELECT article_id, actor_id, confidence, mentions FROM actors"


def _story_actors(store: Store) -> dict[str, tuple[str, ...]]:
    """The actors each article is about (`sorot.stories.cluster.is_about`)."""
    actors: dict[str, set[str]] = {}
    for row in store.iter_dicts(STORY_ACTOR_SQL):
        mentions = ((m["text"], m["start"]) for m in json.loads(row["mentions"]))
        if is_about(row["actor_id"], row["confidence"], mentions):
            actors.setdefault(row["article_id"], set()).add(row["actor_id"])
    return {article: tuple(sorted(ids)) for article, ids in actors.items()}


def rebuild_stories(store: Store) -> int:
    """Cluster every stored article into stories, in publication order; a near-duplicate
    joins the story of the article it copies. Returns the number of stories."""
    actors = _story_actors(store)
    rows = list(store.iter_dicts(STORY_SQL))
    by_id = {row["id"]: row for row in rows}
    docs = [StoryDoc(row["id"], parse_dct(row["dct"]), row["title"], row["text"], actors.get(row["id"], ()), row["outlet"])
            for row in rows if not row["duplicate_of"]]
    clusterer = StoryClusterer()
    story_of: dict[str, str] = {}
    reason_of: dict[str, str] = {}
    for doc in publication_order(docs):
        assignment = clusterer.add(doc)
        story_of[doc.id], reason_of[doc.id] = assignment.story_id, assignment.reason
    for row in rows:
        if row["duplicate_of"] and row["duplicate_of"] in story_of:
            story_of[row["id"]] = story_of[row["duplicate_of"]]
            reason_of[row["id"]] = f"copies {row['duplicate_of']}"
    # the clusterer's ids -> ids from the story's earliest article, copies included, so
    # they do not depend on the order the articles were ingested in
    earliest: dict[str, tuple[str, str]] = {}
    for article_id, story_id in story_of.items():
        mark = (by_id[article_id]["dct"] or "", article_id)
        earliest[story_id] = min(earliest.get(story_id, mark), mark)
    stable = {story_id: content_hash(f"story:{mark[1]}") for story_id, mark in earliest.items()}
    story_of = {article_id: stable[story_id] for article_id, story_id in story_of.items()}
    for article_id, reason in reason_of.items():
        reason_of[article_id] = _STORY_REF.sub(lambda m: stable.get(m.group(), m.group()), reason)
    members: dict[str, list[dict]] = {}
    for article_id, story_id in story_of.items():
        members.setdefault(story_id, []).append(by_id[article_id])
    stories = []
    for story_id, articles in members.items():
        articles.sort(key=lambda a: (a["dct"] or "", a["id"]))
        days = [a["dct"] for a in articles if a["dct"]]
        stories.append({
            "story_id": story_id, "title": next((a["title"] for a in articles if a["title"]), None),
            "article_ids": json.dumps([a["id"] for a in articles]),
            "source_ids": json.dumps([a["source_id"] for a in articles]),
            "outlets": json.dumps(sorted({a["outlet"] for a in articles if a["outlet"]})),
            "first_seen": min(days) if days else None, "last_seen": max(days) if days else None,
        })
    table = pa.table({name: [story[name] for story in stories] for name in
                      ("story_id", "title", "article_ids", "source_ids", "outlets", "first_seen", "last_seen")})
    links = pa.table({"article_id": list(story_of), "story_id": list(story_of.values()),
                      "reason": [reason_of[a] for a in story_of]})
    _replace(store, {"_stories": table, "_links": links}, [
        "DELETE FROM stories",
        "DELETE FROM story_links",
        "INSERT INTO stories SELECT * FROM _stories",
        "INSERT INTO story_links SELECT * FROM _links",
        "UPDATE articles SET story_id = l.story_id FROM _links l WHERE articles.id = l.article_id",
    ])
    return len(stories)

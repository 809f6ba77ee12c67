"""Corpus-wide steps run after an ingest: stories and claim groups (canonical events:
`sorot.store.canonical`).

Their ids and links do not depend on the order or batching of ingests, and each is
written in one transaction. Stories keep a state in the `meta` table: the story
clusterer takes articles published after everything it has clustered (the usual case:
news arrives in order) at a cost that does not grow with the store, and an ingest of
older articles clusters every article again, which gives the same stories. Each claim
keeps its group key (unit, measure, states or story) and day in the `claims` table, so
new claims regroup only the stored claims of their own keys, read by key. The steps are
skipped when an ingest adds nothing.
"""

from __future__ import annotations

import base64
import json
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pyarrow as pa

from sorot.clean import metadata
from sorot.clean.metadata import outlet_identity
from sorot.record import content_hash
from sorot.stories.claim_groups import ClaimGrouper, ClaimItem, claim_day, group_key
from sorot.stories import cluster
from sorot.stories.cluster import (EARLIEST, LEAD_CHARS, StoryClusterer, StoryDoc, is_about, ordering_times, parse_dct,
                                   publication_order, signatures)
from sorot.store.db import Store

# The claims not grouped yet: those of the articles just stored (or of an ingest that
# stopped before it grouped them).
CLAIM_SQL = """
SELECT c.id, c.article_id, c.value, c.unit, c.subject, c.date, a.dct, c."end", c.evidence_start, c.evidence_end,
       substring(a.text, c."end" + 1, 80) AS after, coalesce(a.story_id, a.id) AS scope
FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.group_key IS NULL AND a.seq >= ?
"""

# A mention of a state in an article with claims not grouped yet: (article, start, country).
STATE_MENTION_SQL = """
SELECT x.article_id, x.country, x.mentions FROM actors x WHERE x.type = 'GPE' AND x.country IS NOT NULL
AND x.article_id IN (SELECT article_id FROM claims WHERE group_key IS NULL)
"""


def _ungrouped_claims(store: Store) -> list[ClaimItem]:
    """The stored claims not grouped yet, as the grouper reads them."""
    states: dict[str, list[tuple[int, str]]] = {}
    for row in store.iter_dicts(STATE_MENTION_SQL):
        for mention in json.loads(row["mentions"]):
            states.setdefault(row["article_id"], []).append((mention["start"], row["country"]))
    items = []
    # the articles of ungrouped claims are the last stored ones: reading from the first one's
    # place skips the stored row groups (and their texts) instead of scanning every article
    first = store.con.execute("SELECT min(a.seq) FROM claims c JOIN articles a ON a.id = c.article_id "
                              "WHERE c.group_key IS NULL").fetchall()[0][0]
    for row in store.iter_dicts(CLAIM_SQL, [first or 0]):
        named = frozenset(country for start, country in states.get(row["article_id"], [])
                          if row["evidence_start"] <= start < row["evidence_end"])
        items.append(ClaimItem(row["id"], row["value"], row["unit"], row["subject"] or "", row["date"], row["dct"],
                               row["after"] or "", named, row["scope"]))
    return items


def update_claim_groups(store: Store) -> int:
    """Group the claims not grouped yet, regrouping only the grouped claims that share a
    key with them (`ClaimGrouper`), which the store keeps with each claim: the cost does
    not grow with the store. Returns the number of groups."""
    items = _ungrouped_claims(store)
    if items:
        keys = {item.claim_id: group_key(item) for item in items}
        with store.registered({"_keys": pa.table({"key": sorted(set(keys.values()))})}):
            grouper = ClaimGrouper(store.con.execute(
                "SELECT group_key, group_day, id FROM claims WHERE group_key IN (SELECT key FROM _keys)").fetchall())
        assigned = grouper.add(items)
        groups = pa.table({"claim_id": pa.array(list(assigned), pa.string()),
                           "group_id": pa.array(list(assigned.values()), pa.string())})
        new = pa.table({"claim_id": pa.array(list(keys), pa.string()), "group_key": pa.array(list(keys.values()), pa.string()),
                        "group_day": pa.array([claim_day(item) for item in items], pa.date32())})
        store.apply({"_groups": groups, "_new": new}, [
            "UPDATE claims SET group_id = g.group_id FROM _groups g WHERE claims.id = g.claim_id",
            "UPDATE claims SET group_key = n.group_key, group_day = n.group_day FROM _new n WHERE claims.id = n.claim_id",
        ])
    return store.con.execute("SELECT count(DISTINCT group_id) FROM claims").fetchall()[0][0]


_STORY_REF = re.compile(r"\bS\d+\b")  # the clusterer's story ids in its reasons

# The clusterer reads only an article's title and lead: the text is cut here, so memory
# stays small however large the store.
STORY_SQL = f"""
SELECT a.id, a.source_id, a.outlet, a.title, a.dct, substring(a.text, 1, {2 * LEAD_CHARS}) AS text, d.duplicate_of
FROM articles a LEFT JOIN duplicates d ON d.article_id = a.id
{{where}}
ORDER BY a.seq, a.part
"""
STORY_ACTOR_SQL = "SELECT article_id, actor_id, confidence, mentions FROM actors {where}"
STORY_EVENT_SQL = "SELECT article_id, source, recipient FROM events {where}"
MEMBER_SQL = """
SELECT a.id, a.source_id, a.outlet, a.title, a.dct, l.story_id FROM story_links l JOIN articles a ON a.id = l.article_id
WHERE l.story_id IN (SELECT story_id FROM _affected)
"""
_NEW_ONLY = "WHERE {column} IN (SELECT id FROM _new)"
STATE_KEY = "story_clusterer"
# The stored clusterer state is valid only for the clustering code that wrote it.
# The clustering code, and the outlet identity that lists a story's outlets.
_CODE = content_hash("".join(Path(module.__file__).read_bytes().decode("utf-8") for module in (cluster, metadata)))


@dataclass
class StoryState:
    """What extending the stories needs from the last clustering: the clusterer itself,
    its story ids -> stored ids, each story's earliest (date, article) mark, and the
    ordering times of the last article in store order and of the latest one."""

    clusterer: StoryClusterer
    stable: dict[str, str]
    earliest: dict[str, tuple[str, str]]
    last_in_store: datetime
    latest: datetime
    articles: int
    code: str = _CODE


def _story_actors(store: Store, where: str = "") -> dict[str, tuple[str, ...]]:
    """The actors each article is about (`sorot.stories.cluster.is_about`)."""
    actors: dict[str, set[str]] = {}
    for row in store.iter_dicts(STORY_ACTOR_SQL.format(where=where)):
        mentions = ((m["text"], m["start"]) for m in json.loads(row["mentions"]))
        if is_about(row["actor_id"], row["confidence"], mentions):
            actors.setdefault(row["article_id"], set()).add(row["actor_id"])
    return {article: tuple(sorted(ids)) for article, ids in actors.items()}


def _story_events(store: Store, where: str = "") -> dict[str, tuple[str, ...]]:
    """The signatures of the events each article reports (`sorot.stories.cluster.signatures`)."""
    events: dict[str, list[list[str]]] = {}
    for row in store.iter_dicts(STORY_EVENT_SQL.format(where=where)):
        sides = [*json.loads(row["source"] or "[]"), *json.loads(row["recipient"] or "[]")]
        events.setdefault(row["article_id"], []).append([actor["actor_id"] for actor in sides])
    return {article: signatures(actor_ids) for article, actor_ids in events.items()}


def _docs(store: Store, rows: list[dict], where: str = "") -> list[StoryDoc]:
    """The clustering documents of the article rows (near-duplicates left out), with the
    actors and event signatures of the articles that ``where`` selects."""
    actors, events = _story_actors(store, where), _story_events(store, where)
    return [StoryDoc(row["id"], parse_dct(row["dct"]), row["title"], row["text"], actors.get(row["id"], ()), row["outlet"],
                     events.get(row["id"], ()))
            for row in rows if not row["duplicate_of"]]


def _mark(row: dict) -> tuple[str, str]:
    return (row["dct"] or "", row["id"])


def update_stories(store: Store, new_ids: set[str] | None = None) -> int:
    """Give the articles ``new_ids`` (just stored) their stories: the stored clusterer
    takes them when they are all published after everything it has seen, at a cost that
    does not grow with the store; otherwise every article is clustered again
    (`rebuild_stories`). Both give the same stories. Returns the number of stories."""
    if new_ids:
        state = _load(store, STATE_KEY, StoryState)
        if state is not None and (count := _extend_stories(store, state, new_ids)) is not None:
            return count
    return rebuild_stories(store)


def rebuild_stories(store: Store) -> int:
    """Cluster every stored article into stories, in publication order; a near-duplicate
    joins the story of the article it copies. Returns the number of stories."""
    rows = list(store.iter_dicts(STORY_SQL.format(where="")))
    docs = _docs(store, rows)
    clusterer = StoryClusterer()
    story_of: dict[str, str] = {}
    reason_of: dict[str, str] = {}
    for doc in publication_order(docs):
        assignment = clusterer.add(doc)
        story_of[doc.id], reason_of[doc.id] = assignment.story_id, assignment.reason
    times = ordering_times(doc.published for doc in docs)
    state = StoryState(clusterer, {}, {}, times[-1] if times else EARLIEST, max(times, default=EARLIEST), len(docs))
    story_of, reason_of = _copies_and_ids(state, rows, story_of, reason_of)
    by_id = {row["id"]: row for row in rows}
    members: dict[str, list[dict]] = {}
    for article_id, story_id in story_of.items():
        members.setdefault(story_id, []).append(by_id[article_id])
    _write_stories(store, state, members, story_of, reason_of, ["DELETE FROM stories", "DELETE FROM story_links"])
    return len(members)


def _extend_stories(store: Store, state: StoryState, new_ids: set[str]) -> int | None:
    """The new articles added to the stored clusterer; None (nothing written) when that
    would not give what clustering everything again gives."""
    if state.code != _CODE:
        return None
    with store.registered({"_new": pa.table({"id": sorted(new_ids)})}):
        # new articles come last in store order: reading from the first one's place skips
        # the stored row groups (and their texts) instead of scanning every article
        first = store.con.execute("SELECT min(seq) FROM articles WHERE id IN (SELECT id FROM _new)").fetchall()[0][0]
        where = _NEW_ONLY.format(column="a.id") + f" AND a.seq >= {int(first or 0)}"
        rows = list(store.iter_dicts(STORY_SQL.format(where=where)))
        docs = _docs(store, rows, _NEW_ONLY.format(column="article_id"))
    stored = store.con.execute("SELECT count(*) FROM articles a LEFT JOIN duplicates d ON d.article_id = a.id "
                               "WHERE d.duplicate_of IS NULL").fetchall()[0][0]
    times = ordering_times((doc.published for doc in docs), state.last_in_store)
    if stored != state.articles + len(docs) or any(time < state.latest for time in times):
        return None  # articles published before ones already clustered, or a store changed meanwhile
    story_of: dict[str, str] = {}
    reason_of: dict[str, str] = {}
    for doc in publication_order(docs):
        assignment = state.clusterer.add(doc)
        story_of[doc.id], reason_of[doc.id] = assignment.story_id, assignment.reason
    old_copies = {row["duplicate_of"] for row in rows if row["duplicate_of"] and row["duplicate_of"] not in story_of}
    closed: dict[str, tuple[str, tuple[str, str]]] = {}  # copy -> (stored story, its earliest mark)
    if old_copies:
        with store.registered({"_copied": pa.table({"id": sorted(old_copies)})}):
            stored_story = dict(store.con.execute(
                "SELECT article_id, story_id FROM story_links WHERE article_id IN (SELECT id FROM _copied)").fetchall())
            firsts = {story: (dct or "", first) for story, first, dct in store.con.execute(
                "SELECT s.story_id, a.id, a.dct FROM stories s JOIN articles a ON a.id = json_extract_string(s.article_ids, '$[0]') "
                "WHERE s.story_id IN (SELECT story_id FROM story_links WHERE article_id IN (SELECT id FROM _copied))").fetchall()}
        clusterer_id = {stable: own for own, stable in state.stable.items()}
        story_of.update({a: clusterer_id[s] for a, s in stored_story.items() if s in clusterer_id})
        # a copy of an article whose story can no longer be joined joins that stored story
        closed = {row["id"]: (stored_story[row["duplicate_of"]], firsts[stored_story[row["duplicate_of"]]])
                  for row in rows if row["duplicate_of"] in stored_story and stored_story[row["duplicate_of"]] not in clusterer_id}
    earliest_before = dict(state.earliest)
    story_of, reason_of = _copies_and_ids(state, rows, story_of, reason_of, new_ids)
    by_id = {row["id"]: row for row in rows}
    if any(_mark(by_id[a]) < earliest_before[own] for a, own in _own_ids(state, story_of).items()
           if own in earliest_before) or any(_mark(by_id[a]) < first for a, (_, first) in closed.items()):
        return None  # a new article would become the earliest of an older story: its id changes
    for copy, (story_id, _) in closed.items():
        story_of[copy], reason_of[copy] = story_id, f"copies {by_id[copy]['duplicate_of']}"
    state.last_in_store, state.latest, state.articles = (times[-1] if times else state.last_in_store,
                                                         max([state.latest, *times]), state.articles + len(docs))
    affected = sorted(set(story_of.values()))
    with store.registered({"_affected": pa.table({"story_id": affected})}):
        old_members = list(store.iter_dicts(MEMBER_SQL))
    members: dict[str, list[dict]] = {}
    for row in old_members:
        members.setdefault(row["story_id"], []).append(row)
    for article_id, story_id in story_of.items():
        members.setdefault(story_id, []).append(by_id[article_id])
    _write_stories(store, state, members, story_of, reason_of,
                   ["DELETE FROM stories WHERE story_id IN (SELECT story_id FROM _stories)"])
    return store.con.execute("SELECT count(*) FROM stories").fetchall()[0][0]


def _own_ids(state: StoryState, story_of: dict[str, str]) -> dict[str, str]:
    """Article -> the clusterer's story id, for articles given stored ids."""
    own_of = {stable: own for own, stable in state.stable.items()}
    return {article: own_of[stable] for article, stable in story_of.items() if stable in own_of}


def _copies_and_ids(state: StoryState, rows: list[dict], story_of: dict[str, str], reason_of: dict[str, str],
                    only: set[str] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Copies join their original's story; the clusterer's story ids become stored ids from
    the story's earliest article (copies included), so they do not depend on the order
    the articles were ingested in (``state.stable`` and ``state.earliest`` are updated)."""
    for row in rows:
        if row["duplicate_of"] and row["duplicate_of"] in story_of:
            story_of[row["id"]] = story_of[row["duplicate_of"]]
            reason_of[row["id"]] = f"copies {row['duplicate_of']}"
    by_id = {row["id"]: row for row in rows}
    for article_id, own in story_of.items():
        if article_id in by_id:
            mark = _mark(by_id[article_id])
            state.earliest[own] = min(state.earliest.get(own, mark), mark)
    for own in set(story_of.values()):
        state.stable.setdefault(own, content_hash(f"story:{state.earliest[own][1]}"))
    if only is not None:
        story_of = {a: s for a, s in story_of.items() if a in only}
    reasons = {a: _STORY_REF.sub(lambda m: state.stable.get(m.group(), m.group()), r) for a, r in reason_of.items()}
    return {a: state.stable[s] for a, s in story_of.items()}, {a: reasons[a] for a in story_of}


def _write_stories(store: Store, state: StoryState, members: dict[str, list[dict]], story_of: dict[str, str],
                   reason_of: dict[str, str], clear: list[str]) -> None:
    """Store the stories of ``members`` (all their articles), the links of the articles in
    ``story_of`` and the clusterer state, in one transaction."""
    stories = []
    for story_id, articles in members.items():
        articles.sort(key=_mark)
        days = [a["dct"] for a in articles if a["dct"]]
        stories.append({
            "story_id": story_id, "title": next((a["title"] for a in articles if a["title"]), None),
            "article_ids": json.dumps([a["id"] for a in articles]),
            "source_ids": json.dumps([a["source_id"] for a in articles]),
            "outlets": json.dumps(_outlet_names(a["outlet"] for a in articles if a["outlet"])),
            "first_seen": min(days) if days else None, "last_seen": max(days) if days else None,
        })
    table = pa.table({name: pa.array([story[name] for story in stories], pa.string()) for name in
                      ("story_id", "title", "article_ids", "source_ids", "outlets", "first_seen", "last_seen")})
    links = pa.table({"article_id": pa.array(list(story_of), pa.string()),
                      "story_id": pa.array(list(story_of.values()), pa.string()),
                      "reason": pa.array([reason_of[a] for a in story_of], pa.string())})
    # only the stories and postings that can still be joined are kept: the state stays small
    state.clusterer.close_stale()
    state.stable = {own: stable for own, stable in state.stable.items() if own in state.clusterer.stories}
    state.earliest = {own: mark for own, mark in state.earliest.items() if own in state.clusterer.stories}
    saved = pa.table({"key": [STATE_KEY], "value": [base64.b64encode(pickle.dumps(state)).decode("ascii")]})
    store.apply({"_stories": table, "_links": links, "_state": saved}, [
        *clear,
        "INSERT INTO stories SELECT * FROM _stories",
        "INSERT INTO story_links SELECT * FROM _links",
        "UPDATE articles SET story_id = l.story_id FROM _links l WHERE articles.id = l.article_id",
        f"DELETE FROM meta WHERE key = '{STATE_KEY}'",
        "INSERT INTO meta SELECT * FROM _state",
    ])


def _outlet_names(names: Iterable[str]) -> list[str]:
    """The outlets of a story, one name for each (the first in sorted order of its spellings:
    "Kabar Harian" and "kabarharian.co.id" are one outlet)."""
    chosen: dict[str, str] = {}
    for name in sorted(names):
        chosen.setdefault(outlet_identity(name), name)
    return sorted(chosen.values())


def _load(store: Store, key: str, kind: type):
    """The state of `kind` the last run stored under `key`, or None (the database is
    trusted: it is the user's own file, and a state is a pickle)."""
    rows = store.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
    if not rows:
        return None
    try:
        state = pickle.loads(base64.b64decode(rows[0][0]))
    except Exception:  # a state from another version of Sorot: start again from everything stored
        return None
    return state if isinstance(state, kind) else None

"""Exports in the formats of EXPORTS.md (version 1)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from sorot.store.db import Store

ARTICLE_SQL = """
SELECT a.id, a.source_id, a.part, a.url, a.outlet, a.title, a.author, a.editor, a.dateline, a.dct,
       a.dct_source, a.dct_evidence, a.language, a.language_confidence, a.text, a.removed_lines,
       d.duplicate_of, d.matched AS duplicate_matched, d.kind AS duplicate_kind,
       d.similarity AS duplicate_similarity, d.containment AS duplicate_containment,
       v.version, a.story_id
FROM articles a
LEFT JOIN duplicates d ON d.article_id = a.id
LEFT JOIN versions v ON v.article_id = a.id
{where}
ORDER BY a.seq, a.part
"""


def article_rows(store: Store, where: str = "", params: list | None = None) -> Iterator[dict]:
    """Articles as export records (EXPORTS.md `articles`), with a few extra fields."""
    for row in store.iter_dicts(ARTICLE_SQL.format(where=where), params):
        removed = json.loads(row.pop("removed_lines") or "[]")
        row["removed_lines"] = [line["text"] for line in removed]
        row["removed_reasons"] = [line["reason"] for line in removed]
        yield row


TIMEX_SQL = """
SELECT t.article_id, a.source_id, a.part, t.text, t.start, t."end", t.type, t.value, t.anchor
FROM timexes t JOIN articles a ON a.id = t.article_id
ORDER BY a.seq, a.part, t.start
"""


def timex_rows(store: Store) -> Iterator[dict]:
    """Temporal expressions (EXPORTS.md `timexes`)."""
    return store.iter_dicts(TIMEX_SQL)


ACTOR_SQL = """
SELECT x.article_id, a.source_id, a.part, x.actor_id, x.name, x.type, x.country, x.sector, x.role, x.mentions
FROM actors x JOIN articles a ON a.id = x.article_id
ORDER BY a.seq, a.part, x.article_id, x.actor_id
"""


def actor_rows(store: Store) -> Iterator[dict]:
    """Actors per article (EXPORTS.md `actors`), mentions as a list of {text, start, end}."""
    for row in store.iter_dicts(ACTOR_SQL):
        row["mentions"] = json.loads(row["mentions"] or "[]")
        yield row


ACTOR_LIST_SQL = """
SELECT x.actor_id, any_value(x.name) AS name, any_value(x.type) AS type, any_value(x.country) AS country,
       any_value(x.sector) AS sector, count(DISTINCT x.article_id) AS articles,
       sum(json_array_length(x.mentions)) AS mentions
FROM actors x
GROUP BY x.actor_id
ORDER BY articles DESC, mentions DESC, x.actor_id
"""


def actor_summary(store: Store, limit: int = 0) -> list[dict]:
    """Every actor with the number of articles naming it and of mentions, most frequent first."""
    sql = ACTOR_LIST_SQL + (f"LIMIT {int(limit)}" if limit else "")
    return list(store.iter_dicts(sql))


EVENT_SQL = """
SELECT e.id, e.article_id, a.source_id, a.part, a.url, a.outlet, a.dct, e.event_type, e.mode, e.context,
       e.source, e.recipient, e.date, e.date_start, e.date_end, e.location, e.attribution,
       e.trigger_text, e.trigger_start, e.trigger_end, e.evidence_start, e.evidence_end,
       substring(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence_text,
       e.confidence, e.cues, e.mentions, e.canonical_id, a.story_id
FROM events e JOIN articles a ON a.id = e.article_id
ORDER BY a.seq, a.part, e.trigger_start
"""


def event_rows(store: Store) -> Iterator[dict]:
    """Events (EXPORTS.md `events`): actors as {actor_id, name, country, sector, start, end}
    and every field's evidence as a span of the article text."""
    for row in store.iter_dicts(EVENT_SQL):
        record = {
            "id": row["id"], "article_id": row["article_id"], "source_id": row["source_id"], "part": row["part"],
            "event_type": row["event_type"], "mode": row["mode"], "context": json.loads(row["context"]),
            "source": json.loads(row["source"]), "recipient": json.loads(row["recipient"]), "date": row["date"],
            "date_evidence": None if row["date_start"] is None else {"start": row["date_start"], "end": row["date_end"]},
            "location": json.loads(row["location"]), "attribution": json.loads(row["attribution"]),
            "evidence": {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]},
            "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
            "cues": {name: {"start": span[0], "end": span[1]} for name, span in json.loads(row["cues"]).items()},
            "confidence": row["confidence"], "mentions": row["mentions"], "canonical_id": row["canonical_id"],
            "story_id": row["story_id"],
            "dct": row["dct"], "url": row["url"], "outlet": row["outlet"],
        }
        yield record


CLAIM_SQL = """
SELECT c.id, c.article_id, a.source_id, a.part, c.subject, c.value, c.unit, c.qualifier, c.approx, c.date,
       c.attribution, c.text, c.start, c."end", c.evidence_start, c.evidence_end,
       substring(a.text, c.evidence_start + 1, c.evidence_end - c.evidence_start) AS evidence_text,
       c.confidence, c.group_id, a.story_id, a.dct, a.outlet
FROM claims c JOIN articles a ON a.id = c.article_id
ORDER BY a.seq, a.part, c.start
"""


def claim_rows(store: Store) -> Iterator[dict]:
    """Numeric claims (EXPORTS.md `claims`)."""
    for row in store.iter_dicts(CLAIM_SQL):
        row["attribution"] = json.loads(row["attribution"])
        row["evidence"] = {"text": row.pop("evidence_text"), "start": row.pop("evidence_start"), "end": row.pop("evidence_end")}
        row["number"] = {"text": row.pop("text"), "start": row.pop("start"), "end": row.pop("end")}
        yield row


CANONICAL_SQL = """
SELECT canonical_id, event_type, mode, source, recipient, date, location, reports, outlets, event_ids,
       first_reported, planned_for
FROM canonical_events
ORDER BY first_reported, canonical_id
"""


def canonical_rows(store: Store) -> Iterator[dict]:
    """Canonical events (EXPORTS.md `canonical events`): one per real-world event, with the
    ids of the event mentions that report it and the number of independent outlets."""
    for row in store.iter_dicts(CANONICAL_SQL):
        for name in ("source", "recipient", "location", "event_ids"):
            row[name] = json.loads(row[name]) if row[name] else None
        for name in ("source", "recipient"):  # offsets belong to mentions, not to the merged event
            row[name] = [{k: v for k, v in actor.items() if k not in ("start", "end")} for actor in row[name] or []]
        if row["location"]:
            row["location"] = {k: v for k, v in row["location"].items() if k not in ("start", "end")}
        yield row


STORY_SQL = """
SELECT story_id, title, article_ids, source_ids, outlets, first_seen, last_seen
FROM stories ORDER BY first_seen, story_id
"""


def story_rows(store: Store) -> Iterator[dict]:
    """Stories (EXPORTS.md `stories`): the articles that report one development."""
    for row in store.iter_dicts(STORY_SQL):
        for name in ("article_ids", "source_ids", "outlets"):
            row[name] = json.loads(row[name])
        yield row


def story_detail(store: Store, prefix: str) -> tuple[dict, list[dict]] | None:
    """One story (by id or a unique id prefix) and its articles, each with why it joined."""
    found = list(store.iter_dicts("SELECT * FROM stories WHERE starts_with(story_id, ?)", [prefix]))
    if len(found) != 1:
        return None
    story = found[0]
    articles = list(store.iter_dicts(
        "SELECT a.id, a.source_id, a.outlet, a.dct, a.title, l.reason FROM story_links l JOIN articles a ON a.id = l.article_id "
        "WHERE l.story_id = ? ORDER BY a.dct, a.id", [story["story_id"]]))
    return story, articles


EXPORTERS = {
    "articles": article_rows, "timexes": timex_rows, "actors": actor_rows, "events": event_rows, "claims": claim_rows,
    "canonical-events": canonical_rows, "stories": story_rows,
}


def export(store: Store, kind: str, out: TextIO) -> int:
    """Write one JSON object a line; returns the number of records written."""
    if kind not in EXPORTERS:
        raise ValueError(f"unknown export {kind!r}; available: {', '.join(EXPORTERS)}")
    count = 0
    for record in EXPORTERS[kind](store):
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count

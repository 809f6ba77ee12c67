"""Events and claims as table columns: nested fields (actors, spans) as JSON text."""

from __future__ import annotations

import json
from collections import Counter

from sorot.events.record import Event, EventActor
from sorot.record import Article, content_hash


def event_id(article_id: str, event: Event) -> str:
    sides = ",".join(a.actor_id for a in event.source) + ">" + ",".join(a.actor_id for a in event.recipient)
    return content_hash(f"{article_id}:{event.trigger[0]}:{event.event_type}:{sides}")


def event_ids(article_id: str, events: list[Event]) -> list[str]:
    """The ids of an article's events, in order: `event_id`, and for a second event with
    the same trigger, type and actors (two modes or dates read from one verb) that id
    hashed with how many came before, so that no two rows share a key."""
    seen: Counter = Counter()
    ids = []
    for event in events:
        base = event_id(article_id, event)
        ids.append(content_hash(f"{base}:{seen[base]}") if seen[base] else base)
        seen[base] += 1
    return ids


def claim_id(article_id: str, start: int, unit: str) -> str:
    return content_hash(f"{article_id}:{start}:{unit}")


def actor_json(actor: EventActor | None) -> dict | None:
    if actor is None:
        return None
    return {"actor_id": actor.actor_id, "name": actor.name, "country": actor.country, "sector": actor.sector,
            "start": actor.start, "end": actor.end}


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def event_columns(articles: list[Article]) -> dict:
    rows = [(a, e) for a in articles for e in a.events]
    return {
        "id": [i for a in articles for i in event_ids(a.id, a.events)],
        "article_id": [a.id for a, _ in rows],
        "event_type": [e.event_type for _, e in rows],
        "mode": [e.mode for _, e in rows],
        "context": [_dump(e.context) for _, e in rows],
        "source": [_dump([actor_json(x) for x in e.source]) for _, e in rows],
        "recipient": [_dump([actor_json(x) for x in e.recipient]) for _, e in rows],
        "date": [e.date for _, e in rows],
        "date_start": [e.date_span[0] if e.date_span else None for _, e in rows],
        "date_end": [e.date_span[1] if e.date_span else None for _, e in rows],
        "location": [_dump(actor_json(e.location)) for _, e in rows],
        "attribution": [_dump(actor_json(e.attribution)) for _, e in rows],
        "trigger_text": [a.text[e.trigger[0] : e.trigger[1]] for a, e in rows],
        "trigger_start": [e.trigger[0] for _, e in rows],
        "trigger_end": [e.trigger[1] for _, e in rows],
        "evidence_start": [e.evidence[0] for _, e in rows],
        "evidence_end": [e.evidence[1] for _, e in rows],
        "confidence": [e.confidence for _, e in rows],
        "cues": [_dump({name: list(span) for name, span in e.cues.items()}) for _, e in rows],
        "mentions": [e.mentions for _, e in rows],
    }


def claim_columns(articles: list[Article]) -> dict:
    rows = [(a, c) for a in articles for c in a.claims]
    return {
        "id": [claim_id(a.id, c.start, c.unit) for a, c in rows],
        "article_id": [a.id for a, _ in rows],
        "subject": [c.subject for _, c in rows],
        "value": [c.value for _, c in rows],
        "unit": [c.unit for _, c in rows],
        "qualifier": [c.qualifier for _, c in rows],
        "approx": [c.approx for _, c in rows],
        "date": [c.date for _, c in rows],
        "attribution": [
            _dump({"actor_id": c.attribution, "name": c.attribution_name, "country": c.attribution_country}
                  if c.attribution else None)
            for _, c in rows
        ],
        "text": [c.text for _, c in rows],
        "start": [c.start for _, c in rows],
        "end": [c.end for _, c in rows],
        "evidence_start": [c.evidence_start for _, c in rows],
        "evidence_end": [c.evidence_end for _, c in rows],
        "confidence": [c.confidence for _, c in rows],
    }

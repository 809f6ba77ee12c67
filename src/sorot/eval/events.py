"""Score the events stage against the gold seeds (gold/README.md, "Matching rules").

A predicted event matches a gold event of the same page (of the same article, when the
gold event says which of the page's articles it is in) when the types are equal
and the source and recipient sets match as actors: the sets have the same size
and every gold actor pairs with its own predicted actor. Two actors match when
their countries are equal and, where the gold actor is a person or organisation,
the predicted name shares the gold name's last token (case-insensitive) or equals
one of its mentions. Three levels, each matched one-to-one on its own:
type + actors; + date (equal at the gold value's precision; a gold event without a
date needs a predicted event without one); + context (equal sets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sorot.eval.actors import name_matches
from sorot.eval.cleaning import matching_article, seed_pages
from sorot.eval.gold import GoldPage
from sorot.eval.metrics import Counts
from sorot.eval.samples import labelled_articles, read_labels
from sorot.events.record import Event, EventActor
from sorot.pipeline import Pipeline
from sorot.record import Article

LEVELS = ("type + actors", "+ date", "+ context")
EVENT_STAGES = ("clean", "language", "sentences", "time", "actors", "events")


@dataclass
class EventScore:
    levels: dict[str, Counts] = field(default_factory=lambda: {level: Counts() for level in LEVELS})
    errors: list[str] = field(default_factory=list)


def actor_matches(gold: dict, predicted: EventActor) -> bool:
    """Equal countries and, for a person or organisation, a matching name."""
    if gold.get("country") != predicted.country:
        return False
    return gold.get("type") not in ("PER", "ORG") or name_matches(gold, predicted.name)


def _gold_actor(actors: dict[str, dict], actor_id: str) -> dict:
    """A gold actor by id; ids of states that the page does not list are ISO codes."""
    if actor_id in actors:
        return actors[actor_id]
    if re.fullmatch(r"[A-Z]{3}", actor_id):
        return {"id": actor_id, "type": "GPE", "country": actor_id}
    return {"id": actor_id, "type": "ORG", "country": "?", "name": actor_id}


def sets_match(gold_ids: list[str], predicted: list[EventActor], actors: dict[str, dict]) -> bool:
    """Equal sizes and a one-to-one pairing of matching actors (small sets: search)."""
    if len(gold_ids) != len(predicted):
        return False
    gold = [_gold_actor(actors, actor_id) for actor_id in gold_ids]

    def pair(index: int, used: frozenset[int]) -> bool:
        if index == len(gold):
            return True
        return any(k not in used and actor_matches(gold[index], p) and pair(index + 1, used | {k})
                   for k, p in enumerate(predicted))

    return pair(0, frozenset())


def date_matches(gold: str | None, predicted: str | None) -> bool:
    if gold is None:
        return predicted is None
    return predicted is not None and predicted[: len(gold)] == gold


def level_matches(level: str, gold: dict, predicted: Event, actors: dict[str, dict]) -> bool:
    if gold["type"] != predicted.event_type:
        return False
    if not (sets_match(gold["source"], predicted.source, actors) and sets_match(gold["recipient"], predicted.recipient, actors)):
        return False
    if level == LEVELS[0]:
        return True
    if not date_matches(gold.get("date"), predicted.date):
        return False
    return level == LEVELS[1] or set(gold.get("context", [])) == set(predicted.context)


def gold_articles(page: GoldPage, articles: list[Article]) -> dict[int, str | None]:
    """The id of the predicted article each of a gold page's articles is (found by its
    first line), or None when none is."""
    found = {index: matching_article(gold.first_line, articles) for index, gold in enumerate(page.articles)}
    return {index: article.id if article is not None else None for index, article in found.items()}


def in_article(gold: dict, article: Article, ids: dict[int, str | None] | None) -> bool:
    """Whether a predicted event of `article` may match a gold event: a gold event that
    says which of its page's articles it is in (`ids`: `gold_articles`) matches only
    events of that article."""
    return ids is None or "article" not in gold or ids.get(gold["article"]) == article.id


def score_events(score: EventScore, label: str, predicted: list[tuple[Article, Event]], gold_events: list[dict],
                 actors: dict[str, dict], ids: dict[int, str | None] | None = None) -> None:
    """Add one document's matches at every level to `score` (`ids`: `gold_articles`)."""
    for level in LEVELS:
        counts = score.levels[level]
        used: set[int] = set()
        for gold in gold_events:
            index = next((k for k, (article, event) in enumerate(predicted)
                          if k not in used and in_article(gold, article, ids) and level_matches(level, gold, event, actors)),
                         None)
            if index is None:
                counts.fn += 1
                if level == LEVELS[0]:
                    score.errors.append(f"{label}: missed {gold['type']} {gold['source']} -> {gold['recipient']}"
                                        + (f": {gold['evidence'][:80]!r}" if "evidence" in gold else ""))
                continue
            used.add(index)
            counts.tp += 1
        counts.fp += len(predicted) - len(used)
        if level == LEVELS[0]:
            for k, (article, event) in enumerate(predicted):
                if k not in used:
                    score.errors.append(
                        f"{label}: spurious {event.event_type} {[a.actor_id for a in event.source]} -> "
                        f"{[a.actor_id for a in event.recipient]} at {article.text[event.trigger[0]:event.trigger[1]]!r}"
                    )


def score_seed_events(gold_folder: Path, pages_folder: Path) -> EventScore:
    score = EventScore()
    pipeline = Pipeline(EVENT_STAGES)
    for page, articles in seed_pages(gold_folder, pages_folder, pipeline, score.errors):
        predicted = [(article, event) for article in articles for event in article.events]
        actors = {actor["id"]: actor for actor in page.raw.get("actors", [])}
        score_events(score, page.doc, predicted, page.raw.get("events", []), actors, gold_articles(page, articles))
    return score


def score_dev_events(corpus: Path, labels: Path) -> EventScore:
    """Events on held-out development articles labelled without looking at the system's
    output (eval/data/dev_events.jsonl: ids and labels only; the texts are read from the
    corpus). Gold actors are given inline, as {name, type, country}, and from the twenty-second
    set on with their surface forms, `mentions`, which match as the seed gold's do."""
    score = EventScore()
    for doc, articles, (record, *_) in labelled_articles(corpus, read_labels(labels), score.errors):
        predicted = [(article, event) for article in articles for event in article.events]
        actors: dict[str, dict] = {}
        gold_events = []
        for gold in record["events"]:
            sides = {}
            for side in ("source", "recipient"):
                sides[side] = []
                for actor in gold.get(side) or []:
                    key = f"{actor.get('name')}|{actor.get('country')}"
                    known = actors.get(key, {}).get("mentions", [])
                    mentions = known + [m for m in actor.get("mentions", []) if m not in known]
                    actors[key] = {**actor, "id": key, "mentions": mentions}
                    sides[side].append(key)
            gold_events.append({**gold, **sides})
        score_events(score, doc, predicted, gold_events, actors)
    return score

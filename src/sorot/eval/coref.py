"""Cross-document event coreference against the gold seeds' `coref` keys.

Every gold event is matched (type + actors, as in `sorot.eval.events`) to a predicted
event of its article, which takes as many gold events as it has mentions (the sentences of
its article that report it: a repeat is folded into the first report, which is
within-document coreference); the predicted events of all pages are linked into
canonical events (`sorot.stories.canonical`). A gold event then belongs to the
canonical event of its match, or is alone when it has none. B-cubed compares that
clustering with the gold keys, and a key that spans several pages is recovered when
all its events share one canonical event.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sorot.eval.cleaning import seed_pages
from sorot.eval.events import EVENT_STAGES, LEVELS, gold_articles, in_article, level_matches
from sorot.eval.stories import bcubed
from sorot.pipeline import Pipeline
from sorot.stories.canonical import link_mentions, mention_of


@dataclass
class CorefScore:
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    keys_across_pages: int = 0
    keys_recovered: int = 0
    errors: list[str] = field(default_factory=list)


def score_seed_coref(gold_folder: Path, pages_folder: Path) -> CorefScore:
    score = CorefScore()
    pipeline = Pipeline(EVENT_STAGES)
    mentions, gold_keys, matched = [], {}, {}
    for page, articles in seed_pages(gold_folder, pages_folder, pipeline, score.errors):
        predicted = []
        for article in articles:
            for number, event in enumerate(article.events):
                event_id = f"{page.doc}#{article.part}#{number}"
                predicted.append((event_id, article, event))
                mentions.append(mention_of(
                    event_id, f"{page.doc}#{article.part}", event.event_type, event.mode,
                    [asdict(a) for a in event.source], [asdict(a) for a in event.recipient], event.date,
                    event.location.actor_id if event.location else None, event.context, article.dct,
                    article.outlet, page.doc,
                ))
        actors = {actor["id"]: actor for actor in page.raw.get("actors", [])}
        used: Counter = Counter()  # gold events matched to each predicted event
        ids = gold_articles(page, articles)
        for number, gold in enumerate(page.raw.get("events", [])):
            gold_id = f"{page.doc}:{gold.get('id', number)}"
            gold_keys[gold_id] = (gold.get("coref") or gold_id, page.doc)
            match = next((event_id for event_id, article, event in predicted
                          if used[event_id] < event.mentions and in_article(gold, article, ids)
                          and level_matches(LEVELS[0], gold, event, actors)), None)
            if match is not None:
                used[match] += 1
                matched[gold_id] = match
    canonical = {m.event_id: event.canonical_id for event in link_mentions(mentions) for m in event.mentions}
    predicted_clusters = {g: canonical.get(matched.get(g, ""), f"alone:{g}") for g in gold_keys}
    score.precision, score.recall, score.f1 = bcubed(predicted_clusters, {g: key for g, (key, _) in gold_keys.items()})
    by_key: dict[str, list[str]] = {}
    for gold_id, (key, _) in gold_keys.items():
        by_key.setdefault(key, []).append(gold_id)
    for key, members in sorted(by_key.items()):
        if len({gold_keys[g][1] for g in members}) < 2:
            continue
        score.keys_across_pages += 1
        if len({predicted_clusters[g] for g in members}) == 1:
            score.keys_recovered += 1
        else:
            score.errors.append(f"coref key {key}: split over {len({predicted_clusters[g] for g in members})} clusters")
    return score

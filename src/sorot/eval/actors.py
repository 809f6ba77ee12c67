"""Score the actors stage against the gold seeds, and on hand-judged dev-corpus articles.

Gold actors are listed per page, so the predicted actors of all articles of a page
are pooled by actor id. A predicted actor matches a gold actor (gold/README.md,
"Matching rules") when the countries are equal and
- for a person or organisation: the predicted name shares the gold name's last
  token (case-insensitive, punctuation ignored) or equals one of the gold mentions;
- for a state (GPE): the predicted actor is a state too;
- for another place (LOC): the predicted name or one of its mentions is the gold
  name or one of the gold mentions.
Each actor is matched at most once, gold actors in gold order.

Country accuracy is measured apart from that rule (which requires equal countries):
a gold actor is identified when a predicted actor has its name or one of its
mentions (any country), and the country is right when the two agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sorot.eval.cleaning import seed_pages
from sorot.eval.gold import fold
from sorot.eval.metrics import Counts
from sorot.eval.samples import labelled_articles, read_labels
from sorot.pipeline import Pipeline
from sorot.record import ArticleActor


@dataclass
class ActorScore(Counts):
    identified: int = 0
    country_right: int = 0
    errors: list[str] = field(default_factory=list)

    def country_accuracy(self) -> float:
        """Share of identified gold actors whose predicted country is right."""
        return self.country_right / self.identified if self.identified else 1.0


def _key(text: str | None) -> str:
    return (fold(text) or "").casefold()


def _words(name: str) -> list[str]:
    """The words of a name, case-folded, punctuation left out ("(South Korea)" ends in "korea")."""
    return re.findall(r"\w+", _key(name))


def same_actor(gold: dict, predicted: ArticleActor, surfaces: set[str]) -> bool:
    """The predicted actor carries the gold actor's name or one of its mentions (country ignored)."""
    gold_forms = {_key(gold["name"])} | {_key(m) for m in gold.get("mentions", [])}
    return bool(({_key(predicted.name)} | surfaces) & gold_forms)


def name_matches(gold: dict, name: str | None) -> bool:
    """A person's or organisation's name matches a gold actor's when it shares the gold
    name's last word or equals one of its mentions (gold/README.md, "Matching rules")."""
    forms = {_key(gold.get("name"))} | {_key(m) for m in gold.get("mentions", [])}
    return _words(name or "")[-1:] == _words(gold.get("name") or "")[-1:] or _key(name) in forms


def actors_match(gold: dict, predicted: ArticleActor, surfaces: set[str]) -> bool:
    """The gold matching rule; ``surfaces`` are the predicted actor's mention texts, folded."""
    if gold.get("country") != predicted.country:
        return False
    if gold["type"] in ("PER", "ORG"):
        return name_matches(gold, predicted.name)
    gold_forms = {_key(gold["name"])} | {_key(m) for m in gold.get("mentions", [])}
    if gold["type"] == "GPE":
        return predicted.type == "GPE"
    return bool(({_key(predicted.name)} | surfaces) & gold_forms)


def pool(articles: list) -> list[ArticleActor]:
    """The actors of several articles, one per actor id, with all their mentions."""
    pooled: dict[str, ArticleActor] = {}
    for article in articles:
        for actor in article.actors:
            if actor.actor_id in pooled:
                pooled[actor.actor_id].mentions.extend(actor.mentions)
            else:
                pooled[actor.actor_id] = ArticleActor(**{**actor.__dict__, "mentions": list(actor.mentions)})
    return list(pooled.values())


def score_actor_page(doc: str, gold_actors: list[dict], predicted: list[ArticleActor], score: ActorScore,
                     by_surface: bool = False) -> None:
    """Add one page's (or article's) gold actors and predicted actors to ``score``; with
    ``by_surface`` an actor of the gold one's type and country also matches by a surface form
    they share (labels that name an actor as the text writes it, not in English; a state
    does not match a place by its capital's name)."""
    surfaces = {p.actor_id: {_key(m.text) for m in p.mentions} for p in predicted}
    used: set[str] = set()

    def matches(gold: dict, p: ArticleActor) -> bool:
        return actors_match(gold, p, surfaces[p.actor_id]) or (
            by_surface and (gold.get("country"), gold["type"]) == (p.country, p.type)
            and same_actor(gold, p, surfaces[p.actor_id]))

    for gold in gold_actors:
        match = next((p for p in predicted if p.actor_id not in used and matches(gold, p)), None)
        if match is None:
            score.fn += 1
            score.errors.append(f"{doc}: missed {gold.get('id', '')} {gold['name']!r} ({gold['type']}, {gold['country']})")
            continue
        used.add(match.actor_id)
        score.tp += 1
    for gold in gold_actors:
        identified = next((p for p in predicted if same_actor(gold, p, surfaces[p.actor_id])), None)
        if identified is not None:
            score.identified += 1
            score.country_right += identified.country == gold.get("country")
            if identified.country != gold.get("country"):
                score.errors.append(f"{doc}: {gold['name']!r} coded {identified.country}, gold {gold.get('country')}")
    for p in predicted:
        if p.actor_id not in used:
            score.fp += 1
            texts = sorted({m.text for m in p.mentions})
            score.errors.append(f"{doc}: spurious {p.actor_id} ({p.type}, {p.country}) {texts}")


def score_seed_actors(gold_folder: Path, pages_folder: Path) -> ActorScore:
    score = ActorScore()
    pipeline = Pipeline(("clean", "actors"))
    for page, articles in seed_pages(gold_folder, pages_folder, pipeline, score.errors):
        score_actor_page(page.doc, page.raw.get("actors", []), pool(articles), score)
    return score


DEV_ACTORS = Path(__file__).with_name("data") / "dev_actors.jsonl"


def score_dev_actors(corpus: Path, labels: Path = DEV_ACTORS, sample: str | None = None) -> ActorScore:
    """The actors of hand-judged dev-corpus articles (eval/data/dev_actors.jsonl: corpus ids and
    each article's actors as name, type, country and surface forms), by the seeds' rule, or a
    shared surface form: the labels name the actors they add as the text writes them. Only the
    articles of ``sample`` when one is given."""
    score = ActorScore()
    for doc, articles, (record, *_) in labelled_articles(corpus, read_labels(labels, sample), score.errors):
        score_actor_page(doc, record["actors"], pool(articles), score, by_surface=True)
    return score

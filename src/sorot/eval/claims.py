"""Score the claims stage against the gold seeds, and on hand-judged dev-corpus articles.

Gold claims are listed per page; the predicted claims of all articles of a page are
pooled. A predicted claim matches a gold claim (gold/README.md, "Matching rules") when
the units are equal (case-insensitive) and the values agree within 0.5%. Each gold
claim is matched at most once, in gold order; among candidates, one whose sentence
contains the gold evidence (or is contained in it) is preferred.

Among matched claims:
- attribution is right when both are null, or the predicted actor matches the gold
  actor by the actor rule (`sorot.eval.actors.actors_match`);
- the date is right when it equals the gold value at the gold value's precision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sorot.claims.stage  # noqa: F401  (registers the "claims" stage)
from sorot.claims.extract import Claim
from sorot.eval.actors import _key, actors_match
from sorot.eval.cleaning import dct_matches, seed_pages
from sorot.eval.gold import fold
from sorot.eval.metrics import Counts
from sorot.eval.samples import labelled_articles, read_labels
from sorot.pipeline import Pipeline
from sorot.record import Article, ArticleActor

CLAIM_STAGES = ("clean", "language", "sentences", "time", "actors", "claims")


@dataclass
class ClaimScore(Counts):
    matched: int = 0
    attribution_right: int = 0
    date_right: int = 0
    errors: list[str] = field(default_factory=list)

    def attribution_accuracy(self) -> float:
        return self.attribution_right / self.matched if self.matched else 1.0

    def date_accuracy(self) -> float:
        return self.date_right / self.matched if self.matched else 1.0

    def summary(self) -> str:
        precision, recall, f1 = self.prf()
        return (
            f"claims P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn}); "
            f"attribution {self.attribution_accuracy():.3f}, date {self.date_accuracy():.3f} "
            f"of {self.matched} matched"
        )


def values_match(predicted: float, gold: float) -> bool:
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= 0.005 * abs(gold)


def units_match(predicted: str | None, gold: str | None) -> bool:
    return (fold(predicted) or "").casefold() == (fold(gold) or "").casefold()


def attribution_right(gold_id: str | None, gold_actors: dict[str, dict], predicted: ArticleActor | None) -> bool:
    if gold_id is None or predicted is None:
        return gold_id is None and predicted is None
    gold = gold_actors.get(gold_id)
    if gold is None:
        return False
    surfaces = {_key(m.text) for m in predicted.mentions}
    return actors_match(gold, predicted, surfaces)


def _describe(claim: Claim) -> str:
    return (
        f"{claim.text!r} = {claim.value:g} {claim.unit} [{claim.subject}] q={claim.qualifier} "
        f"date={claim.date} by={claim.attribution}"
    )


def _pair(gold_claims: list[dict], predicted: list[tuple[Claim, Article]]) -> list[int | None]:
    """For each gold claim in order, the index of the predicted claim it matches (each used
    once; one in the gold evidence's sentence first), or None."""
    used: set[int] = set()
    pairs: list[int | None] = []
    for gold in gold_claims:
        evidence = fold(gold.get("evidence")) or ""
        candidates = [
            i
            for i, (claim, _) in enumerate(predicted)
            if i not in used and units_match(claim.unit, gold.get("unit")) and values_match(claim.value, float(gold["value"]))
        ]

        def same_sentence(i: int) -> bool:
            claim, article = predicted[i]
            sentence = fold(article.text[claim.evidence_start : claim.evidence_end]) or ""
            return bool(evidence) and (evidence in sentence or sentence in evidence)

        candidates.sort(key=lambda i: not same_sentence(i))
        pairs.append(candidates[0] if candidates else None)
        if candidates:
            used.add(candidates[0])
    return pairs


def score_claims_page(doc: str, gold_claims: list[dict], gold_actors: list[dict], articles: list[Article], score: ClaimScore) -> None:
    predicted: list[tuple[Claim, Article]] = [(c, a) for a in articles for c in a.claims]
    actors_by_id = {g["id"]: g for g in gold_actors}
    pairs = _pair(gold_claims, predicted)
    for gold, index in zip(gold_claims, pairs):
        if index is None:
            score.fn += 1
            score.errors.append(f"{doc}: missed {gold['id']} {gold['value']} {gold['unit']} ({gold.get('subject')})")
            continue
        claim, article = predicted[index]
        score.tp += 1
        score.matched += 1
        actor = next((a for a in article.actors if a.actor_id == claim.attribution), None)
        if attribution_right(gold.get("attribution"), actors_by_id, actor):
            score.attribution_right += 1
        else:
            score.errors.append(f"{doc}: {gold['id']} attributed to {claim.attribution}, gold {gold.get('attribution')}")
        if dct_matches(claim.date, gold.get("date")):
            score.date_right += 1
        else:
            score.errors.append(f"{doc}: {gold['id']} dated {claim.date}, gold {gold.get('date')}")
    for i, (claim, _) in enumerate(predicted):
        if i not in pairs:
            score.fp += 1
            score.errors.append(f"{doc}: spurious {_describe(claim)}")


DEV_CLAIMS = Path(__file__).with_name("data") / "dev_claims.jsonl"


def score_dev_claims(corpus: Path, labels: Path = DEV_CLAIMS, sample: str | None = None) -> ClaimScore:
    """Value and unit of the claims of hand-judged dev-corpus articles (eval/data/dev_claims.jsonl:
    corpus ids, the sample each belongs to, and each article's claims as value and unit; an
    article with none lists none); only those of ``sample`` when one is given."""
    score = ClaimScore()
    for doc, articles, (record, *_) in labelled_articles(corpus, read_labels(labels, sample), score.errors):
        gold_claims = [{"id": f"{doc}#{k}", **claim} for k, claim in enumerate(record["claims"])]
        predicted = [(c, a) for a in articles for c in a.claims]
        pairs = _pair(gold_claims, predicted)
        score.tp += sum(index is not None for index in pairs)
        score.fn += sum(index is None for index in pairs)
        score.fp += len(predicted) - sum(index is not None for index in pairs)
        score.errors += [f"{doc}: missed {g['value']:g} {g['unit']}" for g, i in zip(gold_claims, pairs) if i is None]
        score.errors += [f"{doc}: spurious {_describe(c)}" for k, (c, _) in enumerate(predicted) if k not in pairs]
    return score


def score_seed_claims(gold_folder: Path, pages_folder: Path) -> ClaimScore:
    score = ClaimScore()
    pipeline = Pipeline(CLAIM_STAGES)
    for page, articles in seed_pages(gold_folder, pages_folder, pipeline, score.errors):
        score_claims_page(page.doc, page.raw.get("claims", []), page.raw.get("actors", []), articles, score)
    return score


if __name__ == "__main__":  # python -m sorot.eval.claims [GOLD_DIR PAGES_DIR]
    import sys

    shared = Path(__file__).resolve().parents[4] / "shared"
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else shared / "gold" / "seeds"
    pages_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else shared / "corpus" / "seeds"
    result = score_seed_claims(gold_dir, pages_dir)
    print(result.summary())
    for line in result.errors:
        print("  " + line)

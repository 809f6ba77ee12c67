"""Story clustering against the hand-labelled dev samples (`eval/data/dev_stories.jsonl`;
`dev_stories_2.jsonl` and `dev_stories_3.jsonl`, other articles labelled later).

The scoring functions are small and pure: a clustering is a mapping from article id to
cluster id, and only the labelled ids are scored (an id the prediction does not cover
counts as a cluster of its own).

- B-cubed: for each article, the share of its predicted cluster that shares its label
  (precision) and the share of its labelled story that it was clustered with (recall),
  averaged over articles.
- Pairwise: precision and recall of the pairs of articles put in the same cluster.
  B-cubed alone flatters (every article alone scores well when most stories are
  singletons); pairwise shows whether the multi-article stories were found.

`score_samples` clusters the whole dev corpus (unlabelled articles take part as
distractors) with `sorot.stories.cluster.StoryClusterer` and scores the labelled ids,
with the baseline "every article alone"; `python -m sorot.eval.stories` also lists the
errors and checks the threshold with a 2-fold split of the stories of the first two.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sorot.eval.metrics import prf

LABELS = Path(__file__).parent / "data" / "dev_stories.jsonl"
LABELS_2 = Path(__file__).parent / "data" / "dev_stories_2.jsonl"  # the second sample, other articles
LABELS_3 = Path(__file__).parent / "data" / "dev_stories_3.jsonl"  # the third: domestic news, held out
SAMPLES = (LABELS, LABELS_2, LABELS_3)
DEFAULT_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "corpus" / "indonews-2025-06-dev.jsonl"

Scores = tuple[float, float, float]


# ---------------------------------------------------------------- pure scoring


def _restrict(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, str]:
    """The predicted cluster of every gold id; ids not predicted are alone."""
    return {item: predicted.get(item, f"\0alone:{item}") for item in gold}


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> Scores:
    """B-cubed precision, recall and F1 of a clustering (id -> cluster) against labels
    (id -> story), over the labelled ids only."""
    if not gold:
        return 1.0, 1.0, 1.0
    pred = _restrict(predicted, gold)
    joint = Counter((pred[item], gold[item]) for item in gold)
    pred_size = Counter(pred.values())
    gold_size = Counter(gold.values())
    precision = sum(joint[pred[item], gold[item]] / pred_size[pred[item]] for item in gold) / len(gold)
    recall = sum(joint[pred[item], gold[item]] / gold_size[gold[item]] for item in gold) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> Scores:
    """Precision, recall and F1 of the article pairs clustered together, over the
    labelled ids only (no predicted pair counts as perfect precision)."""
    pred = _restrict(predicted, gold)
    both = sum(_pairs(n) for n in Counter((pred[item], gold[item]) for item in gold).values())
    predicted_pairs = sum(_pairs(n) for n in Counter(pred.values()).values())
    gold_pairs = sum(_pairs(n) for n in Counter(gold.values()).values())
    return prf(both, predicted_pairs - both, gold_pairs - both)


def singletons(gold: Mapping[str, str]) -> dict[str, str]:
    """The baseline clustering: every article alone."""
    return {item: item for item in gold}


def load_labels(path: Path = LABELS) -> dict[str, str]:
    labels: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                labels[row["id"]] = row["story"]
    return labels


def split_folds(gold: Mapping[str, str], folds: int = 2) -> list[dict[str, str]]:
    """Labelled ids split by story (a story never straddles folds), deterministically:
    stories sorted by name and dealt out in turn."""
    parts: list[dict[str, str]] = [{} for _ in range(folds)]
    for index, story in enumerate(sorted(set(gold.values()))):
        for item, label in gold.items():
            if label == story:
                parts[index % folds][item] = label
    return parts


# ---------------------------------------------------------------- the dev corpus


@dataclass
class StoryScore:
    labelled: int = 0
    stories: int = 0
    multi_stories: int = 0
    articles: int = 0
    clusters: int = 0
    seconds: float = 0.0
    bcubed: Scores = (0.0, 0.0, 0.0)
    pairwise: Scores = (0.0, 0.0, 0.0)
    baseline_bcubed: Scores = (0.0, 0.0, 0.0)
    baseline_pairwise: Scores = (0.0, 0.0, 0.0)
    predicted: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


STAGES = ("clean", "language", "sentences", "signature", "time", "actors", "events")  # what the clusterer reads


def corpus_docs(corpus_path: Path) -> list:
    """The dev corpus through the pipeline up to the `events` stage, as clustering
    documents (each record read as `sorot.api.process_text` reads it)."""
    from sorot.pipeline import Pipeline
    from sorot.record import Page, Rejection
    from sorot.stories.cluster import doc_from_article

    pipeline = Pipeline(STAGES)
    docs = []
    with open(corpus_path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            page = Page(source_id=row["id"], source_path="", fmt="record", raw=row["text"], title=row.get("title"),
                        published_raw=row.get("published_raw"), body=row["text"])
            result = pipeline.process(page)
            if isinstance(result, Rejection):
                continue
            for article in result.articles:
                doc = doc_from_article(article, outlet=row.get("outlet"))
                # The corpus id names the record; a page split into parts gets `id#part`.
                docs.append(doc if article.part == 0 else doc.renamed(f"{row['id']}#{article.part}"))
    return docs


def cluster_docs(docs: Iterable, **params) -> tuple[dict[str, str], dict[str, str], float]:
    """Story id and reason of every document, clustered in publication order, and the
    seconds the clustering took."""
    from sorot.stories.cluster import StoryClusterer, publication_order

    clusterer = StoryClusterer(**params)
    predicted: dict[str, str] = {}
    reasons: dict[str, str] = {}
    started = time.perf_counter()
    for doc in publication_order(docs):
        assignment = clusterer.add(doc)
        predicted[doc.id] = assignment.story_id
        reasons[doc.id] = assignment.reason
    return predicted, reasons, time.perf_counter() - started


def score_samples(corpus_path: Path | str = DEFAULT_CORPUS, samples: Iterable[Path] = SAMPLES,
                  docs: list | None = None) -> dict[Path, StoryScore]:
    """Cluster the whole corpus (or its `docs`, when already read) once and score the
    labelled ids of each sample."""
    docs = corpus_docs(Path(corpus_path)) if docs is None else docs
    predicted, reasons, seconds = cluster_docs(docs)
    scores = {}
    for path in samples:
        gold = load_labels(path)
        sizes = Counter(gold.values())
        scores[path] = StoryScore(
            labelled=len(gold), stories=len(sizes), multi_stories=sum(1 for n in sizes.values() if n > 1),
            articles=len(docs), clusters=len(set(predicted.values())), seconds=seconds,
            bcubed=bcubed(predicted, gold), pairwise=pairwise(predicted, gold),
            baseline_bcubed=bcubed(singletons(gold), gold), baseline_pairwise=pairwise(singletons(gold), gold),
            predicted=predicted, reasons=reasons)
    return scores


def two_fold(docs: list, gold: Mapping[str, str], thresholds: list[float]) -> list[dict]:
    """For each fold: the threshold with the best mean of B-cubed F1 and pairwise F1 on
    the other fold (the two targets), and that threshold's scores on this fold. A last
    row scores the two held-out halves together (each clustered with its own threshold)."""
    runs = {threshold: cluster_docs(docs, threshold=threshold)[0] for threshold in thresholds}
    parts = split_folds(gold)
    results = []
    held_out: dict[str, str] = {}
    for index, test in enumerate(parts):
        train = {item: label for other, part in enumerate(parts) if other != index for item, label in part.items()}

        def quality(threshold: float, train: dict[str, str] = train) -> tuple[float, float]:
            return round((bcubed(runs[threshold], train)[2] + pairwise(runs[threshold], train)[2]) / 2, 4), -threshold

        best = max(thresholds, key=quality)
        results.append({"fold": index, "threshold": best, "train": quality(best)[0],
                        "bcubed": bcubed(runs[best], test), "pairwise": pairwise(runs[best], test), "labelled": len(test)})
        held_out.update({item: f"{index}:{runs[best][item]}" for item in test if item in runs[best]})
    results.append({"fold": "both held-out halves", "threshold": None, "train": None, "bcubed": bcubed(held_out, gold),
                    "pairwise": pairwise(held_out, gold), "labelled": len(gold)})
    return results


def errors(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Wrongly joined pairs and missed pairs among the labelled ids, for review."""
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for item in gold:
        by_cluster[predicted.get(item, item)].append(item)
    wrong = [(a, b) for members in by_cluster.values() for i, a in enumerate(members) for b in members[i + 1:] if gold[a] != gold[b]]
    by_story: dict[str, list[str]] = defaultdict(list)
    for item, story in gold.items():
        by_story[story].append(item)
    missed = [(a, b) for members in by_story.values() for i, a in enumerate(members) for b in members[i + 1:]
              if predicted.get(a, a) != predicted.get(b, b)]
    return wrong, missed


def main() -> None:  # pragma: no cover - a report for people
    import sys

    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    thresholds = [round(0.2 + 0.025 * i, 3) for i in range(17)]

    def fmt(values: Scores) -> str:
        return "/".join(f"{value:.3f}" for value in values)

    docs = corpus_docs(corpus)
    for labels, score in score_samples(corpus, docs=docs).items():
        print(f"{labels.name}: labelled {score.labelled} articles, {score.stories} stories ({score.multi_stories} with 2+ articles)")
        print(f"clustered {score.articles} articles into {score.clusters} stories, {score.per_second:.0f} articles/s")
        print(f"B-cubed P/R/F1  {fmt(score.bcubed)}   baseline (alone) {fmt(score.baseline_bcubed)}")
        print(f"pairwise P/R/F1 {fmt(score.pairwise)}   baseline (alone) {fmt(score.baseline_pairwise)}")
        gold = load_labels(labels)
        wrong, missed = errors(score.predicted, gold)
        for a, b in wrong:
            print(f"wrongly joined: {a} [{gold[a]}] ~ {b} [{gold[b]}]: {score.reasons.get(b)} | {score.reasons.get(a)}")
        for a, b in missed:
            print(f"missed: {a} ~ {b} [{gold[a]}]")
    both = {item: f"{labels.stem}:{story}" for labels in SAMPLES[:2] for item, story in load_labels(labels).items()}
    print("2-fold check of the threshold on the stories of the two samples it was set on:")
    for fold in two_fold(docs, both, thresholds):
        chosen = f"threshold {fold['threshold']} (train mean F1 {fold['train']:.3f})" if fold["threshold"] else "together"
        print(f"fold {fold['fold']}: {chosen} -> B-cubed {fmt(fold['bcubed'])}, pairwise {fmt(fold['pairwise'])}"
              f" on {fold['labelled']} articles")


if __name__ == "__main__":  # pragma: no cover
    main()

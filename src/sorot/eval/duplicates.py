"""Duplicate detection on the dev corpus: recall of edited versions (its -v2 records
are later edits of an original with the same URL), precision and recall on the
hand-labelled pairs in `eval/data/dev_duplicate_pairs.jsonl`, and the closest pairs
with different URLs that were not linked, for review."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sorot.eval.metrics import prf
from sorot.ingest.sources import ReadOptions, read_paths
from sorot.pipeline import Pipeline
from sorot.record import Article, Page
from sorot.stories.dedup import DuplicateIndex, containment, similarity

VERSION_SUFFIX = "-v2"
LABELLED_PAIRS = Path(__file__).parent / "data" / "dev_duplicate_pairs.jsonl"


@dataclass
class DuplicateScore:
    articles: int = 0
    links: int = 0
    versions: int = 0
    versions_linked: int = 0
    missed: list[str] = field(default_factory=list)
    pairs_tp: int = 0
    pairs_fp: int = 0
    pairs_fn: int = 0
    closest_unlinked: list[tuple[float, float, str, str]] = field(default_factory=list)

    def pair_prf(self) -> tuple[float, float, float]:
        return prf(self.pairs_tp, self.pairs_fp, self.pairs_fn)


def corpus_articles(corpus: Path, workers: int = 2) -> list[Article]:
    pipeline = Pipeline(("clean", "signature"))
    articles = []
    for result in pipeline.pipe(read_paths([corpus], ReadOptions()), workers=workers):
        if isinstance(result, Page):
            articles.extend(article for article in result.articles if article.fingerprint)
    return articles


def closest_unlinked(articles: list[Article], index: DuplicateIndex, root: dict[str, str], top: int = 50) -> list[tuple[float, float, str, str]]:
    """The pairs with different URLs that dedup did not link, by estimated containment."""
    by_id = {article.id: article for article in articles}
    pairs = []
    for article in articles:
        for other_id in index.candidates(article.fingerprint):
            other = by_id[other_id]
            if other_id >= article.id or other.url == article.url or root[other_id] == root[article.id]:
                continue
            jaccard = similarity(article.fingerprint.minhash, other.fingerprint.minhash)
            pairs.append((round(containment(article.fingerprint, other.fingerprint, jaccard), 3), round(jaccard, 3), other.source_id, article.source_id))
    return sorted(pairs, reverse=True)[:top]


def _score_labelled_pairs(score: DuplicateScore, by_source: dict[str, Article], root: dict[str, str]) -> None:
    for line in LABELLED_PAIRS.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        first, second = by_source.get(pair["a"]), by_source.get(pair["b"])
        if first is None or second is None:
            continue
        linked = root[first.id] == root[second.id]
        expected = pair["label"] == "duplicate"
        score.pairs_tp += linked and expected
        score.pairs_fp += linked and not expected
        score.pairs_fn += expected and not linked


def score_duplicates(corpus: Path, workers: int = 2) -> DuplicateScore:
    articles = corpus_articles(corpus, workers)
    index = DuplicateIndex()
    root: dict[str, str] = {}
    score = DuplicateScore(articles=len(articles))
    for article in articles:
        link = index.observe(article.id, article.text_hash, article.fingerprint)
        root[article.id] = link.duplicate_of if link else article.id
        score.links += link is not None
    by_source = {article.source_id: article for article in articles}
    for source_id, article in by_source.items():
        original = by_source.get(source_id.removesuffix(VERSION_SUFFIX)) if source_id.endswith(VERSION_SUFFIX) else None
        if original is None:
            continue
        score.versions += 1
        if root[article.id] == root[original.id]:
            score.versions_linked += 1
        else:
            score.missed.append(source_id)
    _score_labelled_pairs(score, by_source, root)
    score.closest_unlinked = closest_unlinked(articles, index, root)
    return score

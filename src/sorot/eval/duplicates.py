"""Near-duplicate recall on the dev corpus (its -v2 records are later edits of an
original with the same URL) and the closest pairs that were not linked, for review."""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sorot.ingest.sources import ReadOptions, read_paths
from sorot.pipeline import Pipeline
from sorot.record import Article, Page
from sorot.stories.dedup import DuplicateIndex, similarity

REVIEW_BANDS = 64
VERSION_SUFFIX = "-v2"


@dataclass
class DuplicateScore:
    articles: int = 0
    versions: int = 0
    versions_linked: int = 0
    links: int = 0
    missed: list[str] = field(default_factory=list)
    closest_unlinked: list[tuple[float, str, str]] = field(default_factory=list)


def corpus_articles(corpus: Path, workers: int = 2) -> list[Article]:
    pipeline = Pipeline(("clean", "signature"))
    articles = []
    for result in pipeline.pipe(read_paths([corpus], ReadOptions()), workers=workers):
        if isinstance(result, Page):
            articles.extend(result.articles)
    return articles


def closest_unlinked(articles: list[Article], linked: dict[str, str], top: int = 50) -> list[tuple[float, str, str]]:
    """The most similar pairs with different URLs that dedup did not link (wide LSH candidates)."""
    rows = len(articles[0].signature) // REVIEW_BANDS if articles else 1
    buckets: list[dict[tuple, list[int]]] = [defaultdict(list) for _ in range(REVIEW_BANDS)]
    best: list[tuple[float, str, str]] = []
    for position, article in enumerate(articles):
        seen: set[int] = set()
        for band in range(REVIEW_BANDS):
            key = tuple(article.signature[band * rows : (band + 1) * rows])
            seen.update(buckets[band][key])
            buckets[band][key].append(position)
        for other_position in seen:
            other = articles[other_position]
            if other.url == article.url or linked.get(article.id, article.id) == linked.get(other.id, other.id):
                continue
            pair = (similarity(article.signature, other.signature), other.source_id, article.source_id)
            if len(best) < top:
                heapq.heappush(best, pair)
            else:
                heapq.heappushpop(best, pair)
    return sorted(best, reverse=True)


def score_duplicates(corpus: Path, workers: int = 2) -> DuplicateScore:
    articles = [article for article in corpus_articles(corpus, workers) if article.signature]
    index = DuplicateIndex()
    root: dict[str, str] = {}
    by_source = {article.source_id: article for article in articles}
    score = DuplicateScore(articles=len(articles))
    for article in articles:
        link = index.observe(article.id, article.text_hash, article.signature)
        root[article.id] = link.duplicate_of if link else article.id
        score.links += link is not None
    for source_id, article in by_source.items():
        if not source_id.endswith(VERSION_SUFFIX):
            continue
        original = by_source.get(source_id[: -len(VERSION_SUFFIX)])
        if original is None:
            continue
        score.versions += 1
        if root[article.id] == root[original.id]:
            score.versions_linked += 1
        else:
            score.missed.append(f"{source_id} (similarity {similarity(article.signature, original.signature):.2f})")
    score.closest_unlinked = closest_unlinked(articles, root)
    return score

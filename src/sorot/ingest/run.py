"""`ingest`: read input, run the pipeline in worker processes, store in batches.

Per-page stages run in the workers; what needs the whole corpus (duplicate links,
version numbers) runs in the main process, in input order, so the result does not
depend on the number of workers. Each batch is one transaction: a run killed at any
moment keeps every batch it committed, and a rerun skips pages already stored
(their content-hash ids are known) and completes the rest.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sorot.ingest.sources import ReadOptions, read_paths
from sorot.pipeline import DEFAULT_STAGES, Pipeline, batched
from sorot.record import Page, Rejection
from sorot.store.canonical import update_canonical_events
from sorot.store.corpus import update_claim_groups, update_stories
from sorot.store.db import Store


@dataclass(frozen=True)
class IngestOptions:
    workers: int = 2
    batch_size: int = 256
    read: ReadOptions = field(default_factory=ReadOptions)
    stages: tuple[str, ...] = DEFAULT_STAGES


KNOWN_CHUNK = 512  # input items whose ids are looked up in the store at once


@dataclass
class IngestSummary:
    inputs: int = 0
    pages: int = 0
    articles: int = 0
    already_stored: int = 0
    new_versions: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    stories: int = 0
    canonical_events: int = 0
    claim_groups: int = 0
    corpus_seconds: float = 0.0  # spent in corpus-wide steps: duplicate links, stories, canonical events, claim groups
    rejected: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        return {**{k: v for k, v in vars(self).items() if k != "rejected"}, "rejected": dict(self.rejected)}


def _skip_known(items: Iterable[Page | Rejection], stored: Callable[[list[str]], set[str]],
                summary: IngestSummary) -> Iterator[Page | Rejection]:
    """Drop pages and rejections the store already holds (a rerun completes, it does not
    repeat) and repeats within the input; ``stored`` is asked about `KNOWN_CHUNK` ids at a time."""
    seen: set[str] = set()
    for chunk in batched(items, KNOWN_CHUNK):
        keys = [item.page_id if isinstance(item, Page) else item.id for item in chunk]
        known = stored(keys)
        for item, key in zip(chunk, keys):
            summary.inputs += 1
            if key in known or key in seen:
                summary.already_stored += 1
                continue
            seen.add(key)
            yield item


def ingest(
    paths: list[Path],
    db_path: Path,
    options: IngestOptions | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest every page under `paths` into the database at `db_path`."""
    options = options or IngestOptions()
    pipeline = Pipeline(options.stages)
    summary = IngestSummary()
    run_id = uuid.uuid4().hex[:12]
    with Store(db_path) as store:
        store.start_run(run_id, [str(path) for path in paths])
        heads: dict[tuple[str, int], int] = {}  # (url or source id, part) -> latest version, read per batch
        seq = store.next_seq()
        index = store.duplicate_index(seq)
        new_ids: set[str] = set()
        items = _skip_known(read_paths(paths, options.read), store.stored_ids, summary)
        results = pipeline.pipe(items, workers=options.workers, batch_size=options.batch_size)
        for batch in batched(results, options.batch_size):
            pages, versions, links, rejections = [], [], [], []
            started = time.perf_counter()
            index.prefetch((a.text_hash, a.fingerprint) for r in batch if isinstance(r, Page) for a in r.articles if a.fingerprint)
            summary.corpus_seconds += time.perf_counter() - started
            unread = {(a.url or a.source_id, a.part) for r in batch if isinstance(r, Page) for a in r.articles} - heads.keys()
            if unread:
                heads.update(store.version_heads(sorted(unread)))
            for result in batch:
                if isinstance(result, Rejection):
                    rejections.append((seq, result))
                    summary.rejected[result.reason] += 1
                else:
                    pages.append((seq, result))
                    summary.pages += 1
                    for article in result.articles:
                        summary.articles += 1
                        new_ids.add(article.id)
                        key = (article.url or article.source_id, article.part)
                        heads[key] = heads.get(key, 0) + 1
                        summary.new_versions += heads[key] > 1
                        versions.append((key[0], key[1], heads[key], article.id))
                        started = time.perf_counter()
                        link = index.observe(article.id, article.text_hash, article.fingerprint) if article.fingerprint else None
                        summary.corpus_seconds += time.perf_counter() - started
                        if link:
                            links.append(link)
                            summary.exact_duplicates += link.kind == "exact"
                            summary.near_duplicates += link.kind == "near"
                seq += 1
            store.write_batch(pages, versions, links, rejections, run_id)
            if progress:
                progress(len(batch))
        if summary.articles:  # nothing new: the stored stories, canonical events and groups stand
            started = time.perf_counter()
            summary.stories = update_stories(store, new_ids)
            summary.canonical_events = update_canonical_events(store)
            summary.claim_groups = update_claim_groups(store)
            summary.corpus_seconds += time.perf_counter() - started
        store.finish_run(run_id, summary.as_dict())
    return summary

"""`sorot bench`: ingest throughput on a corpus, beside baselines measured in the same run.

Each configuration runs in a fresh child process (so its peak memory is its own):
- `read only (floor)`: reading and parsing the input, no stages, no store;
- `sorot ingest, 1 worker (baseline)`: the full ingest on one process;
- `foundation stages, N workers`: clean, language, sentences and fingerprints with
  duplicate links, versions and store (the foundation's throughput target);
- `sorot ingest, N workers`: the full ingest (every default stage: also time and
  actors) with N worker processes.
Peak memory is the largest resident set of the configuration's process or of any
of its workers.

`run_stage_bench` times single stages on one core over the same articles (cleaned
once beforehand, not timed), in sentences/s and tokens/s (whitespace-separated words),
beside sentence splitting as the floor, and the NER model (not a stage yet:
`NerModel.entities` over each article's text; its per-word feature cache is warm
after the first run, as it is in a long ingest).
"""

from __future__ import annotations

import multiprocessing
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sorot.entities.ner.model import NerModel
from sorot.ingest.run import IngestOptions, ingest
from sorot.ingest.sources import ReadOptions, read_paths
from sorot.pipeline import DEFAULT_STAGES, Pipeline, registered_stages
from sorot.record import Page


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


FOUNDATION_STAGES = ("clean", "language", "sentences", "signature")


def _measure(corpus: Path, workers: int, stages: tuple[str, ...]) -> tuple[float, int, float]:
    start = time.perf_counter()
    if workers == 0:
        count = sum(1 for _ in read_paths([corpus], ReadOptions()))
    else:
        with tempfile.TemporaryDirectory() as folder:
            options = IngestOptions(workers=workers, stages=stages)
            count = ingest([corpus], Path(folder) / "bench.duckdb", options).articles
    return time.perf_counter() - start, count, _peak_rss_mb()


def _put_result(results, function: Callable, args: tuple) -> None:
    results.put(function(*args))


def in_child(function: Callable, *args):
    """``function(*args)`` run in a fresh child process (forked from this small one), so
    that what an earlier measurement left in memory does not weigh on it."""
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    process = context.Process(target=_put_result, args=(results, function, args))
    process.start()
    outcome = results.get()
    process.join()
    return outcome


def _run_isolated(corpus: Path, workers: int, stages: tuple[str, ...]) -> tuple[float, int, float]:
    return in_child(_measure, corpus, workers, stages)


def run_bench(corpus: Path, workers: int = 2, repeat: int = 3) -> list[dict]:
    size_mb = corpus.stat().st_size / 1e6
    configurations = [
        ("read only (floor)", 0, DEFAULT_STAGES),
        ("sorot ingest, 1 worker (baseline)", 1, DEFAULT_STAGES),
        (f"foundation stages, {workers} workers", workers, FOUNDATION_STAGES),
        (f"sorot ingest, {workers} workers", workers, DEFAULT_STAGES),
    ]
    rows = []
    for name, count_workers, stages in configurations:
        timings = [_run_isolated(corpus, count_workers, stages) for _ in range(repeat)]
        seconds = statistics.median(t for t, _, _ in timings)
        items = timings[0][1]
        rows.append({
            "configuration": name,
            "items": items,
            "seconds": round(seconds, 2),
            "items/s": round(items / seconds, 1),
            "MB/s": round(size_mb / seconds, 2),
            "peak RSS MB": round(max(peak for _, _, peak in timings), 1),
        })
    return rows


STAGES_TIMED = ("sentences", "language", "signature", "time", "actors", "events", "claims")


def run_stage_bench(corpus: Path, repeat: int = 3) -> list[dict]:
    pages = [item for item in Pipeline(("clean", "sentences")).pipe(read_paths([corpus], ReadOptions())) if isinstance(item, Page)]
    sentences = sum(len(article.sentences) for page in pages for article in page.articles)
    tokens = sum(len(article.text.split()) for page in pages for article in page.articles)
    stages = registered_stages()
    for page in pages:  # the events and claims stages read what time and actors add: add it once, untimed
        stages["time"](page)
        stages["actors"](page)
    timed = [(name + (" (floor)" if name == "sentences" else ""), stages[name]) for name in STAGES_TIMED if name in stages]
    timed.append(("ner (NerModel.entities)", _ner_runner()))
    rows = []
    for label, run in timed:
        timings = []
        for _ in range(repeat):
            start = time.perf_counter()
            for page in pages:
                run(page)
            timings.append(time.perf_counter() - start)
        seconds = statistics.median(timings)
        rows.append({
            "stage": label,
            "sentences": sentences,
            "seconds": round(seconds, 3),
            "sentences/s": round(sentences / seconds),
            "articles/s": round(len(pages) / seconds, 1),
            "tokens/s": round(tokens / seconds),
        })
    return rows


def _ner_runner() -> Callable[[Page], None]:
    """NER over a page's articles, timed like a stage."""
    model = NerModel.load()

    def run(page: Page) -> None:
        for article in page.articles:
            model.entities(article.text)

    return run

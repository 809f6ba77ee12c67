"""`sorot bench --scale`: does the cost per article stay flat as the corpus grows?

The dev corpus (about 1,900 articles) is expanded synthetically, for this bench only:
copy k of a record is published k weeks later, and a share of its words (title and
text) is replaced by words drawn from the corpus's own vocabulary, so copies are new
articles (not duplicates of each other) with the corpus's length, vocabulary and
layout, while their dates spread the corpus over time as a growing archive does. Each
size is ingested from scratch into a fresh database; the table gives the seconds per
article of the whole ingest and of its corpus-wide steps (duplicate links, canonical
events, claim groups, stories), beside the smallest size as the baseline. Then a
follow-up batch of `FOLLOW_UP` articles published the day after the latest one is
ingested into the same database, as a daily update of a large archive is: its cost per
article shows what an update pays for the archive already stored. A next follow-up, of
articles published after those, is ingested after it, as the next day's update is: the
first update after a bulk ingest also pays DuckDB for compacting the partly filled row
groups that the bulk ingest's checkpoints left (a one-off, larger in a larger archive),
the next one does not. Both are ingested `FOLLOW_UP_RUNS` times, each time into a fresh
copy of the archive, and the median run counts (one run of a few seconds varies by
about 20% on a shared machine). Each ingest runs in a fresh process, as a `sorot ingest`
command does.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from sorot.clean.dates import parse_published
from sorot.eval.bench import in_child
from sorot.ingest.run import IngestOptions, IngestSummary, ingest

REPLACED = 0.3  # share of words replaced in a copy
FOLLOW_UP = 200  # articles in the follow-up batch
FOLLOW_UP_RUNS = 3  # the follow-up is timed this many times, each into a fresh copy of the archive; the median counts
_WORD = re.compile(r"[^\W\d_]{3,}")


def _records(corpus: Path) -> list[dict]:
    with corpus.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class _Perturber:
    """Replaces a share of a text's words by words of the corpus's vocabulary."""

    def __init__(self, records: list[dict], seed: int) -> None:
        self.vocabulary = sorted({w for r in records[:500] for w in _WORD.findall(r.get("text") or "")})
        self.rng = random.Random(seed)

    def __call__(self, text: str) -> str:
        return _WORD.sub(lambda m: self.rng.choice(self.vocabulary) if self.rng.random() < REPLACED else m.group(), text)


def synthetic_records(corpus: Path, size: int, seed: int = 7) -> Iterator[dict]:
    """`size` records: the corpus's own, then perturbed copies a week later each round."""
    records = _records(corpus)
    perturb = _Perturber(records, seed)
    for number in range(size):
        record = dict(records[number % len(records)])
        copy = number // len(records)
        if copy:
            published = parse_published(record.get("published_raw") or "")
            if published:
                moved = datetime.fromisoformat(published) + timedelta(weeks=copy)
                record["published_raw"] = moved.isoformat(timespec="minutes")
            record["id"] = f"{record['id']}~{copy}"
            record["url"] = f"{record.get('url') or ''}#copy{copy}"
            record["title"] = perturb(record.get("title") or "")
            record["text"] = perturb(record.get("text") or "")
        yield record


def later_records(corpus: Path, size: int, after: datetime, seed: int = 11, start: int = 0) -> Iterator[dict]:
    """`size` perturbed copies of the records from `start` on, published after `after`, a
    minute apart: the next day's news."""
    records = _records(corpus)
    perturb = _Perturber(records, seed)
    for number in range(size):
        record = dict(records[(start + number) % len(records)])
        record["published_raw"] = (after + timedelta(days=1, minutes=number)).isoformat(timespec="minutes")
        record["id"] = f"{record['id']}~later{number}"
        record["url"] = f"{record.get('url') or ''}#later{number}"
        record["title"] = perturb(record.get("title") or "")
        record["text"] = perturb(record.get("text") or "")
        yield record


def _latest(path: Path) -> datetime:
    """The latest publication time among the records of a JSON Lines file."""
    times = [parse_published(json.loads(line).get("published_raw") or "") for line in path.open(encoding="utf-8")]
    return max(datetime.fromisoformat(t) for t in times if t)


def _write(path: Path, records: Iterator[dict]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _timed_ingest(path: Path, database: Path, workers: int) -> tuple[float, IngestSummary]:
    start = time.perf_counter()
    summary = ingest([path], database, IngestOptions(workers=workers))
    return time.perf_counter() - start, summary


def _copy(database: Path, target: Path) -> Path:
    """A copy of the database, on disk: the copy's writes are flushed before it is timed
    (else the follow-up's checkpoint waits for them)."""
    shutil.copyfile(database, target)
    handle = os.open(target, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
    return target


def _median(runs: list[tuple[float, IngestSummary]]) -> tuple[float, IngestSummary]:
    return sorted(runs, key=lambda run: run[0])[len(runs) // 2]


def run_scale_bench(corpus: Path, sizes: list[int], workers: int = 2) -> list[dict]:
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "scale.duckdb"
            path = _write(Path(folder) / f"synthetic-{size}.jsonl", synthetic_records(corpus, size))
            seconds, summary = in_child(_timed_ingest, path, database, workers)
            first = _write(Path(folder) / "follow-up.jsonl", later_records(corpus, FOLLOW_UP, _latest(path)))
            nxt = _write(Path(folder) / "next.jsonl", later_records(corpus, FOLLOW_UP, _latest(first), seed=13, start=FOLLOW_UP))
            firsts, nexts = [], []
            for run in range(FOLLOW_UP_RUNS):  # each into its own copy of the archive
                copy = _copy(database, Path(folder) / f"follow-up-{run}.duckdb")
                firsts.append(in_child(_timed_ingest, first, copy, workers))
                nexts.append(in_child(_timed_ingest, nxt, copy, workers))
                copy.unlink()
        (first_seconds, update), (next_seconds, later) = _median(firsts), _median(nexts)
        articles, added = max(summary.articles, 1), max(update.articles, 1)
        rows.append({
            "articles": summary.articles,
            "ingest ms/article": round(1000 * seconds / articles, 3),
            "corpus steps ms/article": round(1000 * summary.corpus_seconds / articles, 3),
            f"follow-up of {FOLLOW_UP}: ms/article": round(1000 * first_seconds / added, 3),
            "follow-up corpus steps ms/article": round(1000 * update.corpus_seconds / added, 3),
            "next follow-up ms/article": round(1000 * next_seconds / max(later.articles, 1), 3),
            "canonical events": summary.canonical_events,
            "claim groups": summary.claim_groups,
        })
    base = rows[0]
    for row in rows:
        row["ingest vs smallest"] = round(row["ingest ms/article"] / base["ingest ms/article"], 2)
        row["corpus steps vs smallest"] = round(row["corpus steps ms/article"] / max(base["corpus steps ms/article"], 1e-9), 2)
        row["follow-up vs smallest"] = round(row[f"follow-up of {FOLLOW_UP}: ms/article"]
                                             / base[f"follow-up of {FOLLOW_UP}: ms/article"], 2)
        row["next follow-up vs smallest"] = round(row["next follow-up ms/article"] / base["next follow-up ms/article"], 2)
    return rows

"""The Python API: process a text or a folder and get records back, without a database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sorot.ingest.sources import ReadOptions, read_paths
from sorot.pipeline import DEFAULT_STAGES, Pipeline
from sorot.record import Article, Page, Rejection


def process_text(text: str, *, title: str | None = None, published_raw: str | None = None, source_id: str = "text") -> list[Article]:
    """Articles in one scraped page (plain text). A page whose title and date are known
    (a record) passes them; otherwise they are read from the page."""
    page = Page(source_id=source_id, source_path="", fmt="text" if title is None else "record", raw=text,
                title=title, published_raw=published_raw, body=text)
    result = Pipeline(DEFAULT_STAGES).process(page)
    return [] if isinstance(result, Rejection) else result.articles


def process_paths(*paths: str | Path, workers: int = 1, options: ReadOptions | None = None) -> Iterator[Article | Rejection]:
    """Articles and rejections from files and folders, in input order."""
    pipeline = Pipeline(DEFAULT_STAGES)
    items = read_paths([Path(path) for path in paths], options or ReadOptions())
    for result in pipeline.pipe(items, workers=workers):
        if isinstance(result, Rejection):
            yield result
        else:
            yield from result.articles

"""Canonical events in the store: news arriving in order is linked by reading only the
events it may join, and any order of ingests gives the events one ingest gives."""

from __future__ import annotations

from pathlib import Path

import duckdb

from conftest import EXAMPLES
from sorot.ingest.run import IngestOptions, ingest
from sorot.store import canonical
from sorot.stories.cluster import parse_dct

TABLES = {
    "canonical_events": "SELECT * FROM canonical_events",
    "canonical_blocks": "SELECT * FROM canonical_blocks",
    "events": "SELECT id, canonical_id FROM events",
}


def _canonical(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    tables = {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in TABLES.items()}
    con.close()
    return tables


def _ingested(db: Path, paths: list[Path]) -> Path:
    ingest(paths, db, IngestOptions(workers=1))
    return db


def _example_paths() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.name != "README.md")


def _in_publication_order(db: Path, paths: list[Path]) -> list[Path]:
    """The example files of one article each, by its publication time."""
    con = duckdb.connect(str(db), read_only=True)
    day = dict(con.execute("SELECT p.source_path, min(a.dct) FROM pages p JOIN articles a ON a.page_id = p.page_id "
                           "GROUP BY ALL HAVING count(*) = 1").fetchall())
    con.close()
    return sorted((p for p in paths if str(p) in day), key=lambda p: parse_dct(day[str(p)]))


def test_news_ingested_in_publication_order_is_linked_incrementally_as_one_ingest_links_it(tmp_path, monkeypatch):
    paths = _in_publication_order(_ingested(tmp_path / "all.duckdb", _example_paths()), _example_paths())
    whole = _ingested(tmp_path / "whole.duckdb", paths)
    incremental = []
    in_order = canonical._in_order
    monkeypatch.setattr(canonical, "_in_order", lambda *args: incremental.append(in_order(*args)) or incremental[-1])
    parts = tmp_path / "parts.duckdb"
    for path in paths:
        ingest([path], parts, IngestOptions(workers=1))
    expected = _canonical(whole)
    assert expected["canonical_events"] and _canonical(parts) == expected
    assert len(incremental) > 3 and not incremental[0] and all(incremental[1:])  # the first run links everything


def test_news_ingested_out_of_order_is_linked_again_as_one_ingest_links_it(tmp_path):
    paths = _example_paths()
    whole = _ingested(tmp_path / "whole.duckdb", paths)
    parts = tmp_path / "parts.duckdb"
    for path in reversed(_in_publication_order(whole, paths)):
        ingest([path], parts, IngestOptions(workers=1))
    ingest(paths, parts, IngestOptions(workers=1))  # the rest: the archive page and the records of several days
    assert _canonical(parts) == _canonical(whole)

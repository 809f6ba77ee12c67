"""Stories in the store: every article gets one, ids are stable, exports and commands follow the contract."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, shared_path
from sorot.clean.dates import parse_published
from sorot.cli import app
from sorot.store import corpus
from sorot.stories import cluster
from sorot.stories.cluster import EARLIEST, parse_dct

STORY_FIELDS = {"story_id", "title", "article_ids", "source_ids", "outlets", "first_seen", "last_seen"}


def _ingest(db_path, *paths):
    result = CliRunner().invoke(app, ["ingest", "--db", str(db_path), "--workers", "1", *map(str, paths)])
    assert result.exit_code == 0, result.output


def _stories(db_path) -> dict[str, str]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return dict(con.execute("SELECT id, story_id FROM articles").fetchall())
    finally:
        con.close()


def test_every_article_has_a_story_and_copies_share_their_original_s(db_path):
    _ingest(db_path, EXAMPLES)
    stories = _stories(db_path)
    assert stories and all(stories.values())
    con = duckdb.connect(str(db_path), read_only=True)
    pairs = con.execute("SELECT article_id, duplicate_of FROM duplicates").fetchall()
    reasons = dict(con.execute("SELECT article_id, reason FROM story_links").fetchall())
    con.close()
    for copy, original in pairs:
        assert stories[copy] == stories[original]
        assert reasons[copy] == f"copies {original}"
    assert all(reason.startswith(("new story", "joined because", "copies")) for reason in reasons.values())


def test_story_ids_do_not_depend_on_ingest_order(tmp_path):
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))
    first, second = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    _ingest(first, *files)
    for path in reversed(files):  # one at a time, last first: copies come before their originals
        _ingest(second, path)
    one, two = _stories(first), _stories(second)
    assert one == two
    con = duckdb.connect(str(second), read_only=True)
    copies = con.execute("SELECT count(*) FROM duplicates").fetchone()[0]
    con.close()
    assert copies >= 1  # the examples hold a syndicated copy, so the order matters


def test_stories_export_and_commands(db_path):
    _ingest(db_path, EXAMPLES)
    exported = CliRunner().invoke(app, ["export", "stories", "--db", str(db_path)])
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert records and all(STORY_FIELDS <= set(r) for r in records)
    assert sorted(i for r in records for i in r["article_ids"]) == sorted(_stories(db_path))
    biggest = max(records, key=lambda r: len(r["article_ids"]))
    shown = CliRunner().invoke(app, ["story", biggest["story_id"][:8], "--db", str(db_path), "--format", "json"])
    assert shown.exit_code == 0
    assert sorted(json.loads(line)["id"] for line in shown.stdout.splitlines()) == sorted(biggest["article_ids"])
    missing = CliRunner().invoke(app, ["story", "zzzz", "--db", str(db_path)])
    assert missing.exit_code == 1


def _story_tables(db_path) -> tuple:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return (sorted(con.execute("SELECT id, story_id FROM articles").fetchall()),
                sorted(con.execute("SELECT * FROM story_links").fetchall()),
                sorted(con.execute("SELECT * FROM stories").fetchall()),
                sorted(con.execute("SELECT id, group_id FROM claims").fetchall()))
    finally:
        con.close()


def _dev_records(count: int) -> list[dict]:
    corpus = shared_path("data", "corpus", "indonews-2025-06-dev.jsonl")
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()[:count]]
    return sorted(records, key=lambda r: (parse_dct(parse_published(r["published_raw"])) or EARLIEST, r["id"]))


def _in_order_parts_equal_one_ingest(tmp_path, monkeypatch, records: list[dict], cuts: list[int]) -> None:
    """Ingesting ``records`` in parts cut at ``cuts`` (publication order) stores the
    stories and claim groups of one ingest, and every part after the first extends the
    stored state: nothing is clustered again."""
    whole, parts = tmp_path / "whole.duckdb", tmp_path / "parts.duckdb"
    (tmp_path / "all.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    _ingest(whole, tmp_path / "all.jsonl")
    bounds = [0, *cuts, len(records)]
    for number, (start, end) in enumerate(zip(bounds, bounds[1:])):
        path = tmp_path / f"part{number}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records[start:end]), encoding="utf-8")
        if number:
            monkeypatch.setattr(corpus, "rebuild_stories", lambda store: pytest.fail("clustered everything again"))
        _ingest(parts, path)
    assert _story_tables(parts) == _story_tables(whole)


def test_later_articles_extend_the_stored_stories_and_claim_groups_as_redoing_everything_would(tmp_path, monkeypatch):
    _in_order_parts_equal_one_ingest(tmp_path, monkeypatch, _dev_records(240), [120, 200])


def test_an_undated_first_article_does_not_close_the_stories_a_later_ingest_extends(tmp_path, monkeypatch):
    undated = {"id": "undated", "url": "https://example.org/undated", "title": "Warga membersihkan selokan",
               "published_raw": "", "text": "Warga kampung membersihkan selokan bersama setiap pekan. "
               "Kegiatan gotong royong itu diikuti ibu-ibu dan anak muda setempat."}
    # the stored state must still hold the stories open after the first part
    _in_order_parts_equal_one_ingest(tmp_path, monkeypatch, [undated, *_dev_records(120)], [61])


def test_older_articles_cluster_everything_again_with_the_same_result(tmp_path):
    records = _dev_records(160)
    whole, parts = tmp_path / "whole.duckdb", tmp_path / "parts.duckdb"
    (tmp_path / "all.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    _ingest(whole, tmp_path / "all.jsonl")
    for number, chunk in enumerate((records[80:], records[:80])):  # the later half first
        path = tmp_path / f"part{number}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
        _ingest(parts, path)
    (ids, _, stories, groups), (whole_ids, _, whole_stories, whole_groups) = _story_tables(parts), _story_tables(whole)
    # the same stories and claim groups; a reason may name another closest article among ones published at the same time
    assert (ids, stories, groups) == (whole_ids, whole_stories, whole_groups)


def test_a_late_copy_of_an_old_article_joins_its_closed_story_without_clustering_everything(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "SWEEP", 10)  # close stale stories often, as a large store does
    records = _dev_records(60)
    original = next(r for r in records if len(r["text"]) > 1500)
    copy = {**original, "id": "late-copy", "url": "https://example.org/late-copy",
            "published_raw": "2025-12-01T08:00+07:00"}
    whole, parts = tmp_path / "whole.duckdb", tmp_path / "parts.duckdb"
    (tmp_path / "all.jsonl").write_text("".join(json.dumps(r) + "\n" for r in [*records, copy]), encoding="utf-8")
    _ingest(whole, tmp_path / "all.jsonl")
    (tmp_path / "old.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "copy.jsonl").write_text(json.dumps(copy) + "\n", encoding="utf-8")
    _ingest(parts, tmp_path / "old.jsonl")
    monkeypatch.setattr(corpus, "rebuild_stories", lambda store: pytest.fail("clustered everything again"))
    _ingest(parts, tmp_path / "copy.jsonl")
    assert _story_tables(parts) == _story_tables(whole)
    con = duckdb.connect(str(parts), read_only=True)
    reason = con.execute("SELECT reason FROM story_links l JOIN articles a ON a.id = l.article_id "
                         "WHERE a.source_id = 'late-copy'").fetchone()[0]
    con.close()
    assert reason.startswith("copies ")

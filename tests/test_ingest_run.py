from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import EXAMPLES, SCRAPED_PAGE, REPO
from sorot.ingest.run import IngestOptions, ingest
from sorot.store import canonical, corpus
from sorot.store.db import Store, StoreError
from sorot.store.schema import RUN_COLUMNS, TABLES, column_names

BODY = (
    "Pemerintah kota menyiapkan posko pengungsian bagi warga yang rumahnya terendam banjir sejak pagi. "
    "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak dengan perahu karet. "
    "Ketinggian air di beberapa titik mencapai satu meter, kata petugas di lokasi."
)


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every stored row that the input determines (run ids and timestamps left out, and the
    states of the story clusterer and the canonical event linker, which each ingest that
    adds articles replaces)."""
    con = duckdb.connect(str(db), read_only=True)
    snapshot = {}
    for table in TABLES:
        if table == "runs":
            continue
        columns = [name for name in column_names(table) if name not in RUN_COLUMNS]
        quoted = ", ".join(f'"{name}"' for name in columns)
        where = f" WHERE key NOT IN ('{corpus.STATE_KEY}', '{canonical.STATE_KEY}')" if table == "meta" else ""
        snapshot[table] = sorted(con.execute(f"SELECT {quoted} FROM {table}{where}").fetchall(), key=repr)
    con.close()
    return snapshot


def _write_records(path: Path, count: int, start: int = 0) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(start, start + count):
            if i % 400 == 7:
                handle.write('{"id": "broken", "text": \n')
            text = f"Liputan{i}.com, Jakarta - Berita nomor {i} tentang kota ke-{i}. " + BODY.replace("pagi", f"pagi ke-{i}") * (1 + i % 3)
            handle.write(json.dumps({"id": f"r{i}", "url": f"https://x.id/{i}", "title": f"Berita {i}", "text": text}) + "\n")


def test_ingest_examples_then_again_adds_nothing(db_path):
    first = ingest([EXAMPLES], db_path, IngestOptions(workers=1))
    assert first.articles >= 12 and first.near_duplicates >= 1
    before = _snapshot(db_path)
    second = ingest([EXAMPLES], db_path, IngestOptions(workers=1))
    assert second.articles == 0 and second.already_stored == first.pages + sum(first.rejected.values())
    assert _snapshot(db_path) == before


def test_a_page_given_twice_in_one_run_is_stored_once_whatever_the_chunks(tmp_path, monkeypatch):
    import sorot.ingest.run as run

    once = ingest([EXAMPLES], tmp_path / "once.duckdb", IngestOptions(workers=1))
    monkeypatch.setattr(run, "KNOWN_CHUNK", 3)  # repeats fall in other chunks than their first copy
    twice = ingest([EXAMPLES, EXAMPLES], tmp_path / "twice.duckdb", IngestOptions(workers=1, batch_size=2))
    assert twice.inputs == 2 * once.inputs and twice.already_stored == once.inputs
    assert _snapshot(tmp_path / "twice.duckdb") == _snapshot(tmp_path / "once.duckdb")


@pytest.mark.parametrize("batch_size", [1, 3])
def test_edits_of_one_page_in_one_run_get_the_next_version_numbers(tmp_path, db_path, batch_size):
    record = {"id": "v1", "url": "https://x.id/berita", "title": "Banjir", "text": BODY}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    ingest([tmp_path / "a.jsonl"], db_path, IngestOptions(workers=1))
    edits = [{**record, "id": f"v{n}", "text": BODY + " Tambahan." * n} for n in (2, 3, 4)]
    (tmp_path / "b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in edits))
    summary = ingest([tmp_path / "b.jsonl"], db_path, IngestOptions(workers=1, batch_size=batch_size))
    assert summary.new_versions == 3
    with Store(db_path, read_only=True) as store:
        _, rows = store.query("SELECT v.version, a.source_id FROM versions v JOIN articles a ON a.id = v.article_id ORDER BY 1")
    assert rows == [(1, "v1"), (2, "v2"), (3, "v3"), (4, "v4")]


def test_ingest_same_result_with_one_or_two_workers(tmp_path):
    ingest([EXAMPLES], tmp_path / "one.duckdb", IngestOptions(workers=1))
    ingest([EXAMPLES], tmp_path / "two.duckdb", IngestOptions(workers=2, batch_size=3))
    assert _snapshot(tmp_path / "one.duckdb") == _snapshot(tmp_path / "two.duckdb")


def test_ingest_changed_page_at_same_url_is_new_version(tmp_path, db_path):
    record = {"id": "v1", "url": "https://x.id/berita", "title": "Banjir", "text": BODY}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    ingest([tmp_path / "a.jsonl"], db_path, IngestOptions(workers=1))
    edited = {**record, "id": "v2", "text": BODY + " Pemerintah menambah dua posko baru pada sore hari."}
    (tmp_path / "b.jsonl").write_text(json.dumps(edited) + "\n")
    summary = ingest([tmp_path / "b.jsonl"], db_path, IngestOptions(workers=1))
    assert summary.new_versions == 1 and summary.near_duplicates == 1
    with Store(db_path, read_only=True) as store:
        _, rows = store.query("SELECT v.version, a.source_id FROM versions v JOIN articles a ON a.id = v.article_id ORDER BY 1")
    assert rows == [(1, "v1"), (2, "v2")]


def test_ingest_bad_inputs_rejected_and_stored_rows_kept(tmp_path, db_path):
    ingest([EXAMPLES], db_path, IngestOptions(workers=1))
    before = _snapshot(db_path)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "empty.txt").write_text("")
    (bad / "broken.jsonl").write_text('{"id": "x", "text": \n')
    (bad / "nocols.csv").write_text("a,b\n1,2\n")
    (bad / "ok.txt").write_text(SCRAPED_PAGE)
    summary = ingest([bad], db_path, IngestOptions(workers=2))
    assert dict(summary.rejected) == {"binary": 1, "empty": 1, "malformed_record": 1, "missing_columns": 1}
    assert summary.articles == 1
    after = _snapshot(db_path)
    for table, rows in before.items():
        assert {repr(row) for row in rows} <= {repr(row) for row in after[table]}, table


def test_ingest_refuses_newer_schema(db_path):
    ingest([EXAMPLES], db_path, IngestOptions(workers=1))
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db_path)


@pytest.mark.slow
def test_ingest_killed_midway_then_rerun_equals_uninterrupted(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _write_records(corpus, 3000)
    reference = tmp_path / "reference.duckdb"
    ingest([corpus], reference, IngestOptions(workers=2, batch_size=50))

    killed = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "sorot.cli", "ingest", "--db", str(killed), "--batch-size", "50", str(corpus)]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    # The writer holds DuckDB's file lock, so watch the files grow instead of querying.
    deadline = time.time() + 120
    while time.time() < deadline and _stored_bytes(killed) < 2_000_000:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    partial = _committed_articles(killed)
    assert 0 < partial < 3000, "the kill must land midway"

    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert _snapshot(killed) == _snapshot(reference)


def _stored_bytes(db: Path) -> int:
    return sum(path.stat().st_size for path in (db, Path(f"{db}.wal")) if path.exists())


def _committed_articles(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_ingest_in_several_runs_links_the_duplicates_one_run_links(tmp_path):
    """An ingest reads only the stored duplicate buckets its new articles fall in; the
    links must be those of one run that holds everything in memory."""
    paths = sorted(p for p in EXAMPLES.iterdir() if p.name != "README.md")
    whole = tmp_path / "whole.duckdb"
    ingest(paths, whole, IngestOptions(workers=1))
    parts = tmp_path / "parts.duckdb"
    for path in paths:
        ingest([path], parts, IngestOptions(workers=1))
    query = "SELECT article_id, duplicate_of, matched, kind, similarity, containment FROM duplicates ORDER BY ALL"
    links = [duckdb.connect(str(db), read_only=True).execute(query).fetchall() for db in (whole, parts)]
    assert links[0] and links[1] == links[0]

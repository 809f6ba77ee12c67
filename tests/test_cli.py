from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from sorot.cli import app

EXPORT_FIELDS = {
    "id", "source_id", "part", "url", "outlet", "title", "author", "dct", "dct_source", "language", "text",
    "removed_lines", "duplicate_of", "story_id",
}


@pytest.fixture
def ingested(db_path):
    result = CliRunner().invoke(app, ["ingest", "--db", str(db_path), "--workers", "1", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return db_path


def test_cli_ingest_prints_summary_with_rejections(db_path):
    result = CliRunner().invoke(app, ["ingest", "--db", str(db_path), "--workers", "1", str(EXAMPLES)])
    assert result.exit_code == 0
    assert "articles stored" in result.output and "unsupported_format" in result.output


def test_cli_status_counts(ingested):
    result = CliRunner().invoke(app, ["status", "--db", str(ingested)])
    assert result.exit_code == 0 and "articles" in result.output and "published_raw" in result.output


def test_cli_articles_json_lines(ingested):
    result = CliRunner().invoke(app, ["articles", "--db", str(ingested), "--format", "json", "--limit", "0"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) >= 12 and all(row["language"] == "id" for row in rows)


def test_cli_export_articles_follows_contract(ingested, tmp_path):
    target = tmp_path / "articles.jsonl"
    result = CliRunner().invoke(app, ["export", "articles", "--db", str(ingested), "--format", "jsonl", "-o", str(target)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert records and all(EXPORT_FIELDS <= set(record) for record in records)
    archive = [r for r in records if r["source_id"] == "03_suara_arsip_tag_asean.txt"]
    assert [r["part"] for r in archive] == [0, 1]
    copies = [r for r in records if r["duplicate_of"]]
    assert copies and all(isinstance(r["removed_lines"], list) for r in records)
    assert all(r["title"] is None or r["title"] not in r["text"].split("\n")[0] for r in records)


def test_cli_show_article_by_prefix(ingested):
    listing = CliRunner().invoke(app, ["articles", "--db", str(ingested), "--format", "json", "--limit", "1"])
    article_id = json.loads(listing.stdout.splitlines()[0])["id"]
    result = CliRunner().invoke(app, ["show", article_id[:8], "--db", str(ingested)])
    assert result.exit_code == 0 and "removed lines" in result.output


def test_cli_missing_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["status", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no database" in result.output


def test_cli_unknown_article_is_a_clear_error(ingested):
    result = CliRunner().invoke(app, ["show", "zzzz", "--db", str(ingested)])
    assert result.exit_code == 1 and "no article" in result.output


def test_cli_bad_field_mapping_is_usage_error(db_path):
    result = CliRunner().invoke(app, ["ingest", "--db", str(db_path), "--field", "text", str(EXAMPLES)])
    assert result.exit_code == 2


TIMEX_FIELDS = {"article_id", "source_id", "part", "text", "start", "end", "type", "value", "anchor"}


def test_cli_export_timexes_follows_contract(ingested, tmp_path):
    articles_file, timexes_file = tmp_path / "articles.jsonl", tmp_path / "timexes.jsonl"
    CliRunner().invoke(app, ["export", "articles", "--db", str(ingested), "-o", str(articles_file)])
    result = CliRunner().invoke(app, ["export", "timexes", "--db", str(ingested), "-o", str(timexes_file)])
    assert result.exit_code == 0
    texts = {r["id"]: r["text"] for r in map(json.loads, articles_file.read_text(encoding="utf-8").splitlines())}
    timexes = [json.loads(line) for line in timexes_file.read_text(encoding="utf-8").splitlines()]
    assert len(timexes) >= 50 and all(TIMEX_FIELDS <= set(t) for t in timexes)
    assert all(texts[t["article_id"]][t["start"] : t["end"]] == t["text"] for t in timexes)
    assert {t["type"] for t in timexes} >= {"DATE", "DURATION"}


# --- sorot actors: list (bare and `list`), show, add ----------------------------------------


@pytest.fixture
def kb_copy(tmp_path):
    import shutil

    from sorot.entities.knowledge import KB_FOLDER

    folder = tmp_path / "kb"
    shutil.copytree(KB_FOLDER, folder)
    return folder


def test_cli_actors_bare_and_list_agree(ingested):
    bare = CliRunner().invoke(app, ["actors", "--db", str(ingested), "--format", "json", "--limit", "5"])
    listed = CliRunner().invoke(app, ["actors", "list", "--db", str(ingested), "--format", "json", "--limit", "5"])
    assert bare.exit_code == 0 and listed.exit_code == 0
    assert bare.stdout == listed.stdout and len(bare.stdout.splitlines()) == 5


def test_cli_actors_add_then_show(kb_copy, tmp_path):
    args = ["actors", "add", "PER:rahmat-hidayat-contoh", "--name", "Rahmat Hidayat", "--country", "IDN", "--sector", "GOV",
            "--alias", "Rahmat Hidayat", "--office", "Kepala Badan Contoh Daerah", "--start", "2025-03-01", "--kb", str(kb_copy)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "added PER:rahmat-hidayat-contoh" in result.output and "people.json" in result.output
    [record] = [r for r in json.loads((kb_copy / "people.json").read_text(encoding="utf-8"))["records"]
                if r["id"] == "PER:rahmat-hidayat-contoh"]
    assert record["offices"] == [{"title": "Kepala Badan Contoh Daerah", "country": "IDN", "sector": "GOV",
                                  "start": "2025-03-01", "end": None}]
    shown = CliRunner().invoke(app, ["actors", "show", "Rahmat Hidayat", "--kb", str(kb_copy), "--db", str(tmp_path / "none.duckdb")])
    assert shown.exit_code == 0 and "Kepala Badan Contoh Daerah" in shown.output and "2025-03-01" in shown.output


def test_cli_actors_show_says_an_actor_takes_no_part_in_events(tmp_path):
    shown = CliRunner().invoke(app, ["actors", "show", "PER:erling-haaland", "--db", str(tmp_path / "none.duckdb")])
    assert shown.exit_code == 0 and "NOR" in shown.output and "takes no part in events" in shown.output
    shown = CliRunner().invoke(app, ["actors", "show", "PER:prabowo-subianto", "--db", str(tmp_path / "none.duckdb")])
    assert shown.exit_code == 0 and "takes no part in events" not in shown.output


def test_cli_actors_add_short_form_and_json_record(kb_copy):
    result = CliRunner().invoke(app, ["actors", "add", "IDN:BADAN-CONTOH", "--name", "Sample Agency", "--country", "IDN",
                                      "--sector", "GOV", "--alias", "Badan Contoh Nasional", "--short", "BCN",
                                      "--case-sensitive", "BCN", "--kb", str(kb_copy)])
    assert result.exit_code == 0, result.output
    [record] = [r for r in json.loads((kb_copy / "organisations.json").read_text(encoding="utf-8"))["records"]
                if r["id"] == "IDN:BADAN-CONTOH"]
    assert record["aliases"] == ["Badan Contoh Nasional", {"text": "BCN", "kind": "short", "case_sensitive": True}]
    region = json.dumps({"name": "Teluk Sunyi", "type": "LOC", "country": None, "sector": None, "aliases": ["Teluk Sunyi"]})
    result = CliRunner().invoke(app, ["actors", "add", "LOC:teluk-sunyi", "--json", region, "--kb", str(kb_copy)])
    assert result.exit_code == 0 and "regions.json" in result.output


def test_cli_actors_add_refuses_a_clash_with_a_clear_message(kb_copy):
    before = (kb_copy / "people.json").read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "add", "PER:putin-lain", "--name", "Putin Lain", "--country", "RUS",
                                      "--sector", "GOV", "--alias", "Putin", "--kb", str(kb_copy)])
    assert result.exit_code == 1
    assert "alias 'Putin' of PER:putin-lain also names PER:vladimir-putin" in " ".join(result.output.split())
    duplicate = CliRunner().invoke(app, ["actors", "add", "PRK", "--name", "Korea", "--type", "GPE", "--country", "PRK",
                                         "--sector", "GOV", "--kb", str(kb_copy)])
    assert duplicate.exit_code == 1 and "already in states.json" in " ".join(duplicate.output.split())
    assert (kb_copy / "people.json").read_text(encoding="utf-8") == before

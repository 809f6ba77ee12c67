"""Event and claim exports follow EXPORTS.md; the GDELT-like CSV has a row per source-recipient pair."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from sorot.cli import app
from sorot.store.gdelt import COLUMNS

EVENT_FIELDS = {"id", "article_id", "source_id", "part", "event_type", "mode", "context", "source", "recipient", "date",
                "location", "attribution", "evidence", "trigger", "confidence", "canonical_id"}
CLAIM_FIELDS = {"id", "article_id", "source_id", "part", "subject", "value", "unit", "qualifier", "approx", "date",
                "attribution", "evidence", "group_id"}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("exports") / "exports.duckdb"
    result = CliRunner().invoke(app, ["ingest", "--db", str(db_path), "--workers", "1", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return db_path


def _export(db_path, kind, *options):
    result = CliRunner().invoke(app, ["export", kind, "--db", str(db_path), *options])
    assert result.exit_code == 0, result.output
    return result.stdout


def _texts(db_path) -> dict[str, str]:
    return {r["id"]: r["text"] for r in map(json.loads, _export(db_path, "articles").splitlines())}


def test_event_records_carry_the_contract_fields_and_offsets_into_the_text(ingested):
    texts = _texts(ingested)
    events = [json.loads(line) for line in _export(ingested, "events").splitlines()]
    assert events
    for event in events:
        assert EVENT_FIELDS <= set(event)
        text = texts[event["article_id"]]
        for span in (event["evidence"], event["trigger"]):
            assert text[span["start"] : span["end"]] == span["text"]
        for actor in event["source"] + event["recipient"]:
            assert {"actor_id", "name", "country", "sector"} <= set(actor)
            assert event["evidence"]["start"] <= actor["start"] < actor["end"] <= event["evidence"]["end"]


def test_claim_records_carry_the_contract_fields_and_their_number(ingested):
    texts = _texts(ingested)
    claims = [json.loads(line) for line in _export(ingested, "claims").splitlines()]
    assert claims
    for claim in claims:
        assert CLAIM_FIELDS <= set(claim) and claim["group_id"]
        number = claim["number"]
        assert texts[claim["article_id"]][number["start"] : number["end"]] == number["text"]


def test_gdelt_csv_has_a_row_for_every_source_recipient_pair(ingested):
    events = [json.loads(line) for line in _export(ingested, "events").splitlines()]
    rows = list(csv.DictReader(io.StringIO(_export(ingested, "events", "--format", "gdelt"))))
    assert list(rows[0]) == COLUMNS
    expected = sum(len(e["source"]) * max(1, len(e["recipient"])) for e in events)
    assert len(rows) == expected
    assert all(row["EventCode"] in {e["event_type"] for e in events} for row in rows)
    assert all(int(row["NumMentions"]) >= 1 for row in rows)


def test_gdelt_is_refused_for_other_exports(ingested):
    result = CliRunner().invoke(app, ["export", "claims", "--db", str(ingested), "--format", "gdelt"])
    assert result.exit_code == 1

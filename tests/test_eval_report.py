"""Tests for sorot.eval.report: what the eval table shows."""

from __future__ import annotations

import json
from pathlib import Path

import sorot.eval.report as report
from sorot.eval.actors import ActorScore


def test_a_held_out_round_of_actor_labels_shows_its_scores_but_not_its_errors(monkeypatch) -> None:
    def fake_score(corpus: Path, sample: str | None = None) -> ActorScore:
        return ActorScore(tp=1, fp=1, fn=1, identified=1, country_right=1, errors=[f"{sample}: missed 'X' (PER, IDN)"])

    monkeypatch.setattr(report, "score_dev_actors", fake_score)
    rows = report._dev_actor_rows(Path("unused.jsonl"))
    errors = [row["detail"] for row in rows if row["metric"] == "dev actor error"]
    scored = [row["metric"] for row in rows if row["metric"].endswith("P/R/F1")]
    assert len(scored) == len(report.ACTOR_ROUNDS) and report.HELD_OUT_ACTOR_ROUNDS < set(report.ACTOR_ROUNDS)
    assert errors and not [e for e in errors if e.split(":")[0] in report.HELD_OUT_ACTOR_ROUNDS]


def test_dev_event_labels_match_an_actor_by_one_of_its_mentions(tmp_path: Path) -> None:
    from sorot.eval.events import LEVELS, score_dev_events

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "title": "Satgas bekerja sama", "published_raw": "Senin, 16 Juni 2025",
                                  "text": "Satgas PASTI menjalin kerja sama dengan Komdigi untuk memberantas pinjol."}) + "\n",
                      encoding="utf-8")
    task_force = {"name": "Task Force for Illegal Financial Activities", "type": "ORG", "country": "IDN"}
    ministry = {"name": "Ministry of Communication and Digital Affairs of Indonesia", "type": "ORG", "country": "IDN"}
    for mentions, found in (([], 0), (["Satgas PASTI"], 1)):
        event = {"type": "COOPERATE", "source": [{**task_force, "mentions": mentions}], "recipient": [ministry]}
        labels = tmp_path / "labels.jsonl"
        labels.write_text(json.dumps({"id": "a1", "events": [event]}) + "\n", encoding="utf-8")
        assert score_dev_events(corpus, labels).levels[LEVELS[0]].tp == found

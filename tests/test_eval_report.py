"""Tests for sorot.eval.report: what the eval table shows."""

from __future__ import annotations

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

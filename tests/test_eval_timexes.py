"""Tests for sorot.eval.timexes: the seed gold scorer and the timeqty-inline recall."""

from __future__ import annotations

from pathlib import Path

from conftest import one_record_sample, shared_path

from sorot.eval.timexes import TimexScore, _plain_with_time_spans, score_dev_timexes, score_seed_timexes, timeqty_recall


def test_time_inline_tags_are_stripped_and_time_spans_kept() -> None:
    line = "Rapat <ORGANIZATION>DPRD</ORGANIZATION> digelar <TIME>Senin (3/2)</TIME> di <LOCATION>Bogor</LOCATION> ."
    sentence, spans = _plain_with_time_spans(line)
    assert sentence == "Rapat DPRD digelar Senin (3/2) di Bogor ."
    assert [sentence[a:b] for a, b in spans] == ["Senin (3/2)"]


def test_time_score_arithmetic() -> None:
    score = TimexScore(tp=8, fp=2, fn=0, values_right=6, values_total=8)
    precision, recall, f1 = score.prf()
    assert precision == 0.8 and recall == 1.0
    assert abs(f1 - 2 * 0.8 / 1.8) < 1e-9
    assert score.value_accuracy() == 0.75
    assert TimexScore().prf()[2] == 1.0


def test_time_timeqty_recall_counts_overlaps(tmp_path: Path) -> None:
    sample = tmp_path / "inline.txt"
    sample.write_text(
        "Banjir surut <TIME>Kamis (6/2/2025)</TIME> sore .\nWarga kembali ke rumah <TIME>pekan lalu</TIME> .\n"
        "Tidak ada waktu di sini .\n",
        encoding="utf-8",
    )
    assert timeqty_recall(sample) == (2, 2)


def test_time_seed_gold_recognition_and_values() -> None:
    gold = shared_path("gold", "seeds")
    pages = shared_path("corpus", "seeds")
    with_gold_dct = score_seed_timexes(gold, pages, use_gold_dct=True)
    assert with_gold_dct.prf()[2] >= 0.95, with_gold_dct.errors
    assert with_gold_dct.value_accuracy() >= 0.95, with_gold_dct.errors
    with_our_dct = score_seed_timexes(gold, pages, use_gold_dct=False)
    assert with_our_dct.prf()[2] >= 0.95, with_our_dct.errors


def test_time_timeqty_test_recall() -> None:
    found, total = timeqty_recall(shared_path("data", "ner", "timeqty-inline", "data_test.txt"))
    assert total > 0 and found / total >= 0.95


def test_time_dev_sample_scores_span_and_value(tmp_path: Path) -> None:
    text = "Menteri tiba di Jakarta pada Senin (16/6/2025). Ia menginap selama dua hari."
    rows = [
        {"text": "Senin (16/6/2025)", "value": "2025-06-16", "sample": "uniform"},  # right
        {"text": "dua hari", "value": "P3D", "sample": "uniform"},  # tagged P2D: wrong value
        {"text": "Jakarta", "value": None, "sample": "rare-shape"},  # no time, none tagged: right
        {"text": "Menteri tiba", "value": "2025-06-16", "sample": "rare-shape"},  # nothing tagged: wrong
    ]
    corpus, labels = one_record_sample(
        tmp_path, text, [{"id": "a1", "article": 0, "start": text.index(r["text"]) + 3, **r} for r in rows])
    score = score_dev_timexes(corpus, labels)
    assert (score.right["uniform"], score.total["uniform"]) == (1, 2)
    assert (score.right["rare-shape"], score.total["rare-shape"]) == (1, 2)
    assert len(score.errors) == 2 and "tagged 'dua hari' P2D" in score.errors[0]


def test_time_dev_sample_accuracy() -> None:
    score = score_dev_timexes(shared_path("data", "corpus", "indonews-2025-06-dev.jsonl"))
    assert score.total["uniform"] == 160 and score.accuracy("uniform") >= 0.9, score.errors
    assert score.accuracy("rare-shape") >= 0.88 and score.accuracy("uniform-2") >= 0.9, score.errors

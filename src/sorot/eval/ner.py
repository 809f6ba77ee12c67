"""Entity-level NER scores on CoNLL-style test files: exact span and type, as conlleval counts them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sorot.entities.ner.data import read_conll, spans
from sorot.entities.ner.model import NerModel
from sorot.eval.metrics import prf

TYPES = ("PER", "ORG", "LOC")


@dataclass
class NerScore:
    """True positive, false positive and false negative entity counts per type."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, gold: list[str], predicted: list[str]) -> None:
        """Count one sentence's gold and predicted BIO tags."""
        gold_spans, predicted_spans = set(spans(gold)), set(spans(predicted))
        for span in predicted_spans:
            (self.tp if span in gold_spans else self.fp)[span[2]] += 1
        for span in gold_spans - predicted_spans:
            self.fn[span[2]] += 1

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """P/R/F1 of one type, or micro-averaged over all types when ``kind`` is None."""
        if kind is not None:
            return prf(self.tp[kind], self.fp[kind], self.fn[kind])
        return prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def table(self) -> dict[str, tuple[float, float, float]]:
        """Per-type and micro P/R/F1."""
        return {**{kind: self.prf(kind) for kind in TYPES}, "micro": self.prf()}


def score_ner_test(path: Path, label_map: dict[str, str], model: NerModel | None = None, domain: str | None = None) -> NerScore:
    """Score ``model`` (default: the shipped one) on a test file whose labels ``label_map``
    maps to PER/ORG/LOC; ``domain`` picks the training set's annotation to follow."""
    model = model or NerModel.load()
    score = NerScore()
    for tokens, gold in read_conll(path, label_map):
        score.add(gold, model.tag(tokens, domain))
    return score

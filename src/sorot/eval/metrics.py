"""Shared scoring arithmetic."""

from __future__ import annotations

from dataclasses import dataclass


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (an empty side counts as perfect, as in conlleval)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Counts:
    """True positives, false positives and false negatives of one scorer."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)

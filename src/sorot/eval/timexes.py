"""Score the time stage: recognition and value accuracy against the gold seeds, value
accuracy on a hand-checked sample of the dev corpus's timexes, and detection recall on the
TIME spans of an inline-tagged NER corpus."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sorot.eval.cleaning import matching_article, process_file
from sorot.eval.gold import load_gold
from sorot.eval.metrics import Counts
from sorot.eval.samples import labelled_articles, read_labels
from sorot.pipeline import Pipeline
from sorot.time.tagger import Timex, tag_timexes

_INLINE_TAG = re.compile(r"</?([A-Z]+)>")


@dataclass
class TimexScore(Counts):
    """Recognition counts (a prediction matches a gold timex when the spans overlap) and
    value accuracy over the matched pairs."""

    values_right: int = 0
    values_total: int = 0
    errors: list[str] = field(default_factory=list)

    def value_accuracy(self) -> float:
        return self.values_right / self.values_total if self.values_total else 1.0


@dataclass(frozen=True)
class _GoldSpan:
    start: int
    end: int
    text: str
    value: str | None


def _locate(text: str, gold: list[dict]) -> tuple[list[_GoldSpan], list[str]]:
    """Find each gold timex in the article text, in order: a repeated surface string is
    searched for after the previous occurrence of the same string, and an occurrence
    inside another gold timex ("tahun lalu" in "Juni tahun lalu") is passed over."""
    spans: list[_GoldSpan] = []
    missing: list[str] = []
    searched_from: dict[str, int] = {}
    for item in gold:
        surface = item["text"]
        pattern = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
        position = searched_from.get(surface, 0)
        while (found := pattern.search(text, position)) and any(
            s.start < found.end() and found.start() < s.end for s in spans
        ):
            position = found.start() + 1
        if found is None:
            missing.append(surface)
            continue
        searched_from[surface] = found.end()
        spans.append(_GoldSpan(found.start(), found.end(), surface, item.get("value")))
    return spans, missing


def _score_article(doc: str, gold: list[_GoldSpan], predicted: list[Timex], score: TimexScore) -> None:
    used: set[int] = set()
    for span in gold:
        match = next(
            (i for i, p in enumerate(predicted) if i not in used and p.start < span.end and span.start < p.end), None
        )
        if match is None:
            score.fn += 1
            score.errors.append(f"{doc}: missed {span.text!r} ({span.value})")
            continue
        used.add(match)
        score.tp += 1
        score.values_total += 1
        guess = predicted[match]
        if guess.value == span.value:
            score.values_right += 1
        else:
            score.errors.append(f"{doc}: {span.text!r} valued {guess.value} (gold {span.value}) as {guess.text!r}")
    for i, guess in enumerate(predicted):
        if i not in used:
            score.fp += 1
            score.errors.append(f"{doc}: spurious {guess.text!r} ({guess.value})")


def score_seed_timexes(gold_folder: Path, pages_folder: Path, use_gold_dct: bool) -> TimexScore:
    """Tag every gold article's text as the clean stage gives it and compare with the
    gold timexes; `use_gold_dct` passes the gold DCT instead of ours, to isolate the
    time stage from DCT inference."""
    score = TimexScore()
    for page in load_gold(gold_folder):
        articles = process_file(pages_folder / page.doc, Pipeline(("clean",)))
        for index, gold_article in enumerate(page.articles):
            gold = [t for t in page.raw.get("timexes", []) if t.get("article") == index]
            article = matching_article(gold_article.first_line, articles)
            if article is None:
                score.fn += len(gold)
                score.errors.append(f"{page.doc}#{index}: article not found")
                continue
            spans, missing = _locate(article.text, gold)
            score.fn += len(missing)
            score.errors.extend(f"{page.doc}#{index}: gold {text!r} not in our text" for text in missing)
            dct = gold_article.dct if use_gold_dct else article.dct
            _score_article(f"{page.doc}#{index}", spans, tag_timexes(article.text, dct), score)
    return score


DEV_TIMEXES = Path(__file__).with_name("data") / "dev_timexes.jsonl"


@dataclass
class DevTimexScore:
    """Per sample ("uniform", "rare-shape", "uniform-2"): how many labelled expressions the
    tagger got right (same span and value, the type not compared; for a label that is no time
    expression, no timex there)."""

    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)

    def accuracy(self, sample: str) -> float:
        return self.right[sample] / self.total[sample] if self.total[sample] else 1.0


def _label_span(text: str, label: dict) -> tuple[int, int] | None:
    """The labelled expression's span in our article text: at its offsets, else its
    occurrence nearest to them (the offsets shift if cleaning changes)."""
    surface = label["text"]
    if text.startswith(surface, label["start"]):
        return label["start"], label["start"] + len(surface)
    found = [m.start() for m in re.finditer(re.escape(surface), text)]
    if not found:
        return None
    start = min(found, key=lambda position: abs(position - label["start"]))
    return start, start + len(surface)


def score_dev_timexes(corpus: Path, labels: Path = DEV_TIMEXES) -> DevTimexScore:
    """Tag the labelled dev-corpus articles and compare with the hand-checked expressions
    (eval/data/dev_timexes.jsonl: corpus ids, offsets, surface strings and values)."""
    score = DevTimexScore()
    for doc, articles, doc_labels in labelled_articles(corpus, read_labels(labels), score.errors):
        for label in doc_labels:
            _score_label(doc, articles, label, score)
    return score


def _score_label(doc: str, articles: list, label: dict, score: DevTimexScore) -> None:
    sample = label["sample"]
    score.total[sample] += 1
    article = articles[label["article"]] if label["article"] < len(articles) else None
    span = None if article is None else _label_span(article.text, label)
    if span is None:
        score.errors.append(f"{doc}: {label['text']!r} not in our text")
        return
    start, end = span
    overlapping = [t for t in article.timexes if t.start < end and start < t.end]
    if label["value"] is None:
        right = not overlapping
    else:
        right = any((t.start, t.end, t.value) == (start, end, label["value"]) for t in overlapping)
    if right:
        score.right[sample] += 1
    else:
        got = ", ".join(f"{t.text!r} {t.value}" for t in overlapping) or "nothing"
        score.errors.append(f"{doc}: {label['text']!r} should be {label['value']}, tagged {got}")


def _plain_with_time_spans(line: str) -> tuple[str, list[tuple[int, int]]]:
    """The sentence without inline tags and the offsets of its TIME spans."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length, opened = 0, None
    position = 0
    for tag in _INLINE_TAG.finditer(line):
        piece = line[position : tag.start()]
        parts.append(piece)
        length += len(piece)
        position = tag.end()
        if tag.group(1) == "TIME":
            if tag.group(0).startswith("</"):
                if opened is not None:
                    spans.append((opened, length))
                opened = None
            else:
                opened = length
    parts.append(line[position:])
    return "".join(parts), spans


def timeqty_recall(path: Path) -> tuple[int, int]:
    """(found, total) TIME spans of an inline-tagged file such as
    ``<TIME>Kamis (25/9/2014)</TIME>``; a span is found when a predicted timex overlaps it."""
    found = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        sentence, spans = _plain_with_time_spans(line)
        if not spans:
            continue
        predicted = tag_timexes(sentence, None)
        total += len(spans)
        found += sum(any(t.start < end and start < t.end for t in predicted) for start, end in spans)
    return found, total

"""The CoNLL-style NER sets in ../shared/data/ner: reading, mapping labels to PER/ORG/LOC,
and removing test sentences from training data.

A sentence is a pair (tokens, BIO tags). Labels outside the mapping become ``O``, and an
``I-`` that does not continue an entity of its type becomes ``B-`` so that every
sentence is valid BIO.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

Sentence = tuple[list[str], list[str]]

IDNER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
NERGRIT_LABELS = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}
NERUGM_LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
NERP_LABELS = {"PPL": "PER", "PLC": "LOC", "IND": "ORG"}


@dataclass(frozen=True)
class Dataset:
    """One set: its folder under the data root, split file names and label mapping."""

    folder: str
    train: str
    test: str
    labels: dict[str, str]

    def path(self, root: Path, split: str) -> Path:
        """The file of ``split`` ("train" or "test") under the data root."""
        return root / self.folder / (self.train if split == "train" else self.test)


DATASETS = {
    "idner": Dataset("idner-news-2k", "train.txt", "test.txt", IDNER_LABELS),
    "nerugm": Dataset("nerugm", "train.tsv", "test.tsv", NERUGM_LABELS),
    "nergrit": Dataset("nergrit", "train.txt", "test.txt", NERGRIT_LABELS),
    "nerp": Dataset("nerp", "train.txt", "test.txt", NERP_LABELS),
}
# Sets whose test split is reported: their test sentences never enter training.
REPORTED_TESTS = ("idner", "nergrit", "nerp")
DEFAULT_DATA_ROOT = Path("../shared/data/ner")


def read_conll(path: Path, labels: dict[str, str]) -> list[Sentence]:
    """Token in the first column, tag in the last; a blank line ends a sentence."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                if tokens:
                    sentences.append((tokens, repair_bio(tags)))
                    tokens, tags = [], []
                continue
            tokens.append(parts[0])
            tags.append(map_tag(parts[-1], labels))
    if tokens:
        sentences.append((tokens, repair_bio(tags)))
    return sentences


def map_tag(tag: str, labels: dict[str, str]) -> str:
    """A set's tag in PER/ORG/LOC terms (``B-PERSON`` -> ``B-PER``); unmapped types become ``O``."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    mapped = labels.get(kind)
    return f"{prefix}-{mapped}" if mapped else "O"


def repair_bio(tags: list[str]) -> list[str]:
    """``I-`` that does not continue an entity of its type becomes ``B-``."""
    fixed, previous = [], "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans (start, end, type) of a BIO sequence, end exclusive, as conlleval reads them."""
    found, start, kind = [], 0, None
    for index, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != kind:
            if kind is not None:
                found.append((start, index, kind))
            start, kind = index, (None if tag == "O" else tag[2:])
    return found


_NOT_ALNUM = re.compile(r"[^0-9a-z]")
_PREFIX_CHARS = 60
_MIN_PREFIX_KEY = 40


def _normalised(tokens: list[str]) -> str:
    """Lowercase letters and digits only: the same sentence tokenised differently
    (NER-UGM splits quotes and punctuation unlike idner-news-2k) gives the same key."""
    return _NOT_ALNUM.sub("", "".join(tokens).lower())


class HeldOutSentences:
    """The sentences of test splits, matched tokenisation-insensitively: on the normalised
    string and, for long sentences, on its first 60 characters (a sentence split or
    joined differently in another set keeps its opening)."""

    def __init__(self, sentences: list[list[str]]) -> None:
        self._keys: set[str] = set()
        self._prefixes: set[str] = set()
        for tokens in sentences:
            key = _normalised(tokens)
            self._keys.add(key)
            if len(key) > _MIN_PREFIX_KEY:
                self._prefixes.add(key[:_PREFIX_CHARS])

    def __contains__(self, tokens: list[str]) -> bool:
        key = _normalised(tokens)
        return key in self._keys or (len(key) > _MIN_PREFIX_KEY and key[:_PREFIX_CHARS] in self._prefixes)


def load_test_sentences(root: Path, names: tuple[str, ...] = REPORTED_TESTS) -> HeldOutSentences:
    """The test sentences of every named set present under ``root``."""
    sentences = []
    for name in names:
        dataset = DATASETS[name]
        path = dataset.path(root, "test")
        if path.exists():
            sentences += [tokens for tokens, _ in read_conll(path, dataset.labels)]
    return HeldOutSentences(sentences)


def training_sentences(root: Path, names: tuple[str, ...], exclude: HeldOutSentences) -> tuple[list[tuple[list[str], list[str], str]], int]:
    """(tokens, tags, set name) of the named train splits without any excluded sentence,
    and how many sentences were removed."""
    kept, removed = [], 0
    for name in names:
        dataset = DATASETS[name]
        for tokens, tags in read_conll(dataset.path(root, "train"), dataset.labels):
            if tokens in exclude:
                removed += 1
            else:
                kept.append((tokens, tags, name))
    return kept, removed

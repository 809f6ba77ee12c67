"""The shipped NER model: BIO tags for tokens, entity spans for raw text.

The model is two files of package data: ``model.crfsuite`` (the CRF) and ``model.json``
(the training sets it knows, the one it tags as by default, and the gazetteer of training
entities). `NerModel.load()` reads them once per process.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from sorot.entities.ner.data import spans
from sorot.entities.ner.features import LOWERCASE_DOMAIN, Featurizer, Gazetteer

MODEL_FILE = "model.crfsuite"
DEFAULT_MODEL = Path(str(resources.files("sorot.entities.ner").joinpath(MODEL_FILE)))

# Words, hyphenated or with an apostrophe inside, or one other non-space character.
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
# A lowercase letter followed by a capital inside a word: text glued where a link was removed.
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SENTENCE_END = frozenset(".!?")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token offsets (start, end) into ``text``; "NegeriIranAbbas" gives Negeri, Iran, Abbas."""
    offsets = []
    for match in _TOKEN.finditer(text):
        start = match.start()
        for glue in _GLUED.finditer(match.group()):
            offsets.append((start, match.start() + glue.start()))
            start = match.start() + glue.start()
        offsets.append((start, match.end()))
    return offsets


def sentences(text: str, offsets: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Token offsets grouped into sentences: after . ! ? and at line breaks."""
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in offsets:
        if current and "\n" in text[current[-1][1] : start]:
            groups.append(current)
            current = []
        current.append((start, end))
        if text[start:end] in _SENTENCE_END:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


class NerModel:
    """A CRF with its feature extractor; `tag` tokens or find `entities` in text."""

    def __init__(self, path: Path) -> None:
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        self.domains: list[str] = meta["domains"]
        self.default_domain: str = meta["default_domain"]
        gazetteer = Gazetteer.from_json(meta["gazetteer"])
        # the knowledge base's names as they were at training time (older models have none)
        knowledge = Gazetteer.from_json(meta["knowledge"]) if "knowledge" in meta else None
        # the words training text writes in lower case (older models have none)
        lexicon = frozenset(meta["lexicon"]) if "lexicon" in meta else None
        self._lexicon = lexicon
        names = frozenset(meta.get("names", ()))  # known parts of people's names (older models have none)
        self._featurizers = {domain: Featurizer(gazetteer, domain, knowledge, lexicon, names) for domain in self.domains}
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    @classmethod
    def load(cls, path: Path | None = None) -> NerModel:
        """The shipped model (cached), or the model at ``path``."""
        return _load_default() if path is None else cls(path)

    def tag(self, tokens: list[str], domain: str | None = None) -> list[str]:
        """BIO labels (PER/ORG/LOC) for a sentence; ``domain`` picks the training set whose
        annotation to follow (default: news, idner-news-2k, or the lowercase domain for a
        sentence written without capitals when the model has one)."""
        if not tokens:
            return []
        if domain is None:
            uncased = LOWERCASE_DOMAIN in self._featurizers and not any(token[:1].isupper() for token in tokens)
            domain = LOWERCASE_DOMAIN if uncased else self.default_domain
        return self._tagger.tag(self._featurizers[domain].sentence(tokens))

    @property
    def common_words(self) -> frozenset[str]:
        """The words the training text writes in lower case (empty without a lexicon)."""
        return self._lexicon or frozenset()

    def unseen_name(self, word: str) -> bool:
        """Whether a capitalised word is one the training text never writes in lower case: a
        name ("Wijaya"), not a common word capitalised ("Suku", "Truk"); without a lexicon, any."""
        return word[:1].isupper() and (self._lexicon is None or word.lower() not in self._lexicon)

    def marginal(self, label: str, position: int) -> float:
        """The marginal probability of ``label`` at ``position`` in the sentence last tagged."""
        return self._tagger.marginal(label, position)

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """Entity spans (start, end, label) with offsets into ``text``."""
        found = []
        for sentence in sentences(text, tokenize(text)):
            labels = self.tag([text[start:end] for start, end in sentence])
            found += [(sentence[first][0], sentence[last - 1][1], kind) for first, last, kind in spans(labels)]
        return found


@lru_cache(maxsize=1)
def _load_default() -> NerModel:
    return NerModel(DEFAULT_MODEL)


def tag_conll(source: Path, target: Path, model: NerModel) -> int:
    """Append a predicted BIO label as the last column of a token-per-line file (token
    first, blank line between sentences), keeping every line as it was; returns the
    number of sentences."""
    with open(source, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    out: list[str] = []
    block: list[str] = []
    count = 0

    def flush() -> None:
        nonlocal count
        if block:
            separator = "\t" if "\t" in block[0] else " "
            labels = model.tag([line.split()[0] for line in block])
            out.extend(f"{line}{separator}{label}" for line, label in zip(block, labels))
            block.clear()
            count += 1

    for line in lines:
        if line.strip():
            block.append(line.rstrip())
        else:
            flush()
            out.append(line)
    flush()
    with open(target, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")
    return count

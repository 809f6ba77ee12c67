"""Training the NER model: `sorot train ner`, or `train(output_path)` from Python."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from sorot.entities.ner.data import DEFAULT_DATA_ROOT, load_test_sentences, training_sentences
from sorot.entities.knowledge import load_knowledge_base
from sorot.entities.ner.features import (LOWERCASE_DOMAIN, Featurizer, Gazetteer, knowledge_gazetteer, lowercase_lexicon,
                                         name_lists)

DEFAULT_SETS = ("idner", "nerugm", "nergrit")
FOLDS = 5


@dataclass(frozen=True)
class TrainSummary:
    """Sentences trained on, test sentences removed, size of the model file."""

    sentences: int
    removed_test_sentences: int
    model_bytes: int


def train(
    output_path: Path,
    sets: tuple[str, ...] = DEFAULT_SETS,
    data_root: Path = DEFAULT_DATA_ROOT,
    iterations: int = 150,
    c1: float = 0.1,
    c2: float = 0.5,
    lowercase_copies: bool = True,
    names: frozenset[str] | None = None,
) -> TrainSummary:
    """Train a CRF on the train splits of ``sets`` (every sentence of a reported test split
    removed) and write ``output_path`` and its ``.json`` companion.

    Training sentences see a gazetteer built from the other 4 of 5 folds, so the CRF
    learns how far to trust an entry as it will at tagging time, for unseen names too.
    The names of the actor knowledge base as it is now (`sorot/entities/kb`, with any
    user additions) are a second gazetteer, stored with the model. The first set is the
    default domain at tagging time. The hand-made lists of name parts (`name_lists`, or
    ``names``) give capitalised words a feature of their own, and are stored with the model too. With ``lowercase_copies``
    every sentence is also trained on in lower case under its own domain
    (`LOWERCASE_DOMAIN`), which the model uses for text written without capitals.
    """
    sentences, removed = training_sentences(data_root, sets, load_test_sentences(data_root))
    pairs = [(tokens, tags) for tokens, tags, _ in sentences]
    fold_gazetteers = [Gazetteer.from_sentences([s for i, s in enumerate(pairs) if i % FOLDS != fold]) for fold in range(FOLDS)]
    full = Gazetteer.from_sentences(pairs)
    knowledge = knowledge_gazetteer(load_knowledge_base())
    domains = (*sets, LOWERCASE_DOMAIN) if lowercase_copies else sets
    lexicon = lowercase_lexicon(pairs)
    names = name_lists() if names is None else names
    featurizers = {name: Featurizer(full, name, knowledge, lexicon, names) for name in domains}
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for index, (tokens, tags, name) in enumerate(sentences):
        gazetteer = fold_gazetteers[index % FOLDS]
        trainer.append(featurizers[name].sentence(tokens, gazetteer), tags)
        if lowercase_copies:
            lowered = [token.lower() for token in tokens]
            trainer.append(featurizers[LOWERCASE_DOMAIN].sentence(lowered, gazetteer), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    output_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output_path))
    meta = {"domains": list(domains), "default_domain": sets[0], "gazetteer": full.to_json(),
            "knowledge": knowledge.to_json(), "lexicon": sorted(lexicon), "names": sorted(names)}
    output_path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return TrainSummary(len(sentences), removed, output_path.stat().st_size)

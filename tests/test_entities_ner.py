"""The shipped NER model, its tokenizer, `sorot tag --conll`, the NER scorer and test-sentence removal."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sorot.cli import app
from sorot.entities.ner.data import IDNER_LABELS, HeldOutSentences, read_conll, spans, training_sentences
from sorot.entities.ner.model import NerModel, tokenize
from sorot.entities.ner.train import train
from sorot.eval.ner import score_ner_test


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel.load()


def test_tags_person_after_title(model):
    tokens = "Presiden Joko Widodo meresmikan jembatan itu .".split()
    assert model.tag(tokens)[1:3] == ["B-PER", "I-PER"]


def test_tags_ministry_as_organisation(model):
    tokens = "Kementerian Luar Negeri mengecam serangan tersebut .".split()
    assert model.tag(tokens)[:3] == ["B-ORG", "I-ORG", "I-ORG"]


def test_tags_place_after_di(model):
    tokens = "Banjir melanda permukiman warga di Semarang pada Senin .".split()
    assert model.tag(tokens)[5] == "B-LOC"


def test_tag_empty_sentence(model):
    assert model.tag([]) == []


def test_tokenize_splits_glued_words_with_offsets():
    text = "Menteri Luar NegeriIranAbbas Araghchi, kemarin."
    words = [text[start:end] for start, end in tokenize(text)]
    assert words == ["Menteri", "Luar", "Negeri", "Iran", "Abbas", "Araghchi", ",", "kemarin", "."]


def test_entities_offsets_index_the_text(model):
    text = "Menteri Luar NegeriIranAbbas Araghchi tiba di Jakarta, Senin.\nKementerian Luar Negeri menyambutnya."
    found = model.entities(text)
    named = {(text[start:end], label) for start, end, label in found}
    assert ("Abbas Araghchi", "PER") in named
    assert ("Jakarta", "LOC") in named
    assert ("Kementerian Luar Negeri", "ORG") in named
    assert all(text[start:end] == text[start:end].strip() and end > start for start, end, _ in found)


def test_cli_tag_conll_appends_a_label(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("Presiden PROPN\nJoko PROPN\nWidodo PROPN\n\nDi ADP\nBandung PROPN\n", encoding="utf-8")
    target = tmp_path / "out.txt"
    result = CliRunner().invoke(app, ["tag", "--conll", str(source), str(target)])
    assert result.exit_code == 0, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[3] == ""
    tagged = [line for line in lines if line]
    assert [line.rsplit(" ", 1)[0] for line in tagged] == [line for line in source.read_text().splitlines() if line]
    assert all(line.rsplit(" ", 1)[1][:2] in ("O", "B-", "I-") for line in tagged)


SAMPLE = """Presiden O
Joko B-PER
Widodo I-PER
ke O
Bandung B-LOC

PT B-ORG
Pindad I-ORG
di O
Jawa B-LOC
Barat I-LOC
"""


class _Fixed:
    """A stand-in model that returns prepared tags."""

    def __init__(self, tags: list[list[str]]) -> None:
        self._tags = iter(tags)

    def tag(self, tokens: list[str], domain: str | None = None) -> list[str]:
        return next(self._tags)


def test_score_ner_test_exact_span_f1(tmp_path):
    path = tmp_path / "test.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    # right PER, LOC "Bandung" missed, ORG right, LOC "Jawa" only (wrong span): tp 2, fp 1, fn 2
    predicted = [["O", "B-PER", "I-PER", "O", "O"], ["B-ORG", "I-ORG", "O", "B-LOC", "O"]]
    score = score_ner_test(path, IDNER_LABELS, model=_Fixed(predicted))
    precision, recall, f1 = score.prf()
    assert (precision, recall) == (2 / 3, 2 / 4)
    assert f1 == pytest.approx(4 / 7)
    assert score.prf("PER") == (1.0, 1.0, 1.0)
    assert score.prf("LOC") == (0.0, 0.0, 0.0)


def test_spans_reads_bio_like_conlleval():
    assert spans(["B-PER", "I-PER", "I-ORG", "O", "I-LOC"]) == [(0, 2, "PER"), (2, 3, "ORG"), (4, 5, "LOC")]


def test_read_conll_maps_labels_and_repairs_bio(tmp_path):
    path = tmp_path / "set.tsv"
    path.write_text("Bank\tB-ORGANIZATION\nIndonesia\tI-ORGANIZATION\nKamis\tB-TIME\nx\tI-PERSON\n", encoding="utf-8")
    assert read_conll(path, {"ORGANIZATION": "ORG", "PERSON": "PER"}) == [
        (["Bank", "Indonesia", "Kamis", "x"], ["B-ORG", "I-ORG", "O", "B-PER"])]


def test_test_sentence_removal_is_tokenisation_insensitive():
    test = HeldOutSentences([["Ia", "berkata", ":", '"', "Kami", "siap", '"', "."]])
    assert ["ia", "berkata:", '"Kami', "siap", '".'] in test
    assert ["Kami", "tidak", "siap", "."] not in test


def _write_set(folder: Path, sentences: list[str]) -> None:
    folder.mkdir(parents=True)
    rows = []
    for sentence in sentences:
        for pair in sentence.split():
            token, tag = pair.split("/")
            rows.append(f"{token} {tag}")
        rows.append("")
    (folder / "train.txt").write_text("\n".join(rows), encoding="utf-8")


def test_tiny_training_run_removes_test_sentences(tmp_path):
    train_sentences = [
        f"Presiden/O Budi{i}/B-PER Santoso/I-PER tiba/O di/O Kota{i}/B-LOC ./O" for i in range(19)
    ] + ["Kantor/O Bank/B-ORG Rakyat/I-ORG buka/O ./O"]
    _write_set(tmp_path / "idner-news-2k", train_sentences)
    (tmp_path / "idner-news-2k" / "test.txt").write_text("Kantor O\nBank B-ORG\nRakyat I-ORG\nbuka O\n. O\n", encoding="utf-8")
    output = tmp_path / "model" / "tiny.crfsuite"
    summary = train(output, sets=("idner",), data_root=tmp_path, iterations=20)
    assert summary.sentences == 19 and summary.removed_test_sentences == 1
    tiny = NerModel.load(output)
    assert tiny.tag("Presiden Budi3 Santoso tiba".split())[1:3] == ["B-PER", "I-PER"]
    kept, _ = training_sentences(tmp_path, ("idner",), HeldOutSentences([]))
    assert len(kept) == 20


def test_entities_ner_sentence_without_capitals_uses_lowercase_domain():
    model = NerModel.load()
    assert "lowercase" in model.domains
    tokens = "presiden joko widodo meresmikan bendungan baru di kabupaten bogor pada senin .".split()
    labels = model.tag(tokens)
    assert labels[1:3] == ["B-PER", "I-PER"] and labels[7:9] == ["B-LOC", "I-LOC"]
    assert labels.count("O") == len(labels) - 4


def test_knowledge_gazetteer_types_names_as_the_ner_sets_do():
    from sorot.entities.knowledge import Actor, Alias, KnowledgeBase
    from sorot.entities.ner.features import knowledge_gazetteer

    kb = KnowledgeBase([
        Actor("XXA", "Arcadia", "GPE", "XXA", "GOV", (Alias("Arcadia"), Alias("AR", "short", case_sensitive=True),
                                                      Alias("Kota Merah", "capital"), Alias("Arcadian", "demonym"))),
        Actor("PER:tono-wirawan", "Tono Wirawan", "PER", "XXA", "GOV", (Alias("Tono Wirawan"),)),
    ])
    gazetteer = knowledge_gazetteer(kb)
    assert gazetteer.tag("presiden tono wirawan tiba di kota merah , arcadia".split()) == [
        None, "B-PER", "I-PER", None, None, "B-LOC", "I-LOC", None, "B-LOC"]
    assert gazetteer.tag(["ar", "arcadian"]) == [None, None]  # case-sensitive aliases and demonyms are left out


def test_featurizer_marks_knowledge_base_matches():
    from sorot.entities.ner.features import Featurizer, Gazetteer

    knowledge = Gazetteer({("tono", "wirawan"): "PER"})
    with_kb = Featurizer(Gazetteer({}), "idner", knowledge).sentence(["Tono", "Wirawan", "tiba"])
    without = Featurizer(Gazetteer({}), "idner").sentence(["Tono", "Wirawan", "tiba"])
    assert "kb=B-PER" in with_kb[0] and "idner#kb=I-PER" in with_kb[1] and not any("kb=" in f for f in with_kb[2])
    assert not any(f.startswith(("kb=", "idner#kb=")) for features in without for f in features)


def test_shipped_model_carries_its_knowledge_base_snapshot():
    model = NerModel.load()
    knowledge = model._featurizers[model.default_domain].knowledge
    assert knowledge is not None and knowledge.phrases.get(("vladimir", "putin")) == "PER"


def test_featurizer_marks_capitalised_words_training_text_never_writes_in_lower_case():
    from sorot.entities.ner.features import Featurizer, Gazetteer, lowercase_lexicon

    lexicon = lowercase_lexicon([(["Namun", "kata", "Refrizal", "namun"], ["O", "O", "B-PER", "O"])])
    assert lexicon == frozenset({"kata", "namun"})
    features = Featurizer(Gazetteer({}), "idner", lexicon=lexicon).sentence(["Namun", "kata", "Nurhayati", "."])
    assert "capname" in features[2] and "idner#capname" in features[2] and "1:capname" in features[1]
    assert {"capname|-1=kata", "capname|+1=.", "idner#capname|-1=kata"} <= set(features[2])  # the name's context
    assert "capname" not in features[0] and "idner#capname" not in features[0]  # a common word: "namun" elsewhere
    assert not any("capname" in f for features in Featurizer(Gazetteer({}), "idner").sentence(["Nurhayati"]) for f in features)


def test_shipped_model_carries_the_lowercase_lexicon_of_its_training_text():
    lexicon = NerModel.load()._featurizers["idner"].lexicon
    assert lexicon is not None and {"kata", "mengatakan", "presiden"} <= lexicon and "jokowi" not in lexicon


def test_words_of_the_name_lists_get_a_feature_of_their_own(tmp_path):
    from sorot.entities.ner.features import Featurizer, Gazetteer, name_lists

    (tmp_path / "given.txt").write_text("# a comment\nSiregar\nRonald\n", encoding="utf-8")
    names = name_lists(tmp_path)
    assert names == {"siregar", "ronald"}
    featurizer = Featurizer(Gazetteer({}), "idner", names=names)
    features = featurizer.sentence(["Ronald", "Siregar", "ronald", "hadir"])
    assert "pname" in features[0] and "pname" in features[1] and "1:pname" in features[0]
    assert "pname" not in features[2] and "pname" not in features[3]  # only a capitalised word is a name's
    # the shipped model holds the lists it was trained with
    assert "siregar" in NerModel.load()._featurizers["idner"].names

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sorot.entities.knowledge import KB_FOLDER, SECTORS, KnowledgeBaseError, load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.mark.parametrize(
    ("surface", "actor_id", "country", "sector"),
    [
        ("Korut", "PRK", "PRK", "GOV"),
        ("Korea Utara", "PRK", "PRK", "GOV"),
        ("korea  utara", "PRK", "PRK", "GOV"),
        ("Pyongyang", "PRK", "PRK", "GOV"),
        ("Moskow", "RUS", "RUS", "GOV"),
        ("Kremlin", "RUS", "RUS", "GOV"),
        ("Gedung Putih", "USA", "USA", "GOV"),
        ("AS", "USA", "USA", "GOV"),
        ("Pentagon", "USA:DOD", "USA", "MIL"),
        ("PBB", "IGO:UN", "IGO", "IGO"),
        ("KCNA", "MED:KCNA", "PRK", "MED"),
        ("Kantor Berita Pusat Korea", "MED:KCNA", "PRK", "MED"),
        ("Kim Jong-un", "PER:kim-jong-un", "PRK", "GOV"),
        ("Kim Jong Un", "PER:kim-jong-un", "PRK", "GOV"),
        ("Jokowi", "PER:joko-widodo", "IDN", "GOV"),
        ("Hamas", "PSE:HAMAS", "PSE", "OPP"),
        ("Timur Tengah", "LOC:middle-east", None, None),
    ],
)
def test_entities_aliases_resolve(kb, surface, actor_id, country, sector):
    [actor] = kb.by_alias(surface)
    assert (actor.id, actor.country, actor.sector) == (actor_id, country, sector)


def test_entities_case_sensitive_aliases(kb):
    assert kb.by_alias("as") == []
    assert kb.by_alias("gedung putih") == []
    assert kb.by_alias("antara") == []
    assert [a.id for a in kb.by_alias("Antara")] == ["MED:ANTARA"]


def test_entities_ambiguous_alias_returns_every_actor(kb):
    assert {a.id for a in kb.by_alias("Korea")} == {"PRK", "KOR"}


def test_entities_people_have_dated_offices(kb):
    putin = kb.by_id("PER:vladimir-putin")
    assert putin.type == "PER"
    assert any(o.title == "Presiden Rusia" and o.start == "2012-05-07" and o.end is None for o in putin.offices)
    people = [a for a in kb.actors if a.type == "PER"]
    assert len(people) >= 120
    assert all(o.country == "IGO" or kb.by_id(o.country) for p in people for o in p.offices)


def test_entities_states_cover_iso_3166(kb):
    states = [a for a in kb.actors if a.source == "states.json"]
    assert len(states) >= 240
    assert all(len(s.id) == 3 and s.id.isupper() and s.country == s.id and len(s.alpha2) == 2 for s in states)
    assert all(a.sector in SECTORS for a in kb.actors if a.type != "LOC")


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "kb"
    shutil.copytree(KB_FOLDER, folder)
    return folder


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["records"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_entities_duplicate_id_names_the_file(tmp_path):
    folder = _copy(tmp_path)
    _edit(folder / "media.json", lambda records: records.append(dict(records[0], aliases=["Kantor Berita Lain"])))
    with pytest.raises(KnowledgeBaseError, match=r"media\.json: duplicate id 'MED:KCNA'"):
        load_knowledge_base(folder)


def test_entities_unknown_country_names_the_file_and_record(tmp_path):
    folder = _copy(tmp_path)
    _edit(folder / "organisations.json", lambda records: records[0].update(country="XXX"))
    with pytest.raises(KnowledgeBaseError, match=r"organisations\.json: record 1 \(IGO:UN\): unknown country code 'XXX'"):
        load_knowledge_base(folder)


def test_entities_bad_sector_and_alias_clash_are_rejected(tmp_path):
    folder = _copy(tmp_path)
    _edit(folder / "people.json", lambda records: records[0].update(sector="REB"))
    with pytest.raises(KnowledgeBaseError, match=r"people\.json: record 1 .*sector 'REB'"):
        load_knowledge_base(folder)
    folder = _copy(tmp_path / "again")
    _edit(folder / "regions.json", lambda records: records[0]["aliases"].append("Korut"))
    with pytest.raises(KnowledgeBaseError, match=r"regions\.json: alias 'Korut' of LOC:middle-east also names PRK"):
        load_knowledge_base(folder)

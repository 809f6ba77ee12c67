from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sorot.entities.knowledge import KB_FOLDER, SECTORS, KnowledgeBaseError, add_actor, dump_kb_file, load_knowledge_base


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


def test_entities_an_alias_not_after_a_word_must_list_lower_case_words(tmp_path):
    folder = _copy(tmp_path)
    _edit(folder / "people.json", lambda records: records[0]["aliases"].append({"text": "Xyz", "not_after": ["Kenaikan"]}))
    with pytest.raises(KnowledgeBaseError, match=r"not_after must be a list of lower-case words"):
        load_knowledge_base(folder)


# --- collective and historical actors, provinces, case-sensitive common words ---------------


@pytest.mark.parametrize(
    ("surface", "actor_id", "country", "sector"),
    [
        ("Barat", "WST", None, "GOV"),
        ("negara-negara Barat", "WST", None, "GOV"),
        ("tekanan internasional", "COL:international-community", None, "GOV"),
        ("Uni Soviet", "SUN", "SUN", "GOV"),
        ("komunitas internasional", "COL:international-community", None, "GOV"),
        ("masyarakat internasional", "COL:international-community", None, "GOV"),
        ("Jawa Barat", "LOC:west-java", "IDN", None),
        ("Jatim", "LOC:east-java", "IDN", None),
        ("Kemensos", "IDN:KEMENSOS", "IDN", "GOV"),
        ("Gus Ipul", "PER:saifullah-yusuf", "IDN", "GOV"),
    ],
)
def test_entities_collectives_and_additions_resolve(kb, surface, actor_id, country, sector):
    [actor] = kb.by_alias(surface)
    assert (actor.id, actor.country, actor.sector) == (actor_id, country, sector)


def test_entities_common_words_are_case_sensitive_aliases(kb):
    for word in ("barat", "lima", "baku", "bernama", "kabul", "asmara"):
        assert kb.by_alias(word) == [], word
    assert [a.id for a in kb.by_alias("Lima")] == ["PER"]
    [west] = kb.by_alias("Barat")
    assert any(a.text == "Barat" and a.standalone and a.case_sensitive for a in west.aliases)


def test_entities_dumped_files_keep_their_layout():
    for path in KB_FOLDER.glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert dump_kb_file(json.loads(text)) == text, path.name


def test_entities_a_state_like_code_defined_in_another_file_can_be_used(tmp_path):
    folder = _copy(tmp_path)
    (folder / "local.json").write_text(json.dumps({"about": {}, "records": [
        {"id": "PER:tokoh-lama", "name": "Tokoh Lama", "type": "PER", "country": "ZZA", "sector": "GOV", "aliases": ["Tokoh Lama"]},
        {"id": "ZZA", "name": "Negeri Khayalan", "type": "GPE", "country": "ZZA", "sector": "GOV", "aliases": ["Negeri Khayalan"]},
    ]}), encoding="utf-8")
    kb = load_knowledge_base(folder)
    assert kb.by_id("PER:tokoh-lama").country == "ZZA"


# --- add_actor -----------------------------------------------------------------------------


def _person(**changes) -> dict:
    record = {"id": "PER:sari-wulandari", "name": "Sari Wulandari", "type": "PER", "country": "IDN", "sector": "GOV",
              "aliases": ["Sari Wulandari"],
              "offices": [{"title": "Kepala Badan Contoh", "country": "IDN", "sector": "GOV", "start": "2025-01-06", "end": None}]}
    return record | changes


def test_entities_add_actor_appends_to_the_file_of_its_type(tmp_path):
    folder = _copy(tmp_path)
    before = len(json.loads((folder / "people.json").read_text(encoding="utf-8"))["records"])
    actor, path = add_actor(folder, _person())
    assert path == folder / "people.json" and actor.offices[0].start == "2025-01-06"
    records = json.loads(path.read_text(encoding="utf-8"))["records"]
    assert len(records) == before + 1 and records[-1]["id"] == "PER:sari-wulandari"
    assert load_knowledge_base(folder).by_alias("Sari Wulandari")[0].id == "PER:sari-wulandari"
    _, org_path = add_actor(folder, {"id": "IDN:BADAN-CONTOH", "name": "Sample Agency", "type": "ORG", "country": "IDN",
                                     "sector": "GOV", "aliases": ["Badan Contoh"]})
    assert org_path.name == "organisations.json"
    _, own = add_actor(folder, {"id": "LOC:lembah-sunyi", "name": "Lembah Sunyi", "type": "LOC", "country": None,
                                "sector": None, "aliases": ["Lembah Sunyi"]}, file="local.json")
    assert own == folder / "local.json" and load_knowledge_base(folder).by_id("LOC:lembah-sunyi").type == "LOC"


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (_person(id="PER:vladimir-putin"), r"id 'PER:vladimir-putin' is already in people\.json"),
        (_person(aliases=["Sari Wulandari", "Korut"]), r"alias 'Korut' of PER:sari-wulandari also names PRK"),
        (_person(country="XYZ"), r"unknown country code 'XYZ'"),
        (_person(sector="POL"), r"sector 'POL'"),
        (_person(offices=[{"title": "Kepala", "country": "IDN", "sector": "GOV", "start": "2025-13", "end": None}]), "dates must be"),
        (_person(id="sari"), r"use a prefix and a slug"),
        (_person(aliases=[]), "no aliases"),
    ],
)
def test_entities_add_actor_refuses_clashes_and_bad_records(tmp_path, record, message):
    folder = _copy(tmp_path)
    before = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.json")}
    with pytest.raises(KnowledgeBaseError, match=message):
        add_actor(folder, record)
    assert {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.json")} == before


def test_entities_companies_have_their_own_file_and_ordinary_words_stay_case_sensitive(kb):
    from sorot.entities.knowledge import default_file

    assert default_file("ORG", "BUS:acme") == "companies.json"
    [whatsapp] = kb.by_alias("WhatsApp")
    assert (whatsapp.id, whatsapp.country, whatsapp.sector) == ("BUS:whatsapp", "USA", "BUS")
    assert kb.by_alias("meta") == [] and [a.id for a in kb.by_alias("Meta")] == ["BUS:meta"]


def test_a_state_s_capital_is_one_of_its_own_capital_aliases(tmp_path):
    kb = load_knowledge_base()
    assert (kb.by_id("IRN").capital, kb.by_id("RUS").capital, kb.by_id("KOR").capital) == ("Tehran", "Moscow", None)
    record = {"id": "XXA", "name": "Arcadia", "type": "GPE", "country": "XXA", "sector": "GOV", "alpha2": "XA",
              "aliases": ["Arcadia", {"text": "Kota Merah", "kind": "capital"}], "capital": "Red City"}
    (tmp_path / "states.json").write_text(json.dumps({"about": {}, "records": [record]}), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="capital"):
        load_knowledge_base(tmp_path)



def test_entities_an_actor_kept_out_of_events_is_a_person_or_organisation_flagged_true_or_false(tmp_path):
    folder = _copy(tmp_path)
    _edit(folder / "regions.json", lambda records: records[0].update(events=False))
    with pytest.raises(KnowledgeBaseError, match=r"events is true or false, and false only for a person or an organisation"):
        load_knowledge_base(folder)
    folder = _copy(tmp_path / "again")
    _edit(folder / "people.json", lambda records: records[0].update(events="no"))
    with pytest.raises(KnowledgeBaseError, match=r"events is true or false"):
        load_knowledge_base(folder)

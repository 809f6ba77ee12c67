"""The actors stage: alias matching, titles and offices, coreference, new people, store and export."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sorot.cli import app
from sorot.entities.knowledge import load_knowledge_base
from sorot.entities.mentions import AliasMatcher
from sorot.entities.recognise import defines_acronym
from sorot.entities.resolve import CONFIDENCE, KNOWN, ActorExtractor
from sorot.entities.stage import default_extractor
from sorot.entities.tokens import tokenize
from sorot.eval.actors import score_dev_actors, score_seed_actors
from sorot.record import ArticleActor
from conftest import EXAMPLES, one_record_sample, shared_path


@pytest.fixture(scope="module")
def extract() -> ActorExtractor:
    return default_extractor()


def _aliases(text: str) -> list[tuple[str, tuple[str, ...]]]:
    matcher = AliasMatcher(load_knowledge_base())
    return [(m.text, m.candidates) for m in matcher(text, tokenize(text))]


def _by_id(actors: list[ArticleActor]) -> dict[str, ArticleActor]:
    return {a.actor_id: a for a in actors}


def test_entities_alias_case_sensitive_short_form() -> None:
    found = _aliases("Pemerintah AS menilai kebijakan itu sama kerasnya, seperti as roda yang patah.")
    assert found == [("AS", ("USA",))]


def test_entities_alias_longest_match_wins() -> None:
    found = _aliases("Korea Utara kembali meluncurkan rudal ke arah Laut Jepang.")
    assert found[0] == ("Korea Utara", ("PRK",))


@pytest.mark.parametrize("written", ["Badan Meteorologi, Klimatologi dan Geofisika",
                                     "Badan Meteorologi Klimatologi dan Geofisika",
                                     "Badan Meteorologi, Klimatologi, dan Geofisika"])
def test_entities_alias_a_long_name_s_inner_commas_may_be_left_out(written: str) -> None:
    assert _aliases(f"Menurut {written}, hujan lebat turun hingga akhir pekan.") == [(written, ("IDN:BMKG",))]


def test_entities_alias_case_sensitive_title_word_at_sentence_start_is_skipped() -> None:
    found = _aliases("Antara Januari dan Maret, harga beras naik. Hal itu dilaporkan Antara.")
    assert [text for text, _ in found] == ["Antara"] and found[0][1] == ("MED:ANTARA",)


def test_entities_metonyms_are_the_state(extract) -> None:
    actors = _by_id(extract("Kremlin menolak tuduhan itu, sementara Gedung Putih belum menanggapi.", "2024-05-02"))
    assert [m.text for m in actors["RUS"].mentions] == ["Kremlin"]
    assert [m.text for m in actors["USA"].mentions] == ["Gedung Putih"]


def test_entities_capital_after_place_preposition_is_a_location(extract) -> None:
    actors = _by_id(extract("Delegasi itu tiba di Pyongyang pada Jumat. Pyongyang menyambut baik kunjungan itu.", None))
    assert actors["LOC:pyongyang"].country == "PRK" and actors["LOC:pyongyang"].type == "LOC"
    assert [m.text for m in actors["PRK"].mentions] == ["Pyongyang"]


@pytest.mark.parametrize(
    "text", ["Liputan6.com, Jakarta - Harga cabai naik pekan ini.", "JAKARTA - Harga cabai naik pekan ini.",
             "Warga memadati jalan protokol. Jakarta merayakan ulang tahun ke-498 pada Minggu."],
)
def test_entities_jakarta_is_the_city_in_a_dateline_and_in_indonesian_news(extract, text: str) -> None:
    actors = _by_id(extract(text, "2025-06-18"))
    assert actors["LOC:jakarta"].type == "LOC" and actors["LOC:jakarta"].country == "IDN"
    assert "IDN" not in actors


def test_entities_a_dateline_without_its_dash_is_still_the_city(extract) -> None:
    actors = _by_id(extract("Liputan6.com, TeheranSerangan itu merusak gedung. Teheran membantah laporan itu.", "2025-06-18"))
    assert [m.text for m in actors["LOC:tehran"].mentions] == ["Teheran"]
    assert [m.text for m in actors["IRN"].mentions] == ["Teheran"]


def test_entities_new_people_and_places_of_a_story_set_in_indonesia_are_indonesian(extract) -> None:
    text = ("Polisi di Kabupaten Bekasi memeriksa tiga saksi. Menurut Rudi Hartono, kejadian itu terjadi di "
            "Tambun Utara, Kabupaten Bekasi.")
    actors = _by_id(extract(text, "2025-06-18"))
    assert actors["PER:rudi-hartono"].country == "IDN" and actors["LOC:tambun-utara"].country == "IDN"
    # not when another state gives the person's nationality or the place's state
    text = ("Polres Metro Jakarta Selatan menangkap warga negara Nigeria bernama Chukwuma Okafor di Kemang. "
            "Ia ditangkap di Jakarta.")
    assert _by_id(extract(text, "2025-06-18"))["PER:chukwuma-okafor"].country is None
    # not when the dateline is the only Indonesian place, nor when another state is named as often
    text = "Liputan6.com, Jakarta - Penyanyi Charlie Puth mengaku punya masalah emosi. Ia tinggal di Los Angeles."
    assert _by_id(extract(text, "2025-06-18"))["PER:charlie-puth"].country is None


def test_entities_a_story_naming_no_state_but_indonesian_bodies_is_set_at_home(extract) -> None:
    text = ("Majelis hakim menolak tuntutan KPK terhadap terdakwa Lisa Rachmat. Saksi Cecep Hidayat hadir. "
            "Analis PT MNC Sekuritas, Herditya Wicaksana, menilai saham PT Amman Mineral International Tbk menguat.")
    actors = _by_id(extract(text, "2025-06-18"))
    for person in ("PER:lisa-rachmat", "PER:cecep-hidayat", "PER:herditya-wicaksana"):
        assert actors[person].country == "IDN"
    # a news outlet naming itself sets no story at home, nor does a company's place name another state
    text = "Liputan6.com, Jakarta - Penyanyi Jason Derulo menerima piala kehormatan. Dilansir Liputan6.com, ia terharu."
    assert _by_id(extract(text, "2025-06-18"))["PER:jason-derulo"].country is None
    text = "Analis Herditya Wicaksana merekomendasikan saham PT Amman Mineral International Tbk. Indonesia tumbuh."
    assert _by_id(extract(text, "2025-06-18"))["PER:herditya-wicaksana"].country == "IDN"


def test_entities_a_new_person_whose_name_reads_indonesian_is_indonesian_in_a_story_naming_no_state(extract) -> None:
    text = ("Aktor Bagus Wicaksono hadir bersama Ayudia Prameswari di acara itu. Penyanyi Jason Derulo menerima "
            "piala kehormatan.")
    actors = _by_id(extract(text, "2025-06-18"))
    assert actors["PER:bagus-wicaksono"].country == "IDN" and actors["PER:ayudia-prameswari"].country == "IDN"
    assert actors["PER:jason-derulo"].country is None  # a foreign name stays of no state
    # not in a story set abroad
    text = "Aktor Bagus Wicaksono hadir di Tokyo, Jepang, bersama Ayudia Prameswari. Jepang menyambutnya."
    assert _by_id(extract(text, "2025-06-18"))["PER:ayudia-prameswari"].country is None
    # nor where another state's place is named once, against a dateline of home
    text = ("Liputan6.com, Jakarta - Aktor Bagus Wicaksono dan Ayudia Prameswari merilis film baru pekan ini. Film itu "
            "sebagian besar direkam di sebuah studio di Kuala Lumpur.")
    assert _by_id(extract(text, "2025-06-18"))["PER:ayudia-prameswari"].country is None


def test_entities_name_origin_reads_held_out_list_parts_on_their_side() -> None:
    from sorot.entities.name_origin import FOREIGN_LISTS, HOME_LISTS, NameOrigin, _parts, name_origin
    from sorot.entities.ner.features import NAMES_FOLDER
    home, foreign = _parts(NAMES_FOLDER, HOME_LISTS), _parts(NAMES_FOLDER, FOREIGN_LISTS)
    shared = {w.lower() for w in home} & {w.lower() for w in foreign}
    home = sorted({w.lower() for w in home} - shared)
    foreign = sorted({w.lower() for w in foreign} - shared)
    right = {"home": 0, "foreign": 0}
    for fold in range(5):
        model = NameOrigin([w for i, w in enumerate(home) if i % 5 != fold], [w for i, w in enumerate(foreign) if i % 5 != fold])
        right["home"] += sum(model.log_odds(w) > 0 for i, w in enumerate(home) if i % 5 == fold)
        right["foreign"] += sum(model.log_odds(w) < 0 for i, w in enumerate(foreign) if i % 5 == fold)
    assert right["home"] / len(home) > 0.8 and right["foreign"] / len(foreign) > 0.7
    model = name_origin()
    assert model.indonesian("Pramono Hari Adi") and model.indonesian("Ade R Susardi")
    assert not model.indonesian("Pep Guardiola") and not model.indonesian("Phil Foden") and not model.indonesian("R")


def test_entities_an_indonesian_company_is_indonesian_whatever_place_its_name_holds(extract) -> None:
    text = "Saham PT Kairo Sentosa Abadi Tbk (KSAB) menguat pada perdagangan Rabu."
    actors = _by_id(extract(text, "2025-06-18"))
    assert actors["ORG:pt-kairo-sentosa-abadi-tbk"].country == "IDN" and "EGY" not in actors
    # (the knowledge base knows Amman Mineral, not Jordan's capital)
    actors = _by_id(extract("Saham PT Amman Mineral International Tbk (AMMN) menguat pada perdagangan Rabu.", "2025-06-18"))
    assert actors["BUS:amman-mineral"].country == "IDN" and "JOR" not in actors


@pytest.mark.parametrize("text", ["Pada Senin, Teheran menolak tuduhan itu.", "Kepada CNN, Teheran menolak tuduhan itu.",
                                  "Poros Teheran - Moskwa menolak tuduhan itu.", "Teheran, sekutu Moskwa, menolak tuduhan itu."])
def test_entities_a_comma_or_a_dash_near_the_start_makes_no_dateline(extract, text: str) -> None:
    actors = _by_id(extract(text, "2025-06-18"))
    assert [m.text for m in actors["IRN"].mentions] == ["Teheran"] and "LOC:tehran" not in actors


@pytest.mark.parametrize("text", ["REPUBLIKA.CO.ID, TEHERAN - Iran menolak.", "Teheran (ANTARA) - Iran menolak.",
                                  "Teheran, CNN Indonesia -- Iran menolak."])
def test_entities_datelines_of_other_outlets(extract, text: str) -> None:
    assert _by_id(extract(text, "2025-06-18"))["LOC:tehran"].type == "LOC"


def test_entities_a_foreign_capital_in_a_dateline_is_where_the_outlet_reports_from(extract) -> None:
    actors = _by_id(extract("Teheran - Pejabat militer memberi keterangan. Teheran membantah tuduhan itu.", "2025-06-18"))
    assert [m.text for m in actors["LOC:tehran"].mentions] == ["Teheran"]
    assert [m.text for m in actors["IRN"].mentions] == ["Teheran"]


def test_entities_capital_after_a_place_noun_is_a_location_and_a_facility_is_its_own_place(extract) -> None:
    text = "Ribuan orang berkumpul di alun-alun utama Pyongyang setelah pesawat mendarat di Bandara Pyongyang."
    actors = _by_id(extract(text, "2024-06-19"))
    assert [m.text for m in actors["LOC:pyongyang"].mentions] == ["Pyongyang"]
    assert actors["LOC:bandara-pyongyang"].country == "PRK" and actors["LOC:bandara-pyongyang"].type == "LOC"
    assert "PRK" not in actors


def test_entities_officials_of_a_state_body_named_by_a_group_noun_are_a_group(extract) -> None:
    actors = _by_id(extract("Pejabat militer Korea Selatan mengklaim hal itu. Militer Korea Selatan bersiaga.", "2025-03-15"))
    officials = actors["GRP:KOR-mil"]
    assert (officials.name, officials.country, officials.sector) == ("South Korea military officials", "KOR", "MIL")
    assert [m.text for m in officials.mentions] == ["Pejabat militer Korea Selatan"]
    assert [m.text for m in actors["KOR:JCS"].mentions] == ["Militer Korea Selatan"]


def test_entities_ambiguous_alias_resolved_by_context(extract) -> None:
    text = "Korea Selatan memperkuat pertahanan udara. Seoul menyebut Korea siap menghadapi ancaman."
    assert "PRK" not in _by_id(extract(text, "2024-01-10"))
    assert len(_by_id(extract(text, "2024-01-10"))["KOR"].mentions) == 3


def test_entities_surname_links_to_named_person(extract) -> None:
    text = (
        "Pemimpin Korea Utara Kim Jong Un menerima Presiden Rusia Vladimir Putin di Pyongyang. "
        "Putin memuji kerja sama kedua negara, sementara Kim menjanjikan dukungan penuh."
    )
    actors = _by_id(extract(text, "2024-06-19"))
    assert [m.text for m in actors["PER:vladimir-putin"].mentions][-1] == "Putin"
    assert "Kim" in [m.text for m in actors["PER:kim-jong-un"].mentions]
    assert actors["PER:kim-jong-un"].role == "Pemimpin Korea Utara"


def test_entities_role_resolves_to_office_holder_on_the_date(extract) -> None:
    text = "Menteri Luar Negeri AS mengatakan Washington akan terus memantau situasi di kawasan."
    assert "PER:antony-blinken" in _by_id(extract(text, "2023-11-08"))
    assert "PER:marco-rubio" in _by_id(extract(text, "2025-04-02"))
    actors = _by_id(extract(text, "2025-04-02"))
    assert actors["PER:marco-rubio"].role == "Menteri Luar Negeri AS" and actors["PER:marco-rubio"].confidence < 1


def test_entities_lowercase_title_names_no_one(extract) -> None:
    text = "Rombongan itu termasuk menteri luar negeri, pertahanan dan kesehatan."
    assert not any(a.type == "PER" for a in extract(text, "2024-06-18"))


def test_entities_appositive_unknown_person_takes_country_from_title(extract) -> None:
    text = "Wakil Menteri Pertahanan Filipina, Rodel Santos Manalo, mengatakan patroli akan ditambah."
    person = _by_id(extract(text, "2025-02-11"))["PER:rodel-santos-manalo"]
    assert (person.name, person.country, person.sector) == ("Rodel Santos Manalo", "PHL", "MIL")
    assert person.role == "Wakil Menteri Pertahanan Filipina" and person.confidence < 1


def test_entities_an_unnamed_official_s_title_ends_before_yang_and_a_news_site_is_no_person(extract) -> None:
    found = _by_id(extract("Menurut seorang pejabat Kementerian Luar Negeri yang ikut dalam rombongan, Jakarta "
                           "melihat peluang besar.", "2025-05-26"))
    assert "PER:pejabat-kementerian-luar-negeri" in found and not [a for a in found if a.endswith("-yang")]
    found = _by_id(extract("WartaNusantara.id, Kuala Lumpur - Para kepala negara berkumpul di Malaysia.", "2025-05-26"))
    assert not [a for a in found if a.startswith("PER:")]


def test_entities_the_cabinet_s_name_after_a_minister_is_no_person(extract) -> None:
    found = _by_id(extract("Presiden didampingi sejumlah menteri Kabinet Merah Putih.", "2025-06-20"))
    assert "IDN:CABINET" in found and [a for a in found if a.startswith("PER:")] == ["PER:prabowo-subianto"]  # ("Presiden")


def test_entities_a_known_one_word_name_can_end_a_titled_new_persons_name(extract) -> None:
    found = _by_id(extract("Wakil Ketua Umum MUI Anwar Abbas mengecam serangan itu. \"Kami berharap,\" ujar Anwar Abbas.",
                           "2025-06-20"))
    assert "PER:anwar-abbas" in found and "PER:mahmoud-abbas" not in found  # not the Palestinian president, twice
    assert len(found["PER:anwar-abbas"].mentions) >= 3
    found = _by_id(extract("Kapolri Listyo Sigit Prabowo meninjau lokasi. Sigit Prabowo mengatakan aman.", "2025-06-20"))
    assert "PER:listyo-sigit-prabowo" in found and "PER:prabowo-subianto" not in found  # the police chief, twice
    # a spelling, an honorific or a title word before the known person's name of the title's own state is that person
    for text, person in [("Presiden Palestina Mahmud Abbas mengecam Israel.", "PER:mahmoud-abbas"),
                         ("Presiden Pak Prabowo membuka acara itu. Pak Prabowo juga mengecam Israel.", "PER:prabowo-subianto"),
                         ("Presiden Terpilih Trump mengancam China.", "PER:donald-trump")]:
        assert [a.actor_id for a in extract(text, "2025-06-20") if a.type == "PER"] == [person]
    found = _by_id(extract("Presiden Palestina Mahmoud Abbas bertemu Prabowo. Abbas mengecam Israel.", "2025-06-20"))
    assert "PER:mahmoud-abbas" in found and len(found["PER:mahmoud-abbas"].mentions) >= 2
    found = _by_id(extract("Gibran berziarah ke makam Presiden Pertama Sukarno di Blitar.", "2025-06-18"))
    assert "PER:sukarno" in found and not any("pertama" in actor_id for actor_id in found)  # an ordinal is no name


def test_entities_title_then_unknown_name_with_organisation(extract) -> None:
    text = "Juru bicara Pentagon Marcus Delaney mengatakan latihan itu sudah dijadwalkan."
    person = _by_id(extract(text, "2024-08-01"))["PER:marcus-delaney"]
    assert person.country == "USA" and person.sector == "MIL"


def test_entities_a_home_body_s_word_before_another_state_in_a_title_names_that_state_s_official(extract) -> None:
    # "Kemlu" alone is Indonesia's foreign ministry; followed by another state it is that state's
    text = "Juru bicara Kemlu Vietnam, Pham Thu Hang, mengecam latihan militer itu."
    assert _by_id(extract(text, "2025-06-18"))["PER:pham-thu-hang"].country == "VNM"
    text = "Juru bicara Kementerian Luar Negeri Vietnam Pham Thu Hang menolak klaim itu."
    assert _by_id(extract(text, "2025-06-18"))["PER:pham-thu-hang"].country == "VNM"
    text = "Juru bicara Kemlu, Rolliansyah Soemirat, memastikan seluruh WNI di Teheran dalam keadaan aman."
    assert _by_id(extract(text, "2025-06-18"))["PER:rolliansyah-soemirat"].country == "IDN"


def test_entities_possessive_title_takes_country_of_the_person(extract) -> None:
    text = "Perjalanan Vladimir Putin akan padat, kata ajudannya Pavel Sergeyevich Kornev dalam jumpa pers."
    person = _by_id(extract(text, "2024-06-17"))["PER:pavel-sergeyevich-kornev"]
    assert (person.country, person.role) == ("RUS", "ajudannya")


def test_entities_group_nouns_and_government(extract) -> None:
    text = "Warga Ukraina mengungsi, sementara pemerintah Korea Utara membantah laporan itu."
    actors = _by_id(extract(text, "2024-06-17"))
    assert actors["GRP:UKR-cvl"].sector == "CVL" and actors["GRP:UKR-cvl"].country == "UKR"
    assert [m.text for m in actors["PRK"].mentions] == ["pemerintah Korea Utara"]


def test_entities_people_of_a_capital_are_its_residents_not_the_states_citizens(extract) -> None:
    actors = _by_id(extract("Militer Israel memerintahkan warga Teheran mengungsi, sementara warga Iran lainnya bertahan.",
                            "2025-06-18"))
    assert actors["GRP:IRN-tehran-residents"].name == "Tehran residents"
    assert actors["GRP:IRN-cvl"].name == "Iran citizens"


def test_entities_a_new_or_interim_government_is_its_state(extract) -> None:
    text = ("China terbuka untuk berdialog dengan pemerintahan baru AS, pemerintah sementara Suriah, pemerintah federal "
            "Jerman dan pemerintahan transisi Sudan.")
    actors = _by_id(extract(text, "2025-01-21"))
    assert [m.text for m in actors["USA"].mentions] == ["pemerintahan baru AS"]
    assert [m.text for m in actors["SYR"].mentions] == ["pemerintah sementara Suriah"]
    assert [m.text for m in actors["DEU"].mentions] == ["pemerintah federal Jerman"]
    assert [m.text for m in actors["SDN"].mentions] == ["pemerintahan transisi Sudan"]


def test_entities_mentions_are_exact_substrings(extract) -> None:
    text = "PRESIDEN Rusia Vladimir Putin telah mendarat. Moskow butuh amunisi dari Pyongyang."
    for actor in extract(text, "2024-06-19"):
        assert all(text[m.start : m.end] == m.text for m in actor.mentions)


ACTOR_FIELDS = ["article_id", "source_id", "part", "actor_id", "name", "type", "country", "sector", "role", "mentions"]


def test_entities_export_and_listing_follow_contract(tmp_path) -> None:
    db = tmp_path / "actors.duckdb"
    assert CliRunner().invoke(app, ["ingest", "--db", str(db), "--workers", "1", str(EXAMPLES)]).exit_code == 0
    articles_file, actors_file = tmp_path / "articles.jsonl", tmp_path / "actors.jsonl"
    CliRunner().invoke(app, ["export", "articles", "--db", str(db), "-o", str(articles_file)])
    result = CliRunner().invoke(app, ["export", "actors", "--db", str(db), "-o", str(actors_file)])
    assert result.exit_code == 0
    texts = {r["id"]: r["text"] for r in map(json.loads, articles_file.read_text(encoding="utf-8").splitlines())}
    rows = [json.loads(line) for line in actors_file.read_text(encoding="utf-8").splitlines()]
    assert rows and all(list(row) == ACTOR_FIELDS for row in rows)
    assert all(texts[r["article_id"]][m["start"] : m["end"]] == m["text"] for r in rows for m in r["mentions"])
    listing = CliRunner().invoke(app, ["actors", "--db", str(db), "--format", "json", "--limit", "3"])
    listed = [json.loads(line) for line in listing.output.splitlines()]
    assert listing.exit_code == 0 and len(listed) == 3 and all(r["articles"] >= 1 and r["mentions"] >= 1 for r in listed)


def test_entities_seed_eval_runs() -> None:
    score = score_seed_actors(shared_path("gold", "seeds"), shared_path("corpus", "seeds"))
    precision, recall, _ = score.prf()
    assert score.tp > 0 and recall > 0.5 and precision > 0.5
    assert score.identified >= score.tp * 0.8 and score.country_accuracy() >= 0.9


def test_entities_dev_sample_pairs_actors_by_the_seed_rule(tmp_path) -> None:
    text = "Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Moskow pada Kamis."
    gold = [{"name": "Prabowo Subianto", "type": "PER", "country": "IDN", "mentions": ["Prabowo Subianto"]},
            {"name": "Vladimir Putin", "type": "PER", "country": "UKR", "mentions": ["Vladimir Putin"]}]
    corpus, labels = one_record_sample(tmp_path, text, [{"id": "a1", "actors": gold}])
    score = score_dev_actors(corpus, labels)
    assert score.tp == 1 and score.fn == 1  # Putin is found but its labelled country is not his
    assert (score.identified, score.country_right) == (2, 1) and score.fp == 2  # Putin and the place Moscow


def test_entities_dev_sample_scores() -> None:
    score = score_dev_actors(shared_path("data", "corpus", "indonews-2025-06-dev.jsonl"), sample="round-1")
    assert score.prf()[2] >= 0.7 and score.country_accuracy() >= 0.9, score.errors


# --- collective actors, provinces, common words, 2025 office holders, title names ----------


def test_entities_the_west_is_a_collective_actor_but_not_a_province_or_a_direction(extract) -> None:
    text = (
        "Moskow menilai sanksi Barat tidak akan mengubah sikapnya. Para pemimpin Barat bertemu di Roma. "
        "Banjir melanda Jawa Barat, terutama desa di sebelah barat Bandung, dan Kalimantan Barat bagian utara. "
        "Warga di Tepi Barat mengungsi."
    )
    actors = _by_id(extract(text, "2025-06-16"))
    west = actors["WST"]
    assert (west.type, west.country, west.sector) == ("GPE", None, "GOV")
    assert [m.text for m in west.mentions] == ["Barat", "Barat"]
    assert "LOC:west-java" in actors and "LOC:west-bank" in actors and "LOC:west-kalimantan" in actors


def test_entities_western_countries_and_the_international_community(extract) -> None:
    text = "Negara-negara Barat dan komunitas internasional mendesak gencatan senjata; masyarakat internasional menunggu."
    actors = _by_id(extract(text, "2025-06-16"))
    assert [m.text for m in actors["WST"].mentions] == ["Negara-negara Barat"]
    community = actors["COL:international-community"]
    assert community.country is None and community.sector == "GOV" and len(community.mentions) == 2


def test_entities_allies_of_a_state_are_not_the_state(extract) -> None:
    text = "Jepang, sekutu AS di Asia, menahan diri, sedangkan sekutu-sekutu Rusia diam. Uni Soviet runtuh pada 1991."
    actors = _by_id(extract(text, "2025-06-16"))
    allies = actors["GRP:USA-allies"]
    assert (allies.country, allies.sector, [m.text for m in allies.mentions]) == (None, "GOV", ["sekutu AS"])
    assert "USA" not in actors and "GRP:RUS-allies" in actors and "RUS" not in actors
    assert actors["SUN"].country == "SUN"


def test_entities_common_words_are_not_capitals(extract) -> None:
    text = "Harga bahan baku naik, lima orang ditahan, dan sebuah kapal bernama Melati tenggelam."
    assert extract(text, "2025-06-16") == []


def test_entities_office_holders_of_june_2025(extract) -> None:
    text = "Panglima Garda Revolusi Iran menyampaikan ancaman baru, sedangkan Menteri Sosial meninjau dapur umum."
    early = _by_id(extract(text, "2025-06-01"))
    late = _by_id(extract(text, "2025-06-20"))
    assert "PER:hossein-salami" in early and "PER:mohammad-pakpour" in late
    assert late["PER:mohammad-pakpour"].sector == "MIL" and late["PER:saifullah-yusuf"].country == "IDN"


def test_entities_provincial_title_gives_the_person_the_country(extract) -> None:
    text = "Gubernur Papua Tengah Yohanes Wakerkwa meresmikan pasar. Wakerkwa berharap pasar ramai."
    person = _by_id(extract(text, "2025-06-16"))["PER:yohanes-wakerkwa"]
    assert (person.country, person.sector) == ("IDN", "GOV")
    assert [m.text for m in person.mentions] == ["Gubernur Papua Tengah", "Yohanes Wakerkwa", "Wakerkwa"]


def test_entities_name_after_a_body_and_title_words_are_not_name_parts(extract) -> None:
    text = "Kepala Badan Riset Daerah Siti Rahmawati mengatakan kajian selesai. Di Kota Riset, Rahmawati tersenyum."
    actors = _by_id(extract(text, "2025-06-16"))
    person = actors["PER:siti-rahmawati"]
    assert [m.text for m in person.mentions][-2:] == ["Siti Rahmawati", "Rahmawati"]
    assert not any(m.text == "Riset" for m in person.mentions)


def test_entities_an_indonesian_body_name_before_another_state_names_that_state_s_body(extract) -> None:
    actors = extract("Kementerian Pariwisata Israel membuka formulir, dan Kementerian Pertahanan Turki menandatangani "
                     "nota dengan Kementerian Pertahanan Indonesia.", "2025-06-16")
    by_name = {a.name: a for a in actors}
    assert by_name["Kementerian Pariwisata Israel"].country == "ISR"
    assert by_name["Kementerian Pertahanan Turki"].country == "TUR"  # with the sector of the Indonesian body
    assert [m.text for a in actors if a.country == "IDN" and a.type == "ORG" for m in a.mentions] == ["Kementerian Pertahanan"]


def test_entities_an_unknown_body_named_with_a_state_is_that_state_s_organisation(extract) -> None:
    actors = extract("Asosiasi Sepak Bola Palestina mengecam Israel. Badan Tenaga Atom Iran membantah laporan "
                     "Dewan Keamanan PBB.", "2025-06-16")
    by_id = {a.actor_id: (a.type, a.country, a.sector) for a in actors}
    assert by_id["PSE:asosiasi-sepak-bola-palestina"] == ("ORG", "PSE", "CVL")
    assert by_id["IRN:badan-tenaga-atom-iran"] == ("ORG", "IRN", "GOV")
    assert "PSE" not in by_id and "IRN" not in by_id and "IGO:UNSC" in by_id
    actors = extract("Direktorat Jenderal Penerbangan Sipil India memerintahkan pemeriksaan.", "2025-06-16")
    assert [(a.actor_id, a.country, a.sector) for a in actors] == [
        ("IND:direktorat-jenderal-penerbangan-sipil-india", "IND", "GOV")]


def test_entities_a_court_prosecutor_or_police_named_with_a_place_abroad_is_that_state_s_body(extract) -> None:
    actors = extract("Kejaksaan Distrik Busan Selatan mendakwa pria itu, lalu Pengadilan Tinggi Kuala Lumpur dan "
                     "Kepolisian Bangkok menanggapi putusan tersebut.", "2025-06-16")
    assert [(a.name, a.type, a.country, a.sector) for a in actors] == [
        ("Kejaksaan Distrik Busan Selatan", "ORG", "KOR", "GOV"), ("Pengadilan Tinggi Kuala Lumpur", "ORG", "MYS", "GOV"),
        ("Kepolisian Bangkok", "ORG", "THA", "GOV")]
    # a home court stays the regional body; a longer capitalised name is left to the recogniser
    actors = extract("Pengadilan Negeri Jakarta Selatan memvonis terdakwa.", "2025-06-16")
    assert [(a.name, a.country) for a in actors] == [("South Jakarta District Court", "IDN")]
    actors = extract("Sidang digelar di Divisi Pidana Pengadilan Distrik Osaka.", "2025-06-16")
    assert "JPN:pengadilan-distrik-osaka" not in {a.actor_id for a in actors}


def test_entities_associations_and_forums_named_with_a_state_are_its_bodies(extract) -> None:
    actors = extract("Gabungan Pengusaha Sawit Malaysia dan Forum Nelayan Filipina menanggapi aturan itu.", "2025-06-16")
    assert [(a.actor_id, a.country, a.sector) for a in actors] == [
        ("MYS:gabungan-pengusaha-sawit-malaysia", "MYS", "BUS"), ("PHL:forum-nelayan-filipina", "PHL", "CVL")]


def test_entities_an_association_the_knowledge_base_lacks_is_civil_society_as_sure_as_a_titled_name(extract) -> None:
    actors = _by_id(extract("Paguyuban Nelayan Pantai Selatan Garut memprotes rencana tambang pasir. Koalisi Warga "
                            "Peduli Sungai Citarum dan Perkumpulan Guru-Guru Honorer menolak aturan itu.", "2025-06-18"))
    for key in ("ORG:paguyuban-nelayan-pantai-selatan-garut", "ORG:koalisi-warga-peduli-sungai-citarum",
                "ORG:perkumpulan-guru-guru-honorer"):
        assert (actors[key].type, actors[key].country, actors[key].sector, actors[key].confidence) == (
            "ORG", "IDN", "CVL", CONFIDENCE["recognised_body"]), key
    # an opener alone, in lower case, or before a run too long for a name names no association
    actors = extract("Ikatan itu kuat. Dia membentuk koalisi Besar.", "2025-06-18")
    assert not [a for a in actors if a.type == "ORG"]


def test_entities_a_body_named_before_the_acronym_it_is_given_is_as_sure_as_a_titled_name(extract) -> None:
    actors = _by_id(extract("Gubernur Jawa Barat menemui pengurus Perkumpulan Petani Kopi Priangan (PPKP) di Garut.",
                            "2025-06-18"))
    body = actors["ORG:perkumpulan-petani-kopi-priangan"]
    assert (body.country, body.sector, body.confidence) == ("IDN", "CVL", KNOWN)  # so it takes part in events
    tokens = tokenize("Himpunan Kawasan Industri (HKI), Badan Pendapatan Daerah (Bapenda), Chief Operating Officer (COO)")
    spans = [(0, 2), (7, 9), (14, 16)]
    assert [defines_acronym(tokens, *span) for span in spans] == [True, True, False]  # a term is no body
    assert not defines_acronym(tokenize("Himpunan Kawasan Industri (PSSI)"), 0, 2)
    assert not defines_acronym(tokenize("Forum Group Discussion (FGD)"), 0, 2)  # a meeting's format


def test_entities_a_title_before_a_long_unknown_body_names_the_person_its_name_lists_open(extract) -> None:
    actors = _by_id(extract("Ketua Paguyuban Pedagang Kaki Lima Siti Aminah menolak rencana relokasi itu.", "2025-06-18"))
    assert set(actors) == {"PER:siti-aminah"}  # the vendors' "Kaki Lima" is not Lima, Peru's capital
    assert (actors["PER:siti-aminah"].country, actors["PER:siti-aminah"].confidence) == ("IDN", CONFIDENCE["new_person"])


def test_entities_more_capitals_are_their_states_and_after_di_the_city(extract) -> None:
    actors = _by_id(extract("Kigali menolak tuduhan Kinshasa. Menteri itu tiba di Kampala pada Senin.", "2025-06-18"))
    assert actors["RWA"].type == "GPE" and "LOC:kampala" in actors and "UGA" not in actors


def test_entities_a_member_of_a_regional_legislature_is_titled(extract) -> None:
    actors = _by_id(extract("Anggota DPRD Kota Depok Rudi Samin mendesak wali kota menutup tempat hiburan itu.", "2025-06-18"))
    assert actors["PER:rudi-samin"].confidence >= KNOWN and actors["PER:rudi-samin"].role == "Anggota"


def test_entities_a_body_name_may_join_two_fields_with_dan_but_a_state_s_name_opens_none(extract) -> None:
    actors = extract("Asosiasi Petani Kopi dan Kakao Vietnam menolak tarif itu.", "2025-06-16")
    assert [(a.actor_id, a.country) for a in actors] == [("VNM:asosiasi-petani-kopi-dan-kakao-vietnam", "VNM")]
    actors = extract("Kemarin Amerika Serikat dan Kanada akhirnya berunding.", "2025-06-16")
    assert [a.actor_id for a in actors] == ["USA", "CAN"]  # "Serikat" of "Amerika Serikat" opens no body


def test_entities_a_junior_office_is_not_the_office_its_title_starts_with(extract) -> None:
    actors = extract("Direktur Penyidikan Jaksa Agung Muda Pidana Khusus mengumumkan penahanan dua tersangka.",
                     "2025-06-16")
    assert not [a for a in actors if a.type == "PER"]  # neither the Attorney General nor a person "Muda Pidana Khusus"


def test_entities_cities_have_their_state_and_words_and_clubs_are_not_cities(extract) -> None:
    actors = extract("Rudal menghantam Isfahan dan Haifa. Pesawat mendarat darurat di Medan. "
                     "Prajurit itu gugur di medan perang. Manchester United kalah di Malang.", "2025-06-16")
    places = {a.actor_id: a.country for a in actors if a.type == "LOC"}
    assert places == {"LOC:isfahan": "IRN", "LOC:haifa": "ISR", "LOC:medan": "IDN", "LOC:malang": "IDN"}
    assert [m.text for a in actors if a.actor_id == "LOC:medan" for m in a.mentions] == ["Medan"]


def test_entities_a_regulation_names_no_person(extract) -> None:
    text = "Aturan itu tertuang dalam Peraturan Menteri Keuangan Nomor 12 Tahun 2025 tentang tarif."
    assert not any(a.type == "PER" for a in extract(text, "2025-06-16"))


# --- glued words and recognised names ------------------------------------------------------


def test_entities_an_apostrophe_inside_a_name_keeps_it_whole_and_a_curly_one_folds_as_straight(extract) -> None:
    assert [t.text for t in tokenize("Ma'ruf, Jum’at, Trump's")] == ["Ma'ruf", ",", "Jum’at", ",", "Trump", "'", "s"]
    assert [t.folded for t in tokenize("Xi’an")] == ["xi'an"]
    actors = {a.actor_id: a for a in extract("Ketua Umum HKI, Achmad Ma'ruf Maulana, meminta kepada pemerintah. Presiden "
                                             "Xi Jinping berkunjung ke Xi’an.", "2025-06-16")}
    assert "PER:achmad-ma-ruf-maulana" in actors  # not "Achmad Ma"
    assert actors["LOC:xi-an"].country == "CHN"  # the knowledge base writes "Xi'an"


def test_entities_glued_tokens_split_next_to_known_names() -> None:
    from sorot.entities.tokens import split_glued

    names = frozenset({"iran", "rusia", "vladimir", "putin", "timur"})
    text = "Iranmenolak usulan itu. Presiden RusiaVladimir Putindan stafnya tiba di Jawa TimurSiang tadi."
    words = [t.text for t in split_glued(tokenize(text), names)]
    assert words[:3] == ["Iran", "menolak", "usulan"]
    assert ["Rusia", "Vladimir", "Putin", "dan"] == words[words.index("Rusia") : words.index("Rusia") + 4]
    assert "Timur" in words and "Siang" in words


def test_entities_a_name_glued_to_a_verb_and_then_to_the_next_name_splits_three_ways() -> None:
    from sorot.entities.tokens import split_glued

    names = frozenset({"erdogan", "iran"})
    text = "Presiden Turki Recep Tayyip ErdoganmengatakanIranmemiliki hak membela diri."
    assert [t.text for t in split_glued(tokenize(text), names)][4:8] == ["Erdogan", "mengatakan", "Iran", "memiliki"]


def test_entities_glued_tokens_keep_real_words() -> None:
    from sorot.entities.tokens import split_glued

    names = frozenset({"indonesia", "sudan", "mas", "ham"})
    text = ("Majalah Indonesiana dan Sudan dibahas; kartu Mastercard, aplikasi TikTok dan TikTok lagi, Penyeberangan "
            "Merak, Sheikh Hamdan.")
    assert [t.text for t in split_glued(tokenize(text), names)] == [t.text for t in tokenize(text)]


def test_entities_a_name_part_of_the_lists_stays_whole(extract) -> None:
    from sorot.entities.tokens import split_glued

    text = "Ketua INMI Sari Wulandari menolak rencana itu, kata Wulan Guritno."
    assert "Wulandari" in [t.text for t in split_glued(tokenize(text), frozenset({"wulan"}), whole=frozenset({"wulandari"}))]
    assert "Wulandari" not in [t.text for t in split_glued(tokenize(text), frozenset({"wulan"}))]
    # a common word too, but not one a capital inside marks as glued
    text = "Dokumentasi acara itu dibagikan. Warga berkumpul diDesa Sukamaju."
    words = [t.text for t in split_glued(tokenize(text), frozenset({"doku", "desa"}), whole=frozenset({"dokumentasi", "didesa"}))]
    assert "Dokumentasi" in words and "Desa" in words
    # in the stage, with the knowledge base's Wulan Guritno
    people = [a.name for a in extract("Anggota Komisi IV DPR Lestari Wulandari Putri menyoroti harga pupuk.", "2025-06-18")
              if a.type == "PER"]
    assert people == ["Lestari Wulandari Putri"]


def test_entities_a_name_ending_in_a_preposition_of_place_stays_whole_unless_a_place_follows() -> None:
    from sorot.entities.tokens import split_glued

    names = frozenset({"kusuma", "jaya", "israel", "indra"})
    text = ("Polisi menahan Ahmad Kusumadi, tersangka penipuan, dan Kombes Ade Ary Syam Indradi membenarkannya; "
            "Asep Jayadi mengatakan serangan militerIsraeldi Jalur Gaza, seranganIsraeldi dekat lokasi itu dan "
            "seranganIsraeldi tengah gencatan senjata berlanjut.")
    words = [t.text for t in split_glued(tokenize(text), names)]
    assert {"Kusumadi", "Indradi", "Jayadi"} <= set(words)
    assert words.count("Israel") == 3 and words.count("di") == 3


def test_entities_a_known_two_word_name_glued_to_a_word_written_on_its_own_elsewhere_splits() -> None:
    from sorot.entities.tokens import split_glued

    names = frozenset({"prabowo", "subianto", "prabowo subianto", "tebing", "singa", "purnama"})
    text = ("Presiden Prabowo Subiantopagi ini berangkat ke Rusia; pagi itu cerah. Polres Tebingtinggi menyebut angka "
            "kejahatan masih tinggi di Singaraja, kota raja, kata Dewi Purnamasari dari pabrik sari buah.")
    words = [t.text for t in split_glued(tokenize(text), names)]
    assert words[2:4] == ["Subianto", "pagi"]
    # a known word that only opens a longer name, without the first word of a known two-word name before it, stays whole
    assert "Tebingtinggi" in words and "Singaraja" in words and "Purnamasari" in words


def test_entities_glued_name_before_a_verb_written_elsewhere() -> None:
    from sorot.entities.tokens import split_glued

    text = "Warga menunggu Sutarjo. Kemudian Sutarjomenjelaskan rencana itu dan warga lain menjelaskan hal serupa."
    words = [t.text for t in split_glued(tokenize(text))]
    assert "Sutarjo" in words[4:] and "menjelaskan" in words[4:7]


def test_entities_glued_actors_have_offsets_of_the_name_only(extract) -> None:
    text = "Serangan militerIsraeldi Jalur Gaza berlanjut, sementara Iranmengeluarkan peringatan keras."
    actors = _by_id(extract(text, "2025-06-10"))
    iran = actors["IRN"].mentions[0]
    assert text[iran.start : iran.end] == "Iran"
    assert any(m.text.endswith("Israel") for a in actors.values() if a.country == "ISR" for m in a.mentions)


def test_entities_a_regional_body_and_its_place_are_one_indonesian_organisation(extract) -> None:
    text = ("Kemarin, Satuan Reserse Kriminal Polres Sukamaju menangkap dua orang. Laporan itu dikirim ke DPRD Jawa "
            "Barat, kata Kepala BPBD Garut Rahmat Hidayat.")
    actors = _by_id(extract(text, "2025-06-10"))
    dprd, polres = actors["IDN:dprd-jawa-barat"], actors["IDN:polres-sukamaju"]
    assert (dprd.name, dprd.country, dprd.sector) == ("West Java Regional House of Representatives", "IDN", "GOV")
    assert polres.name == "Sukamaju Police" and 0.6 <= polres.confidence < 1
    assert "LOC:west-java" not in actors
    head = actors["PER:rahmat-hidayat"]
    assert (head.country, head.sector, head.role) == ("IDN", "GOV", "Kepala")


def test_entities_the_narcotics_agencys_provincial_and_regency_offices_are_regional_bodies(extract) -> None:
    actors = _by_id(extract("BNNP Riau menangkap seorang kurir sabu di Pekanbaru. Badan Narkotika Nasional Provinsi Jawa "
                            "Timur dan BNNK Bogor juga menggelar razia.", "2025-06-10"))
    for actor_id in ("IDN:bnnp-riau", "IDN:bnnp-jawa-timur", "IDN:bnnk-bogor"):
        assert (actors[actor_id].type, actors[actor_id].country, actors[actor_id].sector) == ("ORG", "IDN", "GOV")


@pytest.mark.parametrize("title", ["Presiden ketujuh RI", "Presiden ke-7 RI"])
def test_entities_a_president_of_a_past_term_is_the_one_named_not_the_incumbent(extract, title) -> None:
    actors = _by_id(extract(f"Dukungan {title} Joko Widodo kepada Partai Solidaritas Indonesia disambut para kader di Solo.",
                            "2025-06-10"))
    assert "PER:joko-widodo" in actors and "PER:prabowo-subianto" not in actors


def test_entities_numbered_military_commands_and_red_cross_chapters_are_regional_bodies(extract) -> None:
    text = ("Prajurit Kodim 0611/Garut dan Koramil 0611-05/Cikajang ikut memperbaiki rumah warga. Palang Merah Indonesia (PMI) "
            "Kabupaten Bogor mengirim relawan, sementara 300 PMI asal Jawa Timur dipulangkan dari Malaysia.")
    actors = _by_id(extract(text, "2025-06-10"))
    for actor_id, sector in (("IDN:kodim-0611", "MIL"), ("IDN:koramil-0611-05", "MIL"), ("IDN:pmi-bogor", "CVL")):
        assert (actors[actor_id].type, actors[actor_id].country, actors[actor_id].sector) == ("ORG", "IDN", sector)
    assert not [a for a in actors if a.startswith("IDN:pmi") and a != "IDN:pmi-bogor"]  # migrant workers from a province


def test_entities_regional_offices_police_headquarters_and_hospitals(extract) -> None:
    text = ("Kepala Dispar NTB, Jamaluddin Maladi, menyesalkan insiden itu. Satpol PP Kabupaten Bekasi membongkar bangunan liar. "
            "Pasien dirujuk ke RSUD Cabangbungin. Dinas Perhubungan Provinsi DKI Jakarta menutup jalan. "
            "Pelaku dibawa ke Mapolres Bangkalan.")
    actors = _by_id(extract(text, "2025-06-10"))
    for actor_id in ("IDN:dispar-nusa-tenggara-barat", "IDN:satpol-pp-bekasi", "IDN:rsud-cabangbungin",
                     "IDN:dishub-dki-jakarta", "IDN:polres-bangkalan"):
        assert (actors[actor_id].type, actors[actor_id].country, actors[actor_id].sector) == ("ORG", "IDN", "GOV")
    assert actors["IDN:rsud-cabangbungin"].name == "Cabangbungin Regional Hospital"
    assert actors["PER:jamaluddin-maladi"].country == "IDN"
    actors = _by_id(extract("Kepala Satpol PP Cecep Imam Nagarasid memimpin penertiban.", "2025-06-10"))
    assert "PER:cecep-imam-nagarasid" in actors and not [a for a in actors if "satpol" in a]
    # a hospital's place is one word: the director's name after it is his
    actors = _by_id(extract("Direktur RSUD Cileungsi Ahmad Fauzi menjelaskan kondisi pasien.", "2025-06-10"))
    assert "IDN:rsud-cileungsi" in actors and "PER:ahmad-fauzi" in actors


def test_entities_a_football_club_named_with_its_place_is_a_club_of_the_place_s_state(extract) -> None:
    text = "Persiba Balikpapan menang atas Bali United. Los Angeles FC kalah. Wali kota Balikpapan hadir."
    actors = _by_id(extract(text, "2025-06-10"))
    assert (actors["CLUB:persiba-balikpapan"].type, actors["CLUB:persiba-balikpapan"].country) == ("ORG", "IDN")
    assert actors["CLUB:bali-united"].country == "IDN" and actors["CLUB:los-angeles-fc"].country == "USA"
    assert [m.text for m in actors["LOC:balikpapan"].mentions] == ["Balikpapan"]  # the city only where it is the city
    assert "LOC:bali" not in actors and "LOC:los-angeles" not in actors
    actors = _by_id(extract("Real Madrid mengalahkan Atletico Madrid di laga itu.", "2025-06-10"))
    assert actors["CLUB:real-madrid"].country == "ESP" and "ESP" not in actors  # clubs, not Spain
    actors = _by_id(extract("PSBB Jakarta diperpanjang. Ketua DPW PSI Jakarta hadir.", "2025-06-10"))
    assert not [a for a in actors if a.endswith(("psbb-jakarta", "psi-jakarta"))]


def test_entities_a_court_or_prosecutors_office_of_two_words_and_its_place(extract) -> None:
    text = "Hakim Pengadilan Negeri Jakarta Pusat Budi Santoso memvonis terdakwa. Kejaksaan Tinggi Jawa Timur menahan dua pejabat."
    actors = _by_id(extract(text, "2025-06-10"))
    court, office = actors["IDN:pn-jakarta-pusat"], actors["IDN:kejati-jawa-timur"]
    assert (court.name, court.country, court.sector) == ("Central Jakarta District Court", "IDN", "GOV")
    assert office.name == "East Java High Prosecutor's Office"
    assert (actors["PER:budi-santoso"].country, actors["PER:budi-santoso"].sector) == ("IDN", "GOV")
    abroad = _by_id(extract("Pengadilan Negeri Singapura dan Pengadilan Negeri Istanbul memvonis terdakwa. Ketua "
                            "Pengadilan Negeri Istanbul Mehmet Yilmaz menolak banding.", "2025-06-10"))
    assert not [a for a in abroad.values() if a.country == "IDN"]  # another state's courts and judges


def test_entities_recognised_person_without_context_has_no_country(extract) -> None:
    text = "Pelatih asal Belanda, Hendrik Vermeulen, menilai timnya siap. Vermeulen juga memuji kiper muda itu."
    person = _by_id(extract(text, "2025-06-10"))["PER:hendrik-vermeulen"]
    assert person.country is None and person.type == "PER" and person.confidence < 1
    assert [m.text for m in person.mentions] == ["Hendrik Vermeulen", "Vermeulen"]


def test_entities_recognised_person_after_an_indonesian_police_rank(extract) -> None:
    text = "Kasus itu sudah ditangani. Menurut polisi, Aipda Joko Santosa menjelaskan pelaku sudah ditahan."
    person = _by_id(extract(text, "2025-06-10"))["PER:joko-santosa"]
    assert (person.country, person.sector) == ("IDN", "GOV") and [m.text for m in person.mentions] == ["Joko Santosa"]
    # with the title of a police unit's head before the rank, the person holds that title
    text = "Kasus itu sudah ditangani. Kanit Reskrim, Aipda Joko Santosa menjelaskan pelaku sudah ditahan."
    person = _by_id(extract(text, "2025-06-10"))["PER:joko-santosa"]
    assert (person.country, person.sector, person.role) == ("IDN", "GOV", "Kanit Reskrim")


def test_entities_general_ranks_of_the_indonesian_police_and_military_make_a_person_indonesian(extract) -> None:
    for text, person_id, sector in (
            ("Kasus itu sudah ditangani. Menurut keterangan, Irjen Agus Suryonugroho menjelaskan hal itu.",
             "PER:agus-suryonugroho", "GOV"),
            ("Latihan itu berjalan lancar. Dalam keterangannya, Mayjen Kristomei Sianturi menjelaskan hal itu.",
             "PER:kristomei-sianturi", "MIL")):
        person = _by_id(extract(text, "2025-06-10"))[person_id]
        assert (person.country, person.sector) == ("IDN", sector), text


def test_entities_the_corps_written_after_a_rank_is_not_part_of_the_name(extract) -> None:
    actors = _by_id(extract("Direktur PPA Bareskrim Polri, Brigjen Pol Nurul Azizah, mengatakan operasi berjalan.", "2025-06-20"))
    assert "PER:nurul-azizah" in actors and actors["PER:nurul-azizah"].country == "IDN"
    actors = _by_id(extract("Kepala Pusat Penerangan TNI Mayjen TNI Kristomei Sianturi mengatakan hal itu.", "2025-06-20"))
    assert actors["PER:kristomei-sianturi"].country == "IDN"


def test_entities_recognised_organisation_holding_a_state(extract) -> None:
    text = "Otoritas moneter tetap waspada. Kemarin Bank Sentral Rusia menyetujui perdagangan itu."
    actors = _by_id(extract(text, "2025-06-10"))
    bank = actors["ORG:bank-sentral-rusia"]
    assert (bank.country, bank.sector) == ("RUS", "GOV") and "RUS" not in actors


def test_entities_bare_name_part_prefers_the_person_in_office(extract) -> None:
    text = ("Kunjungan itu meneruskan tradisi ayah Kim Jong Un, Kim Jong Il, "
            "dan kakeknya Kim Il Sung. Kim juga menjanjikan dukungan.")
    actors = _by_id(extract(text, "2024-06-19"))
    assert [m.text for m in actors["PER:kim-jong-un"].mentions] == ["Kim Jong Un", "Kim"]
    assert [m.text for m in actors["PER:kim-jong-il"].mentions] == ["Kim Jong Il"]
    assert "PER:kim" not in actors
    # in 1998 the father was in office and the grandfather was not: the bare name is the father's
    before = _by_id(extract(text, "1998-01-10"))
    assert [m.text for m in before["PER:kim-jong-il"].mentions] == ["Kim Jong Il", "Kim"]


def test_entities_without_a_recogniser_only_the_knowledge_base_is_used() -> None:
    extractor = ActorExtractor(load_knowledge_base())
    actors = extractor("Pelatih asal Belanda, Hendrik Vermeulen, menilai timnya siap.", None)
    assert [a.actor_id for a in actors] == ["GRP:NLD-cvl"]  # Netherlands nationals; no new person


def test_entities_recognised_name_parts_link_to_the_known_person(extract) -> None:
    text = "Menurut Putin, pertemuan itu penting. Presiden Rusia Vladimir Putin lalu kembali ke Moskow."
    actors = _by_id(extract(text, "2025-06-10"))
    assert "PER:putin" not in actors
    assert len(actors["PER:vladimir-putin"].mentions) >= 2


def test_entities_initials_after_berinisial_are_a_person_not_an_acronym(extract) -> None:
    actors = _by_id(extract("Polisi menangkap seorang pria berinisial MK (25). Saat diperiksa, MK mengaku.", "2025-06-18"))
    assert "IDN:MK" not in actors
    person = actors["PER:initials-mk"]
    assert person.type == "PER" and [m.text for m in person.mentions] == ["MK", "MK"]
    assert person.country == "IDN"  # the press names the people of Indonesian cases by initials


def test_entities_a_cue_before_initials_is_split_off_whatever_it_is_glued_to(extract) -> None:
    actors = _by_id(extract("Polisi menangkap seorangguru ngajiberinisial NHN (25) di Ciamis.", "2025-06-18"))
    assert [m.text for m in actors["PER:initials-nhn"].mentions] == ["NHN"]


def test_entities_a_name_after_a_title_its_body_and_a_comma_is_the_holder(extract) -> None:
    actors = extract("Kejaksaan memanggil Sekretaris DPD Partai Golkar Jawa Barat, Rina Kusumawati, pada Senin. "
                     "Kepala Bidang Humas Polda Metro Jaya, Kombes Budi Hermanto, membenarkan hal itu.", "2025-06-20")
    people = {a.name: a.country for a in actors if a.type == "PER"}
    assert people == {"Rina Kusumawati": "IDN", "Budi Hermanto": "IDN"}


def test_entities_a_bare_name_before_the_full_name_is_that_person(extract) -> None:
    actors = extract("Putin akan menandatangani dokumen dengan Kim pada Rabu. Pemimpin Korea Utara Kim Jong Un "
                     "menyambutnya di bandara.", "2024-06-18")
    kim = next(a for a in actors if a.actor_id == "PER:kim-jong-un")
    assert [m.text for m in kim.mentions][:2] == ["Kim", "Pemimpin Korea Utara"]


def test_entities_a_bracketed_abbreviation_between_title_or_body_and_name_is_passed_over(extract) -> None:
    actors = extract("Menteri Luar Negeri Uni Emirat Arab (UEA) Sheikh Hamdan Rashid memperingatkan Israel. "
                     "Ketua Umum Ikatan Nelayan Muda Indonesia (INMI) Sari Wulandari menolak rencana itu.", "2025-06-18")
    people = {a.name: a.country for a in actors if a.type == "PER"}
    assert people == {"Hamdan Rashid": "ARE", "Sari Wulandari": "IDN"}


def test_entities_a_title_s_own_short_form_in_brackets_is_passed_over(extract) -> None:
    actors = extract("Pemerintah Indonesia menertibkan ormas. Wakil Menteri Dalam Negeri (Wamendagri) Ratna Kusuma "
                     "meminta kepala daerah bertindak. Sekretaris Daerah Provinsi (Sekdaprov) Dwi Handayani hadir.",
                    "2025-06-18")
    people = {a.name: a.role for a in actors if a.type == "PER"}
    assert people["Ratna Kusuma"] == "Wakil Menteri Dalam Negeri"
    assert people["Dwi Handayani"] == "Sekretaris Daerah"


def test_entities_a_rank_after_the_region_a_police_chief_serves_opens_the_name(extract) -> None:
    actors = extract("Kapolda Metro Jaya Irjen Pol Karyoto mengimbau warga tenang. Kapolres Metro Bekasi Kombes Pol "
                     "Mustofa meminta pengendara bersabar.", "2025-06-18")
    people = {a.name: (a.country, a.role) for a in actors if a.type == "PER"}
    assert people == {"Karyoto": ("IDN", "Kapolda Metro Jaya"), "Mustofa": ("IDN", "Kapolres Metro Bekasi")}


def test_entities_a_place_the_model_finds_before_a_comma_and_a_state_is_that_state_s(extract) -> None:
    actors = _by_id(extract("Sebuah drone Ukraina menghantam kilang minyak di wilayah Krasnodar, Rusia. Rudal itu jatuh "
                            "di Kharkiv, Ukraina, pada Senin.", "2025-06-18"))
    assert (actors["LOC:krasnodar"].country, actors["LOC:kharkiv"].country) == ("RUS", "UKR")
    assert actors["LOC:krasnodar"].confidence >= 0.6  # sure enough to stand in events
    listed = _by_id(extract("Turnamen itu diikuti tim dari Kyrgistan, Lebanon, dan Yordania.", "2025-06-18"))
    assert listed["LOC:kyrgistan"].country is None  # a list of places, not one set in a state
    subject = _by_id(extract("Usai pertemuan di Lusail, Israel menyatakan tidak akan mundur. Seorang mahasiswa ditembak "
                             "di Savannah, Georgia, pekan lalu. Pasukan Rusia maju ke Kupiansk, Ukraina timur.", "2025-06-18"))
    assert (subject["LOC:lusail"].country, subject["LOC:savannah"].country, subject["LOC:kupiansk"].country) == (
        None, None, "UKR")  # the next clause's subject; a US state's name; a state's part


def test_entities_a_home_office_before_an_intergovernmental_body_is_the_body_s_ministers(extract) -> None:
    actors = extract("Rubio akan menghadiri Pertemuan Menteri Luar Negeri ASEAN di Kuala Lumpur. Menteri Luar Negeri "
                     "G7 mengecam serangan itu.", "2025-06-18")
    assert {a.name for a in actors if a.type == "PER"} == {"Marco Rubio"}  # not Indonesia's foreign minister


def test_entities_immigration_offices_prisons_and_district_courts_are_regional_bodies(extract) -> None:
    actors = _by_id(extract("Seorang WNA ditangkap petugas Imigrasi Batam. Ia dibawa ke Lapas Kelas I Surabaya, lalu ke "
                            "Lapas Kelas IIA sejak Senin. Hakim PN Jakarta Selatan memvonisnya, sesuai Undang-Undang "
                            "Imigrasi Nomor 6.", "2025-06-18"))
    bodies = {a.actor_id: (a.name, a.country) for a in actors.values() if a.actor_id.startswith("IDN:")}
    assert bodies == {"IDN:imigrasi-batam": ("Batam Immigration Office", "IDN"),
                      "IDN:lapas-surabaya": ("Surabaya Prison", "IDN"),  # its class ("Kelas I") is no place
                      "IDN:pn-jakarta-selatan": ("South Jakarta District Court", "IDN")}  # not "Imigrasi Nomor"


def test_entities_a_deputy_of_another_state_s_office_is_of_that_state(extract) -> None:
    actors = extract("Wakil Perdana Menteri Rusia Denis Manturov tiba di Jakarta dan bertemu Ketua Umum Kamar Dagang dan "
                     "Industri (Kadin) Indonesia Anindya Bakrie.", "2025-06-18")
    people = {a.name: a.country for a in actors if a.type == "PER"}
    assert people == {"Denis Manturov": "RUS", "Anindya Bakrie": "IDN"}  # not Indonesia's for a story in Jakarta


def test_entities_a_member_of_a_named_body_or_numbered_commission_is_its_holder(extract) -> None:
    actors = extract("Anggota Komisi IV DPR Lestari Wulandari Putri menyoroti harga pupuk, sementara anggota "
                     "Persatuan Sepak Bola Kota Arif Gunawan menonton laga itu.", "2025-06-18")
    people = {a.name: (a.country, a.sector, a.role) for a in actors if a.type == "PER"}
    assert people["Lestari Wulandari Putri"] == ("IDN", "GOV", "Anggota Komisi IV DPR")
    # a member of no body the knowledge base knows has no title (the recogniser may still find the name)
    assert all(role is None for name, (_, _, role) in people.items() if name != "Lestari Wulandari Putri")


def test_entities_an_embassy_is_its_states_organisation_and_its_place_no_government(extract) -> None:
    actors = _by_id(extract("KBRI Teheran meminta WNI bersiap. Kedubes Australia di Jakarta mengecam aksi itu, "
                            "dan KBRI menyiapkan bus.", "2025-06-18"))
    # the capital as English-language news spells it (the state's `capital` in the knowledge base)
    assert (actors["IDN:embassy-tehran"].name, actors["IDN:embassy-tehran"].country) == ("Indonesia Embassy in Tehran", "IDN")
    assert [m.text for m in actors["AUS:embassy-jakarta"].mentions] == ["Kedubes Australia"]
    assert actors["AUS:embassy-jakarta"].sector == "GOV" and "IDN:EMBASSIES" in actors
    assert "IRN" not in actors and "AUS" not in actors


def test_entities_a_compass_word_ends_the_place_a_title_names_before_the_name(extract) -> None:
    actors = extract("Wakil Bupati Sumba Barat Daya Markus Lende meninjau banjir bersama Bupati Kutai Timur "
                     "Rahmat Santoso.", "2025-06-18")
    assert {a.name for a in actors if a.type == "PER"} == {"Markus Lende", "Rahmat Santoso"}


def test_entities_a_directorate_general_is_a_body_and_no_general(extract) -> None:
    actors = extract("Kementerian itu memerintahkan Direktorat Jenderal Bina Marga untuk memeriksa jembatan, "
                     "kata Jenderal Agus Subiyanto.", "2025-06-18")
    assert {a.name for a in actors if a.type == "PER"} == {"Agus Subiyanto"}


def test_entities_haji_closes_a_body_name_before_the_holder(extract) -> None:
    actors = extract("Kepala Pusat Kesehatan Haji Suryani Dwi Lestari meminta jemaah beristirahat.", "2025-06-18")
    assert {a.name for a in actors if a.type == "PER"} == {"Suryani Dwi Lestari"}


def test_entities_a_preposition_extends_a_title_only_before_a_state_or_body(extract) -> None:
    actors = extract("Presiden itu berbicara kepada wartawan di Rose Garden, didampingi Duta Besar AS untuk Kanada "
                     "Peter Hoekstra.", "2025-06-18")
    assert {a.name for a in actors if a.type == "PER"} - {"Donald Trump"} == {"Peter Hoekstra"}


def test_entities_an_acronym_defined_in_brackets_names_the_body_at_every_use(extract) -> None:
    actors = _by_id(extract("Ikatan Nelayan Muda Indonesia (INMI) menggelar rapat di Surabaya. Kemudian INMI "
                            "mengkritik kebijakan itu.", "2025-06-18"))
    body = actors["IDN:ikatan-nelayan-muda-indonesia"]
    assert [m.text for m in body.mentions] == ["Ikatan Nelayan Muda Indonesia", "INMI", "INMI"]
    assert not any(key.endswith("inmi") for key in actors)


def test_entities_a_word_glued_to_a_linked_word_splits_only_before_a_known_word() -> None:
    from sorot.entities.tokens import split_glued

    text = "Warga terlibat dalamperang itu, daripada diam; tarif naik terhadaptarif lama, lalu padamkan api."
    words = [t.text for t in split_glued(tokenize(text), words=frozenset({"perang"}))]
    assert words[2:4] == ["dalam", "perang"] and "daripada" in words and "padamkan" in words
    assert "terhadaptarif" not in words and words.count("tarif") == 2
    text = "Ia menyoroti dampakperangIran bagi warga. Dampak itu terasa, dan dampak lain menyusul."
    words = [t.text for t in split_glued(tokenize(text), words=frozenset({"perang"}))]
    assert words[2:5] == ["dampak", "perang", "Iran"]
    # two words the text writes on their own; a compound written twice stays whole
    text = ("Polisi menangkap seorangguru ngajiberinisial NHN. Ia seorang guru ngaji, kata pria berinisial AB. "
            "Olahraga itu, kata dia, olahraga rakyat; ia mengolah raga.")
    words = [t.text for t in split_glued(tokenize(text))]
    assert words[2:6] == ["seorang", "guru", "ngaji", "berinisial"] and "olahraga" in words
    # an unknown name glued to a long function word; a city named with a short one stays whole
    words = [t.text for t in split_glued(tokenize("Sekjen Hasto Kristiyantokembali hadir di Pekanbaru."))]
    assert words[1:4] == ["Hasto", "Kristiyanto", "kembali"] and "Pekanbaru" in words


def test_entities_sports_federations_and_ngos_have_no_country_and_competitions_are_not_them(extract) -> None:
    actors = _by_id(extract("PSSI melapor ke FIFA, sementara Palang Merah Internasional membantu warga. Liverpool "
                            "menjamu AFC Bournemouth, dan AFC menunjuk Qatar sebagai tuan rumah.", "2025-06-18"))
    assert (actors["NGO:FIFA"].country, actors["NGO:FIFA"].sector) == (None, "CVL")
    assert actors["IDN:PSSI"].country == "IDN" and "NGO:ICRC" in actors
    assert [m.text for m in actors["NGO:AFC"].mentions] == ["AFC"]  # the federation, not the club


def test_entities_people_of_a_state_named_by_a_common_noun_are_its_civilians_not_its_government(extract) -> None:
    actors = _by_id(extract("Polisi menangkap tiga pria Australia, sementara dua jurnalis Palestina ditahan.", "2025-06-18"))
    assert (actors["GRP:AUS-cvl"].name, actors["GRP:AUS-cvl"].sector) == ("Australia men", "CVL")
    assert actors["GRP:PSE-med"].sector == "MED" and "AUS" not in actors and "PSE" not in actors


def test_entities_warga_are_a_states_citizens_and_warga_sipil_its_civilians(extract) -> None:
    names = {a.actor_id: a.name for a in extract("Warga Kanada diminta pulang, sementara warga sipil Sudan mengungsi.",
                                                 "2025-06-18")}
    assert names["GRP:CAN-cvl"] == "Canada citizens" and names["GRP:SDN-cvl"] == "Sudan civilians"


def test_entities_a_name_after_a_directorate_general_is_the_body(extract) -> None:
    actors = extract("Kementerian itu memerintahkan Direktorat Jenderal Bina Marga untuk memeriksa jembatan.", "2025-06-18")
    assert not [a for a in actors if a.type == "PER"]
    assert [m.text for a in actors if a.type == "ORG" for m in a.mentions] == ["Direktorat Jenderal Bina Marga"]


def test_entities_parties_are_actors_of_their_state_and_give_their_officials_a_country(extract) -> None:
    actors = extract("Wakil Ketua Umum Partai Golkar Budi Hartanto bertemu Sekjen PKB di Jakarta.", "2025-06-16")
    by_id = {a.actor_id: (a.country, a.sector) for a in actors}
    assert by_id["IDN:GOLKAR"] == ("IDN", "GOV") and by_id["IDN:PKB"] == ("IDN", "GOV")
    assert by_id["PER:budi-hartanto"][0] == "IDN"  # from the party his title names
    actors = extract("Senator Partai Demokrat AS mengkritik Partai Republik.", "2025-06-16")
    assert [(a.actor_id, a.country) for a in actors] == [("USA:DEMOCRATS", "USA"), ("USA:REPUBLICANS", "USA")]


def test_entities_an_acronym_the_article_defines_for_another_name_is_not_the_knowledge_base_s(extract) -> None:
    actors = extract("Sekolah itu meneken Perjanjian Kerja Sama (PKS) dengan dinas. Isi PKS itu dibacakan.", "2025-06-16")
    assert "IDN:PKS" not in {a.actor_id for a in actors}  # the agreement, not the party
    actors = extract("Fraksi Partai Keadilan Sejahtera (PKS) menolak usulan itu. PKS meminta kajian ulang.", "2025-06-16")
    assert [len(a.mentions) for a in actors if a.actor_id == "IDN:PKS"] == [3]


def test_entities_a_state_body_the_model_finds_in_a_story_set_at_home_is_indonesian(extract) -> None:
    actors = extract("Pemerintah meminta Badan Informasi Geospasial memperbarui peta. Badan Informasi Geospasial "
                     "menyatakan peta siap.", "2025-06-16")
    body = _by_id(actors)["ORG:badan-informasi-geospasial"]
    assert (body.country, body.sector) == ("IDN", "GOV") and body.confidence >= KNOWN  # sure enough for events
    actors = extract("Kementerian Penerbangan Sipil India memerintahkan Direktorat Jenderal Penerbangan Sipil untuk "
                     "menyelidiki kecelakaan itu. Pemerintah India menyatakan belasungkawa.", "2025-06-16")
    assert all(a.country != "IDN" for a in actors)  # a story set in India: its body is no Indonesian one


def test_entities_a_minister_whose_title_names_no_state_is_indonesian_in_a_home_story(extract) -> None:
    actors = extract("Wakil Menteri Perindustrian Faisol Riza meninjau pabrik baja di Cilegon.", "2025-06-16")
    assert [(a.actor_id, a.country, a.sector) for a in actors if a.type == "PER"] == [("PER:faisol-riza", "IDN", "GOV")]
    actors = extract("Israel dan Iran kembali saling serang. Rudal Iran menghantam Tel Aviv. Menteri Urusan Diaspora "
                     "Amichai Chikli mengecam serangan Iran.", "2025-06-16")
    assert [a.country for a in actors if a.type == "PER"] == [None]  # not Indonesian
    actors = extract("Perdana Menteri Sokha Vannarith mengecam serangan Thailand. Presiden Prabowo menyerukan perdamaian "
                     "di Jakarta.", "2025-06-16")
    assert _by_id(actors)["PER:sokha-vannarith"].country is None  # Indonesia has no prime minister
    actors = extract("Menteri Energi Eli Cohen mengancam Iran. Israel dan Iran kembali saling serang. Presiden "
                     "Prabowo dan Menteri Luar Negeri Sugiono menyerukan gencatan senjata.", "2025-06-16")
    assert _by_id(actors)["PER:eli-cohen"].country is None  # Indonesia's people do not make the story Indonesia's


def test_entities_home_officials_titled_with_no_state_are_indonesian_in_a_home_story(extract) -> None:
    text = ("Gubernur Riau Abdul Wahid menemui massa di Pekanbaru. Wamendagri Bima Arya meminta para kepala daerah "
            "menyalurkan anggaran. Jaksa KPK Wawan Yunarwanto membacakan tuntutan di Jakarta. Hakim Rios Rahmanto "
            "bertanya kepada saksi. Dirjen Hubdar Lukman F Laisa meninjau terminal di Bandung.")
    people = {a.actor_id: (a.country, a.sector) for a in extract(text, "2025-06-16") if a.type == "PER"}
    for person in ("PER:abdul-wahid", "PER:bima-arya-sugiarto", "PER:wawan-yunarwanto", "PER:rios-rahmanto"):
        assert people.get(person) == ("IDN", "GOV"), (person, people)
    assert not [p for p in people if "wamendagri" in p]  # the short title is no part of the name
    actors = extract("Presiden FIFA Gianni Infantino bertemu Erick Thohir di Jakarta.", "2025-06-16")
    assert _by_id(actors)["PER:gianni-infantino"].country != "IDN"  # a title naming a body is that body's
    actors = extract("Israel dan Iran kembali saling serang di Teheran dan Tel Aviv. Gubernur Yossi Levi mengecam Iran.",
                     "2025-06-16")
    assert [a.country for a in actors if a.type == "PER"] == [None]  # a story set abroad


def test_entities_the_cabinet_s_newer_ministries_are_known(extract) -> None:
    actors = _by_id(extract("Wakil Menteri ATR/BPN, Ossy Dermawan, memuji Kementerian Transmigrasi dan Kemenko "
                            "Perekonomian.", "2025-06-16"))
    assert {"IDN:KEMENTRANS", "IDN:KEMENKO-EKON", "IDN:KEMENATR"} <= set(actors)
    assert actors["PER:ossy-dermawan"].country == "IDN"  # the ministry's short name in the title gives the state
    actors = _by_id(extract("Direktorat Jenderal Pajak (DJP) dan KNKT menggelar rapat. PVMBG dan Uni Ekonomi Eurasia "
                            "(EAEU) hadir.", "2025-06-16"))
    assert {"IDN:DJP", "IDN:KNKT", "IDN:PVMBG", "IGO:EAEU"} <= set(actors)


def test_entities_review_cases_of_titles_initials_and_names(extract) -> None:
    people = {a.actor_id: a for a in extract("Sidang digelar di Pengadilan Negeri Jakarta Pusat. Selanjutnya Hakim Ketua "
                                             "Rios Rahmanto membacakan putusan. Kepala Desa Sari Indah hadir.", "2025-06-16")}
    assert people["PER:rios-rahmanto"].country == "IDN"  # "Hakim" after a sentence-opening word is a title
    assert "PER:sari-indah" in people  # common words that are given names still name a person
    actors = {a.actor_id for a in extract("KPK memeriksa Budi Santoso. Polisi menangkap pelaku berinisial AS dan KPK "
                                          "menyelidiki kasus itu.", "2025-06-16")}
    assert "IDN:KPK" in actors and "PER:initials-kpk" not in actors  # a known acronym after initials is not initials
    actors = {a.actor_id for a in extract("Dua kantor berita mewawancarai korban, yakni AP dan AFP.", "2025-06-16")}
    assert "PER:initials-afp" not in actors


def test_entities_a_company_s_president_director_is_business(extract) -> None:
    actors = _by_id(extract("Presiden Direktur BCA Hendra Lembong meninjau cabang di Bandung.", "2025-06-16"))
    assert actors["PER:hendra-lembong"].sector == "BUS"


def test_entities_a_commissioner_s_title_names_the_company_s_person(extract) -> None:
    actors = _by_id(extract("Komisaris Independen PLN, Ali Masykur Musa, hadir di Jakarta.", "2025-06-16"))
    assert (actors["PER:ali-masykur-musa"].country, actors["PER:ali-masykur-musa"].sector) == ("IDN", "BUS")


def test_entities_ordinary_words_after_a_title_and_a_name_holding_hakim_are_no_titled_person(extract) -> None:
    actors = extract("Direktur Jenderal Pendidikan Anak Usia Dini meninjau sekolah di Bogor.", "2025-06-16")
    assert not [a for a in actors if a.type == "PER"]  # "Usia Dini" is the directorate's field
    people = [a.actor_id for a in extract("Kuasa hukum terdakwa, Abdul Hakim Rafagih, hadir. Ketua Majelis Hakim Rosihan Juhriah "
                                          "Rangkuti membacakan putusan.", "2025-06-16") if a.type == "PER"]
    assert "PER:abdul-hakim-rafagih" in people and "PER:rosihan-juhriah-rangkuti" in people


def test_entities_a_product_with_a_model_code_is_no_person(extract) -> None:
    text = ("Kemudian mereka berganti ke Suzuki XL7 dan menyeberang ke Surabaya. Tersangka menggelapkan "
            "kendaraan jenis Suzuki XL7. Kapolda Bali Irjen Daniel Adityajaya membenarkan penangkapan tersebut.")
    people = [a.actor_id for a in extract(text, "2025-06-16") if a.type == "PER"]
    assert not [p for p in people if "suzuki" in p]
    assert "PER:daniel-adityajaya" in people


def test_entities_people_from_a_state_are_its_nationals_and_goods_from_it_stay_the_state_s(extract) -> None:
    actors = extract("Polisi menahan dua pemain asal Brasil dan seorang pelatih asal Portugal.", "2025-06-16")
    assert [(a.actor_id, a.name, a.sector) for a in actors] == [
        ("GRP:BRA-cvl", "Brazil nationals", "CVL"), ("GRP:PRT-cvl", "Portugal nationals", "CVL")]
    actors = extract("Kanada mengenakan bea masuk pada baja asal Vietnam.", "2025-06-16")
    assert [a.actor_id for a in actors] == ["CAN", "VNM"]
    actors = extract("Pemain Spanyol itu membantah kabar tersebut. Bank Rakyat Indonesia (BRI) membagikan dividen.",
                     "2025-06-16")
    assert [a.actor_id for a in actors] == ["GRP:ESP-cvl", "IDN:BRI"]  # a player, and a bank (not its people)


def test_entities_a_title_naming_an_agency_but_no_state_is_indonesian(extract) -> None:
    actors = extract("Kepala Dinas Pendidikan Rini Handayani meminta guru bersiap.", "2025-06-16")
    assert [(a.actor_id, a.country) for a in actors if a.type == "PER"] == [("PER:rini-handayani", "IDN")]
    actors = extract("Kepala Pusat Kesehatan Jepang Rini Handayani meminta warga waspada.", "2025-06-16")
    assert [a.country for a in actors if a.type == "PER"] == ["JPN"]


def test_entities_a_whole_office_does_not_extend_to_the_place_after_it(extract) -> None:
    actors = extract("Presiden Prabowo menerima kunjungan Perdana Menteri Jepang di Istana Merdeka.", "2025-06-18")
    assert [(a.actor_id, a.role) for a in actors if a.type == "PER"] == [
        ("PER:prabowo-subianto", "Presiden"), ("PER:shigeru-ishiba", "Perdana Menteri Jepang")]


def test_entities_one_word_is_a_name_only_after_a_title_that_names_a_state_body(extract) -> None:
    actors = extract("Ketua Komisi IV DPR RI Sudarmin meminta penjelasan pemerintah.", "2025-06-18")
    assert [(a.actor_id, a.country) for a in actors if a.type == "PER"] == [("PER:sudarmin", "IDN")]
    actors = extract("Direktur Utama Tokopedia Kevin menjelaskan rencana itu.", "2025-06-18")
    assert not [a for a in actors if a.type == "PER" and a.confidence >= 0.7]  # a company's name may go on
    actors = extract("Ketua Komisi IV DPR RI Sudarmin Wibowo meminta penjelasan.", "2025-06-18")
    assert [a.actor_id for a in actors if a.type == "PER"] == ["PER:sudarmin-wibowo"]


def test_entities_a_name_after_a_body_abbreviated_in_brackets_and_another_body(extract) -> None:
    actors = extract("Ketua Fraksi Partai Amanat Nasional (PAN) DPR RI Rudi Santosa menyampaikan dukungan.", "2025-06-18")
    assert [(a.actor_id, a.country) for a in actors if a.type == "PER"] == [("PER:rudi-santosa", "IDN")]


def test_entities_a_name_glued_to_a_word_splits_even_when_a_repeated_paragraph_writes_it_twice() -> None:
    from sorot.entities.tokens import split_glued

    names = frozenset({"merz", "wahyu"})
    text = "Merzmenyatakan dukungan. AirAsia terbang. Merzmenyatakan dukungan. AirAsia terbang. Wahyudi dan Wahyudi."
    words = [t.text for t in split_glued(tokenize(text), names)]
    assert words.count("Merz") == 2 and words.count("menyatakan") == 2
    assert words.count("AirAsia") == 2 and words.count("Wahyudi") == 2  # names written twice stay whole


def test_entities_initials_with_an_age_are_a_person_at_every_use(extract) -> None:
    actors = extract("Polisi menangkap dua kurir yakni AP (25) dan RK (31). AP ditahan di Siak.", "2025-06-18")
    assert {a.actor_id: len(a.mentions) for a in actors if a.type == "PER"} == {"PER:initials-ap": 2, "PER:initials-rk": 1}
    assert "MED:AP" not in {a.actor_id for a in actors}


def test_entities_a_state_naming_a_currency_is_no_actor(extract) -> None:
    actors = extract("Jepang memberikan bantuan senilai 10 juta dolar AS kepada Filipina. Harganya 5 dolar Singapura.",
                     "2025-06-18")
    assert [a.actor_id for a in actors] == ["JPN", "PHL"]


def test_entities_a_home_office_in_its_short_form_is_its_holder(extract) -> None:
    actors = extract("Menurut Mendag, tarif itu terlalu tinggi. Menlu RI akan ke Tokyo.", "2025-06-18")
    assert [(a.actor_id, [m.text for m in a.mentions]) for a in actors if a.type == "PER"] == [
        ("PER:budi-santoso", ["Mendag"]), ("PER:sugiono", ["Menlu RI"])]


def test_entities_papuan_armed_groups_are_one_indonesian_opposition_actor(extract) -> None:
    actors = extract("KKB menyerang pos TNI di Intan Jaya, kata juru bicara TPNPB-OPM.", "2025-06-18")
    assert [(a.actor_id, a.country, a.sector) for a in actors if a.actor_id == "IDN:OPM"] == [("IDN:OPM", "IDN", "OPP")]


def test_entities_a_nickname_stands_for_the_person_it_is_given_to(extract) -> None:
    appositive = _by_id(extract(
        "Menteri Perumahan Maruarar Sirait, atau biasa disapa Ara, meninjau lokasi. Ara lalu berbicara.", "2025-06-10"))
    assert [m.text for m in appositive["PER:maruarar-sirait"].mentions][-2:] == ["Ara", "Ara"]
    assert not any(actor_id.endswith(":ara") for actor_id in appositive)
    attribution = _by_id(extract(
        'Direktur Jenderal Pung Nugroho Saksono menjelaskan operasi itu. "Kapal kami mengamankan rumpon," kata pria '
        'yang akrab disapa Ipunk dalam konferensi pers. Ipunk menambahkan bahwa operasi berlanjut.', "2025-06-10"))
    assert [m.text for m in attribution["PER:pung-nugroho-saksono"].mentions].count("Ipunk") == 2
    # the speaker is named before the quote, not inside it
    quoted = _by_id(extract(
        'Menteri Perumahan Maruarar Sirait menemui warga. "Saya sudah melapor kepada Prabowo Subianto," kata pria '
        'yang akrab disapa Ara itu. Ara lalu berbicara.', "2025-06-10"))
    assert [m.text for m in quoted["PER:maruarar-sirait"].mentions][-2:] == ["Ara", "Ara"]
    assert "Ara" not in [m.text for m in quoted["PER:prabowo-subianto"].mentions]
    # "dipanggil X ke ..." is a summons, not a nickname
    summoned = _by_id(extract("Prasetyo Hadi, yang sering dipanggil Presiden ke Istana, membantah isu itu. "
                              "Presiden kemudian berbicara.", "2025-06-10"))
    assert [m.text for m in summoned["PER:prasetyo-hadi"].mentions] == ["Prasetyo Hadi"]
    # a sentence that opens with one may be about anyone named before: no link
    opening = _by_id(extract(
        "Bagnaia enggan menyalahkan Marc Marquez. Pria yang akrab disapa Pecco itu kini di posisi ketiga.", "2025-06-10"))
    assert "Pecco" not in [m.text for m in opening["PER:marc-marquez"].mentions]


def test_entities_regime_epithets_name_their_state(extract) -> None:
    actors = _by_id(extract("Netanyahu menyebut rezim Ayatollah akan runtuh, dan negara Yahudi akan menang.", "2025-06-18"))
    assert [m.text for m in actors["IRN"].mentions] == ["rezim Ayatollah"]
    assert [m.text for m in actors["ISR"].mentions] == ["negara Yahudi"]


def test_entities_a_company_the_model_finds_after_an_indonesian_legal_form_is_indonesian(extract) -> None:
    actors = extract("Otoritas Jasa Keuangan mencabut izin usaha PT Sarana Ventura Abadi pada Senin.", "2025-06-16")
    company = next(a for a in actors if a.name == "PT Sarana Ventura Abadi")
    assert (company.type, company.country, company.sector) == ("ORG", "IDN", "BUS")


def test_entities_a_legal_form_before_capitalised_words_names_a_company_the_model_misses(extract) -> None:
    actors = extract("Izin usaha PT Sinar Laut dibekukan oleh OJK pada Selasa.", "2025-06-17")
    company = next(a for a in actors if a.name == "PT Sinar Laut")
    assert (company.type, company.country, company.sector) == ("ORG", "IDN", "BUS")
    # the form alone, or before lower-case words, names no one
    actors = extract("Saham PT di bursa turun, kata analis pada Selasa.", "2025-06-17")
    assert not [a for a in actors if a.type == "ORG"]


def test_entities_a_body_spelled_out_before_its_acronym_is_an_organisation(extract) -> None:
    actors = _by_id(extract("Forum Pemantau Pangan Nasional (FPPN) mendesak Bulog membuka gudangnya. "
                            "Menurut FPPN, harga beras terus naik.", "2025-06-19"))
    body = actors["ORG:forum-pemantau-pangan-nasional"]
    assert body.type == "ORG" and [m.text for m in body.mentions] == ["Forum Pemantau Pangan Nasional", "FPPN", "FPPN"]
    # a short form of its first words, the name going on after the brackets, names no body of those words
    actors = extract("Komisi Nasional (Komnas) Lansia meminta pemerintah menambah panti.", "2025-06-19")
    assert not [a for a in actors if a.name == "Komisi Nasional"]
    # nor does a kind of body, or people of a kind
    actors = extract("Pemerintah desa membentuk Badan Usaha Milik Desa (BUMDes) dan membina Kelompok Tani Hutan (KTH). "
                     "Rumah itu untuk Masyarakat Berpenghasilan Rendah (MBR).", "2025-06-19")
    assert not [a for a in actors if a.type == "ORG" and a.actor_id.startswith("ORG:")]


def test_entities_a_legal_form_names_a_company_only_before_two_names(extract) -> None:
    # universities, a curriculum vitae and a housing estate are no companies
    for text in ("Kementerian mencatat 12 PT Swasta di Jawa Timur ditutup tahun ini.",
                 "Pelamar diminta melampirkan CV Anda sebelum 30 Juni.",
                 "Warga Perum Taman Sari Depok menolak pembangunan menara di dekat rumah mereka."):
        assert not [a for a in extract(text, "2025-06-19") if a.sector == "BUS"], text


def test_entities_initials_listed_after_an_arrest_are_people_not_a_state(extract) -> None:
    actors = _by_id(extract("Polisi menangkap AS dan DK di sebuah rumah kos di Medan.", "2025-06-19"))
    assert {"PER:initials-as", "PER:initials-dk"} <= set(actors) and "USA" not in actors
    # a state coordinated with a body stays the state, and so does a body of three letters
    actors = _by_id(extract("Indonesia mengecam AS dan Israel atas serangan itu.", "2025-06-19"))
    assert "USA" in actors and not any(key.startswith("PER:initials") for key in actors)
    actors = _by_id(extract("Penyidik menggeledah KPU dan BPN Kabupaten Langkat pada Senin.", "2025-06-19"))
    assert "IDN:KPU" in actors and not any(key.startswith("PER:initials") for key in actors)
    # and the state's short name after a word of one stays the state
    actors = _by_id(extract("Imigrasi memeriksa seorang warga AS. Penyidik kemudian menahan AS dan DP di Denpasar.",
                            "2025-06-19"))
    assert "PER:initials-dp" in actors and [m.text for m in actors["PER:initials-as"].mentions] == ["AS"]


def test_entities_indonesian_migrant_workers_and_the_malaysian_police(extract) -> None:
    actors = _by_id(extract("Dua TKI ditahan aparat keamanan Arab Saudi di Jeddah.", "2025-06-19"))
    assert actors["GRP:IDN-migrant-workers"].country == "IDN"
    actors = _by_id(extract("Polis Diraja Malaysia (PDRM) menangkap tiga pekerja migran Indonesia di Johor.", "2025-06-19"))
    assert (actors["MYS:PDRM"].country, actors["MYS:PDRM"].sector) == ("MYS", "GOV")
    assert "GRP:IDN-migrant-workers" in actors


def test_entities_an_office_of_several_holders_none_named_is_an_unnamed_holder(extract) -> None:
    actors = _by_id(extract("Juru bicara Kementerian Luar Negeri China menepis kritik itu pada Kamis.", "2025-06-19"))
    spokesperson = actors["PER:juru-bicara-kementerian-luar-negeri-china"]
    assert (spokesperson.country, spokesperson.type) == ("CHN", "PER")
    # one of them named in the article is that one
    actors = _by_id(extract("Juru bicara Kementerian Luar Negeri China, Mao Ning, menepis kritik itu.", "2025-06-19"))
    assert "PER:mao-ning" in actors and not any(key.startswith("PER:juru-bicara") for key in actors)
    # several of them are no one person
    actors = _by_id(extract("Para Juru bicara Kementerian Luar Negeri China menepis kritik itu.", "2025-06-19"))
    assert not any(key.startswith("PER:") for key in actors)


def test_entities_initials_after_a_suspect_noun_are_a_person_but_not_a_known_name_or_an_offence(extract) -> None:
    actors = extract("Polisi mengamankan tersangka RZ di Pekanbaru.", "2025-06-16")
    assert [(a.actor_id, a.country) for a in actors if a.type == "PER"] == [("PER:initials-rz", "IDN")]
    actors = extract("Harun Masiku masih menjadi buronan KPK. Polisi menetapkan tersangka TPPU.", "2025-06-16")
    assert not any(a.actor_id.startswith("PER:initials-") for a in actors)
    assert any(a.actor_id == "IDN:KPK" for a in actors)


def test_entities_after_a_relative_s_noun_the_title_names_the_person_right_after_it(extract) -> None:
    actors = extract("Teman kuliah Sekjen PDIP Hasto Kristiyanto, Cecep Hidayat, hadir sebagai saksi.", "2025-06-16")
    hasto = next(a for a in actors if a.actor_id == "PER:hasto-kristiyanto")
    assert (hasto.country, hasto.role) == ("IDN", "Sekjen PDIP")
    assert all(a.role is None for a in actors if a.actor_id == "PER:cecep-hidayat")
    actors = extract("Mobil itu tanpa sopir. Menteri Transportasi AS, Sean Duffy, mengatakan hal itu.", "2025-06-16")
    assert any(a.name == "Sean Duffy" and a.country == "USA" for a in actors)


def test_entities_a_legislators_faction_and_a_politicians_party_title_the_name_after(extract) -> None:
    actors = _by_id(extract("Anggota DPR Fraksi PKS Mardani Ali Sera mendesak pemerintah. Politikus PDIP Guntur "
                            "Romli menanggapinya.", "2025-06-10"))
    mardani, guntur = actors["PER:mardani-ali-sera"], actors["PER:guntur-romli"]
    assert (mardani.country, mardani.role) == ("IDN", "Anggota DPR Fraksi PKS") and mardani.confidence >= 0.6
    assert (guntur.country, guntur.role) == ("IDN", "Politikus PDIP")


def test_entities_arab_european_and_gulf_states_named_together_are_collectives(extract) -> None:
    actors = _by_id(extract("Negara-negara Arab dan sejumlah negara Eropa mengecam Israel, sementara Liga Arab "
                            "bersidang dan Arab Saudi diam.", "2025-06-10"))
    assert actors["COL:arab-states"].country is None and actors["COL:european-countries"].type == "GPE"
    assert {"IGO:ARAB-LEAGUE", "SAU"} <= set(actors)


def test_entities_pbb_after_a_word_of_tax_is_the_land_tax_not_the_united_nations(extract) -> None:
    actors = _by_id(extract("Warga Pati menolak kenaikan PBB hingga 250 persen. Sekjen PBB Antonio Guterres "
                            "menyoroti protes itu.", "2025-08-10"))
    un = actors["IGO:UN"]
    assert [m.start for m in un.mentions] == [58]  # only the Secretary-General's PBB, not the tax at 28


def test_entities_a_state_naming_a_language_is_no_actor(extract) -> None:
    actors = extract("Ia fasih berbahasa Inggris dan mengajar bahasa Arab di Jakarta.", "2025-06-16")
    assert [a.actor_id for a in actors] == ["LOC:jakarta"]
    actors = extract("Ia fasih berbahasa Inggris. Inggris mengecam Rusia.", "2025-06-16")
    assert [(a.actor_id, len(a.mentions)) for a in actors] == [("GBR", 1), ("RUS", 1)]


def test_entities_an_office_s_short_form_in_brackets_does_not_hide_its_state(extract) -> None:
    actors = extract("Menteri Keuangan (Menkeu) Amerika Serikat, Scott Bessent, mendukung RUU itu.", "2025-06-16")
    assert "PER:sri-mulyani-indrawati" not in {a.actor_id for a in actors}  # the US secretary, not Indonesia's minister
    assert _by_id(actors)["PER:scott-bessent"].country == "USA"
    actors = extract("Menteri Luar Negeri (Menlu) Sugiono bertemu Sergei Lavrov.", "2025-06-16")
    assert [a.actor_id for a in actors if a.type == "PER"] == ["PER:sugiono", "PER:sergei-lavrov"]


def test_entities_a_foreign_city_that_is_an_indonesian_word_matches_only_as_written_and_alone(extract) -> None:
    actors = extract("Saham di Bursa Efek Indonesia menguat. Klub itu aktif di bursa transfer.", "2025-06-16")
    assert "LOC:bursa" not in {a.actor_id for a in actors}
    actors = extract("Gempa mengguncang Bursa, Turki.", "2025-06-16")
    assert "LOC:bursa" in {a.actor_id for a in actors}


def test_entities_the_central_banks_markets_news_names_are_their_states_bodies(extract) -> None:
    actors = extract("Bank of England (BoE) menahan suku bunga, sementara Bank Sentral China (People’s Bank of "
                     "China/PBoC) memangkas suku bunga acuan. Bank Sentral Jepang juga menahan suku bunganya.", "2025-06-16")
    assert [(a.actor_id, a.country, a.sector) for a in actors] == [
        ("GBR:BOE", "GBR", "GOV"), ("CHN:PBOC", "CHN", "GOV"), ("JPN:BOJ", "JPN", "GOV")]


def test_entities_a_commission_of_the_house_named_as_a_body_is_an_actor_of_its_own(extract) -> None:
    text = ("Hasbiallah menegaskan Komisi III DPR RI akan terus mencermati kasus ini. Komisi III juga memanggil "
            "Kapolri. Wakil Ketua Komisi X DPR RI Lalu Hadrian Irfani menyayangkan pernyataan itu.")
    actors = _by_id(extract(text, "2025-06-18"))
    commission = actors["IDN:komisi-iii-dpr"]
    assert (commission.name, commission.country, commission.sector) == (
        "Commission III of the House of Representatives", "IDN", "GOV")
    assert [m.text for m in commission.mentions] == ["Komisi III DPR RI", "Komisi III"]
    assert "IDN:komisi-x-dpr" not in actors  # inside a member's title it only titles the member
    assert actors["PER:lalu-hadrian-irfani"].country == "IDN"


def test_entities_a_legislator_s_faction_after_dari_belongs_to_the_title(extract) -> None:
    for text in ("Anggota Komisi III DPR RI dari Fraksi PKB Hasbiallah Ilyas meminta polisi mengusut kasus itu.",
                 "Anggota Komisi III DPR RI dari Fraksi Partai Kebangkitan Bangsa (PKB) Hasbiallah Ilyas meminta maaf."):
        person = _by_id(extract(text, "2025-06-18"))["PER:hasbiallah-ilyas"]
        assert (person.country, person.sector) == ("IDN", "GOV") and person.role.startswith("Anggota Komisi III DPR RI dari")
    # only a title takes the faction: a resident is no legislator
    assert all(a.role is None for a in extract("Warga dari Fraksi PDIP Budi meminta maaf.", "2025-06-18"))


def test_entities_an_acronym_the_text_writes_is_not_split_into_a_state(extract) -> None:
    actors = _by_id(extract("Pemerintah membayarkan gaji ke-13 ASNpusat dan ASN daerah.", "2025-06-18"))
    assert "USA" not in actors
    actors = _by_id(extract("Presiden ASDonald Trump menolak. Donald Trump marah.", "2025-06-18"))
    assert "PER:donald-trump" in actors  # a known name after a state's short form is still split off


def test_entities_a_state_named_as_a_village_or_a_street_is_a_local_place(extract) -> None:
    actors = _by_id(extract("Bantuan dikirim ke Desa Kanada di Flores Timur. Massa berkumpul di Jalan Palestina.",
                            "2025-06-18"))
    assert "CAN" not in actors and "PSE" not in actors
    assert actors["LOC:desa-kanada"].country == "IDN"
    assert "CAN" in _by_id(extract("Kanada menolak tarif itu di desa itu.", "2025-06-18"))


def test_entities_football_clubs_of_the_knowledge_base(extract) -> None:
    text = ("Manchester City menang atas Wydad AC. Persib Bandung mengalahkan Persija. Chelsea Islan menonton Arsenal. "
            "Gudang arsenal senjata meledak.")
    actors = _by_id(extract(text, "2025-06-18"))
    assert {a: actors[a].country for a in actors if a.startswith("CLUB:")} == {
        "CLUB:manchester-city": "GBR", "CLUB:wydad-ac": "MAR", "CLUB:persib": "IDN", "CLUB:persija": "IDN",
        "CLUB:arsenal": "GBR"}  # not the actress Chelsea Islan, nor an arsenal of weapons
    assert [m.text for m in actors["CLUB:arsenal"].mentions] == ["Arsenal"]
    assert all(actors[a].confidence < KNOWN for a in actors if a.startswith("CLUB:"))  # a club takes no part in events


def test_entities_a_club_s_last_word_after_its_name_is_the_club(extract) -> None:
    actors = _by_id(extract("Manchester City menang 2-0. Kemenangan City membuat mereka memimpin Grup G di Philadelphia.",
                            "2025-06-18"))
    assert [m.text for m in actors["CLUB:manchester-city"].mentions] == ["Manchester City", "City"]
    assert "ORG:city" not in actors
    # not a place, nor a word before the club is named
    actors = _by_id(extract("Borussia Dortmund menang. Para pendukung merayakan di Dortmund.", "2025-06-18"))
    assert [m.text for m in actors["CLUB:borussia-dortmund"].mentions] == ["Borussia Dortmund"] and "LOC:dortmund" in actors


def test_entities_a_name_right_after_a_known_company_is_a_product_and_a_state_its_arm(extract) -> None:
    text = ("Yamaha Aerox Alpha Turbo diluncurkan. Honda Step Wgn dijual. Direktur Yamaha Rudi Hartawan menjelaskan. "
            "Yamaha Indonesia meluncurkan motor baru. Indonesia menolak tarif itu.")
    actors = _by_id(extract(text, "2025-06-18"))
    assert not [a for a in actors if "aerox" in a or "wgn" in a]  # products, not people
    assert actors["BUS:yamaha"].country == "JPN" and actors["BUS:honda"].country == "JPN"
    assert actors["PER:rudi-hartawan"].role == "Direktur Yamaha"  # a title still names its holder
    arm = actors["IDN:yamaha-indonesia"]
    assert (arm.type, arm.country, arm.sector) == ("ORG", "IDN", "BUS")
    assert [m.text for m in actors["IDN"].mentions] == ["Indonesia"]  # the state only where it is the state


def test_entities_a_company_whose_name_is_also_a_word_names_its_arm_at_a_sentence_start(extract) -> None:
    # "Grab" and "Google" are matched as written and, opening a sentence, only before a verb; a state's name
    # after them makes the firm's arm there all the same, not the state
    text = ("Grab Indonesia resmi bekerja sama dengan Pemerintah Provinsi DKI Jakarta untuk layanan angkutan lansia. "
            "Google Indonesia menggandeng Kementerian Perhubungan untuk melatih ribuan pengemudi di daerah.")
    actors = _by_id(extract(text, "2025-06-18"))
    assert {"IDN:grab-indonesia", "IDN:google-indonesia"} <= set(actors) and "IDN" not in actors
    assert (actors["IDN:grab-indonesia"].country, actors["IDN:grab-indonesia"].sector) == ("IDN", "BUS")
    # not inside another firm's name
    actors = _by_id(extract("PT Sinar Grab Indonesia Sejahtera membuka gudang baru di Cikarang pada Senin.", "2025-06-18"))
    assert "IDN:grab-indonesia" not in actors and "BUS:grab" not in actors


def test_entities_a_facility_named_after_its_place_and_competitions_and_zodiac_signs(extract) -> None:
    text = ("Konser digelar di Jakarta Convention Center. Timnas tampil di Piala Eropa. Ramalan zodiak Aries dan "
            "Virgo hari ini. Pemanjat Aries Susanti Rahayu juara. Warga Kabupaten Bekasi mengungsi ke Jakarta.")
    actors = _by_id(extract(text, "2025-06-18"))
    assert actors["LOC:jakarta-convention-center"].country == "IDN"
    assert [m.text for m in actors["LOC:jakarta"].mentions] == ["Jakarta"]  # the city where it is the city
    assert not [a for a in actors if "europe" in a or "eropa" in a]
    assert not [a for a in actors if a.endswith(("aries", "virgo"))] and "PER:aries-susanti-rahayu" in actors
    assert "LOC:bekasi" in actors and not [a for a in actors if "kabupaten-bekasi" in a]  # a regency is its place


def test_entities_indonesian_bodies_the_recogniser_finds_in_a_story_set_at_home(extract) -> None:
    text = ("KPK memeriksa saksi di Jakarta. Ketua Yayasan Amanah Bangun Negeri hadir. Mahasiswa Universitas Pancasakti "
            "berunjuk rasa. Pemain Swansea City menonton.")
    actors = _by_id(extract(text, "2025-06-18"))
    for body in ("ORG:yayasan-amanah-bangun-negeri", "ORG:universitas-pancasakti"):
        assert actors[body].country == "IDN", body
    assert actors["ORG:swansea-city"].country is None  # a name with no Indonesian body's word keeps no state


def test_entities_speakers_after_a_verb_of_saying_and_holders_after_a_long_body(extract) -> None:
    text = ('"Kami membagikan makanan," kata Basiro dilansir Antara. "Gratis," ujar Tuhiyat. "Siap," kata Presiden. '
            '"Kami siap," kata Head of Media Relations PT IMIP, Dedy Kurniawan.')
    actors = _by_id(extract(text, "2025-06-18"))
    assert "PER:basiro" in actors and "PER:tuhiyat" in actors
    assert "PER:head" not in actors and not [a for a in actors if a.endswith("presiden")]
    text = ("Dosen Sejarah Fakultas Ilmu dan Budaya (FIB) UGM, Baha Uddin, mengapresiasi penetapan itu. "
            "Direktur Utama PT MRT Jakarta (Perseroda), Tuhiyat mengatakan tarif gratis. "
            "Analis Sucor Sekuritas Andreas Yordan Tarigan memberikan rekomendasi. "
            "Kata Plt Ketua Komite Nasional Keselamatan Transportasi (KNKT) Ahmad Wildan, sopir harus beristirahat. "
            "Pria itu ditangkap di Kelurahan Ratu Jaya, Cipayung.")
    actors = _by_id(extract(text, "2025-06-18"))
    assert actors["PER:baha-uddin"].role == "Dosen" and actors["PER:tuhiyat"].role == "Direktur Utama PT MRT Jakarta"
    assert actors["PER:andreas-yordan-tarigan"].role == "Analis Sucor Sekuritas"  # the securities firm is known
    assert actors["PER:ahmad-wildan"].role == "Ketua Komite Nasional Keselamatan Transportasi"
    assert "PER:cipayung" not in actors  # a place after a village's name and a comma is no holder


def test_entities_fixes_of_the_probe_of_the_new_actor_rules(extract) -> None:
    # a foreigner's noun before a name keeps it of no state, even in a story set at home
    text = "Ditjen Imigrasi mendeportasi seorang warga negara asing bernama Alexander Petrov."
    assert _by_id(extract(text, "2025-06-18"))["PER:alexander-petrov"].country is None
    # a club's home place does not make its players Indonesian (Liga 1 squads hold foreigners);
    # a company's name as a surname is no company
    text = "Bek Persija, Ondrej Kudela, cedera saat berlatih."
    assert _by_id(extract(text, "2025-06-18"))["PER:ondrej-kudela"].country is None
    actors = _by_id(extract("Ferdinand Porsche dan putrinya Louise Piech memimpin perusahaan itu.", "2025-06-18"))
    assert "BUS:porsche" not in actors and "PER:ferdinand-porsche" in actors
    # a person's noun before a company: the name after it is a person's, not a product's
    assert "PER:toshihiro-mibe" in _by_id(extract("Bos Honda Toshihiro Mibe mengatakan merger batal.", "2025-06-18"))
    # a title naming a company's arm in a state is of that state
    text = "Direktur Pemasaran Yamaha Indonesia, Antonius Widiantoro, menyebut permintaan skuter tinggi."
    assert _by_id(extract(text, "2025-06-18"))["PER:antonius-widiantoro"].country == "IDN"
    # cities and regions are no clubs, a cement company no club
    for text in ("Wisatawan memadati kota Dortmund.", "Banjir melanda wilayah Lazio, Italia tengah.",
                 "PT Semen Padang menyalurkan bantuan kepada korban banjir."):
        assert not [a for a in _by_id(extract(text, "2025-06-18")) if a.startswith("CLUB:")], text
    # a place after a body and a comma, before another comma, is no holder
    text = "Ketua Koperasi Unit Desa Sumber Rejeki, Ngantang, mengatakan harga gabah anjlok."
    assert "PER:ngantang" not in _by_id(extract(text, "2025-06-18"))


def test_entities_fixes_of_the_review_of_the_new_actor_rules(extract) -> None:
    # a bare commission after another legislature's is not the House's; a digit numeral is the Roman one
    text = ("Komisi III DPR menggelar rapat. Komisi 3 DPR memanggil Kapolri. "
            "Komisi III DPRD Jawa Barat menolak usulan itu.")
    actors = _by_id(extract(text, "2025-06-18"))
    assert [m.text for m in actors["IDN:komisi-iii-dpr"].mentions] == ["Komisi III DPR", "Komisi 3 DPR"]
    # a verb of saying names a speaker only after a quote or a comma
    assert "PER:ciliwung" not in _by_id(extract("Warga sebut Ciliwung meluap lagi.", "2025-06-18"))
    # an Indonesian acronym of health cards is no carmaker, nor is the Islamic organisation Persis a club
    actors = _by_id(extract("Ibu hamil membawa buku KIA ke posyandu. Ketua PP Persis hadir. Kia meluncurkan mobil.",
                            "2025-06-18"))
    assert [m.text for m in actors["BUS:kia"].mentions] == ["Kia"] and "CLUB:persis-solo" not in actors
    # San Antonio's Spurs are no Tottenham
    assert "CLUB:tottenham-hotspur" not in _by_id(extract("San Antonio Spurs menang atas Lakers.", "2025-06-18"))


def test_entities_a_superscript_numeral_after_komisi_is_no_commission(extract) -> None:
    actors = _by_id(extract("Komisi 60⁰ DPR tidak ada. Komisi 3 DPR memanggil Kapolri.", "2025-06-18"))
    assert "IDN:komisi-iii-dpr" in actors and not [a for a in actors if "60" in a]


def test_entities_indonesian_regencies_of_the_knowledge_base(extract) -> None:
    text = ("Wisatawan berkunjung ke Raja Ampat. Warga Flores Timur mengungsi. Banjir melanda Kabupaten Lebak. "
            "Warga tiba di Stasiun Lebak Bulus. Batang pohon tumbang.")
    actors = _by_id(extract(text, "2025-06-18"))
    for place in ("LOC:raja-ampat", "LOC:flores-timur", "LOC:lebak"):
        assert actors[place].country == "IDN", place
    assert [m.text for m in actors["LOC:lebak"].mentions] == ["Kabupaten Lebak"]  # not Lebak Bulus, a Jakarta station
    assert "LOC:batang" not in actors  # a tree's trunk, not the regency


def test_entities_short_titles_of_home_police_prosecutors_and_agency_heads_name_indonesian_officials(extract) -> None:
    for text, person, role in [
        ("Kapuspenkum Kejagung Harli Siregar mengatakan penyidik masih memeriksa saksi.", "PER:harli-siregar",
         "Kapuspenkum Kejagung"),
        ("Kasat Reskrim Polres Rokan Hulu AKP Rejoice Manalu mengatakan pelaku sudah ditangkap.", "PER:rejoice-manalu",
         "Kasat Reskrim"),
        ("Kabid Humas Polda Jawa Timur Kombes Jules Abraham Abast menyatakan kasus itu diselidiki.",
         "PER:jules-abraham-abast", "Kabid Humas"),
        ("Kapolresta Banyuwangi Kombes Rama Samtama Putra meninjau lokasi banjir.", "PER:rama-samtama-putra",
         "Kapolresta Banyuwangi"),
        ("Kajati Jawa Barat Katarina Endang Sarwestri menetapkan dua tersangka.", "PER:katarina-endang-sarwestri",
         "Kajati Jawa Barat"),
        ("Kadiv Humas Polri Irjen Sandi Nugroho mengatakan kasus itu diselidiki.", "PER:sandi-nugroho", "Kadiv Humas Polri"),
    ]:
        found = _by_id(extract(text, "2025-06-18"))
        assert person in found, text
        assert (found[person].country, found[person].sector, found[person].role) == ("IDN", "GOV", role)
        assert found[person].confidence >= 0.6  # as sure as a titled name: it takes part in events


def test_entities_a_known_persons_namesake_after_a_police_title_or_rank_is_another_person(extract) -> None:
    found = _by_id(extract("Wakapolres Bogor Kompol Budi Santoso memimpin apel. Budi Santoso mengatakan pelaku "
                           "sudah ditangkap.", "2025-06-18"))
    assert "PER:budi-santoso" not in found  # not the trade minister, at either mention
    namesake = found["PER:budi-santoso-wakapolres-bogor"]
    assert (namesake.role, len(namesake.mentions)) == ("Wakapolres Bogor", 3)
    found = _by_id(extract("Kapolsek Cibinong AKP Sugiono mengatakan pelaku ditangkap. Menurut Sugiono, pelaku "
                           "berusia 20 tahun.", "2025-06-18"))
    assert "PER:sugiono" not in found and len(found["PER:sugiono-kapolsek"].mentions) == 3
    found = _by_id(extract("Kapolsek Menteng AKBP Sri Mulyani mengatakan pelaku sudah ditangkap. Sri Mulyani menambahkan, "
                           "motifnya masih didalami.", "2025-06-18"))
    assert "PER:sri-mulyani-indrawati" not in found and len(found["PER:sri-mulyani"].mentions) == 3
    # nor a title the known person holds, a general's or a retired rank, nor a command known people held
    for text, person in [("Kepala BNPB Letjen TNI Suharyanto meninjau lokasi banjir.", "PER:suharyanto"),
                         ("Jenderal TNI (Purn) Luhut Binsar Pandjaitan bertemu Presiden Prabowo.", "PER:luhut-binsar-pandjaitan"),
                         ("Kapolda Jawa Tengah Irjen Ahmad Luthfi menangkap pelaku pada 2023.", "PER:ahmad-luthfi")]:
        assert [a.actor_id for a in extract(text, "2025-06-18") if a.type == "PER"][:1] == [person], text
    # the known person named again after the namesake is the known person
    found = _by_id(extract("Wakapolres Bogor Kompol Budi Santoso memimpin apel. Menteri Perdagangan Budi Santoso membuka "
                           "pameran. Budi Santoso menambahkan ekspor naik.", "2025-06-18"))
    assert len(found["PER:budi-santoso"].mentions) == 3 and len(found["PER:budi-santoso-wakapolres-bogor"].mentions) == 2
    # a rank the known person is known by makes no namesake ("Mayor Teddy", the cabinet secretary)
    for text in ("Sekretaris Kabinet Mayor Teddy Indra Wijaya mendampingi Presiden Prabowo ke Rusia.",
                 "Mayor Teddy Indra Wijaya mendampingi Presiden Prabowo dalam kunjungan kerja."):
        assert [a.actor_id for a in extract(text, "2025-06-18") if a.type == "PER"] == \
            ["PER:teddy-indra-wijaya", "PER:prabowo-subianto"], text
    # the police chief and the minister themselves stay the known people
    assert "PER:listyo-sigit-prabowo" in _by_id(extract("Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi.", "2025-06-18"))
    assert "PER:budi-santoso" in _by_id(extract("Menteri Perdagangan Budi Santoso membuka pameran.", "2025-06-18"))


def test_entities_a_home_office_s_words_before_another_state_are_that_state_s_office(extract) -> None:
    found = _by_id(extract("Wakil Menteri Perdagangan China Ling Ji mengunjungi Jakarta pada Selasa.", "2025-06-18"))
    assert found["PER:ling-ji"].country == "CHN"  # not Indonesia's deputy trade minister's country
    # with no holder named or known, the title of another state's cabinet member is its unnamed holder
    found = _by_id(extract("Menteri Perdagangan Budi Santoso bertemu Menteri Perdagangan Jepang di Tokyo.", "2025-06-18"))
    assert (found["PER:menteri-perdagangan-jepang"].country, found["PER:budi-santoso"].country) == ("JPN", "IDN")
    found = _by_id(extract("Menlu Sugiono bertemu Menteri Pertahanan Malaysia di Kuala Lumpur.", "2025-06-18"))
    assert (found["PER:menteri-pertahanan-malaysia"].country, found["PER:menteri-pertahanan-malaysia"].sector) == ("MYS", "MIL")
    # not a past holder, nor one named after a comma
    assert "PER:menteri-kebudayaan-prancis" not in _by_id(extract(
        "Menteri Kebudayaan Prancis saat itu, Jack Lang, membuka festival.", "2025-06-18"))
    # but officials and envoys stay what they were: a group, or a generic agent for the event coder
    found = _by_id(extract("Kapal itu sudah tiba, kata pejabat AS. Menlu Sugiono bertemu duta besar Jepang.", "2025-06-18"))
    assert "PER:pejabat-as" not in found and "PER:duta-besar-jepang" not in found


def test_entities_customs_regional_offices_and_bodies_news_names_in_law_and_labour_stories(extract) -> None:
    found = _by_id(extract("Bea Cukai Batam menangkap dua warga. Bea Cukai menyita rokok ilegal.", "2025-06-18"))
    assert found["IDN:bea-cukai-batam"].name == "Batam Customs Office" and "IDN:DJBC" in found  # and not the place Batam
    assert "LOC:batam" not in found
    for text, actor_id, country in [("Afifuddin diperiksa oleh DKPP pada Senin.", "IDN:DKPP", "IDN"),
                                    ("Partai Buruh dan KSPI menggelar aksi.", "IDN:KSPI", "IDN"),
                                    ("Kemenhub menegur maskapai Lion Air.", "BUS:lion-air", "IDN"),
                                    ("Bank Indonesia dan Bank Negara Malaysia sepakat.", "MYS:BNM", "MYS"),
                                    ("Kejaksaan RI menahan dua tersangka.", "IDN:KEJAGUNG", "IDN")]:
        assert found_country(extract(text, "2025-06-18"), actor_id) == country, text
    # a state-owned company's name closing with the state is the company, before a titled name too
    found = _by_id(extract("Komisaris Pupuk Indonesia Yovie Widianto bertemu Menteri BUMN.", "2025-06-18"))
    assert "IDN:PUPUK-INDONESIA" in found and found["PER:yovie-widianto"].role == "Komisaris Pupuk Indonesia"
    assert "IDN" not in found
    assert not extract("Pemerintah menaikkan tarif bea cukai untuk rokok.", "2025-06-18")  # the duty, not the agency


def found_country(actors: list[ArticleActor], actor_id: str) -> str | None:
    """The country of an actor of the list, or "missing" when it is not there."""
    return next((a.country for a in actors if a.actor_id == actor_id), "missing")


def test_entities_a_flag_grade_is_part_of_the_rank_and_a_ship_named_after_a_person_is_no_person(extract) -> None:
    found = _by_id(extract("Kepala Bakamla Laksamana Madya Irvansyah mengatakan kapal itu ditangkap.", "2025-06-18"))
    assert "PER:irvansyah" in found and "PER:madya-irvansyah" not in found
    found = _by_id(extract("Kapal perang TNI AL KRI Bung Tomo menangkap kapal ikan Vietnam di Natuna.", "2025-06-18"))
    assert not [a for a in found.values() if a.type == "PER"] and "IDN:TNI-AL" in found


def test_entities_an_ordinal_after_a_title_names_a_past_holder_not_the_present_one(extract) -> None:
    found = _by_id(extract("Wakil Presiden RI ke 10 dan 12 M Jusuf Kalla bertemu Presiden Prabowo.", "2025-06-18"))
    assert "PER:gibran-rakabuming-raka" not in found and found["PER:jusuf-kalla"].country == "IDN"
    assert "PER:gibran-rakabuming-raka" in _by_id(extract("Wakil Presiden RI meninjau lokasi.", "2025-06-18"))


def test_entities_the_title_after_selaku_is_the_name_s_before_it(extract) -> None:
    found = _by_id(extract("Siska Juminto selaku Presiden Direktur Tokopedia mengatakan layanan itu diperluas.", "2025-06-18"))
    assert (found["PER:siska-juminto"].role, found["PER:siska-juminto"].country) == ("Presiden Direktur Tokopedia", "IDN")
    assert not [a for a in extract("Asset Management selaku Para Pemegang Saham menyetujui rencana itu.", "2025-06-18")
                if a.type == "PER"]


def test_entities_a_regional_body_written_in_full_or_short_is_one_actor(extract) -> None:
    text = ("Kepolisian Daerah Jawa Timur menangkap dua tersangka. Polda Jatim masih memburu pelaku lain. Polres Metro "
            "Jakarta Selatan dan Polres Jaksel menyita barang bukti. Kepolisian Resor Kota Besar Medan menahan tiga "
            "orang, kata Polrestabes Medan. Kejaksaan Tinggi Jawa Barat menahan pejabat itu; Kejati Jabar menyebut "
            "kerugiannya. Pengadilan Negeri Jakarta Pusat dan PN Jakpus. Polda Metro Jaya hadir. DPRD Kota Bekasi "
            "dan DPRD Kabupaten Bekasi bersidang.")
    actors = _by_id(extract(text, "2025-06-10"))
    bodies = {a.actor_id: (a.name, len(a.mentions)) for a in actors.values() if a.actor_id.startswith("IDN:")}
    assert bodies == {"IDN:polda-jawa-timur": ("East Java Regional Police", 2),
                      "IDN:polres-jakarta-selatan": ("South Jakarta Police", 2),
                      "IDN:polrestabes-medan": ("Medan City Police", 2),
                      "IDN:kejati-jawa-barat": ("West Java High Prosecutor's Office", 2),
                      "IDN:pn-jakarta-pusat": ("Central Jakarta District Court", 2),
                      "IDN:polda-metro-jaya": ("Metro Jaya Regional Police", 1),  # "Metro" before no known place
                      "IDN:dprd-kota-bekasi": ("Kota Bekasi Regional House of Representatives", 1),
                      "IDN:dprd-bekasi": ("Kabupaten Bekasi Regional House of Representatives", 1)}
    # a short form in brackets between the body's words and its place; a body the knowledge base holds
    actors = _by_id(extract("Kepolisian Daerah (Polda) Metro Jaya menangkap pelaku. Pemerintah Provinsi (Pemprov) Jawa "
                            "Barat dan Pemprov Jabar menggelar rapat.", "2025-06-10"))
    assert "IDN:polda-metro-jaya" in actors and len(actors["IDN:PEMPROV-JABAR"].mentions) == 2
    # another state's province is no Indonesian body
    actors = _by_id(extract("Pemerintah Provinsi Guangdong mengirimkan bantuan ke Vietnam.", "2025-06-10"))
    assert not [a for a in actors if a.startswith("IDN:")]


def test_entities_a_head_named_by_title_alone_is_the_body_he_heads(extract) -> None:
    # "Kapolda X" with no name after it speaks for the Polda (past a day set off by commas, after a dateline, as a
    # quote's speaker)
    actors = _by_id(extract("Makassar - Kapolda Sulawesi Selatan menepis kabar itu, sedangkan Kajati Jawa Timur menunda "
                            "sidang. Kapolres Jakarta Utara, Selasa (17/6), menemui warga. \"Kami siaga,\" kata Kapolres "
                            "Depok.", "2025-06-18"))
    assert {"IDN:polda-sulawesi-selatan", "IDN:kejati-jawa-timur", "IDN:polres-jakarta-utara", "IDN:polres-depok"} <= \
        set(actors)
    # with a name, the title is the person's, and so it is after a qualifier or a relative's noun or as a verb's object
    actors = _by_id(extract("Kapolres Sleman AKBP Edy Setyanto menemui warga. Kapolda Bali, Irjen Daniel Adityajaya, "
                            "hadir. Bekas Kapolsek Cibinong ditahan. Propam memeriksa Kapolres Ngada. Istri Kapolres "
                            "Bantul hadir.", "2025-06-10"))
    assert not [a for a in actors if a.startswith("IDN:pol")]
    assert {"PER:edy-setyanto", "PER:daniel-adityajaya"} <= set(actors)


def test_entities_a_regional_body_s_word_alone_is_the_one_named_before(extract) -> None:
    actors = _by_id(extract("Polres Sleman menahan dua pria. Polres juga memeriksa lima saksi di Gedung DPRD Kabupaten "
                            "Sleman, dan DPRD berjanji membantu.", "2025-06-18"))
    assert len(actors["IDN:polres-sleman"].mentions) == 2 and len(actors["IDN:dprd-sleman"].mentions) == 2
    # not when two bodies of that word were named: which one is meant is not said
    actors = _by_id(extract("Polres Sleman dan Polres Bantul menggelar razia. Polres juga menyita ratusan botol miras.",
                            "2025-06-18"))
    assert [len(actors[a].mentions) for a in ("IDN:polres-sleman", "IDN:polres-bantul")] == [1, 1]


def test_entities_a_name_before_a_passive_of_law_enforcement_is_a_person(extract) -> None:
    actors = _by_id(extract("Paulus Tannos ditangkap otoritas Singapura. Kapal kargo Ever Glory ditangkap otoritas "
                            "Malaysia.", "2025-06-18"))
    assert actors["PER:paulus-tannos"].type == "PER" and "PER:ever-glory" not in actors  # (a ship's name)


def test_entities_one_listed_name_word_that_law_enforcement_names_is_a_person(extract) -> None:
    actors = _by_id(extract("Polisi menangkap Sukirman di Depok. Suparno ditangkap penyidik Polres Bekasi.", "2025-06-18"))
    assert actors["PER:sukirman"].type == "PER" and actors["PER:suparno"].type == "PER"
    # a word no list of names holds is none ("Gedung Sate"), nor a place
    actors = _by_id(extract("KPK memeriksa Gedung Sate. Polisi menangkap Usmanto di Jakarta.", "2025-06-18"))
    assert not any(a.type == "PER" for a in actors.values())
    # a part of two known people's names is neither of them, nor a third person
    actors = _by_id(extract("Penyanyi Windy Yunita Bastari Usman hadir bersama Windy Idol. Windy diperiksa sebagai saksi.",
                            "2025-06-18"))
    assert "PER:windy" not in actors


def test_entities_cctv_is_a_surveillance_camera_not_china_s_television(extract) -> None:
    actors = _by_id(extract("Kejadian itu terekam CCTV di lokasi. China Central Television melaporkan hal itu.", "2025-06-18"))
    assert [m.text for m in actors["MED:CCTV"].mentions] == ["China Central Television"]


def test_entities_a_party_s_regional_board_is_no_regional_representative_council(extract) -> None:
    actors = _by_id(extract("Ketua DPD Gerindra Sumbar Andre Rosiade meninjau pabrik itu. Anggota DPD RI Komeng hadir. "
                            "Plt. Ketua DPD Kota Depok dipercayakan kepada Budi.", "2025-06-18"))
    assert actors["PER:andre-rosiade"].role == "Ketua DPD Gerindra Sumbar"
    assert [m.text for m in actors["IDN:DPD"].mentions] == ["DPD RI"]
    assert "PER:plt" not in actors


def test_entities_a_given_name_s_short_form_with_its_full_stop_is_part_of_the_name(extract) -> None:
    actors = _by_id(extract("Ketua KPU M. Afifuddin hadir. Bupati Muh. Ilham Syah meminta warga tenang. Presiden John F. "
                            "Kennedy dikenang.", "2025-06-18"))
    assert {"PER:mochammad-afifuddin", "PER:muh-ilham-syah", "PER:john-f-kennedy"} <= set(actors)
    assert actors["PER:muh-ilham-syah"].role == "Bupati"


def test_entities_every_regency_and_city_is_a_place_and_its_administrative_word_part_of_the_mention(extract) -> None:
    # a regency the knowledge base lacked glued itself to the official's name after a regional title
    actors = _by_id(extract("Wali Kota Tanjungbalai Rudi Hartono ditangkap KPK di Kabupaten Karimun.", "2025-06-16"))
    assert {"PER:rudi-hartono", "LOC:tanjungbalai", "LOC:karimun"} <= set(actors)
    assert [m.text for m in actors["LOC:karimun"].mentions] == ["Kabupaten Karimun"]
    # a regency's short form names its regional bodies
    assert "IDN:polres-rokan-hilir" in _by_id(extract("Polres Rohil menangkap dua pengedar sabu.", "2025-06-16"))
    # a regency whose name is an ordinary word is a place only after its administrative word
    actors = _by_id(extract("Puncak acara digelar di Kabupaten Puncak, Papua Tengah.", "2025-06-16"))
    assert [m.text for m in actors["LOC:puncak"].mentions] == ["Kabupaten Puncak"]


def test_entities_a_corruption_court_is_a_regional_court(extract) -> None:
    for text, court in (("Pengadilan Tipikor Surabaya memvonis terdakwa.", "IDN:pengadilan-tipikor-surabaya"),
                        ("Pengadilan Tindak Pidana Korupsi Jakarta Pusat memvonis terdakwa.",
                         "IDN:pengadilan-tipikor-jakarta-pusat")):
        actors = _by_id(extract(text, "2025-06-16"))
        assert actors[court].type == "ORG" and actors[court].country == "IDN", text
    # a police unit of corruption cases names no court
    assert "IDN:polres-bogor" in _by_id(extract("Unit Tipikor Polres Bogor menangkap tersangka.", "2025-06-16"))


def test_entities_one_word_after_a_regional_head_s_place_is_the_holder_s_name(extract) -> None:
    for text, person in (("Bupati Siak Alfedri menyerahkan bantuan kepada korban banjir.", "PER:alfedri"),
                         ("Wali Kota Sibolga Jamaluddin meminta warga waspada.", "PER:jamaluddin"),
                         # an office word after the place opens a two-word name ("Agung" of "Jaksa Agung")
                         ("Wali Kota Pekanbaru Agung Nugroho meminta warga waspada.", "PER:agung-nugroho")):
        actors = _by_id(extract(text, "2025-06-16"))
        assert person in actors, text
    # a mayor's title holds the "Kota" before the city, not the city's mention; nor is a capital's "Kota" its
    actors = _by_id(extract("Wali Kota Pekanbaru Agung Nugroho meminta warga waspada.", "2025-06-16"))
    assert [m.text for m in actors["LOC:pekanbaru"].mentions] == ["Pekanbaru"]
    actors = _by_id(extract("Banjir melanda Ibu Kota Jakarta.", "2025-06-16"))
    assert [m.text for m in actors["LOC:jakarta"].mentions] == ["Jakarta"]
    # nor a function word after the place, nor after another state ("Duta Besar RI Untuk Amerika Serikat")
    assert "PER:dalam-sambutannya" not in _by_id(extract("Bupati Bantul Dalam Sambutannya meminta warga.", "2025-06-16"))
    actors = _by_id(extract("Duta Besar RI Untuk Amerika Serikat Dino Patti Djalal menemui Marco Rubio.", "2025-06-16"))
    assert "PER:dino-patti-djalal" in actors


def test_entities_a_regional_legislature_in_full_is_no_national_parliament(extract) -> None:
    actors = _by_id(extract("Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Jawa Timur memanggil Dinas Pendidikan.",
                            "2025-06-16"))
    assert "IDN:dprd-jawa-timur" in actors and "IDN:DPR" not in actors
    assert not any(a.startswith("IDN:dprd") for a in _by_id(extract("Dewan Perwakilan Rakyat Daerah Tingkat I hadir.", None)))
    assert "IDN:pengadilan-tipikor-senin" not in _by_id(extract("Pengadilan Tipikor Senin memvonis terdakwa.", None))
    # a regency named as a Jakarta neighbourhood or a woman is neither ("Stasiun Manggarai", "Ibu Sarmi")
    assert "LOC:sarmi" not in _by_id(extract("Ibu Sarmi (54), pedagang sayur, mengeluh.", "2025-06-16"))


def test_entities_any_regional_office_named_in_full_with_a_known_place_is_a_regional_body(extract) -> None:
    actors = _by_id(extract("Kepala Dinas Koperasi dan UKM Provinsi Kalimantan Selatan Gusti Yanuar Noor Rifai hadir.",
                            "2025-06-16"))
    assert {"IDN:dinas-koperasi-dan-ukm-kalimantan-selatan", "PER:gusti-yanuar-noor-rifai"} <= set(actors)
    # past its short form in brackets, which is not part of its key
    actors = _by_id(extract("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Bogor memperbaiki jalan.", None))
    assert "IDN:dinas-pekerjaan-umum-dan-penataan-ruang-bogor" in actors
    # not before a place no mention names, nor "official" things, nor with its short key's words only
    actors = _by_id(extract("Dinas Pertamanan dan Hutan Kota Bidang Pemakaman hadir.", None))
    assert not any(actor_id.startswith("IDN:dinas") for actor_id in actors)
    actors = _by_id(extract("Penyidik menggeledah Rumah Dinas Ketua DPRD Kota Bekasi pada Selasa.", None))
    assert "IDN:dprd-kota-bekasi" in actors and not any(actor_id.startswith("IDN:dinas") for actor_id in actors)
    assert "IDN:dinas-pendidikan-dan-kebudayaan-bogor" in _by_id(
        extract("Dinas Pendidikan dan Kebudayaan Kabupaten Bogor menutup sekolah itu.", None))


def test_entities_a_regency_named_by_an_ordinary_word_is_one_after_a_regional_title(extract) -> None:
    actors = _by_id(extract("Bupati Agam Benni Warlis meminta warga waspada.", "2025-06-16"))
    assert {"PER:benni-warlis", "LOC:agam"} <= set(actors)
    actors = _by_id(extract("Wali Kota Batu Nurochman meminta warga waspada.", "2025-06-16"))
    assert {"PER:nurochman", "LOC:batu"} <= set(actors)
    # elsewhere the bare word is no place
    assert "LOC:agam" not in _by_id(extract("Menurut Agam, harga beras naik.", "2025-06-16"))
    assert "LOC:batu" not in _by_id(extract("Batu itu dilempar ke arah polisi.", "2025-06-16"))


def test_entities_a_commissioner_s_title_names_the_person_after_it(extract) -> None:
    actors = _by_id(extract("Komisioner KPU RI August Mellaz mengatakan tahapan pemilu berjalan lancar.", "2025-06-16"))
    assert actors["PER:august-mellaz"].country == "IDN" and "IDN:KPU" in actors
    # a sum after the name is not part of it
    actors = _by_id(extract("Jaksa mendakwa Hasto menyuap mantan komisioner KPU Wahyu Setiawan Rp 600 juta.", "2025-06-16"))
    assert "PER:wahyu-setiawan" in actors and not any(actor_id.endswith("-rp") for actor_id in actors)


def test_entities_a_body_s_short_form_of_two_words_in_brackets_is_passed_to_the_name(extract) -> None:
    actors = _by_id(extract("Kepala Badan Pengelola Tabungan Perumahan Rakyat (BP Tapera) Heru Pudyo Nugroho mengatakan, "
                            "harga rumah naik.", "2025-06-16"))
    assert actors["PER:heru-pudyo-nugroho"].confidence == 0.7
    actors = _by_id(extract('"Wisata ditutup," kata Kepala Balai Besar Taman Nasional Bromo Tengger Semeru (BB TNBTS), '
                            "Rudijanta Tjahja Nugraha, Selasa.", "2025-06-16"))
    assert "PER:rudijanta-tjahja-nugraha" in actors and not any("semeru" in a for a in actors if a.startswith("PER:"))
    # a state inside a longer bracket is the title's, not skipped on the way to a name
    actors = _by_id(extract("Saya terima surat dari Komisioner (Perdagangan Uni Eropa) Maros Sefcovic kemarin.", "2025-06-16"))
    assert not any(a.country == "IDN" for a in actors.values() if a.type == "PER")


def test_entities_a_regency_that_opens_other_names_is_one_after_its_head_s_title_and_in_its_government(extract) -> None:
    actors = _by_id(extract("Bupati Gowa Husniah Talenrang meninjau lokasi banjir.", "2025-06-16"))
    assert {"PER:husniah-talenrang", "LOC:gowa"} <= set(actors)  # was the person "Gowa Husniah Talenrang"
    # the regency's government however written, one id with its other bodies ("Polres Gowa")
    for text in ("Pemerintah Kabupaten Gowa menetapkan status tanggap darurat.", "Pemkab Gowa menetapkan status darurat."):
        assert set(_by_id(extract(text, None))) == {"IDN:pemkab-gowa"}
    assert "IDN:pemkab-agam" in _by_id(extract("Pemerintah Kabupaten Agam menetapkan status tanggap darurat.", None))
    assert "IDN:dprd-agam" in _by_id(extract("DPRD Kabupaten Agam menggelar rapat.", None))
    assert "IDN:polres-batu" in _by_id(extract("Polres Kota Batu menangkap pelaku.", None))
    # still not inside another name
    assert "LOC:lebak" not in _by_id(extract("Warga Lebak Bulus berkumpul di taman.", None))


def test_entities_national_bodies_of_the_audited_knowledge_base(extract) -> None:
    actors = _by_id(extract("KomisionerKompolnasChoirul Anam menyoroti kasus itu.", "2025-06-16"))
    assert {"IDN:KOMPOLNAS", "PER:choirul-anam"} <= set(actors)  # was one person, "KompolnasChoirul Anam"
    # a prosecution unit and the office it belongs to are two actors
    assert {"IDN:JAMPIDSUS", "IDN:KEJAGUNG"} <= set(_by_id(extract("Jampidsus Kejagung menetapkan tiga tersangka.", None)))
    assert "IDN:UNAIR" in _by_id(extract("Rektor Universitas Airlangga hadir.", None))  # not Airlangga Hartarto
    # a listed subsidiary is not its group, and a user interface is no university
    assert "BUS:indofood" not in _by_id(extract("PT Indofood CBP Sukses Makmur Tbk mencatat laba.", None))
    assert not any(a.startswith("IDN:U") for a in _by_id(extract("Tampilan One UI dan UI/UX ponsel itu diperbarui.", None)))


def test_entities_home_office_holders_of_2025_and_the_bodies_their_titles_name(extract) -> None:
    # holders the audited knowledge base knows on the news's date, and the body inside the title
    assert {"PER:marthinus-hukom", "IDN:BNN"} <= set(_by_id(extract("Kepala BNN mengatakan peredaran narkoba naik.", "2025-06-18")))
    assert "PER:respati-ardi" in _by_id(extract("Wali Kota Solo meresmikan pasar.", "2025-06-18"))  # not Gibran, mayor until 2024
    assert {"PER:puan-maharani", "IDN:DPR"} <= set(_by_id(extract("Mereka menanti Ketua DPR RI, Puan Maharani.", "2025-06-18")))
    # (a state inside a leader's title is not counted again: the story's states stay as named)
    assert "RUS" not in _by_id(extract("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.", "2025-06-18"))


def test_entities_a_name_after_a_known_office_is_its_holder_s_unless_it_is_another_s(extract) -> None:
    # one word after a known office's title names the person, when it is no word of the holder's name
    actors = extract("Ketua Komisi IV DPR RI Sudarmin meminta penjelasan pemerintah.", "2025-06-18")
    assert [a.actor_id for a in actors if a.type == "PER"] == ["PER:sudarmin"]
    # a known person named after an office that person held is that person, in that office
    actors = extract("Menteri Pertahanan Prabowo meminta prajurit siaga.", "2025-06-18")
    assert [(a.actor_id, a.role) for a in actors if a.type == "PER"] == [("PER:prabowo-subianto", "Menteri Pertahanan")]
    # the head of a unit under an office, its staff or its spokesman are not the office's holder
    for text in ("Direktur Penyidikan Jaksa Agung Muda Tindak Pidana Khusus mengumumkan penahanan.",
                 "Tim penyidik Jaksa Agung Muda Pidana Khusus memeriksa tiga saksi.",
                 "Juru bicara Menteri Pertahanan mengatakan prajurit siaga."):
        assert not [a for a in extract(text, "2025-06-16") if a.type == "PER"], text


def test_entities_a_place_set_off_by_commas_after_a_title_is_passed_to_the_name(extract) -> None:
    actors = _by_id(extract("Hakim memvonis mantan Kepala Desa Cikarang, Kabupaten Subang, Endang Suherman, dengan hukuman "
                            "lima tahun penjara.", "2025-06-16"))
    assert actors["PER:endang-suherman"].confidence == 0.7 and "LOC:subang" in actors
    actors = _by_id(extract("Wakil Bupati Cianjur, Jawa Barat, Ramzi tetap eksis di dunia hiburan.", "2025-06-16"))
    assert actors["PER:ramzi"].role == "Wakil Bupati Cianjur"
    # an administrative unit's word opens a place, not a name
    actors = _by_id(extract("Kejari Garut menahan Kepala Desa Sukamanah, Kecamatan Cibalong, berinisial AS.", "2025-06-16"))
    assert not any("cibalong" in actor_id for actor_id in actors if actor_id.startswith("PER:"))


def test_entities_a_regional_office_named_in_full_before_its_place_s_own_name_is_a_regional_body(extract) -> None:
    for text, actor_id in (("Dinas PUPR Sumatera Utara memperbaiki jalan.", "IDN:dinas-pupr-sumatera-utara"),
                           ("Dinas Bina Marga DKI Jakarta memperbaiki jalan.", "IDN:dinas-bina-marga-dki-jakarta"),
                           ("Dinas ESDM Kalimantan Timur menutup tambang.", "IDN:dinas-esdm-kalimantan-timur")):
        actors = _by_id(extract(text, None))
        assert (actors[actor_id].country, actors[actor_id].sector) == ("IDN", "GOV"), text
    assert "IDN:ESDM" not in _by_id(extract("Dinas ESDM Kalimantan Timur menutup tambang.", None))  # not the ministry
    # (still not an official thing)
    assert not any(a.startswith("IDN:dinas") for a in _by_id(extract("Rumah Dinas Gubernur Jawa Barat dijaga.", None)))


def test_entities_bali_s_airport_is_a_place_its_immigration_office_serves(extract) -> None:
    actors = _by_id(extract("Kantor Imigrasi Ngurah Rai mendeportasi enam warga negara China.", "2025-06-20"))
    assert "IDN:imigrasi-ngurah-rai" in actors and not [a for a in actors if a.startswith("PER:")]  # not a person


def test_entities_a_part_of_the_holder_s_name_after_an_office_is_the_holder(extract) -> None:
    for text, holder in (("Kapolri Listyo mengatakan pengamanan siap.", "PER:listyo-sigit-prabowo"),
                         ("Menkeu Mulyani mengatakan anggaran aman.", "PER:sri-mulyani-indrawati"),
                         ("Gubernur Jawa Barat Dedi mengatakan warga tenang.", "PER:dedi-mulyadi")):
        people = [a for a in extract(text, "2025-06-18") if a.type == "PER"]
        assert [a.actor_id for a in people] == [holder], text  # no second person "Listyo", "Mulyani", "Dedi"


def test_entities_an_office_whose_last_words_open_a_longer_organisation_is_that_organisation_s(extract) -> None:
    actors = _by_id(extract("Direktur Utama Pertamina Hulu Energi Chalid Said Salim menjelaskan produksi naik.", "2025-06-18"))
    assert actors["PER:chalid-said-salim"].role == "Direktur Utama Pertamina Hulu Energi" and "IDN:PHE" in actors
    assert "PER:simon-aloysius-mantiri" not in actors  # not Pertamina's head
    actors = _by_id(extract("Direktur Utama Pertamina Hulu Energi menjelaskan produksi naik.", "2025-06-18"))
    assert "PER:simon-aloysius-mantiri" not in actors and "IDN:PHE" in actors
    # the office itself still names its holder
    actors = _by_id(extract("Direktur Utama Pertamina Simon Aloysius Mantiri menjelaskan harga BBM.", "2025-06-18"))
    assert actors["PER:simon-aloysius-mantiri"].role == "Direktur Utama Pertamina"


def test_entities_a_province_named_with_provinsi_is_not_cut_to_the_one_its_name_opens_with(extract) -> None:
    actors = _by_id(extract("Warga Provinsi Papua Barat Daya antusias. Pemerintah Provinsi Papua Barat menggelar acara. "
                            "Gubernur Provinsi Papua meresmikan jalan.", "2025-06-18"))
    assert [m.text for m in actors["LOC:southwest-papua"].mentions] == ["Provinsi Papua Barat Daya"]
    assert "IDN:pemprov-papua-barat" in actors and [m.text for m in actors["LOC:papua"].mentions] == ["Provinsi Papua"]


def test_entities_regional_agencies_named_in_full_or_short_before_their_place_are_regional_bodies(extract) -> None:
    actors = _by_id(extract("Badan Pendapatan Daerah (Bapenda) DKI Jakarta menghapus denda pajak. Badan Penanggulangan "
                            "Bencana Daerah (BPBD) Kabupaten Garut mencatat kerusakan. Bapenda Jawa Barat menyusul.",
                            "2025-06-18"))
    assert {"IDN:bapenda-dki-jakarta", "IDN:bpbd-garut", "IDN:bapenda-jawa-barat"} <= set(actors)
    assert actors["IDN:bapenda-dki-jakarta"].name == "Jakarta (province) Regional Revenue Agency"
    assert not [a for a in actors if a.startswith("ORG:badan")]


def test_entities_titles_of_experts_and_legislators_set_off_by_commas(extract) -> None:
    text = ("Ahli Hukum Tata Negara, Rina Kartikasari menilai putusan itu keliru. Anggota DPR RI dari Dapil Jawa "
            "Tengah V, Bagus Prasetyo, meminta pemerintah turun tangan. Ketua Ikatan Nelayan Tradisional (INT) Demak, "
            "Rudy, ikut hadir.")
    actors = _by_id(extract(text, "2025-06-18"))
    assert actors["PER:rina-kartikasari"].role == "Ahli Hukum Tata Negara"
    assert actors["PER:bagus-prasetyo"].role == "Anggota DPR RI dari Dapil Jawa Tengah V"
    assert actors["PER:rudy"].role == "Ketua"  # one name part set off by commas after the body it heads


def test_entities_a_given_name_before_a_known_surname_is_another_person(extract) -> None:
    # a married woman's honorific is passed, and given names before a known person's one-word name make
    # another person (a spelling of the known person's own name does not)
    text = "Ketua Umum Persatuan Istri Pegawai, Ny. Wulan Hadi Prabowo, meresmikan posyandu di Bogor."
    actors = _by_id(extract(text, "2025-06-18"))
    assert "PER:prabowo-subianto" not in actors and actors["PER:wulan-hadi-prabowo"].role == "Ketua Umum"
    actors = _by_id(extract("Presiden Palestina Mahmud Abbas mengecam Israel.", "2025-06-18"))
    assert "PER:mahmoud-abbas" in actors


def test_entities_a_known_persons_given_name_before_another_surname_is_another_person(extract) -> None:
    actors = _by_id(extract("Duta Besar Amerika Serikat untuk Indonesia Kamala Lakhdhir bertemu Menteri Luar Negeri "
                            "Sugiono di Jakarta.", "2025-06-18"))
    assert "PER:kamala-harris" not in actors and "PER:kamala-lakhdhir" in actors
    # the given name alone, or before a weekday, is still the known person
    actors = _by_id(extract("Wakil Presiden AS Kamala Harris mengkritik Trump. Kamala Senin lalu menyebut kebijakan itu "
                            "keliru.", "2025-06-18"))
    assert [m.text for m in actors["PER:kamala-harris"].mentions] == ["Wakil Presiden AS", "Kamala Harris", "Kamala"]
    # a middle name or another spelling of the known name is the known person's
    for text, known in (("Wakil Presiden AS Kamala Devi Harris mengkritik Trump.", "PER:kamala-harris"),
                        ("Menteri Pertahanan Sjafrie Syamsuddin meninjau pasukan.", "PER:sjafrie-sjamsoeddin")):
        assert known in _by_id(extract(text, "2025-06-18")), text


def test_entities_a_known_single_name_before_another_surname_is_another_person(extract) -> None:
    actors = _by_id(extract("Kejaksaan Negeri Klaten menahan Suharto Wibisono, Kepala Dinas PUPR.", "2025-06-18"))
    assert "PER:suharto" not in actors and "PER:suharto-wibisono" in actors
    actors = _by_id(extract("Pada masa Presiden Suharto, kebijakan itu dimulai.", "2025-06-18"))
    assert "PER:suharto" in actors


def test_entities_an_office_of_a_past_term_is_its_holder_named_after_not_today_s(extract) -> None:
    actors = _by_id(extract("Kejagung memeriksa Menteri Perdagangan periode 2015-2016 Thomas Lembong.", "2025-06-18"))
    assert "PER:budi-santoso" not in actors and actors["PER:thomas-lembong"].role == "Menteri Perdagangan"
    actors = _by_id(extract("KPK memeriksa Menteri Agama masa jabatan 2020-2024, Yaqut Cholil Qoumas.", "2025-06-18"))
    assert "PER:nasaruddin-umar" not in actors and "PER:yaqut-cholil-qoumas" in actors
    actors = _by_id(extract("Ia mengaku cucu Menteri Agama periode 1962-1967 itu.", "2025-06-18"))
    assert "PER:nasaruddin-umar" not in actors


def test_entities_ngo_staff_titles_and_new_titled_people_whose_names_read_indonesian(extract) -> None:
    actors = _by_id(extract("Koordinator KontraS Dimas Bagus Arya mengecam penangkapan itu.", "2025-06-18"))
    assert actors["PER:dimas-bagus-arya"].role == "Koordinator KontraS"
    # a new person after the title of a body of no known state, in a story that names no other state
    actors = _by_id(extract("Koordinator Humas Universitas Tadulako, Rahmat Hidayat, membenarkan kabar itu.", "2025-06-18"))
    assert actors["PER:rahmat-hidayat"].country == "IDN"


def _mention_texts(actor: ArticleActor | None) -> list[str]:
    return [m.text for m in actor.mentions] if actor is not None else []


def test_entities_a_bare_head_of_state_title_is_the_one_last_so_titled_or_at_home_the_president(extract) -> None:
    actors = _by_id(extract("Presiden Iran Masoud Pezeshkian tiba di Moskow. Presiden kemudian bertemu Vladimir Putin.",
                            "2025-06-18"))
    assert _mention_texts(actors.get("PER:masoud-pezeshkian")) == ["Presiden Iran", "Masoud Pezeshkian", "Presiden"]
    actors = _by_id(extract("Serikat buruh meminta Presiden mencabut aturan itu. Kepala Negara belum menanggapi di Jakarta.",
                            "2025-06-18"))
    assert _mention_texts(actors.get("PER:prabowo-subianto")) == ["Presiden", "Kepala Negara"]
    # not a party's or a club's president, nor a king's title "Kepala Negara" made the president's
    actors = _by_id(extract("Presiden PKS Ahmad Syaikhu membuka rapat partai di Jakarta. Presiden juga meminta kader "
                            "bekerja keras. Presiden klub Persija hadir.", "2025-06-18"))
    assert "PER:prabowo-subianto" not in actors
    actors = _by_id(extract("Raja Yordania Abdullah II tiba di Jakarta. Kepala Negara itu kemudian bertemu Menlu Sugiono.",
                            "2025-06-18"))
    assert "PER:prabowo-subianto" not in actors
    # not a past holder, a role, a name it closes, nor a title a name follows
    for text in ("Presiden ke-7 RI itu hadir di Solo.", "Ia menjabat sebagai Presiden unit bisnis itu di Jakarta.",
                 "Piala Presiden 2025 digelar di Bandung.", "Aturan itu tertuang dalam Peraturan Presiden di Jakarta.",
                 "Mantan Presiden itu hadir di Solo."):
        assert "PER:prabowo-subianto" not in _by_id(extract(text, "2025-06-18")), text


def test_entities_spellings_of_states_indonesian_news_also_writes(extract) -> None:
    actors = _by_id(extract("Penolakan Hungaria dan Jordania membuat rencana itu tertunda.", "2025-06-18"))
    assert {"HUN", "JOR"} <= set(actors)


def test_entities_two_titles_joined_by_dan_are_two_people(extract) -> None:
    actors = extract("Perdana Menteri Kamboja dan Perdana Menteri Thailand menandatangani perjanjian perbatasan.",
                     "2025-06-16")
    assert {a.actor_id for a in actors if a.type == "PER"} == {"PER:hun-manet", "PER:paetongtarn-shinawatra"}
    # (a body's name that "dan" joins stays one title: "Menteri Energi dan Sumber Daya Mineral")
    actors = extract("Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia meresmikan kilang di Balikpapan.",
                     "2025-06-16")
    assert [a.actor_id for a in actors if a.type == "PER"] == ["PER:bahlil-lahadalia"]


def test_entities_a_seat_opening_a_sentence_before_its_day_and_verb_is_the_state(extract) -> None:
    actors = extract("Gedung Putih pada Selasa (17/6/2025) pagi membantah laporan itu.", "2025-06-18")
    assert "USA" in {a.actor_id for a in actors}


def test_entities_press_epithets_of_bodies_and_states(extract) -> None:
    actors = extract("Komisi antirasuah memanggil dua saksi. Korps Adhyaksa juga memeriksa mereka. Negeri Para Mullah "
                     "membalas serangan itu.", "2025-06-18")
    assert {"IDN:KPK", "IDN:KEJAGUNG", "IRN"} <= {a.actor_id for a in actors}


def test_entities_short_titles_of_other_states_and_bodies_name_their_holders(extract) -> None:
    actors = extract("PM Israel menolak usulan itu, sementara Menhan AS memilih diam. Sekjen PBB menyerukan jeda.",
                     "2025-06-18")
    people = {a.actor_id for a in actors if a.type == "PER"}
    assert {"PER:benjamin-netanyahu", "PER:pete-hegseth", "PER:antonio-guterres"} <= people


def test_entities_the_place_closing_a_schools_name_is_no_actor(extract) -> None:
    actors = extract("SMAN 3 Cirebon menggugat keputusan dinas pendidikan ke PTUN.", "2025-06-18")
    assert "LOC:cirebon" not in {a.actor_id for a in actors}


def test_entities_a_clan_name_after_another_given_name_is_not_the_person_named_before(extract) -> None:
    actors = extract("Korban tewas bernama Yonas Tabuni. Kelompok pimpinan Teranus Tabuni diduga berada di balik "
                     "serangan itu.", "2025-06-18")
    victim = next(a for a in actors if a.actor_id == "PER:yonas-tabuni")
    assert [m.text for m in victim.mentions] == ["Yonas Tabuni"]


def test_entities_a_deputy_ministers_short_title_keeps_the_name_after_it_the_holders(extract) -> None:
    actors = extract("Wakil Menteri Kependudukan dan Pembangunan Keluarga Ratu Isyana Bagoes Oka hadir di Manado. "
                     "Wamendukbangga Isyana lalu membuka acara itu.", "2025-06-18")
    assert [a.actor_id for a in actors if a.type == "PER"] == ["PER:isyana-bagoes-oka"]


def test_entities_forms_of_address_and_firms_before_a_name_part_keep_the_link(extract) -> None:
    actors = extract("Ustadz Abdul Somad berceramah di Pekanbaru. Ustad Somad lalu mengkritik kebijakan itu.", "2025-06-18")
    assert [a.actor_id for a in actors if a.type == "PER"] == ["PER:abdul-somad"]
    actors = extract("Presiden Direktur Freeport Indonesia Tony Wenas bertemu Bahlil. Presdir Freeport Tony memuji "
                     "pemerintah.", "2025-06-18")
    assert "PER:tony-wenas" in {a.actor_id for a in actors} and not any("freeport-tony" in a.actor_id for a in actors)


def test_entities_two_of_a_surname_from_the_name_lists_stay_two(extract) -> None:
    actors = extract("Budi Santoso ditangkap polisi di Bekasi. Adiknya, Ahmad Santoso, mengaku tidak tahu.", "2025-06-18")
    assert {"PER:budi-santoso", "PER:ahmad-santoso"} <= {a.actor_id for a in actors}
    actors = extract("Polisi menangkap pengendara motor bernama Rudi Hartanto.", "2025-06-18")
    assert [a.confidence for a in actors if a.actor_id == "PER:rudi-hartanto"] == [0.6]


def test_entities_foreign_ranks_and_their_grades_are_no_part_of_the_name(extract) -> None:
    found = _by_id(extract("Juru bicara Angkatan Laut Filipina, Komodor Rey Santos, membantah laporan itu.", "2025-06-18"))
    assert "PER:rey-santos" in found and found["PER:rey-santos"].country == "PHL"
    found = _by_id(extract("Juru bicara PLA, Kolonel Senior Zhang Wei, menanggapi latihan itu.", "2025-06-18"))
    assert "PER:zhang-wei" in found and not any("senior" in actor_id for actor_id in found)


def test_entities_a_police_force_named_with_its_state_is_that_state_s_body(extract) -> None:
    found = _by_id(extract("Kepolisian Nasional Laos menangkap lima warga Indonesia di Vientiane.", "2025-06-18"))
    police = found["LAO:kepolisian-nasional-laos"]
    assert (police.country, police.sector) == ("LAO", "GOV")
    assert "LAO" not in found  # the state is named only as the force's


@pytest.mark.parametrize("text, person, country", [
    # initials after a nationality are a national of that state
    ("Polresta Denpasar menangkap seorang WNA asal Jerman berinisial MK di Seminyak.", "PER:initials-mk", "DEU"),
    ("Polresta Denpasar menangkap seorang pemuda berinisial MK di Seminyak.", "PER:initials-mk", "IDN"),
    # not after goods from a state, nor a citizen's home region
    ("Polres Karimun menangkap kurir sabu asal Malaysia berinisial RD di pelabuhan.", "PER:initials-rd", "IDN"),
    ("Seorang WNI asal Malaysia berinisial AR ditangkap karena memalsukan paspor.", "PER:initials-ar", "IDN"),
    # an Indonesian envoy or body abroad stays Indonesian
    ("Duta Besar RI Singapura, Suryo Pratomo, menemui para WNI di Singapura.", "PER:suryo-pratomo", "IDN"),
    ("Ketua Pimpinan Cabang Istimewa Nahdlatul Ulama Jepang, Dian Pertiwi, membuka acara itu.", "PER:dian-pertiwi", "IDN"),
])
def test_entities_the_state_of_a_person_named_with_a_nationality_an_origin_or_an_office_abroad(extract, text, person,
                                                                                              country) -> None:
    assert _by_id(extract(text, "2025-06-18"))[person].country == country


def test_entities_an_insurance_policy_is_no_police(extract) -> None:
    found = _by_id(extract("Nasabah mempersoalkan klaim Polis Asuransi Jiwa Sentosa Indonesia yang ditolak.", "2025-06-18"))
    assert not any("polis" in actor_id for actor_id in found)


def test_a_law_body_s_division_is_part_of_its_head_s_title(extract) -> None:
    actors = _by_id(extract("Deputi Penindakan dan Eksekusi KPK Rudi Setiawan memimpin penggeledahan di Bekasi.", "2025-06-19"))
    assert actors["PER:rudi-setiawan"].role == "Deputi Penindakan dan Eksekusi KPK"


@pytest.mark.parametrize("text, person, role", [
    # the village's or the ward's name stands between the head's title and the head's name
    ("Kepala Desa Sukamaju Ahmad Fauzi menolak permintaan warga.", "PER:ahmad-fauzi", "Kepala Desa"),
    ("Lurah Pancoran Andi Saputra menemui warga yang berunjuk rasa.", "PER:andi-saputra", "Lurah"),
    ("Camat Rudi Hermawan meninjau lokasi banjir.", "PER:rudi-hermawan", "Camat"),
])
def test_a_local_head_s_place_is_not_part_of_the_name(extract, text, person, role) -> None:
    actors = _by_id(extract(text, "2025-06-19"))
    assert actors[person].role == role and actors[person].country == "IDN"


def test_a_name_alone_after_a_regional_head_s_title_is_the_holder(extract):
    actors = extract("Massa mendesak Bupati Sudewo mundur dari jabatannya.", "2025-06-17")
    assert [(a.actor_id, a.type, a.country) for a in actors] == [("PER:sudewo", "PER", "IDN")]
    actors = extract("Massa mendesak Bupati Sleman mundur dari jabatannya.", "2025-06-17")
    assert [(a.actor_id, a.type) for a in actors] == [("LOC:sleman", "LOC")]
    # a word that does not read as an Indonesian name is a region the knowledge base lacks, not a person
    assert extract("Gubernur Texas mengecam kebijakan imigrasi pemerintah federal.", "2025-06-17") == []


def test_myanmar_s_states_and_regions_are_its_places(extract):
    actors = extract("Militer Myanmar menggempur sejumlah desa di Negara Bagian Rakhine dan wilayah Sagaing.", "2025-06-20")
    assert {(a.actor_id, a.type, a.country) for a in actors if a.type == "LOC"} == {
        ("LOC:rakhine", "LOC", "MMR"), ("LOC:sagaing", "LOC", "MMR")}


def test_entities_a_name_with_an_age_in_brackets_is_a_person_but_counts_per_place_are_not(extract) -> None:
    actors = _by_id(extract("Gubernur Dedi Mulyadi menemui Sutrisno (48), warga Desa Sukamaju. Polisi menemukan bocah "
                            "Rafi (8) di sungai.", "2025-06-18"))
    assert actors["PER:sutrisno"].type == "PER" and actors["PER:rafi"].type == "PER"
    actors = _by_id(extract("Pasien terbanyak datang dari Cikalong (11), Sukamaju (8), dan Cibodas (6). Revisi itu "
                            "mengubah Bab (3) tentang penyidik.", "2025-06-18"))
    assert not any(a.type == "PER" for a in actors.values())


def test_entities_a_person_named_with_an_age_stays_named_when_a_verb_of_saying_names_them_later(extract) -> None:
    # the age comes first in the text, the speech cue second: the person is as sure as the age makes them
    actors = _by_id(extract('Sutrisno (48), penjual bakso di Desa Sukamaju, menolak pindah. "Saya sudah dua puluh tahun '
                            'berjualan di sini," kata Sutrisno kepada wartawan.', "2025-06-18"))
    assert actors["PER:sutrisno"].confidence >= KNOWN


def test_entities_a_firm_s_bracketed_short_form_the_knowledge_base_holds_stays_the_known_firm(extract) -> None:
    actors = _by_id(extract("Penyidik memeriksa PT Bank Jawa Barat (BJB) terkait kredit ke Sritex.", "2025-06-18"))
    assert [m.text for m in actors["BUS:bank-bjb"].mentions] == ["BJB"]
    assert actors["ORG:pt-bank-jawa-barat"].confidence < actors["BUS:bank-bjb"].confidence


def test_entities_a_rank_right_after_the_body_of_an_officer_s_title_opens_a_one_word_name(extract) -> None:
    actors = extract("Kabid Humas Polda DIY Kombes Ihsan mengatakan enam tersangka sudah ditahan. Kasat Reskrim Polres "
                     "Bogor AKP Teguh menyebut pelaku masih diburu.", "2025-06-18")
    people = {a.name: a.role for a in actors if a.type == "PER"}
    assert people == {"Ihsan": "Kabid Humas", "Teguh": "Kasat Reskrim"}


def test_entities_a_title_s_one_word_name_after_the_full_name_is_that_person(extract) -> None:
    actors = extract("Razia dipimpin Kapolsek Tanah Putih, Ipda Bonny Fernando Sagala, pada Rabu. Dalam kegiatan ini, "
                     "Kapolsek Ipda Bonny juga mengimbau warga menjauhi narkoba.", "2025-06-18")
    people = [a.name for a in actors if a.type == "PER"]
    assert people == ["Bonny Fernando Sagala"]


def test_entities_a_place_after_di_is_part_only_of_the_title_of_one_posted_there(extract) -> None:
    actors = _by_id(extract("Pasukan Israel menembak mati seorang anggota Hamas di Khan Younis pada Senin malam. Duta Besar "
                            "RI di Teheran Roy Soemirat mengatakan WNI siap dievakuasi.", "2025-06-16"))
    assert actors["PER:anggota-hamas"].role == "anggota Hamas"
    assert actors["PER:roy-soemirat"].role == "Duta Besar RI di Teheran"


@pytest.mark.parametrize("text, initials", [
    ('"DP kami tangkap di rumahnya di Cipondoh karena mempromosikan situs judi online," kata Kasat Reskrim Polres Metro '
     'Tangerang Kota AKP Rizky Firmansyah kepada wartawan.', ["DP"]),
    ('"RA dan GN sudah kami tangkap beserta senjata tajam yang dipakai," kata Kasat Reskrim Polresta Yogyakarta AKP '
     'Bambang Wisnu terkait pembacokan mahasiswa.', ["RA", "GN"]),
])
def test_initials_an_officer_says_we_arrested_are_people(extract, text, initials):
    actors = extract(text, "2025-06-16")
    people = {a.name for a in actors if a.type == "PER" and a.actor_id.startswith("PER:initials-")}
    assert people == set(initials)


@pytest.mark.parametrize("text, person, role, country", [
    ("Lars Holmberg, Menteri Perdagangan Swedia, menyebut kebijakan itu akan memukul para eksportir kayu di negaranya.",
     "PER:lars-holmberg", "Menteri Perdagangan Swedia", "SWE"),
    ("Bantuan itu segera disalurkan, kata Amara Okonkwo, Menteri Kesehatan Nigeria.", "PER:amara-okonkwo",
     "Menteri Kesehatan Nigeria", "NGA"),
])
def test_entities_a_title_set_off_by_commas_after_a_name_is_that_person_s(extract, text, person, role, country) -> None:
    actors = _by_id(extract(text, "2025-06-18"))
    assert (actors[person].role, actors[person].country) == (role, country)


@pytest.mark.parametrize("text", [
    # a list of people and titles: the title after the comma is not the name's before it
    "Rapat itu dihadiri Presiden Lars Holmberg, Menteri Perdagangan Swedia, dan para duta besar negara Nordik.",
    "Dalam daftar itu ada Amara Okonkwo, Lars Holmberg, Menteri Perdagangan Swedia, yang akan berbicara pada sesi pertama.",
])
def test_entities_a_title_after_a_comma_in_a_list_is_not_the_name_s_before_it(extract, text) -> None:
    actors = _by_id(extract(text, "2025-06-18"))
    assert not [a for a in actors.values() if a.type == "PER" and a.role == "Menteri Perdagangan Swedia"]


def test_entities_a_short_name_opening_a_sentence_before_a_relative_clause_is_the_body(extract) -> None:
    actors = _by_id(extract("Banjir bandang merusak ratusan rumah di hulu sungai. Walhi, yang meneliti daerah aliran sungai "
                            "itu selama lima tahun, menyebut pembukaan hutan sebagai penyebabnya.", "2025-06-18"))
    assert "IDN:WALHI" in actors


@pytest.mark.parametrize("text, not_holder, holder", [
    # a title after a comma is no apposition of the object of a verb or a preposition before it
    ("Usai menelepon Benjamin Netanyahu, Presiden AS, menurut keterangan juru bicaranya, menjanjikan tambahan sistem "
     "pertahanan udara.", "PER:benjamin-netanyahu", "PER:donald-trump"),
    ("Menurut Reuters, Menteri Pertahanan Israel, dalam rapat kabinet, memerintahkan militer bersiaga penuh di perbatasan "
     "utara.", "MED:REUTERS", "PER:israel-katz"),
])
def test_entities_a_title_after_a_verb_s_or_a_phrase_s_object_is_not_that_object_s(extract, text, not_holder, holder):
    actors = _by_id(extract(text, "2025-06-18"))
    assert actors[holder].role and (not_holder not in actors or actors[not_holder].role is None)
    assert not [a for a in actors if a.startswith(("PER:menurut", "PER:usai", "PER:di-"))]


@pytest.mark.parametrize("text, absent", [
    # a capital or a place opening a sentence before a comma or an age in brackets is the ordinary word or a name
    ("Lima, kata polisi, adalah jumlah pelaku yang sudah ditahan dalam kasus perampokan toko emas di Bogor.", "PER"),
    ("Aden (25), seorang buruh bangunan, ditangkap polisi karena mencuri kabel milik sebuah pabrik di Cikarang.", "YEM"),
])
def test_entities_a_word_opening_a_sentence_before_a_comma_or_an_age_is_no_state(extract, text, absent):
    assert absent not in _by_id(extract(text, "2025-06-18"))


def test_entities_a_regional_body_written_in_full_with_its_short_form_in_brackets_is_the_body(extract) -> None:
    actors = _by_id(extract("Satuan Polisi Pamong Praja (Satpol PP) Kabupaten Bekasi menyegel dua gudang di Cikarang. "
                            "Dinas Lingkungan Hidup (DLH) Kabupaten Karawang menutup sebuah pabrik. DLH Kabupaten "
                            "Karawang juga memeriksa limbah sungai, sementara Disperindag Jawa Timur menyegel gudang "
                            "minyak goreng.", "2025-06-10"))
    for actor_id in ("IDN:satpol-pp-bekasi", "IDN:dlh-karawang", "IDN:disperindag-jawa-timur"):
        assert (actors[actor_id].type, actors[actor_id].country, actors[actor_id].sector) == ("ORG", "IDN", "GOV")
    assert {m.text for m in actors["IDN:dlh-karawang"].mentions} == {
        "Dinas Lingkungan Hidup (DLH) Kabupaten Karawang", "DLH Kabupaten Karawang"}
    # an office's short word needs a place it knows after it
    actors = _by_id(extract("Kepala DLH Rina Marlina meninjau lokasi pembuangan sampah liar di pinggir kota.", "2025-06-10"))
    assert not [a for a in actors if a.startswith("IDN:dlh")]


def test_entities_a_name_after_a_calling_of_public_life_is_a_sure_person(extract) -> None:
    actors = _by_id(extract("Pegiat media sosial Ahmad Zulfikar mengkritik rencana kenaikan tarif kereta komuter di "
                            "wilayah Jabodetabek.", "2025-06-10"))
    assert actors["PER:ahmad-zulfikar"].confidence >= 0.6
    # not a singer's (entertainers stay out of events) nor past a doer's noun
    actors = _by_id(extract("Penyanyi Dewi Kirana tampil memukau di panggung utama festival musik di Jakarta pada "
                            "Sabtu malam.", "2025-06-10"))
    assert actors["PER:dewi-kirana"].confidence < 0.6


def test_entities_a_known_firm_s_name_going_on_with_a_firm_s_words_is_another_firm(extract) -> None:
    actors = _by_id(extract("Polisi memeriksa Direktur PT Timah Mulia Sentosa terkait dugaan penyelundupan pasir timah "
                            "dari Bangka ke Singapura.", "2025-06-10"))
    assert "ORG:pt-timah-mulia-sentosa" in actors and "IDN:TIMAH" not in actors
    assert not [a for a in actors if a.startswith("PER:")]
    # the known firm with its legal suffix, or before its director's name, stays itself
    actors = _by_id(extract("Direktur Utama PT Timah Tbk Ahmad Dani Virsal meninjau tambang di Bangka pada Senin.", "2025-06-10"))
    assert "IDN:TIMAH" in actors


def test_entities_a_director_s_name_after_a_known_firm_is_no_part_of_the_firm(extract) -> None:
    actors = _by_id(extract("Direktur Utama PT Timah Sakti Wibowo membantah tudingan penyelundupan pasir timah ke "
                            "Singapura pada Senin.", "2025-06-10"))
    assert "IDN:TIMAH" in actors and not [a for a in actors if a.startswith("ORG:pt-timah")]
    actors = _by_id(extract("PT Adhi Karya Persada menggugat PT Waskita Karya ke Pengadilan Niaga Jakarta Pusat atas "
                            "sengketa pembayaran proyek jalan tol.", "2025-06-10"))
    assert "ORG:pt-adhi-karya-persada" in actors and "IDN:pengadilan-niaga-jakarta-pusat" in actors


def test_entities_an_islamic_school_or_an_airline_written_mas_is_no_market_regulator(extract) -> None:
    actors = _by_id(extract("Siswa MAS Al-Hikmah Bekasi meraih juara olimpiade sains tingkat provinsi pada pekan lalu "
                            "di Bandung.", "2025-06-10"))
    assert "SGP:MAS" not in actors

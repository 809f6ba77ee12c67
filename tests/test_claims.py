"""Tests for sorot.claims: Indonesian number parsing, claim extraction, the seed scorer."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import one_record_sample, shared_path

import sorot.claims.stage  # noqa: F401  (registers the "claims" stage)
from sorot.claims.extract import Claim, extract_claims
from sorot.claims.numbers import parse_number
from sorot.eval.claims import ClaimScore, score_dev_claims, score_seed_claims, values_match
from sorot.pipeline import Pipeline
from sorot.record import Article, Page

PIPELINE = Pipeline(("clean", "language", "sentences", "time", "actors", "claims"))


def article_of(body: str) -> Article:
    """One article through the real stages, published Wednesday 18 June 2025."""
    page = Page(source_id="uji", source_path="", fmt="record", raw=body, title="Berita uji coba",
                published_raw="Rabu, 18 Juni 2025 10:00 WIB", body=body)
    result = PIPELINE.process(page)
    assert isinstance(result, Page)
    return result.articles[0]


def claims_of(body: str) -> list[Claim]:
    return article_of(body).claims


def only(body: str) -> Claim:
    found = claims_of(body)
    assert len(found) == 1, [(c.text, c.unit) for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "vague"),
    [
        ("11.000", 11000, None, False),
        ("1.500.000", 1_500_000, None, False),
        ("1,5 juta", 1_500_000, None, False),
        ("2,75", 2.75, None, False),
        ("US$240 miliar", 240e9, "USD", False),
        ("$240 miliar", 240e9, "USD", False),
        ("240 miliar dolar AS", 240e9, "USD", False),
        ("109,2 juta dollar AS", 109.2e6, "USD", False),
        ("Rp 5 triliun", 5e12, "IDR", False),
        ("Rp5 T", 5e12, "IDR", False),
        ("Rp 2,5 M", 2.5e9, "IDR", False),
        ("Rp 14.500", 14500, "IDR", False),
        ("15 miliar rupiah", 15e9, "IDR", False),
        ("55 juta euro", 55e6, "EUR", False),
        ("€3 juta", 3e6, "EUR", False),
        ("64%", 64, "percent", False),
        ("64 persen", 64, "percent", False),
        ("0,25 persen", 0.25, "percent", False),
        ("seribu", 1000, None, False),
        ("empat", 4, None, False),
        ("sebelas", 11, None, False),
        ("tiga belas", 13, None, False),
        ("dua puluh", 20, None, False),
        ("seratus dua puluh lima", 125, None, False),
        ("dua puluh tiga ribu", 23000, None, False),
        ("satu juta lima ratus ribu", 1_500_000, None, False),
        ("satu setengah", 1.5, None, False),
        ("ratusan", 100, None, True),
        ("ribuan", 1000, None, True),
        ("puluhan", 10, None, True),
        ("jutaan", 1e6, None, True),
        ("puluhan ribu", 10000, None, True),
        ("10 rb", 10000, None, False),
        ("5 jt", 5e6, None, False),
        ("Rp 40 jutaan", 40e6, "IDR", True),
    ],
)
def test_claims_parse_number(text: str, value: float, unit: str | None, vague: bool) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == pytest.approx(value)
    assert parsed.unit == unit
    assert parsed.vague is vague


@pytest.mark.parametrize("text", ["5 M", "kedua", "pertama", "G7"])
def test_claims_parse_number_rejects(text: str) -> None:
    # "M" and "T" abbreviate miliar/triliun only after a currency.
    assert parse_number(text) is None


def test_claims_a_range_shares_its_scale_word_and_its_subject() -> None:
    found = [(c.text, c.value, c.subject) for c in claims_of("Mobil bekas itu dibanderol antara Rp 335 sampai Rp 378 juta.")]
    assert [(text, value) for text, value, _ in found] == [("Rp 335", 335_000_000), ("Rp 378 juta", 378_000_000)]
    assert found[0][2] == found[1][2] == "Mobil bekas itu"
    # a start that the end's scale would put past the end keeps its own value
    assert [c.value for c in claims_of("Harga tiketnya mulai Rp 500 hingga Rp 1 juta.")] == [500, 1_000_000]


def test_claims_a_figure_said_to_hold_now_is_dated_by_the_article() -> None:
    found = claims_of("Jumlah pengungsi yang sempat mencapai sekitar 1.500 orang pada Senin kini tinggal kurang dari 200 orang.")
    assert [(c.value, c.date) for c in found] == [(1500, "2025-06-16"), (200, "2025-06-18")]


def test_claims_the_subject_of_a_price_ends_before_its_verb() -> None:
    found = claims_of("Di Pasar Kramat Jati, beras medium dijual di kisaran Rp13.000 hingga Rp13.500 per kilogram.")
    assert [c.subject for c in found] == ["beras medium", "beras medium"]


def test_claims_casualties_with_qualifier_date_and_attribution() -> None:
    claim = only(
        "Sedikitnya 12 orang tewas akibat banjir bandang yang melanda Kabupaten Garut, Senin (16/6/2025), "
        "kata Kepala BPBD Garut Rahmat Hidayat."
    )
    assert (claim.value, claim.unit, claim.qualifier, claim.approx) == (12, "persons", "at_least", True)
    assert claim.text == "12" and claim.subject.startswith("orang tewas")
    assert claim.date == "2025-06-16"
    assert claim.attribution is not None and "Hidayat" in (claim.attribution_name or "")
    assert 0 < claim.confidence <= 1


def test_claims_percent_with_menurut_source() -> None:
    claim = only("Menurut Badan Pusat Statistik, inflasi tahunan pada Mei 2025 tercatat 1,6 persen.")
    assert (claim.value, claim.unit, claim.qualifier, claim.approx) == (1.6, "percent", None, False)
    assert claim.date == "2025-05"
    assert claim.attribution is not None and claim.attribution_country == "IDN"
    assert "inflasi" in claim.subject


def test_claims_money_and_percent_in_one_sentence() -> None:
    found = claims_of("Ekspor kopi Vietnam ke Eropa naik lebih dari 20% menjadi US$3,1 miliar tahun lalu.")
    assert [(c.value, c.unit, c.qualifier) for c in found] == [(20, "percent", "more_than"), (3.1e9, "USD", None)]
    assert all(c.date == "2024" for c in found)
    assert found[1].approx is False


def test_claims_vague_and_spelled_out_numbers() -> None:
    claim = only("Ribuan warga mengungsi ke gedung sekolah setelah gunung itu meletus.")
    assert (claim.value, claim.unit, claim.qualifier, claim.approx) == (1000, "persons", "at_least", True)
    found = claims_of("Lebih dari 300 rumah rusak dan puluhan ribu jiwa terdampak gempa.")
    assert [(c.value, c.unit, c.qualifier) for c in found] == [(300, "houses", "more_than"), (10000, "persons", "at_least")]
    claim = only("Empat desa terendam lumpur setinggi satu meter.")
    assert (claim.value, claim.unit) == (4, "villages")


def test_claims_durations_of_talks_ceasefires_and_sentences() -> None:
    claim = only("Perundingan kedua delegasi berlangsung hampir tiga jam di Jenewa.")
    assert (claim.value, claim.unit, claim.qualifier, claim.approx) == (3, "hours", "less_than", True)
    claim = only("Gencatan senjata selama 60 hari disepakati oleh kedua pihak pekan lalu.")
    assert (claim.value, claim.unit) == (60, "days")
    assert claim.date == "2025-W24"
    found = claims_of("Terdakwa divonis 7 tahun penjara dan denda Rp 500 juta.")
    assert [(c.value, c.unit) for c in found] == [(7, "years"), (5e8, "IDR")]


def test_claims_units_of_measure_and_reported_speech() -> None:
    claim = only("Polisi menyita sekitar 1,2 ton sabu dari sebuah kapal nelayan.")
    assert (claim.value, claim.unit, claim.qualifier) == (1.2, "tonnes", "about")
    claim = only("Kementerian Pertahanan Jepang mengatakan bahwa China mengerahkan 70 kapal perang di sekitar Taiwan.")
    assert (claim.value, claim.unit) == (70, "ships")
    assert claim.attribution_country == "JPN"
    claim = only("Jumlah pemudik diperkirakan mencapai 1,5 juta orang, ujar Menteri Perhubungan Budi Karya Sumadi.")
    assert (claim.value, claim.unit, claim.qualifier) == (1.5e6, "persons", None)
    assert "Sumadi" in (claim.attribution_name or "")
    found = claims_of("Bank sentral menaikkan suku bunga acuan 25 basis poin menjadi 6,25 persen.")
    assert [(c.value, c.unit) for c in found] == [(25, "basis points"), (6.25, "percent")]


def test_claims_more_than_and_about_after_the_number() -> None:
    assert [(c.value, c.unit, c.qualifier) for c in claims_of("Sebanyak 250 orang lebih mengungsi ke balai desa.")] == [
        (250, "persons", "more_than")
    ]
    assert [(c.value, c.qualifier, c.approx) for c in claims_of("Pengungsi di posko itu mencapai 1.200-an jiwa.")] == [
        (1200, "about", True)
    ]


def test_claims_earthquakes_and_figures_named_before() -> None:
    assert [(c.value, c.unit) for c in claims_of("Gempa bermagnitudo 5,2 mengguncang pesisir selatan Garut.")] == [
        (5.2, "magnitude")
    ]
    assert [(c.value, c.unit) for c in claims_of("Lindu berkekuatan 6,3 SR terasa hingga Ambon.")] == [(6.3, "magnitude")]
    found = claims_of("Jumlah korban meninggal akibat longsor itu bertambah menjadi 17.")
    assert [(c.value, c.unit, c.subject) for c in found] == [(17, "persons", "korban")]
    assert [(c.value, c.unit) for c in claims_of("Setengah juta pelanggan terdampak pemadaman.")] == [(5e5, "persons")]
    assert [(c.value, c.unit) for c in claims_of("Harga cabai turun 12persen pekan ini.")] == [(12, "percent")]


def test_claims_count_of_two_kinds() -> None:
    claim = only("Konferensi itu dihadiri lebih dari 80 negara dan organisasi dari lima benua.")
    assert (claim.value, claim.unit, claim.qualifier) == (80, "countries and organisations", "more_than")


@pytest.mark.parametrize(
    "sentence",
    [
        "Presiden meninjau lokasi itu pada 17 Juni 2025 pukul 10.30 WIB.",
        "Pasal 5 ayat 2 UU No. 12 Tahun 2011 mengatur hal itu.",
        "Pria berusia 45 tahun itu pernah ditangkap 24 tahun lalu.",
        "Kedua negara sepakat memperkuat kerja sama dalam kunjungan pertama sejak 2019.",
        "Warga dapat menghubungi layanan pengaduan di nomor 081234567890.",
        "Peluru artileri 155 mm itu diproduksi di Eropa.",
        "Para menteri Kelompok Tujuh (G7) bertemu di Kanada.",
        "Salah satu pemain cedera pada menit ke-30.",
        "Dua pemimpin itu berjabat tangan di depan wartawan.",
        "Tim tamu menang 3-1 di laga perdana.",
        "Ia datang sembilan bulan setelah pemilu.",
        "Budi (34) ditangkap di rumahnya.",
        "Berikut 5 cara mudah menghemat listrik di rumah.",
        "Pandemi Covid-19 memukul sektor pariwisata.",
        "Rapat itu membahas hasil kunjungan beberapa hari sebelumnya.",
        "Berikut 7 tips memilih durian yang matang.",
        "Ponsel itu memiliki layar 6,7 inci dan baterai 5.000 mAh.",
        "Skor akhir pertandingan menjadi 3.",
        "Pelatih itu memainkan dua pemain muda tersebut sejak awal.",
        # a vehicle's specification; a small spelled-out number before a classifier of a description
        "Dimensinya tetap sama dengan panjang 1.905 mm, lebar 700 mm, dan tinggi 1.140 mm.",
        "Motor ini memiliki jarak sumbu roda 1.290 mm, ground clearance 160 mm, dan bobot 112 kg.",
        # the end of a ranked range is a label too
        "Kampus itu menembus posisi 851–900 dunia tahun ini.",
    ],
)
def test_claims_not_claims(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_claims_forms_from_a_dev_corpus_check() -> None:
    # a figure restated rounded in brackets is one claim
    found = claims_of("Total kekayaannya tercatat mencapai Rp48.318.030.236 (Rp 48,3 miliar).")
    assert [(c.value, c.unit) for c in found] == [(48318030236, "IDR")]
    # a maximum that is what was measured is no upper bound
    claim = only("Gempa itu terekam di seismogram dengan amplitudo maksimum 31,2 mm.")
    assert (claim.value, claim.unit, claim.qualifier, claim.approx) == (31.2, "mm", None, False)
    assert only("Kapal itu dapat memuat maksimal 200 orang.").qualifier == "less_than"
    # a coordinated noun with a figure of its own is not the first figure's unit
    found = claims_of("Tersedia parkir untuk mobil sebanyak 4.967 kendaraan dan motor sebanyak 5.650 kendaraan.")
    assert [(c.value, c.unit) for c in found] == [(4967, "vehicles"), (5650, "vehicles")]
    # a small spelled-out number counts islands, projects and weapons; "lamanya" makes a length
    assert [(c.value, c.unit) for c in claims_of("Presiden memutuskan empat pulau masuk wilayah Aceh.")] == [(4, "islands")]
    assert [(c.value, c.unit) for c in claims_of("Polisi menyita dua pucuk senjata api dari tersangka.")] == [(2, "weapons")]
    assert [(c.value, c.unit) for c in claims_of("Proyek smelter itu mangkrak hingga 2 tahun lamanya.")] == [(2, "years")]
    # a few animals are a figure; a few things no unit names are not
    assert [(c.value, c.unit) for c in claims_of("Dua ekor gajah sumatra ditemukan mati.")] == [(2, "elephants")]
    assert claims_of("Ia membeli lima buah jeruk di pasar.") == []
    # a lone "spesifikasi", "katup" or "silinder" makes no specification sentence; an engine's figures do,
    # and only its measures are dropped (a count in it stays)
    assert [(c.value, c.unit) for c in claims_of("Sebanyak 120 unit bus tidak sesuai spesifikasi.")] == [(120, "buses")]
    assert claims_of("Mesin empat silinder itu menghasilkan tenaga 60 kW pada 5.600 rpm.") == []
    assert [(c.value, c.unit) for c in claims_of("Polisi menyita 25 sepeda motor 150 cc hasil curian.")] == [
        (25, "motorcycles")]
    # a casualty count after "orang" stays; a classifier counts a noun no unit names in its own unit
    assert [(c.value, c.unit) for c in claims_of("Tiga orang anggota TNI gugur dalam kontak tembak.")] == [(3, "persons")]
    found = claims_of("Polisi menyita 1.200 butir ekstasi dan 2.000 ekor kambing.")  # ekstasi: pills
    assert [(c.value, c.unit) for c in found] == [(1200, "pills"), (2000, "animals")]
    # "ke" before a range is no label
    assert [(c.value, c.unit) for c in claims_of("Jumlah pengungsi naik ke 1.500–2.000 orang.")][-1] == (2000, "persons")
    # a rate or a height after "level" is no index, even in a sentence naming one
    assert claims_of("Rupiah ditutup melemah ke level 16.350 per dolar AS.") == []
    assert [c.unit for c in claims_of("IHSG menguat 0,4 persen, sedangkan rupiah melemah ke level 16.350.")] == ["percent"]
    # a different figure in brackets is no restatement
    found = claims_of("Harga emas Rp1.950.000 per gram (Rp1.940.000 sehari sebelumnya).")
    assert [c.value for c in found] == [1950000, 1940000]
    # a stock index's level is a figure in points; a level of a league is a label
    found = claims_of("IHSG ditutup pada level 7.107,78 atau turun 48,06 poin.")
    assert [(c.value, c.unit) for c in found] == [(7107.78, "points"), (48.06, "points")]
    assert claims_of("Tim itu naik ke level 3 musim depan.") == []
    # "tidak melebihi" is an upper bound, and a speed's maximum a limit
    assert only("Harga eceran tertinggi tidak melebihi Rp 100.000 per tabung.").qualifier == "less_than"
    assert only("Kendaraan melaju dengan kecepatan maksimal 60 km per jam.").qualifier == "less_than"
    # a noun no unit names makes no claim; more nouns have English units
    assert claims_of("Ia mencatatkan 11 assist dan membeli lima buah jeruk.") == []
    assert [(c.value, c.unit) for c in claims_of("Sebanyak 10 penerbangan ke Doha dibatalkan.")] == [(10, "flights")]
    # Indonesian nouns of matches and events get English units
    assert [(c.value, c.unit) for c in claims_of("Ia sudah tampil dalam 32 pertandingan musim ini.")] == [(32, "matches")]


def test_claims_offsets_point_into_the_text() -> None:
    article = article_of("Sebanyak 250 personel gabungan dikerahkan. Sekitar Rp 3 miliar disiapkan untuk logistik.")
    found = article.claims
    assert [c.text for c in found] == ["250", "Rp 3 miliar"]
    for claim in found:
        assert article.text[claim.start : claim.end] == claim.text
        assert article.text[claim.evidence_start : claim.evidence_end].endswith(".")
    assert extract_claims(article) == found


def test_claims_value_tolerance_and_score_arithmetic() -> None:
    assert values_match(11050, 11000) and not values_match(11100, 11000)
    score = ClaimScore(tp=9, fp=1, fn=1, matched=9, attribution_right=6, date_right=9)
    assert score.prf()[0] == pytest.approx(0.9)
    assert score.attribution_accuracy() == pytest.approx(6 / 9)
    assert ClaimScore().attribution_accuracy() == 1.0


def test_claims_seed_gold() -> None:
    gold = shared_path("gold", "seeds")
    pages = shared_path("corpus", "seeds")
    score = score_seed_claims(gold, pages)
    precision, recall, f1 = score.prf()
    assert f1 >= 0.85, score.errors
    assert score.attribution_accuracy() >= 0.6, score.errors


def test_claims_dev_sample_pairs_value_and_unit(tmp_path: Path) -> None:
    text = "Banjir merendam 120 rumah warga. Kerugian ditaksir Rp 2 miliar. Sebanyak 40 warga mengungsi."
    claims = [{"value": 120, "unit": "houses"}, {"value": 2e9, "unit": "IDR"}, {"value": 41, "unit": "persons"}]
    corpus, labels = one_record_sample(tmp_path, text, [{"id": "a1", "claims": claims}])
    score = score_dev_claims(corpus, labels)
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)  # 40 persons is not the labelled 41


def test_claims_dev_sample_scores() -> None:
    score = score_dev_claims(shared_path("data", "corpus", "indonews-2025-06-dev.jsonl"), sample="round-1")
    assert score.tp + score.fn == 72 and score.prf()[2] >= 0.8, score.errors

"""Tests for sorot.clean.dates: raw publication strings, date lines and DCT inference."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sorot.clean.dates import SCAN_CHARS, DctDecision, infer_dct, parse_date_line, parse_published

DEV_CORPUS = Path(__file__).parents[2] / "shared" / "data" / "corpus" / "indonews-2025-06-dev.jsonl"
DAY_NAMES = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
INDONESIAN_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
INDONESIAN_MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
ISO_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}[+-]\d{2}:\d{2})?)?)?")


def first_fitting_year(day: int, month: int, weekday: int, from_year: int) -> int:
    """The first year from `from_year` on in which day/month falls on `weekday` (Monday=0)."""
    year = from_year
    while True:
        try:
            if date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            pass
        year += 1


# --- parse_published ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Diperbarui 18 Jun 2025, 14:05 WIB", "2025-06-18T14:05+07:00"),
        ("Rabu, 18 Jun 2025 15:10 WIB", "2025-06-18T15:10+07:00"),
        (",\xa0Jurnalis-Rabu, 18 Juni 2025 |22:34 WIB", "2025-06-18T22:34+07:00"),
        (",\xa0Jurnalis-Jum'at, 20 Juni 2025 |09:15 WIB", "2025-06-20T09:15+07:00"),
        ("20 Juni 2025 | 16.48 WIB", "2025-06-20T16:48+07:00"),
        ("7 Maret 2018 | 08.55 WIB", "2018-03-07T08:55+07:00"),
        ("Kompas.com- 18/06/2025, 21:30 WIB", "2025-06-18T21:30+07:00"),
        ("Rabu   18 Jun 2025  22:02 WIB", "2025-06-18T22:02+07:00"),
        ("Diterbitkan Kamis, 8 Mei 2025 pukul 07.30 WIB", "2025-05-08T07:30+07:00"),
        ("Ahad, 15 Jun 2025", "2025-06-15"),
        ("18-06-2025", "2025-06-18"),
        ("18/06/25", "2025-06-18"),
    ],
)
def test_dates_published_outlet_shapes(raw: str, expected: str) -> None:
    assert parse_published(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-11-18T09:30:00+07:00", "2025-11-18T09:30+07:00"),
        ("2025-11-18T02:30:00.000Z", "2025-11-18T02:30+00:00"),
        ("2025-11-18T09:30:00+0800", "2025-11-18T09:30+08:00"),
        ("2025-11-18 09:30", "2025-11-18T09:30+07:00"),
        ("2025-11-18", "2025-11-18"),
        ("Wed, 18 Jun 2025 14:05:00 +0700", "2025-06-18T14:05+07:00"),
        ("June 18, 2025 2:05 PM", "2025-06-18T14:05+07:00"),
        ("Sept. 3, 2025", "2025-09-03"),
    ],
)
def test_dates_published_iso_and_english(raw: str, expected: str) -> None:
    assert parse_published(raw) == expected


@pytest.mark.parametrize(
    ("raw", "offset"),
    [("18 Jun 2025 10:00 WIB", "+07:00"), ("18 Jun 2025 10:00 WITA", "+08:00"),
     ("18 Jun 2025 10:00 WIT", "+09:00"), ("18 Jun 2025 10:00", "+07:00")],
)  # fmt: skip
def test_dates_published_zone_offsets(raw: str, offset: str) -> None:
    assert parse_published(raw) == f"2025-06-18T10:00{offset}"


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("Januari", 1), ("Jan", 1), ("Februari", 2), ("Feb", 2), ("Pebruari", 2), ("Maret", 3), ("Mar", 3),
        ("April", 4), ("Apr", 4), ("Mei", 5), ("May", 5), ("Juni", 6), ("Jun", 6), ("Juli", 7), ("Jul", 7),
        ("Agustus", 8), ("Agu", 8), ("Agt", 8), ("Ags", 8), ("Aug", 8), ("September", 9), ("Sep", 9),
        ("Sept", 9), ("Oktober", 10), ("Okt", 10), ("Oct", 10), ("November", 11), ("Nov", 11), ("Nop", 11),
        ("Desember", 12), ("Des", 12), ("Dec", 12), ("DESEMBER", 12),
    ],
)  # fmt: skip
def test_dates_published_month_names(name: str, month: int) -> None:
    assert parse_published(f"5 {name} 2025") == f"2025-{month:02d}-05"


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "Jurnalis",
        "31 Juni 2025",
        "29 Feb 2025",
        "31/06/2025",
        "18 Jun 2025 25:10 WIB",
        "Selasa, 18 Jun 2025 10:00 WIB",  # 18 June 2025 is a Wednesday
        "Rp 18.000",
    ],
)
def test_dates_published_rejects_non_dates(raw: str) -> None:
    assert parse_published(raw) is None


@pytest.mark.parametrize(("raw", "expected"), [("Juni 2025", "2025-06"), ("2025-06", "2025-06"), ("2025", "2025")])
def test_dates_published_partial_precision(raw: str, expected: str) -> None:
    assert parse_published(raw) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 23), st.integers(0, 59))
def test_dates_published_round_trips_generated_dates(day: date, hour: int, minute: int) -> None:
    weekday = INDONESIAN_DAYS[day.weekday()]
    month = INDONESIAN_MONTHS[day.month - 1]
    expected = f"{day.isoformat()}T{hour:02d}:{minute:02d}+07:00"
    assert parse_published(f"{weekday}, {day.day} {month} {day.year} {hour:02d}:{minute:02d} WIB") == expected
    assert parse_published(f"{day.day} {month[:3]} {day.year} | {hour:02d}.{minute:02d} WIB") == expected
    assert parse_published(f"Kompas.com- {day:%d/%m/%Y}, {hour:02d}:{minute:02d} WIB") == expected


def test_dates_published_parses_whole_dev_corpus() -> None:
    if not DEV_CORPUS.exists():
        pytest.skip(f"dev corpus not present at {DEV_CORPUS}")
    raws = [json.loads(line)["published_raw"] for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines()]
    present = [raw for raw in raws if raw.strip()]
    parsed = {raw: parse_published(raw) for raw in present}
    assert [raw for raw, value in parsed.items() if value is None] == []
    assert all(parse_published(raw) is None for raw in raws if not raw.strip())
    mismatched = []
    for raw, value in parsed.items():
        named = re.search(r"(?i)\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b", raw)
        if named and DAY_NAMES[named[1].lower().replace("'", "")] != date.fromisoformat(value[:10]).weekday():
            mismatched.append((raw, value))
    assert mismatched == []


# --- parse_date_line ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jumat, 3 Oktober 2025", "2025-10-03"),
        ("Senin, 17 November 2025 10:00 WIB", "2025-11-17T10:00+07:00"),
        ("18/06/2025", "2025-06-18"),
        ("  Rabu, 18 Juni 2025  ", "2025-06-18"),
        ("JUMAT, 3 OKTOBER 2025", "2025-10-03"),
    ],
)
def test_dates_date_line_recognised(line: str, expected: str) -> None:
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Presiden tiba di Hanoi pada 18/06/2025",
        "Kompas.com- 18/06/2025, 21:30 WIB",
        "Baca juga: Harga emas naik 18 Juni 2025",
        "Kamis, 3 Oktober 2025",  # 3 October 2025 is a Friday
        "Juni 2025",
        "12.30 WIB",
    ],
)
def test_dates_date_line_rejects_other_lines(line: str) -> None:
    assert parse_date_line(line) is None


# --- infer_dct: weekday-dates --------------------------------------------------------------


def test_dates_weekday_date_marked_today_beats_future_marker() -> None:
    text = "Menteri Luar Negeri dijadwalkan membuka forum itu pada Kamis (12/9/2024) hari ini. Delegasi tiba semalam."
    assert infer_dct(text) == DctDecision("2024-09-12", "text:weekday-date", "Kamis (12/9/2024) hari ini")


def test_dates_weekday_date_attribution_after_quote() -> None:
    text = '"Kami akan terus memantau harga beras di pasar," ujar Sri, Selasa (10/6/2025).'
    assert infer_dct(text) == DctDecision("2025-06-10", "text:weekday-date", "Selasa (10/6/2025)")


@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        ("Ledakan itu terjadi kemarin, Senin (14/7/2025), di gudang pelabuhan.", "2025-07-15", "kemarin, Senin (14/7/2025)"),
        ("Ledakan itu terjadi Senin (14/7/2025) kemarin di gudang pelabuhan.", "2025-07-15", "Senin (14/7/2025) kemarin"),
        ("Rapat pleno akan digelar besok, Rabu (16/7/2025), di gedung DPRD.", "2025-07-15", "besok, Rabu (16/7/2025)"),
        ("Hari ini, Rabu (16/7/2025), ribuan buruh turun ke jalan.", "2025-07-16", "Hari ini, Rabu (16/7/2025)"),
    ],
)
def test_dates_weekday_date_relative_shift(text: str, expected: str, evidence: str) -> None:
    decision = infer_dct(text)
    assert (decision.value, decision.source, decision.evidence) == (expected, "text:weekday-date", evidence)


def test_dates_weekday_date_latest_wins() -> None:
    text = (
        "Banjir mulai merendam permukiman warga pada Senin (16/6/2025). "
        "Hingga Rabu (18/6/2025), air belum surut dan ratusan warga masih mengungsi."
    )
    assert infer_dct(text).value == "2025-06-18"


@pytest.mark.parametrize(
    "future",
    [
        "KTT itu akan berlangsung di Hanoi pada Senin (23/6/2025).",
        "KTT itu berlangsung di Hanoi pada Senin (23/6/2025) mendatang.",
        "KTT itu dijadwalkan pekan depan, Senin (23/6/2025).",
        "KTT itu digelar Senin depan (23/6/2025) di Hanoi.",
    ],
)
def test_dates_weekday_date_future_is_skipped(future: str) -> None:
    text = f"Presiden tiba di Vietnam pada Jumat (20/6/2025). {future}"
    assert infer_dct(text) == DctDecision("2025-06-20", "text:weekday-date", "Jumat (20/6/2025)")
    assert infer_dct(future) == DctDecision(None, "none", None)


def test_dates_weekday_date_past_tense_after_future_word_counts() -> None:
    text = "Gubernur yang akan segera lengser itu telah meresmikan jembatan baru pada Senin (16/6/2025)."
    assert infer_dct(text).value == "2025-06-16"


@pytest.mark.parametrize(
    ("text", "day", "month", "weekday", "from_year"),
    [
        ("Pasukan itu terlibat perang sejak 2022. Presiden tiba di bandara Rabu (19/6) dini hari.", 19, 6, 2, 2022),
        ("Perjanjian diteken pada Juni 2024. Kedua pemimpin bertemu pada Rabu (3/9) waktu setempat.", 3, 9, 2, 2024),
        ("Pada 2019 pabrik itu ditutup. Warga kembali berunjuk rasa, Kamis (13/2).", 13, 2, 3, 2019),
    ],
)
def test_dates_weekday_date_infers_missing_year(text: str, day: int, month: int, weekday: int, from_year: int) -> None:
    decision = infer_dct(text)
    year = first_fitting_year(day, month, weekday, from_year)
    assert decision.value == date(year, month, day).isoformat()
    assert decision.source == "text:weekday-date"
    assert date.fromisoformat(decision.value).weekday() == weekday


def test_dates_weekday_date_known_year_examples() -> None:
    assert infer_dct("Invasi dimulai tahun 2022. Putin mendarat Rabu (19/6) dini hari.").value == "2024-06-19"
    assert infer_dct("Perjanjian diteken pada Juni 2024. Mereka bertemu Rabu (3/9) waktu setempat.").value == "2025-09-03"


def test_dates_years_inside_names_are_not_reference_years() -> None:
    text = "Visi Indonesia Emas 2045 kembali digaungkan. Harga cabai naik sejak Maret 2025, kata pedagang, Rabu (18/6)."
    assert infer_dct(text).value == "2025-06-18"
    text = "Jadwal Piala Dunia Antarklub 2025 padat. Laga pembuka digelar Sabtu (14/6) di Miami."
    assert infer_dct(text) == DctDecision(None, "none", None)
    assert infer_dct(text, not_after="2025-06-18").value == "2025-06-14"


def test_dates_weekday_date_needs_year_or_bound() -> None:
    text = "Pedagang di Pasar Minggu mengeluhkan sepinya pembeli, Senin (16/6)."
    assert infer_dct(text) == DctDecision(None, "none", None)
    assert infer_dct(text, not_after="2025-06-18").value == "2025-06-16"


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menutup jalan itu pada Selasa (31/6).",
        "Polisi menutup jalan itu pada Selasa (31/6/2025).",
        "Polisi menutup jalan itu pada Rabu (18/6/2026).",  # 18 June 2026 is a Thursday
    ],
)
def test_dates_weekday_date_invalid_or_contradictory_is_ignored(text: str) -> None:
    assert infer_dct(f"Sejak 2020 warga mengeluh. {text}").source != "text:weekday-date"


def test_dates_numbers_that_are_not_dates_are_ignored() -> None:
    text = (
        "Survei menunjukkan 64% responden puas. Sekitar 11.000 tentara dikerahkan ke perbatasan. "
        "Hingga Minggu, 1/3 warga belum menerima bantuan senilai Rp2.025 per orang. "
        "Persib menang 2-1 atas tamunya, sementara skor babak pertama 1/0."
    )
    assert infer_dct(text) == DctDecision(None, "none", None)


# --- infer_dct: full dates, years, bounds -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        ("Jakarta, 18 November 2025 - Pemerintah menaikkan tarif ojek daring.", "2025-11-18", "18 November 2025"),
        ("Surabaya, 4/3/2025 - Ribuan warga antre minyak goreng murah.", "2025-03-04", "4/3/2025"),
        (
            "Aturan itu terbit 2 Januari 2025. Pemerintah merevisinya pada 11 Februari 2025 setelah protes.",
            "2025-02-11",
            "11 Februari 2025",
        ),
    ],
)
def test_dates_full_date_latest_in_lead(text: str, expected: str, evidence: str) -> None:
    assert infer_dct(text) == DctDecision(expected, "text:full-date", evidence)


def test_dates_full_date_only_in_first_sentences() -> None:
    filler = "Warga antre sejak pagi. " * 6
    assert infer_dct(filler + "Aturan itu terbit 2 Januari 2025.") == DctDecision(None, "none", None)


def test_dates_full_date_not_before_stated_year() -> None:
    text = "Ia lahir 8 Februari 1983 di Medan. Kariernya menanjak sejak 2015."
    assert infer_dct(text) == DctDecision(None, "none", None)


def test_dates_full_date_future_is_skipped() -> None:
    text = "Pemungutan suara akan digelar 14 Februari 2029. Komisi itu dibentuk 5 Mei 2025."
    assert infer_dct(text).value == "2025-05-05"


def test_dates_day_and_month_without_year_or_weekday_is_not_a_dct() -> None:
    assert infer_dct("Harga telur naik tajam pada 5 Juni, kata pedagang.") == DctDecision(None, "none", None)


@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        ("Korea Utara mengirim pasukan sejak Oktober 2024. Jumlahnya naik tahun lalu.", "2025", "sejak Oktober 2024"),
        ("Ekspor tumbuh 5% pada 2023 atau tahun lalu, kata menteri.", "2024", "2023 atau tahun lalu"),
        ("Produksi padi tahun ini (2026) diperkirakan turun.", "2026", "tahun ini (2026)"),
        ("Harga turun pada tahun lalu (2024), kata pedagang.", "2025", "tahun lalu (2024)"),
        ("Pada tahun lalu (2023) harga turun. Pabrik dibuka kembali Maret 2025.", "2025", "2025"),
    ],
)
def test_dates_year_estimate_from_relative_phrases(text: str, expected: str, evidence: str) -> None:
    assert infer_dct(text) == DctDecision(expected, "text:year", evidence)


def test_dates_year_alone_is_not_a_dct() -> None:
    assert infer_dct("Pabrik itu ditutup pada 2019 dan kini terbengkalai.") == DctDecision(None, "none", None)


def test_dates_no_dates_gives_none() -> None:
    assert infer_dct("Warga antre minyak goreng sejak pagi di depan balai desa.") == DctDecision(None, "none", None)


def test_dates_not_after_excludes_later_dates() -> None:
    text = "Demonstran berkumpul Rabu (18/6/2025). Aksi berlanjut Jumat (20/6/2025) di depan balai kota."
    assert infer_dct(text).value == "2025-06-20"
    assert infer_dct(text, not_after="2025-06-19").value == "2025-06-18"
    assert infer_dct("Tarif naik sejak Oktober 2024.", not_after="2024-12-31") == DctDecision(None, "none", None)


def test_dates_not_after_caps_inferred_year() -> None:
    text = "Krisis dimulai pada 2022. Warga berunjuk rasa, Rabu (3/9)."
    assert infer_dct(text).value == "2025-09-03"
    assert infer_dct(text, not_after="2025-06-18") == DctDecision(None, "none", None)


def test_dates_not_after_must_be_iso() -> None:
    with pytest.raises(ValueError, match="not_after"):
        infer_dct("Rabu (18/6/2025).", not_after="18 Juni 2025")


def test_dates_scan_stops_after_scan_chars() -> None:
    text = "Warga antre minyak goreng. " * (SCAN_CHARS // 20) + "Warga berkumpul Rabu (18/6/2025)."
    assert infer_dct(text) == DctDecision(None, "none", None)


SENTENCE_PARTS = st.sampled_from(
    [
        "Rabu (18/6/2025)", "Selasa (31/6)", "Kamis (19/6)", "kemarin, ", "besok ", "hari ini", "akan ", "pada ",
        "18 Juni 2025", "sejak Oktober 2024", "tahun lalu", "2023", "64%", "1/3 warga", "11.000", "Piala Dunia 2026",
        "Jakarta, ", ". ", "\n", " mendatang", "(", ")", " ", "Minggu, ", "2-1",
    ]
)  # fmt: skip


@given(st.lists(SENTENCE_PARTS, max_size=30), st.sampled_from([None, "2025-06-18", "2024"]))
def test_dates_infer_dct_evidence_is_a_substring(parts: list[str], not_after: str | None) -> None:
    text = "".join(parts)
    decision = infer_dct(text, not_after=not_after)
    if decision.value is None:
        assert decision == DctDecision(None, "none", None)
        return
    assert decision.evidence is not None and decision.evidence in text
    assert ISO_VALUE.fullmatch(decision.value)
    if not_after:
        shared = min(len(decision.value), len(not_after))
        assert decision.value[:shared] <= not_after[:shared]

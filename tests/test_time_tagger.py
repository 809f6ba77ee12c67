"""Tests for sorot.time.tagger: recognition and TIMEX3 normalisation of Indonesian news text."""

from __future__ import annotations

import pytest

from sorot.time.tagger import Timex, tag_timexes

# Tuesday 18 June 2024 unless a case says otherwise.
DCT = "2024-06-18"


def found(text: str, dct: str | None = DCT) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, dct)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gubernur meresmikan jembatan itu pada Senin (17/6/2024).", ("Senin (17/6/2024)", "DATE", "2024-06-17")),
        ("Rapat digelar di Balai Kota, Jumat (14/6).", ("Jumat (14/6)", "DATE", "2024-06-14")),
        ("Warga antre sejak Sabtu ( 15/6 ) pagi.", ("Sabtu ( 15/6 ) pagi", "TIME", "2024-06-15TMO")),
        ("Kapal tiba di Tanjung Priok, Senin, 10 Juni 2024.", ("Senin, 10 Juni 2024", "DATE", "2024-06-10")),
        ("Sidang dilanjutkan Rabu siang (19/6/2024) di PN Jakarta.", ("Rabu siang (19/6/2024)", "TIME", "2024-06-19TMI")),
        ("Tim SAR menemukan korban pada 12 Mei 2023.", ("12 Mei 2023", "DATE", "2023-05-12")),
        ("Saham emiten itu ditutup menguat pada 3 Jun 2024.", ("3 Jun 2024", "DATE", "2024-06-03")),
        ("Undang-undang itu disahkan pada tahun 2019.", ("tahun 2019", "DATE", "2019")),
        ("Pabrik gula itu berdiri pada 1930-an.", ("1930-an", "DATE", "193")),
        ("Musik dangdut populer sejak era 70-an.", ("era 70-an", "DATE", "197")),
        ("Candi itu dibangun pada abad ke-9.", ("abad ke-9", "DATE", "08")),
        ("Laba bank tumbuh pada kuartal pertama 2024.", ("kuartal pertama 2024", "DATE", "2024-Q1")),
        ("Pendaftaran dibuka mulai 1 Juli mendatang.", ("1 Juli mendatang", "DATE", "2024-07-01")),
        ("Harga beras melonjak sejak Maret 2024.", ("Maret 2024", "DATE", "2024-03")),
    ],
)
def test_time_absolute_and_calendar_dates(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hasil rekapitulasi diumumkan hari ini.", ("hari ini", "DATE", "2024-06-18")),
        ("Polisi menangkap pelaku kemarin di rumahnya.", ("kemarin", "DATE", "2024-06-17")),
        ("Bupati akan meninjau lokasi besok.", ("besok", "DATE", "2024-06-19")),
        ("Hasil uji laboratorium keluar lusa.", ("lusa", "DATE", "2024-06-20")),
        ("Hujan deras mengguyur Bogor tadi malam.", ("tadi malam", "TIME", "2024-06-17TNI")),
        ("Konser digelar malam ini di GBK.", ("malam ini", "TIME", "2024-06-18TNI")),
        ("Menteri berkunjung ke Medan pekan lalu.", ("pekan lalu", "DATE", "2024-W24")),
        ("Awal pekan ini harga cabai turun.", ("Awal pekan ini", "DATE", "2024-W25")),
        ("Tarif baru berlaku pekan depan.", ("pekan depan", "DATE", "2024-W26")),
        ("Inflasi bulan lalu tercatat rendah.", ("bulan lalu", "DATE", "2024-05")),
        ("Proyek itu ditargetkan selesai tahun depan.", ("tahun depan", "DATE", "2025")),
        ("Pemilu digelar pada Februari tahun ini.", ("Februari tahun ini", "DATE", "2024-02")),
        ("Kedua menteri bertemu pada Juni tahun lalu.", ("Juni tahun lalu", "DATE", "2023-06")),
        ("Festival itu terakhir digelar September lalu.", ("September lalu", "DATE", "2023-09")),
        ("Misi itu diluncurkan awal Juni lalu.", ("awal Juni lalu", "DATE", "2024-06")),  # the news month, in June
        ("Gencatan senjata itu disepakati akhir Juni lalu.", ("akhir Juni lalu", "DATE", "2023-06")),  # yet to come
        ("Gedung itu terbakar 15 tahun lalu.", ("15 tahun lalu", "DATE", "2009")),
        ("Jalan tol itu dibuka tiga bulan lalu.", ("tiga bulan lalu", "DATE", "2024-03")),
        ("Hasil tes akan keluar dua hari lagi.", ("dua hari lagi", "DATE", "2024-06-20")),
        ("Banjir merendam kota itu selama akhir pekan.", ("akhir pekan", "DATE", "2024-W24-WE")),
        ("Kini harga minyak goreng kembali stabil.", ("Kini", "DATE", "PRESENT_REF")),
        ("Produksi padi saat ini masih mencukupi.", ("saat ini", "DATE", "PRESENT_REF")),
        ("Teknologi ini akan dipakai di masa depan.", ("masa depan", "DATE", "FUTURE_REF")),
        ("Ke depan, pemerintah akan menambah kuota.", ("Ke depan", "DATE", "FUTURE_REF")),
    ],
)
def test_time_deictic_expressions_resolve_against_the_dct(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The DCT is a Tuesday: a Tuesday is that same day, whatever the tense.
        ("Presiden akan membuka pameran itu pada Selasa.", ("Selasa", "DATE", "2024-06-18")),
        ("Tim itu telah tiba di Surabaya pada Senin.", ("Senin", "DATE", "2024-06-17")),
        ("Presiden dijadwalkan akan bertolak ke Tokyo pada Kamis.", ("Kamis", "DATE", "2024-06-20")),
        ("Kantor itu digeledah penyidik KPK pada Jumat.", ("Jumat", "DATE", "2024-06-14")),
        ("Ia kembali ke Jakarta Jumat lalu.", ("Jumat lalu", "DATE", "2024-06-14")),
        ("Rapat lanjutan digelar Senin depan.", ("Senin depan", "DATE", "2024-06-24")),
        ('"Kami akan tetap bekerja," kata juru bicara itu, Senin.', ("Senin", "DATE", "2024-06-17")),
        ("Massa berkumpul di depan gedung DPR pada Minggu malam.", ("Minggu malam", "TIME", "2024-06-16TNI")),
        ("Pesawat itu mendarat Selasa dini hari.", ("Selasa dini hari", "TIME", "2024-06-18TMO")),
        ("Pemerintah mengumumkan kebijakan itu pada bulan Maret.", ("bulan Maret", "DATE", "2024-03")),
        ("Pelantikan kepala daerah akan berlangsung pada Oktober.", ("Oktober", "DATE", "2024-10")),
        ("Kontrak pemain itu berakhir pada Juni.", ("Juni", "DATE", "2024-06")),
        ("Balapan digelar akhir pekan nanti.", ("akhir pekan", "DATE", "2024-W25-WE")),
        # a shift word after another date is that date's, not the weekday's
        ("Maskapai itu menangguhkan penerbangan pada hari Senin hingga 30 Juni mendatang.",
         ("hari Senin", "DATE", "2024-06-17")),
    ],
)
def test_time_weekdays_and_months_follow_tense_cues(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)


def test_time_minggu_is_a_week_at_the_start_of_a_sentence_and_sunday_elsewhere() -> None:
    assert ("Minggu lalu", "DATE", "2024-W24") in found("Minggu lalu, harga emas naik tajam.")
    assert ("Minggu lalu", "DATE", "2024-06-16") in found("Harga emas naik tajam pada Minggu lalu.")
    assert ("minggu ini", "DATE", "2024-W25") in found("Hasil seleksi diumumkan minggu ini.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tim penyelamat tiba Kamis (13/6/2024). Sehari sebelumnya, longsor menimbun dua rumah.",
            ("Sehari sebelumnya", "DATE", "2024-06-12"),
        ),
        (
            "Gempa mengguncang Cianjur pada 21 November 2022. Tiga hari kemudian, bantuan mulai datang.",
            ("Tiga hari kemudian", "DATE", "2022-11-24"),
        ),
        (
            "Pabrik itu ditutup pada 2 Januari 2024. Hari itu ratusan buruh berunjuk rasa.",
            ("Hari itu", "DATE", "2024-01-02"),
        ),
        (
            "Pabrik itu ditutup pada 2 Januari 2024. Pada hari yang sama ratusan buruh berunjuk rasa.",
            ("hari yang sama", "DATE", "2024-01-02"),
        ),
        (
            "Israel menyerang Teheran pada Kamis (19/6/2025). Keesokan harinya, Iran menyerang Haifa.",
            ("Keesokan harinya", "DATE", "2025-06-20"),
        ),
        (
            "Jam malam berlaku mulai 22 Juni 2025 dan berakhir esok harinya.",
            ("esok harinya", "DATE", "2025-06-23"),
        ),
        (
            "Putin mengunjungi Pyongyang pada Juni 2024. Pada bulan yang sama Kim menerima delegasi China.",
            ("bulan yang sama", "DATE", "2024-06"),
        ),
        (
            "Kota itu dilanda banjir besar pada 2007. Saat itu ribuan warga mengungsi.",
            ("Saat itu", "DATE", "PAST_REF"),
        ),
        (
            "Kontrak ditandatangani pada Maret 2021. Setahun kemudian proyek mangkrak.",
            ("Setahun kemudian", "DATE", "2022"),
        ),
    ],
)
def test_time_anaphoric_expressions_resolve_against_the_narrative(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_time_the_next_day_with_no_time_before_it_stays_unresolved() -> None:
    tagged = tag_timexes("Keesokan harinya, Iran menyerang Haifa.", DCT)
    assert [(t.text, t.value) for t in tagged] == [("Keesokan harinya", None)]  # not the day after the DCT


def test_time_anaphoric_anchor_is_reported() -> None:
    tagged = tag_timexes("Banjir surut pada Kamis (13/6/2024). Sehari sebelumnya hujan turun.", DCT)
    assert tagged[-1].anchor == "2024-06-13"
    assert tag_timexes("Harga naik bulan lalu.", DCT)[0].anchor == "DCT"
    assert tag_timexes("Harga naik pada Maret 2021.", DCT)[0].anchor is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gencatan senjata berlaku selama 30 hari.", ("30 hari", "DURATION", "P30D")),
        ("Rapat berlangsung lebih dari satu setengah jam.", ("lebih dari satu setengah jam", "DURATION", "PT1H30M")),
        ("Pemadaman listrik berlangsung 2,5 jam.", ("2,5 jam", "DURATION", "PT2H30M")),
        ("Ia dipenjara selama dua puluh lima tahun.", ("dua puluh lima tahun", "DURATION", "P25Y")),
        ("Warga menunggu beberapa menit sebelum kereta datang.", ("beberapa menit", "DURATION", "PTXM")),
        ("Pengungsi bertahan berbulan-bulan di tenda darurat.", ("berbulan-bulan", "DURATION", "PXM")),
        ("Harga naik dalam dua minggu terakhir.", ("dua minggu terakhir", "DURATION", "P2W")),
        ("Ia pulang kampung setahun sekali.", ("setahun", "DURATION", "P1Y")),
        ("Gedung itu selesai sembilan bulan setelah peletakan batu pertama.", ("sembilan bulan", "DURATION", "P9M")),
        ("Cuaca cerah diperkirakan selama sepekan ke depan.", ("sepekan ke depan", "DURATION", "P1W")),
        ("Bantuan disalurkan setiap bulan.", ("setiap bulan", "SET", "P1M")),
        ("Pasar itu ramai setiap Sabtu.", ("setiap Sabtu", "SET", "XXXX-WXX-6")),
        ("Upahnya Rp150.000 per hari.", ("per hari", "SET", "P1D")),
    ],
)
def test_time_durations_and_sets(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Upacara dimulai pukul 08.00 WIB.", ("pukul 08.00 WIB", "TIME", "2024-06-18T08:00")),
        ("Gempa terjadi sekitar 14.35 WITA.", ("14.35 WITA", "TIME", "2024-06-18T14:35")),
        ("Kebakaran terjadi pukul 13.20 WIB, Senin (17/6/2024).", ("pukul 13.20 WIB", "TIME", "2024-06-17T13:20")),
        ("Bus berangkat jam 7 malam dari terminal.", ("jam 7 malam", "TIME", "2024-06-18T19:00")),
    ],
)
def test_time_clock_times(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Antara Agustus dan Februari, ekspor turun tajam.", [("Agustus", "2023-08"), ("Februari", "2024-02")]),
        ("Pameran berlangsung 15-20 Juni 2024.", [("15", "2024-06-15"), ("20 Juni 2024", "2024-06-20")]),
        ("Masa jabatannya 2019-2024.", [("2019", "2019"), ("2024", "2024")]),
        ("Data penjualan Januari hingga Mei 2024 naik.", [("Januari", "2024-01"), ("Mei 2024", "2024-05")]),
    ],
)
def test_time_ranges_give_both_ends(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag_timexes(sentence, DCT)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflasi tahunan mencapai 64% pada kuartal itu.",
        "Sebanyak 11.000 tentara dikerahkan ke perbatasan.",
        "Harga paket itu Rp1,5 juta per orang.",
        "Persija menang 2-1 atas Persib.",
        "Sepertiga warga, atau 1/3 penduduk, belum divaksin.",
        "Kasus COVID-19 kembali meningkat di Asia.",
        "Para pemimpin G20 bertemu di Bali.",
        "Hal itu diatur dalam Pasal 5 ayat 2.",
        "Rumah nomor 10 itu kosong.",
        "Kecelakaan terjadi di KM 50 tol Cikampek.",
        "Sekitar 2000 orang menghadiri acara itu.",
        "Kebutuhan sehari-hari warga tercukupi.",
        "Ia memuji masa depan hubungan kedua negara.",
        "Ia mulai bekerja pada usia 20-an.",
    ],
)
def test_time_numbers_that_are_not_dates(sentence: str) -> None:
    assert tag_timexes(sentence, DCT) == []


def test_time_a_law_s_number_and_year_are_no_time_expression() -> None:
    # as timeqty-inline annotates news ("Nomor 31 tahun 1999" untagged): the year names the law
    assert found("Aturan itu ada di UU Nomor 5 Tahun 2020.") == []
    assert found("Keduanya dijerat UU No. 35 Tahun 2009 tentang Narkotika pada tahun 2024.") == [("tahun 2024", "DATE", "2024")]


def test_time_a_law_named_by_its_subject_and_year_is_no_time_expression() -> None:
    assert found("Mereka didakwa melanggar Undang-Undang Perkapalan, 1958, kata polisi.") == []
    assert found("Buruh menolak UU Cipta Kerja tahun 2020 yang disahkan pada 2023.") == [("2023", "DATE", "2023")]


def test_time_offsets_point_into_the_text_in_order() -> None:
    text = "Pada Senin (17/6/2024) pukul 09.00 WIB, hujan turun.\nSehari sebelumnya cerah, kata BMKG kemarin."
    tagged = tag_timexes(text, DCT)
    assert [t.start for t in tagged] == sorted(t.start for t in tagged)
    assert all(text[t.start : t.end] == t.text for t in tagged)
    assert all(isinstance(t, Timex) for t in tagged)


@pytest.mark.parametrize(
    ("dct", "expected"),
    [
        (None, ("tahun lalu", "DATE", None)),
        ("2025", ("tahun lalu", "DATE", "2024")),
        ("2024-06-18T14:05+07:00", ("tahun lalu", "DATE", "2023")),
    ],
)
def test_time_dct_precision_limits_what_resolves(dct: str | None, expected: tuple[str, str, str | None]) -> None:
    assert expected in found("Ekspor naik tahun lalu.", dct)


def test_time_unresolvable_weekday_stays_underspecified() -> None:
    assert found("Ia datang pada Rabu.", None) == [("Rabu", "DATE", "XXXX-WXX-3")]


def test_time_a_place_named_after_a_day_is_no_date() -> None:
    # Jakarta's "Pasar Minggu" and "Pasar Senen" are places; the day after them is still a day
    assert found("Dua pria diamankan di Pasar Minggu dan dibawa ke Stasiun Pasar Senen pada Selasa.", "2025-06-19") == [
        ("Selasa", "DATE", "2025-06-17")]


def test_time_part_of_day_with_hari_ini_is_today() -> None:
    [timex] = tag_timexes("Warga mengungsi ke posko sejak pagi hari ini.", "2025-06-18")
    assert (timex.text, timex.type, timex.value) == ("pagi hari ini", "TIME", "2025-06-18TMO")


@pytest.mark.parametrize("sentence", ["Sejak tahun 2023 kemarin, ia bermain di klub itu.", "Proyek itu dimulai pada 2023 lalu."])
def test_time_past_marker_after_year_belongs_to_the_year(sentence: str) -> None:
    [timex] = tag_timexes(sentence, "2025-06-18")
    assert timex.value == "2023" and timex.text.endswith(("kemarin", "lalu"))


def test_time_a_weekday_slip_near_the_publication_day_keeps_its_year() -> None:
    # 17 June 2025 was a Tuesday: the writer slipped on the weekday, the date is not June 2024
    assert ("Senin 17 Juni", "DATE", "2025-06-17") in found("Hingga Senin 17 Juni, korban bertambah.", "2025-06-19")
    # far from the publication day, the weekday still picks the year
    assert ("Senin 17 Juni", "DATE", "2024-06-17") in found("Pada Senin 17 Juni, ia tiba.", "2025-01-20")


def test_time_since_picks_the_past_year_of_a_day_and_month_far_from_the_publication_day() -> None:
    # the nearest 7 October to 16 June 2025 is the next one, but "sejak" (since) counts from the past
    assert found("Sejak 7 Oktober, Israel telah menghancurkan 10 stadion.", "2025-06-16") == [("7 Oktober", "DATE", "2024-10-07")]
    # near the publication day the nearest stands, and another clause's tense does not move a date
    assert found("Aturan itu berlaku sejak 1 Juli.", "2025-06-16") == [("1 Juli", "DATE", "2025-07-01")]
    assert found("AS telah menetapkan tarif yang berlaku mulai 1 Agustus.", "2025-06-18") == [("1 Agustus", "DATE", "2025-08-01")]
    assert found("Pendaftaran sudah dibuka hingga 30 September.", "2025-06-18") == [("30 September", "DATE", "2025-09-30")]


def test_a_count_before_or_after_a_happening_no_time_of_the_text_dates_is_a_duration():
    # counted from what follows, not from the news day
    assert found("Serangan terjadi tiga hari sebelum perundingan nuklir di Oman.") == [("tiga hari", "DURATION", "P3D")]
    assert found("Ia dipecat hanya 16 hari setelah mengantar timnya juara.") == [("16 hari", "DURATION", "P16D")]
    # after a time of the text, the count still runs from it
    assert found("Pada Senin (17/6), Iran menyerang. Israel membalas dua hari setelah serangan itu.")[1] == \
        ("dua hari setelah", "DATE", "2024-06-19")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a duration of several units is one expression
        ("Terdakwa divonis 4 tahun 6 bulan penjara.", [("4 tahun 6 bulan", "DURATION", "P4Y6M")]),
        ("Marquez membukukan 1 menit 45,694 detik di sesi itu.", [("1 menit 45,694 detik", "DURATION", "PT1M45.694S")]),
        ("Pemeriksaan berlangsung 2 jam dan 15 menit.", [("2 jam dan 15 menit", "DURATION", "PT2H15M")]),
        # before a word of time ago or after, a duration of several units is read unit by unit
        ("Ia ditahan 4 tahun 6 bulan lalu.", [("4 tahun", "DURATION", "P4Y"), ("6 bulan lalu", "DATE", "2024-12")]),
        # units out of order are two durations
        ("Kontrak 3 bulan 2 tahun itu diteken.", [("3 bulan", "DURATION", "P3M"), ("2 tahun", "DURATION", "P2Y")]),
        # a weekday and its part of day before the date, and a part of day after a date
        ("Rapat digelar pada Selasa malam, 3 Juni 2025, di Jakarta.", [("Selasa malam, 3 Juni 2025", "TIME", "2025-06-03TNI")]),
        ("Laga itu dimainkan pada 17 Agustus 2025 petang.", [("17 Agustus 2025 petang", "TIME", "2025-08-17TEV")]),
        # the second end of a range after a hyphen
        ("Pameran berlangsung 19 Juni-3 Juli 2025.", [("19 Juni", "DATE", "2025-06-19"), ("3 Juli 2025", "DATE", "2025-07-03")]),
        ("Turnamen digelar 29 Juli-3 Agustus.", [("29 Juli", "DATE", "2025-07-29"), ("3 Agustus", "DATE", "2025-08-03")]),
        # but not a code's number ("Covid-19", "U-23") nor an ordinal's ("HUT ke-80 tahun")
        ("Kasus Covid-19 tahun lalu meningkat.", [("tahun lalu", "DATE", "2024")]),
        ("Timnas U-23 tahun ini juara.", [("tahun ini", "DATE", "2025")]),
        ("Perayaan HUT RI ke-80 tahun ini meriah.", [("tahun ini", "DATE", "2025")]),
        ("Laba kuartal I-2025 naik.", [("kuartal I-2025", "DATE", "2025-Q1")]),
        # halves of a year
        ("Penjualan paruh kedua tahun 2025 diperkirakan naik.", [("paruh kedua tahun 2025", "DATE", "2025-H2")]),
        ("Target paruh pertama tahun ini belum tercapai.", [("paruh pertama tahun ini", "DATE", "2025-H1")]),
        # every given date or month; a date after "per" is "as of"
        ("Hari Musik diperingati setiap 21 Juni.", [("setiap 21 Juni", "SET", "XXXX-06-21")]),
        ("Harga cabai naik setiap bulan Desember.", [("setiap bulan Desember", "SET", "XXXX-12")]),
        ("Aturan itu berlaku per 1 Juli 2025.", [("1 Juli 2025", "DATE", "2025-07-01")]),
        # a decree's number with a letter code names no year
        ("Keputusan Dirjen Nomor PR 22 Tahun 2024 mengatur hal itu.", []),
        # within a count after a happening: how long, not when
        ("Pada Senin (16/6), jemaah tiba. Mereka diperiksa dalam 14 hari setelah tiba.",
         [("Senin (16/6)", "DATE", "2025-06-16"), ("14 hari", "DURATION", "P14D")]),
        # a day that does not exist is written as it is, with no year (no crash)
        ("Rapat digelar pada 30 Februari.", [("30 Februari", "DATE", "XXXX-02-30")]),
        # a vague number of hours after a time of the text is that day (not after a month only)
        ("Pada September 2018 gempa terjadi. Beberapa jam kemudian air surut.",
         [("September 2018", "DATE", "2018-09"), ("Beberapa jam kemudian", "DATE", None)]),
        ("Ledakan terjadi Rabu (18/6/2025). Beberapa jam kemudian polisi tiba.",
         [("Rabu (18/6/2025)", "DATE", "2025-06-18"), ("Beberapa jam kemudian", "DATE", "2025-06-18")]),
    ],
)
def test_time_forms_from_the_dev_corpus_check(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence, "2025-06-18") == expected

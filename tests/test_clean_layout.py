from __future__ import annotations

import pytest

from conftest import SCRAPED_PAGE
from sorot.api import process_text
from sorot.clean.boilerplate import is_body_line, line_reason
from sorot.clean.layout import layout_page
from sorot.clean.metadata import byline_people, find_dateline, outlet_from_removed, outlet_identity
from sorot.clean.mojibake import repair


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Penulis: Rina Kartika", "byline"),
        ("Editor : Bayu Saputra", "byline"),
        ("Baca juga : Harga Cabai Turun Setelah Panen Raya di Jawa Timur", "read_also"),
        ("Baca Juga", "read_also"),
        ("Tonton juga Video: Harga Beras Naik Menjelang Lebaran", "read_also"),  # video promos
        ("Simak Video 'Banjir Rendam Ratusan Rumah di Bekasi'", "read_also"),
        ("Halaman", "pagination"),
        ("123", "pagination"),
        ("Rekomendasi untuk Anda", "widget"),
        ("SCROLL TO CONTINUE WITH CONTENT", "widget"),
        ("Advertisement", "widget"),
        ("© 2025 KabarKita.id, bagian dari Grup Media Nusa. All Right Reserved", "copyright"),
        ("Copyright 2025 KabarKita.id", "copyright"),
        ("Hak Cipta Dilindungi Undang-Undang", "copyright"),
        ("beritapagi-online.com", "site_name"),
        ("Dapatkan kabar terbaru dari kami di Google News dan WhatsApp channel kabarkita.id", "share_prompt"),
        ("Dimas Aryo / KabarKita", "photo_credit"),
        ("Foto: ANTARA/Rahmat Hidayat", "photo_credit"),
        ("Tag Archives: Banjir Jakarta", "archive_header"),
        ("[Gambas:Video 20detik]", "embed"),
        ("(kha)", "reporter_initials"),
        ("Sabtu, 11 Oktober 2025", "date_header"),
        ("Warga berjalan di tepi sungai yang meluap di Bandung(Antara.com)", "caption"),
    ],
)
def test_clean_line_reason_flags_boilerplate(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Menteri Perdagangan dijadwalkan meninjau pasar induk di Surabaya pada Kamis (20/11/2025) hari ini.",
        "Antrean Sejak Subuh",
        "Penutup",
        '"Kami siap bekerja"',
        "Ketika ditanya, juru bicara itu menjawab singkat. (KK/R-2)",
        "1. Kereta malam ke Surabaya",
        "(Bersambung)",
        "(Tiga Orang Tewas dalam Kecelakaan Itu)",
        "(Menteri Keuangan)",  # a name in brackets is a byline only as the article's last line
        # news about copyright is no copyright notice
        "Penyanyi itu digugat dua pencipta lagu atas dugaan pelanggaran hak cipta di Pengadilan Niaga.",
    ],
)
def test_clean_line_reason_keeps_content(line):
    assert line_reason(line) is None


def test_clean_body_line_needs_a_finished_sentence_or_length():
    assert is_body_line("Bantuan berupa beras dan minyak goreng itu akan disalurkan selama tiga bulan.")
    assert not is_body_line("Pemerintah Umumkan Program Bantuan Pangan untuk Daerah Terdampak Kekeringan")


def test_clean_layout_scraped_page_title_body_and_removed_lines():
    [article] = layout_page(SCRAPED_PAGE)
    assert article.title == "Pemerintah Umumkan Program Bantuan Pangan untuk Daerah Terdampak Kekeringan"
    assert article.text.startswith("KabarKita.id, Yogyakarta - Pemerintah pusat")
    assert article.text.endswith("kepada wartawan di Yogyakarta.")
    reasons = {line.text: line.reason for line in article.removed}
    assert reasons["Kamis, 20 November 2025"] == "date_header"
    assert reasons["Nasional"] == "section_label"
    assert reasons["Foto: ANTARA/Budi Santoso"] == "photo_credit"
    assert reasons["Petugas membagikan beras kepada warga di Kabupaten Gunungkidul, Rabu (19/11/2025)."] == "caption"
    assert reasons["Harga Cabai Naik Jelang Akhir Tahun di Pasar Beringharjo"] == "trailing_widget"
    assert reasons["1 2 3"] == "pagination"
    assert len(article.removed) == 13
    assert all(line.text in SCRAPED_PAGE for line in article.removed)


def test_clean_layout_headline_above_credit_stays_title():
    page = "Judul Berita Tentang Banjir Besar di Kota Semarang\nFoto: Dok. BPBD\n" + SCRAPED_PAGE.split("\n\n", 1)[1]
    [article] = layout_page(page)
    assert article.title == "Judul Berita Tentang Banjir Besar di Kota Semarang"


def test_clean_layout_splits_tag_archive_into_articles():
    first = "Pemerintah pusat menyalurkan bantuan pangan ke tujuh kabupaten yang terdampak kekeringan. Penyaluran dimulai pekan ini."
    second = "Harga cabai rawit di sejumlah pasar tradisional naik tajam menjelang akhir tahun. Pedagang menyebut pasokan berkurang."
    page = f"Arsip Tag: Pangan\n\nBantuan Pangan Mulai Disalurkan ke Daerah Kering\n\n{first}\n\n{first}\n\nHarga Cabai Melonjak Jelang Akhir Tahun\n\n{second}\n\n{second}\n"
    articles = layout_page(page)
    assert [a.title for a in articles] == ["Bantuan Pangan Mulai Disalurkan ke Daerah Kering", "Harga Cabai Melonjak Jelang Akhir Tahun"]
    assert articles[1].text.startswith("Harga cabai rawit")
    assert articles[0].removed[0].reason == "archive_header"


def test_clean_layout_keeps_subheadings_in_one_article():
    body = "Kedua negara sepakat memperluas kerja sama perdagangan dan investasi pada tahun depan. Nilai kesepakatan belum diumumkan."
    page = f"Judul Utama Kerja Sama Dagang Dua Negara\n\n{body}\n\nLatar Belakang Perundingan Panjang\n\n{body}\n"
    articles = layout_page(page)
    assert len(articles) == 1
    assert "Latar Belakang Perundingan Panjang" in articles[0].text


def test_clean_layout_dateline_after_headline_starts_new_article():
    body = "Pemerintah daerah menyiapkan posko pengungsian bagi warga yang rumahnya terendam banjir sejak pagi."
    page = (
        f"Banjir Rendam Ratusan Rumah di Semarang\n\nSEMARANG, KABARKITA - {body}\n\n{body}\n\n"
        f"Longsor Tutup Jalan Provinsi di Garut\n\nGARUT, KABARKITA - {body}\n"
    )
    assert [a.title for a in layout_page(page)] == ["Banjir Rendam Ratusan Rumah di Semarang", "Longsor Tutup Jalan Provinsi di Garut"]


def test_clean_layout_record_with_known_title_drops_repeat_only():
    text = "Judul Sama\nAdvertisement\nIsi berita yang cukup panjang untuk menjadi paragraf pertama artikel ini."
    [article] = layout_page(text, known_title="Judul Sama", scraped=False)
    assert article.text == "Isi berita yang cukup panjang untuk menjadi paragraf pertama artikel ini."
    assert [line.reason for line in article.removed] == ["title_repeat", "widget"]


@pytest.mark.parametrize(
    "first_line, dateline, outlet, place",
    [
        ("Kabarkita.id, Jakarta -Sejak pagi warga mengantre", "Kabarkita.id, Jakarta -", "kabarkita.id", "Jakarta"),
        ("Kabarkita.id, JakartaPasar murah kembali digelar", "Kabarkita.id, Jakarta", "kabarkita.id", "Jakarta"),
        ("Kabarkita.id, JakartaKetua Komisi XI DPR menilai", "Kabarkita.id, Jakarta", "kabarkita.id", "Jakarta"),
        ("Kabarkita.id, JakartaPT Sumber Laut melaporkan", "Kabarkita.id, Jakarta", "kabarkita.id", "Jakarta"),
        ("Kabarkita.id, Washington D.C -Presiden AS", "Kabarkita.id, Washington D.C -", "kabarkita.id", "Washington D.C"),
        ("WARTA.CO,Jakarta-Dinas perhubungan menutup", "WARTA.CO,Jakarta-", "warta.co", "Jakarta"),
        ("JAKARTA, SUARAKITA.com-Koperasi nelayan setempat", "JAKARTA, SUARAKITA.com-", "suarakita.com", "Jakarta"),
        ("SUARAKITA.com - Pemerintah daerah memutuskan", "SUARAKITA.com -", "suarakita.com", None),
        ("JAKARTA– Sebuah koperasi tani meluncurkan", "JAKARTA–", None, "Jakarta"),
        ("Jakarta (BERITAPAGI) - Gubernur meminta", "Jakarta (BERITAPAGI) -", "BERITAPAGI", "Jakarta"),
    ],
)
def test_clean_dateline_forms(first_line, dateline, outlet, place):
    found = find_dateline(first_line)
    assert found is not None
    assert (found.text, found.outlet, found.place) == (dateline, outlet, place)


def test_clean_dateline_absent_in_plain_sentence():
    assert find_dateline("Wali kota meresmikan taman baru di tepi sungai.") is None


def test_clean_metadata_people_and_outlet():
    [article] = layout_page(SCRAPED_PAGE)
    assert byline_people(article.removed) == ("Sri Wahyuni", "Agus Salim")
    assert outlet_from_removed(article.removed) == "kabarkita.id"


def test_clean_outlet_identity_folds_the_spellings_of_one_outlet():
    assert {outlet_identity(n) for n in ("Kabar Harian", "KABARHARIAN", "kabarharian.co.id", "www.kabarharian.co.id")} \
        == {"kabarharian"}
    assert outlet_identity("news.detik.com") == outlet_identity("detik.com") == "detik"
    assert outlet_identity("Suara Kita Online") == outlet_identity("SUARAKITA")
    assert outlet_identity("tempo.co") != outlet_identity("detik.com")
    assert outlet_identity("tribunnews.com") == "tribunnews"  # a glued word is the name's own
    assert outlet_identity("beritaku.my.id") == "beritaku" != outlet_identity("thestar.com.my") == "thestar"
    assert outlet_identity("bbc.co.uk") == "bbc"


def test_text_a_scraper_misread_as_latin_1_is_repaired_and_invisible_joiners_dropped():
    assert repair("desa GÃ¶zlukuyu, kata Mateu HernÃ¡ndez") == "desa Gözlukuyu, kata Mateu Hernández"
    assert repair("meliputi:\nâ\x80¢ Makanan, Proba-3 â\x80\x94 misi") == "meliputi:\n• Makanan, Proba-3 — misi"
    assert repair("direksi, yaitu â\x81\xa0Edi Srimulyanti") == "direksi, yaitu Edi Srimulyanti"
    assert repair("Ã  la carte, Rp 1.000, café") == "Ã  la carte, Rp 1.000, café"  # no UTF-8 there: kept
    assert repair("itâ€™s â€œkutipanâ€\x9d") == "it’s “kutipan”"  # the Windows-1252 reading too
    assert repair("“Ø” dan é€™") == "“Ø” dan é€™"  # what no misreading of this news yields is left


def test_the_clean_stage_repairs_the_title_and_the_text_it_keeps():
    [article] = process_text("Pada hari Selasa, JÃ©rÃ´me Le Blay mengatakan patung itu rusak parah di museum.",
                             title="Patung Rodin di MusÃ©e Rusak", published_raw="2025-06-17")
    assert "Jérôme Le Blay" in article.text and article.title == "Patung Rodin di Musée Rusak"


def test_paragraphs_a_page_repeats_from_nested_containers_are_removed_as_repeats():
    first = ("Kapolres Cirebon Kota mengatakan penambangan galian C di Argasunya sebenarnya telah ditutup sejak "
             "tahun lalu karena membahayakan warga sekitar.")
    second = "Warga setempat diminta tidak lagi menambang di lokasi itu, kata polisi kepada wartawan pada Rabu."
    text = "\n".join([first + " " + second, first, second, "Polisi juga memasang garis pembatas di sekitar lokasi."])
    [layout] = layout_page(text, known_title="Polisi Tutup Galian C di Cirebon", scraped=False)
    assert [line.text for line in layout.lines] == [first + " " + second,
                                                    "Polisi juga memasang garis pembatas di sekitar lokasi."]
    assert [line.reason for line in layout.removed] == ["repeated_text", "repeated_text"]


def test_a_listing_keeps_an_older_version_s_paragraph_that_a_newer_version_extends():
    lede = ("Tim SAR menemukan korban longsor di Garut pada Senin pagi setelah pencarian selama dua hari "
            "berturut-turut oleh ratusan relawan.")
    page = (f"Arsip Tag: Longsor\n\nKorban Longsor Garut Ditemukan Tim SAR Gabungan\n\n{lede} Warga lega menyambut "
            f"kabar itu.\n\nKorban Longsor Garut Akhirnya Ditemukan\n\n{lede}\n")
    articles = layout_page(page)
    assert [a.text for a in articles] == [f"{lede} Warga lega menyambut kabar itu.", lede]


@pytest.mark.parametrize("byline", ["(Angkasa Yudhistira)", "(Arief Setyadi )"])
def test_clean_a_name_in_brackets_closing_the_article_is_a_byline(byline):
    body = ("Polisi menangkap dua tersangka pencurian sepeda motor di Bekasi pada Selasa malam.\n"
            "(Gedung Grahadi Surabaya)\n"
            "Keduanya kini ditahan di Polres Metro Bekasi untuk pemeriksaan lebih lanjut.\n" + byline)
    [article] = layout_page(body, known_title="Uji", scraped=False)
    removed = {line.text: line.reason for line in article.removed}
    assert removed == {byline.strip(): "reporter_initials"}


@pytest.mark.parametrize("line", ["Simak video ini untuk melihat prosesnya.", "Tonton juga aksi mereka di final nanti."])
def test_clean_a_sentence_that_opens_like_a_video_promo_is_content(line):
    assert line_reason(line) is None

from __future__ import annotations

from sorot.stories.dedup import DuplicateIndex, similarity
from sorot.stories.signature import shingles, signature

BASE = (
    "Pemerintah kota menyiapkan posko pengungsian bagi warga yang rumahnya terendam banjir sejak pagi. "
    "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak dengan perahu karet. "
    "Ketinggian air di beberapa titik mencapai satu meter, kata petugas di lokasi kejadian. "
    "Dinas sosial mengirim dapur umum dan selimut ke tiga kelurahan yang paling parah terdampak. "
    "Wali kota meminta warga di bantaran sungai tetap waspada karena hujan diperkirakan berlanjut."
)
OTHER = (
    "Harga cabai rawit di pasar tradisional naik tajam menjelang akhir tahun karena pasokan berkurang. "
    "Pedagang menyebut cuaca buruk membuat panen di sentra produksi terlambat beberapa pekan. "
    "Dinas perdagangan berjanji menggelar operasi pasar jika harga terus naik hingga pekan depan. "
    "Warga mengeluhkan kenaikan harga yang terjadi bersamaan dengan naiknya harga bawang merah."
)


def test_dedup_shingles_are_word_trigrams():
    assert shingles("Satu dua tiga empat") == ["satu dua tiga", "dua tiga empat"]


def test_dedup_similarity_of_identical_and_unrelated_texts():
    assert similarity(signature(BASE), signature(BASE)) == 1.0
    assert similarity(signature(BASE), signature(OTHER)) < 0.1


def test_dedup_links_edited_version_and_exact_copy_to_first_seen():
    index = DuplicateIndex()
    assert index.observe("a", "h1", signature(BASE)) is None
    assert index.observe("b", "h2", signature(OTHER)) is None
    edited = BASE + " Pemerintah juga membuka dua posko kesehatan baru pada sore hari."
    near = index.observe("c", "h3", signature(edited))
    assert near is not None and (near.duplicate_of, near.kind) == ("a", "near") and near.similarity >= 0.7
    exact = index.observe("d", "h3", signature(edited))
    assert exact is not None and (exact.duplicate_of, exact.kind) == ("a", "exact")


def test_dedup_short_texts_get_no_signature():
    assert signature("Halo, pembaca setia kami!") is None

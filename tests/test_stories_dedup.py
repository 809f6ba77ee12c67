from __future__ import annotations

from sorot.stories.dedup import BUCKET_LIMIT, DuplicateIndex, StoredEntries, band_keys, containment, numbers_agree, similarity
from sorot.stories.signature import fingerprint, shingles

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
    assert similarity(fingerprint(BASE).minhash, fingerprint(BASE).minhash) == 1.0
    assert similarity(fingerprint(BASE).minhash, fingerprint(OTHER).minhash) < 0.1


def test_dedup_links_edited_version_and_exact_copy_to_first_seen():
    index = DuplicateIndex()
    assert index.observe("a", "h1", fingerprint(BASE)) is None
    assert index.observe("b", "h2", fingerprint(OTHER)) is None
    edited = BASE + " Pemerintah juga membuka dua posko kesehatan baru pada sore hari."
    near = index.observe("c", "h3", fingerprint(edited))
    assert near is not None and (near.duplicate_of, near.kind) == ("a", "near") and near.containment >= 0.9
    exact = index.observe("d", "h3", fingerprint(edited))
    assert exact is not None and (exact.duplicate_of, exact.kind) == ("a", "exact")


def test_dedup_roundup_containing_an_article_is_linked():
    index = DuplicateIndex()
    index.observe("a", "h1", fingerprint(BASE))
    roundup = OTHER + " " + BASE + " " + OTHER.replace("cabai", "bawang")
    link = index.observe("b", "h2", fingerprint(roundup))
    assert link is not None and link.duplicate_of == "a" and link.similarity < 0.5


def test_dedup_template_with_other_numbers_is_not_linked():
    day_one = "Jadwal salat hari ini untuk wilayah Jakarta dan sekitarnya. " + " ".join(
        f"Waktu salat ke-{i} jatuh pada pukul {4 + i}.{10 + i} WIB menurut kementerian agama." for i in range(6)
    )
    day_two = day_one.replace(".1", ".3").replace(".2", ".4")
    first, second = fingerprint(day_one), fingerprint(day_two)
    assert containment(first, second, similarity(first.minhash, second.minhash)) >= 0.3
    assert numbers_agree(first, second) < 0.5
    index = DuplicateIndex()
    index.observe("a", "h1", first)
    assert index.observe("b", "h2", second) is None


def test_dedup_short_texts_get_no_fingerprint():
    assert fingerprint("Halo, pembaca setia kami!") is None


class _Store:
    """A stored index: everything `seen` holds, read bucket by bucket like the database."""

    def __init__(self, seen: list[tuple[str, str, object]]) -> None:
        self.seen, self.reads = seen, []

    def __call__(self, buckets, text_hashes):
        self.reads.append((set(buckets), set(text_hashes)))
        entries = StoredEntries()
        for article_id, text_hash, print_ in self.seen:
            for bucket in enumerate(band_keys(print_.minhash)):
                if bucket in buckets:
                    entries.buckets.setdefault(bucket, []).append(article_id)
                    entries.prints[article_id] = (print_, article_id)
            if text_hash in text_hashes:
                entries.texts.setdefault(text_hash, (article_id, article_id))
        entries.buckets = {key: ids[-BUCKET_LIMIT:] for key, ids in entries.buckets.items()}
        return entries


def test_dedup_index_over_a_store_reads_each_bucket_once_and_links_as_one_holding_everything():
    edited = BASE + " Pemerintah juga membuka dua posko kesehatan baru pada sore hari."
    stored = _Store([("a", "h1", fingerprint(BASE)), ("b", "h2", fingerprint(OTHER))])
    index = DuplicateIndex(stored)
    assert len(index) == 0  # nothing is read before it is needed
    batch = [("c", "h3", fingerprint(edited)), ("d", "h2", fingerprint(OTHER))]
    index.prefetch((text_hash, print_) for _, text_hash, print_ in batch)
    near, exact = (index.observe(*article) for article in batch)
    assert near is not None and (near.duplicate_of, near.kind) == ("a", "near")
    assert exact is not None and (exact.duplicate_of, exact.kind) == ("b", "exact")
    index.prefetch([("h3", fingerprint(edited))])
    assert len(stored.reads) == 1  # what was read is not read again

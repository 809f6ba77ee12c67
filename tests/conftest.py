"""Shared fixtures. Tests that need third-party data in ../shared skip cleanly without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (third-party data lives in ../shared)")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


def one_record_sample(folder: Path, text: str, labels: list[dict]) -> tuple[Path, Path]:
    """A corpus of one record ("a1", published 18 June 2025) and a label file of `labels`
    (JSON Lines), as the dev-sample scorers of `sorot.eval` read them."""
    corpus, label_file = folder / "corpus.jsonl", folder / "labels.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "title": "Uji", "published_raw": "2025-06-18", "text": text}) + "\n",
                      encoding="utf-8")
    label_file.write_text("".join(json.dumps(label) + "\n" for label in labels), encoding="utf-8")
    return corpus, label_file


SCRAPED_PAGE = """Kamis, 20 November 2025
Nasional
Pemerintah Umumkan Program Bantuan Pangan untuk Daerah Terdampak Kekeringan
Foto: ANTARA/Budi Santoso
Petugas membagikan beras kepada warga di Kabupaten Gunungkidul, Rabu (19/11/2025).

KabarKita.id, Yogyakarta - Pemerintah pusat mengumumkan program bantuan pangan bagi warga di tujuh kabupaten yang dilanda kekeringan panjang pada Rabu (19/11/2025). Bantuan berupa beras dan minyak goreng itu akan disalurkan selama tiga bulan.

Menurut Kepala Badan Pangan Nasional, penyaluran tahap pertama menjangkau sekitar 120.000 keluarga. Ia menyebut stok cadangan beras pemerintah mencukupi untuk program tersebut.

Baca juga: Harga Gabah di Tingkat Petani Mulai Naik

"Kami ingin memastikan tidak ada warga yang kekurangan pangan selama musim kemarau ini," ujarnya kepada wartawan di Yogyakarta.

Penulis: Sri Wahyuni
Editor : Agus Salim
Halaman
1 2 3
Rekomendasi untuk Anda
Harga Cabai Naik Jelang Akhir Tahun di Pasar Beringharjo
Berita Terkini
© 2025 KabarKita.id. All rights reserved
"""

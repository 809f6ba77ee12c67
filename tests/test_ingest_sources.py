from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import SCRAPED_PAGE
from sorot.ingest.sources import ReadOptions, read_paths
from sorot.record import Page, Rejection


def _read(path: Path, **options) -> list[Page | Rejection]:
    return list(read_paths([path], ReadOptions(**options)))


def _reasons(items) -> list[str]:
    return [item.reason for item in items if isinstance(item, Rejection)]


def test_sources_plain_text_page(tmp_path):
    path = tmp_path / "001_page.txt"
    path.write_text(SCRAPED_PAGE, encoding="utf-8")
    [page] = _read(path)
    assert (page.source_id, page.fmt) == ("001_page.txt", "text")


def test_sources_binary_file_rejected(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert _reasons(_read(path)) == ["binary"]


def test_sources_empty_file_rejected(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n ")
    assert _reasons(_read(path)) == ["empty"]


def test_sources_invalid_utf8_read_as_cp1252(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Warga “Jakarta” menyambut kedatangan rombongan – kata Budi.".encode("cp1252"))
    [page] = _read(path)
    assert "“Jakarta”" in page.raw and "–" in page.raw


def test_sources_oversize_file_rejected_without_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    assert _reasons(_read(path)) == ["too_large"]


def test_sources_truncated_gzip_rejected(tmp_path):
    data = gzip.compress(SCRAPED_PAGE.encode("utf-8") * 20)
    path = tmp_path / "page.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    assert _reasons(_read(path)) == ["corrupt_gzip"]


def test_sources_gzip_page_read(tmp_path):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(SCRAPED_PAGE.encode("utf-8")))
    [page] = _read(path)
    assert page.source_id == "page.txt" and page.raw == SCRAPED_PAGE


def test_sources_jsonl_broken_lines_rejected_rest_read(tmp_path):
    good = {"id": "a1", "url": "https://x.id/a1", "title": "Judul", "text": "Isi berita yang cukup panjang."}
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(good) + "\n{broken json\n[1, 2]\n" + json.dumps({"id": "a2"}) + "\n" + json.dumps({**good, "id": "a3"}) + "\n")
    items = _read(path)
    assert [item.source_id for item in items if isinstance(item, Page)] == ["a1", "a3"]
    assert _reasons(items) == ["malformed_record", "malformed_record", "missing_field"]


def test_sources_jsonl_field_mapping(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"id": "b1", "isi": "Isi berita.", "tanggal": "Rabu, 18 Jun 2025 15:10 WIB"}) + "\n")
    [page] = _read(path, field_map={"text": "isi", "published_raw": "tanggal"})
    assert (page.body, page.published_raw) == ("Isi berita.", "Rabu, 18 Jun 2025 15:10 WIB")


def test_sources_csv_missing_text_column_rejected(tmp_path):
    path = tmp_path / "records.csv"
    path.write_text("id,title\n1,Judul\n")
    assert _reasons(_read(path)) == ["missing_columns"]


def test_sources_csv_short_and_long_rows(tmp_path):
    path = tmp_path / "records.csv"
    path.write_text('id,title,text\n1,Judul,"Isi berita satu."\n2,Judul dua\n3,Judul,"Isi",extra\n4,Judul,"Isi empat."\n')
    items = _read(path)
    assert [item.source_id for item in items if isinstance(item, Page)] == ["1", "4"]
    assert _reasons(items) == ["malformed_record", "malformed_record"]


def test_sources_folder_walk_rejects_unknown_types(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(SCRAPED_PAGE)
    (tmp_path / "notes.md").write_text("# notes")
    (tmp_path / ".hidden.txt").write_text(SCRAPED_PAGE)
    items = _read(tmp_path)
    assert [item.source_id for item in items if isinstance(item, Page)] == ["a.txt"]
    assert _reasons(items) == ["unsupported_format"]


def test_sources_missing_path_rejected(tmp_path):
    assert _reasons(_read(tmp_path / "nope.txt")) == ["not_found"]


@pytest.mark.parametrize("html", ["<html><body><p>Tidak ditutup <div>sama sekali", "<<<>>>"])
def test_sources_malformed_html_is_read_as_html(tmp_path, html):
    path = tmp_path / "page.html"
    path.write_text(html)
    [page] = _read(path)
    assert page.fmt == "html"

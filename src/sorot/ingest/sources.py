"""Read input paths into `Page`s: files, folders (recursively), .gz, JSON Lines, CSV.

Everything that cannot become a page becomes a `Rejection` with a reason code;
reading never stops a batch.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sorot.ingest.decode import decode, looks_binary
from sorot.record import Page, Rejected, Rejection

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

# Our record fields, and the input field names that fill them unless mapped otherwise.
RECORD_FIELDS = {
    "id": ("id", "doc_id", "article_id"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "site"),
    "title": ("title", "headline"),
    "author": ("author", "byline"),
    "published_raw": ("published_raw", "published", "date", "published_at"),
    "text": ("text", "content", "body"),
}


@dataclass(frozen=True)
class ReadOptions:
    """How input is read. `field_map` maps our record fields to the input's names."""

    max_bytes: int = 10_000_000
    field_map: dict[str, str] = field(default_factory=dict)


def read_paths(paths: list[Path], options: ReadOptions) -> Iterator[Page | Rejection]:
    """Every page (or rejection) found under `paths`, folders walked in sorted order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if _inner_suffix(child) in KNOWN_SUFFIXES:
                    yield from read_file(child, options)
                else:
                    yield Rejection(child.name, str(child), "unsupported_format", f"{_inner_suffix(child) or 'no'} extension; "
                                    f"folders are read for {', '.join(sorted(KNOWN_SUFFIXES))} (and .gz of them); name the file to sniff it")
        elif path.is_file():
            yield from read_file(path, options)
        else:
            yield Rejection(path.name, str(path), "not_found", "no such file or folder")


def _inner_suffix(path: Path) -> str:
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    return Path(name).suffix.lower()


def read_file(path: Path, options: ReadOptions) -> Iterator[Page | Rejection]:
    """The pages of one file; a named file of unknown type is sniffed (binary, HTML, text)."""
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    suffix = _inner_suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, name, options)
        elif suffix in CSV_SUFFIXES:
            yield from _read_csv(path, name, suffix, options)
        else:
            yield _read_page(path, name, suffix, options)
    except Rejected as rejected:
        yield Rejection(name, str(path), rejected.reason, rejected.detail)


def _open_binary(path: Path) -> io.BufferedIOBase:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The whole (decompressed) file, refusing anything over `max_bytes`."""
    if not path.name.endswith(".gz") and path.stat().st_size > max_bytes:
        raise Rejected("too_large", f"{path.stat().st_size} bytes exceeds the limit of {max_bytes}")
    try:
        with _open_binary(path) as handle:
            data = handle.read(max_bytes + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as error:
        raise Rejected("corrupt_gzip" if path.name.endswith(".gz") else "unreadable", str(error) or type(error).__name__) from error
    if len(data) > max_bytes:
        raise Rejected("too_large", f"more than {max_bytes} bytes after decompression")
    return data


def _read_page(path: Path, name: str, suffix: str, options: ReadOptions) -> Page:
    data = _read_bytes(path, options.max_bytes)
    text, _ = decode(data)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        fmt = "html"
    else:
        fmt = "text"
    return Page(source_id=name, source_path=str(path), fmt=fmt, raw=text)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def _text_lines(path: Path) -> Iterator[str]:
    """Lines of a (possibly gzipped) text file, decoded one by one (UTF-8, else cp1252)."""
    try:
        with _open_binary(path) as handle:
            for raw in handle:
                try:
                    yield raw.decode("utf-8-sig")
                except UnicodeDecodeError:
                    yield raw.decode("cp1252", errors="replace")
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise Rejected("corrupt_gzip", str(error) or type(error).__name__) from error


def _field_names(options: ReadOptions) -> dict[str, tuple[str, ...]]:
    names = dict(RECORD_FIELDS)
    for ours, theirs in options.field_map.items():
        if ours not in names:
            raise ValueError(f"unknown record field {ours!r}; fields are {', '.join(names)}")
        names[ours] = (theirs,)
    return names


def _record_to_page(record: dict, name: str, path: Path, position: str, options: ReadOptions) -> Page | Rejection:
    names = _field_names(options)

    def pick(ours: str) -> str | None:
        for candidate in names[ours]:
            value = record.get(candidate)
            if value not in (None, ""):
                return str(value)
        return None

    source_id = pick("id") or f"{name}:{position}"
    text = pick("text")
    if text is None:
        return Rejection(source_id, str(path), "missing_field", f"record {position} has no text field ({' / '.join(names['text'])})")
    if len(text.encode("utf-8")) > options.max_bytes:
        return Rejection(source_id, str(path), "too_large", f"record {position} text exceeds {options.max_bytes} bytes")
    if looks_binary(text.encode("utf-8", errors="replace")):
        return Rejection(source_id, str(path), "binary", f"record {position} text looks like binary data")
    fields = {ours: pick(ours) for ours in ("url", "outlet", "title", "author", "published_raw")}
    raw = json.dumps({"text": text, **fields}, ensure_ascii=False, sort_keys=True)
    return Page(source_id=source_id, source_path=str(path), fmt="record", raw=raw, body=text.replace("\r\n", "\n"), **fields)


def _read_jsonl(path: Path, name: str, options: ReadOptions) -> Iterator[Page | Rejection]:
    for number, line in enumerate(_text_lines(path), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejection(f"{name}:{number}", str(path), "malformed_record", f"line {number}: {error}")
            continue
        if not isinstance(record, dict):
            yield Rejection(f"{name}:{number}", str(path), "malformed_record", f"line {number}: not a JSON object")
            continue
        yield _record_to_page(record, name, path, str(number), options)


def _read_csv(path: Path, name: str, suffix: str, options: ReadOptions) -> Iterator[Page | Rejection]:
    csv.field_size_limit(max(options.max_bytes, 131072))
    reader = csv.DictReader(_text_lines(path), delimiter="\t" if suffix == ".tsv" else ",")
    text_names = _field_names(options)["text"]
    header = reader.fieldnames or []
    if not any(candidate in header for candidate in text_names):
        raise Rejected("missing_columns", f"no text column ({' / '.join(text_names)}) in header {header}")
    try:
        for number, row in enumerate(reader, start=2):
            if None in row:
                yield Rejection(f"{name}:{number}", str(path), "malformed_record", f"row {number}: more fields than the header")
                continue
            missing = [key for key, value in row.items() if value is None]
            if missing:
                yield Rejection(f"{name}:{number}", str(path), "malformed_record", f"row {number}: missing {', '.join(missing)}")
                continue
            yield _record_to_page(row, name, path, str(number), options)
    except csv.Error as error:
        raise Rejected("malformed_record", f"CSV error: {error}") from error

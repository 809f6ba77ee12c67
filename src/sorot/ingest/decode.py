"""Bytes to text: binary detection and encoding fallback, with reasons on failure."""

from __future__ import annotations

from sorot.record import Rejected

_CONTROL = bytes(sorted(set(range(0, 32)) - {9, 10, 12, 13}))
_SNIFF_BYTES = 8192


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first few kilobytes."""
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding used).

    UTF-8 (with or without BOM) first, UTF-16 when a BOM says so, then Windows-1252,
    which Indonesian sites still serve. Raises `Rejected` for binary or empty input.
    """
    if looks_binary(data):
        raise Rejected("binary", "input looks like binary data (NUL or control bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16"), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = data.decode("utf-8", errors="replace"), "utf-8-replaced"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise Rejected("empty", "no text in input")
    return text, encoding

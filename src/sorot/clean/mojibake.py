"""Repair UTF-8 text that a scraper decoded as Latin-1 or Windows-1252 ("GÃ¶zlukuyu",
"â\\x80¢", "â€™"), and drop the invisible joiners that such pages put inside names
("\\u2060Edi Srimulyanti")."""

from __future__ import annotations

import re

# Windows-1252's characters for the bytes 0x80-0x9f; Latin-1 reads those bytes as C1 controls.
_CP1252 = {char: byte for byte in range(0x80, 0xA0) if (char := bytes([byte]).decode("cp1252", "ignore"))}
_CONTINUATION = "[\u0080-\u00bf" + "".join(_CP1252) + "]"
# A UTF-8 lead byte read as one character and its continuation bytes read as others.
_MISREAD = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _decoded(match: re.Match) -> str:
    try:
        decoded = bytes(_CP1252.get(char, ord(char)) for char in match.group(0)).decode("utf-8")
    except UnicodeDecodeError:
        return match.group(0)
    # only what a scraper's misreading yields in this news: Latin letters, punctuation, a few
    # symbols (not '“Ø”' taken for an Arabic sign)
    return decoded if all(ord(c) < 0x250 or 0x2000 <= ord(c) < 0x2070 or c in "€™" for c in decoded) else match.group(0)


def repair(text: str) -> str:
    """The text with misread UTF-8 sequences decoded and zero-width characters removed."""
    return _MISREAD.sub(_decoded, text).translate(_INVISIBLE)

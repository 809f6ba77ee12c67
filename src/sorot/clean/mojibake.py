"""Repair UTF-8 text that a scraper decoded as Latin-1 ("GÃ¶zlukuyu", "â\\x80¢"), and drop
the invisible joiners that such pages put inside names ("\\u2060Edi Srimulyanti")."""

from __future__ import annotations

import re

# A UTF-8 lead byte read as one Latin-1 character and its continuation bytes read as others.
_MISREAD = re.compile("[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _decoded(match: re.Match) -> str:
    try:
        return match.group(0).encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return match.group(0)


def repair(text: str) -> str:
    """The text with misread UTF-8 sequences decoded and zero-width characters removed."""
    return _MISREAD.sub(_decoded, text).translate(_INVISIBLE)

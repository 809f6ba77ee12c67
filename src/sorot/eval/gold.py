"""Read gold annotations (format version 1, see shared/gold/README.md)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path


def fold(text: str | None) -> str | None:
    """Unicode NFC and whitespace folding, as the gold matching rules ask."""
    if text is None:
        return None
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class GoldArticle:
    title: str | None
    first_line: str
    last_line: str
    dct: str | None


@dataclass(frozen=True)
class GoldPage:
    doc: str
    articles: list[GoldArticle]
    boilerplate: list[str]
    raw: dict


def load_gold(folder: Path) -> list[GoldPage]:
    pages = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        articles = [
            GoldArticle(a.get("title"), a["first_line"], a["last_line"], a.get("dct")) for a in data.get("articles", [])
        ]
        pages.append(GoldPage(data["doc"], articles, list(data.get("boilerplate", [])), data))
    return pages

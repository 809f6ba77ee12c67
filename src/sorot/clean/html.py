"""HTML pages: main text through trafilatura, metadata from meta tags and JSON-LD."""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass

import trafilatura

_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_CANONICAL = re.compile(r"""<link\b[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']""", re.IGNORECASE)
_DATE_KEYS = ("article:published_time", "og:published_time", "pubdate", "publishdate", "date", "dc.date", "content_publishdate")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "content_author")


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None
    author: str | None
    published: str | None
    url: str | None
    site: str | None


def _meta_tags(html: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    for tag in _META.findall(html[:200_000]):
        attributes = {key.lower(): value.strip("\"'") for key, value in _ATTR.findall(tag)}
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        if key and "content" in attributes and key not in tags:
            tags[key] = html_lib.unescape(attributes["content"]).strip()
    return tags


def extract_html(html: str) -> HtmlPage:
    """Main text (one paragraph a line) and the metadata the page declares."""
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    tags = _meta_tags(html)
    published = next((tags[key] for key in _DATE_KEYS if tags.get(key)), None)
    if published is None:
        found = _JSONLD_DATE.search(html)
        published = found.group(1) if found else (document.date if document else None)
    canonical = _CANONICAL.search(html[:200_000])
    return HtmlPage(
        text=(document.text or "") if document else "",
        title=tags.get("og:title") or (document.title if document else None),
        author=next((tags[key] for key in _AUTHOR_KEYS if tags.get(key)), None) or (document.author if document else None),
        published=published,
        url=tags.get("og:url") or (canonical.group(1) if canonical else None),
        site=tags.get("og:site_name") or (document.sitename if document else None),
    )

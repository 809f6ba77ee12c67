"""Article metadata read from the page: dateline, author, editor, outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sorot.record import RemovedLine

_DOMAIN = r"[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?i:com|co\.id|co|id|net|org|tv|news)\b"
_PLACE = r"[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,3}"
# The place of a dateline glued to the next word ends as early as it can: "JakartaKPK" is Jakarta.
_GLUED_PLACE = r"[A-Z][A-Za-z'.]+?(?:[ -][A-Z][A-Za-z'.]+?){0,3}?"
_DASH = r"\s*(?:-{1,2}|–|—)\s*"
# "Liputan6.com, Jakarta -", "TEMPO.CO,Jakarta-", "JAKARTA, KOMPAS.com -", "KOMPAS.com -",
# "Jakarta, CNN Indonesia --", "Jakarta (ANTARA) -", "JAKARTA -", and the glued
# "Liputan6.com, JakartaPiala" where the scraper dropped the dash.
DATELINE = re.compile(
    rf"^(?:"
    rf"(?P<outlet1>{_DOMAIN}),\s*(?P<place1>{_PLACE}){_DASH}"
    rf"|(?P<outlet6>{_DOMAIN}),\s*(?P<place6>{_GLUED_PLACE})(?=[A-Z\"“])"
    rf"|(?P<place2>[A-Z][A-Z .'-]{{2,30}}),\s*(?P<outlet2>{_DOMAIN}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?){_DASH}"
    rf"|(?P<outlet3>{_DOMAIN}){_DASH}"
    rf"|(?P<place4>{_PLACE})\s*\((?P<outlet4>[A-Za-z][\w .]{{1,20}})\){_DASH}"
    rf"|(?P<place5>[A-Z][A-Z.'-]{{2,20}}(?: [A-Z][A-Z.'-]{{2,20}}){{0,2}}){_DASH}"
    rf")"
)
_NAME_AFTER_LABEL = re.compile(r"^[^:]+:\s*(?P<name>.+?)\s*$")
_DOMAIN_IN_TEXT = re.compile(rf"(?P<domain>{_DOMAIN})", re.IGNORECASE)
_COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\)|copyright|hak\s+cipta)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[A-Z][\w&' -]{1,40}?)\s*(?:[.,|]|all\s+rights?|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dateline:
    text: str
    place: str | None
    outlet: str | None


def find_dateline(first_line: str) -> Dateline | None:
    match = DATELINE.match(first_line)
    if not match:
        return None
    groups = match.groupdict()
    place = next((groups[key] for key in ("place1", "place2", "place4", "place5", "place6") if groups[key]), None)
    outlet = next((groups[key] for key in ("outlet1", "outlet2", "outlet3", "outlet4", "outlet6") if groups[key]), None)
    return Dateline(match.group(0).strip(), place.strip().title() if place else None, outlet_key(outlet) if outlet else None)


def outlet_key(name: str) -> str:
    """Outlet as a lowercase domain when it is one ("KOMPAS.com" -> "kompas.com")."""
    return name.strip().lower() if "." in name else name.strip()


# Labels that end web addresses without naming the site: generic and second-level domains
# (".co.id", ".web.id", ".com.my") and two-letter country codes.
WEB_ENDINGS = frozenset({"com", "co", "net", "org", "or", "go", "ac", "web", "sch", "gov", "edu", "biz", "info", "my",
                         "id", "news", "tv"})
_GENERIC_TAIL = re.compile(r"\s+(?:online|news)$", re.IGNORECASE)  # a word of its own: "tribunnews.com" keeps it


def outlet_identity(name: str) -> str:
    """The outlet a name stands for, for counting outlets: case, spacing, punctuation, a web
    address's subdomain and ending, and a trailing "Online" or "News" aside ("Kabar Harian",
    "KABARHARIAN" and "kabarharian.co.id" are one outlet, and so are "Suara Kita Online" and
    "SUARAKITA"; "beritaku.my.id" is beritaku). A name with nothing left is its own."""
    labels = _GENERIC_TAIL.sub("", name.strip()).lower().removeprefix("www.").split(".")
    while len(labels) > 1 and (labels[-1] in WEB_ENDINGS or len(labels[-1]) == 2):
        labels.pop()
    return re.sub(r"[^a-z0-9]", "", labels[-1]) or name.strip()  # "news.detik.com" is detik


def _labelled_name(line: RemovedLine) -> str | None:
    match = _NAME_AFTER_LABEL.match(line.text)
    return match["name"] if match else None


def byline_people(removed: list[RemovedLine]) -> tuple[str | None, str | None]:
    """(author, editor) from byline lines such as "Penulis: X" and "Editor : Y"."""
    author = editor = None
    for line in removed:
        if line.reason != "byline":
            continue
        name = _labelled_name(line)
        if line.text.casefold().startswith(("editor", "penyunting", "redaktur")):
            editor = editor or name
        elif not line.text.casefold().startswith("sumber"):
            author = author or name
    return author, editor


def outlet_from_removed(removed: list[RemovedLine]) -> str | None:
    """The outlet named by a copyright line (its domain, else its name), else a site line."""
    for line in removed:
        if line.reason == "copyright":
            domain = _DOMAIN_IN_TEXT.search(line.text)
            if domain:
                return domain["domain"].lower()
            name = _COPYRIGHT_NAME.search(line.text)
            if name:
                return name["name"].strip()
    for line in removed:
        if line.reason == "site_name":
            return line.text.strip().lower().removeprefix("www.")
    return None

"""Office titles of the knowledge base's people, as a mention source, and who held an
office on a given date.

Every office title is matched as written ("Presiden Rusia") and with its country
part replaced by the country's other names ("Presiden Federasi Rusia"; "Menteri
Luar Negeri AS" / "Menteri Luar Negeri Amerika Serikat"). Titles of Indonesian
offices, which news writes without the country ("Menteri Luar Negeri"), are also
matched with it ("Menteri Luar Negeri RI") and in their short form ("Menlu", "Menlu
RI"). A title mention carries every person who ever held that office;
:meth:`OfficeIndex.holders` picks by date.
"""

from __future__ import annotations

from dataclasses import dataclass

from sorot.entities.knowledge import Actor, KnowledgeBase, Office
from sorot.entities.mentions import Mention, PhraseTrie
from sorot.entities.tokens import Token, phrase_key

_HOME = "IDN"  # offices the knowledge base names without their country are Indonesian
# The short forms Indonesian news writes for home offices ("Menlu Sugiono", "kata Mendag").
SHORT_TITLES = {
    "menteri luar negeri": "menlu", "wakil menteri luar negeri": "wamenlu", "menteri pertahanan": "menhan",
    "menteri perdagangan": "mendag", "menteri keuangan": "menkeu", "menteri dalam negeri": "mendagri",
    "menteri kesehatan": "menkes", "menteri sosial": "mensos", "menteri agama": "menag", "menteri pertanian": "mentan",
    "menteri perhubungan": "menhub", "menteri perindustrian": "menperin", "menteri sekretaris negara": "mensesneg",
    "menteri ketenagakerjaan": "menaker", "menteri pemuda dan olahraga": "menpora", "menteri hukum": "menkum",
    "menteri pariwisata": "menpar", "menteri pendidikan dasar dan menengah": "mendikdasmen",
    "menteri komunikasi dan digital": "menkomdigi", "menteri kehutanan": "menhut", "menteri koperasi": "menkop",
    "menteri koordinator bidang politik dan keamanan": "menko polkam",
    "menteri koordinator bidang perekonomian": "menko perekonomian", "menteri koordinator bidang pangan": "menko pangan",
    "menteri kependudukan dan pembangunan keluarga": "mendukbangga", "menteri hak asasi manusia": "menham",
    "menteri imigrasi dan pemasyarakatan": "menimipas",
}
# The short forms of the heads of other states' and bodies' offices ("PM Israel", "Sekjen PBB", "Menhan AS").
_FOREIGN_SHORT_HEADS = {**SHORT_TITLES, "perdana menteri": "pm", "wakil perdana menteri": "wakil pm",
                        "wakil presiden": "wapres", "sekretaris jenderal": "sekjen"}
_DEPUTY = "wakil"  # before an office, its deputy's: "Wakil PM Thailand" is not the prime minister
# (head words, short form's words), longest head first
_SHORT_HEADS = tuple(sorted(((tuple(head.split()), tuple(short.split())) for head, short in _FOREIGN_SHORT_HEADS.items()),
                            key=lambda pair: -len(pair[0])))
_COUNTRY_KINDS = frozenset({"name", "short"})


@dataclass(frozen=True)
class Tenure:
    person: Actor
    office: Office

    def held_on(self, date: str) -> bool:
        """Whether the office was held on ``date`` (ISO, any precision), compared at the
        precision both sides have; an unknown start or end does not exclude."""
        start, end = self.office.start, self.office.end
        if start is not None and date[: len(start)] < start[: len(date)]:
            return False
        return end is None or date[: len(end)] <= end[: len(date)]


@dataclass(frozen=True)
class _Title:
    office: str  # the title as the knowledge base writes it
    exact_tail: tuple[str, ...]  # a case-sensitive country alias ending the phrase ("AS")


class OfficeIndex:
    """The offices of the knowledge base by title, and a mention source for them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._tenures: dict[tuple[str, ...], list[Tenure]] = {}
        self._trie: PhraseTrie[_Title] = PhraseTrie()
        country_names = {a.id: _country_names(a) for a in kb.actors if a.type == "GPE"}
        added: set[tuple[tuple[str, ...], str]] = set()
        for person in kb.actors:
            for office in person.offices:
                key = phrase_key(office.title)
                self._tenures.setdefault(key, []).append(Tenure(person, office))
                for variant, exact in _variants(key, office.country, country_names):
                    if (variant, office.title) not in added:
                        added.add((variant, office.title))
                        self._trie.add(variant, _Title(office.title, exact))

    def __call__(self, text: str, tokens: list[Token]) -> list[Mention]:
        mentions: list[Mention] = []
        for first, last, titles in self._trie.leftmost_longest(tokens, lambda title, _, last: _tail_matches(title, tokens, last)):
            if first and tokens[first - 1].folded == _DEPUTY:
                continue
            office = titles[0].office
            start, end = tokens[first].start, tokens[last].end
            holders = tuple(dict.fromkeys(t.person.id for t in self.tenures(office)))
            mentions.append(Mention(start, end, text[start:end], first, last, holders, "office", "PER", "office", office))
        return mentions

    def tenures(self, office: str) -> list[Tenure]:
        """Everyone who held ``office`` (a title as the knowledge base writes it)."""
        return self._tenures.get(phrase_key(office), [])

    def holders(self, office: str, date: str | None) -> list[Tenure]:
        """Who held ``office`` on ``date``; without a date, those whose tenure has no known end."""
        tenures = self.tenures(office)
        if date is None:
            return [t for t in tenures if t.office.end is None]
        return [t for t in tenures if t.held_on(date)]


def _country_names(state: Actor) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(case-folded key, exact tokens if case-sensitive) of a state's names and short forms."""
    names = []
    for alias in state.aliases:
        if alias.kind in _COUNTRY_KINDS and not alias.ambiguous:
            exact = tuple(alias.text.split()) if alias.case_sensitive else ()
            names.append((phrase_key(alias.text), exact))
    return names


def _variants(key: tuple[str, ...], country: str, country_names: dict) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The title with each name of its country in place of the one it ends with, or, for a
    home office written without its country, the title alone and with each name appended."""
    names = country_names.get(country, [])
    for name, _ in sorted(names, key=lambda n: -len(n[0])):
        if len(key) > len(name) and key[-len(name) :] == name:
            head = key[: -len(name)]
            return [(variant + other, exact) for variant in _with_short_head(head, country, alone=True)
                    for other, exact in names]
    if country == _HOME:
        short = SHORT_TITLES.get(" ".join(key))
        heads = [key, tuple(short.split())] if short else [key]
        return [(head, ()) for head in heads] + [(head + other, exact) for head in heads for other, exact in names]
    return [(variant, ()) for variant in _with_short_head(key, country)]


def _with_short_head(key: tuple[str, ...], country: str, alone: bool = False) -> list[tuple[str, ...]]:
    """The words of a title, and, for another state's or a body's office, with its head's short
    form in place of the head ("perdana menteri israel", "pm israel"); the head may be the whole
    of ``key`` when ``alone`` (a title whose country is cut off: "menteri pertahanan")."""
    if country == _HOME:
        return [key]
    for words, short in _SHORT_HEADS:
        if (len(key) > len(words) or alone and len(key) == len(words)) and key[: len(words)] == words:
            return [key, short + key[len(words) :]]
    return [key]


def _tail_matches(title: _Title, tokens: list[Token], last: int) -> bool:
    if not title.exact_tail:
        return True
    written = tuple(t.text for t in tokens[last - len(title.exact_tail) + 1 : last + 1])
    return written == title.exact_tail

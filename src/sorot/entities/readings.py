"""What a state mention stands for, read from the words just before it.

- a group noun makes it a group of that state, named in English: "tentara Korea Utara"
  (North Korea soldiers), "warga Rusia" (Russia citizens; "warga sipil Rusia": civilians),
  "pejabat AS" (United States officials);
- "pemerintah", "pemerintahan", "delegasi" keep it the state ("pemerintah Korea Utara"; also with
  "baru", "sementara", "transisi", "federal" or "pusat" between: "pemerintahan baru AS"), also
  before a leader's name ("pemerintahan Biden" is the United States);
- a preposition of place before a capital makes it the city, a location, not the
  government it otherwise stands for ("tiba di Pyongyang", but "Pyongyang membantah");
  so does a dateline ("REPUBLIKA.CO.ID, TEHERAN -", "Bandung (ANTARA) -": where the outlet
  reports from);
  so does a place noun up to two words before it ("alun-alun utama Pyongyang",
  "langit Kyiv"); a facility noun right before it names the facility, a place in
  that city ("Bandara Pyongyang");
- "sekutu", "sekutu-sekutu" (allies) make it the state's allies, a collective actor
  that is not the state ("sekutu AS", "sekutu-sekutu Rusia");
- a person noun and "asal" (from) make it people of that state ("pemain asal Ukraina",
  "WNA asal China": Ukraine nationals), while goods from a state stay the state's
  ("produk asal Indonesia").
"""

from __future__ import annotations

from dataclasses import dataclass

from sorot.entities.tokens import Token, phrase_key

# Group nouns: the group's sector and its English plural, which names the group after
# its state ("warga Palestina": "Palestine citizens", "warga sipil Palestina": "Palestine civilians").
GROUP_NOUNS: dict[tuple[str, ...], tuple[str, str]] = {
    phrase_key(noun): (sector, english) for noun, sector, english in (
        ("tentara", "MIL", "soldiers"), ("pasukan", "MIL", "troops"), ("prajurit", "MIL", "soldiers"),
        ("militer", "MIL", "military"), ("angkatan bersenjata", "MIL", "armed forces"),
        ("angkatan darat", "MIL", "army"), ("angkatan laut", "MIL", "navy"), ("angkatan udara", "MIL", "air force"),
        ("pejabat militer", "MIL", "military officials"),
        ("warga", "CVL", "citizens"), ("warga sipil", "CVL", "civilians"), ("rakyat", "CVL", "people"),
        ("penduduk", "CVL", "residents"), ("orang", "CVL", "people"), ("warga negara", "CVL", "citizens"),
        ("wn", "CVL", "citizens"),  # "WN Australia": warga negara
        ("pejabat", "GOV", "officials"), ("diplomat", "GOV", "diplomats"),
        ("pria", "CVL", "men"), ("wanita", "CVL", "women"), ("perempuan", "CVL", "women"),
        ("turis", "CVL", "tourists"), ("wisatawan", "CVL", "tourists"), ("mahasiswa", "CVL", "students"),
        ("pelajar", "CVL", "students"), ("pekerja", "CVL", "workers"), ("buruh", "CVL", "workers"),
        ("jurnalis", "MED", "journalists"), ("wartawan", "MED", "journalists"),
        ("pemain", "CVL", "players"), ("atlet", "CVL", "athletes"),
        ("anak muda", "CVL", "young people"),
    )
}
GOVERNMENT_NOUNS = frozenset({("pemerintah",), ("pemerintahan",), ("delegasi",)} | {
    (noun, kind) for noun in ("pemerintah", "pemerintahan")  # "pemerintahan baru AS": the state's new administration
    for kind in ("baru", "sementara", "transisi", "federal", "pusat")})
ALLY_NOUNS = frozenset({phrase_key(n) for n in ("sekutu", "sekutu-sekutu", "para sekutu", "negara sekutu")})
PLACE_WORDS = frozenset({"di", "ke", "dari", "menuju", "dekat"})
# Words, not phrases: the tokenizer splits "alun-alun" and "jalan-jalan" at the hyphen.
PLACE_NOUNS = frozenset({"alun", "kota", "pinggiran", "jalan", "jalanan", "langit", "sekitar"})
FACILITY_NOUNS = frozenset({"bandara", "pelabuhan", "stasiun"})
ORIGIN = "asal"  # "pemain asal Ukraina": a person from that state
# Nouns for people before "asal" (besides the group nouns' words).
PERSON_NOUNS = frozenset({"pemain", "atlet", "pembalap", "pebalap", "petenis", "pelaku", "tersangka", "terdakwa",
                          "korban", "wna", "imigran", "pengungsi", "pelatih", "artis", "penyanyi", "aktor", "aktris",
                          "seorang", "sopir", "nelayan", "tki", "pmi", "anak", "bocah", "remaja", "pasangan"})
_PEOPLE_WORDS = PERSON_NOUNS | {noun[-1] for noun in GROUP_NOUNS}


# A dateline opens the article: the city the outlet reports from, first and then a dash, a
# comma or a bracketed agency ("JAKARTA -", "Jakarta, CNN Indonesia --", "Bandung (ANTARA) -"),
# or after the outlet's web address and a comma ("Liputan6.com, Jakarta -", "REPUBLIKA.CO.ID,
# TEHERAN -"; the dash may be lost in scraping: "Liputan6.com, JakartaMusim").
DASHES = frozenset({"-", "–", "—"})
_ADDRESS_WORDS = 6  # "REPUBLIKA . CO . ID ,"


def in_dateline(tokens: list[Token], first: int) -> bool:
    """Whether the word at ``first`` is the dateline's place (not "Kepada CNN, Washington
    menyatakan", "Poros Beijing - Moskwa")."""
    following = tokens[first + 1].text if first + 1 < len(tokens) else ""
    if first == 0:  # a comma only before the outlet's name ("Jakarta, CNN Indonesia --"; not "Washington, sekutu ...")
        after_comma = tokens[2].text if following == "," and len(tokens) > 2 else ""
        return following in DASHES or following == "(" or after_comma[:1].isupper()
    if first > _ADDRESS_WORDS or tokens[first - 1].text != ",":
        return False
    address = tokens[: first - 1]
    return any(t.text == "." for t in address) and all(t.text == "." or t.is_word for t in address)


@dataclass(frozen=True)
class Reading:
    """How to read a mention starting at token ``first`` (the noun, if any, included):
    ``kind`` is ``group`` (with ``sector``), ``allies``, ``government``, ``place`` or
    ``facility``."""

    kind: str
    first: int
    sector: str | None = None
    english: str | None = None  # a group's English plural


def read_state_mention(tokens: list[Token], first: int, mention_kind: str) -> Reading | None:
    """The reading of a state (or, for ``government``, a leader) mention at token ``first``."""
    head = _before_short_form(tokens, first)
    for size in (3, 2, 1):
        if head - size < 0:
            continue
        before = tuple(t.folded for t in tokens[head - size : head])
        if before in ALLY_NOUNS:
            return Reading("allies", head - size)
        if before in GROUP_NOUNS:
            return Reading("group", head - size, *GROUP_NOUNS[before])
        if before in GOVERNMENT_NOUNS:
            return Reading("government", head - size)
    if first >= 2 and tokens[first - 1].folded == ORIGIN and tokens[first - 2].folded in _PEOPLE_WORDS:
        return Reading("group", first - 2, "CVL", "nationals")
    if mention_kind != "capital":
        return None
    if in_dateline(tokens, first):
        return Reading("place", first)
    if not first:
        return None
    before = tokens[first - 1].folded
    if before in FACILITY_NOUNS:
        return Reading("facility", first - 1)
    if before in PLACE_WORDS or any(t.folded in PLACE_NOUNS for t in tokens[max(0, first - 2) : first]):
        return Reading("place", first)
    return None


def _before_short_form(tokens: list[Token], first: int) -> int:
    """Where the noun before a state's name ends: before the noun's short form in brackets
    ("warga negara (WN) Australia"), else right before the name."""
    if first >= 3 and tokens[first - 1].text == ")" and tokens[first - 3].text == "(" and \
            (short := tokens[first - 2].text).isalpha() and short.isupper() and len(short) <= 4:
        return first - 3
    return first

"""Indonesian regional bodies named by a word and the place they serve: "Polda Bali"
(the Bali Regional Police), "Polres Metro Tangerang Kota", "Pemkot Bandung", "DPRD Jabar",
"Dispar NTB", "RSUD Cabangbungin", and courts, prosecutors' offices and regional offices by
two words or more: "Pengadilan Negeri Jakarta Pusat", "Pengadilan Tipikor Surabaya", "Satpol PP
Kabupaten Bekasi", "Dinas Perhubungan Provinsi DKI Jakarta", any "Dinas ..." before its place.

A body is one actor however it is written: its word in full, short or as its headquarters
("Kepolisian Daerah", "Polda", "Mapolda") and its place by any alias the knowledge base holds
("Jawa Timur", "Jatim") give one key (:func:`body_name`).

The place is a place mention or one capitalised word ("Polsek Ciputat Timur"),
with "Metro", "Provinsi", "DKI" and the like before it and "Kota", "Selatan" and the like
after it. The actors stage makes each such body an organisation of Indonesia
(:mod:`sorot.entities.resolve`), and a title before one names the person after it
("Kepala BPBD Garut Rahmat Hidayat", :mod:`sorot.entities.titles`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sorot.entities.knowledge import Actor, KnowledgeBase
from sorot.entities.mentions import Mention
from sorot.entities.recognise import HOME_RANKS
from sorot.entities.tokens import Token
from sorot.time.lexicon import MONTHS, WEEKDAYS

HOME_STATE = "IDN"  # the state the news is written in
# The bodies: the word naming each (its short form where it has one), the ending of its
# English name and its sector.
REGIONAL_BODIES: dict[str, tuple[str, str]] = {
    "polda": ("Regional Police", "GOV"), "polres": ("Police", "GOV"), "polresta": ("City Police", "GOV"),
    "polrestabes": ("City Police", "GOV"), "polsek": ("Sector Police", "GOV"),
    "kejati": ("High Prosecutor's Office", "GOV"), "kejari": ("District Prosecutor's Office", "GOV"),
    "pemprov": ("Provincial Government", "GOV"), "pemkab": ("Regency Government", "GOV"),
    "pemkot": ("City Government", "GOV"), "pemda": ("Regional Government", "GOV"),
    "dprd": ("Regional House of Representatives", "GOV"), "bpbd": ("Regional Disaster Management Agency", "GOV"),
    "kodam": ("Military Regional Command", "MIL"), "korem": ("Military Area Command", "MIL"),
    "kodim": ("Military District Command", "MIL"), "koramil": ("Military Sub-district Command", "MIL"),
    "lanud": ("Air Force Base", "MIL"),
    # the Indonesian Red Cross's chapters ("PMI Kabupaten Bogor", "PMI Kota Surabaya"; a bare "PMI" is as often
    # the migrant workers, "Pekerja Migran Indonesia")
    "pmi": ("Indonesian Red Cross", "CVL"),
    # regional offices ("Dispar NTB", "Dishub DKI Jakarta") and hospitals
    "dispar": ("Tourism Office", "GOV"), "dishub": ("Transport Office", "GOV"),
    "disdik": ("Education Office", "GOV"), "dinkes": ("Health Office", "GOV"), "dinsos": ("Social Affairs Office", "GOV"),
    "disnaker": ("Manpower Office", "GOV"), "disdukcapil": ("Population and Civil Registry Office", "GOV"),
    "bappeda": ("Regional Development Planning Agency", "GOV"), "rsud": ("Regional Hospital", "GOV"),
    "bapenda": ("Regional Revenue Agency", "GOV"), "bpkad": ("Regional Finance and Asset Agency", "GOV"),
    "dlh": ("Environment Office", "GOV"), "dlhk": ("Environment and Forestry Office", "GOV"),
    "disperindag": ("Industry and Trade Office", "GOV"), "diskominfo": ("Communication and Informatics Office", "GOV"),
    "dpmptsp": ("Investment and One-Stop Service Office", "GOV"), "distan": ("Agriculture Office", "GOV"),
    "disperkim": ("Housing and Settlement Office", "GOV"), "dispora": ("Youth and Sports Office", "GOV"),
    # immigration offices, prisons and detention centres, courts ("Imigrasi Batam", "Lapas Kelas I
    # Surabaya", "PN Jakarta Selatan")
    "imigrasi": ("Immigration Office", "GOV"), "lapas": ("Prison", "GOV"), "rutan": ("Detention Centre", "GOV"),
    "pn": ("District Court", "GOV"), "pengadilan tinggi": ("High Court", "GOV"),
    "pengadilan agama": ("Religious Court", "GOV"), "pengadilan tipikor": ("Corruption Court", "GOV"),
    "pengadilan niaga": ("Commercial Court", "GOV"),  # "Pengadilan Niaga Jakarta Pusat": bankruptcy and PKPU cases
    "satpol pp": ("Public Order Agency", "GOV"),
    "bea cukai": ("Customs Office", "GOV"),  # "Bea Cukai Batam": its regional office
    # the National Narcotics Agency's offices in a province or a regency ("BNNP Bali", "BNNK Bogor")
    "bnnp": ("Provincial Narcotics Agency", "GOV"), "bnnk": ("Regency Narcotics Agency", "GOV"),
}
# The short titles of the bodies' heads, which name the body where no name of its head follows:
# "Kapolda Sulawesi Selatan membantah ..." is the Polda's word (`sorot.entities.resolve`).
HEADS_OF_BODIES = {
    "kapolda": "polda", "kapolres": "polres", "kapolresta": "polresta", "kapolrestabes": "polrestabes",
    "kapolsek": "polsek", "kajati": "kejati", "kajari": "kejari", "pangdam": "kodam", "danrem": "korem",
    "dandim": "kodim", "danramil": "koramil", "danlanud": "lanud", "kalapas": "lapas", "karutan": "rutan"}
# Other ways of writing a body's word: its headquarters ("Mapolda"), its words in full ("Kepolisian
# Daerah Jawa Timur" is "Polda Jatim", "Pengadilan Negeri" is "PN"), each of them its capitalised words.
_BODY_NAMES: dict[tuple[str, ...], str] = {
    ("mapolda",): "polda", ("mapolres",): "polres", ("mapolresta",): "polresta", ("mapolsek",): "polsek",
    ("kanim",): "imigrasi", ("kantor", "imigrasi"): "imigrasi",
    ("kepolisian", "daerah"): "polda", ("kepolisian", "resor"): "polres", ("kepolisian", "resor", "kota"): "polresta",
    ("kepolisian", "resor", "kota", "besar"): "polrestabes", ("kepolisian", "sektor"): "polsek",
    ("kejaksaan", "tinggi"): "kejati", ("kejaksaan", "negeri"): "kejari", ("pengadilan", "negeri"): "pn",
    ("pemerintah", "provinsi"): "pemprov", ("pemerintah", "kabupaten"): "pemkab", ("pemerintah", "kota"): "pemkot",
    ("dinas", "pariwisata"): "dispar", ("dinas", "perhubungan"): "dishub",
    ("dinas", "pendidikan"): "disdik", ("dinas", "kesehatan"): "dinkes", ("dinas", "sosial"): "dinsos",
    ("dinas", "lingkungan", "hidup"): "dlh", ("dinas", "lingkungan", "hidup", "dan", "kehutanan"): "dlhk",
    ("dinas", "perindustrian", "dan", "perdagangan"): "disperindag",
    ("dinas", "komunikasi", "dan", "informatika"): "diskominfo", ("dinas", "pertanian"): "distan",
    ("dinas", "pemuda", "dan", "olahraga"): "dispora",
    ("satuan", "polisi", "pamong", "praja"): "satpol pp", ("palang", "merah", "indonesia"): "pmi",
    ("pengadilan", "tindak", "pidana", "korupsi"): "pengadilan tipikor",
    ("dewan", "perwakilan", "rakyat", "daerah"): "dprd",
    ("badan", "narkotika", "nasional", "provinsi"): "bnnp", ("badan", "narkotika", "nasional", "kabupaten"): "bnnk",
    ("badan", "penanggulangan", "bencana", "daerah"): "bpbd", ("badan", "pendapatan", "daerah"): "bapenda",
    ("badan", "perencanaan", "pembangunan", "daerah"): "bappeda", ("rumah", "sakit", "umum", "daerah"): "rsud",
    ("badan", "pengelolaan", "keuangan", "dan", "aset", "daerah"): "bpkad",
    **{tuple(word.split()): word for word in REGIONAL_BODIES},
    **{(head,): body for head, body in HEADS_OF_BODIES.items()},
}
_LONGEST_NAME = max(len(words) for words in _BODY_NAMES)
BODY_FIRST_WORDS = frozenset(words[0] for words in _BODY_NAMES)
_PLACE_BEFORE = frozenset({"metro", "provinsi", "kota", "kabupaten", "dki"})
ADMINISTRATIVE = frozenset({"provinsi", "kota", "kabupaten"})  # a place's kind, written before its name
# The words of administrative units of every level, opening a place's name ("Kecamatan Cibalong").
PLACE_UNITS = ADMINISTRATIVE | {"kecamatan", "kelurahan", "desa", "dusun", "kampung", "nagari"}
_OFFICE = "dinas"  # a regional office's first word
_OFFICE_WORDS = 10  # tokens of an office's own name, its short form in brackets included
# Nouns before "Dinas" that make it "official" ("Rumah Dinas", "Mobil Dinas"), and words no office's name holds.
_OFFICIAL_THINGS = frozenset({"rumah", "mobil", "kendaraan", "perjalanan", "pakaian", "seragam", "kunjungan", "surat",
                              "tugas", "jabatan", "rumdin", "motor", "pejabat", "urusan", "keperluan"})
_NOT_OFFICE_WORDS = frozenset({"dinas", "gubernur", "bupati", "wali", "walikota", "ketua", "wakil", "kepala", "menteri",
                               "presiden", "luar", "harian"})
# Of them, the words that name no other body: "DPRD Provinsi Jawa Barat" is "DPRD Jabar" (not "DPRD
# Kota Bekasi", which is no "DPRD Kabupaten Bekasi"); "Metro" before a place the knowledge base knows
# ("Polres Metro Jakarta Selatan" is "Polres Jaksel", but "Polda Metro Jaya" keeps it).
_SAME_BODY = frozenset({"provinsi", "dki"})
_METRO = "metro"
# The class of an immigration office, a prison or a court, between its word and its place.
_CLASS = "kelas"
_CLASS_NUMBER = re.compile(r"I{1,3}[AB]?|IV")
_CLASS_WORDS = frozenset({"tpi", "khusus", "non"})
_PLACE_AFTER = frozenset({"kota", "selatan", "utara", "barat", "timur", "tengah", "pusat"})
# Capitalised words of a place that no mention names: one, as a name often follows
# ("BPBD Garut Rahmat Hidayat", "Direktur RSUD Cileungsi Ahmad Fauzi").
_PLACE_WORDS = 1
# Offices whose place must be one the knowledge base knows, or come after "Provinsi", "Kota" and
# the like (past the office's class, "Kelas I"): a name often follows the bare office ("Kepala Dinas
# Pendidikan Rini Handayani", "Kepala Satpol PP Cecep Imam Nagarasid"), and an immigration office's
# or a court's word other words ("Undang-Undang Imigrasi Nomor 6", "PN Niaga"); a prison's place is
# often more words than one ("Rutan Kebon Waru"); a government's place may be another state's
# ("Pemerintah Provinsi Guangdong").
_KNOWN_PLACE_ONLY = frozenset({"pmi", "palang", "pemerintah", "dinas", "dispar", "dishub", "disdik", "dinkes", "dinsos", "disnaker",
                               "disdukcapil", "bappeda", "satpol", "satuan", "imigrasi", "kanim", "kantor", "pn", "lapas",
                               "rutan", "bea", "dlh", "dlhk", "disperindag", "diskominfo", "dpmptsp", "distan", "disperkim",
                               "dispora"})
# ... and so must the place of these bodies written in more than one word: any capitalised word may follow
# them ("Pengadilan Tipikor Senin", "Dewan Perwakilan Rakyat Daerah Tingkat I").
_KNOWN_PLACE_KEYS = frozenset({"pengadilan tipikor", "pengadilan niaga", "dprd"})


def abroad(mention: Mention, kb: KnowledgeBase) -> bool:
    """Whether the knowledge base puts the one actor a mention names in another state than Indonesia."""
    actor = kb.by_id(mention.candidates[0]) if len(mention.candidates) == 1 else None
    return actor is not None and actor.country not in (None, HOME_STATE)


class Body(NamedTuple):
    """A regional body's word at a token: how many tokens it spans, the word naming the body
    (`REGIONAL_BODIES`), the ending of its English name and its sector."""

    size: int
    key: str
    ending: str
    sector: str
    named_in_full: bool = False  # a regional office named by its own words (`_office_words`): its place must be known


def regional_body(tokens: list[Token], index: int, starting: dict[int, Mention] | None = None) -> Body | None:
    """The regional body's word (or words) opening at ``index``, capitalised, the longest
    way of writing one (`_BODY_NAMES`), or a regional office's words up to the administrative
    word of its place, or with ``starting`` (the mentions by first token) up to a place's
    mention (`_office_words`)."""
    if tokens[index].folded not in BODY_FIRST_WORDS or not tokens[index].text[:1].isupper():
        return None
    office = _office_words(tokens, index, starting)  # (its full name over a short key's words: "Dinas Pendidikan dan Kebudayaan")
    for size in range(min(_LONGEST_NAME, len(tokens) - index), 0, -1):
        span = tokens[index : index + size]
        if all(token.text[:1].isupper() for token in span) and \
                (key := _BODY_NAMES.get(tuple(token.folded for token in span))) is not None:
            if office is not None and len(office.key.split()) > size:
                return office
            return Body(size, key, *REGIONAL_BODIES[key])
    return office


def _office_words(tokens: list[Token], index: int, starting: dict[int, Mention] | None = None) -> Body | None:
    """A regional office named in full up to the administrative word of its place, any office:
    "Dinas Ketenagakerjaan Kabupaten Bekasi", "Dinas Koperasi dan UKM Provinsi Kalimantan
    Selatan", "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Bogor" (its words are
    capitalised words, "dan" and a short form in brackets), or, with ``starting``, up to a place's
    mention ("Dinas Bina Marga DKI Jakarta", "Dinas PUPR Sumatera Utara"); named by its own words."""
    if tokens[index].folded != _OFFICE or index and tokens[index - 1].folded in _OFFICIAL_THINGS:
        return None  # ("Rumah Dinas Gubernur", "Mobil Dinas", "Perjalanan Dinas": official, not an office)
    position, bracketed, words = index + 1, False, []
    while position < len(tokens) and position - index <= _OFFICE_WORDS:
        token = tokens[position]
        place = starting.get(position) if starting is not None else None
        if not bracketed and (token.folded in ADMINISTRATIVE and token.text[:1].isupper()
                              or place is not None and place.label == "LOC"):
            return Body(position - index, " ".join([_OFFICE, *(w.casefold() for w in words)]),
                        f"Office ({' '.join(words)})", "GOV", True) if words else None
        if token.text in ("(", ")"):
            bracketed = token.text == "("
        elif not (token.is_word and token.text[:1].isupper() or token.folded == "dan" and words) \
                or token.folded in _NOT_OFFICE_WORDS:
            return None  # (a post's holder, "Dinas Ketua DPRD", or a second office, "Dinas Perikanan dan Dinas Pertanian")
        elif not bracketed:  # (not the short form: "Dinas Lingkungan Hidup (DLH) Kota Cimahi" is the DLH's words)
            words.append(token.text)
        position += 1
    return None


def past_class(tokens: list[Token], position: int) -> int:
    """The token after an office's class at ``position`` ("Kantor Imigrasi Kelas I Tangerang", "Lapas
    Kelas IIA Cibinong", "Kelas I TPI", "Kelas I Khusus") or after the body's short form in brackets
    ("Pemerintah Provinsi (Pemprov) DKI Jakarta", "Kepolisian Daerah (Polda) Metro Jaya", "Satuan Polisi Pamong
    Praja (Satpol PP) DKI Jakarta"), else ``position``."""
    if position + 2 < len(tokens) and tokens[position].text == "(" and \
            (body := regional_body(tokens, position + 1)) is not None and \
            position + 1 + body.size < len(tokens) and tokens[position + 1 + body.size].text == ")":
        return position + 2 + body.size
    if position + 1 < len(tokens) and tokens[position].folded == _CLASS and _CLASS_NUMBER.fullmatch(tokens[position + 1].text):
        position += 2
        while position < len(tokens) and tokens[position].folded in _CLASS_WORDS:
            position += 1
    return position


def place_end(tokens: list[Token], index: int, starting: dict[int, Mention], covered: set[int],
              kb: KnowledgeBase) -> int | None:
    """The last token of the place after a regional body's word at ``index``, or None when
    ``index`` holds no such word or no place follows, or the place is another state's or in
    one ("Pengadilan Negeri Singapura", "Pengadilan Negeri Istanbul"). ``starting`` maps
    tokens to the mentions that start there; ``covered`` holds every token inside a mention."""
    body = regional_body(tokens, index, starting)
    if body is None:
        return None
    start = position = past_class(tokens, index + body.size)
    while (position < len(tokens) and position not in starting and tokens[position].folded in _PLACE_BEFORE
           and tokens[position].text[:1].isupper()):
        position += 1
    if body.sector == "MIL" and position == start and _numbered(tokens, position):
        return _command_name_end(tokens, position, starting, numbered=True)  # "Kodim 0611/Garut", "Koramil 01/Cibinong"
    place = starting.get(position)
    if place is None and position > index and (held := starting.get(position - 1)) is not None and held.last >= position:
        place = held  # the place's mention holds the body's last word: "Pemerintah Kabupaten Gowa"
    if place is None and body.named_in_full:
        return None  # ("Dinas Pertamanan dan Hutan Kota Bidang ...": an office named in full needs a place we know)
    if place is not None:
        if place.label not in ("LOC", "GPE") or abroad(place, kb):
            return None
        last = place.last
    elif (tokens[index].folded in _KNOWN_PLACE_ONLY or body.key in _KNOWN_PLACE_KEYS and body.size > 1) and position == start:
        return None  # (also past an office's class with no place after it: "Lapas Kelas IIA sejak Senin")
    else:
        last = position - 1
        while (last + 1 < len(tokens) and last + 1 - position < _PLACE_WORDS and last + 1 not in covered
               and tokens[last + 1].is_word and tokens[last + 1].text[:1].isupper()
               and tokens[last + 1].folded not in HOME_RANKS):
            last += 1
    while last + 1 < len(tokens) and tokens[last + 1].folded in _PLACE_AFTER and tokens[last + 1].text[:1].isupper():
        last += 1
    if last >= start and body.sector == "MIL":
        last = _command_name_end(tokens, last, starting)
    return last if last >= start else None


def _numbered(tokens: list[Token], position: int) -> bool:
    """Whether a command's number and a slash open at ``position``: "0611/", "0611-01/"."""
    end = position
    while end + 2 < len(tokens) and tokens[end + 1].text == "-" and tokens[end + 2].text.isdigit():
        end += 2
    return tokens[position].text.isdigit() and end + 2 < len(tokens) and tokens[end + 1].text == _SLASH


def _command_name_end(tokens: list[Token], last: int, starting: dict[int, Mention], numbered: bool = False) -> int:
    """The last token of a military command's name written after its number and a slash ("Kodam
    XVII/Cenderawasih", "Korem 173/Praja Vira Braja"; not a place, a rank or a day after it:
    "Kodam IV/Diponegoro Semarang", "Kodam XVII/Cenderawasih Kolonel Inf ..."), else ``last``. With
    `numbered`, the number at ``last`` may run on with hyphens ("0611-01") and the name after the slash
    may be a place's mention ("Kodim 0611/Garut")."""
    while numbered and last + 2 < len(tokens) and tokens[last + 1].text == "-" and tokens[last + 2].text.isdigit():
        last += 2
    if last + 2 >= len(tokens) or tokens[last + 1].text != _SLASH:
        return last
    if numbered and (place := starting.get(last + 2)) is not None and place.label in ("LOC", "GPE"):
        return place.last
    end = last + 1
    while end + 1 < len(tokens) and end - last <= _COMMAND_NAME_WORDS and end + 1 not in starting \
            and tokens[end + 1].is_word and tokens[end + 1].text[:1].isupper() \
            and tokens[end + 1].folded not in HOME_RANKS and tokens[end + 1].folded not in _AFTER_COMMAND:
        end += 1
    return end if end > last + 1 else last


_SLASH = "/"
_COMMAND_NAME_WORDS = 3
# Words that follow a command's name and are none of it: ranks home ranks do not list, days and months.
_AFTER_COMMAND = frozenset({"kolonel", "mayor", "kapten", "jenderal", "laksamana", "marsekal", "letnan", "sersan",
                            "kopral", "prajurit"}) | frozenset(WEEKDAYS) | frozenset(MONTHS)


def body_name(tokens: list[Token], index: int, last: int, starting: dict[int, Mention],
              kb: KnowledgeBase) -> tuple[str, str]:
    """The key and the English name of the regional body whose words span tokens ``index`` to
    ``last`` (`place_end`), alike however it is written: its word (`REGIONAL_BODIES`) and its
    place, a place the knowledge base knows by its first alias ("Polda Jatim" and "Kepolisian
    Daerah Jawa Timur" are both "polda Jawa Timur", the "East Java Regional Police")."""
    body = regional_body(tokens, index, starting)
    key, name = [body.key], []
    position = past_class(tokens, index + body.size)
    while position <= last:
        place = _known_place(starting.get(position), kb)
        following = _known_place(starting.get(position + 1), kb)
        token = tokens[position]
        if place is not None:
            key.append(_PREFIX.sub("", place.aliases[0].text))  # ("Kabupaten Agam": "polres Agam", as "Polres Gowa")
            name.append(place.name)
            position = starting[position].last + 1
            continue
        if token.text == _SLASH:
            break  # a military command's name after its number ("Kodam XVII/Cenderawasih") is no part of its key
        if token.is_word and not (token.folded in _SAME_BODY or token.folded == _METRO and following is not None):
            if not (token.folded == _REGENCY and len(key) == 1 and position < last):
                key.append(token.text)  # (a regency the knowledge base does not know is keyed without the word, as a
                # known one is: "DPRD Kabupaten Garut" and "DPRD Garut" are one body)
            name.append(token.text)
        position += 1
    return " ".join(key), f"{' '.join(name)} {body.ending}"


_PREFIX = re.compile(r"^(?:Kabupaten|Kota|Provinsi) (?=\S)")
_REGENCY = "kabupaten"


def _known_place(mention: Mention | None, kb: KnowledgeBase) -> Actor | None:
    """The place inside Indonesia the knowledge base knows that a mention names alone, or None."""
    actor = kb.by_id(mention.candidates[0]) if mention is not None and len(mention.candidates) == 1 else None
    return actor if actor is not None and actor.type == "LOC" and actor.country == HOME_STATE else None

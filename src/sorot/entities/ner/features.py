"""Token features for the CRF: binary string features, as python-crfsuite takes them.

Per word (cached): the word, its lowercase form, shape, class, prefixes and suffixes of
2 and 3 characters, capitalisation, digits, hyphen, and Indonesian cue lists (titles
before names, organisation and place heads, prepositions of place, known places,
dates). The neighbours at -1 and +1 contribute a subset of theirs, those at -2 and +2
a smaller one. Per position: sentence boundaries, word bigrams, a cue word before a
capitalised word, the position in a capitalised run (with its head when that is a
cue word), the gazetteer of training entities (longest match) and that of the actor
knowledge base's names (`knowledge_gazetteer`).

Domain adaptation ("frustratingly easy", Daumé 2007): the training sets annotate
differently, so each token's position features and its own features other than
affixes are also emitted prefixed with the set's name; at tagging time the copy of the
chosen set (news: ``idner``) is used.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path

TITLES = frozenset("""presiden wapres wakil menteri menko mendagri menkeu menlu menhan kapolri kapolda kapolres kapolsek
bupati gubernur wagub walikota wali ketua direktur dirut kepala kabid kasat kasubdit sekjen sekretaris jenderal
dr dr. prof prof. ir ir. h. h hj hj. bapak ibu pak bu mas mbak bang kak saudara sdr tersangka pelaku korban
jaksa hakim komisaris kombes akbp akp aiptu brigjen irjen komjen mayjen letjen kolonel letkol mayor kapten
panglima kasad kasal kasau pangdam danrem dandim camat lurah kades anggota juru bicara jubir politikus politisi
pengamat pelatih striker gelandang bek kiper pemain penyanyi aktor aktris artis rektor dekan dosen ustaz ustadz
kiai kh syekh habib raja ratu pangeran paus uskup pendeta pastor perdana pm senator ceo pendiri founder
sang si almarhum mendiang istri suami anak putra putri ayah adik kakak""".split())
ORG_HEADS = frozenset("""pt cv tbk persero kementerian kemenkes kemendagri badan partai universitas univ institut sekolah
smp sma smk sd bank dinas komisi dprd dpr mpr dpd kpk kpu bawaslu polri polda polres polsek tni kejaksaan
kejati kejari pengadilan mahkamah ma mk pemkab pemkot pemprov pemerintah lembaga yayasan perusahaan asosiasi
himpunan ikatan persatuan perkumpulan gerakan front majelis dewan fraksi koalisi klub fc united grup group
inc corp ltd co rumah rs rsud puskesmas kantor direktorat ditjen biro unit satuan satgas densus bareskrim
bnn bnpb basarnas bmkg bpk bpom ojk bi bumn pln pertamina garuda telkom""".split())
LOC_HEADS = frozenset("""kabupaten kab kota provinsi prov jalan jl jl. desa kecamatan kelurahan kampung dusun pulau
gunung sungai danau laut selat teluk pantai bandara pelabuhan stasiun terminal pasar kawasan wilayah daerah
negara benua tanjung lapangan stadion masjid gereja""".split())
LOC_PREPS = frozenset("di ke dari menuju asal kawasan wilayah daerah sekitar".split())
PLACES = frozenset("""indonesia jakarta bandung surabaya medan semarang yogyakarta jogja yogya makassar palembang bali
denpasar aceh banda padang pekanbaru jambi bengkulu lampung banten serang tangerang bekasi depok bogor cirebon
solo surakarta malang kediri madiun jember banyuwangi pontianak banjarmasin samarinda balikpapan palangkaraya
manado gorontalo palu kendari ambon ternate jayapura papua sorong kupang mataram lombok ntt ntb sumatera sumatra
jawa kalimantan sulawesi maluku riau kepri batam bangka belitung jabar jateng jatim sumut sumbar sumsel kaltim
kalbar kalsel kalteng sulsel sulut sulteng diy dki jabodetabek malaysia singapura thailand vietnam filipina
brunei myanmar kamboja laos timor china tiongkok jepang korea india pakistan bangladesh arab saudi iran irak
suriah israel palestina gaza mesir turki rusia ukraina amerika as usa kanada meksiko brasil argentina inggris
prancis perancis jerman italia spanyol belanda belgia swiss swedia norwegia australia selandia afrika eropa
asia timur tengah barat utara selatan washington london paris tokyo beijing moskow mekkah madinah kuala lumpur
bangkok manila hanoi seoul canberra sydney new york hong kong taiwan qatar dubai uea yaman libanon yordania""".split())
DATES = frozenset("""januari februari maret april mei juni juli agustus september oktober november desember
senin selasa rabu kamis jumat sabtu minggu ahad""".split())
_CUES = (("TITLE", TITLES), ("ORGH", ORG_HEADS), ("LOCH", LOC_HEADS), ("PLACE", PLACES), ("DATE", DATES), ("LPREP", LOC_PREPS))
_RUN_HEADS = TITLES | ORG_HEADS | LOC_HEADS
_CONTEXT_CUES = (("LPREP+CAP", LOC_PREPS), ("TITLE+CAP", TITLES), ("ORGH+CAP", ORG_HEADS), ("LOCH+CAP", LOC_HEADS))
_CUE_KEYS = ("title", "capname", "pname", "TITLE", "ORGH", "LOCH", "PLACE", "LPREP", "DATE")
# What a word contributes to the tokens 1 and 2 positions away.
_NEIGHBOUR_KEYS = {1: ("lw=", "sh=", "wc=", "s3=", *_CUE_KEYS), 2: ("lw=", *_CUE_KEYS)}
# Own features that also get a domain copy (affixes do not: fewer features, same accuracy).
_DOMAIN_KEYS = ("lw=", "w=", "sh=", "wc=", "title", "capname", "pname", "upper", "TITLE", "ORGH", "LOCH", "PLACE", "LPREP", "DATE")
WINDOW = (-2, -1, 1, 2)
_PADS = {offset: f"{offset}:PAD" for offset in WINDOW}
_CACHE_LIMIT = 200_000


def shape(word: str) -> str:
    """Character classes with repeats collapsed, at most 6: "Jokowi" -> "Xx", "12/6" -> "d/d"."""
    out: list[str] = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:6]


def word_class(word: str) -> str:
    """UP(per), TI(tle), LO(wer), DG (digits), PU(nctuation) or MX (mixed)."""
    if word.isupper() and len(word) > 1:
        return "UP"
    if word[:1].isupper():
        return "TI"
    if word.islower():
        return "LO"
    if word.isdigit():
        return "DG"
    if not any(char.isalnum() for char in word):
        return "PU"
    return "MX"


def word_features(word: str) -> list[str]:
    """The features of a word on its own."""
    lower = word.lower()
    features = ["lw=" + lower, "sh=" + shape(word), "wc=" + word_class(word)]
    if word != lower:
        features.append("w=" + word)
    for size in (2, 3):
        features += (f"p{size}={lower[:size]}", f"s{size}={lower[-size:]}")
    if word[:1].isupper():
        features.append("title")
    if word.isupper():
        features.append("upper")
    if any(char.isdigit() for char in word):
        features.append("digit")
    if "-" in word:
        features.append("hyph")
    features += [name for name, words in _CUES if lower in words]
    return features


class Gazetteer:
    """Entity strings seen in training (lowercased token tuples) with their majority type;
    tags a sentence by longest match."""

    def __init__(self, phrases: dict[tuple[str, ...], str]) -> None:
        self.phrases = phrases
        self._longest: dict[str, int] = {}
        for phrase in phrases:
            self._longest[phrase[0]] = max(self._longest.get(phrase[0], 0), len(phrase))

    @classmethod
    def from_sentences(cls, sentences: list[tuple[list[str], list[str]]]) -> Gazetteer:
        from sorot.entities.ner.data import spans

        counts: dict[tuple[str, ...], Counter[str]] = {}
        for tokens, tags in sentences:
            for start, end, kind in spans(tags):
                counts.setdefault(tuple(w.lower() for w in tokens[start:end]), Counter())[kind] += 1
        return cls({phrase: kinds.most_common(1)[0][0] for phrase, kinds in counts.items()})

    def to_json(self) -> list[list]:
        """[[tokens, type], ...], sorted: the form stored in ``model.json``."""
        return [[list(phrase), kind] for phrase, kind in sorted(self.phrases.items())]

    @classmethod
    def from_json(cls, rows: list[list]) -> Gazetteer:
        return cls({tuple(phrase): kind for phrase, kind in rows})

    def tag(self, lowered: list[str]) -> list[str | None]:
        """A BIO tag per token for the longest known phrase covering it, else None."""
        out: list[str | None] = [None] * len(lowered)
        index = 0
        while index < len(lowered):
            longest = self._longest.get(lowered[index], 0)
            for size in range(min(longest, len(lowered) - index), 0, -1):
                kind = self.phrases.get(tuple(lowered[index : index + size]))
                if kind:
                    out[index] = "B-" + kind
                    for position in range(index + 1, index + size):
                        out[position] = "I-" + kind
                    index += size
                    break
            else:
                index += 1
        return out


# NER types of the knowledge base's actor types: states are places in the training sets.
_KB_TYPES = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
_KB_PLACE_KINDS = frozenset({"capital", "seat"})  # a capital's or seat's name is the place, not its state


def knowledge_gazetteer(kb) -> Gazetteer:
    """The names of the actor knowledge base (`sorot.entities.knowledge`) as a gazetteer:
    case-insensitive aliases only (a case-sensitive one, "AS", is also a common word in
    lower case), capitals and seats of power as places, demonyms left out."""
    phrases: dict[tuple[str, ...], str] = {}
    for actor in kb.actors:
        for alias in actor.aliases:
            if alias.case_sensitive or alias.kind == "demonym" or actor.type not in _KB_TYPES:
                continue
            kind = "LOC" if alias.kind in _KB_PLACE_KINDS else _KB_TYPES[actor.type]
            phrases.setdefault(tuple(alias.text.lower().split()), kind)
    return Gazetteer(phrases)


# Hand-made lists of the parts of people's names (`name_lists`), a word feature ("pname").
NAMES_FOLDER = Path(str(resources.files("sorot.entities.ner").joinpath("names")))

# The domain of the lowercased training copies, used for text written without capitals.
LOWERCASE_DOMAIN = "lowercase"


@cache
def name_lists(folder: Path = NAMES_FOLDER) -> frozenset[str]:
    """The parts of people's names in the lists of ``names/`` (lowercased; lines opening with
    # are comments): Indonesian given and family names and foreign names news carries."""
    return frozenset(_name_key(line) for path in sorted(folder.glob("*.txt"))
                     for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.strip().startswith("#"))


def _name_key(word: str) -> str:
    """A name part as the lists and the feature compare it: lower case, a curly apostrophe straight ("Ma’ruf")."""
    return word.strip().lower().replace("\u2019", "'")


def lowercase_lexicon(sentences: list[tuple[list[str], list[str]]]) -> frozenset[str]:
    """The words the training text writes in lower case somewhere: common words. A
    capitalised word outside it ("Refrizal", "Nurhayati") is written capitalised wherever
    it occurs, as names are, however rare the name."""
    return frozenset(token for tokens, _ in sentences for token in tokens if token.islower())


class Featurizer:
    """Feature lists for sentences, with a per-word cache of the word's own features
    (plain and domain copy) and of what it contributes to its neighbours. With a
    `lexicon` (`lowercase_lexicon`), a capitalised word whose lowercase form is not in it
    gets the feature ``capname``."""

    def __init__(self, gazetteer: Gazetteer, domain: str, knowledge: Gazetteer | None = None,
                 lexicon: frozenset[str] | None = None, names: frozenset[str] | None = None) -> None:
        self.gazetteer = gazetteer
        self.knowledge = knowledge
        self.lexicon = lexicon
        self.names = names or frozenset()
        self.domain = domain
        self._cache: dict[str, tuple[list[str], dict[int, list[str]]]] = {}

    def _unseen_name(self, word: str) -> bool:
        """Capitalised, and never written in lower case in the training text (`capname`)."""
        return self.lexicon is not None and word[:1].isupper() and word.lower() not in self.lexicon

    def _word(self, word: str) -> tuple[list[str], dict[int, list[str]]]:
        cached = self._cache.get(word)
        if cached is None:
            own = word_features(word)
            if self._unseen_name(word):
                own.append("capname")
            if word[:1].isupper() and _name_key(word) in self.names:
                own.append("pname")
            prefix = self.domain + "#"
            neighbours = {offset: [f"{offset}:{f}" for f in own if f.startswith(_NEIGHBOUR_KEYS[abs(offset)])] for offset in WINDOW}
            cached = (own + [prefix + f for f in own if f.startswith(_DOMAIN_KEYS)], neighbours)
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[word] = cached
        return cached

    def sentence(self, tokens: list[str], gazetteer: Gazetteer | None = None) -> list[list[str]]:
        """One feature list per token; ``gazetteer`` overrides the featurizer's (training uses
        one built without the sentence's own fold)."""
        count = len(tokens)
        words = [self._word(token) for token in tokens]
        lowered = [token.lower() for token in tokens]
        gazetteer_tags = (gazetteer or self.gazetteer).tag(lowered)
        knowledge_tags = self.knowledge.tag(lowered) if self.knowledge is not None else None
        prefix = self.domain + "#"
        padded = [None, None, *(neighbours for _, neighbours in words), None, None]
        run_start = 0
        out = []
        for index, token in enumerate(tokens):
            lower = lowered[index]
            position = ["bg=" + lowered[index - 1] + "|" + lower if index else "BOS",
                        "bg+=" + lower + "|" + lowered[index + 1] if index < count - 1 else "EOS"]
            if token[:1].isupper():
                if not index or not tokens[index - 1][:1].isupper():
                    run_start = index
                previous = lowered[index - 1] if index else ""
                position += [name for name, cue_words in _CONTEXT_CUES if previous in cue_words]
                head = lowered[run_start]
                position.append(f"runpos={min(index - run_start, 3)}")
                if head in _RUN_HEADS:
                    position.append(f"runhead={head}|{min(index - run_start, 3)}")
                if self._unseen_name(token):  # an unseen-looking name and the words around it
                    position += (f"capname|-1={lowered[index - 1] if index else 'BOS'}",
                                 f"capname|+1={lowered[index + 1] if index < count - 1 else 'EOS'}")
            tag = gazetteer_tags[index]
            if tag:
                position += ("gz=" + tag, "gzT=" + tag[2:])
            if index and gazetteer_tags[index - 1]:
                position.append("-1:gz=" + gazetteer_tags[index - 1])
            if index < count - 1 and gazetteer_tags[index + 1]:
                position.append("1:gz=" + gazetteer_tags[index + 1])
            if knowledge_tags is not None and knowledge_tags[index]:
                position.append("kb=" + knowledge_tags[index])
            features = ["b", *words[index][0], *position]
            features += [prefix + feature for feature in position]
            for offset in WINDOW:
                neighbours = padded[index + offset + 2]
                if neighbours is None:
                    features.append(_PADS[offset])
                else:
                    features += neighbours[offset]
            out.append(features)
        return out

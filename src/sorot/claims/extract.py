"""Numeric claims: the figures a reader would track over time (troops, casualties,
money, trade, percent changes, durations of talks and ceasefires), with what they
count, how exact they are, when they refer to, and who states them.

One pass of the precompiled `NUMBER` pattern per sentence finds the candidates; each is
then kept or dropped by what stands around it:
- dates, clock times, years, ordinals ("ke-3"), labels ("Pasal 5", "pukul 10"),
  codes ("G7", "Covid-19"), phone numbers, list numbers and ages are dropped;
- money and percent are kept; a duration ("30 hari") only when it is a length of
  something ("selama 30 hari", "berlangsung satu setengah jam", "5 tahun penjara"),
  not a time ago ("24 tahun lalu");
- a bare number is kept when a counted noun follows it: a noun the unit list names
  (`sorot.claims.units`; "17 merek" or "11 assist" are no figures, and a unit left in
  Indonesian would match no English one), and after a small spelled-out number only one
  of a trackable kind ("empat wilayah", not "dua pemimpin").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from sorot.claims.numbers import NUMBER, SCALES, Quantity, parse_match
from sorot.claims.units import (
    CAPITAL_OK,
    CLASSIFIER_UNITS,
    CLASSIFIERS,
    CURRENCY_OR_PERCENT,
    LABEL_BEFORE,
    PREFIX_NOUNS,
    MEASURES,
    SMALL_WORD_NOUNS,
    SPEC_SENTENCE,
    SPEC_WORDS,
    THING_CLASSIFIERS,
    STOP_NEXT,
    TIME_AGO,
    TIME_UNITS,
    UNIT_NOUNS,
    VERB_PREFIXES,
    WEAPON_WORDS,
)


@dataclass(frozen=True)
class Claim:
    """A numeric claim in an article; offsets are into the article's clean text."""

    start: int
    end: int
    text: str
    subject: str
    value: float
    unit: str
    qualifier: str | None
    approx: bool
    date: str | None
    attribution: str | None
    attribution_name: str | None
    attribution_country: str | None
    evidence_start: int
    evidence_end: int
    confidence: float


# --- context patterns -------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w-]*(?:/[^\W\d_]+)?|\d[\w,.]*|[^\w\s]")
_PREV_WORD = re.compile(r"([^\s(\"“]+)\s*$")
_QUALIFIER_BEFORE = re.compile(
    r"""(?:
        (?P<about>\bsekitar|\bsekira|\bkurang\s+lebih|\blebih\s+kurang|\bkira-kira|\bkisaran|\bkira2|±|~)
      | (?P<more_than>\blebih\s+dari(?:pada)?|\blebih\s+banyak\s+dari|\bdi\s+atas|\bmelebihi|\bmelampaui|>)
      | (?P<less_than>\b(?:tidak|tak)\s+(?:melebihi|melampaui|lebih\s+dari)|\bkurang\s+dari|\bdi\s+bawah|\bhampir|\bnyaris|\btidak\s+sampai|\btak\s+sampai|\bbelum\s+sampai
                      |\bmaksimal|\bmaksimum|\bpaling\s+banyak|<)
      | (?P<at_least>\bsetidaknya|\bsedikitnya|\bminimal|\bminimum|\bpaling\s+sedikit|\bsekurang-kurangnya|\bsekurangnya
                     |\btidak\s+kurang\s+dari|\btak\s+kurang\s+dari)
    )\s*(?:(?:sebanyak|sebesar|senilai|sejumlah|mencapai|menjadi|hingga|sampai|yakni|yaitu|total)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_LEBIH_AFTER = re.compile(r"\s*lebih\b(?!\s+(?:dari|daripada|banyak|tinggi|rendah|besar|kecil|cepat|lama|baik|murah|mahal))", re.IGNORECASE)
_DURATION_CUE = re.compile(
    r"\b(?:selama|berlangsung|durasi|lamanya|masa|jangka\s+waktu|dalam\s+waktu|memakan\s+waktu|vonis|divonis|hukuman"
    r"|dihukum|dituntut|tuntutan|pidana|penjara|kurungan|diperpanjang|perpanjangan|ditahan|penahanan|berdurasi)\b"
    r"(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)
_PENAL_AFTER = re.compile(r"\s*(?:penjara|kurungan|bui|pidana)\b", re.IGNORECASE)
_LENGTH_AFTER = re.compile(r"\s*lamanya\b", re.IGNORECASE)  # "hingga 2 tahun lamanya"
_REPORT_VERBS = (
    r"mengatakan|menyatakan|melaporkan|mengklaim|menyebut(?:kan)?|mengungkapkan|menjelaskan|memperkirakan|mencatat"
    r"|mengumumkan|menegaskan|menuturkan|menambahkan|memaparkan|merilis|mendata|melansir|menginformasikan|membeberkan"
    r"|mengonfirmasi|mengkonfirmasi|menyampaikan|memprediksi|memproyeksikan|mengestimasi|menaksir|menuding|menuduh"
    r"|mengutip|mengaku|menerangkan|merinci|menghitung|mencatatkan|melaporkannya"
    r"|menawarkan|menuntut|mengusulkan|menyerukan|mendesak|menjanjikan|mengancam|memperingatkan"
)
_PRE_VERB = re.compile(rf"\b(?:{_REPORT_VERBS})\b", re.IGNORECASE)
_TAIL_VERB = re.compile(
    r"(?:[,\"”’']\s*|\s)(?P<verb>kata|ujar|ucap|ungkap|jelas|tutur|sebut|tegas|imbuh|lanjut|terang|papar|tambah|klaim|tulis)"
    r"(?P<nya>nya)?\b",
    re.IGNORECASE,
)
_PRONOUN_BEFORE = re.compile(r"\b(?:ia|dia|beliau)\s+(?:juga\s+|pun\s+|lalu\s+|kemudian\s+)?$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:sejak|semenjak|dari)\s+(?:tahun\s+|bulan\s+)?$", re.IGNORECASE)
_SUBJECT_STOP = frozenset(
    """
    yang dan atau untuk guna karena sehingga namun tetapi pada sejak selama dengan oleh setelah sebelum serta
    sedangkan sementara bahwa jika ketika saat hingga sampai per dalam pada di telah sudah akan
    """.split()
)
_LINK_WORDS = frozenset(
    """
    sebesar senilai sebanyak sejumlah mencapai menjadi hingga sampai sekitar lebih dari kurang hampir setidaknya
    sedikitnya minimal yakni yaitu total adalah ialah naik turun meningkat menurun tumbuh melonjak anjlok merosot
    tercatat sekira kira-kira rekor tertinggi terendah baru atau sekitar capai di bawah atas dengan nilai
    """.split()
)
_DATE_TYPES = ("DATE", "TIME")
_CLAUSE_BOUNDARY = re.compile(r"[,;:](?=\s)|[(\"“]")
_DEFINITE_AFTER = re.compile(r"\s+(?:tersebut|itu|ini)\b", re.IGNORECASE)
_LISTICLE_BEFORE = re.compile(r"\b(?:berikut|inilah|simak)(?:\s+(?:ini|adalah))?\s*$", re.IGNORECASE)
_INVALID_DATE = re.compile(r"^(?:PAST_REF|PRESENT_REF|FUTURE_REF)$|X")


@dataclass
class _Mention:
    start: int
    end: int
    actor: object  # ArticleActor


def _lemma(word: str) -> str:
    lower = word.lower()
    if "-" in lower:
        first, _, second = lower.partition("-")
        if first == second:
            return first
    if lower.endswith("nya") and len(lower) > 5 and lower[:-3] in UNIT_NOUNS:
        return lower[:-3]
    return lower


class _ArticleContext:
    """What the extractor looks up in an article: timexes and actor mentions by position."""

    def __init__(self, article) -> None:
        self.text: str = article.text
        self.timexes = sorted(article.timexes, key=lambda t: t.start)
        self.timex_starts = [t.start for t in self.timexes]
        mentions = [
            _Mention(m.start, m.end, actor)
            for actor in article.actors
            if actor.type != "LOC"  # places do not state figures
            for m in actor.mentions
            if m.end > m.start
        ]
        mentions.sort(key=lambda m: (m.start, -m.end))
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        dct = getattr(article, "dct", None)
        self.dct = dct[:10] if dct else None

    def timexes_in(self, start: int, end: int) -> list:
        i = bisect.bisect_left(self.timex_starts, start)
        found = []
        while i < len(self.timexes) and self.timexes[i].start < end:
            found.append(self.timexes[i])
            i += 1
        return found

    def covering_timex(self, start: int, end: int, sentence_timexes: list):
        for timex in sentence_timexes:
            if timex.start < end and start < timex.end:
                return timex
        return None

    def mention_after(self, position: int, limit: int):
        i = bisect.bisect_left(self.mention_starts, position)
        if i < len(self.mentions) and self.mentions[i].start <= position + limit:
            return self.mentions[i]
        return None

    def mention_before(self, position: int, limit: int, lower: int):
        i = bisect.bisect_left(self.mention_starts, position) - 1
        best = None
        while i >= 0 and self.mentions[i].start >= max(lower, position - limit - 80):
            candidate = self.mentions[i]
            if candidate.end <= position and candidate.end >= position - limit:
                if best is None or candidate.end > best.end:
                    best = candidate
            i -= 1
        return best

    def person_before(self, position: int, limit: int = 1500):
        i = bisect.bisect_left(self.mention_starts, position) - 1
        while i >= 0 and self.mentions[i].start >= position - limit:
            actor = self.mentions[i].actor
            if getattr(actor, "type", None) == "PER" and self.mentions[i].end <= position:
                return self.mentions[i]
            i -= 1
        return None


# --- candidate filters ------------------------------------------------------------------

_RANGE_LABEL_BEFORE = re.compile(r"\b([^\W\d_]+)\.?\s+\d[\d.,]*\s*[-–]\s*$")
_AFTER_BLOCK = re.compile(r"(?:[/:]\d|-\s?\d|–\s?\d|\.\d|-[^\W\d_](?<!-a)|[^\W\d_]|°|\)\s*\d)")
_LIST_AFTER = re.compile(r"[.)]\s")
_PHONE = re.compile(r"0\d{5,}|\d{9,}")


def _blocked(text: str, match: re.Match, quantity: Quantity, sentence_start: int) -> bool:
    start, end = match.start(), match.end()
    after = text[end : end + 3]
    digits = match.group("digits")
    if after.startswith("-an"):
        return False
    if _AFTER_BLOCK.match(after):
        return True
    before = text[max(sentence_start, start - 40) : start]
    if before.endswith(("ke-", "ke –", "ke - ", "#", "No.", "No. ", "no.", "no. ")):
        return True
    if digits is not None:
        plain = digits.replace(".", "").replace(",", "")
        if _PHONE.fullmatch(plain) and "." not in digits and "," not in digits:
            return True
        if (
            quantity.unit is None
            and not match.group("dscale")
            and re.fullmatch(r"\d{4}", digits)
            and 1800 <= int(digits) <= 2100
        ):
            return True
        # "1. Gunung ..." list numbers, at the start of a sentence or line.
        if (start == sentence_start or text[start - 1] == "\n") and _LIST_AFTER.match(text, end):
            return True
        # "(45)" after a name is an age; "(2)" a list label.
        if before.endswith("(") and text[end : end + 1] == ")" and quantity.unit is None:
            return True
    if match.group("words"):
        surface = match.group("words")
        value = quantity.value
        if value == 1 or surface.lower() in ("setengah",):
            return True
        if surface[0].isupper() and start != sentence_start:
            return True  # "Kelompok Tujuh", "Wali Songo"
        if re.search(r"\bsalah\s*$", before, re.IGNORECASE):
            return True
    label = _RANGE_LABEL_BEFORE.search(before)
    if label and label.group(1).lower() in LABEL_BEFORE - {"ke"} and quantity.unit not in CURRENCY_OR_PERCENT:
        return True  # "posisi 851–900": the range's end is as much a label as its start
    prev = _PREV_WORD.search(before)
    if prev and _MAGNITUDE_BEFORE.search(before):
        return False
    if prev:
        word = prev.group(1)
        bare = word.rstrip(".,:").lower()
        if bare in LABEL_BEFORE and quantity.unit not in CURRENCY_OR_PERCENT:
            return True
        if (
            word[:1].isupper()
            and bare not in CAPITAL_OK
            and quantity.unit is None
            and start - len(prev.group(0)) > sentence_start
            and not word.endswith((",", ":"))
        ):
            return True  # "Trans 7", "Liga 1", "Galaxy Z Fold 7"
    return False


@dataclass
class _Reading:
    unit: str
    subject_start: int
    subject_end: int
    confidence: float
    more_after: bool = False


def _words_after(text: str, position: int, limit: int, count: int) -> list[re.Match]:
    words = []
    for word in _WORD.finditer(text, position, limit):
        words.append(word)
        if len(words) >= count:
            break
    return words


def _noun_unit(lemma: str, next_lemma: str | None) -> tuple[str | None, int]:
    """The unit of a noun and how many words it spans (two-word nouns first)."""
    if next_lemma is not None:
        pair = f"{lemma} {next_lemma}"
        if pair in UNIT_NOUNS:
            return UNIT_NOUNS[pair], 2
    if lemma in UNIT_NOUNS:
        return UNIT_NOUNS[lemma], 1
    return None, 1


def _is_noun_word(surface: str) -> bool:
    lower = surface.lower()
    if not surface[:1].isalpha() or lower in STOP_NEXT or len(lower) < 3:
        return False
    if surface[:1].isupper():
        return False
    return not lower.startswith(VERB_PREFIXES) or lower in PREFIX_NOUNS


def _read_count(
    text: str, match: re.Match, quantity: Quantity, sentence: tuple[int, int], context_before: str
) -> _Reading | None:
    """The unit and subject of a number that is not money or percent, or None."""
    end = match.end()
    if text.startswith("-an", end):
        end += 3  # "380-an WNI"
    words = _words_after(text, end, sentence[1], 7)
    if not words or words[0].start() - end > 2:
        return None
    more_after = False
    if words[0].group().lower() == "lebih" and len(words) > 1 and words[1].group().lower() not in ("dari", "daripada"):
        more_after = True  # "100 lebih korban"
        words = words[1:]
    if not words[0].group()[:1].isalpha():
        return None
    first = words[0].group()
    lemma = _lemma(first)
    if lemma in SPEC_WORDS:
        return None
    next_lemma = _lemma(words[1].group()) if len(words) > 1 else None
    # Magnitude: "gempa M 5,6" is caught before; "5,6 SR" here.
    if first == "SR":
        return _Reading("magnitude", words[0].start(), words[0].end(), 0.85)
    if lemma in TIME_UNITS:
        after_unit = words[1].group().lower() if len(words) > 1 else ""
        if after_unit in TIME_AGO or after_unit in ("yang", "ke", "depan") and _time_ago_tail(text, words[0].end()):
            return None
        if not (_DURATION_CUE.search(context_before) or _PENAL_AFTER.match(text, words[0].end())
                or _LENGTH_AFTER.match(text, words[0].end())):
            return None
        return _Reading(UNIT_NOUNS[lemma], words[0].start(), words[0].end(), 0.8, more_after)
    if lemma in CLASSIFIERS and len(words) > 1 and _is_noun_word(words[1].group()):
        # "5 unit laptop", "100 ekor sapi", "3 orang tentara"
        noun_lemma = _lemma(words[1].group())
        noun_unit, _ = _noun_unit(noun_lemma, _lemma(words[2].group()) if len(words) > 2 else None)
        if lemma == "orang":
            unit = "persons"
        elif noun_unit is None and lemma in THING_CLASSIFIERS and match.group("words") and not quantity.vague \
                and quantity.value < 10:
            return None  # "lima buah jeruk": a few of something no unit names
        else:
            unit = noun_unit or CLASSIFIER_UNITS.get(lemma)  # "2.000 ekor ayam": animals
            if unit is None:
                return None
        return _Reading(unit, words[0].start(), _subject_end(text, words, 1, sentence), 0.85, more_after)
    unit, span = _noun_unit(lemma, next_lemma)
    if unit in ("mm",) and any(w in context_before[-40:].lower() for w in WEAPON_WORDS):
        return None
    if unit is None:
        if first.isupper() and 2 <= len(first) <= 5 and lemma in UNIT_NOUNS:
            unit = UNIT_NOUNS[lemma]
        else:
            # a noun no unit names ("17 merek", "11 assist", "2 sering"): mostly no figure anyone
            # tracks, and a unit left in Indonesian matches no English one
            return None
    elif match.group("words") and not quantity.vague and quantity.value < 10 and lemma not in SMALL_WORD_NOUNS:
        return None
    confidence = 0.85
    index = span - 1
    if match.group("words") and not quantity.vague and quantity.value < 10:
        # "dua mobil tersebut" refers back to things already named; it is no figure.
        if _DEFINITE_AFTER.match(text, _subject_end(text, words, index, sentence)):
            return None
    # "100 negara dan organisasi": a count of both.
    if len(words) > index + 2 and words[index + 1].group().lower() == "dan":
        other = _lemma(words[index + 2].group())
        other_unit = UNIT_NOUNS.get(other)
        own_figure = len(words) > index + 3 and (words[index + 3].group()[:1].isdigit()
                                                 or words[index + 3].group().lower() in ("sebanyak", "sejumlah", "berjumlah"))
        if other_unit and other_unit != unit and other_unit not in ("persons",) and unit != "persons" \
                and other not in TIME_UNITS and not own_figure:  # (not "4.967 kendaraan dan motor sebanyak 5.650")
            unit = f"{unit} and {other_unit}"
            index += 2
    return _Reading(unit, words[0].start(), _subject_end(text, words, index, sentence), confidence, more_after)


_LINK_BEFORE = re.compile(
    r"\b(?:mencapai|menjadi|sebanyak|sejumlah|berjumlah|tercatat|total(?:nya)?|yakni|yaitu|bertambah|ada|adalah)\s+"
    r"(?:(?:sekitar|sedikitnya|setidaknya|lebih\s+dari|hampir|kurang\s+lebih|mencapai|sebanyak)\s+)?$",
    re.IGNORECASE,
)
_BARE_END = re.compile(r"\s*(?:[.,;:)\"”!?]|$|(?:dan|pada|di|sejak|hingga|per|setelah|sementara|sedangkan|sesuai)\b)", re.IGNORECASE)
_MONEY_WORDS = re.compile(
    r"\b(?:kerugian|nilai|anggaran|harga|dana|biaya|utang|pendapatan|laba|omzet|skor|nomor|usia|umur|peringkat|tahun)\b",
    re.IGNORECASE,
)
_NOUN_BEFORE_UNITS = frozenset({"persons", "families", "households", "cases", "houses", "buildings", "villages", "schools"})


def _index_level(text: str, match: re.Match, sentence: tuple[int, int]) -> bool:
    """Whether a figure is a stock index's level (see `_INDEX_LEVEL_BEFORE`)."""
    digits = match.group("digits") or ""
    start, end = match.start(), match.end()
    return ("." in digits or "," in digits) and bool(_INDEX_LEVEL_BEFORE.search(text, max(sentence[0], start - 12), start)) \
        and not _unit_after(text, end) and bool(_INDEX_NAMED.search(text, *sentence)) \
        and not _CURRENCY_BEFORE.search(text, max(sentence[0], start - 40), start)


def _unit_after(text: str, position: int) -> bool:
    """Whether a unit, a percent sign or "per" follows a figure ("16.350 per dolar", "1,5 meter")."""
    word = _WORD_AFTER.match(text, position)
    return word is not None and (word[1] == "%" or word[1].lower() in UNIT_NOUNS or word[1].lower() == "per")


def _read_noun_before(text: str, match: re.Match, quantity: Quantity, sentence_start: int) -> _Reading | None:
    """A bare figure after a link word that counts a noun named before it:
    "jumlah korban tewas bertambah menjadi 15." counts persons."""
    if not (match.group("digits") or quantity.vague) or not _BARE_END.match(text, match.end()):
        return None
    start = match.start()
    boundaries = [b.end() for b in _CLAUSE_BOUNDARY.finditer(text, sentence_start, start)]
    clause_start = boundaries[-1] if boundaries else sentence_start
    before = text[clause_start:start]
    if not _LINK_BEFORE.search(before) or _MONEY_WORDS.search(before):
        return None
    words = list(_WORD.finditer(text, clause_start, start))[-9:]
    for word in words:
        unit = UNIT_NOUNS.get(_lemma(word.group()))
        if unit in _NOUN_BEFORE_UNITS:
            return _Reading(unit, word.start(), word.end(), 0.7)
    return None


def _time_ago_tail(text: str, position: int) -> bool:
    return bool(re.match(r"\s+(?:yang\s+)?(?:lalu|silam|ke\s+depan|ke\s+belakang|mendatang)\b", text[position : position + 30]))


def _subject_end(text: str, words: list[re.Match], index: int, sentence: tuple[int, int]) -> int:
    """Where the subject noun phrase ends: the noun, plus up to two following words of
    its phrase ("kontainer ke Rusia", "personel tambahan")."""
    end = words[index].end()
    extra = 0
    for word in words[index + 1 :]:
        surface = word.group()
        if extra >= 2 or not surface[:1].isalpha() or surface.lower() in _SUBJECT_STOP or word.start() - end > 1:
            break
        if text[end : word.start()].strip():
            break
        if surface.lower() in TIME_AGO or _lemma(surface) in TIME_UNITS or surface.lower() in ("ini", "itu", "lalu", "lebih"):
            break
        end = word.end()
        extra += 1
    return end


# A verb after the measured noun (lower case, a meN-, di- or ber- prefix and 4+ more letters:
# "dijual", "menguat", "bertahan"; not "medium", "beras"); the subject ends before it.
_VERB_FORM = re.compile(r"(?!(?:menteri|menengah|digital|dividen|diskon|distribusi|direktur|diesel|berharga|bersubsidi"
                        r"|berjangka|bermotor|berbagai|bersama|berikut|berkelanjutan)\b)(?:me(?:ng|ny|[lmnrwy])|di|ber)[a-z]{4,}")
_SCALED = re.compile(r"[A-Za-z]{2,}$|\d\s*[MKT]$")  # a figure that ends in a scale word of its own ("1,5 juta")
# A stock index's level ("IHSG ditutup pada level 7.107,78"): "level" before the figure, an
# index named in the sentence, and no unit after the figure ("level 16.350 per dolar AS",
# "level 1,5 meter" are no points).
_INDEX_LEVEL_BEFORE = re.compile(r"\blevel\s+$", re.IGNORECASE)
_INDEX_NAMED = re.compile(r"(?:IHSG|indeks|index|LQ45|IDX30|Dow\s+Jones|Nasdaq|S&P|Nikkei|Hang\s+Seng|KOSPI)", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"\b(?:rupiah|kurs)\b", re.IGNORECASE)  # "rupiah melemah ke level 16.350"
_WORD_AFTER = re.compile(r"[^\S\n]*([^\W\d_]+|%)")
# What stands between a figure and its rounded restatement: "Rp48.318.030.236 (Rp 48,3 miliar)".
_BRACKET_BETWEEN = re.compile(r"\s*\(\s*")
_SPEC_SENTENCE = re.compile(rf"\b(?:{SPEC_SENTENCE})\b", re.IGNORECASE)
# Between the two figures of a range: "Rp15.500 hingga Rp16.000", "1.500-2.000".
_RANGE_BETWEEN = re.compile(r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d|-|–|—|ke)\s*", re.IGNORECASE)


def _subject_before(text: str, start: int, sentence_start: int, timexes: list) -> tuple[int, int]:
    """For money and percent: the few words before the figure that say what it measures."""
    boundaries = [b.end() for b in _CLAUSE_BOUNDARY.finditer(text, sentence_start, start)]
    clause_start = boundaries[-1] if boundaries else sentence_start
    words = [
        w for w in _WORD.finditer(text, clause_start, start)
        if not any(t.start < w.end() and w.start() < t.end for t in timexes)
    ]
    while words and (words[-1].group().lower() in _LINK_WORDS or words[-1].group().lower() in _SUBJECT_STOP):
        words.pop()
    for i in range(len(words) - 1, -1, -1):
        if words[i].group().lower() in ("bahwa", "yang", "dengan", "sebagai"):
            words = words[i + 1 :]
            break
    words = [w for w in words if w.group()[:1].isalnum()][-5:]
    verb = next((k for k, w in enumerate(words) if k and _VERB_FORM.fullmatch(w.group())), None)
    before = [w for w in words[:verb]] if verb is not None else []
    while len(before) > 1 and before[-1].group().lower() in _SUBJECT_STOP | _LINK_WORDS:
        before.pop()
    if before and (len(before) > 1 or before[0].group()[:1].isupper()) and \
            any(w.group().lower() not in _SUBJECT_STOP | _LINK_WORDS for w in before):
        # "beras medium dijual di kisaran Rp13.000", "Rupiah ditutup menguat": what is sold, not
        # the selling (one lower-case word left, "tercatat", "akhirnya", or only function words,
        # "di atas", say nothing: keep all)
        words = before
    if not words:
        return start, start
    return words[0].start(), words[-1].end()


# --- attribution and date ---------------------------------------------------------------


def _attribution(ctx: _ArticleContext, sentence: tuple[int, int], position: int):
    """The actor mention of who states a figure in the sentence, and the span of the
    attribution phrase (its timexes are when it was said, not what the figure is about)."""
    text = ctx.text
    s_start, s_end = sentence
    # "menurut X", "berdasarkan data X", "dikutip dari X"
    for source in re.finditer(
        r"\b(?:menurut|berdasarkan|dikutip\s+dari|mengutip|dilansir(?:\s+dari)?|seperti\s+dilaporkan)\s+",
        text[s_start:s_end],
        re.IGNORECASE,
    ):
        mention = ctx.mention_after(s_start + source.end(), 40)
        if mention is not None and mention.end <= s_end:
            return mention, (s_start + source.start(), mention.end)
    # ", kata X" / ", ujarnya"
    for tail in _TAIL_VERB.finditer(text, s_start, s_end):
        verb_start = tail.start("verb")
        if tail.group("nya"):
            if tail.group("verb").lower() in ("kata", "ujar", "ucap", "ungkap", "tutur", "imbuh", "tambah", "jelas",
                                               "tegas", "terang", "papar", "lanjut", "sebut"):
                mention = ctx.person_before(verb_start)
                if mention is not None:
                    return mention, (verb_start, s_end)
            continue
        if not re.search(r"[,\"”’']\s*$", text[max(s_start, verb_start - 3) : verb_start]):
            continue
        mention = ctx.mention_after(tail.end(), 60)
        if mention is not None and mention.end <= s_end:
            return mention, (verb_start, s_end)
    # "X mengatakan/melaporkan ... bahwa"
    best = None
    for verb in _PRE_VERB.finditer(text, s_start, s_end):
        before = text[s_start : verb.start()]
        if _PRONOUN_BEFORE.search(before):
            mention = ctx.person_before(s_start)
        else:
            mention = ctx.mention_before(verb.start(), 60, s_start)
            # A comma, or a name the actors stage did not resolve ("PT Blue Bird
            # mengumumkan"), between the actor and the verb: the actor is not the speaker.
            if mention is not None and re.search(r"[,;.]|\b[A-Z][\w-]*", text[mention.end : verb.start()]):
                mention = None
        if mention is not None and verb.start() < position:
            # The figure must be what is said: close after the verb, or in its "bahwa" clause.
            gap = text[verb.end() : position]
            if len(gap) > (250 if re.search(r"\bbahwa\b", gap) else 90):
                mention = None
        if mention is not None:
            span_end = min(s_end, verb.end() + 25)
            candidate = (mention, (verb.start(), span_end))
            if best is None or abs(verb.start() - position) < abs(best[1][0] - position):
                best = candidate
    if best is not None:
        return best
    return None, None


def _date(ctx: _ArticleContext, sentence_timexes: list, start: int, end: int, attribution_span) -> str | None:
    text = ctx.text
    best = None
    best_distance = None
    fallback = None
    for timex in sentence_timexes:
        # "kini", "saat ini": the article's own time ("1.500 orang pada Senin kini tinggal 200 orang")
        value = ctx.dct if timex.value == "PRESENT_REF" else timex.value
        if timex.type not in _DATE_TYPES or not value or _INVALID_DATE.search(value):
            continue
        if timex.start < end and start < timex.end:
            continue
        if attribution_span is not None and attribution_span[0] <= timex.start < attribution_span[1] + 1:
            # "melaporkan bulan lalu", "kata kementerian ... awal tahun ini": when it was said.
            if timex.start > attribution_span[0]:
                continue
        since = _SINCE_BEFORE.search(text, max(0, timex.start - 20), timex.start)
        distance = timex.start - end if timex.start >= end else start - timex.end
        if since:
            # "sejak 2021" after a figure dates the start of a change, not the figure.
            if timex.start < start and fallback is None:
                fallback = value
            continue
        if best is None or distance < best_distance:
            best, best_distance = value, distance
    if best is not None:
        return best
    if fallback is not None:
        return fallback
    return ctx.dct


# --- extraction -------------------------------------------------------------------------


# A maximum that is what was measured, not a bound: "amplitudo maksimum 31,2 mm".
_MEASURED_MAXIMUM = re.compile(
    r"\b(?:amplitudo|suhu|temperatur|tenaga|daya|torsi|tekanan|intensitas|magnitudo|kedalaman)"
    r"\s+(?:maksimal|maksimum)\s*$",
    re.IGNORECASE,
)


def _qualifier(before: str, quantity: Quantity, more_after: bool, suffix_an: bool) -> str | None:
    found = _QUALIFIER_BEFORE.search(before)
    if found and not _MEASURED_MAXIMUM.search(before):
        return found.lastgroup
    if more_after:
        return "more_than"
    if suffix_an:
        return "about"
    if quantity.vague:
        return "at_least"
    return None


_MAGNITUDE_BEFORE = re.compile(r"\b(?:(?:ber)?[Mm]agnitud[oe]|M)\s*$")


def _magnitude_before(before: str) -> bool:
    return bool(_MAGNITUDE_BEFORE.search(before))


def extract_claims(article) -> list[Claim]:
    """The numeric claims of an article, in text order."""
    text = article.text
    if not text or not any(ch.isdigit() for ch in text) and not _HAS_NUMBER_WORD.search(text):
        return []
    ctx = _ArticleContext(article)
    claims: list[Claim] = []
    for sentence in article.sentences:
        s_start, s_end = sentence.start, sentence.end
        sentence_timexes = None
        attribution = None
        for match in NUMBER.finditer(text, s_start, s_end):
            quantity = parse_match(match)
            if quantity is None:
                continue
            if sentence_timexes is None:
                sentence_timexes = ctx.timexes_in(s_start - 200, s_end)
                sentence_timexes = [t for t in sentence_timexes if t.end > s_start]
            start, end = match.start(), match.end()
            covering = ctx.covering_timex(start, end, sentence_timexes)
            if covering is not None and covering.type != "DURATION":
                continue
            index_level = quantity.unit is None and _index_level(text, match, (s_start, s_end))
            if not index_level and _blocked(text, match, quantity, s_start):
                continue
            if quantity.unit == "IDR" and quantity.value < 100 and quantity.value != int(quantity.value):
                continue  # "Rp 4,8 (miliar)": the scale is somewhere else
            if _LISTICLE_BEFORE.search(text, max(s_start, start - 20), start):
                continue  # "Berikut 7 cara ..."
            before = text[max(s_start, start - 80) : start]
            suffix_an = text.startswith("-an", end)
            more_after = False
            previous = claims[-1] if claims and claims[-1].start >= s_start else None
            range_end = previous is not None and bool(_RANGE_BETWEEN.fullmatch(text, previous.end, start))
            scale = (match.group("dscale") or "").lower()
            if range_end and scale in SCALES and previous.unit == quantity.unit and not _SCALED.search(previous.text) and \
                    quantity.value / 100 <= previous.value * SCALES[scale] <= quantity.value:
                # "Rp 335 sampai Rp 378 juta": the range's scale word, written once, is its start's too
                # (not "Rp 500 hingga Rp 1 juta", whose start would pass its end)
                claims[-1] = replace(previous, value=previous.value * SCALES[scale])
            if index_level:  # "IHSG ditutup pada level 7.107,78": an index's points
                unit, subject, confidence = "points", _subject_before(text, start, s_start, sentence_timexes), 0.85
            elif quantity.unit is not None:
                unit = quantity.unit
                subject = _subject_before(text, start, s_start, sentence_timexes)
                confidence = 0.9
                more_after = bool(_LEBIH_AFTER.match(text, end))
            elif _magnitude_before(before) and match.group("digits"):
                unit, subject, confidence = "magnitude", _subject_before(text, start, s_start, sentence_timexes), 0.85
            else:
                reading = _read_count(text, match, quantity, (s_start, s_end), text[max(s_start, start - 80) : start])
                if reading is None:
                    reading = _read_noun_before(text, match, quantity, s_start)
                if reading is None:
                    continue
                unit = reading.unit
                subject = (reading.subject_start, reading.subject_end)
                confidence = reading.confidence
                # "100 orang lebih"
                more_after = reading.more_after or bool(_LEBIH_AFTER.match(text, reading.subject_end))
            if unit in MEASURES and _SPEC_SENTENCE.search(text, s_start, s_end):
                continue  # a vehicle's or a device's measures (its counts stay: "menyita 25 motor 150 cc")
            if previous is not None and previous.unit == unit and _BRACKET_BETWEEN.fullmatch(text, previous.end, start) \
                    and text[end:].lstrip().startswith(")") \
                    and abs(quantity.value - previous.value) <= 0.01 * previous.value:
                continue  # "Rp48.318.030.236 (Rp 48,3 miliar)": the same figure, rounded
            qualifier = _qualifier(before, quantity, more_after, suffix_an or bool(match.group("dvague")))
            approx = qualifier is not None or quantity.vague
            if match.group("words"):
                confidence -= 0.05
            if attribution is None:
                attribution = _attribution(ctx, (s_start, s_end), start)
            mention, attribution_span = attribution
            actor = mention.actor if mention is not None else None
            date = _date(ctx, sentence_timexes, start, end, attribution_span)
            claims.append(
                Claim(
                    start=start,
                    end=end,
                    text=text[start:end],
                    # "sekitar Rp15.500 hingga Rp16.000": the range's end measures what its start does
                    subject=previous.subject if range_end and previous.unit == unit else text[subject[0] : subject[1]],
                    value=float(quantity.value),
                    unit=unit,
                    qualifier=qualifier,
                    approx=approx,
                    date=date,
                    attribution=getattr(actor, "actor_id", None),
                    attribution_name=getattr(actor, "name", None),
                    attribution_country=getattr(actor, "country", None),
                    evidence_start=s_start,
                    evidence_end=s_end,
                    confidence=round(min(1.0, max(0.0, confidence)), 2),
                )
            )
    return claims


_HAS_NUMBER_WORD = re.compile(
    r"\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|sejuta|puluhan|belasan"
    r"|ratusan|ribuan|jutaan|miliaran|triliunan|setengah)\b",
    re.IGNORECASE,
)

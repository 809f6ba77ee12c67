"""Statistical mentions: persons, organisations and places the knowledge base lacks.

:class:`NerProposer` runs the shipped CRF (:mod:`sorot.entities.ner`) and proposes
PER/ORG/LOC spans that no knowledge-base mention, title or reading covers. The model
tags about 50,000 tokens/s, ten times slower than the rest of the stage, so only the
parts of a sentence around a capitalised word that is not the sentence's first word,
not covered by a mention and not a date or similar word ("Senin", "Juni") are tagged,
with three words of context either side. Spans are cut before a lower-case word names
do not hold ("Real Madrid vs ..."), and left out when the model's least marginal
probability over their labels is below :data:`MIN_SCORE`. The resolver
(:class:`sorot.entities.resolve.ActorExtractor`) turns them into new actors
(``PER:<slug>``, ``ORG:<slug>``, ``LOC:<slug>``) with a confidence below 1 and a
country only when the context gives one (:data:`HOME_WORDS`, :data:`HOME_RANKS`, a
title, a state in or after an organisation's name).
"""

from __future__ import annotations

from dataclasses import dataclass

from sorot.clean.metadata import WEB_ENDINGS
from sorot.entities.mentions import FIRM_FORMS_WRITTEN
from sorot.entities.ner.data import spans
from sorot.entities.ner.model import NerModel
from sorot.entities.tokens import Token

_SENTENCE_END = frozenset(".!?")
# Spans whose least sure label the model gives less than this are left out: below it, most
# were not names or had the wrong type ("Los Blancos" as a person). Set for the model of
# 2026-12-02 (c2 = 0.5, smoother marginals): on the NER sets' dev splits it keeps spans at
# precision 0.854 and recall 0.708, where the previous model at 0.6 had 0.852 and 0.699.
MIN_SCORE = 0.55
# Words of context tagged either side of a run of capitalised words (the model's features
# look two words away).
_PAD = 3
_OPENING = frozenset("\"'“‘([-–—")
# Indonesian honorifics and academic titles, with or without their full stop: "KH. Anwar Iskandar",
# "Prof. Heri Hermansyah", "H. Budi Rustandi", "Tb. Hamdi" (no name of their own).
HONORIFICS = frozenset({"kh", "tb", "prof", "dr", "drg", "drs", "ir", "hj", "h", "habib", "kiai", "kyai", "ustaz",
                        "ustadz", "plt", "plh",  # (and an acting official's: "Plt. Kepala Dinas")
                        "ny", "nyonya"})  # a married woman's: "Ny. Wulan Hadi Prabowo"
# Capitalised words that are not names, or that the model should not make an actor of (an honorific alone,
# but not "H", "Dr" and "Ir", which are also initials).
NOT_NAMES = (HONORIFICS - {"h", "dr", "ir"}) | frozenset(
    """senin selasa rabu kamis jumat sabtu minggu ahad januari februari maret april mei juni juli agustus
    september oktober november desember wib wita wit rp allah tuhan swt saw nabi covid hut idul adha fitri
    ramadan lebaran tahun baru natal imlek islam kristen katolik hindu buddha muslim baca juga simak
    foto video tonton klik lihat ilustrasi dok istimewa sumber utara selatan barat timur tengah tenggara daya
    laut raya aries taurus gemini cancer virgo libra scorpio sagitarius sagittarius capricorn aquarius pisces""".split()
)  # (the signs of the zodiac but Leo, a given name: a lone "Aries", also one, is lost with them)
# Words that make an organisation or a place Indonesian: regional bodies and units, and
# regional administrative areas ("Polres Bogor", "DPRD Kabupaten Garut", "Desa Sukamaju"),
# and a ministry that names no state (the knowledge base's convention: "Kementerian
# Transmigrasi"; "Kementerian Pertahanan Israel" takes the state it names).
HOME_WORDS = frozenset(
    """kementerian dprd dprk dpd polres polresta polrestabes polda polsek polri pemkab pemkot pemprov pemda kejari kejati
    kejagung kodim korem kodam koramil yonif lanud lantamal lanal bpbd bappeda dinas disdik dinkes diskominfo
    disdukcapil kabupaten kecamatan kelurahan desa kampung dusun nagari kanwil kemenag lapas rutan puskesmas
    rsud satpol bawaslu kpu kpud kpk bnn bnnk bnnp basarnas pengadilan kejaksaan uin iain upt""".split()
)
# Legal forms of Indonesian companies that open their names ("PT Pertamina Patra Niaga",
# "Perum Bulog"): a name the model finds after one is an Indonesian company.
COMPANY_FORMS = frozenset({"pt", "perum", "cv"})
# Ranks that only Indonesian police and military use: the person after one is Indonesian.
HOME_RANKS = {
    **dict.fromkeys("akbp akp kompol iptu ipda aiptu aipda bripka brigpol briptu bripda bharada kombes irjen komjen brigjen"
                    .split(), "GOV"),
    **dict.fromkeys("serka serma sertu serda kopda koptu kopka praka pratu prada letda lettu peltu pelda letkol mayjen letjen "
                    "laksma laksda laksdya marsma marsda marsdya".split(), "MIL"),
}
# Head words of organisations that fix their sector.
ORG_SECTORS = {
    **dict.fromkeys(
        """dprd dprk dpd polres polresta polrestabes polda polsek polri pemkab pemkot pemprov pemda kejari kejati
        kejagung kejaksaan pengadilan dinas disdik dinkes diskominfo disdukcapil kementerian kemenag kanwil badan
        bpbd bappeda satpol bawaslu kpu kpud kpk bnn bnnk bnnp basarnas lapas rutan""".split(),
        "GOV",
    ),
    **dict.fromkeys("kodim korem kodam koramil yonif lanud lantamal lanal tni".split(), "MIL"),
    **dict.fromkeys("pt tbk cv persero perum bank".split(), "BUS"),
}
# Head words that name no one on their own ("Kementerian", "Polres", "Partai"): a span of
# one of them alone is not an actor.
_GENERIC = frozenset(
    """kementerian dinas badan pengadilan kabupaten kecamatan kelurahan desa kampung dusun nagari
    pemerintah partai universitas bank persero tbk pt cv grup group lembaga komisi kantor balai polres polresta
    polsek polda satpol lapas rutan puskesmas rsud dprd dpd kanwil upt pemkab pemkot pemprov pemda kota provinsi
    presiden menteri gubernur bupati direktur ketua kepala""".split()
)
# Words that open the name of a body, with the body's sector (None for none of ours: a party).
BODY_OPENERS: dict[str, str | None] = {
    "asosiasi": "CVL", "federasi": "CVL", "serikat": "CVL", "persatuan": "CVL", "perhimpunan": "CVL",
    "himpunan": "CVL", "ikatan": "CVL", "organisasi": "CVL", "yayasan": "CVL", "liga": "CVL", "universitas": "CVL",
    "lembaga": "CVL", "komite": "CVL", "kementerian": "GOV", "badan": "GOV", "dewan": "GOV", "komisi": "GOV",
    "otoritas": "GOV", "kantor": "GOV", "direktorat": "GOV", "partai": None, "gabungan": "BUS", "perkumpulan": "CVL",
    "kamar": "BUS", "bursa": "BUS", "institut": "CVL", "forum": "CVL", "koalisi": "CVL",
    "aliansi": "CVL", "majelis": "CVL", "kelompok": "CVL",
    # religious bodies: "Persekutuan Gereja-gereja Indonesia", "Jemaat Ahmadiyah Indonesia", "Hizbut Tahrir
    # Indonesia" (not "Konferensi" nor "Gerakan": "Konferensi Perdamaian Ukraina" is a meeting, "Gerakan Islam
    # Uzbekistan" an armed group)
    "persekutuan": "CVL", "jemaat": "CVL", "hizbut": "CVL", "konfederasi": "CVL",
    # a foreign state's police force: "Kepolisian Federal Australia", "Kepolisian Nasional Kamboja" (police are GOV,
    # as the knowledge base's Polri; not Malay "Polis", an insurance policy in Indonesian: "Polis Asuransi ...")
    "kepolisian": "GOV",
}
CENTRAL_BANK = "sentral"  # "Bank Sentral Rusia" is a monetary authority: GOV, not BUS
# Bodies whose name goes on with "Jenderal" ("Direktorat Jenderal Bina Marga"): what follows
# names the body, not a general.
GENERAL_BODIES = frozenset({"direktorat", "sekretariat", "inspektorat"})


@dataclass(frozen=True)
class Proposal:
    """An entity span the model found: tokens ``first``..``last`` (inclusive), type ``label``."""

    first: int
    last: int
    label: str
    score: float = 1.0  # the model's least marginal probability over the span's labels


class NerProposer:
    """PER/ORG/LOC spans of the sentences that hold capitalised words nothing else explains."""

    def __init__(self, model: NerModel | None = None) -> None:
        self.model = model or NerModel.load()

    def __call__(self, text: str, tokens: list[Token], covered: set[int]) -> list[Proposal]:
        proposals: list[Proposal] = []
        for first, last in (w for s in _sentences(text, tokens) for w in _windows(tokens, *s, covered)):
            found = len(proposals)
            labels = self.model.tag([t.text for t in tokens[first : last + 1]])
            for start, end, label in spans(labels):
                end_token = _name_end(tokens, first + start, first + end - 1, label)
                if end_token is not None and _web_domain(tokens, end_token):
                    continue  # "WartaNusantara.id, Jakarta -": a news site, not a person
                if end_token is not None:
                    score = min(self.model.marginal(labels[i], i) for i in range(start, end_token - first + 1))
                    if first + start - 1 in covered and labels[start].startswith("B-"):
                        # a name right after a known mention starts there: the model's doubt whether it goes on
                        # from the mention is no doubt about the name ("Bos Honda Toshihiro Mibe")
                        score = min([self.model.marginal(labels[start], start) + self.model.marginal("I" + labels[start][1:], start),
                                     *(self.model.marginal(labels[i], i) for i in range(start + 1, end_token - first + 1))])
                    body = _general_body(tokens, first + start)
                    if label in ("PER", "ORG") and body is not None:
                        # "Direktorat Jenderal Bina Marga": the body, whichever of the two the model is less sure of
                        proposals.append(Proposal(body, end_token, "ORG", score))
                    elif score >= MIN_SCORE or label == "ORG" and (defines_acronym(tokens, first + start, end_token)
                                                                   or company_name(tokens, first + start, end_token)):
                        # "Himpunan Kawasan Industri (HKI)": the initials in brackets settle the model's doubt;
                        # so does a company's legal form before capitalised words ("PT Sehat Selalu")
                        proposals.append(Proposal(first + start, end_token, label, score))
            proposals += _companies(tokens, first, last, proposals[found:])
            proposals += _spelled_bodies(tokens, first, last, proposals[found:])
        return proposals


def _companies(tokens: list[Token], first: int, last: int, proposed: list[Proposal]) -> list[Proposal]:
    """Companies named with their legal form in tokens first..last that no proposal of the model
    overlaps: the form and the capitalised words after it ("Izin usaha PT Sinar Laut dibekukan":
    common words the model reads as none)."""
    found: list[Proposal] = []
    for index in range(first, last):
        if tokens[index].text not in FIRM_FORMS_WRITTEN or not tokens[index + 1].text[:1].isupper():
            continue
        end = index + 1
        while end < last and tokens[end + 1].is_word and tokens[end + 1].text[:1].isupper():
            end += 1
        end_token = _name_end(tokens, index, end)
        if end_token is not None and company_name(tokens, index, end_token) and \
                not any(p.first <= end_token and index <= p.last for p in [*proposed, *found]):
            found.append(Proposal(index, end_token, "ORG", MIN_SCORE))
    return found


# Words after "PT" or "CV" that make them no company: a university ("PT Swasta", "PT Negeri"), a high court
# ("PT DKI Jakarta"), a job seeker's curriculum vitae ("CV Anda").
_NOT_FIRM_WORDS = frozenset({"swasta", "negeri", "dki", "anda", "kamu", "saya", "lamaran"})


def _spelled_bodies(tokens: list[Token], first: int, last: int, proposed: list[Proposal]) -> list[Proposal]:
    """Bodies named in tokens first..last with their own acronym in brackets after them that no
    proposal of the model overlaps: "Ikatan Nelayan Muda (INM)", "Forum Pemuda Peduli Kampar (FPPK)"
    (`defines_acronym`; the shortest such name before the brackets)."""
    found: list[Proposal] = []
    for bracket in range(first + 2, last - 1):
        if tokens[bracket].text != "(" or bracket + 3 <= last and tokens[bracket + 3].text[:1].isupper() \
                and not tokens[bracket + 1].text.isupper():
            continue  # (a short form of its first words, the name going on: "Komisi Nasional (Komnas) Disabilitas")
        for start in range(bracket - 2, max(first, bracket - _ACRONYM_WORDS) - 1, -1):
            if not all(t.text[:1].isupper() or t.folded in _NAME_LINKS for t in tokens[start:bracket]):
                break
            if tokens[start].folded in BODY_OPENERS and tokens[start].text[:1].isupper() and \
                    defines_acronym(tokens, start, bracket - 1):
                if not any(p.first < bracket and start <= p.last for p in proposed):
                    found.append(Proposal(start, bracket - 1, "ORG", MIN_SCORE))
                break
    return found


_ACRONYM_WORDS = 8  # at most this many words spell an acronym


# Acronyms of terms whose names open like a body's: "Forum Group Discussion (FGD)" is a meeting's format,
# "Badan Usaha Milik Negara (BUMN)", "Lembaga Swadaya Masyarakat (LSM)", "Kelompok Tani Hutan (KTH)" are kinds of body.
_TERM_ACRONYMS = frozenset({"FGD", "BUMN", "BUMD", "BUMDes", "LSM", "Ormas", "KTH", "KUBE", "Poktan", "Gapoktan",
                            "UMKM", "UKM", "KSM", "Pokdarwis", "Pokmas"})


def company_name(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` are a company's legal form ("PT", "CV") and then two or more
    capitalised words, none a word that makes the form something else (`_NOT_FIRM_WORDS`)."""
    return tokens[first].text in FIRM_FORMS_WRITTEN and last > first + 1 and \
        all(t.text[:1].isupper() and t.folded not in _NOT_FIRM_WORDS for t in tokens[first + 1 : last + 1])


def defines_acronym(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the name of a body at ``first``..``last`` (opened by one of :data:`BODY_OPENERS`) is
    followed by its own acronym in brackets, the acronym's letters opening its words in turn
    ("Himpunan Kawasan Industri (HKI)", "Forum Penyelamat Dana Rakyat (FPDR)"; a word may give up
    to four letters, "Badan Pendapatan Daerah (Bapenda)", and a link word none; not "Chief Operating
    Officer (COO)", a term), or a firm's name (opened by "PT" and the like) by capitals standing in
    its words in turn ("PT Sinar Mulia Kencana (SMKC)")."""
    if last + 3 >= len(tokens) or tokens[last + 1].text != "(" or tokens[last + 3].text != ")":
        return False
    acronym = tokens[last + 2].text
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym[:1].isupper()) or acronym in _TERM_ACRONYMS:
        return False
    words = [t.folded for t in tokens[first : last + 1] if t.is_word]
    if len(words) > 2 and words[0] in COMPANY_FORMS and acronym.isupper():
        return _letters_in_turn(acronym.casefold(), words[1:])  # "PT Sinar Mulia Kencana (SMKC)"
    return len(words) > 1 and words[0] in BODY_OPENERS and _spells(acronym.casefold(), words)


def _letters_in_turn(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` opens with the first word's initial and its letters stand in the
    words in turn, as firms shorten their names ("SMKC" of "Sinar Mulia Kencana")."""
    letters = iter("".join(words))
    return acronym[:1] == words[0][:1] and all(letter in letters for letter in acronym)


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is made of a prefix of each word in turn (link words may give none)."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if word in _NAME_LINKS and _spells(acronym, rest):
        return True
    return any(acronym[:k] == word[:k] and _spells(acronym[k:], rest) for k in range(1, min(4, len(word), len(acronym)) + 1))


def _web_domain(tokens: list[Token], last: int) -> bool:
    """Whether a web domain's ending follows token ``last`` with no space (".id", ".com")."""
    return last + 2 < len(tokens) and tokens[last + 1].text == "." and tokens[last + 1].start == tokens[last].end \
        and tokens[last + 2].folded in WEB_ENDINGS and tokens[last + 2].start == tokens[last + 1].end


def _general_body(tokens: list[Token], first: int) -> int | None:
    """Where a body's name opens when a span follows "Direktorat Jenderal" and the like."""
    if first >= 2 and tokens[first - 1].folded == "jenderal" and tokens[first - 2].folded in GENERAL_BODIES:
        return first - 2
    return None


def _sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token indexes of the sentences: after . ! ? and at line breaks."""
    found = []
    first = 0
    for index, token in enumerate(tokens):
        if index > first and "\n" in text[tokens[index - 1].end : token.start]:
            found.append((first, index - 1))
            first = index
        if token.text in _SENTENCE_END:
            found.append((first, index))
            first = index + 1
    if first < len(tokens):
        found.append((first, len(tokens) - 1))
    return found


def _windows(tokens: list[Token], first: int, last: int, covered: set[int]) -> list[tuple[int, int]]:
    """The parts of sentence first..last to tag: each run of capitalised words holding one
    that nothing covers (not the sentence's first word, nor a date word), with
    :data:`_PAD` words of context either side; overlapping parts are merged."""
    opening = first
    while opening <= last and tokens[opening].text in _OPENING:
        opening += 1
    windows: list[tuple[int, int]] = []
    index = opening + 1
    while index <= last:
        token = tokens[index]
        text = token.text
        if not (
            text[:1].isupper()
            and index not in covered
            and text[:1].isalpha()
            and token.folded not in NOT_NAMES
            and tokens[index - 1].text not in _OPENING
        ):
            index += 1
            continue
        start = index
        while start > first and _in_name(tokens[start - 1]):
            start -= 1
        end = index
        while end < last and _in_name(tokens[end + 1]):
            end += 1
        window = (max(first, start - _PAD), min(last, end + _PAD))
        if windows and window[0] <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], window[1])
        else:
            windows.append(window)
        index = end + 1
    return windows


def _in_name(token: Token) -> bool:
    return token.text[:1].isupper() or token.folded in _NAME_LINKS or token.text in "-&'.()"


# Lower-case words that names hold ("Bank of America", "Universitas Islam Negeri Sunan
# Kalijaga", "Kementerian Pertanian dan Kehutanan", "Abdullah bin Zayed").
_NAME_LINKS = frozenset("of and the for de da del van von der bin binti al el la le dan".split())
_PERSON_LINKS = _NAME_LINKS - {"of", "and", "the", "for", "dan"}  # "Al Ghazali dan Alyssa Daguise" are two


def _name_end(tokens: list[Token], first: int, last: int, label: str = "ORG") -> int | None:
    """The last token of a span cut before its first lower-case word that names do not
    hold ("Real Madrid vs ..."), and before trailing punctuation and link words."""
    end = last
    links = _PERSON_LINKS if label == "PER" else _NAME_LINKS
    for index in range(first + 1, last + 1):
        text = tokens[index].text
        if text.islower() and text not in links:
            end = index - 1
            break
    while end > first and (tokens[end].folded in _NAME_LINKS or not tokens[end].is_word):
        end -= 1
    if not tokens[end].is_word or (end == first and tokens[first].text.isupper() and len(tokens[first].text) <= 4):
        return None  # a bare short acronym ("KPR", "HRD") is as often a term as a name
    if end == first and tokens[first].folded in _GENERIC:
        return None
    return end


def is_name_like(tokens: list[Token], first: int, last: int) -> bool:
    """A span worth an actor: it has a capitalised word of 2+ letters that is not a
    date or another non-name word, and it does not end in a hyphen or a quote."""
    words = [t for t in tokens[first : last + 1] if t.is_word]
    if not words or not tokens[last].is_word and tokens[last].text != ")":
        return False
    return any(w.text[:1].isupper() and len(w.text) > 1 and w.folded not in NOT_NAMES and not w.text.isdigit() for w in words)

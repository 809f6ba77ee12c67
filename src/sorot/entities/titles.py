"""Title phrases ("Presiden Rusia", "juru bicara keamanan nasional AS", "pembantunya")
and the person name that follows one ("..., Andrey Rudenko,").

A title is a head word from :data:`HEADS` (or an office title of the knowledge base)
followed by modifiers: words that occur in the knowledge base's office titles
("Luar", "Negeri", "keamanan", "nasional") and state or organisation mentions
("AS", "Kremlin"). The state named in the title is the person's country. A name is
2-4 capitalised words (one word after a title that names a state body, "Ketua Komisi III
DPR RI Habiburokhman") right after the title, or after a comma following it, or after
the body the title names and a comma ("Sekretaris DPW PKB Jawa Timur, Anik Maslachah",
whose states and places then count as the title's); an abbreviation in brackets may
stand for the comma or come before it ("Menteri Luar Negeri Uni Emirat Arab (UEA)
Abdullah bin Zayed", "Ketua Ikatan Nelayan Muda (INM) Sari Wulandari");
an Indonesian police or military rank or an honorific before the name is passed over
("..., Kombes Budi Hermanto", "Sheikh Abdullah"). After an Indonesian regional body
("Kepala BPBD Garut Rahmat Hidayat", :mod:`sorot.entities.regional`) the name needs no comma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sorot.entities.knowledge import KnowledgeBase
from sorot.entities.mentions import Mention, PhraseTrie
from sorot.entities.name_origin import name_origin
from sorot.entities.ner.features import name_lists
from sorot.entities.offices import SHORT_TITLES
from sorot.entities.recognise import COMPANY_FORMS, GENERAL_BODIES, HOME_RANKS, HONORIFICS
from sorot.entities.regional import HOME_STATE, PLACE_UNITS, place_end, regional_body
from sorot.entities.tokens import Token, letters, phrase_key, starts_sentence

_MEMBER = "anggota"  # a title only with the body the person belongs to
# Nouns of a suspect's standing: titles before a full name ("terdakwa Harvey Moeis"), and before
# initials they name a person by them ("tersangka RZ", `sorot.entities.resolve`).
SUSPECT_NOUNS = frozenset({"tersangka", "terdakwa", "terpidana", "terduga"})
# Callings, trades and standings written before a person's name, with a few lower-case words between at most
# ("penyanyi dangdut Rina Saputri", "saksi Hendra Kurniawan"): the name after one is a person's. Of them, the
# callings of public life, which make a name the recogniser proposed a sure person's (not entertainers' and
# sportspeople's, whom the knowledge base keeps out of events too, nor a witness's or a crime's roles: whom
# those name is left to the law's rules).
PUBLIC_CALLINGS = frozenset({"ustaz", "ustadz", "pendeta", "penceramah", "ulama", "pengusaha", "aktivis", "pegiat",
                             "penggiat", "advokat", "politikus", "politisi", "pengamat", "peneliti", "ekonom",
                             "akademisi"})
_ENTERTAINERS = frozenset({"penyanyi", "pedangdut", "biduan", "artis", "aktor", "aktris", "musisi", "rapper", "komedian",
                           "pelawak", "presenter", "model", "selebritas", "selebriti", "pesohor", "youtuber", "tiktoker",
                           "influencer", "selebgram", "komika", "seniman", "penulis", "sutradara", "atlet"})
PERSON_DESCRIPTIONS = PUBLIC_CALLINGS | _ENTERTAINERS | frozenset({
    "saksi", "bos", "oknum", "kontraktor", "bidan", "dukun", "kader", "pemain", "tokoh", "kreator",
    # trades the events stage knows as generic people, before a name that is theirs: "menetapkan pengusaha Rina Marlina
    # sebagai tersangka" (not "sopir", "pengacara": "pengacara Hasto" is his)
    "pedagang", "petani", "nelayan", "mahasiswa", "pelajar", "guru", "dosen", "dokter", "wartawan", "jurnalis",
    # and the roles of a crime: "menangkap bandar sabu Darwin Situmorang"
    "bandar", "pengedar", "kurir", "pengelola", "pemodal", "buronan", "residivis", "mucikari", "pelaku", "pemilik"})
# The short forms of Indonesian ministers' titles and of their deputies' ("Mendagri", "Wamendagri").
_SHORT_HEADS = frozenset(SHORT_TITLES.values()) | {"wa" + short for short in SHORT_TITLES.values() if short.startswith("men") and " " not in short}
# Short titles of Indonesian police, prosecutors' and regional agency heads ("Kapolresta Banyuwangi",
# "Kasat Reskrim Polres Rokan Hulu", "Kabid Humas Polda Jawa Timur", "Kapuspenkum Kejagung", "Kajati
# Jawa Barat", "Kadis Pariwisata Jawa Timur").
_HOME_POLICE_AND_AGENCY_HEADS = (
    "lurah", "kades",  # a ward's and a village's heads
    "kapolresta", "kapolrestabes", "wakapolres", "wakapolresta", "wakapolsek", "kasat reskrim", "kasatreskrim",
    "kasat narkoba", "kasat lantas", "kasat", "kabid humas", "kabid", "kasi humas", "kasubbag humas", "kapuspenkum",
    "kajati", "wakajati", "kajari", "kadis", "kasudin", "dirreskrimum", "dirreskrimsus", "dirresnarkoba", "dirlantas",
    "kasubdit", "kanit", "kanit reskrim", "kasi penkum", "kadiv humas", "kadiv propam", "kadiv")
# Head words of titles, with the sector a holder has whatever the rest of the title
# says (None: the sector comes from the state or organisation the title names).
HEADS: dict[str, str | None] = {
    **dict.fromkeys(sorted(_SHORT_HEADS), "GOV"),
    **dict.fromkeys(
        ["presiden", "wakil presiden", "perdana menteri", "wakil perdana menteri", "menteri", "wakil menteri",
         "menlu", "wamenlu", "kanselir", "raja", "ratu", "emir", "gubernur", "wakil gubernur", "bupati",
         "wakil bupati", "wali kota", "walikota", "wakil wali kota", "camat", "duta besar", "dubes", "konsul",
         "diplomat", "senator", "anggota parlemen", "anggota dewan", "pejabat", "pejabat tinggi", "ajudan",
         "penasihat", "pembantu", "utusan", "utusan khusus", "sekretaris pers", "jaksa agung", "kapolri",
         "kapolda", "kapolres", "direktur jenderal", "dirjen", "inspektur jenderal", "sekretaris kabinet",
         "kapolsek", "wakapolri", "wakapolda", "menko", "mendagri", "menkeu", "mensesneg", "wamen", "jaksa",
         "jaksa penuntut umum", "jpu", "hakim", "hakim ketua", "penyidik", *_HOME_POLICE_AND_AGENCY_HEADS],
        "GOV",
    ),
    **dict.fromkeys(
        ["menhan", "jenderal", "letnan jenderal", "mayor jenderal", "brigadir jenderal", "letjen", "mayjen",
         "brigjen", "kolonel", "letnan kolonel", "letkol", "mayor", "kapten", "letnan", "laksamana",
         "marsekal", "panglima", "komandan", "pejabat militer", "menteri pertahanan", "pangdam", "danrem",
         "dandim", "kasad", "kasal", "kasau",
         "wakil menteri pertahanan", "wamenhan"],
        "MIL",
    ),
    **dict.fromkeys(["wartawan", "jurnalis", "reporter", "koresponden", "pemimpin redaksi"], "MED"),
    # a company's president director and president commissioner ("Presiden Direktur PT Vale Indonesia")
    **dict.fromkeys(["presiden direktur", "wakil presiden direktur", "presiden komisaris"], "BUS"),
    # a suspect's or a defendant's role before a full name ("terdakwa Harvey Moeis"; not initials, "tersangka AP")
    **dict.fromkeys(SUSPECT_NOUNS, "CVL"),
    **dict.fromkeys(
        ["juru bicara", "jubir", "kepala", "wakil kepala", "ketua", "wakil ketua", "direktur", "sekretaris",
         "sekretaris jenderal", "sekjen", "pemimpin", "analis", "pengamat", "peneliti", "pakar", "profesor",
         "ekonom", "ahli", "pendiri", "ceo", "direktur utama", "direktur eksekutif", _MEMBER, "politikus", "politisi",
         "komisaris", "komisaris utama", "komisaris independen", "komisioner", "dosen", "guru besar", "rektor", "dekan",
         "deputi", "asisten deputi",
         # the staff titles of NGOs and movements: "Koordinator KontraS X", "Manajer Kampanye Walhi X" (not a bare
         # "Manajer", before a hotel's or a shop's name as often as a person's)
         "koordinator", "manajer kampanye", "ketua bidang", "kepala divisi"],
        None,
    ),
}
# Heads that only Indonesian offices have: a title with one of them and no state is Indonesian.
HOME_HEADS = frozenset(
    ["kapolri", "kapolda", "kapolres", "kapolsek", "wakapolri", "wakapolda", "bupati", "wakil bupati", "camat",
     "pangdam", "danrem", "dandim", "kasad", "kasal", "kasau", "menko", "mendagri", "menkeu", "mensesneg", "wamen",
     *_HOME_POLICE_AND_AGENCY_HEADS]
) | (_SHORT_HEADS - {"menlu", "wamenlu"})  # ("Menlu" is also said of foreign ministers)
# Titles of regional heads that a name may follow alone, the region left unsaid ("Massa mendesak Bupati Sudewo
# mundur"): a single word after them that no place or body of the knowledge base covers is the holder's name.
_REGION_HEADS = frozenset({"bupati", "wakil bupati", "wali kota", "walikota", "wakil wali kota", "gubernur", "wakil gubernur"})
def _home_given_name(word: str) -> bool:
    """Whether a single word after a regional head's title is an Indonesian person's name: a listed name part,
    or one that reads as Indonesian (`sorot.entities.name_origin`)."""
    return word.casefold() in name_lists() or name_origin().indonesian(word)


# Titles of the heads of districts, wards and villages, whose place's name the holder's follows ("Camat Citeureup
# Rudi Hermawan"), a place no knowledge base lists.
_LOCAL_TITLES = frozenset({"camat", "lurah", "kades", "kepala desa", "kepala kelurahan", "kepala dusun", "kepala kampung"})
_NAME_HEADS = frozenset({"hakim"})  # heads that are also parts of names, after another name word
_FROM, _FACTION = "dari", "fraksi"
_DISTRICT, _DISTRICT_SHORT = ("daerah", "pemilihan"), "dapil"  # a legislator's electoral district
_DISTRICT_WORDS = 6  # at most this many tokens name the district
_POSSESSIVE = "nya"  # "pembantunya": the title of someone's aide
_QUALIFIERS = {
    "mantan": "former", "eks": "former", "bekas": "former", "calon": "future", "seorang": "indefinite",
    # "Peraturan Menteri Keuangan Nomor ...": a document issued by the office, no person
    **dict.fromkeys(["peraturan", "keputusan", "instruksi", "permen", "kepmen", "surat", "edaran"], "document"),
}
FORMER = frozenset(word for word, kind in _QUALIFIERS.items() if kind == "former")  # "mantan", "eks", "bekas"
_EXTRA_MODIFIERS = {"senior", "tinggi", "khusus", "utama", "urusan", "bidang", "militer", "luar", "negeri", "nasional",
                    "majelis", "hakim",  # "Ketua Majelis Hakim"
                    "fraksi",  # a legislator's party faction: "Anggota DPR Fraksi PKS Mardani Ali Sera"
                    "dpp", "dpd", "dpw", "dpc",  # a party's boards: "Ketua DPD Gerindra Sumbar Andre Rosiade"
                    # the law bodies' divisions: "Deputi Penindakan KPK Asep Guntur Rahayu"
                    "penindakan", "pencegahan", "penyidikan", "penyelidikan", "penuntutan", "eksekusi", "pengawasan",
                    # a court's level: "Hakim Distrik AS Allison Burroughs", "hakim federal AS"
                    "distrik", "federal",
                    # one elected or serving for now: "Presiden terpilih Polandia Karol Nawrocki", "Presiden sementara
                    # Suriah Ahmed al-Sharaa", "Perdana Menteri interim Bangladesh"
                    "terpilih", "sementara", "interim"}
# Honorifics and the words of police and military ranks, before a name but not part of it.
_BEFORE_NAMES = frozenset(
    """sheikh syekh syeikh syaikh sir inspektur jenderal irjen brigjen brigadir komisaris besar letjen mayjen
    laksamana marsekal kolonel letkol komodor mayor kapten letnan""".split()
)
# The grade of a rank, after it: "Laksamana Madya", "Marsekal Muda", and foreign forces' "Kolonel Senior",
# "Jenderal Senior".
_FLAG_GRADES = frozenset({"madya", "muda", "pertama", "senior"})
# The corps or branch a rank is of, written after it ("Brigjen Pol", "Mayjen TNI", "Letkol Inf").
RANK_CORPS = frozenset({"pol", "tni", "inf", "kav", "arm", "arh", "czi", "cpl", "chb", "mar", "pnb", "tek", "kes"})
# Words of a rank, written out or short, with its corps: "Inspektur Jenderal", "Kombes Pol", "Brigjen TNI".
RANK_WORDS = frozenset(HOME_RANKS) | RANK_CORPS | _BEFORE_NAMES
_RANK_REACH = 5  # tokens from a title to a rank past the region it serves ("Kapolres Metro Bekasi Kombes ...")
_NAME_PARTICLES = {"bin", "binti", "al", "van", "von", "de", "da", "der", "-"}
_SHORT_GIVEN_NAMES = frozenset({"moh", "muh", "mhd", "abd"})  # written with a full stop: "Moh. Luthfi"
_ORDINALS = frozenset("pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh".split())
_NOT_NAMES = {
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april", "mei",
    "juni", "juli", "agustus", "september", "oktober", "november", "desember", "nomor", "tahun", "pasal",
    # function words a careless capital makes look like a name ("Bupati Bantul Dalam Sambutannya")
    "dalam", "untuk", "yang", "dengan", "pada", "dari", "juga", "saat", "ketika", "usai", "setelah", "sebelum",
    "bersama", "namun", "tetapi", "akan", "telah", "sudah",
    "rp",  # a sum after the name ("menyuap mantan komisioner KPU Wahyu Setiawan Rp 600 juta")
}
# Words of the names of bodies ("Direktur Utama Malut United Dirk Soplanit", "Kepala Sekolah Rakyat",
# "Direktur Jenderal Hak Kekayaan Intelektual"): a person's name is the capitalised words after the last of them.
_BODY_WORDS = frozenset(
    """hak kekayaan intelektual badan kementerian dinas pusat direktorat utama teknik eksekutif sekolah rakyat umum
    negara nasional daerah provinsi kota kabupaten bidang urusan komisi lembaga pengadilan universitas fakultas
    institut bank perusahaan pt tbk persero center centre of and for the institute kantor balai biro bagian dewan
    majelis partai gerakan yayasan asosiasi ikatan persatuan himpunan forum koalisi aliansi serikat organisasi
    kelompok tim satuan tugas satgas polda polres polsek kodam korem kodim pemerintah pemprov pemkot pemkab
    sekretariat inspektorat kejaksaan kejati kejari tinggi negeri swasta pengurus wilayah cabang pimpinan sma smp
    sd sman smpn sdn madrasah pesantren rumah sakit rsud masyarakat pemberdayaan usaha milik agama sosial
    perindustrian perdagangan keuangan kesehatan pendidikan kebudayaan pariwisata ekonomi kreatif lingkungan hidup
    kehutanan pertanian ketenagakerjaan perhubungan komunikasi digital informatika perencanaan pembangunan
    koordinator energi sumber mineral kelautan perikanan desa koperasi pemuda olahraga perumahan kawasan
    permukiman pendayagunaan aparatur reformasi birokrasi agraria tata ruang hukum imigrasi pemasyarakatan
    transmigrasi perlindungan anak perempuan pelindungan pekerja migran kependudukan keluarga gizi pengelola
    investasi statistik riset inovasi united fc club klub advokasi research group holding lintas fraksi haji muda
    pidana khusus perdata militer intelijen ketahanan pangan penanggulangan kebakaran bencana pemadam penyelamatan
    pencatatan sipil sekuritas securities capital investama aset asset management manajemen asuransi insurance
    finance financial""".split()
)
# Nouns of a relative or an associate of the person a title after them names.
_RELATIONS = frozenset("""teman rekan sahabat istri suami anak putra putri ayah ibu kakak adik menantu mertua cucu
keponakan ajudan sopir pengacara kuasa keluarga kerabat""".split())
_RELATION_OFFICES = frozenset({"usaha", "negara", "kota"})  # "Kuasa Usaha", "Ibu Negara": offices, not relatives; "ibu
# kota Iran": a capital
ROMAN = re.compile(r"[IVX]{1,5}")  # the numeral of a numbered commission ("Komisi III")
_PREPOSITIONS = frozenset({"di", "ke", "dari", "untuk", "pada", "bagi"})
# "di" a place only after the title of one posted there ("Duta Besar RI di Teheran", "Konsul Jenderal RI di Jeddah") or
# before the holder's name ("Juru bicara Hamas di Gaza Hazem Qassem"); an unnamed member "di Khan Younis" is only somewhere.
_AT_PLACE = "di"
_POSTED = frozenset({"duta", "dubes", "konsul", "konjen", "atase", "perwakilan", "kbri", "kjri", "kedutaan", "konsulat"})
# A lower-case "yang" opens a relative clause and ends a title ("seorang pejabat Kementerian Luar
# Negeri yang ikut ..."), though office titles hold the word ("Yang di-Pertuan Agong").
_COORDINATORS = frozenset({"dan", "serta"})  # words joining two titles ("Perdana Menteri Thailand dan Perdana Menteri Kamboja")
_RELATIVE = "yang"
COMPASS = frozenset({"utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya", "laut"})
_MAX_MODIFIERS = 8
_MAX_BODY_TOKENS = 14  # a body's name between a title and its holder: "Dosen Sejarah Fakultas Ilmu dan Budaya (FIB) UGM, X"
_WORDS_BEFORE_BODY = 4  # a title's own capitalised words before the regional body it names
_NAME_WORDS = (2, 4)
_TERM_OPENERS = frozenset({"periode", "jabatan"})  # "periode 2015-2016", "masa jabatan 2020-2024"
_RANGE_MARKS = frozenset({"-", "–", "—", "/"})


@dataclass(frozen=True)
class Title:
    """A title phrase (tokens ``first``..``last``) and the name that follows it, if any.

    ``sector`` is that of the head word (:data:`HEADS`); ``mentions`` are the state and
    organisation mentions inside the title; ``office`` is the knowledge-base office it matched; ``qualifier`` is ``former``,
    ``future`` or ``indefinite`` when the title is not that of a present, definite holder.
    """

    first: int
    last: int
    text: str
    sector: str | None
    mentions: tuple[Mention, ...]
    office: Mention | None = None
    qualifier: str | None = None
    possessive: bool = False
    name: tuple[int, int] | None = None
    home: bool = False  # an Indonesian office that names no country ("Kapolres", "Bupati"): the country is IDN


class TitleFinder:
    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        self._heads: PhraseTrie[tuple[str | None, bool]] = PhraseTrie()
        for head, sector in HEADS.items():
            key = phrase_key(head)
            self._heads.add(key, (sector, False))
            self._heads.add(key[:-1] + (key[-1] + _POSSESSIVE,), (sector, True))
        self._modifiers = set(_EXTRA_MODIFIERS)
        for actor in kb.actors:
            for office in actor.offices:
                self._modifiers.update(w for w in phrase_key(office.title) if len(w) > 1 and w.isalpha())

    def __call__(self, text: str, tokens: list[Token], mentions: list[Mention]) -> list[Title]:
        at = {m.first: m for m in mentions}
        covered = {i for m in mentions for i in range(m.first, m.last + 1)}
        titles: list[Title] = []
        index = 0
        heads = self._heads
        while index < len(tokens):
            if index not in at and tokens[index].folded not in heads:  # most words: no call
                index += 1
                continue
            title = self._title_at(text, tokens, index, at, covered)
            if title is None:
                index += 1
                continue
            titles.append(title)
            index = title.last + 1
        return titles

    def _home_place(self, mention: Mention) -> bool:
        """A place in Indonesia the knowledge base knows (a region a regional head's title names)."""
        if mention.label != "LOC" or len(mention.candidates) != 1:
            return False
        actor = self._kb.by_id(mention.candidates[0])
        return actor is not None and actor.country == HOME_STATE

    def _name_after_place(self, tokens: list[Token], last: int, inner: list[Mention]) -> bool:
        """Whether a capitalised office word right after a home place the title names opens the holder's
        name, as another capitalised word follows it that is no office word ("Wali Kota Pekanbaru Agung
        Nugroho": Agung is a name, not the "Agung" of "Jaksa Agung")."""
        return bool(inner) and inner[-1].last == last and self._home_place(inner[-1]) \
            and tokens[last + 1].text[:1].isupper() and tokens[last + 1].folded not in _PREPOSITIONS \
            and last + 2 < len(tokens) and tokens[last + 2].is_word \
            and tokens[last + 2].text[:1].isupper() and tokens[last + 2].folded not in self._modifiers

    def _holders_word(self, office: Mention, token: Token) -> bool:
        """Whether a word is part of the name of one of an office's holders."""
        return any(token.folded in phrase_key(actor.name) for holder in office.candidates
                   if (actor := self._kb.by_id(holder)) is not None)

    def _another_title(self, tokens: list[Token], index: int, at: dict[int, Mention]) -> bool:
        """Whether a coordinator at ``index`` joins a second title, not a second word of one
        body's name: "Perdana Menteri Thailand dan Perdana Menteri Kamboja" (not "Menteri Energi
        dan Sumber Daya Mineral")."""
        following = at.get(index + 1)
        return tokens[index].folded in _COORDINATORS and index + 1 < len(tokens) and (
            following is not None and following.kind == "office" or any(self._heads.starting_at(tokens, index + 1)))

    def _intergovernmental(self, mention: Mention) -> bool:
        actor = self._kb.by_id(mention.candidates[0]) if len(mention.candidates) == 1 else None
        return actor is not None and actor.country == "IGO"

    def _title_at(self, text: str, tokens: list[Token], index: int, at: dict[int, Mention],
                  covered: set[int]) -> Title | None:
        """The title opening at token ``index``, a mention or a head word (the caller checks)."""
        if index and tokens[index - 1].folded in GENERAL_BODIES:
            return None  # "Direktorat Jenderal Penerbangan Sipil" is a body, not a general
        if tokens[index].folded in _NAME_HEADS and index and tokens[index - 1].text[:1].isupper() and \
                tokens[index - 1].folded not in self._heads and tokens[index - 1].folded not in self._modifiers and \
                not starts_sentence(text, tokens, index - 1):
            return None  # "Abdul Hakim Rafagih": a name, not a judge (but "Selanjutnya Hakim Ketua ...")
        office = at.get(index) if at.get(index) and at[index].kind == "office" else None
        heads = list(self._heads.starting_at(tokens, index))
        if office is None and not heads:
            return None
        last, [(sector, possessive), *_] = heads[-1] if heads else (index, [(None, False)])
        home = " ".join(t.folded for t in tokens[index : last + 1]) in HOME_HEADS
        if office is not None:
            last = office.last
        inner: list[Mention] = []
        overlapping = next((at[k] for k in range(index + 1, last + 1) if k in at and at[k].kind == "office" and at[k].last > last),
                           None)
        if office is None and overlapping is not None:  # "Wakil Perdana Menteri Rusia": a deputy of another state's
            inner.append(overlapping)  # office, of that state
            last = overlapping.last
        while not possessive and last + 1 < len(tokens) and last - index < _MAX_MODIFIERS:
            following = at.get(last + 1)
            if following is not None and following.label != "PER" and following.kind != "office":
                inner.append(following)
                last = following.last
            elif following is None and tokens[last + 1].folded in self._modifiers and tokens[last + 1].text != _RELATIVE and not (
                    tokens[last + 1].folded in _PREPOSITIONS and (office is not None or not _names_body(at.get(last + 2))
                                                                  or tokens[last + 1].folded == _AT_PLACE and not any(
                                                                      t.folded in _POSTED for t in tokens[index : last + 1])
                                                                  and not _name_after_place(tokens, at.get(last + 2)))) \
                    and not self._name_after_place(tokens, last, inner) and not self._another_title(tokens, last + 1, at):
                last += 1  # "untuk", "di" only before a state or body: "Duta Besar AS untuk Israel", not "wartawan di",
                # and never after a whole office: "Perdana Menteri Jepang di Istana Merdeka" is where the premier is
            elif following is None and tokens[last].folded == "komisi" and ROMAN.fullmatch(tokens[last + 1].text):
                last += 1  # "Anggota Komisi I DPR": a numbered commission of a legislature
            elif following is None and last + 3 < len(tokens) and tokens[last + 1].folded == _FROM \
                    and tokens[last + 2].folded == _FACTION and _names_body(at.get(last + 3)):
                last += 2  # "Anggota Komisi III DPR RI dari Fraksi PKB Hasbiallah Ilyas": the member's faction
            elif following is None and (district := _district_after(tokens, last, at)) is not None:
                last = district  # "Anggota DPR RI dari Dapil Jawa Barat XI, Sinta Maharani": the member's electoral district
            elif following is None and (origin := _origin_after(tokens, last, at)) is not None:
                last = origin  # "Anggota DPR asal Aceh, Nasir Djamil": the region the member comes from
            elif following is None and _short_form_at(tokens, last + 1, at):
                last += 3  # "Menteri Keuangan (Menkeu) Amerika Serikat": the title's short form, then its state
            else:
                break
        regional = _regional_body_after(tokens, last, at, covered, self._kb)
        if heads and heads[-1][0] == index and tokens[index].folded == _MEMBER and not any(m.label == "ORG" for m in inner) \
                and regional is None:
            return None  # "Anggota Komisi I DPR X", "Anggota DPRD Kota Bekasi X", not "anggota Timnas X"
        if office is not None and any(m.label == "GPE" or self._intergovernmental(m) for m in inner):
            office = None  # "Menteri Pertahanan Filipina": a foreign counterpart of a home office; "Menteri Luar
            # Negeri ASEAN": the body's ministers
        first = index
        qualifier = _QUALIFIERS.get(tokens[index - 1].folded) if index else None
        start, end = tokens[first].start, tokens[last].end
        name = None
        body = regional if qualifier != "document" else None
        if body is not None:  # "Kepala BPBD Garut Rahmat Hidayat", "Direktur Lalu Lintas Polda Metro Jaya Kombes X"
            body_first, body_last = body
            name, home = _name_after(tokens, body_last, at), True
            sector = sector or regional_body(tokens, body_first, at).sector
        elif qualifier != "document":
            # after a relative's or an associate's noun a name right after the title is the holder's and
            # the one after a comma the relative's: "Teman kuliah Sekjen PDIP Hasto Kristiyanto, Cecep
            # Hidayat", "Istri Gubernur Jawa Barat, Atalia Praratya"
            related = relation_before(tokens, first)
            name = None if related else _name_after_body(tokens, last, at)
            if name is not None:  # the body's states and places tell the person's country
                inner += [at[position] for position in sorted(at) if last < position < name[0]]
            else:  # one word is a name only after a title that names its body ("Ketua Komisi III DPR RI Habiburokhman"),
                # or a home region it heads ("Bupati Siak Alfedri", "Wali Kota Sibolga Jamaluddin")
                names_body = office is not None or any(_state_body(m) or self._home_place(m) for m in inner)
                region_head = not inner and " ".join(t.folded for t in tokens[index : last + 1]) in _REGION_HEADS
                name = _name_after(tokens, last, at, 1 if names_body or region_head else _NAME_WORDS[0], comma=not related)
                if name is not None and name[0] == name[1] and region_head and not names_body and \
                        not _home_given_name(tokens[name[0]].text):
                    name = None  # a foreign region or an unlisted place: "Gubernur Texas", "Wali Kota Tidore"
                if name is not None and office is not None and name[0] == name[1] and name[0] not in at \
                        and self._holders_word(office, tokens[name[0]]):
                    name = None  # "Menpora Dito": a word of the holder's own name, the office's holder (a known
                    # person's name is that person: "Menteri Pertahanan Prabowo", "Wali Kota Solo Gibran")
        if name is not None and name[1] > name[0] and " ".join(t.folded for t in tokens[first : last + 1]) in _LOCAL_TITLES \
                and tokens[name[0]].folded not in name_lists() and (
                    tokens[name[0] + 1].folded in name_lists() or name[1] - name[0] >= _NAME_WORDS[0]):
            name = (name[0] + 1, name[1])  # "Kepala Desa Sukamaju Ahmad Fauzi", "Lurah Pancoran Andi Saputra": the
            # place, then its head's name (of three words, or of two when the second is a name part)
        return Title(first, last, text[start:end], sector, tuple(inner), office, qualifier, possessive, name, home)


def _state_body(mention: Mention) -> bool:
    """An organisation the knowledge base knows that is not a company (whose name may go
    on past the mention: "Presiden GoTo Financial")."""
    return mention.label == "ORG" and bool(mention.candidates) and \
        not any(c.startswith("BUS:") for c in mention.candidates)


def _names_body(mention: Mention | None) -> bool:
    return mention is not None and mention.label != "PER"


def _regional_body_after(tokens: list[Token], last: int, at: dict[int, Mention],
                         covered: set[int], kb: KnowledgeBase) -> tuple[int, int] | None:
    """The Indonesian regional body a title names right after it or after a few more of its
    capitalised words ("Direktur Lalu Lintas Polda Metro Jaya"): its first and last token;
    ``covered`` holds every token inside a mention."""
    for position in range(last + 1, min(len(tokens), last + 1 + _WORDS_BEFORE_BODY)):
        if (body_last := place_end(tokens, position, at, covered, kb)) is not None:
            return position, body_last
        if not (tokens[position].is_word and tokens[position].text[:1].isupper()):
            return None
    return None


def _district_after(tokens: list[Token], last: int, at: dict[int, Mention]) -> int | None:
    """The last token of an electoral district named after a legislator's title, when a comma
    follows it ("dari Dapil NTB II,", "dari daerah pemilihan Jawa Timur I,"), else None."""
    index = last + 1
    if index + 2 >= len(tokens) or tokens[index].folded != _FROM:
        return None
    index += 1
    if tokens[index].folded == _DISTRICT[0] and tokens[index + 1].folded == _DISTRICT[1]:
        index += 1
    elif tokens[index].folded != _DISTRICT_SHORT:
        return None
    end = index
    while end + 1 < len(tokens) and end - index < _DISTRICT_WORDS and (
            end + 1 in at or tokens[end + 1].is_word and (tokens[end + 1].capitalised or tokens[end + 1].text.isdigit())):
        end = at[end + 1].last if end + 1 in at else end + 1
    return end if end > index and end + 1 < len(tokens) and tokens[end + 1].text == "," else None


def _origin_after(tokens: list[Token], last: int, at: dict[int, Mention]) -> int | None:
    """The last token of a place that "asal" names after a title, when a comma follows it
    ("Anggota DPR asal Aceh,"), else None."""
    if last + 2 >= len(tokens) or tokens[last + 1].folded != _ORIGIN:
        return None
    place = at.get(last + 2)
    if place is None or place.label not in ("LOC", "GPE"):
        return None
    return place.last if place.last + 1 < len(tokens) and tokens[place.last + 1].text == "," else None


_ORIGIN = "asal"


def _short_form_at(tokens: list[Token], opening: int, at: dict[int, Mention]) -> bool:
    """Whether a bracket opening at token `opening` holds one capitalised word that is no
    mention or an office's short form ("(Menkeu)", "(Menlu)"), and a state or body follows it."""
    if opening + 3 >= len(tokens) or tokens[opening].text != "(" or tokens[opening + 2].text != ")":
        return False
    inside, after = at.get(opening + 1), at.get(opening + 3)
    return tokens[opening + 1].text[:1].isupper() and (inside is None or inside.kind == "office") \
        and after is not None and after.label in ("GPE", "ORG") and after.kind != "office"


def _name_after_place(tokens: list[Token], place: Mention | None) -> bool:
    """Whether a capitalised word follows the place mention `place`, right after it or past a comma: the
    name of the one the title before the place names ("Juru bicara Hamas di Gaza Hazem Qassem")."""
    if place is None:
        return False
    after = place.last + 1 + (place.last + 1 < len(tokens) and tokens[place.last + 1].text == ",")
    return after < len(tokens) and tokens[after].is_word and tokens[after].text[:1].isupper()


def relation_before(tokens: list[Token], first: int) -> bool:
    """Whether a relative's or an associate's noun stands right before the title (one word,
    "kuliah", "hukum", may follow the noun): "istri Menteri X", "teman kuliah Sekjen PDIP X"; not
    an office those nouns open ("Kuasa Usaha Kedutaan Besar AS", "Ibu Negara Iriana")."""
    return any(tokens[p].folded in _RELATIONS and all(t.is_word and t.folded not in _PREPOSITIONS for t in tokens[p:first])
               and not any(t.folded in _RELATION_OFFICES for t in tokens[p + 1 : first + 1])
               for p in range(max(0, first - 2), first))  # (not a place after it: "Seorang suami di Medan")


def _name_after(tokens: list[Token], last: int, at: dict[int, Mention],
                least: int = _NAME_WORDS[0], comma: bool = True) -> tuple[int, int] | None:
    """The token range of a person named right after a title: a mention of a person, or
    `least` (2, or 1 after a title that names its body) to 4 capitalised words that no
    other mention covers; after a comma too, unless `comma` is false (after a relative's noun
    the name after the comma is the relative's, not the holder's)."""
    index = past_term(tokens, _after_abbreviation(tokens, last + 1, at))
    while index > last + 1 and (body := at.get(index)) is not None and body.label in ("ORG", "GPE"):
        index = body.last + 1  # "Ketua Fraksi PKB (PKB) DPR RI Jazilul Fawaid": the body goes on past the abbreviation
        # (and its state: "Kamar Dagang dan Industri (Kadin) Indonesia Anindya Bakrie")
    if index < len(tokens) and tokens[index].text == ",":
        if not comma:
            return None
        index += 1
        index = _past_place(tokens, index, at)  # "Kepala Desa Cikarang, Kabupaten Subang, Endang Suherman"
    ranked = next((k for k in range(index, min(len(tokens) - 1, index + _RANK_REACH))
                   if tokens[k].folded in HOME_RANKS and all(t.is_word and t.capitalised for t in tokens[index:k])), None)
    if ranked is not None:  # "Kapolda Metro Jaya Irjen Pol Karyoto": the region, then the holder's rank and name
        # (right after a body too: "Kabid Humas Polda DIY Kombes Ihsan")
        index, least = ranked, 1
    while index + 1 < len(tokens) and (tokens[index].folded in HOME_RANKS or tokens[index].folded in _BEFORE_NAMES or (
            tokens[index].folded in RANK_CORPS | _FLAG_GRADES and (tokens[index - 1].folded in HOME_RANKS
                                                                   or tokens[index - 1].folded in _BEFORE_NAMES))
            or tokens[index].folded in HONORIFICS and (tokens[index].text[:1].isupper() or tokens[index + 1].text == ".")):
        index += 1  # "..., Kombes Ade Ary Syam Indradi", "Inspektur Jenderal Daniel", "Sheikh Abdullah bin Zayed",
        # "Brigjen Pol Nurul Azizah", "Mayjen TNI Kristomei Sianturi"
        if tokens[index - 1].folded in HONORIFICS | RANK_CORPS and index + 1 < len(tokens) and tokens[index].text == ".":
            index += 1  # "Ketua Umum MUI KH. Anwar Iskandar", "Kepala Dinas Kesehatan dr. Anhar Hadian", "Kombes Pol. X"
    if index >= len(tokens) or "\n" in "".join(t.text for t in tokens[last : index + 1]):
        return None
    if (mention := at.get(index)) is not None:
        return (mention.first, mention.last) if mention.label == "PER" and mention.kind != "office" else None
    end = index
    words = 0
    while end < len(tokens) and end not in at:
        token = tokens[end]
        if token.is_word and token.capitalised and letters(token.text) and token.folded not in _NOT_NAMES:
            words += 1
        elif not (token.folded in _NAME_PARTICLES and words and end + 1 < len(tokens) and tokens[end + 1].capitalised
                  or token.text == "." and words and end + 1 < len(tokens) and tokens[end + 1].capitalised
                  and (len(tokens[end - 1].text) == 1 or tokens[end - 1].folded in _SHORT_GIVEN_NAMES)):
            break  # (past a given name's short form: "Ketua KPU M. Afifuddin", "Bupati Muh. Ilham Syah")
        end += 1
    if words in (1, 2) and end < len(tokens) and _surname(at.get(end)) and tokens[index].folded not in _ORDINALS:
        end, words = end + 1, words + 1  # "Ketua MUI Anwar Abbas", "Ny. Wulan Hadi Prabowo": a known person's
        # one-word name ends another's
    if words < least or (end < len(tokens) and end in at):
        return None
    alone = tokens[index]
    if words == 1 and (len(alone.text) < 3 or alone.text.isupper() or tokens[index - 1].folded in ("dan", "serta")):
        return None  # an initial or an acronym, or a second title word ("peneliti BRIN dan Dosen"), is no name alone
    name = _after_body_words(tokens, index, end - 1, least if words == 1 else _NAME_WORDS[0])
    if name is None or sum(1 for t in tokens[name[0] : name[1] + 1] if t.capitalised) > _NAME_WORDS[1] \
            or tokens[name[0] - 1].folded in COMPANY_FORMS:
        return None  # (a company's name is no person's: "Direktur PT Maju Jaya")
    # a longer run only when a place's compass word ends it: "Bupati Sumba Barat Daya Markus Lende"
    # (or a body's word: "Analis Sucor Sekuritas Andreas Yordan Tarigan")
    return name if words <= _NAME_WORDS[1] or tokens[name[0] - 1].folded in COMPASS | _BODY_WORDS \
        or tokens[name[0]].folded in name_lists() else None


def past_term(tokens: list[Token], index: int) -> int:
    """The token after the term an office is held for, if one opens at `index` ("Menteri Perdagangan
    periode 2015-2016 Thomas Lembong", "Menteri Agama masa jabatan 2020-2024, Yaqut"), else `index`."""
    start = index
    if index < len(tokens) and tokens[index].folded == "masa" and index + 1 < len(tokens) and tokens[index + 1].folded == "jabatan":
        index += 1
    if index >= len(tokens) or tokens[index].folded not in _TERM_OPENERS:
        return start
    index += 1
    years = index
    while index < len(tokens) and (tokens[index].text.isdigit() or tokens[index].text in _RANGE_MARKS):
        index += 1
    return index if index > years else start


def _past_place(tokens: list[Token], index: int, at: dict[int, Mention]) -> int:
    """The token after a place set off by commas at ``index`` (a place the knowledge base knows, or
    an administrative unit's word and its name: "Kabupaten Subang,", "Kecamatan Cibalong,"), else ``index``."""
    mention = at.get(index)
    if mention is not None and mention.label == "LOC":
        last = mention.last
    elif index < len(tokens) and tokens[index].folded in PLACE_UNITS and tokens[index].text[:1].isupper():
        last = index
        while last + 1 < len(tokens) and tokens[last + 1].is_word and tokens[last + 1].capitalised and last + 1 not in at:
            last += 1
    else:
        return index
    return last + 2 if last + 1 < len(tokens) and tokens[last + 1].text == "," else index


def _surname(mention: Mention | None) -> bool:
    """A one-word name of a known person ("Abbas"), which may end another person's name."""
    return mention is not None and mention.first == mention.last and mention.label == "PER" and mention.kind == "name"


def _name_after_body(tokens: list[Token], last: int, at: dict[int, Mention]) -> tuple[int, int] | None:
    """The name after a body a title names and a comma or a bracketed abbreviation: "Sekretaris
    DPW PKB Jawa Timur, Anik Maslachah", "Direktur Utama PT Sumber Laut (SL) Budi Hartono" (the
    body's words are capitalised words, acronyms or mentions other than people)."""
    index = last + 1
    while index < len(tokens) and index - last <= _MAX_BODY_TOKENS:
        mention = at.get(index)
        if mention is not None and mention.label != "PER":
            index = mention.last + 1
        elif tokens[index].is_word and tokens[index].capitalised and mention is None:
            index += 1
        elif (index > last + 1 or tokens[last].folded not in HEADS) and index + 1 < len(tokens) \
                and tokens[index].folded == "dan" and tokens[index + 1].capitalised:
            index += 1  # "Fakultas Ilmu dan Budaya", "Ketua Umum Kamar Dagang dan Industri (Kadin) Indonesia X"
        elif (close := _bracket_close(tokens, index)) is not None and (index > last + 1 or any(m.last == last for m in at.values())):
            if _after_abbreviation(tokens, index, at) != index and (name := _name_after(tokens, index - 1, at)):
                return name  # "... Komite Nasional Keselamatan Transportasi (KNKT) Ahmad Wildan", "... (BP Tapera) Heru ..."
            if close + 1 >= len(tokens) or not (tokens[close + 1].capitalised or tokens[close + 1].text == ","):
                break
            index = close + 1  # the body goes on: "Fakultas Ilmu dan Budaya (FIB) UGM", "PT MRT Jakarta (Perseroda),"
        else:
            break
    if index == last + 1 or index >= len(tokens):
        return None
    if tokens[index].text != "," and _after_abbreviation(tokens, index, at) == index:
        return None
    # one word names the holder after a body and a comma: "Direktur Utama PT MRT Jakarta (Perseroda), Tuhiyat"
    # (a body: a mention, a body's word or an acronym; not "Ratu Jaya, Cipayung")
    # and followed by a verb, not by a comma: "Ketua KUD Sumber Rejeki, Ngantang, mengatakan" names a place)
    named_body = any(m.last == last and m.label != "PER" for m in at.values()) or any(
        position in at or tokens[position].folded in _BODY_WORDS or _acronym(tokens[position].text)
        for position in range(last + 1, index))
    verb_after = index + 2 < len(tokens) and tokens[index + 2].text.islower()
    # (or by a comma, when the word is a name part of the lists: "Ketua Ikatan Pedagang Pasar (IKAPP) Garut,
    # Rudy, turut mengecam")
    set_off = index + 2 < len(tokens) and tokens[index + 2].text == "," and tokens[index + 1].folded in name_lists()
    return _name_after(tokens, index - 1, at,
                       1 if tokens[index].text == "," and named_body and (verb_after or set_off) else _NAME_WORDS[0])



def _acronym(text: str) -> bool:
    return len(text) > 1 and text.isupper() and text.isalpha()


def _bracket_close(tokens: list[Token], index: int) -> int | None:
    """The closing bracket's position when one to three capitalised words stand in brackets at
    ``index`` ("(FIB)", "(Perseroda)", "(BP Tapera)"), else None."""
    if index >= len(tokens) or tokens[index].text != "(":
        return None
    for close in range(index + 2, min(index + 5, len(tokens))):
        if not (tokens[close - 1].is_word and tokens[close - 1].text[:1].isupper()):
            return None
        if tokens[close].text == ")":
            return close
    return None


def _after_abbreviation(tokens: list[Token], index: int, at: dict[int, Mention]) -> int:
    """The token after a bracketed abbreviation ("(UEA)", "(FPDR)") or short form of a title or
    body ("(Wamendagri)", "(Imipas)") at ``index``, else ``index``; not after a person's name."""
    close = _bracket_close(tokens, index)
    inside = [at[position] for position in range(index + 1, close) if position in at] if close is not None else []
    if close is None or inside and (len(inside) > 1 or inside[0].first != index + 1 or inside[0].last != close - 1):
        return index  # (a state or body inside a longer bracket is the title's: "Komisioner (Perdagangan Uni Eropa)";
        # a short form alone is passed: "(BP Tapera)")
    mention = at.get(index + 1)
    return index if mention is not None and mention.label == "PER" and mention.kind != "office" else close + 1


def _listed_name_start(tokens: list[Token], start: int, last: int) -> int:
    """Where a name opens in a run of capitalised words ``start``..``last`` too long for one: at a
    name part of the lists that leaves a name's length, every word but the last a name part too
    ("Ketua Paguyuban Sopir Truk Farid Hidayah", "Ketua Koperasi Surya Abadi Joko Susilo": not "Surya
    Abadi ..."); none when the first such part leaves too many words ("Wali Kota Bandung M Farhan Ingin
    Bandara Husein ...")."""
    lists = name_lists()
    for k in range(start, last):
        if tokens[k].folded not in lists:
            continue
        words = sum(1 for t in tokens[k : last + 1] if t.capitalised)
        if words > _NAME_WORDS[1]:
            return start
        if words >= _NAME_WORDS[0] and all(t.folded in lists for t in tokens[k:last] if t.capitalised):
            return k
    return start


def _after_body_words(tokens: list[Token], first: int, last: int, least: int = _NAME_WORDS[0]) -> tuple[int, int] | None:
    """The name in ``first``..``last`` after any words of a body's name (and acronyms other
    than a final one, as in "Mahfud MD"): None when fewer than two name words are left."""
    start = first
    for position in range(first, last + 1):
        token = tokens[position]
        acronym = len(token.text) > 1 and token.text.isupper() and position < last
        # "Bupati Lombok Timur Haerul Warisin": a compass word after a word ends a place's name
        compass = token.folded in COMPASS and position > first
        if token.folded in _BODY_WORDS or acronym or compass:
            start = position + 1
    if sum(1 for t in tokens[start : last + 1] if t.capitalised) > _NAME_WORDS[1]:
        start = _listed_name_start(tokens, start, last)
    words = sum(1 for t in tokens[start : last + 1] if t.is_word and t.capitalised)
    return (start, last) if words >= least else None

"""Code the events of an article, sentence by sentence.

For every trigger the patterns know, the voice of the form says where the actors
are: an active verb's subject is the source and its object (or the actor after one
of the pattern's prepositions) the recipient; a passive verb turns that round and
takes the source from "oleh X"; a nominalisation takes the source from the actor
right after it ("kunjungan Putin ke ..."), from "antara X dan Y" (together), or
from the clause subject ("Putin melakukan kunjungan ke ..."). Contexts come from
cue words before the trigger in its clause (modality, negation, allegation,
denial), from the date (historical), and from topic words in the sentence.
Attribution comes from reported speech: "menurut X", "kata X", "X mengatakan ...".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from sorot.entities.knowledge import KnowledgeBase
from sorot.entities.mentions import PhraseTrie
from sorot.entities.resolve import INITIALS, KNOWN, RED_HANDED
from sorot.entities.titles import RANK_WORDS, relation_before
from sorot.entities.tokens import Token, split_glued, tokenize
from sorot.events.arguments import (APART_WORDS, ARMED_SECTORS, AS_IN, BESIDE, COORDINATORS, FIRST_PERSON, INCLUDING,
                                    FOR_A_WHILE, LEFT_BOUNDARIES, LIST_ENDS, NAMING_CUES, NOT_VERBS, PARTY, PERSON_PRONOUNS,
                                    PREPOSITIONS, PROSECUTOR_WORDS,
                                    PREVERBAL, PURPOSES, QUOTES, REPORTED_IN, RIGHT_BOUNDARIES, SPEAKER_AFTER,
                                    SPEAKER_AFTER_QUOTE,
                                    SPEAKER_WORDS, THAT, TURNS, WHEN, IN_ORDER_TO, Arguments, Unit, court_of, is_count,
                                    law_body, people_of,
                                    opens_attribution, past_ordinal)
from sorot.events.patterns import NO_TOPIC, Pattern, Patterns, Trigger, War
from sorot.events.record import Event, EventActor
from sorot.record import Article, ArticleActor
from sorot.time.lexicon import WEEKDAYS, number_value
from sorot.time.normalize import value_interval
from sorot.time.tagger import Timex

# ... and precedes these verbs ("Kremlin mengatakan ...").
SPEECH_VERBS = frozenset({
    "mengatakan", "menyatakan", "melaporkan", "mengklaim", "menyebut", "menegaskan", "mengungkapkan",
    "menjelaskan", "menambahkan", "berkata", "menuturkan", "mengumumkan", "memberitahu", "menuduh",
    "membantah", "menyangkal", "memperingatkan", "menilai", "menyebutkan", "mengonfirmasi", "membenarkan",
})
# Words between a speech cue and the speaker: "menurut laporan media pemerintah Rusia TASS".
_SPEAKER_FILLER = frozenset({"laporan", "media", "kantor", "berita", "juru", "bicara", "pejabat", "sumber",
                             "pernyataan", "negara", "pemerintah", "resmi", "dari", "oleh", "surat", "kabar",
                             "stasiun", "televisi", "tv", "dilansir", "yang", "seorang", "para", "pihak",
                             "plt", "pelaksana", "tugas"}) | REPORTED_IN  # (an acting holder: "kata Plt Deputi ...")
_ANAPHORIC = frozenset({"tersebut", "ini", "itu"})
# Nouns of acts a judgement refers back to: "menyebut sanksi itu ilegal", "menilai serangan tersebut brutal".
_REFERRED_ACTS = frozenset({"serangan", "sanksi", "peluncuran", "penangkapan", "agresi", "invasi", "blokade", "embargo",
                            "langkah", "tindakan", "keputusan", "kebijakan", "bantuan"})
# Words before a bare event noun and a comma that name the occasion just reported ("Usai pertemuan, ...").
_OCCASION_AFTER = frozenset({"usai", "seusai", "setelah", "sesudah", "selepas", "pasca"})
_QUOTE_MARKS = frozenset({'"', "“", "”"})
_FAR_YEARS = 10  # years after the news from which a year after a capitalised word names a goal (`_named_target`)
# ... but not after a sentence-opening word of time: "Pada 2040, ...", "Mulai 2035, ..."
_WORD_BEFORE_CHARS = 30  # characters before a year that hold the word before it (`_named_target`)
_TIME_LEADS = frozenset({"pada", "mulai", "sejak", "hingga", "sampai", "tahun", "menjelang", "jelang", "sebelum", "setelah",
                         "per", "awal", "akhir", "pertengahan", "di", "dalam", "target", "paling"})
_TARIFF = "tarif"
_INSPECTS = frozenset({"menginspeksi", "diinspeksi"})
# Taxes and fares a "tarif" names within a few words after it: no trade measure.
_FARES = frozenset({"pajak", "ppn", "pph", "listrik", "tol", "tiket", "angkutan", "cukai", "parkir", "air", "ojek", "taksi",
                    "kereta", "bus", "pesawat", "penerbangan", "layanan", "pelanggan", "penumpang", "royalti"})
_FARE_REACH = 6
_RULING_OUT = frozenset({"menutup", "mengesampingkan", "menepis"})  # negated before a strike: not ruled out, a threat
_NOT_YET = frozenset({"tidak", "tak", "belum"})
_OPTIONS = frozenset({"kemungkinan", "opsi", "peluang"})  # what a strike's own side does not rule out
# Those whose words are no state's: observers, pundits, the press, the opposition, former officials.
_ONLOOKERS = frozenset({"pengamat", "analis", "pakar", "ahli", "warga", "media", "oposisi", "mantan", "peneliti", "ekonom",
                        "akademisi", "dosen", "profesor"})
_VERDICTS = frozenset({"divonis", "dijatuhi"})  # passives of a sentence a court hands down (not "dihukum": punishable)
_FRONTING = frozenset({"menyusul", "setelah", "sesudah", "usai", "seusai", "akibat", "pasca", "sejak", "dalam", "sebelum",
                       "saat", "ketika", "menjelang", "atas", "terhadap", "karena"})  # fronted occasions (`_subject_noun`)
_DIAGNOSED = frozenset({"mengidap", "menderita", "sakit", "terkena", "positif", "terjangkit"})  # "divonis mengidap ..."
_COURT_AGENT = "pengadilan"  # the generic agent of a home court (patterns' [agents.GOV])
_COURT_WORDS = frozenset({_COURT_AGENT, "hakim"})  # the generic agents of a court and its judges
_ATTACKS = "menyerang"  # said by a politician of a person or a party, words (`_verbal_attack`)
_UNARMED = frozenset({"GOV", "BUS", "MED", "CVL", "IGO"})  # sectors of bodies no politician attacks by force
_PARTY = re.compile(r"\b(?:party|partai)\b", re.IGNORECASE)
_FORCE_WORDS = frozenset({"senjata", "pisau", "golok", "parang", "rudal", "drone", "bom", "roket", "pasukan", "militer",
                          "tentara", "tembakan", "udara", "artileri", "terluka", "luka", "tewas", "cedera", "dipukul"})
_USING = frozenset({"penggunaan", "pengerahan"})  # nouns of using force, whose agent is the force's (`_agent_of_act`)
_CAUSED_BY = frozenset({"akibat", "karena"})  # damage caused by an attack named after it (`_event`)
_SAID_THAT = frozenset({"bahwa", ","})  # what opens the damaged's own clause after a verb of saying
_DAMAGED = frozenset({"rusak", "hancur", "tewas", "terluka", "meninggal", "terbakar", "roboh", "ambruk", "luluh", "rata"})
_LEGISLATURE = frozenset({"dpr", "dprd", "dpd", "mpr", "parlemen"})  # words of a legislature's or its organ's id
_INQUIRY = "angket"  # a legislature's inquiry ("Pansus Hak Angket"), whose summons examines
_POLICE_AGENT = "polisi"  # ... and of the police, who arrest when no one else is said to
_ARRESTED = frozenset({"ditangkap", "diringkus", "dibekuk", "diciduk", "dicokok", "diamankan", "tertangkap"})
_ENVOY_TITLES = ("duta besar", "dubes", "konsul", "kuasa usaha")  # a resident envoy meeting officials pays no visit
_CRACKDOWN = frozenset({"menindak", "ditindak"})  # cracking down, which announced is a warning (`_event`)
# Words of others asking about, forecasting or calling off a strike a person plans (`_event`: no threat of theirs).
_CONDITIONS = frozenset({"jika", "jikalau", "apabila", "seandainya", "kalau", "bila", "andaikan", "andai"})
_OTHERS_VIEW = frozenset({"menjawab", "bertanya", "menanyakan", "ditanya", "ditanyai", "pertanyaan", "mempertanyakan",
                          "memperkirakan", "khawatir", "cemas", "takut", "mengkhawatirkan", "memoar", "memoarnya",
                          "diperkirakan", "memprediksi", "diprediksi", "meramalkan", "menduga", "membatalkan",
                          "dibatalkan", "batal", "menunda", "ditunda"})
_SPEAKER_WORDS = 8  # words of a speaker's name and title after a closing quote's "kata"
_WHILE = frozenset({"sambil", "seraya", "sembari"})
# Sentence adverbs around a first-person subject: "Tentunya kami ...", "Kami tentu ...".
_HEDGES = frozenset({"tentu", "tentunya", "memang", "pasti", "intinya", "sebenarnya", "justru", "saja"})
_SPEAKING_WHEN = frozenset({"saat", "ketika"})  # '"...," kata X saat mengunjungi Y': X visits
_SPOKEN_IN = _SPEAKING_WHEN | {"dalam"}  # '"...," kata X dalam pertemuan dengan Y': X's meeting
ENFORCEMENT = frozenset({"COERCE", "INVESTIGATE"})
_ATTRIBUTION_WORDS = 8  # tokens of "kata X dalam sebuah pernyataan" before the comma
_OTHER_NAME_WORDS = 5  # tokens inside the brackets of a speaker's other name ("(Gus Ipul)")
_WAR_TOPICS = frozenset({"membahas", "mendiskusikan", "membicarakan", "mengakhiri", "menghentikan", "meredakan",
                         "tentang", "mengenai", "soal", "seputar"})
_WAR_ASPECTS = frozenset({"eskalasi", "perkembangan", "situasi", "dampak", "penyelesaian", "kondisi"})
_DURING = frozenset({"dalam", "pada", "selama", "sela", "saat", "ketika", "usai"})
QUOTES_AND_OPENERS = frozenset({'"', "“", "'", "‘", "(", ":", "-", "–", "—"})
# Lowercase nouns of places and sites a venue's chain passes ("di wilayah Saratov, Rusia").
_PLACE_NOUNS = frozenset({"wilayah", "kota", "provinsi", "kawasan", "daerah", "distrik", "kabupaten", "pangkalan",
                          "fasilitas", "kompleks", "gedung", "kantor", "markas", "desa", "region"})
_PLACE_WINDOW = 12  # tokens from a trigger to "di", and from "di" to the known place of a chain (`_placed_past_unknown`)
# Words before a visit or meeting noun that make it the occasion of the clause (`_occasion_of_clause`), and
# verbs whose subject hosts the visit it names.
_OCCASION_WORDS = frozenset({"dalam", "selama", "saat", "ketika", "usai", "seusai", "setelah", "sesudah"})
_TAKING_PLACE = frozenset({"berlangsung", "digelar", "dimulai", "selesai", "usai"})  # an occasion's own verbs
_HOSTING = frozenset({"menyambut", "menerima", "menjamu", "mengundang", "didatangi", "dikunjungi", "menyambangi"})
# Verbs that take a nominalised event as object with the clause subject as its actor:
# "Putin melakukan kunjungan ...", "Korea Utara menunjukkan dukungannya ...".
LIGHT_VERBS = frozenset({
    "melakukan", "mengadakan", "menggelar", "menunjukkan", "memberikan", "memberi", "menyampaikan", "mencapai",
    "menjatuhkan", "meluncurkan", "melancarkan", "menandatangani", "mengirim", "mengirimkan", "menyatakan",
    "mengajukan", "menyerukan", "membuat", "menghadiri", "menerima", "menyetujui", "menawarkan", "melayangkan",
    "mengeluarkan", "memulai", "menjalin", "menerapkan", "memberlakukan", "mengumumkan", "mempertimbangkan",
    "mempertahankan",  # "mempertahankan embargo senjata terhadap Suriah"
    "merencanakan", "menyiapkan", "melontarkan", "menyuarakan", "mengungkapkan", "menjadwalkan", "melanjutkan",
    "terlibat", "membuka", "menyalurkan", "mendistribusikan", "melaksanakan", "menjalankan", "menerbitkan",
    "mengulangi", "memperbarui", "mengintensifkan", "memperluas", "menegaskan", "memperpanjang", "memperketat",
})
# A time expression right after these words dates the cited report, not the event.
_CITATION = re.compile(r"\b(?:dikutip|mengutip|dilansir|melansir)\b[^.!?\n]*$", re.IGNORECASE)
_CITATION_CHARS = 45
# A list of years ("1961, 2000, dan 2001"): the joint between two of them, "dan"/"serta" closing it.
_YEAR = re.compile(r"\d{4}")
_LIST_JOINT = re.compile(r"\s*,?\s*(?:(dan|serta)\s+(?:tahun\s+)?|(?<=,)\s*(?:tahun\s+)?)", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"\b(?:antara|dari|sejak|mulai|periode)\s+(?:tahun\s+)?$|periode\b", re.IGNORECASE)
_RANGE_CHARS = 15
# A span of years that dates an office or a budget: in brackets after a title, or after one
# of these words (within the characters before it).
_YEAR_SPAN = re.compile(r"(\(\s*)?(?:tahun\s+)?\d{4}\s*[-–/]\s*\d{4}\b")
_TERM_OPENER = re.compile(r"\b(?:periode|masa\s+jabatan|tahun\s+anggaran|anggaran|APBD|APBN|RPJMN?)\b[^.,;]*$",
                          re.IGNORECASE)
_TERM_CHARS = 40
_CASE_CHARS = 80  # characters before a year within which "kasus ... pada tahun" names a case's year (`_case_year`)
# The noun of a case, a project, a fund or a budget right before a year ("dalam proyek jalan tahun 2023",
# "korupsi dana hibah tahun anggaran 2021"), no preposition, demonstrative or verb between them (not "kasus
# tersebut tahun 2023", "kasus itu dilimpahkan tahun 2024": the act's own year).
_NOUN_YEAR = re.compile(r"\b(?:proyek|pengadaan|kasus|perkara|dana|anggaran|periode)\b"
                        r"(?:\s+(?!(?:pada|sejak|sebelum|setelah|hingga|sampai|yang|terjadi|lalu|itu|ini|tersebut)\b)"
                        r"(?!(?:me|di)\w{4,})[\w-]+){0,4}\s+(?:tahun\s+)?$",
                        re.IGNORECASE)
# ... and the year "pada tahun" gives a case named by its kind ("terkait kasus suap pengondisian perkara anaknya
# pada tahun 2024": when the bribe was given, not when it was prosecuted; not "kasus itu dilimpahkan pada 2024")
_CASE_OF = (r"\b(?:kasus|perkara)\b(?:\s+(?!(?:sejak|sebelum|setelah|hingga|sampai|yang|terjadi|lalu|itu|ini|tersebut|"
            r"pada)\b)(?!(?:me|di)\w{4,})[\w-]+){1,6}\s+pada\s+(?:tahun\s+)?")
_CASE_YEAR = re.compile(r"\b(?:terkait(?:\s+dengan)?|atas)\s+" + _CASE_OF + "$", re.IGNORECASE)  # a case an act is "about"
_CASE_RANGE_END = re.compile(_CASE_OF + r"\d{4}\s*(?:-|–|hingga|sampai|dan)\s*(?:tahun\s+)?$", re.IGNORECASE)
_CASE_RANGE = re.compile(_CASE_OF + "$", re.IGNORECASE)  # before a span of years, or a year a range goes on from
_CASE_HAPPENED = re.compile(r"\b(?:kasus|perkara)\b(?:\s+(?!(?:itu|ini|tersebut)\b)(?!(?:me|di)\w{4,})[\w-]+){0,6}"
                            r"\s+yang\s+terjadi\s+pada\s+(?:tahun\s+)?$", re.IGNORECASE)  # "kasus suap yang terjadi pada 2021"
_WORD_CHARS = 30  # characters of a trigger's first two words, at most
_RANGE_ON = re.compile(r"\s*(?:-|–|hingga|sampai)\s*(?:tahun\s+)?\d{4}")
_OFFICE_BEFORE = re.compile(r"\b(?:eks|mantan|selaku|sebagai|menjabat|periode)\b[^.,;()]*$", re.IGNORECASE)
_OWN_SPAN_CHARS = 25  # characters from a trigger to a span of years its own words end with
# A time expression across one of these words belongs to another clause ...
# (not a relative clause that only says when the act took place: "serangan udara yang
# terjadi pada Selasa (17/6)")
# A clause of time or cause opened after a comma: a date before it is the main clause's, not that of an act in it
# ("Perang itu genap sepekan pada Jumat (20/6), setelah Israel mulai menyerang ... pada 13 Juni lalu").
_SUBORDINATE_AFTER = re.compile(r",\s*(?:setelah|sesudah|sebelum|seusai|usai|menyusul|sejak|karena|akibat)\b",
                                re.IGNORECASE)
_OTHER_CLAUSE = re.compile(r"\bbahwa\b|\byang\b(?!\s+(?:terjadi|berlangsung|sama)\b)", re.IGNORECASE)  # ("di kota yang sama
# pada 16 Mei": no clause)
# ... nor one that says when the trigger's own noun broke out or was held, right after it ("perang yang
# pecah pada Jumat", "forum yang digelar pada 9 Juni"; not an attack "dalam perang yang pecah pada Jumat")
_OWN_OUTBREAK = re.compile(r"(?:[\s-]+(?!(?:dalam|di|ke|dari|pada|untuk|dengan|terhadap|oleh|saat|ketika|setelah|sebelum|"
                           r"sesudah|seusai|usai|menjelang|sejak|selama|hingga|sampai|atas|tentang|mengenai|soal|kepada|"
                           r"bagi|akibat|karena|dan|atau)\b)[\w'’.()-]+){0,8}?\s+yang\s+(?:pecah|meletus|digelar|diadakan)\b",
                           re.IGNORECASE)
# ... but a day that closes its sentence after a comma dates the main clause past a relative clause
# ("menangkap 23 warga negara China yang diduga ..., Sabtu (14/6/2025).")
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.!?,;]|$)")  # what may follow a date that closes its clause
_DAY_OR_WEEK = re.compile(r"\d{4}-(?:\d\d-\d\d|W\d\d)")  # a day's or a week's value (a month's or a year's is the clause's)
# ... unless the clause between plans an act of its own for a time to come: "... tim senam Israel yang
# dijadwalkan tampil di Jakarta, Oktober mendatang" (the date is the performance's)
_PLANNED_BETWEEN = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|berencana|rencananya|hendak|bakal)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:mendatang|depan|besok|lusa)\b", re.IGNORECASE)
# ... and so does one after these: "mengirim pasukan lagi setelah mengerahkan ribuan prajurit tahun lalu".
# A quote's close and the verb of its attribution: '...," kata Sugiono', '..." ujarnya'.
_ATTRIBUTION = re.compile(r"""[,.!?]?["”]\s*,?\s*(?:%s)(?:nya)?\b""" % "|".join(sorted(SPEAKER_AFTER_QUOTE | SPEAKER_AFTER)),
                          re.IGNORECASE)
# A date that opens its sentence, set off by a comma, dates the main clause past a relative clause of its subject
# ("Kemarin sore, massa yang mengatasnamakan Aliansi Mahasiswa Papua menggelar aksi ..."), not past a "bahwa".
_FRONTED_DATE = re.compile(r"(?:^|[.!?\n]\s*|[\"“]\s*)(?:pada\s+)?$", re.IGNORECASE)
_THAT = re.compile(r"\bbahwa\b", re.IGNORECASE)
# A trigger inside the relative clause itself: right after "yang", or coordinated within it ("pemuda yang terlibat
# tawuran dan menganiaya seorang pelajar"; not "Israel yang didukung AS menyerang Teheran").
_RELATIVE_VERB = re.compile(r"\byang\s+(?:(?:kini|masih|sudah|telah|juga|sempat|pernah|tengah|sedang|baru|diduga)\s+)*"
                            r"(?:\w+\s+)?$|\byang\b[^,.]*\b(?:dan|serta)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A relative clause after a verb's object that says when the object happened: its date is the object's, not the
# verb's ("PBB mengecam serangan Israel terhadap rumah sakit yang terjadi pada Minggu (15/6)").
_HAPPENED_CLAUSE = re.compile(r"\byang\s+(?:terjadi|berlangsung|dilakukan|dilancarkan|digelar|diluncurkan)\b", re.IGNORECASE)
# ... and so does the start of a span the stance's object has lasted ("menyoroti peningkatan kerja sama ... sejak
# penandatanganan perjanjian pada Juni 2024": the praise is not of June 2024).
_SINCE = re.compile(r"\bsejak\b", re.IGNORECASE)
# ... and so do the years of a case named after it ("mendukung penegakan hukum ... terkait kasus korupsi dana hibah
# tahun 2017, 2018 dan 2020": the stance is not of those years).
_CASE_WORD = re.compile(r"kasus|perkara", re.IGNORECASE)
_LATER_CLAUSE = re.compile(r"\b(?:setelah|sesudah|sebelum)\b|,\s*menyusul\b|"
                           r"(?:[,;]|\b(?:dan|padahal|sedangkan|namun|tetapi)\b)[^,;.]{0,30}?\bsebelumnya\b|"
                           r"\bsejak\s+(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*){0,3}\s+(?:me|di|ber|ter)[a-z]{3,}\b",
                           re.IGNORECASE)
# (", menyusul" an act's noun: "menyerukan agar Iran menyerah, menyusul serangan Israel ... pada Jumat pekan lalu";
# "sebelumnya" in a clause a comma or a conjunction opens, "..., padahal ia sebelumnya sudah diperiksa pada Senin";
# as the adverb of the trigger's own clause it dates nothing else: "Pertemuan darurat OKI sebelumnya digelar ...
# pada Minggu, 15 Juni"; and a clause "sejak" opens with a subject and a verb of its own: "kunjungan pertama Vivian
# ke Jakarta sejak Sugiono dilantik pada Oktober 2024", while "sejak Jumat" is a span's start, and so is "sejak
# dimulainya invasi pada 2022", "ditahan sejak ditetapkan sebagai tersangka pada Selasa")
# ... and a trigger after these is what an earlier-dated act follows from: "bandara ditutup sampai Jumat
# imbas serangan drone ke kota itu", "menembakkan rudal ... pada Senin (23/6) sebagai balasan atas serangan
# Amerika" (the strike answered came before).
_AFTERMATH = re.compile(r"\b(?:imbas|menyusul|buntut|(?:pem)?balasan\s+(?:atas|terhadap)|respons\s+atas)\b[^,]*$",
                        re.IGNORECASE)  # (not a phrase a comma closes: "Pada Senin, sebagai balasan atas ..., Iran ...")
# ... and a count of time before "setelah"/"sebelum" dates what comes before it, not the clause it
# opens: "Peluncuran itu terjadi sehari setelah Seoul memulai latihan" (the exercise began the day
# before), unless a comma closes the clause ("Sehari setelah serangan itu, Iran membalas").
_COUNTED_FROM = re.compile(r"\b(?:setelah|sesudah|sebelum)\s*$", re.IGNORECASE)
# ... but a date in a relative clause that a comma closes before the trigger dates the clause's noun
# ("Harga emas, yang turun pada Mei, naik ..."), unless the clause names the act's occasion
# (speaking, meeting, arriving, taking place) or holds nothing but the date.
# ", yang ..." opens a relative clause; ", selaku ..." an apposition of a role ("Malaysia, selaku ketua ASEAN tahun
# ini, berjanji ...": the year is the chair's)
_RELATIVE_OPENER = re.compile(r"\s*(?:yang|selaku)\b", re.IGNORECASE)
_RELATIVE_CHARS = 120  # characters back from a time expression to the comma of its relative clause
# A lower-case noun opening an apposition (not a phrase of the occasion: ", dalam wawancara yang disiarkan televisi pada
# Sabtu, menegaskan ...", which dates the act).
_LOWER_WORD = re.compile(r"\s*(?!(?:dalam|pada|melalui|lewat|via|di|saat|ketika|usai|seusai|setelah|sebelum|selama|"
                         r"sesudah|menjelang|dengan)\b)[a-z]+\b")
_YANG = re.compile(r"\byang\b", re.IGNORECASE)
_OCCASION = re.compile(r"\b(?:berbicara|berpidato|tampil|ditemui|dihubungi|bertemu|menghadiri|hadir|tiba|datang|"
                       r"mendarat|berkunjung|mengunjungi|digelar|diadakan|dilaksanakan|berlangsung|terjadi)\b",
                       re.IGNORECASE)
_DATE_ONLY = re.compile(r"\s*yang\s+(?:pada\s+)?", re.IGNORECASE)  # ", yang pada Jumat (13/6), menyerang"
_ONGOING = frozenset({"sejak", "selama"})
# People killed or hurt by an attack with no named target are its target, as civilians.
_AIDES = frozenset({"ajudan", "pengawal", "sopir", "staf"})  # "Ajudan Presiden X terluka": not X
_DEAD_COUNTS = frozenset({"seorang", "para", "sedikitnya", "setidaknya", "sebanyak"})  # before the named dead
_DIED_ADVERBS = frozenset({"telah", "sudah", "juga", "dilaporkan", "dikabarkan", "turut", "ikut"})  # "... dilaporkan tewas"
_HURT = frozenset({"tewas", "terbunuh", "meninggal", "terluka", "luka-luka", "cedera", "gugur"})
_HURTING = frozenset({"menewaskan", "membunuh", "melukai", "menelan"})
_KILLED = "menewaskan"  # the verb of an attack's dead (`_hurt_by`; "membunuh", "melukai" serve metaphors too)
_NOT_FORCE = frozenset({"tarif", "balik", "verbal", "siber", "produk", "dagang"})  # an attack noun's words of no strike
_NOT_HURT_WAY = frozenset({"yang", "dan", "serta"})
_IN_ACT = frozenset({"dalam", "dengan", "lewat", "melalui"})  # "menewaskan 40 orang dalam serangan ..."
# Words counting acts as a series before their noun ("dengan rentetan serangan rudal", "puluhan serangan").
_SERIES = frozenset({"rentetan", "gelombang", "serangkaian", "rangkaian", "hujan", "puluhan", "ratusan", "ribuan",
                     "beberapa", "sejumlah"})
_IN_WAR = frozenset({"dalam"})  # "terlibat dalam perang ...": the outsider's act is in the war
_KILLER_REACH = 8  # tokens from the act's noun back to the verb of killing
_CASUALTY_LINKS = frozenset({"akibat", "dalam", "karena", "oleh", "saat", "ketika"})
_CASUALTY_REACH = 6
_AT_PLACE = frozenset({"di"})
_CITIZENS = "citizens"
_CLAUSE_ENDS = frozenset({",", ";", ".", "namun", "tetapi", "sementara"})
# An actor joining an attack it does not wage: "AS bergabung dengan serangan Israel".
_JOINED_ACTS = frozenset({"FIGHT", "ASSAULT"})  # the acts a joiner shares ("bergabung dengan Israel dalam serangan")
_JOINING = frozenset({"bergabung", "ikut", "terlibat", "turut", "bagian"})  # "ambil bagian"
_JOIN_REACH = 8
_JOIN_STOPS = _JOINING | _CLAUSE_ENDS  # the walk back from an attack stops at a joining verb or a clause's end
_MODAL = frozenset({"future", "hypothetical"})
# "<number> bulan/tahun setelah X": X lies that long before the news
_AFTER = frozenset({"setelah", "sesudah", "usai"})
_LONG_UNITS = frozenset({"bulan", "tahun", "dekade"})
_COUNTS = {word: number for number, word in enumerate(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split(), start=1)}
_VAGUE_COUNTS = frozenset({"beberapa", "belasan", "puluhan"})
_COUNTED_UNITS = {"sebulan": (1, "bulan"), "setahun": (1, "tahun")}
_MANY_UNITS = frozenset({"berbulan", "bertahun"})  # "berbulan-bulan", "bertahun-tahun": a vague count
# Types an event may have without a recipient: alone, or with several sources together.
SOURCE_ONLY = frozenset({"REJECT", "PROTEST", "MOBILIZE", "INVESTIGATE"})
# Types whose target may be given only as a place: "serangan Israel di Gaza".
PLACE_TARGETS = frozenset({"FIGHT", "ASSAULT", "COERCE", "SANCTION"})
JOINT = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
# Types whose noun with two sides and no target is one side acting on the other ("perang Israel
# dan Iran"); for the others the sides act together ("kecaman Turki dan Mesir", "bantuan AS dan
# Inggris", "sanksi AS dan Uni Eropa"). Acts of force, whose targets are civilians when people.
HOSTILE = frozenset({"FIGHT", "ASSAULT", "COERCE"})
# Pacts: signed or agreed by their sides together ("kedua pemimpin menandatangani deklarasi
# kemitraan antara Indonesia dan Rusia": no recipient).
PACTS = frozenset({"AGREE", "SUPPORT"})
# Types whose partner after "dengan" acts with the source: an agreement is both sides'
# (and so is the signing of one, whose planned form is AGREE).
SIGNED_WITH = frozenset({"AGREE"})
_PLANNED = frozenset({"future", "hypothetical"})
_UNREAL = frozenset({"future", "hypothetical", "negation", "denied"})
# Acts that do not happen during the meeting a sentence refers back to: a war named in
# what was said there ("Dalam pertemuan tersebut, Putin memuji bantuan Korut selama invasi").
NOT_AT_MEETINGS = frozenset({"FIGHT", "ASSAULT"})
# ... nor does an act someone is thanked, praised or blamed for there ("berterima kasih kepada Kim atas
# partisipasi pasukan Korea Utara": the troops' part in the war came before; a visit thanked for is the one made).
_REASON_CHARS = 30
_OUTCOMES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})  # what two parties do together at their meeting
_SAID_AT_MEETINGS = frozenset({"AGREE", "SUPPORT", "DISAPPROVE", "DEMAND", "REJECT"})  # stances one side takes there
_TOO = "juga"
_OUTCOME_REACH = 3  # sentences after the meeting's in which they are told ("Pertemuan tersebut berlangsung dua jam." between)


_SPOKEN_NOW = frozenset({"THREATEN", "DEMAND", "DISAPPROVE"})  # stances and calls made when they are said


def _in_condition(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the trigger at ``first`` is inside a clause of condition: "jika" or the like before it, no comma between."""
    for position in range(first - 1, floor - 1, -1):
        if tokens[position].text == ",":
            return False
        if tokens[position].folded in _CONDITIONS:
            return True
    return False


def _others_not_denied(events: list[Event]) -> list[Event]:
    """Events of a sentence whose denial cue is a denial by one the event does not involve keep no `denied`:
    "Amerika Serikat membantah terlibat dalam serangan Israel ke Iran" denies the US part, not Israel's
    strike (nor does the denier report that strike)."""
    for denial in [e for e in events if e.event_type == "REJECT" and "denied" in e.context]:
        deniers = {a.country for a in denial.source if a.country}
        for event in events:
            countries = {a.country for a in event.source + event.recipient}
            if event is not denial and "denied" in event.context and event.cues.get("denied") == denial.trigger and \
                    deniers and None not in countries and not deniers & countries:
                event.context.remove("denied")
                event.cues.pop("denied", None)
                if event.attribution is not None and event.attribution.country in deniers:
                    event.attribution = None
    return events


def _fronted_condition(tokens: list[Token], first: int, floor: int) -> int | None:
    """The comma that closes a condition opening the clause before the verb at ``first`` ("Jika negosiasi
    gagal, Trump mengancam ..."), or None."""
    if floor >= first or tokens[floor].folded not in _CONDITIONS:
        return None
    return next((k for k in range(first - 1, floor, -1) if tokens[k].text == ","), None)


def _thanked_for_before(text: str, event: Event) -> bool:
    """Whether the event's trigger is what someone is thanked, praised or blamed for ("... atas partisipasi pasukan")."""
    return _REASON_FOR.search(text, max(0, event.trigger[0] - _REASON_CHARS), event.trigger[0]) is not None


def _said_there_too(tokens: list[Token], sentence: _Sentence, found: list[Event], meeting: Event) -> bool:
    """Whether a sentence right after one that told what was done at a meeting goes on with what
    a party of the meeting also did there: its events are stances of the meeting's people, with
    "juga" right after the source ("Kim Jong-un juga menyoroti ...")."""
    parties = {a.actor_id for a in meeting.source + meeting.recipient}
    return bool(found) and all(
        e.event_type in _SAID_AT_MEETINGS and e.source and {a.actor_id for a in e.source} <= parties
        and any(tokens[k].folded == _TOO and tokens[k].start > e.source[-1].end for k in range(sentence.first, sentence.last)
                if tokens[k].start < e.trigger[0]) for e in found)


def _outcome_of(event: Event, meeting: Event) -> bool:
    """Whether an undated act, not modal, is the joint outcome of the meeting told a few sentences before: its
    sources are the states of two or more of the meeting's parties ("Presiden Prabowo bertemu Presiden Turki Recep
    Tayyip Erdogan ... Kedua negara juga sepakat memperluas kerja sama")."""
    countries = {a.country for a in event.source}
    parties = {a.country for a in meeting.source + meeting.recipient}
    return event.event_type in _OUTCOMES and not MODAL & set(event.context) and len(countries) > 1 and \
        None not in countries and countries <= parties
# Types whose target, when the sentence names none, is the source's one opponent in the
# article: "224 orang tewas dalam serangan Israel" in a story of Israel and Iran at war.
OPEN_TARGETS = frozenset({"FIGHT"})
# Types whose target, when the sentence names none, is the two sides of a war named after
# the trigger: "menyerukan gencatan senjata atas perang Iran-Israel" calls on both.
CALLS_ON_PARTIES = frozenset({"DEMAND"})
_ABOUT = frozenset({"atas", "terkait", "soal", "mengenai", "dalam"})  # the word before that war
# Forces a state or its military sends somewhere: sent to a state's side they are military
# aid, sent to a region or a border (one of _FRONTS before the state) a deployment, MOBILIZE.
_FORCES = frozenset({"pasukan", "pasukannya", "tentara", "tentaranya", "personel", "prajurit", "marinir", "aset", "tank", "jet",
                     "pengebom", "tempur", "pesawat", "kapal", "batalion", "milisi"})
# A claim or an accusation a sentence reports before a denial of it ("Israel mengklaim ..., sedangkan Iran membantah").
_CLAIMED = frozenset({"klaim", "mengklaim", "diklaim", "tuduhan", "menuduh", "dituduh", "tudingan", "menuding", "dituding"})
# Verbs of a relative clause that name who used a weapon ("bom Amerika yang dijatuhkan jet tempur Israel").
_FIRED = frozenset({"ditembakkan", "diluncurkan", "dijatuhkan", "digunakan", "dilepaskan"})
# Weapons a passive attack's agent may be named by ("dihantam rudal Iran").
_WEAPONS = frozenset({"rudal", "misil", "roket", "drone", "nirawak", "pesawat", "jet", "jet-jet", "tempur", "pengebom",
                      "tank", "artileri", "bom", "peluru", "kendali", "balistik", "hipersonik", "serangan", "udara"})
_VEHICLES = frozenset({"pesawat", "kapal"})  # forces only when deployed by a state or its military
_MISSILES = frozenset({"rudal", "rudal-rudal", "roket", "roket-roket", "misil"})  # what air defence intercepts
_ONE_OF = frozenset({"salah", "satu", "sebuah"})  # "salah satu rudal", "sebuah drone": one of the weapons
_EXPELS = "mengusir"
_ACCESS = frozenset({"akses", "jalur", "koridor"})  # the way for aid ("akses bantuan"), not aid
_BOATS = frozenset({"perahu", "kapal-kapal", "armada"})
_FRONTS = frozenset({"perbatasan", "dekat", "sekitar", "lepas"})
_WITH = "dengan"  # "perbatasan dengan Lebanon": the border, past it
# Passives of arrest and examination that take the agent of a passive they follow ("ditangkap KPK dan
# diperiksa"; not a court's, "ditangkap polisi dan diadili").
_SHARED_AGENT = frozenset({"ditangkap", "ditahan", "diamankan", "diperiksa", "digeledah", "dimintai", "diringkus",
                           "dibekuk"})
_PERPETRATORS = "pelaku"  # the doers of the act named right after: "pelaku penyerangan terhadap anggota TNI"
_OVER = frozenset({"atas", "terhadap"})  # what a stance is about: "memprotes keras atas penahanan nelayan oleh Malaysia"
_GOVERNMENTS = frozenset({"pemerintah", "pemerintahan", "pemerintah pusat"})  # generic agents that are a state's government
_BACKING = frozenset({"mendukung", "membela", "bela", "solidaritas", "dukungan"})  # a rally for someone
_CEASEFIRE = "gencatan"
# Words of travel and arrival: two visits on one day so named are one trip (`_one_trip`).
_TRAVEL = frozenset({"perjalanan", "tiba", "mendarat", "bertolak", "berangkat", "terbang", "bertandang"})
# Goods whose arrival is no visit of the state they come from.
_CARGO = frozenset({"bantuan", "kiriman", "paket", "logistik", "barang", "muatan", "kargo", "pasokan", "jenazah"})
# Words before a ceasefire's noun in its phrase that make it sought, proposed or discussed, not one that holds
# (not "mencapai": "Israel dan Hamas mencapai gencatan senjata" reached one).
_SOUGHT = frozenset({"mengupayakan", "upaya", "berupaya", "menyerukan", "seruan", "mendesakkan", "usulan",
                     "mengusulkan", "proposal", "membahas", "pembahasan", "negosiasi", "merundingkan", "perundingan",
                     "sekadar", "menginginkan", "menuntut", "tuntutan", "permintaan", "prospek", "harapan",
                     "memperjuangkan", "mewujudkan", "menengahi", "mediasi"})
_SOUGHT_REACH = 4  # words from such a word to the ceasefire's noun
_SECURE = "mengamankan"  # to arrest someone, or to keep order at something
_OCCASIONS = frozenset({"aksi", "unjuk", "demo", "demonstrasi", "lokasi", "arus", "perayaan", "pertandingan",
                        # events of state and public life: "untuk mengamankan pelantikan kepala daerah"
                        "pelantikan", "pemungutan", "pilkada", "pemilu", "upacara", "konser", "kampanye", "sidang",
                        "pawai", "ibadah"})
# (the acts of keeping order the patterns' [ignore] already names: "mengamankan jalannya ...", "... kunjungan")
_CLAUSE_MARKS = frozenset(",;:-–—(\"“")  # what may stand right before a clause's subject
_SENT_WORDS = frozenset({"sebanyak", "sekitar", "tambahan", "buatan", "milik", "asal"})  # around what is sent
_TARIFFS = frozenset({"tarif", "bea"})
_NOT_THE_TARIFF = frozenset({"sehingga", "yang", "karena", "setelah"})  # a clause about something else
_FALLING = frozenset({"turun", "diturunkan", "dipangkas", "dikurangi", "berkurang", "dilonggarkan"})  # a tariff eased
_LOWERED_REACH = 6  # tokens from a tariff's trigger to the word of its fall
_DECLARING = frozenset({"mengumumkan", "mendeklarasikan", "memberlakukan"})
_SAID_OF_IT = frozenset({"berakhir", "harus", "akan", "telah", "sudah", "dilanggar", "dimulai", "berlaku", "dihormati",
                         "antara", "yang"})  # what is said of a ceasefire, not its declaration ("yang": another's)
_SAID_REACH = 4
_SECURING = frozenset({"mengamankan", "menjaga", "mengawal", "menertibkan", "mengatur", "pengamanan", "penjagaan",
                       "pengawalan", "pengaturan"})
# Forces sent to pursue or fight someone are deployed against them, not given to them.
_PURSUING = frozenset({"mengejar", "memburu", "menangkap", "menumpas", "menyerang", "menindak", "membasmi", "memerangi",
                       "melumpuhkan", "menggempur"})
_PROMISED_TO = frozenset({"kepada", "pada"})  # "berjanji kepada X akan ...": X, to whom it is promised
_AUXILIARY_AFTER = re.compile(r"\s+(?:akan|bakal|tidak\s+akan|tak\s+akan|segera|siap)\b", re.IGNORECASE)
_HELPING = frozenset({"membantu", "ikut", "turut", "melakukan"})  # before a purpose's own verb: "untuk ikut mengamankan"
_PURPOSE_REACH = 8  # tokens from a deployment's verb to the word of its purpose
_COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tenggara", "laut", "daya"})  # (timur laut, barat daya)
# Words that put a place beside, not at, where something is struck ("di lepas pantai Yaman").
_NEAR_PLACES = _FRONTS | {"pantai", "perairan", "laut"}
_CALL_REACH = 60  # characters from the trigger to that war
# Verbs of a relative clause that name an attack's target: "serangan yang menargetkan X".
TARGETING = frozenset({"menargetkan", "menyasar", "mengincar", "membidik", "ditujukan"})
_ACCUSATIONS = frozenset({"tuduhan", "klaim"})  # nouns of what is alleged, which a denial may take
_SAYS_WHAT_IT_AIMS_AT = frozenset({"yang", ","})  # before a verb of targeting that goes on from an attack named before
_ATTACK_NOUNS = frozenset({"serangan", "gempuran", "serbuan", "agresi", "pengeboman", "pemboman", "operasi"})
_SANCTIONS_WORD = "sanksi"
_CONCESSIVE = frozenset({"meski", "meskipun", "walaupun", "walau", "sementara"})  # a clause of its own after them
# A warning that asks for an act is a demand: "memperingatkan AS agar tidak membantu Israel".
_WARNINGS = frozenset({"memperingatkan", "diperingatkan", "mengingatkan", "peringatan"})
# Acts done by saying something, which the day a later attribution gives dates: '... meminta
# polisi mengusut kasus itu. "...," kata Habiburokhman, Rabu (18/6).'; "Hal itu disampaikan ...".
_SAYINGS = frozenset({"DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "AGREE", "SUPPORT"})
_THAT_SAID = frozenset({"hal", "pernyataan", "keterangan", "penegasan", "penjelasan",
                        # the saying named by what it was: "Perintah itu disampaikan Dedi ..., Senin (16/6/2025)"
                        "perintah", "instruksi", "arahan", "permintaan", "imbauan", "desakan", "seruan", "ajakan",
                        "kritik", "kecaman", "teguran", "peringatan", "penolakan", "bantahan", "dukungan", "apresiasi",
                        "usulan", "janji", "komitmen", "tuntutan", "pujian"})
# Verbs by which a sentence says when the happening it names again took place.
_TOOK_PLACE = frozenset({"dilakukan", "digelar", "dilaksanakan", "diadakan", "diselenggarakan", "berlangsung",
                         "terjadi", "ditandatangani", "diteken", "tiba",  # ("Bantuan tersebut tiba pada Senin")
                         "diumumkan",  # (a decision's day, of no strike: "Penetapan tersebut diumumkan pada Selasa")
                         "dicapai",  # (an agreement's: "Kesepakatan itu dicapai di London pada Selasa")
                         # aid's delivery: "Bantuan itu diberangkatkan dari Halim pada Senin"
                         "diberangkatkan", "disalurkan", "diserahkan", "dikirim", "dikirimkan",
                         # a verdict's or a demand's reading in court: "Vonis itu dibacakan hakim ... pada Selasa"
                         "dibacakan"})
# Nouns that name an agreement again ("Kesepakatan itu dicapai ...", `_names_again`).
_AGREEMENT_NOUNS = frozenset({"kesepakatan", "komitmen", "konsensus", "kesepahaman"})
_ANNOUNCED = "diumumkan"
_CALLED_OFF = frozenset({"batal", "dibatalkan", "urung"})  # a happening named, then called off
_OCCASION_OPENERS = frozenset({"dalam", "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "pada"})
_CALLED_OFF_REACH = 8  # tokens from a noun trigger to the word that calls it off
# Words that open what a speaker spoke about, whose dates are not the speaking's.
_SPOKEN_ABOUT = frozenset({"menanggapi", "merespons", "merujuk", "terkait", "soal", "mengenai", "tentang", "atas"})
# Nouns that name any happening again ("Kegiatan ini", "Hal tersebut"); other nouns must be the act's own trigger.
_OCCASIONS_NAMED = frozenset({"kegiatan", "acara", "hal", "peristiwa", "kejadian", "insiden", "agenda", "aksi"})
# Words after which a date belongs to another happening than the one named again.
_OTHER_TIME_CLAUSES = frozenset({"setelah", "sesudah", "sebelum", "menjelang", "usai", "seusai", "sejak", "menyusul"})
_SPAN_WORDS = _ONGOING | {"hingga", "sampai", "mulai", "dari"}  # a span's bounds date no happening
# Arrest verbs of crime news that sports headlines use for a win ("Jepang membekuk Australia").
_CRIME_ARRESTS = frozenset({"meringkus", "diringkus", "membekuk", "dibekuk", "menciduk", "diciduk", "mencokok", "dicokok"})
_ARRESTS = frozenset({"menangkap", "ditangkap", "menahan", "ditahan", "mengamankan", "diamankan", "menggerebek",
                      "digerebek", "menggeledah", "digeledah", "penangkapan", "penahanan", "penggeledahan"}) | _CRIME_ARRESTS
_PHYSICAL_TYPES = frozenset({"FIGHT", "ASSAULT", "MOBILIZE"})  # acts whose announcement is not their day
_PREMISES_REACH = 8  # tokens from a passive act of law enforcement to the "di" of the premises it takes place at
_CARE_PREMISES = frozenset({"rs", "rsud", "rsup", "rumah", "klinik", "puskesmas"})
_BUILDINGS = frozenset({"gedung", "kantor", "markas"})  # a body's premises, written in lower case too
_PREMISES_WORDS = 4  # capitalised words of the premises before the body's name ("Gedung Merah Putih KPK")
_TOLD_REACH = 1  # sentences with no event between a happening and the one that dates it
_HELD_WORDS = 7  # tokens from a sentence's start to the demonstrative of the happening it names again
_SAID = frozenset({"disampaikan", "diungkapkan", "dikatakan", "ditegaskan", "dijelaskan", "disebutkan",
                   "dinyatakan", "diutarakan", "dikemukakan"})
# What a warning that forecasts a hazard opens with ("memperingatkan (bahwa) akan ada gangguan",
# "... risiko penularan"), past the words that lead to it.
_FORECASTS = frozenset({"ada", "adanya", "terjadi", "terjadinya", "potensi", "risiko", "bahaya", "kemungkinan"})
_FORECAST_LEADS = frozenset({"bahwa", "akan", "bisa", "dapat", "mungkin"})
_THREATS = frozenset({"mengancam", "ancam", "ancaman", "diancam", "bersumpah", "bertekad"})
_THREAT_LINKS = frozenset({"akan", "untuk"})
_THREAT_ADVERBS = frozenset({"terus", "segera", "kembali", "langsung"})  # "mengancam akan terus menggempur Iran"
_STANCE_ADVERBS = frozenset({"keras", "tegas"})  # between a stance verb and the act it is on
# Bare verbs of the acts headlines threaten ("Trump ancam serang Iran", "Iran ancam tutup Selat Hormuz").
_BARE_ACTS = frozenset({"serang", "tutup", "balas", "keluar", "boikot", "mogok", "tarik", "hentikan", "blokir", "usir",
                        "tembak", "bom", "hancurkan", "bunuh", "tangkap", "pecat", "gugat", "laporkan", "potong", "naikkan",
                        "kenakan", "larang", "cabut", "jatuhkan", "putus", "bekukan"})
_EXERCISE = "latihan"  # a joint exercise's word: cooperation only between two states' forces
_TRIALS = frozenset({"sidang", "persidangan"})  # a hearing held with a defendant: the court's legal action
_NOT_HELD = frozenset({"ditunda", "tertunda", "diundur", "dibatalkan", "batal", "urung", "tidak", "tak", "belum"})
_TRIAL_WINDOW = 12  # words from a hearing's noun to its defendant ("Sidang lanjutan kasus dugaan suap ... dengan terdakwa")
# A verdict read in a quote: '"Menjatuhkan pidana terhadap Terdakwa ...," ujar hakim', '"Mengadili, menyatakan terdakwa
# ... bersalah," kata hakim ketua'.
_SENTENCING = frozenset({"menjatuhkan", "mengadili", "menyatakan"})
# Words after which a quote's opening verb phrase is a subject, not the speaker's act ("Menyerang Iran adalah ...").
_PREDICATES = frozenset({"adalah", "merupakan", "bukan", "bukanlah", "ialah", "berarti", "membutuhkan"})
# Words opening a clause of time whose act is the main subject's: "Usai bertemu Putin, Prabowo ..."
_TIME_CLAUSE_OPENERS = frozenset({"usai", "seusai", "setelah", "sesudah", "selepas", "sebelum", "saat", "ketika",
                                  "sewaktu", "sembari", "sambil"})
_THREATENS = "mengancam"  # a threat of the act its next word names, with no target: "mengancam mogok"
_ENDANGERING = frozenset({_THREATENS, "ancam"})  # also "to endanger" when a thing, not an actor, is the object
_STRIKE_WORDS = frozenset({"mogok", "demo", "berdemo"})
# A sports body by its name, and the acts of its own discipline (`_sports_discipline`).
# (by its game, in Indonesian or in the knowledge base's English; not "olahraga": "Dinas Pemuda dan Olahraga" is an office)
_SPORTS_BODY = re.compile(r"\b(?:sepak ?bola|football|futsal|bulu ?tangkis|badminton|bola basket|basketball|bola voli|"
                          r"volleyball|tenis|tennis|atletik|athletics|fifa|uefa|pssi|fiba|fivb|pbvsi|pbsi|bwf)\b", re.IGNORECASE)
_DISCIPLINE = frozenset({"COERCE", "INVESTIGATE", "SANCTION"})
_OWN_SIDE = FIRST_PERSON | {"pihaknya", "negaranya"}  # the threatener, after "bahwa"
_REFUSALS = frozenset({"menolak", "ditolak"})
# The nouns of an incident among them do not refer back to the arrest of its suspects that
# followed it ("Polisi menangkap dua pelaku pembacokan. Peristiwa itu dikecam warga."), while
# an arrest of others is an incident ("Polisi menangkap 20 mahasiswa. Amnesty mengecam insiden itu.").
_INCIDENTS = frozenset({"kejadian", "peristiwa", "insiden", "perbuatan", "penyerangan", "penembakan", "pembunuhan"})
_ACT_NOUNS = frozenset({"serangan", "serangan-serangan", "tindakan", "aksi", "langkah", "operasi", "agresi",
                        "pengeboman", "invasi", "sanksi", "blokade", "penangkapan", "penahanan", "latihan",
                        "pengerahan", "penyerbuan", "pendudukan", "manuver", "keputusan", "kebijakan",
                        "rencana", "dakwaan", "vonis", "putusan", "hukuman", "uji", "tes", "bantuan", "peluncuran",
                        "pembebasan", "penarikan"}) | _INCIDENTS
# ("uji coba rudal balistik oleh Korea Utara", "tes rudal": a weapons test is its tester's act)
# Act nouns that name one type of act again ("menolak dakwaan tersebut": the indictment's prosecutor).
_NOUN_ACTS = {"latihan": {"MOBILIZE"}, "pengerahan": {"MOBILIZE", "AID"}, "penyerbuan": {"FIGHT"}, "pendudukan": {"FIGHT"},
              "manuver": {"MOBILIZE", "FIGHT"}, "dakwaan": {"COERCE"}, "vonis": {"COERCE"}, "putusan": {"COERCE"},
              "hukuman": {"COERCE"}, "bantuan": {"AID"}, "pembebasan": {"RETREAT"}, "penarikan": {"RETREAT"}}
# ... and for the court's and the prosecutors' acts, the words of the triggers they name again.
_VERDICT_WORDS = ("vonis", "hukum", "pidana", "putus")
_NOUN_TRIGGERS = {"dakwaan": ("dakwa",), "vonis": _VERDICT_WORDS, "putusan": _VERDICT_WORDS, "hukuman": _VERDICT_WORDS}
# What a warning forecasts that is someone's act, so a threat: "akan ada pembalasan yang keras".
_FORECAST_ACTS = _ACT_NOUNS | {"pembalasan", "balasan", "konsekuensi", "respons", "perang", "eskalasi"}
_SUSPECTS = frozenset({"pelaku", "tersangka", "terdakwa", "terpidana", "terduga", "pengedar", "teroris", "begal",
                       "bandar", "buronan", "dpo"})  # generic agents who are suspects
# Calls and offers a stance may refer back to ("menolak tuntutan tersebut", "mendukung usulan itu"),
# with the event types that code them; a refusal with a clitic ("menolaknya") may refer to either.
_REFERRED_SAYINGS = {"tuntutan": "DEMAND", "seruan": "DEMAND", "desakan": "DEMAND", "ultimatum": "DEMAND",
                     "permintaan": "DEMAND", "imbauan": "DEMAND", "usulan": "AGREE", "proposal": "AGREE", "tawaran": "AGREE"}
# Agreements and pacts a stance may refer back to, made (AGREE) or signed (SUPPORT): "Guterres menyambut baik
# kesepakatan tersebut", "China mengecam pakta itu" (its makers).
_REFERRED_DEALS = dict.fromkeys(["kesepakatan", "perjanjian", "pakta", "kesepahaman", "traktat"],
                                frozenset({"AGREE", "SUPPORT"}))
# Nouns of an act or a call that say whose it was, which a stance at home may take as its object:
# "menolak dakwaan tersebut" (the prosecutors'), "mendukung langkah itu", "menolak tuntutan tersebut".
_DOERS_NAMED = frozenset(_NOUN_ACTS) | frozenset(_REFERRED_SAYINGS) | {"langkah", "keputusan", "kebijakan", "rencana", "tindakan"}
_ASKING = frozenset({"agar", "supaya", "jangan"})
_NOT_TO = frozenset({"tidak", "tak", "jangan"})  # "untuk tidak ...": a warning asks not to act
_ASKING_WINDOW = 12
# What the law does to people, in the passive a call asks for (`_enforcement_asked`).
_LAW_PASSIVES = frozenset({"dikejar", "ditangkap", "diusut", "diproses", "dihukum", "ditindak", "diadili", "ditahan",
                           "diperiksa", "dipidana", "dijerat"})
_COMPLAINT_NOUNS = frozenset({"laporan", "aduan", "pengaduan"})  # whose complaint is investigated: its maker, not the target
_ARMED_GROUP_WORDS = frozenset({"kkb", "opm", "teroris", "terorisme", "separatis", "milisi", "pemberontak", "jaringan"})
_ARMED_WORDS = 4  # words before a person's name where such a word makes the person one of them (`_armed_one`)
_HIGHLIGHTS = "menyoroti"  # praise only of ties with a partner abroad
_TIE_REACH = 10  # tokens after the trigger where the parties of the ties highlighted are named (`_tie_partner`)
_LEADS = "memimpin"  # leading a delegation or a mission: a visit where it goes (`_led_to`)
_LED_REACH = 6  # tokens from the trigger to the "ke" of where it goes
_NOT_VISITS = frozenset({"ktt", "konferensi", "sidang", "pertemuan", "forum", "perdamaian"})
_OBJECTION = "keberatan"
_ABOUT_WORDS = _ABOUT - {"atas", "dalam"} | {"tentang", "lebih", "jauh", "lagi"}  # words of topic before "peran"
_TOPIC_WORDS = 3  # words of topic between an investigation's verb and "peran" (`_part_examined`)
_PART_NOUNS = frozenset({"peran", "keterlibatan"})
_LAW_ASKED_REACH = 18  # tokens from "agar" to that verb (past the people's description: "pelaku ancaman bom terhadap ...")
# Leaving an area, which a state's or a military's order to another state's civilians asks before a strike.
_EVACUATE = frozenset({"mengungsi", "evakuasi", "dievakuasi", "mengosongkan", "meninggalkan", "menjauhi"})
_NEAR = BESIDE | {"dekat", "sekitar", "perbatasan", "luar", "sepanjang"}  # words of a site beside a place
# A deal between two sides "yang diusulkan oleh X" is X's proposal to them.
_PROPOSED = frozenset({"diusulkan", "diajukan", "ditawarkan", "digagas", "disampaikan", "disodorkan", "dirancang",
                       "dilayangkan"})  # ("gugatan yang dilayangkan X": X's suit)
_PROPOSAL_WORDS = 8  # words of a request's noun phrase before "yang" ("permohonan izin pendirian pabrik semen yang ...")
_RETALIATION = frozenset({"balasan", "pembalasan"})  # "memicu serangan balasan Iran": against the provoker
# Types of violence: a pe-...-an noun of theirs may name what it strikes after it ("penyerangan pos TNI",
# past the sites below), and their day is never that of an announcement.
_STRIKES = frozenset({"FIGHT", "ASSAULT"})
_STRUCK_SITES = frozenset({"pos", "markas", "kantor", "rumah", "gedung", "kamp", "pangkalan", "barak", "fasilitas", "kapal"})
# Retaliation against an act named again: whom a strike or threat answers is the act's doer.
_ANSWERING = frozenset({"FIGHT", "THREATEN"})
_ANSWER_VERBS = frozenset({"membalas", "menanggapi", "merespons"})
_ANSWER_NOUNS = frozenset({"balasan", "pembalasan"})  # "our retaliation" (patterns); after a measure's noun, a bare one
# Words after "balasan kami" that make it a reply sent, not retaliation (`_reply`), within a few tokens.
_DELIVERED = frozenset({"dikirim", "dikirimkan", "disampaikan", "diterima", "disusun", "diserahkan", "usulan", "proposal",
                        "tawaran", "surat"})
_REPLY_REACH = 4
_UNANSWERED = frozenset({"dengan", "jika", "apabila", "bila", "kalau", "secara", "segera", "nanti"})  # after a bare "membalas"
_ANSWER_REACH = 4  # tokens after a trigger where the verb of retaliation may stand ("bersumpah akan membalas")
_ANSWERED_ACTS = frozenset({"FIGHT", "ASSAULT", "SANCTION"})  # what a bare retaliation answers (`_attacker_of`)
# The nouns of measures before `_ANSWER_NOUNS` that make a bare retaliation: "mengancam akan mengambil langkah balasan"
# (counter-measures, which may answer a sanction), "melancarkan serangan balasan" (a strike back).
_COUNTER_MEASURES = frozenset({"langkah", "tindakan", "aksi"})
_MEASURE_HEADS = _COUNTER_MEASURES | {"serangan"}
_ATTENDED = frozenset({"dihadiri", "diikuti"})
# Verbs of carrying out, giving, sending or entering an act: "serangan yang dilancarkan Israel" is
# Israel's, "kesepakatan yang dijalin X dan Y" theirs.
_DONE = frozenset({"dilancarkan", "dilakukan", "dilaksanakan", "dijatuhkan", "dikenakan", "diberlakukan", "diterapkan",
                   "diberikan", "dikirim", "dikirimkan", "disalurkan", "diluncurkan", "ditembakkan", "digelar", "dijalin",
                   # a stance voiced or filed: "gugatan yang dilayangkan Partai Demokrat", "kritik yang dilontarkan X"
                   # (not "diajukan", of proposals as well: "sanksi yang diajukan Prancis" is not yet imposed)
                   "dilayangkan", "dilontarkan", "disuarakan"})
# A quantity between a light verb and its noun: "mengirim 10 ton bantuan".
_MEASURES = frozenset({"ton", "kg", "kilogram", "paket", "truk", "kontainer", "unit", "juta", "miliar", "triliun",
                       "ribu", "ratusan", "ribuan", "puluhan", "liter", "dosis", "karung", "lembar", "set", ",", "."})
_QUANTITY_WORDS = 5
_ROUNDS = frozenset({"putaran", "babak", "ronde"})  # "putaran kedua perundingan": a round of talks (`_noun_of`)
_ABOUT_AMOUNTS = frozenset({"lebih", "dari", "sekitar", "hampir", "setidaknya", "sedikitnya", "kurang"})
_CONDITION_REACH = 8  # words between a threat and the condition that names its target
_PLACE_WORDS = 8  # tokens between a meeting and "yang dihadiri": its own words and its place
# Who needs what aid gives: "amunisi yang diperlukan (oleh) Rusia".
_NEEDING = frozenset({"dibutuhkan", "diperlukan"})
_NEED_WINDOW = 6
# Stances toward an act, whose recipient may be the act's doer: "mengecam serangan yang dilancarkan Israel".
STANCES = frozenset({"DISAPPROVE", "SUPPORT", "REJECT"})
# Stances whose object act is reported as done and coded too ("mengecam serangan Israel
# terhadap Iran"), unlike a refusal's ("menolak sanksi PBB terhadap Israel": proposed).
_ACT_STANCES = frozenset({"DISAPPROVE", "SUPPORT"})
# A stance verb with a clitic object ("mengecamnya") is toward the doer of the act named
# just before (in its sentence or the one before).
_CLITIC = "nya"
# Thanks to someone for an act: "berterima kasih kepada X atas ...", "menyampaikan apresiasi kepada X atas ...".
_THANKS = frozenset({"kasih", "apresiasi", "penghargaan"})
_THANKS_WORDS = 3  # words between the thanks and "kepada" at most ("terima kasih yang mendalam kepada")
_THANKED_WORDS = 6  # words of the one thanked, between "kepada" and "atas", at most
# A demand for a sentence is a prosecution, legal action: "Jaksa menuntut X dengan hukuman 12 tahun penjara".
_PROSECUTING = frozenset({"menuntut", "dituntut"})
_SET_AS = "ditetapkan"  # named a suspect or a fugitive, the role right after it
_STEPS_BACK = "mundur"  # no withdrawal of forces unless they are named: "mundur dari jabatannya", "pantang mundur"
_DONE_AS = "sebagai"  # an act done as another ("... sebagai bentuk protes"): the first act's doer does both
# A strike, a noun whose doer is the clause's subject when no actor follows it, as the verb's is ("Karyawan Sritex
# mogok kerja"; but "Mogok kerja karyawan PT X ..." is the employees').
_STRIKE = "mogok"
# Verbs that judge or call an act something, not do it: "menilai pembakaran itu sebagai bentuk protes".
_JUDGING = frozenset({"menilai", "menganggap", "memandang", "menyebut", "melihat", "mengategorikan", "menggolongkan",
                      "dinilai", "dianggap", "dipandang", "disebut", "dilihat"})
# Acts of force or restriction that are protests when civilians do them (states' and forces' stay what they are).
_CROWD_ACTIONS = frozenset({"memblokade", "memblokir", "diblokade", "diblokir", "blokade", "pemblokiran", "memboikot"})
# Occupying is a protest only of a public building or a part of one ("mahasiswa menduduki ruang rapat DPRD"; not
# settlers taking a house, nor vendors a pavement).
_OCCUPYING = frozenset({"menduduki", "diduduki", "pendudukan"})
_OCCUPIED = frozenset({"gedung", "kantor", "ruang", "halaman", "balai", "rektorat", "kampus", "pendopo", "pabrik"})
_SENTENCES = frozenset({"hukuman", "pidana", "penjara", "dihukum", "dipidana", "vonis", "kurungan"})
# A verdict of guilt asked for: "menuntut agar terdakwa dinyatakan ... bersalah" (the formula of the charge).
_DECLARES, _DECLARED_PASSIVE, _GUILTY = "menyatakan", "dinyatakan", "bersalah"
_DECLARED = frozenset({_DECLARED_PASSIVE, _DECLARES})  # ("agar hakim menyatakan terdakwa X bersalah")
_NONE_OF = re.compile(r"\b(?:tak|tidak)\s+(?:satu|seorang)\s+pun\b|\btidak\s+ada\b[^.,]*\byang\b", re.IGNORECASE)
_SENTENCE_UNITS = frozenset({"tahun", "bulan"})  # "dituntut lima tahun penjara"
_SENTENCE_DEGREES = frozenset({"ringan", "berat"})  # "menuntut ringan terdakwa": right after the demand only
_SENTENCE_WINDOW = 14  # tokens after the demand ("menuntut mantan Gubernur Maluku Utara X dengan hukuman ...")
_POLICE = re.compile(r"polisi|aparat|polri|polda|polres|polsek|brimob|korlantas|densus")  # who keep order at a protest
_PROSECUTORS = frozenset({"jaksa", "jpu", "penuntut umum", "jaksa penuntut umum", "oditur", "oditur militer"})
_PROSECUTOR_AGENT = "jaksa"  # the generic agent's noun of prosecutors
_TITLE_REACH = 6  # words of a title before a name ("Jaksa Kejari Jakarta Selatan Rina Wulandari")
_PROSECUTOR_TITLES = frozenset({"jaksa", "jpu", "penuntut"})  # title words of a prosecutor
# Holding or seizing people: an armed group doing so abducts them ("sandera yang ditahan oleh Hamas").
_HOLDING = frozenset({"menahan", "ditahan", "menangkap", "ditangkap", "menyandera", "disandera", "menculik", "diculik"})
_MEDIATION_WINDOW = 8  # "mediator dalam perundingan gencatan senjata antara X dan Y": the sides mediated
_MANNER = frozenset({"langsung", "aktif", "secara"})  # adverbs between a light verb and its noun
_TAKEN_FROM = frozenset({"confiscate"})  # modes whose "dari" names whose it was
_LATER_OCCASIONS = frozenset({"dikonfirmasi", "ditemui", "dihubungi", "usai", "seusai", "setelah", "wawancara"})
_ELECTIONS = frozenset({"pencoblosan", "pilkada", "pemilu", "kampanye", "bawaslu"})  # a campaign's gifts are no aid
_HANDING_OUT = frozenset({"membagikan", "dibagikan"})
_SMUGGLED_WORDS = 4  # words after "menggagalkan penyelundupan" within which smuggled people are named
_THWARTS = "menggagalkan"  # smuggling stopped on its way: a seizure whose "dari" is where the goods came from
_LEAVING = frozenset({"RETREAT"})  # acts whose "dari" names what is left, not who acts ("serangan dari Iran" is Iran's)
_SENT_TYPES = frozenset({"AID", "FIGHT"})  # sending forces or weapons, firing weapons: a passive's subject is what is sent
# Adverbs of manner between a verb and its agent or object ("dikecam keras China", "mengecam keras serangan
# tersebut"; "secara" with its word).
_MANNER_ADVERBS = frozenset({"keras", "penuh", "tegas", "langsung", "sepenuhnya", "habis-habisan", "bertubi-tubi",
                             "pedas", "sengit", "secara", "tajam", "sekeras-kerasnya"})
# Words that may open an object before its actor, and those of a case someone is reported for.
_DETERMINERS = frozenset({"seluruh", "semua", "para", "pihak", "mantan", "eks", "sejumlah", "beberapa", "negara",
                          "negara-negara", "kedua", "setiap"})
_CASE_WORDS = frozenset({"dugaan", "kasus", "perkara", "korupsi", "penipuan", "pencemaran", "nama", "baik", "suap",
                         "gratifikasi", "pelanggaran", "penggelapan", "ujaran", "kebencian"})
_OBJECT_WORDS = 6
# Urging verbs that code a demand only with an act asked for after whom they urge.
_URGING = frozenset({"mendorong", "mengingatkan"})  # ("mengingatkan kembali pesan Bung Karno" recalls, asks nothing)
# Verbs whose target must open their object, not own something in it ("menekan ekspor Indonesia" is no threat).
_OBJECT_FIRST = _URGING | {"menekan", "menggertak", "mengintimidasi"}
_URGED_WORDS = 12
_ORDERS = frozenset({"perintah", "peringatan", "pemberitahuan"})  # an evacuation order or warning: "perintah evakuasi"
_CIVIL_STAFF = frozenset({"personel"})  # staff a civil body sends: relief, not military aid
_CAUSES = frozenset({"kenaikan", "penurunan", "kondisi", "situasi", "hal", "faktor", "krisis", "konflik", "perang",
                     "ketegangan", "kebijakan", "keputusan", "kunjungan", "pernyataan", "sikap", "ancaman", "tekanan"})
# Verbs of reporting someone to an authority, and the authorities' words: "melaporkan X ke KPK".
_COMPLAINTS = frozenset({"melaporkan", "mengadukan", "dilaporkan", "diadukan"})
_AUTHORITIES = frozenset({"polisi", "kepolisian", "polda", "polres", "polresta", "polrestabes", "polsek", "polri",
                          "bareskrim", "mabes", "propam", "kpk", "kejaksaan", "kejagung", "kejati", "kejari",
                          "bawas", "dkpp", "bawaslu", "ombudsman", "komnas"})
_COMPLAINT_WINDOW = 8  # tokens from the verb to "ke" ("melaporkan mantan Menteri Kominfo Budi Arie ke Bareskrim")
# Prepositions of whom an act is done to, after a noun of its own: "penangkapan terhadap AP".
_UNDERGOING = frozenset({"terhadap", "atas"})
_SENTENCED_TO = frozenset({"kepada", "bagi", "terhadap"})  # whom a sentence is passed on: "menjatuhkan hukuman ... kepada X"
_CHARGES = _SENTENCES | {"pasal"}  # a sentence or a charge, named before whom it is passed on
_SENTENCE_WORDS = 8  # tokens of the sentence passed before the preposition ("hukuman 20 tahun penjara kepada")
_AT = frozenset({"di"})
_AGAINST = frozenset({"terhadap"})  # after a state's or body's name that a patient noun's genitive gives
# Passive verbs of carrying out an act, which name no agent: "dilakukan penangkapan terhadap AP".
_CARRYING = frozenset({"dilakukan", "dilaksanakan"})
_WE_CARRY = "lakukan"  # the light verb after a first person: "Setelah kami lakukan penyelidikan ..."
_CARRIED_WORDS = 8  # tokens between a noun and the "dilakukan" after it
# Responding with an act is doing it: "Iran membalas dengan serangan rudal ke Israel",
# "Teheran menanggapinya dengan serangan rudal" (the act after "dengan", not a noun object:
# "menanggapi kecaman AS" is no criticism by the one responding).
_RESPONSES = frozenset({"membalas", "menanggapi", "merespons", "merespon", "menjawab"})
_HARM = frozenset({"COERCE", "ASSAULT", "FIGHT", "INVESTIGATE", "SANCTION", "THREATEN"})  # acts no thanker undergoes
_SHOWING = frozenset({"menunjukkan", "memberikan", "memberi"})  # a verb between "atas" and what is thanked for
_REASON_FOR = re.compile(rf"\batas\s+(?:(?:{'|'.join(sorted(_SHOWING))})\s+)?[\"“]?\s*\Z")  # (`_thanked_for_before`)
# The contexts a verb or noun right before "bahwa" gives the clause it opens ("membantah tuduhan bahwa ...").
_THAT_CUE_WORDS = 2
# nouns of what is told, or claimed ("membantah tudingan bahwa ...": what a denied accusation says is alleged)
_REPORTS = frozenset({"laporan", "kabar", "isu", "rumor", "informasi", "berita", "pemberitaan", "tudingan"})
_CONTENT_CONTEXTS = ("alleged", "denied", "hypothetical")
_MESSAGES = frozenset({"pesan", "surat", "telegram", "ucapan", "pesannya", "suratnya"})  # a stance sent to someone
_COORDINATED_REACH = 8  # tokens back from "dan" to the verb it joins at most
# Acts a stance may be about with their owner as a clitic ("mendukung operasi militernya"): the
# stance is toward the owner, named before.
_OWNED_ACTS = frozenset({
    "operasi", "serangan", "agresi", "invasi", "tindakan", "langkah", "kebijakan", "keputusan", "rencana", "usulan",
    "tuntutan", "permintaan", "sikap", "upaya", "program", "kampanye", "ancaman", "klaim",
    "keinginan", "tawaran", "proposal", "desakan", "seruan", "gagasan",
})
_OPENING_ACTS = _OWNED_ACTS | {"dukungan", "pernyataan"}  # act nouns whose owner a passive stance is toward
_SELF_STANCES = frozenset({"membela", "mempertahankan"})  # stances one takes on one's own acts
_OWN = "sendiri"
ACTS = frozenset({"FIGHT", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
_PASSIVE = re.compile(r"di[a-z]{4,}")
_VERB = re.compile(r"(?:me|di)[a-z]{4,}")
# ber- and ter- verbs that can be a relative clause's own predicate ("yang diduga terlibat ..."), and words
# of those prefixes that are none (beside the arguments' NOT_VERBS)
_STATE_VERB = re.compile(r"(?:ber|ter)[a-z]{4,}")
_NOT_STATE_VERBS = NOT_VERBS | frozenset({"terhadap", "tersebut", "termasuk", "terkait", "terutama", "terakhir", "terbaru",
                                          "tertentu", "terbesar", "tertinggi", "terendah", "terdekat", "bernama", "berusia",
                                          "berasal"})
# Words that open a clause without its own subject, which keeps the main clause's future.
_SUBJECTLESS = frozenset({"sebelum", "setelah", "sesudah"})
_SEATS = frozenset({"markas", "kantor", "sekretariat"})  # "berkunjung ke markas NATO": the body hosts
_CLAUSE_JOINTS = frozenset({"dan", "serta", "tetapi", "namun", ",", ";"})
_DONE_LIGHT = frozenset({"disampaikan", "dilakukan", "diberikan", "dilancarkan", "dikeluarkan", "dilayangkan",
                         "dilontarkan", "disuarakan", "diungkapkan", "dinyatakan", "diajukan", "digelar", "diadakan"})
_FOREIGN_DEFAULTS = frozenset({"THREATEN"})  # types whose default topic holds only between states
_WE = frozenset({"kami", "kita"})  # the first person that may speak for a body
_AID_WORDS = frozenset({"bantuan"})  # in the trigger of halting aid
_FOREIGN_MINISTRY = ":MFA"  # the knowledge base's foreign ministries: "IDN:MFA", "TUR:MFA"
_SUMMONS = frozenset({"memanggil", "dipanggil"})  # a summons "ke Istana" is a president's call, no questioning
_STUDYING = frozenset({"mendalami", "didalami"})  # the study that is a probe only by the law (`_studied`)
_ENFORCING_AGENTS = frozenset({"polisi", "penyidik", "jaksa", "kejaksaan", "kepolisian", "aparat", "petugas"})
_HEARINGS = _SUMMONS | {"pemanggilan"}  # a summons, by a legislature a hearing (`_hearing`), of reservists a call-up
_RESERVES = "cadangan"  # "memanggil puluhan ribu tentara cadangan": forces called up (`_hearing`)
_PALACE = "istana"
# Going to a body to press it: the verb before "untuk" and the demand (`_called_on`).
_CALLING_ON = frozenset({"mendatangi", "menyambangi", "menggeruduk", "mengadu", "mengunjungi", "menemui"})
_COMPLAINING = frozenset({"mengadu"})  # whose body follows "ke"
_TO_PLACE = frozenset({"ke", "kepada"})
_CALLING_REACH = 8  # tokens from "untuk" back to the verb of going
_RUSHES = frozenset({"menyerbu", "menyerang"})  # rushing at a place or a thing
# Words that open another clause between an act and a date (`_days_to_come`).
_CLAUSES_BETWEEN = re.compile(r"\b(?:jika|kalau|bila|apabila|sementara|sedangkan|namun|tetapi|akan|lalu|kemudian|"
                              r"sebelum|setelah|sesudah|untuk|hingga|sampai)\b", re.IGNORECASE)  # (and the end of a term:
# "menahan Budi selama 20 hari hingga Senin (7/7)"; not "dan" inside a list: "bertemu Putin dan Xi pada Senin")
_ONLINE = frozenset({"netizen", "warganet"})  # whose rush on anyone is online
_THRONGS = frozenset({"wisatawan", "turis", "investor", "netizen", "warganet", "pembeli", "konsumen", "pengunjung",
                      "penonton", "fans", "penggemar", "pemudik"})  # who rush somewhere, attacking no one
_BLOCKING = frozenset({"memblokade", "memblokir"})  # a road blocked: by people a protest, by officials a closure
_DEPORTED, _IMMIGRATION = "dideportasi", "imigrasi"  # an agentless deportation is the immigration service's
_SHOT_DOWN = "ditembak jatuh"  # an aircraft brought down, with no one named who did it: by the state over which it flew
_MAKERS_OR_OPERATORS = frozenset({"buatan", "produksi", "rakitan", "dioperasikan", "dikendalikan", "diterbangkan"})
# Words before "dideportasi" that make it a description or a risk, not a deportation done.
_NOT_YET_DEPORTED = frozenset({"yang", "terancam", "berisiko", "akan", "bisa", "dapat", "harus", "rencananya"})
_RECEIVES = "menerima"  # an official's receiving of visitors, whoever they are (not a welcome: "menyambut jemaah")
_DEPUTY = frozenset({"wakil"})  # before a guest's title: "menerima Wakil Perdana Menteri Singapura"
_VOICED_REACH = 4  # modifiers between a stance noun and the passive light verb that voices it
_STANCE_TOWARD = frozenset({"terhadap", "atas", "kepada"})  # whom a stance noun is toward, before the verb that voices it
_THREAT_MODALS = frozenset({"akan", "untuk"}) | _THREAT_ADVERBS  # between a threat and the act it names
_LIKE = frozenset({"seperti", "sebagaimana", "layaknya"})  # "seperti yang dilakukan X": a comparison, not the doer
_ACT_WORDS = 4  # words of the act's noun phrase between the trigger and "yang"
_EFFORTS = frozenset({"upaya", "usaha"})  # "mendukung upaya penegakan hukum oleh Kejati": the effort is the doer's
_PURPOSE = frozenset({"untuk", "guna"})  # a clause of purpose: "mengirim pasukan untuk membantu Rusia"
_AIMS = PURPOSES | _PURPOSE  # the words that open a purpose, "agar" and "supaya" too
_PURPOSE_CHARS = 60  # characters from an act to the "untuk" of its purpose (`_purpose_of`)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:sementara|bahwa|yang|dan|serta|namun|tetapi)\b", re.IGNORECASE)
# Between a subject and its modal of obligation ("Iran pun harus"), and between the modal
# and its verb ("harus segera diusut"): adverbs.
_OBLIGATIONS = frozenset({"harus", "wajib", "mesti", "boleh", "perlu", "sebaiknya", "hendaknya", "jangan"})  # (and "tidak boleh")
_OBLIGATION_ADVERBS = frozenset({"segera", "tetap", "juga", "pun", "terus", "benar-benar", "secepatnya"})
_NEGATORS = frozenset({"tidak", "tak", "bukan", "belum"})
_ADMITS = "mengakui"  # an act not admitted is denied (the act right after it: not "tidak mengakui hasil pemilu dan ...")
_ADMITTED_LINKS = frozenset({"telah", "sudah", "bahwa", "pernah"})
_ABLE = frozenset({"bisa", "mampu", "dapat"})
_ABLE_REACH = 2  # words after a stopping verb that may name the act it stops ("menghentikan agresi Israel")
_STOPPING = frozenset({"menghentikan", "mengakhiri", "mencegah"})
_BECOME = "menjadi"
_NORMATIVE = frozenset({"seharusnya", "semestinya", "mestinya", "sepatutnya", "seyogianya", "seyogyanya"})
_NORMATIVE_STOPS = frozenset({"yang", "sementara", "tetapi", "tapi", "namun", "padahal", "justru", "malah", "bahwa"})
_FAR_FROM = frozenset({"jauh"})  # "jauh dari kesan tebang pilih": no such judgement
_NEGATED_REACH = 3  # words between a negator and the judgement it denies ("tidak pernah", "bukan lembaga yang")
_MODAL_WINDOW = 8
_PERFECT = frozenset({"telah", "sudah"})
_SUSPICION = "menduga"  # a suspicion of a breach, an accusation by a body of the state
_PRESSED = frozenset({"dicecar", "mencecar"})  # questioned at length: a body examines (not a person or the press)
_ANSWERS = "memenuhi"  # "memenuhi panggilan KPK": answering a summons
# tracing and probing, an investigation only by law enforcement and of a crime ("Polisi melakukan penelusuran
# terhadap pelaku"), within `_CRIME_REACH` tokens before it or in its sentence after it
_TRACING = frozenset({"menelusuri", "melacak", "ditelusuri", "dilacak", "penelusuran", "pendalaman", "pelacakan"})
_CRIME_WORDS = frozenset({"pelaku", "tersangka", "terduga", "terdakwa", "kasus", "perkara", "dugaan", "motif", "pidana",
                          "kejahatan", "korupsi", "suap", "narkoba", "sabu", "judi", "judol", "pencurian", "pembunuhan",
                          "penganiayaan", "penipuan", "penculikan", "pemerkosaan", "pencabulan", "penyelundupan", "buron",
                          "buronan", "dpo", "barang", "aliran"})
_CRIME_REACH = 40
_VICTIM = ":korban"  # a crime's victims, whom a search for them does not investigate
_SEARCHING = "mencari"  # "menelusuri sungai untuk mencari korban": a search, not an investigation
_WELCOMED = "disambut"  # bare, welcomed by whom "oleh" or a name right after says ("Usulan Qatar disambut Hamas")
_WELCOMED_HOW = frozenset({"oleh", "hangat", "antusias", "meriah"})
_WELCOMES = "menyambut"
_APPEALS = frozenset({"banding", "kasasi"})  # "mengajukan banding atas vonis Pengadilan Tipikor"
_CONCERNED = frozenset({"keprihatinan", "prihatin", "khawatir"})
_ARRIVING = frozenset({"tiba", "datang", "hadir", "mendatangi"})  # verbs of arriving, which a summons also brings
# Words of a summons or an examination, or of the counsel who comes along to one, which make one's arrival at a
# body of law no visit ("tiba di Gedung Bundar Kejagung ... didampingi kuasa hukumnya").
_EXAMINED = frozenset({"diperiksa", "pemeriksaan", "panggilan", "dipanggil", "pemanggilan", "saksi", "tersangka",
                       "terperiksa", "pengacara", "pengacaranya", "hukumnya"})
_AGREEING = frozenset({"sepakat", "bersepakat", "setuju"})  # future cues that agree on an act (not on a saying)
_NEGATION_WINDOW = 3
# Verbs whose noun after them is the act their mood is about: "akan menjadi kunjungan", "kemungkinan akan memicu kecaman".
_MOOD_CARRIERS = frozenset({"menjadi", "merupakan", "memicu", "menimbulkan", "mengundang", "menuai", "berupa",
                            "mendapat", "mendapatkan", "menerima"})  # ("tak takut mendapat teguran")
# Obstructing an investigation, which still takes place ("menghalangi penyidikan KPK").
_OBSTRUCTING = frozenset({"menghalangi", "menghambat"})
_INVESTIGATIONS = frozenset({"penyidikan", "penyelidikan", "pemeriksaan", "proses"})
_NOT_NEGATED = frozenset({"terlepas", "lepas", "luput", "hanya", "sekadar",  # "tak terlepas dari", "tidak hanya"
                          "lupa",  # "Tak lupa saya mengucapkan terima kasih kepada ...": not forgetting to
                          "cuma", "kalah",  # "nggak cuma menangkap ..., tapi juga ...", "tidak kalah sigap membantu"
                          "awak"})  # "pesawat tanpa awak" is a drone: "Pesawat tanpa awak Ukraina menyerang ..."
_ROLE_HEADS = frozenset({"tindakan", "langkah", "bentuk", "aksi", "perbuatan", "sikap", "upaya"})  # "sebagai tindakan ilegal"
_HESITATING = frozenset({"ragu", "segan", "sungkan"})  # negated with "akan", a pledge: "tidak akan ragu menyerang"
_WILL = frozenset({"akan"})
_EVER = frozenset({"pernah"})
_NEEDS_WINDOW = 5
_TALKING = frozenset({"berbicara", "berbincang", "bercakap"})  # talks, by phone when one of `_PHONES` follows
_PHONES = frozenset({"telepon", "panggilan video", "konferensi video"})
_TALK_PARTNER_REACH = 2  # words between such a verb and the "dengan" of its partner ("berbicara langsung dengan X")
_ON = "pada"  # a target ("serangan Rusia pada Kyiv"), but also a time or an occasion:
_OCCASION_NOUNS = frozenset({"kunjungan", "masa", "era", "pemerintahan", "kepemimpinan", "saat", "acara", "peringatan",
                             "hari", "malam", "pagi", "siang", "sore", "periode", "zaman"})
_NOMINALISATION = re.compile(r"pe[nmrl]?[a-z-]{3,}an(nya)?")  # an act named as a noun: "pembunuhan", "pengesahan"
_ACT_PHRASE = 10  # tokens from such a noun to the "oleh" that names its agent
_CRIMES = frozenset({"kejahatan", "kekerasan"})  # nouns of acts that are no trigger: "kasus kekerasan oleh polisi"
_OWNING_ACTS = ACTS | ENFORCEMENT  # the types whose noun may own an "oleh" before a stance's own act
_SUBORDINATE = re.compile(r"\b(?:sebelum|setelah|sesudah|ketika|saat|karena|sementara)\b", re.IGNORECASE)
_ASKS = frozenset({"meminta", "mendesak", "menyerukan", "mendorong", "merekomendasikan", "mengimbau", "menuntut"})
_SORRY = "maaf"  # "meminta maaf": an apology, no request
_NAMED_AGAIN, _RIGHT_AFTER = "named again", "right after"  # how a sentence refers to a meeting (`_refers_back`)
_A_NUMBER = "0"  # how a number reads inside a trigger phrase (`_triggers`)
# Quantifiers and counts over a trigger phrase's object, "kembali" (again) and "paket" (a package of), passed over
# inside it: "menarik sebagian besar pasukannya", "mencabut hampir semua sanksi", "memberlakukan kembali
# sanksi", "menyetujui paket sanksi", "pertukaran sekitar 1.000 tawanan", "membebaskan ratusan tahanan".
_PHRASE_FILLERS = frozenset({_A_NUMBER, "ribu", "juta", "ribuan", "ratusan", "puluhan", "belasan", "sekitar", "sejumlah",
                             "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "beberapa",
                             "seluruh", "sebagian", "semua", "segala", "besar", "kecil", "hampir", "kembali", "paket",
                             # and the units goods are counted in: "menerbangkan 40 ton bantuan logistik"
                             "ton", "kg", "kilogram", "liter", "truk", "kontainer",
                             # and a breach's degree: "pelanggaran berat hukum internasional"
                             "nyata", "berat", "serius"})
_AS_WINDOW = 14  # tokens from the trigger to a role its patient is given ("menetapkan <name> sebagai tersangka")
_MODE_WINDOW = 8
_TOPIC_WINDOW = 10
_VIOLENT = frozenset({"FIGHT", "ASSAULT", "COERCE", "SANCTION"})  # acts whose pledge is a threat, not an agreement
_COMING = frozenset({"datang", "berdatangan", "mengalir", "bermunculan", "muncul"})  # a stance that comes "dari" X
_COMING_REACH = 12  # tokens from a stance noun to the word of its coming
_FROM = frozenset({"dari"})
HISTORICAL_DAYS = 31
_ONCE = "pernah"  # an act done once before the news ("Iran pernah menyerang Israel")
_NEVER = _NEGATORS | {"akan"}  # "tidak (akan) pernah": never, no act


def _done_once(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether "pernah" stands right before the trigger at ``first`` (past one word of a claim or a
    mention: "pernah mengklaim telah ..."), not after a negator: "Iran pernah menyerang Israel"."""
    for position in (first - 1, first - 2, first - 3):
        if position >= floor and tokens[position].folded == _ONCE:
            return not (position > floor and tokens[position - 1].folded in _NEVER) and \
                all(_VERB.fullmatch(t.folded) or t.folded == "telah" for t in tokens[position + 1 : first]) and \
                not any(t.folded == "dan" for t in tokens[position + 1 : first])
    return False


@dataclass
class _Sentence:
    start: int
    end: int
    first: int  # token index
    last: int  # exclusive
    quoted: EventActor | None = None  # the speaker of a quote the sentence lies in, named in another sentence
    # who acted last in the article's arrests or investigations: the agent of an agentless
    # passive of law enforcement ("Polda Bali menyelidiki ... Tiga tersangka telah ditahan")
    enforcer: tuple[EventActor, ...] = ()


class EventExtractor:
    def __init__(self, patterns: Patterns, kb: KnowledgeBase, names: frozenset[str] = frozenset(),
                 whole: frozenset[str] = frozenset()) -> None:
        """`names`: the case-folded words of known names, which unglue scraped words as the
        actors stage does (`sorot.entities.tokens.split_glued`), and `whole` the words that stay
        whole (name parts and common words); trigger words unglue a preposition before them ("dalamperang")."""
        self.patterns = patterns
        self.kb = kb
        self.names = names
        self.whole = whole
        self.first_words = patterns.triggers
        self._sport_words = patterns.ignored_sentences | patterns.weak_ignored

    def __call__(self, article: Article) -> list[Event]:
        text = article.text
        tokens = split_glued(tokenize(text), self.names, self.patterns.triggers, self.whole)
        # actors the statistical recogniser alone proposes take no event role (on the development
        # labels they added wrong events and no right one), but as what the law acts on and as
        # the state a generic agent's name holds (`Arguments`)
        actors = [a for a in article.actors if a.confidence >= KNOWN]
        dateline_end = len(article.dateline) if article.dateline and text.startswith(article.dateline) else 0
        unconfirmed = [a for a in article.actors if a.confidence < KNOWN]
        arguments = Arguments(text, tokens, actors, self.patterns.agents, dateline_end, unconfirmed, self._state_named)
        starts = [token.start for token in tokens]
        dct_start = _interval_start(article.dct)
        # the calendar time expressions (timexes come in text order), sliced per sentence when needed
        names = [(m.start, m.end) for a in article.actors if a.type == "PER" for m in a.mentions]
        dated = [t for t in article.timexes if t.value and t.value[:1].isdigit() and t.type in ("DATE", "TIME")
                 and not any(start <= t.start and t.end <= end for start, end in names)
                 and not _named_target(text, t, dct_start)]
        # (a month inside a person's name dates nothing: "Menteri Kehutanan Raja Juli Antoni")
        events: list[Event] = []
        last_meeting: Event | None = None
        since_meeting = 0  # sentences since the one that told the last dated meeting
        previous: list[Event] = []  # the events of the sentence before
        told: list[Event] = []  # the events of the last sentence that had any, which a later one may date
        told_before: list[Event] = []  # ... and of the one before it
        since_told = 0  # sentences since then
        quotes = self._quote_speakers(tokens, arguments)
        enforcers: dict[tuple[str, ...], tuple[int, tuple[EventActor, ...]]] = {}  # actor ids -> (count, actors)
        at_meeting = False  # whether the sentence before told what was done at the last meeting
        for span in article.sentences:
            first, last = bisect_left(starts, span.start), bisect_left(starts, span.end)
            cut = _before_related_links(tokens, first, last)
            end = span.end if cut == last else tokens[cut - 1].end
            last = cut
            if first >= last:
                continue
            quoted = next((speaker for opened, closed, speaker in quotes if opened <= first and last <= closed), None)
            sentence = _Sentence(span.start, end, first, last, quoted, _most_enforcing(enforcers))
            found = _help_of_the_sending([each for event in self._sentence_events(text, tokens, arguments, sentence, dated,
                                                                                  dct_start, previous or told, events)
                                          for each in _per_listed_year(event, text, dated, dct_start)], tokens)
            for event in found:
                if event.event_type in ENFORCEMENT and not MODAL & set(event.context) and \
                        all(a.sector in ("GOV", "MIL") and not a.actor_id.startswith("PER:") for a in event.source):
                    # (a body enforces, not its spokesman: "pihaknya masih mendalami ..., kata Kapolsek X")
                    ids = tuple(a.actor_id for a in event.source)
                    count, _ = enforcers.pop(ids, (0, ()))
                    enforcers[ids] = (count + 1, tuple(event.source))  # (re-inserted: the latest last)
            back = self._refers_back(tokens, sentence) if found and last_meeting is not None else None
            if back is None and at_meeting and last_meeting is not None and _said_there_too(tokens, sentence, found,
                                                                                          last_meeting):
                back = _NAMED_AGAIN  # "Dalam pertemuan tersebut, Putin berterima kasih ... Kim juga menyoroti ...": said
                # there too, by another party of the meeting
            at_meeting = back == _NAMED_AGAIN
            if back == _NAMED_AGAIN or back == _RIGHT_AFTER and any(e is last_meeting for e in previous):
                for event in found:  # (right after a meeting: the one told in the sentence before, for what was done)
                    if event.date is None and event.event_type not in NOT_AT_MEETINGS and not (
                            back == _RIGHT_AFTER and MODAL & set(event.context)) and not (
                            event.event_type != "CONSULT" and _thanked_for_before(text, event)):
                        event.date, event.date_span = last_meeting.date, None
                    if event.location is None and back == _NAMED_AGAIN:
                        event.location = last_meeting.location
            elif last_meeting is not None and since_meeting <= _OUTCOME_REACH:
                for event in found:  # the parties of the meeting told just before agree together: its outcome
                    if event.date is None and _outcome_of(event, last_meeting):
                        event.date, event.date_span = last_meeting.date, None
            since_meeting += 1
            for event in found:
                if event.event_type == "CONSULT" and event.date is not None:
                    last_meeting, since_meeting = event, 0
            if told and (said := self._said_on(text, tokens, arguments, sentence, dated)) is not None:
                _date_sayings(told, *said)
                if not any(t.folded in _LATER_OCCASIONS for t in tokens[sentence.first : sentence.last]):
                    _date_verdicts(told, told_before, *said, arguments, text)  # (not words said on another occasion:
                    # "kata hakim ketua saat dikonfirmasi wartawan, Kamis")
            if told and (held := _held_on(text, tokens, sentence, dated)) is not None:
                named, timex = held
                for event in told:  # "Polisi menangkap X. Penangkapan itu dilakukan pada Senin (16/6)."
                    if event.date is None and not _since(tokens, event) and (
                            self._names_again(tokens, named, event.event_type) or _nominal_of(tokens, named, text, event)
                            or _court_act_named(tokens, named, text, event)) \
                            and not (_ANNOUNCED in {tokens[k].folded for k in named} and _physical(text, event)):
                        event.date, event.date_span = timex.value, (timex.start, timex.end)
            _date_as_too(found, events, tokens, sentence)
            if told and (occasion := _occasion_told_next(text, tokens, arguments, sentence, dated, dct_start)) and \
                    not any({a.actor_id for a in event.source} == occasion[0] for event in found):
                actors, timex = occasion  # (the sentence's own act of theirs, if coded, is what the day dates)
                for event in told:  # "Putin dan Xi menyerukan de-eskalasi ... . Kedua pemimpin menunjukkan sikap yang
                    # sejalan ... pada Kamis (19/6/2025)": the day they said so or talked (not a strike's day)
                    if event.date is None and {a.actor_id for a in event.source} == actors and \
                            event.event_type in _SAYINGS | {"CONSULT"} and "historical" not in event.context:
                        event.date, event.date_span = timex.value, (timex.start, timex.end)
                        if event.event_type == "CONSULT":  # (a talk now dated, which "usai percakapan tersebut" names)
                            last_meeting, since_meeting = event, 1
            events.extend(found)
            previous = found
            continued = any(opened < first and last <= closed for opened, closed, _ in quotes)
            told_before = told if found else told_before
            told, since_told = (found, 0) if found else (told, since_told + (not continued))
            # (the sentences of one quote count as one: '... meminta ... . "... . ... ," ucap X, Senin')
            if since_told > _TOLD_REACH:
                told = []
        _mark_denied(events)
        _meetings_of_visits(events)
        states = [m.start for a in article.actors if a.type == "GPE" for m in a.mentions]
        events = [_verbal_attack(_hearing(e, text), text) for e in _pledged_threats(events)
                  if not _sports_discipline(e) and not _sports_matter(e, states) and not _studied(e, text)
                  and not _no_weapon_pointed(e, text) and not _absent_not_refusing(e, text)]
        events = _named_suspects(_denials_of_acts(_not_on_own_state(events, text), text, tokens, self._opens_act), text)
        return _days_to_come(_one_war(merge_repeats(_one_sided_wars(_complete_targets(events, text), self.patterns.wars,
                                                                    article.dct), text)),
                             _interval_start(article.dct), text)

    # --- one sentence ------------------------------------------------------------------

    def _sport(self, tokens: list[Token], arguments: Arguments, sentence: _Sentence) -> bool:
        """Whether a sentence is about sport: a sport word ("liga", "klub"), or two of the words
        that also serve politics ("menit", "final"), none of them inside an actor's name ("Liga Arab")."""
        found = {tokens[k].folded for k in range(sentence.first, sentence.last)
                 if tokens[k].folded in self._sport_words and not arguments.in_name(k)}
        return bool(found & self.patterns.ignored_sentences) or len(found) > 1

    def _sentence_events(self, text: str, tokens: list[Token], arguments: Arguments, sentence: _Sentence,
                         dated: list, dct_start, previous: list[Event], so_far: list[Event]) -> list[Event]:
        triggers = [t for t in self._triggers(tokens, sentence) if t[2].voice != "ignore"]
        if triggers and self._sport(tokens, arguments, sentence):
            # sport codes nothing, but the police's arrests at a match do: "Polisi mengamankan 15 suporter yang
            # terlibat kericuhan usai laga Persija melawan Persib"
            triggers = [t for t in triggers if t[2].pattern.type in ENFORCEMENT] if any(
                _POLICE.search(a.actor_id.lower()) for k in range(sentence.first, sentence.last)
                if (unit := arguments.at_first.get(k)) is not None for a in unit.actors) else []
        if not triggers:
            return []
        starts = [t.start for t in dated]
        timexes = dated[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        speakers = self._speakers(tokens, arguments, sentence)
        events: list[Event] = []
        seen: dict[tuple, int] = {}
        for first, last, trigger in triggers:
            # "Israel dan Iran saling menyerang": each side acts on the other
            directions = (0, 1) if trigger.pattern.mutual or _mutual(tokens, first, last, sentence.first) else (None,)
            for direction in directions:
                event = self._event(text, tokens, arguments, sentence, first, last, trigger, timexes, dct_start,
                                    speakers, direction, [*previous, *events], [*so_far, *events])
                if event is None:
                    continue
                if trigger.pattern.spoken and any(e.event_type == event.event_type and _ids(e.recipient) == _ids(event.recipient)
                                                  for e in events):
                    continue  # '"Indonesia mengecam keras Israel yang melanggar hukum internasional," kata Sugiono':
                    # the words the stance applies restate it
                if event.event_type in _REFUSED_MEASURES and _refused(tokens, first, sentence.first) and \
                        (refusal := _open_frame(events, "REJECT", event, event.recipient)) is not None:
                    refusal.recipient = []  # "menolak mencabut izin usaha PT X": the refusal is of those who ask for
                    continue  # the measure, not of its target
                if event.event_type != "REJECT" and _refused(tokens, first, sentence.first) and \
                        (refusal := _open_frame(events, "REJECT", event)) is not None:
                    refusal.recipient = event.recipient  # "menolak berunding dengan AS": the US is what is refused
                    continue
                if event.event_type != "REJECT" and first - 1 > sentence.first and tokens[first - 1].folded in UNDERGO \
                        and _refused(tokens, first, sentence.first) and (refusal := _open_frame(
                            events, "REJECT", replace(event, source=event.recipient), event.source)) is not None:
                    refusal.recipient = event.source  # "Hasto menolak menjalani pemeriksaan di KPK": he refuses the KPK
                    continue
                if event.event_type != "REJECT" and _refused(tokens, first, sentence.first):
                    if any(e.event_type == "REJECT" and _ids(e.source) == _ids(event.source) for e in events):
                        continue  # the refusal holds it ("Israel menolak melepaskan tahanan Palestina")
                    if "negation" not in event.context:
                        event.context.append("negation")  # else the act is not done
                if (event.event_type != "THREATEN" or trigger.pattern.type != "THREATEN") and \
                        _threatened(tokens, first, sentence.first):
                    # "mengancam akan menyerang X": the act is what is threatened, and X its target
                    threat = _open_frame(events, "THREATEN", event) or next(  # else the sentence's own open threat
                        (e for e in reversed(events) if e.event_type == "THREATEN" and _open(e.recipient)
                         and e.trigger[0] >= tokens[sentence.first].start), None)
                    if threat is not None:
                        threat.recipient = event.recipient
                    continue
                if _purpose_of(text, tokens, first, sentence.first, event, events):
                    continue  # "pengiriman tentara Korea Utara untuk membantu Rusia": the purpose restates the act
                if _demanded(tokens, first, sentence.first):
                    continue  # '"Rusia harus menarik seluruh pasukannya ...," ujar Kallas': demanded, not done
                joined = self._joining(tokens, arguments, sentence, first, event) if direction is None else None
                if joined is not None:  # "menimbang apakah AS akan bergabung dengan serangan Israel"
                    events.append(joined)
                    if _joined_partner(arguments, first, sentence.first):
                        continue  # "bergabung dengan Israel dalam serangan ...": the joining is the news
                key = (event.event_type, event.mode, frozenset(a.actor_id for a in event.source),
                       frozenset(a.actor_id for a in event.recipient))
                if key in seen:
                    if events[seen[key]].ongoing and not event.ongoing:  # "Konflik memuncak sejak Israel menyerang"
                        events[seen[key]] = event
                    continue
                seen[key] = len(events)
                events.append(event)
        _threats_after_stances(tokens, events)
        events = _one_by_one(text, sentence, _shows_of_force(_others_not_denied(events), text, sentence.end))
        return _call_on_parties(tokens, [e for e in events if not _envoy_summoned(e, events) and not _agreed_truce(e, events)
                                         and not _judged_neglect(e, events)])

    def _joining(self, tokens: list[Token], arguments: Arguments, sentence: _Sentence, first: int,
                 attack: Event) -> Event | None:
        """The event of an actor joining an attack it does not wage itself: "AS bergabung
        dengan serangan Israel terhadap Iran" is the US's attack on Iran, and considering it
        ("mempertimbangkan apakah AS akan bergabung ...") a threat. The modality of the
        joining is the joiner's, not the attacker's: it leaves the attack."""
        if attack.event_type not in ("FIGHT", "ASSAULT") or not attack.recipient or not attack.source:
            return None
        join = next((p for p in range(first - 1, max(sentence.first, first - _JOIN_REACH) - 1, -1)
                     if tokens[p].folded in _JOIN_STOPS), None)
        if join is None or tokens[join].folded not in _JOINING or join == first - 1:
            return None  # (right before the attack's verb the joiner is its own subject: "Lima warga ikut memukuli")
        while join > sentence.first and tokens[join - 1].folded in _JOINING | {"ambil", "serta"}:
            join -= 1  # "ikut ambil bagian", "ikut serta"
        found = arguments.subject(join, sentence.first)
        joiner = self._state_level(arguments.event_actors(found[1])) if found else []
        sides = {a.actor_id for a in attack.source + attack.recipient}
        if not joiner or sides.intersection(a.actor_id for a in joiner):
            return None
        cues: dict[str, tuple[int, int]] = {}
        joined = self._modal_contexts(tokens, join, sentence.first, cues)
        modal = [c for c in joined if c in _MODAL]
        negated = "negation" in joined  # "AS tidak ikut serta dalam serangan Israel": the US's part is denied, not Israel's
        reported = [c for c in attack.context if c != "negation" or attack.cues.get(c, (0, 0))[0] >= tokens[join].start]
        for context in modal + ["negation"] * negated:  # the attacker's act stays as it is reported
            if context in attack.context and attack.cues.get(context, (0, 0))[0] < tokens[join].start:
                attack.context.remove(context)
                attack.cues.pop(context, None)
        kind = "THREATEN" if modal else attack.event_type
        if modal:  # "Trump sedang mempertimbangkan apakah AS akan bergabung ...": Trump threatens
            cue = min(cues[c][0] for c in modal)
            considerer = _considerer(arguments, next(p for p in range(join, sentence.first - 1, -1)
                                                     if tokens[p].start <= cue), sentence.first)
            if considerer and all(a.country == joiner[0].country for a in considerer) and all(map(_is_state, joiner)):
                joiner = considerer
        context = [c for c in attack.context if c in self.patterns.topics or c == "military"]
        attribution = attack.attribution if attack.attribution is None or \
            _agent_key(attack.attribution) not in {_agent_key(a) for a in joiner} else None  # (not the considerer himself)
        return replace(attack, event_type=kind, mode=None, source=joiner, recipient=list(attack.recipient),
                       attribution=attribution, context=context if kind == "THREATEN" else ["negation"] * negated + [
                           c for c in reported if c != "negation"], cues={},
                       trigger=(tokens[join].start, tokens[join].end),
                       confidence=round(attack.confidence - 0.1, 2))

    def _opens_act(self, tokens: list[Token], index: int) -> bool:
        """Whether a trigger that codes an act starts at token ``index``."""
        if index >= len(tokens) or tokens[index].folded not in self.first_words:
            return False
        return any(payloads[0].voice != "ignore"
                   for _, payloads in self.patterns.triggers.starting_at(tokens, index, _PHRASE_FILLERS))

    def _triggers(self, tokens: list[Token], sentence: _Sentence) -> list[tuple[int, int, Trigger]]:
        """Leftmost-longest trigger matches; "dukungannya" matches "dukungan"."""
        local = tokens[sentence.first : sentence.last]
        for index, token in enumerate(local):
            if token.folded not in self.first_words and token.folded.endswith("nya") and token.folded[:-3] in self.first_words:
                local[index] = token._replace(folded=token.folded[:-3])
            elif 0 < index < len(local) - 1 and (token.folded.isdigit() or token.text in (".", ",") and
                                                 local[index - 1].text.isdigit() and local[index + 1].text.isdigit()):
                local[index] = token._replace(folded=_A_NUMBER)  # a count inside a phrase: "pertukaran 1.000 tawanan"
        found: list[tuple[int, int, Trigger]] = []
        index = 0
        while index < len(local):
            longest = None
            if local[index].folded in self.first_words:
                for last, payloads in self.patterns.triggers.starting_at(local, index, _PHRASE_FILLERS):
                    longest = (last, payloads)
            if longest is None:
                index += 1
                continue
            last, payloads = longest
            if payloads[0].voice == "noun" and index > 0 and local[index].text[:1].isupper() and \
                    not local[index].text.isupper() and local[index - 1].text not in QUOTES_AND_OPENERS \
                    and not _spelled_term(local, index, last):
                index = last + 1  # a capitalised noun inside a sentence is part of a name ("Aliansi Mahasiswa ...")
                continue  # (not an acronym: "menggelar OTT terhadap ...", "dalam KTT G7")
            # a verb whose event needs a theme ("menyebut X sebagai ancaman") takes only that theme
            # as its modifier, not another act's noun ("menyebut evakuasi WNI ...")
            modifier = found and found[-1][1] == sentence.first + index - 1 and (
                not found[-1][2].pattern.needs or local[index].folded in found[-1][2].pattern.needs) and \
                tokens[found[-1][0]].folded not in _DISCUSSING and not (  # (a matter discussed is told as before)
                found[-1][2].pattern.type in _ACT_STANCES and payloads[0].pattern.type in ACTS
                or found[-1][2].pattern.type == "REJECT" and payloads[0].pattern.type == "DEMAND")
            # (a refused call was made: "menolak seruan Trump agar Iran menyerah" is Trump's demand too)
            reference = sentence.first + last + 1 < sentence.last and tokens[sentence.first + last + 1].folded in _ANAPHORIC \
                or _bare_occasion(local, index, last)
            if not ((modifier or reference) and payloads[0].voice == "noun") or payloads[0].pattern.spoken:
                # a noun right after a trigger modifies it ("proposal gencatan senjata"); one
                # followed by "ini"/"tersebut" refers to an event already coded
                for trigger in payloads:
                    found.append((sentence.first + index, sentence.first + last, trigger))
            index = last + 1
        return found

    def _read_otherwise(self, tokens: list[Token], first: int, last: int, floor: int, pattern: Pattern) -> bool:
        """Whether another pattern of the same passive words, one that needs a theme, finds it before them (the
        theme, not a guest, is what the words are said of)."""
        payloads = next((found for end, found in self.patterns.triggers.starting_at(tokens, first) if end == last), [])
        opening = _after_last_comma(tokens, floor, first)  # (or what opens the clause: "Keputusan AS mencabut sanksi
        # terhadap Suriah disambut baik oleh Turki")
        return any(_needed(tokens, max(floor, first - _NEEDS_WINDOW), first, other.pattern.needs) is not None
                   or _needed(tokens, opening, min(first, opening + 2), other.pattern.needs) is not None
                   for other in payloads if other.pattern is not pattern and other.pattern.needs and other.voice == "passive")

    def _quote_speakers(self, tokens: list[Token], arguments: Arguments) -> list[tuple[int, int, EventActor]]:
        """(opening quote, closing quote, speaker) of the quotes whose speaker follows the
        closing quote ('"... . Jadi, kami ingatkan ...," kata Liliek'), or is named before it
        ('"... . ...," ujarnya'): the sentences inside such a quote other than its last are the
        speaker's too."""
        found = []
        opened = None
        for index, token in enumerate(tokens):
            if token.text not in _QUOTE_MARKS:
                continue
            if opened is None and token.text != "”":
                opened = index
                continue
            if opened is None:
                continue
            cursor = index + 1
            if cursor < len(tokens) and tokens[cursor].text == ",":
                cursor += 1
            if cursor < len(tokens) and tokens[cursor].folded in SPEAKER_WORDS:
                cursor += 1
                while cursor < len(tokens) and tokens[cursor].folded in _SPEAKER_FILLER and \
                        cursor not in arguments.at_first:
                    cursor += 1
                group = arguments.group_starting_at(cursor, min(len(tokens), cursor + _SPEAKER_WORDS))
                speaker = self._state_level(arguments.event_actors(group[1]))[:1] if group else []
                word = tokens[cursor - 1]
                if not speaker and cursor - 1 > index and (
                        word.folded.endswith(_CLITIC) or _speaker_named_again(tokens, cursor, len(tokens))) and (
                        person := arguments.person_before(cursor - 1, SPEECH_VERBS)) is not None:
                    speaker = [person]  # '"... . ...," ujarnya': the one named before the quote
                if speaker:
                    found.append((opened, index, speaker[0]))
            opened = None
        return found

    def _names_again(self, tokens: list[Token], phrase: frozenset[int], event_type: str) -> bool:
        """Whether the noun phrase at the tokens `phrase` can name again a happening of
        `event_type`: a noun of any happening ("Kegiatan ini") or a trigger of that type
        ("Penangkapan itu", "MoU tersebut"), or a decision's noun, of an act decided (`_DECIDED_ACTS`:
        "Keputusan itu diumumkan ..." after a recall of an envoy; not a stance on a decision, nor force), not
        another act ("Sidang kasus ini")."""
        return any(tokens[k].folded in _OCCASIONS_NAMED or event_type == "AGREE" and tokens[k].folded in _AGREEMENT_NOUNS
                   or tokens[k].folded in _DECISIONS and event_type in _DECIDED_ACTS
                   or tokens[k].folded not in _TRIALS and any(
                       trigger.pattern.type == event_type for _, payloads in self.patterns.triggers.starting_at(tokens, k)
                       for trigger in payloads) for k in phrase)

    def _said_on(self, text: str, tokens: list[Token], arguments: Arguments, sentence: _Sentence,
                 dated: list[Timex]) -> tuple[frozenset[str] | None, Timex] | None:
        """(who said it, and when) for a sentence that tells when the sentence before it was
        said: a quote's speaker with a date after the speech word ('"...," kata Habiburokhman,
        Rabu (18/6/2025)'; a state's official speaks for the state), or "Hal itu disampaikan
        (oleh) X ..., Rabu (18/6)" (X, or anyone: None); not the day a source was cited
        ("dikutip Jumat"), nor a day that a phrase of what was spoken about holds ("menanggapi
        serangan Israel pada Jumat", "merujuk pada penembakan pada Minggu")."""
        words = [t.folded for t in tokens[sentence.first : min(sentence.last, sentence.first + 4)]]
        if len(words) == 4 and words[0] in _THAT_SAID and words[1] in _ANAPHORIC and words[2] in PERSON_PRONOUNS and \
                f"di{words[3]}" in _SAID:  # "Desakan itu ia sampaikan saat ...": the one named before, whoever it is
            position, found = sentence.first + 3, []
        elif len(words) >= 3 and words[0] in _THAT_SAID and words[1] in _ANAPHORIC and words[2] in _SAID:
            position = sentence.first + 2
            agent = arguments.group_starting_at(position + 1 + (tokens[position + 1].folded == "oleh"), sentence.last) \
                if position + 2 < sentence.last else None
            found = [(position, actor) for actor in arguments.event_actors(agent[1])] if agent else []
            if agent and found[-1][1].actor_id.startswith("AGT:") and (body := arguments.at_first.get(agent[1][-1].last + 1)):
                found += [(position, actor) for actor in arguments.event_actors([body])]  # "pejabat Hamas": for Hamas
        else:
            position = next((k for k in range(sentence.first + 1, sentence.last)
                             if tokens[k].folded in SPEAKER_WORDS and (tokens[k - 1].text in QUOTES or tokens[k - 1].text == ",")), None)
            found = self._speakers(tokens, arguments, sentence) if position is not None else []
            if not found:
                return None
        # a state's spokesperson or body speaks for the state: "ujar juru bicara Kemlu Iran"
        speakers = frozenset(actor.actor_id for _, actor in found) | {
            actor.country for _, actor in found if actor.country and actor.sector in ("GOV", "MIL")} | {
            body.actor_id for _, actor in found if (body := _speaker_body(arguments, actor)) is not actor} \
            if found else None  # (also the body the speaker's title names: "ujar Ketua Fraksi PKS DPR RI Jazuli Juwaini")
        timex = _date_after(text, tokens, dated, position, sentence)
        if timex is None:
            return None
        before = tokens[position + 1 : _index_at(tokens, timex.start)]
        if before and before[-1].text != "," and any(t.folded in _SPOKEN_ABOUT or t.folded in _OTHER_TIME_CLAUSES
                                                     for t in before):
            return None  # (a date set off by a comma ends the attribution: "... terkait penangkapan Bupati, Rabu (18/6)")
        return speakers, timex

    def _speakers(self, tokens: list[Token], arguments: Arguments, sentence: _Sentence) -> list[tuple[int, EventActor]]:
        """(token from which it applies, speaker) for the reported speech of a sentence."""
        speakers = []
        for position in range(sentence.first, sentence.last):
            word = tokens[position].folded
            if word in AS_IN and not opens_attribution(tokens, position):
                continue  # "seperti Tel Aviv dan Yerusalem" lists, "seperti dilansir Al Arabiya" attributes
            if word in SPEAKER_AFTER or (word in SPEAKER_AFTER_QUOTE and position > sentence.first
                                         and tokens[position - 1].text in QUOTES):
                cursor = position + 1
                while cursor < sentence.last and (tokens[cursor].folded in _SPEAKER_FILLER or _rank(tokens[cursor])) \
                        and cursor not in arguments.at_first:
                    cursor += 1
                found = arguments.group_starting_at(cursor, sentence.last) if cursor - position <= 5 else None
                if found is not None:
                    speakers += [(sentence.first, actor) for actor in self._state_level(arguments.event_actors(found[1]))[:1]]
                elif (word.endswith(_CLITIC) or _speaker_named_again(tokens, cursor, sentence.last)) and \
                        (person := arguments.person_before(position, SPEECH_VERBS)) is not None:
                    speakers.append((sentence.first, person))  # '"...," ujarnya', 'ujar politikus Partai Golkar
                    # itu': the one named before who speaks
            elif word in SPEECH_VERBS:
                found = arguments.subject(position, sentence.first)
                if found is not None:
                    speakers += [(position, actor) for actor in self._state_level(arguments.event_actors(found[1]))[:1]]
        return speakers

    def _event(self, text: str, tokens: list[Token], arguments: Arguments, sentence: _Sentence, first: int, last: int,
               trigger: Trigger, timexes: list, dct_start, speakers: list[tuple[int, EventActor]],
               direction: int | None = None, earlier: list[Event] | None = None,
               so_far: list[Event] | None = None) -> Event | None:
        """The event of one trigger; ``direction`` (0 or 1) picks which of two mutual actors
        ("saling") is the source; ``earlier`` are the events of the sentence before and those
        its own sentence has given so far, ``so_far`` all the article's events before this one."""
        pattern = trigger.pattern
        floor, ceiling = sentence.first, _quote_end(tokens, sentence.first, first, sentence.last)
        ceiling = _attribution_tail(tokens, last, ceiling)
        if pattern.mutual and trigger.voice == "noun" and _war_as_topic(tokens, first, floor):
            return None  # "membahas konflik antara Iran dan Israel": a topic, not an act
        if last == first + 1 and tokens[last].folded == "jatuh" and _missiles_near(tokens, first, last, floor, ceiling):
            return None  # "menembak jatuh rudal Iran", "rudal itu ditembak jatuh": an interception, which the labels do
            # not code (a drone or a plane shot down is an attack: "Iran menembak jatuh drone Hermes milik Israel")
        if pattern.type == "FIGHT" and tokens[first].folded in TARGETING and (
                _aims_of_attack_before(tokens, first, floor) or _SANCTIONS_WORD in _clause_words(tokens, first, floor, ceiling)):
            return None  # "serangan Israel, yang menargetkan fasilitas nuklir": what an attack named before aims at
            # (its recipient), no attack of its own; "sanksi baru AS menyasar komandan IRGC": a sanction's target
        if tokens[first].folded == _CEASEFIRE and _sought(tokens, first, floor):
            return None  # "berupaya mencapai gencatan senjata", "bukan sekadar gencatan senjata Iran-Israel": no truce
            # holds (what is called for is coded by its own verb)
        theme = None
        if tokens[first].folded in _URGING and not _urged_to_act(tokens, last, floor, ceiling):
            return None  # "mendorong inflasi", "mendorong Iran untuk membalas" said of an act: a cause, not a demand
        complaint = tokens[first].folded in _COMPLAINTS
        authority = _to_authority(tokens, last, ceiling) if complaint else None
        if complaint and authority is None:
            return None  # "KCNA melaporkan bahwa ...", "dilaporkan tewas": news, not a complaint
        after = arguments.past_gloss(last + 1, ceiling)  # "nota kesepahaman (MoU) antara ..."
        if pattern.type == "AID" and trigger.voice == "active" and last + 1 < ceiling and (
                _VERB.fullmatch(tokens[last + 1].folded) or tokens[last + 1].folded == "dalam"):
            return None  # "membantu mengakhiri ketidakpastian", "membantu dalam pengantaran sabu": helping to do, not aid
        if pattern.needs and trigger.voice == "passive":
            # what is sent is the passive's subject: "skuadron jet tempur dikerahkan oleh AS ke ...",
            # or the role the subject is given: "Hasto ditetapkan KPK sebagai tersangka"
            opening = _after_last_comma(tokens, floor, first)
            theme = _needed(tokens, max(floor, first - _NEEDS_WINDOW), first, pattern.needs) or \
                _needed(tokens, opening, min(first, opening + 2), pattern.needs)  # (what opens the clause: "Izin usaha
            # empat perusahaan nikel di Raja Ampat dicabut ...")
            if theme is None and _as_role(tokens, last + 1, min(ceiling, last + 1 + _AS_WINDOW), pattern.needs) is None and \
                    not (tokens[first].folded == _SET_AS and last + 1 < ceiling and tokens[last + 1].folded in pattern.needs):
                return None  # (the role right after it, without "sebagai": "Sudewo ditetapkan tersangka oleh KPK")
        elif pattern.needs or pattern.roles:
            trial = tokens[first].folded in _TRIALS or tokens[last].folded in _ACCUSED  # "menyatakan terdakwa X ... bersalah"
            theme = _needed(tokens, last + 1, arguments.words_ahead(
                last + 1, _TRIAL_WINDOW if trial else _NEEDS_WINDOW, ceiling), pattern.needs)
            if theme is not None and tokens[theme].folded == _GUILTY and any(
                    t.folded in _NEGATORS for t in tokens[max(last + 1, theme - 2) : theme]):
                return None  # "menyatakan terdakwa X tidak terbukti bersalah": an acquittal
            if theme is not None and pattern.type == "REJECT" and tokens[last].folded == _ACCEPTS and \
                    _received_from(tokens, first, theme, ceiling):
                return None  # "Warga tidak menerima seruan evakuasi dari BPBD": it never reached them
            role = _as_role(tokens, last + 1, min(ceiling, last + 1 + _AS_WINDOW), pattern.needs | pattern.roles) \
                if theme is None else None
            if theme is None and role is None and not (pattern.or_named and _named_party(tokens, arguments.at_first.get(last + 1))):
                return None
            if theme is not None and tokens[theme].folded == _PAYS_BACK and theme + 1 < ceiling and \
                    tokens[theme + 1].folded in _RETURNED_COURTESIES:
                return None  # "berjanji akan membalas kunjungannya": a visit returned, no retaliation
            if tokens[first].folded == _PROMISES and pattern.type == "THREATEN" and \
                    not _bare_retaliation(tokens, first, last, ceiling):
                return None  # a promise to strike back at someone is the strike's threat ("berjanji akan membalas
                # serangan Israel"), and "surat balasan" or "jawaban balasan" is a reply
            if pattern.hosted and tokens[first].folded == _RECEIVES and theme is not None and any(
                    tokens[k].folded not in _DETERMINERS | _DEPUTY and not arguments.in_quantity(k) for k in range(last + 1, theme)):
                return None  # the guest is what is received ("menerima sejumlah gubernur"), not who a thing came from:
                # "menerima bantuan dari Kepala BNPB", "menerima laporan dari perwakilan warga"
            if tokens[last].folded == _MENTIONS and theme == last + 1 and \
                    _as_role(tokens, theme + 1, min(ceiling, theme + 1 + _AS_WINDOW), pattern.needs | pattern.roles) is None:
                return None  # its word right after it is what "menyebut" mentions, not what it calls someone: "menyebut
                # ancaman bom yang dikirim orang tak dikenal" (not "menyebut Netanyahu ancaman", "menyebut pembantaian
                # itu sebagai kejahatan perang", "menyebutnya ancaman")
            # the recipient is looked for after what is sent or launched ("meluncurkan ratusan
            # rudal ke Israel"), but stands before a role it is given ("menetapkan X sebagai tersangka")
            # (or before the needed word when a preposition of the pattern opens it there: "keprihatinan
            # atas serangan Israel terhadap Iran" is about Israel's attack, not Iran)
            after = theme + 1 if theme is not None and tokens[theme - 1].folded != "sebagai" and not any(
                tokens[k].folded in pattern.to for k in range(last + 1, theme)) else last + 1
        source, recipient = self._roles(arguments, trigger, first, last, floor, ceiling, after)
        if tokens[first].folded in _TRIALS and theme is not None and "," not in {t.text for t in tokens[last:theme]} \
                and (defendants := arguments.people_listed(theme + 1, ceiling)):
            recipient = arguments.event_actors(defendants)  # "Sidang lanjutan kasus suap dengan terdakwa X": X
        if tokens[first].folded == _HIGHLIGHTS:
            recipient = _tie_partner(arguments, last, ceiling, source)
            if not recipient:
                return None  # ties with a partner of another state praise it; ties between two others, or at home, are
                # only remarked on ("AS menyoroti eratnya hubungan Rusia dan Korea Utara")
        if trigger.voice == "passive" and pattern.type == "AID" and theme is not None and not recipient and \
                source and _index_at(tokens, source[0].start) <= last + _PASSIVE_AGENT_WORDS:
            recipient = _aided_in_theme(arguments, theme, first, pattern.to)  # "Bantuan ... untuk warga Gaza dikirimkan
            # pemerintah Indonesia": whom the aid named before the passive is for, when its sender follows the verb
            # (not another clause's agent: "... dikirimkan melalui Port Sudan setelah jalur ditutup oleh X")
        if tokens[first].folded in _VERDICT_VERBS and recipient and _acquitted(tokens, recipient[-1].end, ceiling):
            return None  # an acquittal sentences no one: "memvonis Gregorius Ronald Tannur bebas dari segala dakwaan"
        if trigger.voice == "passive" and pattern.needs and not recipient and \
                _counted_subject(tokens, first, floor) and \
                (role := _as_role(tokens, last + 1, min(ceiling, last + 1 + _AS_WINDOW), pattern.needs)) is not None and \
                (named := arguments.at_first.get(role)) is not None:
            recipient = arguments.event_actors([named])  # "Lima orang telah ditetapkan sebagai tersangka oleh KPK": the
            # role says who the people counted are
        if trigger.voice == "passive" and tokens[first].folded == _SET_AS and last + 1 < ceiling and \
                tokens[last + 1].folded in pattern.needs:
            # the role given is no agent: "ditetapkan tersangka"
            source = [a for a in source if a.start != tokens[last + 1].start]
            if not source:
                return None
        if trigger.voice == "passive" and pattern.type in _BEFALLING and not recipient and first - 1 == floor and \
                tokens[floor].folded in _TIME_OPENERS and \
                (fronted := _fronted_clause_subject(arguments, first, ceiling)) is not None:
            closing, recipient = fronted  # "Usai diperiksa penyidik KPK selama delapan jam, Topan Ginting langsung ditahan"
            source = [a for a in source if a.end <= tokens[closing].start]  # (the agent stays inside the clause)
        if pattern.type == "AID" and tokens[first].folded in _TAKING_PART:
            own = {a.country for a in source}
            recipient = [a for a in recipient
                         if a.country not in own and _word_before(tokens, a.start) not in _NOT_THE_WARS_OWNER]
            if not recipient:
                return None  # the war's owner is the one helped, not its place or foe ("dalam operasi militer di Gaza")
        if tokens[first].folded in _DISCUSSING:
            partner = arguments.after_preposition(pattern.to, last + 1, ceiling, window=_MATTER_WORDS)
            while partner is not None and partner[0] > last + 1 and \
                    any(t.folded in _RELATIONS for t in tokens[max(last + 1, partner[0] - _RELATION_WORDS) : partner[0]]) and \
                    not any(a.type == "PER" for unit in partner[2] for a in unit.actors):  # (a person is the partner:
                # "membahas kerja sama dengan Presiden Erdogan")
                # a relation with the party is the matter ("membahas kerja sama dengan Jepang dalam rapat ...",
                # "membahas perdamaian dengan Palestina bersama Raja Abdullah II")
                partner = arguments.after_preposition(pattern.to, partner[1] + 1, ceiling, window=_MATTER_WORDS)
            recipient = arguments.event_actors(partner[2]) if partner is not None else []
            if not recipient and not (len(source) > 1 and all(a.actor_id.startswith("PER:") for a in source)
                                      and any(tokens[k].folded in _CALLS for k in range(last + 1, ceiling))):
                return None  # what is discussed is no party ("membahas situasi Gaza dengan Menlu Yordania"); named
                # people discussing together on a call hold talks ("Trump dan Putin membahas perang di Ukraina
                # melalui sambungan telepon"; a meeting's agenda is the meeting's: "akan membahas ... saat KTT")
        if pattern.type == "CONSULT" and trigger.voice == "noun" and source and not recipient and \
                all(a.sector == "IGO" or a.country == "IGO" for a in source) and _backdrop(tokens, first, floor):
            return None  # a summit where something else happens: "Macron bertemu Carney dalam KTT G7", "di sela-sela KTT"
        if pattern.type == "AGREE" and trigger.voice == "passive" and not source and not recipient and \
                (sides := _sides_of_subject(arguments, first, floor)) is not None:
            source = arguments.event_actors(sides[1])  # "Gencatan senjata antara India dan Pakistan disepakati": both
        if pattern.mode == "visit" and tokens[first].folded in _TRAVEL and source and _cargo_subject(
                tokens, floor, _index_at(tokens, source[0].start)):
            return None  # "Bantuan kemanusiaan Indonesia untuk warga Gaza tiba di Mesir": goods arrive, no one visits
        if not recipient and source and trigger.voice == "noun" and pattern.type in _STRIKES and not pattern.mutual and \
                (hurt := _hurt_by(arguments, last, ceiling, source)):
            recipient = hurt  # "Serangan Israel telah menewaskan lebih dari 200 warga Iran": those it killed
        if (pattern.planned in SIGNED_WITH or pattern.type in SIGNED_WITH and tokens[first].folded in _AGREEING) and \
                trigger.voice == "active" and len(source) == 1 and not recipient and \
                (partner := _met_before(tokens, first, floor, source[0], earlier or [])):
            source = source + partner  # "Prabowo bertemu Macron ... dan menandatangani kesepakatan": both sign; "Lee
            # melakukan percakapan telepon dengan Trump ... dan sepakat ...": both agree
        unquoted = trigger.voice == "active" and not _after_quote(tokens, first, floor) and \
            _saying_after_clause(arguments, first, last, floor, ceiling)
        inverted = trigger.voice == "active" and (_after_quote(tokens, first, floor) or unquoted)
        if pattern.quoted and not inverted:
            return None  # "kecam" only as a quote's verb
        if inverted:  # '"Amerika Serikat harus berhenti mendukung Israel," desak Erdogan': Erdogan urges the US
            roles = _quote_roles(arguments, first, last, floor, ceiling)
            if roles is None or any(e.event_type == pattern.type and e.source and e.source[0].actor_id == roles[0][0].actor_id
                                    for e in earlier or []):
                return None  # (no speaker or no one of another state quoted; or the quote's own act said so)
            source, recipient = roles
            if unquoted:  # (no victim or place of the clause: "Serangan terhadap rumah sakit di Gaza ..., kecam X")
                recipient = [a for a in recipient if _word_before(tokens, a.start) not in _VICTIMS_PREPOSITIONS]
                if not recipient:
                    return None
        if authority is not None:  # the one reported, not the authority reported to
            recipient = [a for a in recipient if a.start < tokens[authority].start]
            if any(a.sector == "MED" for a in source) or any(arguments.is_verb(k) and tokens[k].folded.startswith("di")
                                                            for k in range(last + 1, authority)):
                return None  # news of someone handed to the police ("Yonhap melaporkan seorang pekerja berinisial AS
                # telah diserahkan ke kepolisian"), no complaint
        if trigger.voice == "active" and (complaint or tokens[first].folded in _OBJECT_FIRST) and not (
                recipient and (_object_first(tokens, last, ceiling, recipient[0].start, complaint) or complaint and
                               tokens[arguments.past_description(last + 1, ceiling)].start == recipient[0].start)):
            return None  # whom one urges, reports or presses is the verb's object, not an owner inside it
            # ("mendorong investasi Jepang", "melaporkan penangkapan 12 WNI ... ke Mabes Polri", "menekan ekspor Indonesia";
            # a person's calling may come first: "melaporkan pegiat media sosial Ahmad Zulfikar ke Polda")
        if trigger.voice == "active" and tokens[first].folded in _ENDANGERING and recipient and last + 1 < ceiling and \
                tokens[last + 1].text.islower() and tokens[last + 1].folded not in _THREAT_LINKS and \
                not arguments.is_verb(last + 1) and tokens[last + 1].folded not in self.first_words and \
                tokens[last + 1].folded not in _BARE_ACTS and \
                not _object_first(tokens, last, ceiling, recipient[0].start, False):
            return None  # "Tarif Trump mengancam ekspor Indonesia": it endangers Indonesia's exports, threatens no one
        if pattern.hosted and not source and pattern.type in ENFORCEMENT and \
                (person := arguments.proposed_person_before(first, floor)) is not None:
            source = arguments.event_actors([person])  # "Fariz Roestam Munaf menjalani sidang ...": a name the model
            # missed, found before the trial (`sorot.entities.resolve`), stands trial
        if pattern.type == "SUPPORT" and trigger.voice == "passive" and tokens[first].folded == _WELCOMED and (
                first == last and last + 1 < ceiling and tokens[last + 1].text.islower()
                and tokens[last + 1].folded not in _WELCOMED_HOW or any(t.folded == _WITH for t in tokens[last + 1 : ceiling])):
            return None  # "Keputusan Trump disambut protes oleh ribuan warga", "Tawaran damai Kyiv disambut Moskow dengan
            # serangan drone": met with something, not welcomed
        if pattern.hosted and trigger.voice == "passive" and self._read_otherwise(tokens, first, last, floor, pattern):
            return None  # "Keputusan itu disambut baik oleh Greenpeace": a decision welcomed, no guest received
        if pattern.hosted:
            if not (source and recipient):
                return None  # a welcome needs a host and a guest ("menyambut gembira kesepakatan itu" is none)
            source, recipient = recipient, source
            if pattern.type == "COERCE" and not all(a.actor_id.startswith(("PER:", "AGT:", "GRP:")) for a in recipient):
                return None  # who stands trial is a person: a party, a team or a state "menjalani sidang" of a dispute,
                # an appeal or a review is a litigant ("Partai X menjalani sidang sengketa pemilu di MK")
        if pattern.spoken:  # '"... serangan teroris Israel," kata Erdogan': the speaker disapproves of Israel
            speaker = _speaker_at(speakers, tokens, first) or sentence.quoted
            subject = arguments.subject(first, floor) if not (recipient or source) else None  # "Israel adalah penjajah"
            if not (recipient or source) and (by := arguments.after_preposition(
                    _BY, subject[1][-1].last + 1 if subject else floor, first,
                    window=3 if subject else first - floor)) is not None:
                subject = by[0], by[2]  # "pembunuhan warga sipil oleh Israel merupakan kejahatan ...": Israel's act
            # (victims are never what a speaker condemns: "warga sipil" of that phrase)
            def condemned(actors: list[EventActor]) -> list[EventActor]:
                return [a for a in actors if (speaker is None or a.country != speaker.country) and not _civilians(a)]
            named = condemned(recipient or source or (arguments.event_actors(subject[1]) if subject else []))
            act = next((e for e in reversed(earlier or []) if e.source and e.event_type in HOSTILE
                        and tokens[floor].start <= e.trigger[0] < tokens[first].start), None) \
                if not (recipient or source) else None
            if act is not None and {a.country for a in named} <= {a.country for a in act.recipient}:
                # the doer of an act named before the words in the same clause, not its target: "serangan Israel ke
                # fasilitas nuklir Natanz adalah kejahatan perang", "serangan Israel terhadap Iran merupakan
                # pelanggaran hukum internasional"
                named = condemned(act.source)
            if not named and pattern.type == "THREATEN" and speaker is not None and earlier and \
                    any(t.folded in _ANSWER_NOUNS for t in tokens[first : last + 1]) and not _reply(tokens, first, last, ceiling):
                named = list({a.actor_id: a for a in map(self._side_of, _attacker_of(earlier, [speaker]))}.values())
                # ('"Balasan kami akan keras," kata Menhan Iran': against Israel)
            if speaker is None or not named and pattern.type != "REJECT" or speaker.sector == "MED" or \
                    pattern.type == "THREATEN" and speaker.sector not in ("GOV", "MIL", "OPP"):
                return None  # a news outlet reports, it does not condemn ("Al Jazeera melaporkan Israel melanggar
                # gencatan senjata"); an analyst forecasts, he does not threaten ("AS akan menanggung akibatnya"); a
                # denial needs no accuser named ('"Tuduhan itu tidak benar," kata X')
            # a generic agent stands for its state ("teroris Israel": Israel)
            source, recipient = [speaker], [self._state_of(a) if a.actor_id.startswith("AGT:") else a for a in named]
        if pattern.obliged:  # '"Iran harus menyerah," kata Trump': the speaker demands it of Iran
            speaker = _speaker_at(speakers, tokens, first) or sentence.quoted
            obliged = _obliged(arguments, first, last, floor, ceiling, self._opens_act)
            if speaker is None or not obliged or any(a.actor_id in (speaker.actor_id, speaker.country) for a in obliged):
                return None  # what one's own state must do ("Indonesia harus ...", says its minister) is no demand
            source, recipient = [speaker], obliged
        if not source and trigger.voice != "passive":
            source = [_speaker_body(arguments, speaker) if _we(tokens, first, floor) else
                      arguments.court_of_judge(speaker, first, sentence.last) or speaker
                      if tokens[first].folded in _SENTENCING else speaker
                      for speaker in _first_person_speaker(tokens, first, floor, speakers, sentence.quoted,
                                                           pattern.type in STANCES | {"DEMAND"})]
            # ('"Menjatuhkan pidana ...," tutur Ketua Majelis Hakim X': the court's verdict, read by its judge)
        if trigger.voice == "passive" and tokens[first].folded in FIRST_PERSON:
            # '"Keduanya langsung kami tahan," kata Kapuspenkum Kejagung Harli Siregar': the speaker's body
            source = [_speaker_body(arguments, speaker) if tokens[first].folded in _WE else speaker
                      for speaker in _nearest_speaker(first, speakers, sentence.quoted)]
            if not source:
                return None
        if not source and trigger.voice == "passive" and pattern.type == "COERCE" and tokens[first].folded in _VERDICTS \
                and recipient and last + 1 < ceiling and tokens[last + 1].folded not in _DIAGNOSED and "oleh" not in {
                    t.folded for t in tokens[last + 1 : min(ceiling, last + 3)]}:
            # "Syahrul Yasin Limpo divonis 10 tahun penjara": the court the story names last, else, at home, a court
            # (not "divonis mengidap kanker", a diagnosis; nor a home court for a sentence abroad)
            source = [court] if (court := arguments.court_near(first)) is not None else [
                EventActor(f"AGT:{HOME}:GOV:{_COURT_AGENT}", "court", HOME, "GOV", tokens[first].start, tokens[first].end)
            ] if arguments.home_trial() and not _foreign_named(arguments, floor, ceiling) else []
        if trigger.voice == "noun" and tokens[first].folded in _TRIALS and recipient:
            if any(a.actor_id.startswith("AGT:") for a in recipient) \
                    or any(t.folded in _NOT_HELD for t in tokens[floor:ceiling]) \
                    or any(_ids(e.recipient) == _ids(recipient) for e in so_far or []) \
                    or any(law_body(a.actor_id) or _prosecutor(a) or _of_court(a, arguments)
                           for e in earlier or [] for a in e.source):
                return None  # a hearing put off or not held is none ("Sidang ... ditunda hingga pekan depan", "tidak
                # digelar"), nor one of no defendant named ("terdakwa mana pun"); one told beside an act of the court
                # or the law on the defendant, or just after one, is that act's setting ("Jaksa menuntut X ... dalam
                # sidang dengan terdakwa X", "Hakim membebaskan X dalam sidang ...", "Tuntutan itu dibacakan ...")
            # "Sidang lanjutan ... dengan terdakwa X digelar di Pengadilan Tipikor Jakarta Pusat": the court that sits,
            # else the one the story names, else, at home, a court (a hearing's holder is a court: not "Komisi III
            # menggelar sidang ...")
            court = arguments.court_between(first, ceiling) or arguments.court_near(first)
            source = [a for a in source if court_of(a.actor_id) and a.country] or (
                [court] if court is not None and court.country else [
                    EventActor(f"AGT:{HOME}:GOV:{_COURT_AGENT}", "court", HOME, "GOV", tokens[first].start, tokens[first].end)
                ] if arguments.home_trial() and not _foreign_named(arguments, floor, ceiling) else [])
        if not source and pattern.type in ENFORCEMENT and "oleh" not in {
                t.folded for t in tokens[last + 1 : min(ceiling, last + 3)]} and (
                trigger.voice == "passive" or trigger.voice == "noun" and _carried_out(tokens, first, last, floor, ceiling)):
            named = arguments.law_body_near(first)
            source = list(sentence.enforcer) if sentence.enforcer and not (
                named and all(a.actor_id.startswith("AGT:") for a in sentence.enforcer)) else named
            # "Tiga tersangka telah ditahan": by whoever enforced the law last (so is "dilakukan penangkapan terhadap
            # AP"), else, or for a generic agent ("polisi"), by the body of law enforcement the story names before
            # ("Kasat Reskrim Polrestabes Surabaya ... menyebut bahwa pelaku kini telah diamankan": the Polrestabes)
            if not source and trigger.voice == "passive" and tokens[first].folded in _ARRESTED and recipient and \
                    arguments.setting == HOME and not _foreign_named(arguments, floor, ceiling):
                # else, at home, the body the story names after ("Pelaku kini telah ditangkap. ... kata Kasat Reskrim
                # Polrestabes Surabaya"), or the police
                source = arguments.law_body_after(first) or [EventActor(
                    f"AGT:{HOME}:GOV:{_POLICE_AGENT}", "police", HOME, "GOV", tokens[first].start, tokens[first].end)]
            elif not source and trigger.voice == "passive" and tokens[first].folded in _ARRESTED and recipient and \
                    arguments.setting not in (None, HOME) and all(a.actor_id.startswith("PER:") for a in recipient):
                # abroad, the police of the state the story is set in arrest the people it names ("Rodrigo Duterte
                # ditangkap di Manila"; not a count of people, "12 orang ditangkap")
                source = [EventActor(f"AGT:{arguments.setting}:GOV:{_POLICE_AGENT}", "police", arguments.setting, "GOV",
                                     tokens[first].start, tokens[first].end)]
        if not source and trigger.voice == "passive" and tokens[first].folded == _DEPORTED and recipient and \
                not any(t.folded in _NOT_YET_DEPORTED for t in tokens[max(floor, first - 3) : first]) and \
                (left := arguments.after_preposition(frozenset({"dari"}), last + 1, ceiling, window=2)) is not None \
                and (country := left[2][0].actors[0].country) and all(
                    a.country not in (None, country, "IGO") and a.actor_id != a.country for a in recipient):
            # "Dua WNA asal Rusia dideportasi dari Bali": foreigners, by the immigration service of the state they leave
            # (not in a description or a risk: "warganya yang dideportasi dari AS", "terancam dideportasi")
            source = [EventActor(f"AGT:{country}:GOV:{_IMMIGRATION}", "immigration officers", country, "GOV",
                                 tokens[first].start, tokens[first].end)]
        if not source and trigger.voice == "passive" and " ".join(t.folded for t in tokens[first : last + 1]) == _SHOT_DOWN \
                and recipient and (where := arguments.after_preposition(frozenset({"di"}), last + 1, ceiling, window=3)) \
                and (country := where[2][0].actors[0].country) and where[2][0].actors[0].type in ("GPE", "LOC") \
                and all(a.country not in (None, country) for a in recipient) and not any(
                    t.folded in _MAKERS_OR_OPERATORS
                    for t in tokens[max(floor, _index_at(tokens, recipient[0].start) - 1) : first]):
            # "Sebuah drone milik Israel ditembak jatuh di wilayah Iran": by the state over which it flew (not a drone's
            # maker, "drone Shahed buatan Iran", nor one another state flies: "drone Turki yang dioperasikan Ukraina")
            source = [self._state_of(a) for a in arguments.event_actors(where[2][:1])[:1]]
        if not source and trigger.voice == "passive" and _sentence_follows(tokens, last, ceiling) and \
                not _foreign_named(arguments, floor, ceiling):
            # "Sebelumnya, X dituntut pidana penjara selama 4 tahun": by the prosecutors the story names, else its own
            # (not "dituntut menyelesaikan laporan ...": required to; nor a trial abroad: "di Kuala Lumpur, Malaysia")
            source = [a for a in arguments.law_body_near(first) if _prosecutor(a)] or _home_prosecutors(arguments, tokens, first)
            source = [a for a in source if a.actor_id not in {r.actor_id for r in recipient}] or \
                _home_prosecutors(arguments, tokens, first, named=False)  # (a former prosecutor on trial is not her own)
        if trigger.voice == "active" and speakers and (
                not source and _while_saying(tokens, first, floor) or _after_attribution(tokens, first, floor)):
            source = [speakers[-1][1]]  # '"...," kata Khamenei, seraya mengecam AS': the speaker
            # ('"...," kata Katz dalam pernyataan, bersumpah untuk ...': the speaker, not a name in the quote)
        if not source and trigger.voice == "noun" and pattern.type == "CONSULT" and \
                (said := _said_in(tokens, first, floor)) is not None and \
                (speaker := arguments.group_starting_at(said + 1, first)) is not None:
            source = arguments.event_actors(speaker[1])[:1]  # '"...," kata Pezeshkian dalam percakapan telepon dengan
            # Erdogan': his call
            if not recipient and (partner := arguments.after_preposition(pattern.to, last + 1, ceiling)) is not None:
                recipient = arguments.event_actors(partner[2])
        fronted_future = False  # the main clause after a fronted occasion is future ("Sebelum pertemuan ..., X akan")
        if not source and trigger.voice == "noun" and pattern.type == "CONSULT" and pattern.mode != "visit" and \
                (main := _fronted_occasion_subject(arguments, first, floor, ceiling)) is not None:
            fronted_future = any(t.folded in self.patterns.contexts["future"]
                                 for t in tokens[main[-1].last + 1 : min(ceiling, main[-1].last + 3)])
            source = arguments.event_actors(main)  # "Dalam pertemuan dengan Mensos Saifullah Yusuf, Yassierli
            # menyatakan ...": the main clause's subject met the one named in the fronted phrase
            if not recipient and (partner := arguments.after_preposition(pattern.to, last + 1, ceiling)) is not None:
                recipient = arguments.event_actors(partner[2])
        if not source and pattern.type == "FIGHT" and trigger.voice == "active" and earlier and \
                _unowned_weapons(arguments, first, floor) and (launch := _latest_act(
                    [e for e in earlier if not _UNREAL & set(e.context)], frozenset({"FIGHT"}))) is not None \
                and not ({a.country for a in recipient} - {a.country for a in launch.recipient}):
            # "Iran menembakkan ratusan rudal ke Israel. Salah satu rudal menghantam sebuah rumah sakit": Iran's strike
            # (not one only planned, threatened or denied)
            source = [replace(a) for a in launch.source]
        if pattern.type == "FIGHT" and trigger.voice == "active" and source and earlier and \
                _effect_of_attack(earlier, source, tokens, floor, first):
            return None  # "Serangan drone Ukraina terhadap pangkalan udara Rusia menghancurkan puluhan pesawat": the
            # attack's effect, whose subject's last name is its target, not an attack by the target
        if pattern.type == "DEMAND" and trigger.voice == "active" and recipient and \
                _halt_target(tokens, last, _index_at(tokens, recipient[0].start)):
            # "menyerukan penghentian segera serangan terhadap Iran": the attacker is asked to stop, not its target
            act = _latest_act([e for e in earlier or [] if {a.country for a in e.recipient} == {a.country for a in recipient}],
                              _STRIKES)
            recipient = [replace(a) for a in act.source] if act is not None else []
        if not recipient and pattern.type in STANCES and trigger.voice == "active":
            referred = _past_manner(tokens, last + 1, ceiling) - 1  # "mengecam keras serangan tersebut": past the manner
            if referred + 1 < ceiling and tokens[referred + 1].folded in _UNDERGOING:
                referred += 1  # and the preposition of what a stance is on: "menyatakan keberatan atas keputusan tersebut"
            if (earlier or so_far) and (tokens[last].folded.endswith(_CLITIC) or _act_referred(tokens, referred, ceiling)):
                # "atas serangan militer Israel dan mengecamnya", "Trump memuji serangan itu" (an act told further back
                # in the article when the sentences just before tell none of its kind)
                kinds = _referable(tokens, referred, ceiling, pattern.type)
                clitic = tokens[last].folded.endswith(_CLITIC)  # (which refers only just before)
                pool = earlier or [] if clitic or earlier and any(e.event_type in kinds and e.source for e in earlier) \
                    else _told_last(so_far or [], text, tokens, referred, sentence.start)
                recipient = _doer_referred(pool, arguments, referred, ceiling, pattern.type, source)
                if not recipient and pattern.type == "DISAPPROVE" and so_far and not clitic:
                    # one condemns another side's act: "Lai mengutuk latihan itu" after China's exercise, though
                    # Taiwan's own alert was told since
                    own = {a.country for a in source} - {None}
                    others = [e for e in so_far if not own & {a.country for a in e.source}]
                    recipient = _doer_referred(_told_last(others, text, tokens, referred, sentence.start), arguments,
                                               referred, ceiling, pattern.type, source)
            if not recipient:  # "Rusia menyerahkan memorandum ... Zelensky mengecam memorandum itu": Russia's
                recipient = _maker_named_before(arguments, referred + 1, floor, ceiling, source)
            if not recipient:  # "Korea Utara meluncurkan rudal ... Jepang mengecam peluncuran tersebut": who did it
                recipient = _doer_of_verb_before(arguments, referred + 1, floor, ceiling, source, pattern.type)
        if pattern.type == "DEMAND" and trigger.voice == "active" and tokens[last].folded.endswith(_CLITIC) and \
                tokens[last].folded not in self.first_words:  # (a clitic on a verb, not "sebaiknya", "hendaknya")
            recipient = _person_referred(arguments, first, sentence.first, source)  # "mengkritik Menteri BUMN Erick Thohir
            # ... dan memintanya mengevaluasi direksi perusahaan": him, not the ones his act is about
        if not recipient and pattern.type in _ANSWERING and trigger.voice == "active" and earlier and \
                (noun := _answered_act(tokens, first, last, ceiling)) is not None:
            # "Israel menyerang Iran. Iran bersumpah akan membalas serangan tersebut": against Israel
            recipient = _doer_referred(earlier, arguments, noun - 1, ceiling, pattern.type, source)
        if not recipient and pattern.type == "THREATEN" and trigger.voice == "active" and earlier and source and \
                _bare_retaliation(tokens, first, last, ceiling):
            # "Israel menyerang Iran. Iran bersumpah akan membalas.": against the one who struck the threatener
            measures = _measure_answered(tokens, first, last, ceiling)  # (a measure may answer a sanction too)
            recipient = list({a.actor_id: a for a in map(self._side_of, _attacker_of(earlier, source, measures))}.values())
        if not recipient and pattern.type in STANCES and earlier and (noun := _act_subject(
                tokens, first if trigger.voice == "passive" else _receiving_verb(tokens, first, floor), floor)) is not None:
            # "Tindakan tersebut dikecam oleh Turki", "Serangan itu menuai kecaman dari AS": the doer of the act named again
            recipient = _doer_referred(earlier, arguments, noun - 1, ceiling, pattern.type, source)
        if pattern.type in STANCES and trigger.voice == "passive" and earlier and (
                relative := _relative_to_act(tokens, first, floor)) is not None:
            # "serangan Israel terhadap Iran, yang dikecam Rusia": the act's doer, not its target
            act = _latest_act(earlier, ACTS, (tokens[floor].start, tokens[first].start))
            if act is not None and tokens[relative - 1].text != "," and _verb_between(
                    tokens, _index_at(tokens, act.trigger[0]), relative):
                act = None  # without a comma, only right after the act's own phrase ("Serangan ... ke Gaza yang dikecam")
            if act is not None and {a.actor_id for a in recipient} <= {a.actor_id for a in act.recipient} and \
                    not {a.country for a in act.source} & {a.country for a in source} - {None}:
                recipient = list(act.source)
        if not source and pattern.type == "AID" and (helper := _helper_of_own(arguments, recipient)) is not None:
            source = [helper]  # "evakuasi WNI" with no one named: the WNI's government
        if direction is not None and pattern.mutual and len(source) == 2 and recipient and \
                all(a.actor_id.startswith("LOC:") for a in recipient):
            recipient = []  # a place, not a side: "Konflik Rusia-Ukraina di Donbas", "... mengganggu penerbangan ke Eropa",
            # "saling menyalahkan atas serangan terhadap PLTN Zaporizhzhia"
        if direction is not None and not recipient and len(source) == 2 and pattern.type not in JOINT:
            if _one_force(source, text):
                if direction == 1:
                    return None  # (one side: the first direction's event stands for both)
            else:
                source, recipient = [source[direction]], [source[1 - direction]]
        elif direction == 1 and source and recipient and _mutual(tokens, first, last, floor):
            source, recipient = recipient, source  # "Israel terlibat aksi saling serang dengan Iran": both ways
        if direction is not None and pattern.type in JOINT and _mutual(tokens, first, last, floor) and \
                all(a.sector in (None, "CVL") for a in source + recipient):
            return None  # people helping one another ("suasana saling mendukung di antara para turis"): no political act
        elif not recipient and len(source) > 1 and pattern.type in HOSTILE and trigger.voice == "noun" and \
                not (first > floor and _VERB.fullmatch(tokens[first - 1].folded)):  # (not "mengecam agresi Israel dan AS")
            source, recipient = source[:1], source[1:]  # "perang Israel dan Iran": the first acts on the rest
        location = self._location(arguments, tokens, last, ceiling, recipient,
                                  sites=trigger.voice == "active" and (pattern.type == "FIGHT" or pattern.mode == "visit"))
        if location is not None and tokens[first].folded in _DISCUSSING and recipient and location.start < recipient[0].start:
            location = None  # the matter's place, not the talks': "membahas situasi di Gaza dengan Macron"
        damaged = next((k for k in range(first - 2, max(floor, first - 4) - 1, -1) if tokens[k].folded in _DAMAGED), None) \
            if first - 1 > floor and tokens[first - 1].folded in _CAUSED_BY else None
        subject = next((k + 1 for k in range(damaged - 1, floor - 1, -1) if arguments.is_verb(k)
                        or tokens[k].folded in _SAID_THAT), floor) if damaged is not None else floor
        if location is None and not recipient and pattern.type in PLACE_TARGETS and trigger.voice == "noun" and \
                damaged is not None and (placed := arguments.after_preposition(
                    frozenset({"di"}), subject, damaged, window=damaged - subject, fillers=0)) is not None and \
                all(a.type in ("LOC", "GPE") for unit in placed[2] for a in unit.actors):
            location = next(iter(arguments.event_actors(placed[2])), None)  # "Tiga rumah di Odesa rusak akibat serangan
            # drone Rusia": the damage's place, named in its subject, is where the attack struck
        source, recipient = self._state_level([a for a in source if self._may_act(a, text)]), self._state_level(recipient)
        if tokens[first].folded in _DEMOLISHING and (not all(a.sector in ("GOV", "MIL") for a in source) or (
                last + 1 < ceiling and tokens[last + 1].folded in _RUBBLE)):
            return None  # pulling down is coercion when an authority does it to someone's building (not thieves breaking
            # a fence, residents a shed, rescuers the rubble: "Tim SAR membongkar reruntuhan rumah ...")
        if pattern.type in PLACE_TARGETS and location is not None:
            recipient = _people_of_place(recipient, source, location.country)
        elif pattern.type == "AID" and location is not None and location.country and \
                location.country not in {a.country for a in source}:
            recipient = _placed(recipient, location.country, "CVL")  # "bantuan untuk korban konflik di Gaza"
        if pattern.type in OWN_PEOPLE_TYPES | {"THREATEN"}:
            recipient = _people_at(arguments, recipient, source)  # "memperingatkan warga di Gaza": Palestinians
        if pattern.type in OWN_PEOPLE_TYPES:
            recipient = _own_people(recipient, source)
            source = _own_people(source, [a for a in recipient if a.sector == "CVL"], "GOV")
        source, recipient = _home(source, arguments, sentence), _home(recipient, arguments, sentence)
        source, recipient = _home_government(source, recipient), _home_government(recipient, source)
        if pattern.type == "PROTEST" and location is not None and location.country and \
                _word_before(tokens, location.start) not in BESIDE:
            source = _placed(source, location.country, "CVL")  # "Ribuan warga turun ke jalan di London": there (not
            # the state of the embassy the crowd stands in front of)
        if pattern.type not in HOSTILE | {"THREATEN", "SANCTION"}:  # (a force's target is another's)
            recipient = _own_government(recipient, source)
        if trigger.voice == "passive" and pattern.type in _JOINED_ACTS:  # a state strikes nothing of its own
            states = {a.country for a in source if a.actor_id == a.country}  # ("Tank di Donetsk dihantam drone Ukraina")
            recipient = [a for a in recipient if a.country not in states]
        if pattern.type in PLACE_TARGETS and arguments.setting and arguments.setting not in {a.country for a in source}:
            recipient = _placed(recipient, arguments.setting, "CVL")  # foreign fire on "warga": the setting's people
        if pattern.type in ("COERCE", "ASSAULT") and len(states := {a.country for a in source}) == 1 and None not in states \
                and all(a.sector == "GOV" and not _is_state(a) for a in source):
            recipient = _placed(recipient, next(iter(states)), "CVL")  # "Otoritas Iran mengeksekusi tiga pria": in Iran
            # (when not set elsewhere; a state's or an army's people struck may be anyone's: "pembunuhan warga sipil oleh Israel")
        if not recipient and pattern.type == "FIGHT" and trigger.voice == "noun":
            recipient = _named_dead(arguments, first, floor, source)
        placed_at = len(recipient) == 1 and _word_before(tokens, recipient[0].start) in _AT_PLACE
        if (not recipient or placed_at) and pattern.type in PLACE_TARGETS and (
                victims := _casualties(tokens, first, last, floor, ceiling)):
            # "30 orang tewas akibat tembakan militer Israel di Jalur Gaza": the people killed, not the state
            place = recipient[0].country if placed_at else (
                location.country if location is not None and location.country else arguments.setting)
            if place and place not in {a.country for a in source}:
                recipient = [EventActor(f"AGT:{place}:CVL:orang", "civilians", place, "CVL", *victims)]
        if not recipient and pattern.type in PLACE_TARGETS and location is not None and location.country and \
                _word_before(tokens, location.start) not in BESIDE:  # (not "di depan Kedutaan Besar AS")
            if location.country not in {a.country for a in source} and self.kb.by_id(location.country):
                recipient = [self._state_of(location)]
        source_ids = {a.actor_id for a in source}
        recipient = [a for a in recipient if a.actor_id not in source_ids]
        multilateral = False
        if pattern.mode == "visit" and not pattern.hosted:
            source, recipient = _visitors_and_hosts(source, recipient)
            if recipient and all(a.country == "IGO" and _word_before(tokens, a.start) not in _SEATS for a in recipient):
                # "menghadiri KTT G7 di Kanada" (not "berkunjung ke markas NATO": a visit to NATO)
                source, recipient, multilateral = recipient + source, [], True  # the body meets, with its guests
        recipient = _other_states(recipient, source, pattern.type in PACTS)
        if pattern.type == "AGREE" and recipient and _AUXILIARY_AFTER.match(text, max(a.end for a in recipient)) and not (
                _word_before(tokens, min(a.start for a in recipient)) in _PROMISED_TO
                and not all(a.actor_id.startswith("AGT:") for a in recipient)):
            recipient = []  # "berjanji pemerintah akan mengawal hak buruh": the promised clause's subject, no recipient
            # (but one promised to is the recipient, not reporters: "berjanji kepada Australia akan memperketat pengawasan")
        if pattern.type in JOINT and _self_directed(source, recipient):
            return None  # "Rusia ... untuk mendukung operasi militer Rusia": a state and its own organ are one side
        if pattern.mutual and source and recipient and len({a.country for a in source + recipient}) == 1 and any(
                all(a.sector == "CVL" for a in one) and all(a.actor_id == a.country for a in other)
                for one, other in ((source, recipient), (recipient, source))):
            return None  # "Warga Desa A dan warga Desa B saling serang": villagers clash, the village's state is no side
        if pattern.type in HOSTILE:
            recipient = _as_civilians(recipient, source)  # "menewaskan 45 warga Palestina": civilians
        if pattern.type == "RETREAT" and pattern.mode == "withdraw" and pattern.needs:
            withdrawn = last + 1  # the units or personnel right after the verb or its count: "menarik satu batalyon
            while withdrawn < ceiling and (arguments.in_quantity(withdrawn) or is_count(tokens[withdrawn])):
                withdrawn += 1  # pasukan", "menarik seluruh personelnya" (not "menarik minat ... mantan prajurit")
            if withdrawn >= ceiling or tokens[withdrawn].folded not in pattern.needs:
                return None
        if pattern.type == "RETREAT" and pattern.mode == "withdraw":  # the forces withdrawn are no target ("TNI menarik
            # satu batalyon pasukan nonorganik dari Intan Jaya")
            recipient = [a for a in recipient if not (a.sector == "MIL" and a.country in {s.country for s in source}
                                                      and a.actor_id.startswith(("AGT:", "GRP:")))]
        if pattern.type in _DEALINGS:  # a deal is made with parties, not with the machines it buys ("menandatangani
            recipient = [a for a in recipient if not _machine(a)]  # kontrak pembelian 48 jet tempur")
        if pattern.type == "SANCTION":  # a state sanctions no one of itself ("Menlu menarik duta besarnya dari Jakarta")
            recipient = [a for a in recipient if not (_is_state(a) and a.country in {s.country for s in source})]
        sent = tokens[theme].folded if pattern.type == "AID" and theme is not None else None
        if sent in _FORCES:  # forces sent to face someone are not sent to them: "mengerahkan milisi untuk menghadapi
            recipient = [a for a in recipient if not _confronted(tokens, a)]  # tekanan militer AS"
        troops = sent is not None and (sent not in _CIVIL_STAFF or _military_staff(arguments, theme))
        deployment = sent in _FORCES and (_deployment(tokens, source, recipient, _securing(tokens, last, ceiling), troops)
                                          or _securing(tokens, last, ceiling, _PURSUING)  # "untuk mengejar para pelaku"
                                          or bool(recipient) and all(_is_state(a) and a.country in {s.country for s in source}
                                                                     for a in recipient)
                                          and (all(a.sector == "MIL" or _POLICE.search(a.actor_id.lower()) for a in source)
                                               or _police_staff(arguments, theme)))
        # (or security forces sent within their own state: "Polri mengerahkan 500 personel ke lokasi bentrokan di Papua",
        # "Kapolri mengirim 2.000 personel Brimob ke Papua Tengah"; not relief staff, "Mensos mengirim 50 personel Tagana
        # ke lokasi banjir di Aceh")
        if sent in _VEHICLES and not deployment:
            return None  # a plane or ship sent with aid or for an evacuation: the aid is coded, not the vehicle
        if deployment:  # "mengerahkan pasukan ke perbatasan Ukraina", "mengirimkan jet tempur ke Timur Tengah"
            recipient = [a for a in recipient if _front_before(tokens, a.start)]
        if deployment or pattern.type == "MOBILIZE":  # the forces mobilised are the source's, not its target
            recipient = [a for a in recipient if not (a.actor_id.startswith(("AGT:", "GRP:")) and a.sector == "MIL")]
        if pattern.type == "MOBILIZE" and not deployment:  # nor its own state's forces ("menyiagakan 400 personel Brimob")
            own = {s.country for s in source}
            recipient = [a for a in recipient if not (a.sector in ("GOV", "MIL") and a.country in own)]
        cues: dict[str, tuple[int, int]] = {}
        modal_floor = floor if arguments.saying_resumed(first, floor) is None else first - 1  # (after "dan": the
        # modals of the clause reported before are not the speaker's)
        context = self._modal_contexts(tokens, first, modal_floor, cues, main_verb=trigger.voice != "noun")
        if pattern.type in _SPOKEN_NOW and trigger.voice == "active" and (
                condition_end := _fronted_condition(tokens, first, modal_floor)) is not None:
            for name in [c for c in context if c in cues and cues[c][0] < tokens[condition_end].start]:
                context.remove(name)  # "Jika negosiasi gagal, Trump mengancam ...": the threat is made now, not
                cues.pop(name)  # on the condition (nor is it negated by its "gagal")
        if "hypothetical" in context and "future" in context:
            context.remove("future")  # "kemungkinan akan memicu kecaman": a guess, not a plan
            cues.pop("future", None)
        if pattern.spoken and pattern.type == "THREATEN" and "future" in context:
            context.remove("future")  # '"Israel akan membayar mahal," kata Khamenei': the consequence is to come,
            cues.pop("future", None)  # the threat is made now
        if "future" in context and pattern.type in STANCES | {"DEMAND", "AGREE"} and \
                text[cues["future"][0] : cues["future"][1]].casefold() in _AGREEING:
            context.remove("future")  # "Komisi III bersepakat meminta ...": what is agreed to be said is said
            cues.pop("future")
        if pattern.mutual and trigger.voice == "noun" and _outsider(arguments, first, floor, source + recipient):
            # "Trump tidak akan terlibat dalam perang Israel-Iran": the modals are the outsider's, the war goes on
            context = [c for c in context if c not in _MODAL and c != "negation"]
            cues = {name: span for name, span in cues.items() if name not in _MODAL and name != "negation"}
        if trigger.voice == "noun" and "negation" not in context and _called_off(tokens, last, ceiling):
            context.append("negation")  # "Pertemuan Sugiono dan Araghchi batal", "... dibatalkan"
        directive = arguments.directive_of(first, floor)
        if directive is None and trigger.voice == "noun" and first - 1 > floor and tokens[first - 1].folded in LIGHT_VERBS:
            directive = arguments.directive_of(first - 1, floor)  # "meminta polisi melakukan penyelidikan"
        if directive is not None and tokens[directive].folded in _APPEALS_FOR_ACTS and not (
                tokens[directive].folded == _URGES and arguments.subject(directive, floor) is None):
            return None  # "PBB mendesak Israel menghentikan serangan": the demand is the event, what it asks for is not
            # done (an order's act is the orderer's to come: "memerintahkan TNI untuk mengevakuasi WNI"; and a cause
            # urges no one: "Kenaikan harga BBM mendorong ribuan mahasiswa untuk berunjuk rasa")
        if directive is None and (trigger.voice != "noun" or first - 1 > floor and tokens[first - 1].folded in LIGHT_VERBS) \
                and _in_asked_clause(arguments, first, floor) and not (
                    trigger.voice == "passive" and pattern.type in STANCES and _opening_act_owner(arguments, floor, first)):
            # (a passive stance on a demand that opens the sentence is the main clause's: "Tuntutan Hamas agar Israel
            # menarik pasukannya ditolak oleh Netanyahu")
            return None  # "meminta agar semua pejabat yang terlibat ditindak", "menegaskan agar polisi tidak menunggu
            # laporan, melainkan proaktif menyelidiki": an act asked for or aimed at, not done (a war named in such a
            # clause is still the war: "agar perang Israel-Iran segera berakhir")
        if "future" not in context and (fronted_future or directive is not None):
            context.append("future")  # "memerintahkan Menlu untuk mengevakuasi WNI": asked for, not done
        event_type, mode_of_pattern = ("MOBILIZE", None) if deployment else (pattern.type, pattern.mode)
        if event_type == "COERCE" and tokens[first].folded == _DECLARES and not all(_of_court(a, arguments) for a in source):
            return None  # "menyatakan (terdakwa) X bersalah" is a verdict only in a court's or a judge's words
        if event_type == "COERCE" and tokens[first].folded == _DECLARED_PASSIVE and (
                "negation" in context or _NONE_OF.search(text, sentence.start, tokens[first].start)):
            return None  # "belum dinyatakan bersalah", "Tak satu pun terdakwa itu dinyatakan bersalah": no verdict
        if pattern.hosted and trigger.voice == "active" and tokens[first].folded == _WELCOMES and \
                _welcomed_act(tokens, last + 1, ceiling):
            if _met_with(tokens, last + 1, ceiling):
                return None  # "Beijing menyambut langkah Washington dengan tarif balasan": answered, not welcomed
            event_type, mode_of_pattern = "SUPPORT", None  # "Indonesia menyambut hangat keputusan Arab Saudi": the act's
            source, recipient = recipient, source  # doer is welcomed, as no guest is (not "menyambut kedatangan X")
        if event_type == "CONSULT" and tokens[first].folded in _TALKING and \
                _needed(tokens, last + 1, arguments.words_ahead(last + 1, _NEEDS_WINDOW, ceiling), _PHONES) is not None:
            mode_of_pattern = "phone"  # "Trump berbicara dengan Netanyahu melalui sambungan telepon"
        if mode_of_pattern in _TAKEN_FROM and ((owners := arguments.fronted_owners(floor, first)) or
                                               tokens[first].folded == _THWARTS):
            recipient = _home(arguments.event_actors(owners), arguments, sentence)  # "Dari tangan tersangka, polisi
            # menyita 15 paket sabu" (smuggling thwarted names no owner: "menggagalkan peredaran sabu dari Thailand")
        if event_type == "COOPERATE" and _EXERCISE in {t.folded for t in tokens[first : last + 1]} and \
                len({a.country for a in source + recipient}) < 2:
            if not all(a.sector == "MIL" for a in source):
                return None  # a police drill ("Polres Bogor menggelar latihan gabungan pengamanan Pilkada")
            event_type, mode_of_pattern = "MOBILIZE", None  # one state's forces exercising together show force
            # ("TNI AD, AL dan AU menggelar latihan gabungan"), two states' forces cooperate
        if "intent" in context:  # a wish to meet, talk or cooperate is an agreement to: "Iran ingin berunding dengan AS"
            context.remove("intent")
            if event_type == "COOPERATE" or event_type == "CONSULT" and mode_of_pattern != "visit":
                event_type = "AGREE"
        if "pledge" in context:  # a promise to act is an agreement: "siap membantu Indonesia"
            context.remove("pledge")
            if trigger.voice == "passive":  # "siap dievakuasi": the patient is ready, no one promises
                if "future" not in context:
                    context.append("future")
            elif event_type in _VIOLENT and "negation" not in context:  # "Iran siap membalas serangan Israel": a threat
                # (a promise not to strike, "berjanji tidak akan menyerang", stays an agreement)
                event_type, mode_of_pattern = "THREATEN", None
            else:
                event_type, mode_of_pattern = "AGREE", None
        planned_strike = event_type in ("FIGHT", "ASSAULT") and _PLANNED.intersection(context) and source and \
            not {"negation", "denied"} & set(context)
        voice = _own_voice(speakers, first, source) if planned_strike else None
        open_option = _not_ruled_out(arguments, floor, first, source) if planned_strike else None
        if planned_strike and (all(a.actor_id.startswith("PER:") for a in source) or voice is not None
                               or open_option is not None) and \
                not any(t.folded in _OTHERS_VIEW for t in tokens[floor:first]) and \
                not ("hypothetical" in cues and text[cues["hypothetical"][0] : cues["hypothetical"][1]].casefold() in _CONDITIONS) \
                and not text[sentence.start : sentence.end].rstrip().endswith("?"):
            if open_option is not None:
                source = open_option  # "Netanyahu tidak menutup kemungkinan Israel akan membunuh Khamenei": his threat
            elif voice is not None and not all(a.actor_id.startswith("PER:") for a in source):
                source = [voice]  # "Araghchi mengatakan pasukan Iran akan menggempur Israel": his threat
            # a leader's strike planned, weighed or announced is a threat made now: "Trump akan memutuskan apakah akan
            # menyerang Iran", "mempertimbangkan serangan militer terhadap Iran" (a state's strike to come stays one,
            # and so does a strike others ask about or forecast, "menolak menjawab apakah Trump akan menyerang Iran",
            # "Analis memperkirakan Netanyahu akan menyerang", a plan called off or denied, and a condition, "Jika
            # Trump menyerang Iran, harga minyak ...", or a question)
            event_type, mode_of_pattern = "THREATEN", None
            context = [c for c in context if c not in _PLANNED]
            cues = {name: span for name, span in cues.items() if name not in _PLANNED}
        if event_type == "COERCE" and tokens[first].folded in _CRACKDOWN and "future" in context and "negation" not in context:
            event_type, mode_of_pattern = "THREATEN", None  # "Kapolri akan menindak tegas penyebar hoaks": a warning
            context.remove("future")  # of a crackdown, made now (as a promise of one is: "berjanji menindak")
            cues.pop("future", None)
        if pattern.planned and event_type == pattern.type and _PLANNED.intersection(context):
            event_type, mode_of_pattern = pattern.planned, None  # "akan menandatangani perjanjian": a promise to sign
        if tokens[first].folded in _CRIME_ARRESTS and recipient and all(a.actor_id == a.country for a in recipient):
            return None  # "Jepang meringkus Australia 3-0": a score, no arrest of a state
        if event_type == "COERCE" and tokens[first].folded == _SECURE and last + 1 < ceiling and \
                tokens[last + 1].folded in _OCCASIONS:
            return None  # "mengamankan aksi unjuk rasa buruh": keeping order at it, no arrest
        if event_type == "SANCTION" and any(t.folded in _TARIFFS for t in tokens[first : last + 1]) and \
                _lowered(tokens, last, ceiling):
            event_type, mode_of_pattern = "RETREAT", "ease"  # "mengumumkan tarif impor untuk Indonesia turun menjadi 19 persen"
        if event_type == "FIGHT" and pattern.mutual and trigger.voice == "noun" and source and \
                all(a.actor_id.startswith("AGT:") and a.sector == "CVL" for a in source):
            return None  # "Ribuan warga ... menyerukan diakhirinya perang di Gaza": people wage no war
        occupied = tokens[first].folded in _OCCUPYING and any(
            t.folded in _OCCUPIED for t in (tokens[max(floor, first - 6) : first] if trigger.voice == "passive"
                                            else tokens[last + 1 : last + 3]))
        if event_type in ("FIGHT", "COERCE", "SANCTION") and (tokens[first].folded in _CROWD_ACTIONS or occupied) and source \
                and all(a.sector == "CVL" and not _is_state(a) for a in source):
            event_type, mode_of_pattern = "PROTEST", None  # people blocking, boycotting or occupying: "nelayan memblokade
            # alur pelabuhan", "pedagang memboikot pembayaran retribusi", "mahasiswa menduduki ruang rapat DPRD"
        if event_type == "FIGHT" and source and (all(a.sector == "CVL" for a in source) or all(
                a.sector == "CVL" or _private_person(a) for a in source) and not any(
                a.sector == "MIL" for a in recipient) or recipient and (
                all(a.sector == "OPP" for a in source) and all(a.sector == "CVL" for a in recipient)
                or all(map(_private_person, recipient)) and not any(_is_state(a) or a.sector in ("MIL", "GOV") for a in source))):
            event_type = "ASSAULT"  # civilians attacking (settlers, a mob), a private person attacking any but soldiers
            # ("HS (45) menembak tetangganya"; not a sniper named bare shooting soldiers), armed groups
            # killing civilians ("KKB menembak mati dua guru"), or anyone but a state or its forces shooting a private person
            # ("KKB menembak mati seorang tukang ojek bernama Rahmat"): violence, not military force
        if event_type == "COERCE" and tokens[first].folded in _HOLDING and source and all(a.sector == "OPP" for a in source):
            event_type, mode_of_pattern = "ASSAULT", "abduct"  # "sandera yang ditahan oleh Hamas", "KKB menangkap dua
            # pekerja": an armed group holding people takes hostages, it arrests no one
        if mode_of_pattern == "execute" and first == last and source and all(map(_prosecutor, source)):
            if not recipient or not all(a.actor_id.startswith(("PER:", "AGT:")) for a in recipient):
                return None  # what a verdict orders done to assets or bodies: "mengeksekusi aset milik terpidana"
            event_type, mode_of_pattern = "COERCE", "arrest"  # "Kejari mengeksekusi terpidana ke Lapas Cipinang":
            # prosecutors carry out a prison sentence (a death sentence says so: "mengeksekusi mati")
        if event_type == "PROTEST" and source and all(a.sector == "MIL" or _POLICE.search(a.actor_id.lower()) for a in source):
            return None  # "Ribuan polisi turun ke jalan untuk mengamankan ...": no protest (judges may protest)
        if event_type in ("FIGHT", "ASSAULT") and tokens[first].folded in _RUSHES and source and \
                (throng := _throng_at(tokens, _index_at(tokens, source[0].start))) and (throng in _ONLINE or all(
                    a.actor_id == a.country or a.actor_id.startswith("LOC:") for a in recipient)):
            return None  # "Wisatawan China menyerbu Bali", "Warganet Korea menyerbu akun ...": a rush, no attack (but
            # "Turis asing menyerang seorang warga")
        if event_type not in ("ASSAULT", "COERCE", "INVESTIGATE") and any(
                a.start in arguments.performers for a in source + recipient) and not any(
                a.sector in ("GOV", "MIL", "IGO") and a.actor_id != a.country and a.start not in arguments.performers
                for a in source + recipient):
            return None  # "Pelatih Jepang memuji perlawanan Indonesia" (a state there is its team), "Aktor Korea Selatan
            # itu menolak tawaran", "Wasit asal Qatar dikecam suporter": no political act, unless an authority takes part
            # ("Aktor asal Iran mengecam pemerintah Iran"; arrests and trials of performers are the law's)
        if event_type == "PROTEST" and tokens[first].folded in _BLOCKING and any(a.sector in ("GOV", "MIL") for a in source):
            return None  # "Petugas memblokade jalan di sekitar Monas": a closure, no protest
        if event_type == "PROTEST":  # a rally "mendukung Palestina" is for, not against, whom it names, and a city
            # it is held in is no target ("turun ke jalan di beberapa kota, termasuk Barcelona")
            recipient = [a for a in recipient if not _backed(arguments, last, _index_at(tokens, a.start))
                         and not _named_as_place(arguments, tokens, a)]
        if event_type == "FIGHT" and _repression(source, recipient) and not (
                any(a.actor_id.startswith(INITIALS) for a in recipient)
                and (pattern.mutual or _armed_one(tokens, _index_at(tokens, recipient[0].start), floor))):
            event_type = "COERCE"  # "Polisi menembakkan gas air mata ke arah demonstran": repression, not war (but a
            # firefight with a suspect, or force on a member of an armed group, stays a fight)
        expelled = _expelled(arguments, tokens, first, last, floor, ceiling) if event_type == "SANCTION" else None
        if expelled in _VEHICLES | _BOATS:
            event_type, mode_of_pattern = "COERCE", None  # "Bakamla mengusir kapal China": driving vessels off, no sanction
        elif expelled in _TROOPS and source and all(a.sector == "MIL" for a in source) and \
                _driven_from_ground(arguments, tokens, last, ceiling):
            event_type, mode_of_pattern = "FIGHT", None  # "Militer Rusia mengusir pasukan Ukraina dari Kursk": fighting
            # them off (a government ordering foreign forces out stays a sanction: "Mali mengusir pasukan Prancis")
        if event_type == "SANCTION" and _domestic_measure(source, recipient):
            if any(t.folded in _AID_WORDS for t in tokens[first : last + 1]):
                return None  # a government halting its own aid ("menghentikan bantuan untuk korban banjir") coerces no one
            event_type, mode_of_pattern = "COERCE", "restrict"  # "Bupati mengusir kapal turis": not a state's sanction
        if event_type == "DEMAND" and (_prosecuted(tokens, first, last, ceiling) or tokens[first].folded == _DEMAND_NOUN and
                                       _defendants(recipient, text)) and (
                trigger.voice == "passive" or any(_prosecutor(a) or _titled_prosecutor(arguments, a) for a in source)):
            event_type, mode_of_pattern = "COERCE", "arrest"  # "Jaksa menuntut X dengan hukuman 12 tahun penjara"
            # (also a prosecutor's quote: '"Kami menuntut agar terdakwa ... bersalah," kata jaksa ...')
            if not _defendants(recipient, text) and (accused := _defendant_named(arguments, last + 1, ceiling)):
                recipient = accused  # "menuntut agar majelis hakim menyatakan terdakwa X bersalah": X, not the judges
        if event_type == "THREATEN" and tokens[first].folded in _WARNINGS and _asks(tokens, last + 1, min(ceiling, last + 1 + _ASKING_WINDOW)):
            event_type, mode_of_pattern = "DEMAND", None
        if mode_of_pattern == "visit" and source and recipient and \
                all(law_body(a.actor_id) or a.actor_id.split(":")[-1] in _ENFORCING_AGENTS for a in source) and \
                all(_suspect(a) or _word_before(tokens, a.start) in _SUSPECTS
                    or text[a.start : a.end].split()[0].casefold() in _SUSPECTS for a in recipient):
            return None  # "Polisi mendatangi rumah tersangka JM": a raid on a suspect, no visit
        if tokens[first].folded == _LEADS and pattern.mode == "visit":
            recipient = _led_to(arguments, last, ceiling)  # "memimpin delegasi TNI ke Turki": Turkey, not the TNI
            if not recipient:
                return None
        if event_type == "DISAPPROVE" and tokens[last].folded == _OBJECTION and last + 2 < ceiling and \
                tokens[last + 2].folded in _CLAIMED:
            return None  # objecting to an accusation ("menyatakan keberatan atas tuduhan ...") is a denial of it
        if event_type == "INVESTIGATE" and recipient and _word_before(tokens, recipient[0].start) in _COMPLAINT_NOUNS:
            recipient = []  # "Polisi mendalami laporan Rudi": his complaint is looked into, not he
        if event_type == "INVESTIGATE" and not recipient and trigger.voice == "active":
            recipient = _part_examined(arguments, last, ceiling)  # "KPK mendalami soal peran Budi"
        if event_type == "DEMAND" and trigger.voice == "active" and recipient and \
                (enforcers := _enforcement_asked(arguments, last, ceiling, recipient)) is not None:
            recipient = enforcers  # "meminta agar pelaku ancaman bom segera dikejar": a call on the law, not the culprits
        if event_type == "DEMAND" and _foreign_civilians(source, recipient) and \
                _evacuation_ordered(arguments, last + 1, min(ceiling, last + 1 + _ASKING_WINDOW), source):
            event_type, mode_of_pattern = "THREATEN", None  # "Militer Israel memerintahkan warga di Teheran untuk
            # mengungsi": a warning of strikes to come (not a government asking its own people to leave)
        if event_type == "SUPPORT" and recipient and any(t.folded in _PRAISE for t in tokens[first : last + 1]) and all(
                a.sector == "BUS" or a.actor_id.split(":")[-1] in _STAFF_NOUNS and (
                    text[a.start : a.end].casefold().endswith("nya") or all(s.sector == "BUS" for s in source)
                    or _of_a_firm(arguments, tokens, a))
                for a in recipient):
            return None  # "Menteri mengapresiasi langkah Pertamina", "apresiasi kepada seluruh karyawan": courtesy
            # praise of a firm or of one's staff (praise of a state's decision stays support)
        if event_type == "AID" and (all(a.actor_id.split(":")[-1] in _SUSPECTS for a in source) or tokens[first].folded
                                    in _HANDING_OUT and any(t.folded in _ELECTIONS for t in tokens[floor:ceiling])):
            return None  # "Tersangka membagikan sembako kepada warga untuk membeli suara", "Calon bupati itu membagikan
            # sembako menjelang pencoblosan": a crime's or a campaign's means, no aid
        if tokens[first].folded == _THWARTS and any(
                (unit := arguments.at_first.get(k)) is not None and all(a.type in ("PER", "NORP") or a.sector == "CVL"
                                                                        for a in unit.actors)
                for k in range(last + 1, min(ceiling, last + 1 + _SMUGGLED_WORDS))):
            return None  # people smuggled are no goods seized: "menggagalkan penyelundupan 30 WNI ke Kamboja"
        if event_type == "AID" and recipient and all(a.country in {s.country for s in source} and a.sector == "CVL"
                                                     for a in recipient) and \
                _welfare(tokens, floor, ceiling) and not any(t.folded in _DISASTER for t in tokens[floor:ceiling]):
            return None  # "Pemerintah kembali menyalurkan Bantuan Subsidi Upah bagi pekerja", "memberikan bansos kepada
            # masyarakat": a state's welfare for its own people, no aid between actors (relief in a disaster stays)
        if (event_type == "RETREAT" and pattern.mode == "ease" or event_type == "AID") and \
                any(t.folded in _TRADE_AND_FUNDS for t in tokens[first : last + 1]) and \
                not any(a.country and a.country not in {s.country for s in source} for a in recipient):
            return None  # "menunda penerapan tarif tol", "mencairkan dana transfer ke daerah": a state's own measures
            # and payments; between states they code ("AS menunda penerapan tarif terhadap Indonesia")
        if event_type == "INVESTIGATE" and last + 1 < ceiling and tokens[last + 1].folded in _STATES_OF_THINGS and (
                not recipient or all(a.actor_id.startswith("AGT:") for a in recipient)
                or last + 2 < ceiling and tokens[last + 2].folded in _BODILY):
            return None  # "memeriksa keadaan di dalam rumah", "pemeriksaan kondisi kesehatan sapi", "memeriksa kondisi
            # pengungsi": a check of how things or people are, no one investigated (but "IAEA memeriksa kondisi
            # fasilitas Fordow" checks an actor's)
        if event_type == "CONSULT" and recipient and all(_civil_agent(a, _KIN_AND_FOLK) for a in recipient) and not any(
                t.folded in _HELD_OR_WRONGED for a in recipient
                for t in tokens[_index_at(tokens, a.end) : min(ceiling, _index_at(tokens, a.end) + _HELD_REACH)]):
            return None  # "menyambangi keluarga korban", "berdialog dengan para lansia": condolences and courtesy
            # calls on private people are no meeting between actors (a meeting with hostages' families is one)
        if event_type in _DEALINGS and source and _company_matter(source + recipient) and (
                recipient or event_type != "DISAPPROVE") and not (
                event_type == "DISAPPROVE" and any(t.folded in _LEGAL_ACTIONS for t in tokens[first : last + 1])):
            return None  # "PT Astra dan PT Indofood siap berkolaborasi", "PIS dan PT PAL siap berkolaborasi": a company
            # matter (state firms of two states dealing stay: Pertamina and Rosneft); a lawsuit, a legal warning or a
            # complaint to the police stays one firm's act against another ("PT Bank CIMB Niaga Tbk menggugat PT ...")
        if event_type == "SUPPORT" and source and all(_civil_agent(a, _PUBLIC) for a in source) and not any(
                t.folded in _RALLIES or k + 2 < first and (t.folded, tokens[k + 1].folded, tokens[k + 2].folded) in _RALLY_PHRASES
                for k, t in enumerate(tokens[floor:first], floor)):
            return None  # "Warga Aceh menyambut baik keputusan Presiden": public opinion, no act of an actor (a rally's
            # support is one: "Ribuan warga menggelar demonstrasi mendukung Presiden")
        if event_type == "DEMAND" and _internal_order(tokens, first, last, source, recipient):
            return None  # "Trump memerintahkan Angkatan Udara AS ...", "meminta jajarannya menindak ...": an order
            # within one chain of command is an internal instruction, no demand between actors
        if event_type == "AID" and trigger.voice == "noun" and first > floor and tokens[first - 1].folded in _ACCESS:
            return None  # "mendesak Israel membuka akses bantuan ke Gaza": the way for aid (asked for, opened) is no aid given
        if event_type == "AID" and trigger.voice == "noun" and first > floor and tokens[first - 1].folded in _ORDERS \
                and _foreign_civilians(source, recipient):
            event_type, mode_of_pattern = "THREATEN", None  # "Militer Israel mengeluarkan perintah evakuasi bagi warga
            # di Teheran": the same warning, as a noun (not the evacuation of one's own citizens)
        if event_type == "THREATEN" and tokens[first].folded in _WARNINGS and not recipient and _forecast(tokens, last + 1, ceiling):
            return None  # "Inggris memperingatkan akan ada gangguan navigasi": an alert, no threat
        if "denied" in pattern.contexts and event_type == "REJECT":
            recipient = []  # a denial is no act on its accuser or on whom the denied clause names, as the gold
            # codes it ("Iran membantah tuduhan Amerika Serikat", "Kremlin membantah pasukan Rusia menyerang ...")
            if "alleged" in context and text[cues["alleged"][0] : cues["alleged"][1]].casefold() in _ACCUSATIONS:
                context.remove("alleged")  # "Tuduhan itu dibantah oleh Israel": the accusation is alleged, not the denial
                cues.pop("alleged")
        if "denied" in pattern.contexts and "negation" in context:
            return None  # "tak menampik dampak negatifnya": not denying is no rejection
        if event_type == "RETREAT" and "negation" in context and not {t.folded for t in tokens[first : last + 1]}.isdisjoint(
                _ATTACK_WORDS):
            context.remove("negation")  # "Israel tidak pernah berhenti menyerang Gaza": not ceasing is attacking,
            # civilians assaulted ("tidak pernah berhenti menyerang kamp pengungsi")
            event_type = "ASSAULT" if recipient and all(map(_civilians, recipient)) else "FIGHT"
            mode_of_pattern = None
        if event_type == "CONCEDE" and "negation" in context and _in_condition(tokens, first, floor):
            return None  # "mengancam akan menyerang jika Teheran tidak segera menyerah": a condition, no refusal (but "Jika
            # diserang lagi, Iran tidak akan menyerah" refuses)
        if (event_type == "CONCEDE" and "negation" in context) or (
                event_type == "CONSULT" and pattern.mode != "visit" and {"negation", "future"} <= set(context) and recipient):
            # "tidak akan menyerah", "tidak akan melanjutkan perundingan dengan AS": a refusal
            context.remove("negation")
            if event_type == "CONSULT":
                context.remove("future")
            event_type, mode_of_pattern = "REJECT", None
        gathering = event_type == "CONSULT" and len(source) == 1 and source[0].country == "IGO" and \
            tokens[first].folded not in _TALKING  # (an official of a body who speaks somewhere holds no meeting)
        if tokens[first].folded == _IN_CONFLICT and (
                first > floor and tokens[first - 1].folded == "yang" or
                any(t.folded in _ROW_OVER for t in tokens[last + 1 : min(ceiling, last + 1 + _ROW_REACH)]) or
                not all(_is_state(a) or _forces(a) or a.sector in ARMED_SECTORS for a in source + recipient)):
            return None  # sides in conflict fight only as states or armed forces, not in a row over a matter ("berkonflik
            # soal pengungsi"), a labour or party dispute, nor as a relative clause's background ("Houthi, yang berkonflik
            # dengan Arab Saudi, menembakkan rudal ...")
        if event_type == "CONCEDE" and tokens[first].folded in _GRANTS and (
                all(_of_court(a, arguments) for a in source) or tokens[last].folded == _REQUEST and (
                    any(a.sector == "BUS" for a in source) or any(_civilians(a) for a in recipient))):
            return None  # a court granting a request rules, it concedes nothing ("Hakim mengabulkan tuntutan jaksa"), and
            # a request met by supply is a market's demand ("memenuhi permintaan masyarakat")
        if tokens[first].folded in _TALKING and any(a.sector == "MED" for a in recipient):
            return None  # talking with a newspaper or a channel is an interview, no talks ("berbicara dengan CNN")
        if tokens[first].folded in _ADMIRES and any(a.actor_id.startswith(("AGT:", "GRP:")) for a in recipient):
            return None  # admiration of people or things no one names is a feeling ("kagum dengan keramahan warga")
        if event_type in STANCES and source and recipient and all(_civilians(a) for a in source) and \
                all(_place_named(arguments, a) for a in recipient):
            if event_type not in SOURCE_ONLY:
                return None  # "Wisatawan kagum dengan keindahan pantai di Bali": people's feelings about a place's things
            recipient = []  # (a refusal stands alone: "Para demonstran menolak pembangunan hotel di Venesia")
        if (event_type == "CONSULT" and pattern.mode == "visit" or event_type == "INVESTIGATE") and source \
                and all(_civilians(a) or a.actor_id.startswith(INITIALS) for a in source) and not (
                tokens[first].folded == _RECEIVES and recipient and all(a.sector == "GOV" for a in recipient)):
            return None  # pilgrims arriving pay no visit, drivers checking their trucks investigate no one (but an
            # official receives people's delegates: "Ketua DPR menerima perwakilan buruh")
        if event_type == "CONSULT" and pattern.mode == "visit" and source and all(
                a.sector == "BUS" and not a.actor_id.startswith("PER:") or _forces(a)
                and not {b.country for b in recipient} <= {a.country} for a in source):
            return None  # "pesawat Saudia Airlines tiba di Bandara Kualanamu": a company's plane arriving, no visit;
            # "Prajurit TNI berangkat ke Lebanon": troops deployed abroad (not "Panglima TNI berkunjung ke ...")
        if event_type == "INVESTIGATE" and tokens[first].folded in _SUMMONS and any(
                tokens[k].folded == _PALACE and tokens[k - 1].folded == "ke" for k in range(last + 2, ceiling)):
            return None  # "Presiden memanggil Menteri Keuangan ke Istana": a president's call, no summons for questioning
        if event_type == "INVESTIGATE" and tokens[first].folded in _INSPECTS and recipient and all(
                a.country in {s.country for s in source} and (a.sector == "MIL" or a.actor_id == a.country) for a in recipient):
            return None  # "Kim Jong Un menginspeksi unit artileri": a leader reviewing his own forces investigates no one
        if event_type in ("INVESTIGATE", "COERCE") and source and all(a.sector == "MED" for a in source):
            return None  # a news outlet asking questions ("dimintai keterangan oleh BBC") reports, it does not investigate;
            # reporters stopping a minister for a word coerce no one ("Wartawan mencegat rombongan Menlu")
        if tokens[first].folded == _SUSPICION and not all(a.sector == "GOV" for a in source):
            return None  # "KPK menduga Bupati X menerima suap": a law body's or a regulator's accusation; what
            # residents or analysts suspect is talk
        if tokens[first].folded in _PRESSED and source and (all(a.actor_id.startswith("PER:") or a.sector == "MED"
                                                                for a in source) or trigger.voice == "active" and not all(
                law_body(a.actor_id) or court_of(a.actor_id) or _prosecutor(a) for a in source)):
            return None  # "dicecar 40 pertanyaan oleh penyidik KPK" is an examination; "Zelensky dicecar Trump" is not,
            # nor a side pressing another ("Jepang terus mencecar lini pertahanan Indonesia")
        if tokens[first].folded in _TRACING:
            if not any(law_body(a.actor_id) or _POLICE.search(a.actor_id.lower()) for a in source) \
                    or not _crime_told(tokens, first, ceiling) \
                    or recipient and all(a.actor_id.endswith(_VICTIM) for a in recipient) \
                    or _SEARCHING in {t.folded for t in tokens[last + 1 : ceiling]}:
                return None  # a search engine's or a newsroom's tracing ("berdasarkan penelusuran detikcom")
                # investigates no one, nor does a search for the lost ("Polisi menelusuri sungai untuk mencari korban
                # banjir", "melacak keberadaan korban penculikan"), nor a patrol car tracked: only a crime's trace is
                # an investigation
            recipient = [a for a in recipient if not (a.actor_id.startswith("AGT:") and a.sector == "CVL"
                                                      and a.actor_id.split(":")[-1] not in _SUSPECTS)]
            # ("menelusuri dugaan kebocoran data pribadi warga": the residents are the harmed, not the traced)
        if tokens[first].folded == _ANSWERS and event_type != "CONCEDE" and not any(law_body(a.actor_id) for a in source):
            return None  # a summons answered is an examination only by a body of law ("memenuhi panggilan KPK"; not
            # "memenuhi panggilan Palang Merah Indonesia untuk mendonorkan darah")
        if event_type == "CONSULT" and recipient and all(a.actor_id.startswith("AGT:") and a.sector == "MED" for a in recipient):
            return None  # "Saat bertemu wartawan, Prabowo ...": talking to the press is no meeting between actors
        if event_type == "DISAPPROVE" and tokens[first].folded in _SUMMONS and recipient and \
                {a.country for a in recipient} <= {a.country for a in source}:
            return None  # "memanggil kuasa usaha KBRI Teheran ke Jakarta": one's own envoy called home, no protest
            # (nor "Mantan duta besar RI itu dipanggil KPK sebagai saksi")
        if event_type == "DISAPPROVE" and trigger.voice == "passive" and tokens[first].folded in _SUMMONS and \
                not all(a.actor_id.endswith(_FOREIGN_MINISTRY) or a.actor_id == a.country for a in source):
            return None  # an envoy summoned by the police, a committee of parliament or a president ("dipanggil Polda
            # untuk dimintai keterangan", "dipanggil Komisi I DPR untuk rapat"): the foreign ministry's summons protests
        if event_type == "DISAPPROVE" and tokens[first].folded in _CONCERNED and recipient and all(map(_civilians, recipient)):
            return None  # "prihatin atas rencana pemindahan paksa warga Gaza": the plan's victims are not its makers
        if event_type == "DISAPPROVE" and tokens[last].folded in _APPEALS and not (recipient and all(map(_court, recipient))):
            courts = [u for k in range(last + 1, ceiling) if (u := arguments.at_first.get(k)) is not None
                      and _court(u.actors[0]) and tokens[k - 1].folded not in _FILED_WITH]  # (not where it is filed:
            # "mengajukan kasasi ke Mahkamah Agung atas vonis bebas")
            if not courts:
                return None  # an appeal "atas putusan pengadilan" names no court it disapproves of (and the labels
                # then name the other party to the case, which the sentence does not)
            recipient = arguments.event_actors(courts[:1])  # "banding atas vonis Hasto di Pengadilan Tipikor": the
            # court, not the defendant named with the verdict
        if pattern.mode == "visit" and recipient and all(law_body(a.actor_id) for a in recipient) and (
                tokens[first].folded in _ARRIVING and any(t.folded in _EXAMINED for t in tokens[floor:ceiling])
                or _summoned(tokens, floor, ceiling)):
            return None  # "Nadiem tiba di Gedung Bundar Kejaksaan Agung untuk diperiksa", "Hasto menyambangi Gedung KPK
            # untuk menjalani pemeriksaan": summoned, not visiting (but "Kapolri mengunjungi KPK untuk membahas
            # pemeriksaan saksi" visits)
        if event_type == "AGREE" and len(source) == 1 and source[0].country != "IGO" and tokens[last].folded in _AGREEING \
                and last + 2 < ceiling and tokens[last + 1].folded in _ASKS and tokens[last + 2].folded != _SORRY:
            return None  # "Komisi III bersepakat meminta Bawas MA ...": one body agreeing within itself asks, it
            # makes no agreement with the one asked (but the members of a body of states agree, "G7 sepakat
            # menyerukan ...", an apology is none, "setuju meminta maaf", nor is an invitation, "setuju mengundang")
        members_agree = event_type == "AGREE" and len(source) == 1 and source[0].country == "IGO" and \
            not source[0].actor_id.startswith("PER:")  # "NATO sepakat menaikkan target belanja": its members agree
        if event_type in ("SANCTION", "COERCE") and _trade_halt(tokens, first, last, ceiling, source):
            return None
        if event_type == "FIGHT" and tokens[first].folded in TARGETING and not all(
                _is_state(a) or a.sector in ARMED_SECTORS or a.actor_id.startswith("PER:") and a.sector in ("GOV", "MIL")
                for a in source):
            return None  # only a state, a force or its leaders strike a target: "KPK membidik mantan komandan ...",
            # "Peretas menargetkan pangkalan data ..." aim at no military site
        own_threat = _own_state_threat(arguments, trigger, first, last, floor, ceiling, source) if not recipient else None
        if own_threat:
            recipient = own_threat  # "Teheran akan membalas setiap agresi Israel": the one it will strike back at
        if not source or not (recipient or event_type in SOURCE_ONLY | OPEN_TARGETS | CALLS_ON_PARTIES or gathering or
                              _state_seizure(event_type, mode_of_pattern, source) or
                              members_agree or
                              _tariffs_of_state(event_type, trigger, tokens[first : last + 1],
                                                tokens[last + 1 : min(ceiling, last + 1 + _FARE_REACH)], source) or
                              (event_type in JOINT and len(source) > 1) or _threat_of_action(tokens, trigger, last, self.patterns.triggers)
                              or own_threat is not None
                              or _declared_ceasefire(event_type, source, tokens, first, floor)
                              or _forces_withdrawn(event_type, mode_of_pattern, source, trigger.voice, tokens[first])):
            return None
        date, date_span = _nearest_date(text, timexes, tokens[first].start,
                                        tokens[last].end if trigger.voice == "noun" else None,
                                        trigger.voice != "noun" and event_type in STANCES | {"DEMAND"},
                                        event_type in _SAYINGS)
        if event_type == "AGREE" and trigger.voice == "active" and date_span is not None and \
                date_span[0] > tokens[last].start and _target_year(date, dct_start):
            date, date_span = None, None  # "NATO sepakat menaikkan target belanja ... pada 2035": the goal's year
        if event_type == "THREATEN" and date_span is not None and date_span[0] > tokens[last].start and \
                dct_start is not None and (begins := _interval_start(date)) is not None and begins > dct_start:
            date, date_span = None, None  # "mengancam akan mogok massal pekan depan": the strike's day, not the threat's
        if "historical" not in context and _done_once(tokens, first, floor):
            context.append("historical")  # "Putin pernah mengancam akan menggunakan senjata nuklir": once, before
        earlier = _long_after(tokens, first, floor)
        if earlier is not None:  # "sembilan bulan setelah Putin menjamu Kim"
            context.append("historical")
            count, unit, span = earlier
            if date is None and (date := _before_news(dct_start, count, unit)) is not None:
                date_span = span
        if date is not None and dct_start is not None and "historical" not in context:
            # "sejak Juni" starts a state that goes on; "sejak Juni tahun lalu, ketika X bertemu Y"
            # dates the meeting itself
            ongoing = date_span is not None and _word_before(tokens, date_span[0]) in _ONGOING and not (
                date_span[1] <= tokens[first].start and WHEN & set(text[date_span[1] : tokens[first].start].casefold().split()))
            if not ongoing and _long_past(date, dct_start):
                context.append("historical")
        mode = mode_of_pattern or (self._mode(event_type, tokens, first, last, ceiling) if event_type == pattern.type else None)
        if event_type == "AID" and mode == "military" and theme is not None and tokens[theme].folded in _CIVIL_STAFF \
                and source and all(a.sector == "GOV" and a.actor_id != a.country and not _POLICE.search(a.actor_id.lower())
                                   for a in source):
            mode = "humanitarian"  # "Basarnas mengerahkan 150 personel untuk mencari korban": a civil body's staff
        if multilateral or mode is None and gathering and not recipient:  # "pertemuan G7", "KTT ASEAN": the members meet
            mode = "multilateral"
        if mode is None and event_type == "CONSULT" and location is not None and location.country:
            sides = {a.country for a in source + recipient}
            if len(sides) > 1 and location.country not in sides and not sides & {None, "IGO"}:  # states only
                # two sides meeting in a third state ("Putin bertemu Kim di Beijing") meet each other: neither hosts
                mode, source, recipient = "third-party", source + recipient, []
            elif len(sides) == 2 and not recipient and not sides & {None, "IGO"} and location.country in sides \
                    and all(a.actor_id.startswith("PER:") for a in source) and not _envoys(arguments, source):
                # two people meeting, both as the subject, in one's state: the other visits it ("Prabowo melakukan
                # pertemuan dengan Putin di St. Petersburg": Prabowo's visit to Putin, as the seeds code a meeting
                # in Pyongyang; not an ambassador read as the state: "Menlu Sugiono dan Duta Besar AS bertemu di Jakarta")
                mode = "visit"
                source, recipient = [a for a in source if a.country != location.country], \
                    [a for a in source if a.country == location.country]
            elif len(sides) == 2 and len(source) == 1 and len(recipient) == 1 and location.country in sides \
                    and not sides & {None, "IGO"} and all(a.actor_id.startswith("PER:") for a in source + recipient) \
                    and not _envoys(arguments, source + recipient):
                # one person meeting another in a state of theirs: the one from elsewhere visits ("Putin bertemu
                # Prabowo di Kremlin": Prabowo's visit to Putin; "Sugiono usai pertemuan dengan Araghchi di Jakarta"; not
                # an ambassador, who resides there: "Duta Besar Jepang ... bertemu Menlu Sugiono di Jakarta")
                mode = "visit"
                if source[0].country == location.country:
                    source, recipient = recipient, source
        topics = set(pattern.contexts) or set(self.patterns.type_topics.get(event_type, ()))
        if event_type in ("ASSAULT", "COERCE") and not any(a.sector == "MIL" or a.actor_id == a.country for a in source):
            topics.discard("military")  # violence by civilians, armed groups or the police: a crime or repression
        window = range(max(floor, first - _TOPIC_WINDOW), min(ceiling, last + 1 + _TOPIC_WINDOW))
        if event_type in _STRIKES and (aim := _aim_after(tokens, last, ceiling)) is not None:
            end = next((k for k in range(aim, ceiling) if tokens[k].text == ";" or tokens[k].folded in _AIM_ENDS),
                       ceiling)
            window = [*window, *range(aim, end)]  # what an attack aims at, however far and long its clause: "melancarkan
            # serangan udara ke Iran, menargetkan sekitar 100 lokasi termasuk fasilitas nuklir" is nuclear
        near = _topics_in([tokens[k].folded for k in window], self.patterns.topics)
        if _ECONOMY in near:  # (an economy word of the name of a body that takes no part is no topic: "Kementerian
            # Keuangan menyatakan dampak perang ..."; of a side's it is, "OJK mencabut izin ...", and a force's word
            # always is: "pasukan Korea Utara")
            sides = {a.actor_id for a in source + recipient}
            near = near - {_ECONOMY} | _topics_in([tokens[k].folded for k in window if (name := arguments.name_at(k)) is None
                                                   or any(a.actor_id in sides for a in name.actors)],
                                                  self.patterns.topics) & {_ECONOMY}
        topics |= near
        if mode == "military":
            topics.add("military")
        domestic = _domestic(source, recipient)
        civilians = all(a.sector == "CVL" for a in source + recipient)
        if not topics and not (event_type in _FOREIGN_DEFAULTS and (domestic or civilians
                                                                    or any(a.sector == "BUS" for a in recipient))):
            topics = set(self.patterns.default_topics.get(event_type, ()))  # (a threat at home, to a firm or between
            # civilians is not military: "Presiden mengancam akan memecat menteri", "Komdigi memperingatkan BYD", "sopir
            # menodongkan pistol ke pemobil lain")
        topics -= set(self.patterns.never_topics.get(event_type, ()))
        if event_type in ENFORCEMENT and not any(a.sector in ARMED_SECTORS for a in source + recipient):
            topics.discard("military")  # the law's acts on civilians, whatever arms they carry: "Saat digeledah, UJ
            # kedapatan membawa senjata api" (a force's raid or an armed group's arrest stays military)
        if event_type == "MOBILIZE" and source and all(a.sector == "GOV" and a.actor_id != a.country for a in source) \
                and not any(a.sector == "MIL" for a in recipient) and not (deployment and troops):
            topics.discard("military")  # the police readied for a protest: no military act (an armed group's is one;
            # so are troops a president sends, "Trump mengerahkan pasukan Garda Nasional ke Los Angeles")
        if domestic or _unofficial(source) or recipient and _unofficial(recipient):
            topics.discard("diplomatic")  # "KPK memanggil Khofifah", "IRIB menuding WhatsApp", "Kementerian
            # Pariwisata Israel berjanji membantu turis": no diplomacy, which is between officials of states or bodies
        context += sorted(topics - set(context))
        agents = {_agent_key(a) for a in source}
        turns = TURNS if event_type == "REJECT" else _BUT  # (a clause of saying ends at a turn: "AS menuduh Iran ...,
        # namun Teheran membantah ..."; a denial also at "sementara")
        attribution = next((speaker for position, speaker in reversed(speakers) if position <= first
                            and speaker.actor_id not in source_ids and _agent_key(speaker) not in agents
                            and (position == sentence.first or
                                 not any(tokens[k].folded in turns for k in range(position, first)))),
                           None)
        # (nor the source's own generic agent again with its state unread: '"...," ujar hakim' of the judges' act)
        if trigger.voice != "noun" and _third_party_claim(attribution, source + recipient) and "alleged" not in context \
                and not (pattern.type == "REJECT" and "denied" in context and
                         any(t.folded in _CLAIMED for t in tokens[sentence.first : first])):
            context.append("alleged")  # "Jepang mengatakan Rusia telah mengirim senjata ke Suriah" (but a denial of a
            # claim its sentence reports is no part of the claim: "..., klaim yang dibantah oleh militer Israel")
        if date is None and event_type in STANCES | {"DEMAND"} and trigger.voice != "noun" and \
                (sayer := next((speaker for position, speaker in reversed(speakers) if position <= first), None)) and \
                all(a.actor_id == sayer.actor_id or _is_state(a) and a.country == sayer.country for a in source) and \
                (said := next((t for t in timexes if _day_of_saying(text, t, tokens[first].start)
                               and 0 <= t.start - sayer.end <= _SAID_CHARS), None)) is not None:
            date, date_span = said.value, (said.start, said.end)  # "Pezeshkian mengatakan pada Selasa (17/6) bahwa
            # negaranya menolak ...": one's own stance is taken as it is said
        confidence = 0.5 + (0.2 if recipient else 0.0) + (0.2 if trigger.voice != "noun" else 0.1)
        return Event(
            event_type, mode, source, recipient, date, date_span, location, context, attribution,
            (tokens[first].start, tokens[last].end), (sentence.start, sentence.end), round(confidence, 2), cues,
            ongoing=pattern.mutual and trigger.voice == "noun",
        )

    def _roles(self, arguments: Arguments, trigger: Trigger, first: int, last: int, floor: int,
               ceiling: int, after: int) -> tuple[list[EventActor], list[EventActor]]:
        """Source and recipient of one trigger; `after` is where the recipient search
        starts (right after the trigger, or after what it needs)."""
        pattern = trigger.pattern
        source: list[Unit] = []
        recipient: list[Unit] = []
        if trigger.voice == "passive":
            subject = arguments.subject(first, floor)
            recipient = subject[1] if subject else []
            if not recipient and (pattern.type in ENFORCEMENT or pattern.type == "ASSAULT"
                                  or arguments.tokens[first].folded in _PROSECUTING) \
                    and (person := arguments.proposed_person_before(first, floor)):
                recipient = [person]  # "Zarof Ricar divonis 16 tahun penjara oleh hakim", "Supardi dianiaya ...": a name
                # the model found
            elif pattern.type in ENFORCEMENT and (person := arguments.proposed_person_before(first, floor)) is not None \
                    and _trade_of(arguments, recipient, person, ceiling):
                recipient = [person]  # "Pedagang Rina Marlina ditangkap polisi": the trader the name gives
            elif pattern.type in ENFORCEMENT and recipient and (person := arguments.person_before_apposition(
                    first, floor)) is not None and recipient[0].first > person.last:
                recipient = [person]  # "Rudi Hartawan, pemilik biro yang diduga menipu ratusan jemaah, ditangkap ...":
                # the one the apposition describes, not a group named inside it
            if not recipient and (pattern.type, pattern.mode) in _FIRM_MEASURES \
                    and (firm := arguments.proposed_firm_before(first, floor)):
                recipient = [firm]  # "Izin usaha PT Sinar Laut dibekukan oleh Kementerian ESDM"
            if pattern.type in STANCES and (owner := _opening_act_owner(arguments, floor, first)):
                recipient = owner  # "Langkah Trump menaikkan tarif ... disesalkan oleh Kadin": Trump, whose step it is
            source = _passive_agent(arguments, last, ceiling, pattern.type in _JOINED_ACTS)
            if not source and pattern.type == "ASSAULT" and last + 2 < ceiling and arguments.tokens[last + 1].folded == "oleh":
                source = arguments.proposed_people(arguments.past_description(last + 2, ceiling))  # "dianiaya oleh Yanto"
            if not source and arguments.tokens[first].folded in _SHARED_AGENT and \
                    (earlier := arguments.coordinated_passive(first, floor)) is not None:
                agent = _passive_agent(arguments, earlier, ceiling, pattern.type in _JOINED_ACTS)
                if all(a.sector != "CVL" for unit in agent for a in unit.actors):
                    source = agent  # "ditangkap KPK dan diperiksa": the KPK's examination too (not "ditetapkan
                    # tersangka dan ditahan", "dilaporkan warga dan ditangkap": no one holds or arrests so)
            if not source and pattern.type in ENFORCEMENT and (site := _enforcing_site(arguments, last, ceiling)):
                source = [site]  # "Windy Idol diperiksa selama delapan jam di Gedung Merah Putih KPK": the KPK's act
            if not source and pattern.type == "AID" and pattern.needs and subject and _sent_subject(
                    arguments, subject, first, floor, pattern.needs) and (
                    senders := [u for u in subject[1] if u.actors[0].country and (
                        u.actors[0].sector == "MIL" or u.actors[0].actor_id == u.actors[0].country)]):
                # "Ribuan tentara Korea Utara dikirim ke Rusia", "Drone Iran dikirim ke Rusia": the forces' or the
                # weapons' state sends them, to whom the pattern's preposition names
                sent_to = arguments.after_preposition(pattern.to, last + 1, ceiling)
                return [self._state_of(a) for a in arguments.event_actors(senders)], \
                    arguments.event_actors(sent_to[2]) if sent_to is not None else []
            if pattern.type in _JOINED_ACTS and subject and _beside(arguments.tokens, subject[1][0].first - 1, subject[1][0].first):
                recipient = []  # a place beside the target ("Kapal ... di lepas pantai Yaman dihantam rudal Houthi")
            elif pattern.type in _JOINED_ACTS and not subject:
                recipient = _struck_place(arguments, floor, first)  # "Sebuah gedung di Tel Aviv dihantam rudal Iran"
            if pattern.type == "FIGHT" and pattern.needs:  # what is fired is the subject, never a target; fired in a
                # relative clause to nowhere named, it is the weapon of another act ("Tel Aviv dihantam rudal Iran yang
                # diluncurkan oleh Houthi"; but "Serangan drone yang diluncurkan Rusia ke Kharkiv")
                if first > floor and arguments.tokens[first - 1].folded == "yang" and \
                        arguments.after_preposition(pattern.to, last + 1, ceiling) is None:
                    return [], []
                recipient = []
            if source and pattern.type in _SENT_TYPES and pattern.needs and all(
                    a.actor_id.startswith(("AGT:", "GRP:")) and a.sector == "MIL" for unit in recipient for a in unit.actors) \
                    and (sent_to := arguments.after_preposition(pattern.to, last + 1, ceiling)) is not None:
                recipient = sent_to[2]  # "Puluhan kapal perang dikerahkan China ke sekitar Taiwan", "Puluhan rudal
                # ditembakkan Iran ke arah Tel Aviv": where the agent sends what the subject names, as in the active
            between = arguments.after_preposition(frozenset({"antara"}), last + 1, ceiling, window=3) \
                if not source and pattern.type in JOINT else None
            if between is not None:  # "dokumen yang ditandatangani antara Moskow dan Pyongyang": both sign
                return arguments.event_actors(between[2]), []
            return arguments.event_actors(source), arguments.event_actors(recipient)
        if trigger.voice == "noun" or pattern.mutual:  # "pertemuan antara X dan Y", "saling serang antara X dan Y"
            between = arguments.after_preposition(frozenset({"antara"}), after, ceiling,
                                                  window=_MEDIATION_WINDOW if pattern.mode == "third-party" else 3)
            joint = arguments.past_short_form(between[1] + 1, between[2][-1], ceiling) if between is not None else ceiling
            if joint + 1 < ceiling and arguments.tokens[joint].folded == "dengan":
                other = arguments.group_starting_at(joint + 1, ceiling, companions=False)
                if other is not None:  # "antara Israel dengan Iran", "antara Amerika Serikat (AS) dengan China"
                    between = (between[0], other[0], between[2] + other[1])
            if between is not None and pattern.mode == "third-party":  # "menjadi mediator antara Israel dan Iran"
                subject = arguments.subject(first, floor)
                return arguments.event_actors(subject[1]) if subject else [], arguments.event_actors(between[2])
            if between is not None:
                # who proposed a deal between them: "yang diusulkan oleh X" right after the two sides
                proposer = _relative_agent(arguments, between[1] + 1, ceiling, _PROPOSED) if pattern.type == "AGREE" else []
                if proposer:  # "usulan damai antara Armenia dan Azerbaijan yang diajukan oleh AS"
                    return arguments.event_actors(proposer), arguments.event_actors(between[2])
                return arguments.event_actors(between[2]), []
        if trigger.voice == "noun" and pattern.type in ENFORCEMENT and (pattern.patient or last + 1 < ceiling and (
                arguments.tokens[last + 1].folded in _UNDERGOING)) and \
                (named := _nominal_enforcement(arguments, last, ceiling)) is not None:
            return arguments.event_actors(named[0]), arguments.event_actors(named[1])  # "Penangkapan Robert Tanjaya dan
            # Susan Lie oleh BNN", "Penyelidikan terhadap AM (56), pengasuh pondok, dilakukan Polda Jawa Barat"
        if trigger.voice == "noun" and arguments.tokens[first].folded != _DONE_AS:  # (an act done as a protest: its doer)
            if _noun_of(UNDERGO, arguments.tokens, first, floor) or (
                    _noun_of(PROVOKE, arguments.tokens, first, floor)
                    and (pattern.type in STANCES or any(t.folded in _RETALIATION for t in arguments.tokens[first : last + 2]))
                    and arguments.after_preposition(pattern.to, after, ceiling) is None):
                # "Rusia menghadapi sanksi Barat": the subject undergoes, the actor after acts
                subject = arguments.subject(first, floor)
                if subject is not None and subject[0] == first - 1 and first - 1 > floor:
                    subject = arguments.subject(first - 1, floor) or subject  # "Dua WN Australia menjadi korban
                    # penembakan": the victims named before the noun "korban", which is itself an agent
                if subject is None and _noun_of(PROVOKE, arguments.tokens, first, floor):
                    subject = _sides_of_subject(arguments, first, floor)
                if subject is None and pattern.type in ENFORCEMENT and (verb := next(
                        (k for k in range(first - 1, max(floor, first - 3), -1)
                         if arguments.tokens[k].folded in UNDERGO), None)) is not None and (
                        person := arguments.proposed_person_before(verb, floor)) is not None:
                    subject = (person.first, [person])  # "Penyanyi Rendra Mahesa menjalani pemeriksaan di Polda": a name
                    # the model found, as what the law acts on
                by = arguments.genitive(first, last, ceiling) or _group_of(
                    arguments.after_preposition(frozenset({"dari", "oleh"}), after, ceiling, window=6))
                if by is None and pattern.type in ENFORCEMENT and (site := _enforcing_site(arguments, last, ceiling)):
                    by = (site.last, [site])  # "menjalani pemeriksaan di Gedung Merah Putih KPK": the KPK's
                if by is None and pattern.type in ENFORCEMENT and subject is not None and (
                        body := arguments.law_body_near(first)) and not any(
                        law_body(a.actor_id) for unit in subject[1] for a in unit.actors):
                    return body, arguments.event_actors(subject[1])  # "KPK menahan empat tersangka. ... keempatnya
                    # menjalani pemeriksaan ...": the body of law the story is about
                if by is None:
                    return [], []
                # an unnamed target ("Rumah Sakit Soroka terkena hantaman rudal Iran") leaves the recipient open
                return arguments.event_actors(by[1]), arguments.event_actors(subject[1]) if subject else []
            genitive = arguments.genitive(first, last, ceiling, counted=pattern.patient or pattern.type == "PROTEST")
            # (a protest's crowd past its count: "Mogok kerja sekitar 3.000 karyawan PT X")
            if genitive is not None and pattern.patient and _passive_between(arguments, last + 1, genitive[1][0].first):
                genitive = None  # "pelaku pengeroyokan diamankan Polres Jakarta Pusat": the passive's agent, not the victim
            thanked = _thanked_for(arguments, first, floor)
            if thanked is not None:  # "berterima kasih kepada Jepang atas bantuan": the aid of the one thanked,
                giver, thanker = thanked  # to whom it names or else to the one thanking (not a seizure or an
                # arrest the thanker praises: "apresiasi kepada Kejaksaan Agung atas penyitaan uang")
                target = arguments.after_preposition(pattern.to, genitive[0] + 1 if genitive else after, ceiling)
                recipient = target[2] if target is not None else [] if pattern.type in _HARM else thanker
                return arguments.event_actors(genitive[1] if genitive else giver), arguments.event_actors(recipient)
            agent = arguments.after_preposition(_BY, genitive[0] + 1, ceiling, window=4) if genitive else None
            if agent is not None and _verb_between(arguments.tokens, genitive[0] + 1, agent[0]):
                agent = None  # "kunjungan Putin ke Pyongyang dikritik oleh AS": the agent of another verb
            if genitive is not None and agent is not None:  # "pembunuhan X oleh Y": X undergoes it
                return arguments.event_actors(agent[2]), arguments.event_actors(genitive[1])
            undergoing = arguments.after_preposition(_AGAINST, genitive[0] + 1, ceiling, window=3) \
                if genitive is not None and pattern.patient and pattern.type not in STANCES and all(
                    a.type == "GPE" or a.type == "ORG" and a.sector in ("GOV", "MIL")
                    for unit in genitive[1] for a in unit.actors) else None
            if undergoing is not None:  # "Deportasi Malaysia terhadap WNI": a state or body's act on the WNI
                # (not "Evakuasi WNI atas permintaan Kemlu", "Pemeriksaan Bupati Sudewo atas laporan ICW")
                source, recipient, after = genitive[1], undergoing[2], undergoing[1] + 1
            elif genitive is not None and (pattern.patient or pattern.type in _STRIKES and
                                           _struck_genitive(arguments, first, last, genitive)
                                           or pattern.type == "INVESTIGATE" and genitive[1] and all(
                                               a.type == "PER" and not a.role for unit in genitive[1] for a in unit.actors)
                                           and not (genitive[0] + 1 < len(arguments.tokens)
                                                    and arguments.tokens[genitive[0] + 1].folded in _UNDERGOING)):
                recipient, after = genitive[1], genitive[0] + 1  # "penangkapan X", "evakuasi WNI": X undergoes it
                # (and "penembakan warga sipil", "penyerangan pos TNI": what is struck; "penyidikan Hasto
                # Kristiyanto": the person investigated, while "penyidikan KPK", "penyelidikan Kapolri terhadap
                # kasus itu" are the investigators')
            elif genitive is not None:
                source, after = genitive[1], genitive[0] + 1
            done = _done_by(arguments, after, ceiling) if not source else None
            if done is not None:  # "serangan yang dilancarkan Israel ke Teheran"
                source, after = done[1], done[0] + 1
            if not source and pattern.type in STANCES:  # "Kecaman keras terhadap Israel datang dari MUI"
                source = _coming_from(arguments, after, ceiling) or _given_by(arguments, after, ceiling)
            if not source and not recipient and pattern.patient and pattern.type not in STANCES and (
                    undergone := _undergone(arguments, after, ceiling, pattern.type)) is not None and (
                    doer := _given_by(arguments, undergone[0] + 1, ceiling)):
                # "Pemeriksaan terhadap Khofifah dilakukan penyidik KPK": the KPK's examination of Khofifah
                source, recipient, after = doer, undergone[1], undergone[0] + 1
            if not source:
                by = arguments.after_preposition(frozenset({"oleh"} if pattern.patient or pattern.type in _LEAVING
                                                           or pattern.mode in _TAKEN_FROM else {"dari", "oleh"}),
                                                 after, ceiling, window=4)
                # ("kecaman dari MUI" is MUI's; "penarikan pasukan dari Gaza" leaves Gaza, "penyitaan uang dari
                # Wilmar" takes Wilmar's)
                if by is not None and self._passive_stance_between(arguments.tokens, after, by[0]):
                    by = None  # "Serangan terhadap Iran dikecam oleh China": the agent of the stance, not of the act
                    # ("Sanksi baru dijatuhkan oleh Uni Eropa", "apresiasi disampaikan oleh masyarakat": the noun's own)
                partner = _joined_partner(arguments, first, floor) if by is None and pattern.type in _JOINED_ACTS else None
                if by is not None:
                    source = by[2]
                elif partner:  # "bergabung dengan Israel dalam serangan terhadap Iran": Israel's attack
                    source = partner
                elif pattern.type in _JOINED_ACTS and (killer := _killer(arguments, first, floor)):
                    source = killer  # "Israel menewaskan 40 orang dalam serangan di Gaza": Israel's attack
                elif first - 1 > floor and arguments.tokens[first - 1].folded == _PERPETRATORS and \
                        (doers := arguments.group_ending_at(first - 1, floor)) is not None:
                    source = doers[1]  # "pelaku ancaman bom terhadap maskapai Saudi Airlines": the perpetrators'
                elif pattern.type == "CONSULT" and _occasion_of_clause(arguments, first, last, floor, ceiling):
                    source = _occasion_subject(arguments, first, floor)
                    if not source:
                        return [], []
                elif not (_noun_of(LIGHT_VERBS, arguments.tokens, first, floor) or arguments.tokens[first].folded == _STRIKE or
                          _response_with(arguments.tokens, first, floor) or _responsibility_for(arguments.tokens, first, floor)):
                    if not recipient and pattern.patient and (
                            phrase := arguments.after_preposition(_UNDERGOING, after, ceiling)) is not None:
                        recipient = phrase[2]  # "penangkapan terhadap AP"
                    return [], arguments.event_actors(recipient)  # "evakuasi WNI": who undergoes it, by no one named
        if not source:
            owner = arguments.genitive(first, last, ceiling) if arguments.tokens[first].folded == _DONE_AS else None
            if owner is not None:
                subject = owner  # "menyebut pembakaran pos itu sebagai bentuk protes warga": the people the noun names
            elif arguments.tokens[first].folded == _DONE_AS:  # "mematikan aplikasi selama sehari sebagai bentuk protes": the
                # doer of the act before protests (not whoever is named between: "memboikot pertemuan G20 ... sebagai protes")
                verb = next((k for k in range(first - 1, floor, -1) if arguments.is_verb(k)), None)
                if verb is None or arguments.tokens[verb].folded in _JUDGING or arguments.tokens[verb - 1].folded in _NOT_TO \
                        or next(self.patterns.triggers.starting_at(arguments.tokens, verb), None) is not None:
                    return [], []  # an act judged a protest ("menilai pembakaran itu sebagai bentuk protes"), one not done
                    # ("meminta warga tidak membakar ban sebagai bentuk protes"), or one coded in its own right
                    # ("memanggil duta besar Australia sebagai bentuk protes", "mengusir dua diplomat sebagai protes")
                subject = arguments.subject(verb, floor)
            else:
                subject = arguments.subject(first, floor) or _fronted_subject(arguments, first, floor, ceiling)
            source = subject[1] if subject else []
        if not source and pattern.type == "ASSAULT" and trigger.voice == "active" and \
                (person := arguments.proposed_person_before(first, floor)) is not None and arguments.subject_like(person.first):
            source = [person]  # "Yanto Mulyadi menganiaya Supardi": a name the model found opening the clause, as who
            # did the violence (not "motif Budiarto membunuh korban")
        owner = _owner_of_act(arguments, last, floor, ceiling, source) if pattern.type in STANCES and trigger.voice == "active" \
            else None
        if owner is not None:  # "mendukung operasi militernya melawan Ukraina": the operation's owner, named before
            return arguments.event_actors(source), arguments.event_actors([owner])
        if trigger.voice == "active":
            joined = pattern.type in HOSTILE or pattern.type in STANCES and not (
                last + 1 < ceiling and arguments.tokens[last + 1].folded in _TRADED)  # (a state named after traded goods
            # is where they come from: "menolak impor beras dan jagung Vietnam")
            direct = arguments.object(last, ceiling, joined=joined, clause_ends=pattern.type in ENFORCEMENT)
            if direct is not None and _measure_owner(arguments, last, direct, pattern.to, ceiling, source):
                direct = None  # "mengakhiri sanksi AS terhadap Suriah": whose sanctions, not whom they are lifted from
            if direct is not None and not (pattern.type == "AID" and _theme(arguments, direct[1], pattern.needs)
                                           or pattern.type == "FIGHT" and _own_state(direct[1], source)
                                           or pattern.type in STANCES
                                           and _act_target(arguments.tokens, last, direct[1][0].first)):
                recipient = direct[1]
            if (pattern.type in ENFORCEMENT or pattern.type == "ASSAULT" or arguments.tokens[first].folded in _COMPLAINTS) \
                    and (
                    people := arguments.proposed_people(arguments.past_description(
                        last + 2 if last + 1 < ceiling and arguments.tokens[last + 1].folded in _BEFORE_OBJECT else last + 1,
                        ceiling))) \
                    and not (recipient and recipient[0].first < people[0].first
                             and not _trade_of(arguments, recipient, people[0], ceiling)):
                recipient = people  # "KPK menangkap Hasto Kristiyanto": names the model found, as the verb's object
                # (before a role given after them: "menetapkan Hasto Kristiyanto sebagai tersangka"); so is whom a
                # complaint to the police reports ("Warga melaporkan selebgram berinisial LV ke Polda Metro Jaya") and
                # whom violence hurts ("menganiaya Supardi dengan parang")
            if not recipient and pattern.type == "COERCE" and (to := next(
                    (k for k in range(last + 1, min(ceiling - 1, last + 1 + _SENTENCE_WORDS))
                     if arguments.tokens[k].folded in _SENTENCED_TO), None)) is not None and \
                    any(t.folded in _CHARGES for t in arguments.tokens[first:to]):
                recipient = arguments.proposed_people(arguments.past_description(to + 1, ceiling))  # "menjatuhkan
                # hukuman 20 tahun penjara kepada Hendrik Lolong": a name the model found, past the sentence
            if pattern.type in ENFORCEMENT and recipient and len(listed := arguments.people_listed(
                    recipient[0].first, ceiling)) > sum(not _generic(unit) for unit in recipient) \
                    and listed[0].first == recipient[0].first:
                recipient = listed  # "menahan Hasto Kristiyanto dan Donny Tri Istiqomah": a known person and one only
                # the model found, both held ("menangkap Budi dan istrinya Rina": Rina, not a generic wife)
            if not recipient and ((pattern.type, pattern.mode) in _FIRM_MEASURES or pattern.type in _FIRM_STANCES) \
                    and (firm := arguments.proposed_firm(last + 1)) \
                    and not (first > floor and arguments.tokens[first - 1].folded in _REFUSING):
                recipient = [firm]  # "OJK mencabut izin usaha PT Asuransi Jiwa Sentosa": a firm only the model found
            if pattern.type in STANCES and (agent := _agent_of_act(arguments, last + 1, ceiling, self.patterns.triggers)):
                recipient = agent  # "mengutuk pembunuhan warga sipil oleh tentara Israel": the killers, not the killed
        elif trigger.voice == "noun" and not recipient and pattern.type in ENFORCEMENT and last + 2 < ceiling and \
                arguments.tokens[last + 1].folded in _UNDERGOING:
            recipient = arguments.proposed_people(last + 2)  # "pemeriksaan terhadap Sarwono Hadikusumo": a name the model
            # found, as what the law acts on
        elif trigger.voice == "noun" and not recipient and pattern.type in ENFORCEMENT and pattern.patient:
            recipient = arguments.proposed_people(arguments.past_description(last + 1, ceiling))  # "Penangkapan Ketut
            # Ardana oleh Polresta Denpasar", "Penangkapan pengelola situs judi Wendy Kurniawan oleh ..."
        elif trigger.voice == "noun" and not recipient and pattern.patient and \
                (pattern.type, pattern.mode) in _FIRM_MEASURES and (firm := arguments.proposed_firm(last + 1)):
            recipient = [firm]  # "OJK mengumumkan pencabutan izin usaha PT Dana Kita Bersama"
        if (not recipient or all(map(_generic, recipient)) and recipient[0].first > last + 1) and \
                trigger.voice != "passive" and pattern.type in ENFORCEMENT and arguments.tokens[first].folded in _SEARCHES:
            recipient = _premises_owner(arguments, last + 1, ceiling) or recipient  # "KPK menggeledah rumah Hendra
            # Gunawan", "rumah pengusaha tambang Hendarto Wijoyo" (not the victim of what is investigated: "menyelidiki
            # kasus pencurian mobil milik X")
        if not recipient and not (pattern.type == "THREATEN" and trigger.voice == "active" and after + 1 < ceiling and
                                  arguments.tokens[after].folded in _THREAT_MODALS and
                                  next(self.patterns.triggers.starting_at(arguments.tokens, after + 1), None) is not None):
            # (a threat whose act follows, "mengancam akan melaporkan X ke KPK", takes the act's target, not a place in it;
            # but "memperingatkan akan mengambil tindakan tegas terhadap ... Taiwan", no act of its own, keeps Taiwan)
            phrase = arguments.after_preposition(pattern.to, after, ceiling, verbs_end=pattern.type in CALLS_ON_PARTIES
                                                 or pattern.mode in _TAKEN_FROM, owners=pattern.type in HOSTILE, targets=True)
            # (what is seized "dari kapal berbendera Myanmar" is the ship's, not the flag state's)
            if phrase is not None and SIGNED_WITH & {pattern.type, pattern.planned} and \
                    arguments.tokens[phrase[0]].folded == "dengan" and arguments.tokens[first].folded not in _PLEDGES:
                source = source + phrase[2]  # "menandatangani dokumen dengan Kim": both sign (but "berjanji membuka
                # dialog dengan Pyongyang" is one side's promise to the other)
            elif phrase is not None and not (pattern.type in STANCES and trigger.voice == "active" and any(
                    t.folded in _ACT_NOUNS for t in arguments.tokens[last + 1 : phrase[0]])
                    and arguments.tokens[phrase[0]].folded not in _FROM) and not (
                    arguments.tokens[phrase[0]].folded == _ON and (
                        arguments.tokens[phrase[0] + 1].folded in _OCCASION_NOUNS or pattern.type == "FIGHT" and
                        any(a.actor_id.startswith("PER:") for u in phrase[2] for a in u.actors))) and not (
                    arguments.tokens[first].folded in _TALKING and phrase[0] > last + 1 + _TALK_PARTNER_REACH) and not (
                    trigger.voice == "noun" and any(t.folded in _REACTION_DRAWN for t in arguments.tokens[after : phrase[0]])):
                # (an attack "pada" a person or an occasion is none on them: "serangan Trump pada Jerome Powell",
                # "serangan itu terjadi pada kunjungan Guterres ke Kyiv"; the reaction an act draws comes from another
                # than its target: "Kebijakan tarif Trump menuai kritik dari Carney"; one talks with whom "dengan"
                # names right after the verb, not "dalam wawancara dengan televisi pemerintah")
                recipient = phrase[2] + _singled_out(arguments, phrase[1], ceiling, pattern.to)
                # (not the target of an act the stance is on: "mengutuk serangan terhadap
                # warga sipil" condemns the attackers, whom it does not name; but the act's doer after "dari" is
                # who the stance is toward: "menolak bantuan dari Australia")
        if not recipient and pattern.type in PLACE_TARGETS:  # "serangan yang menargetkan program nuklir Iran"
            phrase = arguments.after_preposition(TARGETING, after, ceiling, window=10, relative=True)
            if phrase is not None:
                recipient = phrase[2]
        if not recipient and pattern.type in STANCES and pattern.planned is None:  # "mengecam serangan yang dilancarkan
            recipient = _doer_of_act(arguments, after, ceiling)  # Israel" (not a signing: "menandatangani perjanjian
            # damai yang dimediasi Amerika Serikat" is no support for the mediator)
        if not recipient and pattern.type == "FIGHT" and trigger.voice == "active":
            recipient = _launcher(arguments, after, ceiling)  # "menembak jatuh 100 drone yang diluncurkan Iran"
        if not recipient and pattern.type == "INVESTIGATE" and trigger.voice == "active":
            recipient = _suspected(arguments, after, ceiling)  # "menyelidiki dugaan penyimpangan kuota haji oleh
            # Kementerian Agama": the one suspected
        if not recipient and pattern.type in STANCES:  # "memuji ... dalam sebuah pesan kepada Putin"
            recipient = _addressee(arguments, after, ceiling)
        if pattern.type in ("AGREE", "REJECT") and (proposer := _doer_of_act(arguments, after, ceiling, _PROPOSED,
                                                                              _PROPOSAL_WORDS)):
            recipient = proposer  # "menerima proposal (pertukaran sandera) yang diajukan Mesir": its proposer; so for a
            # refusal ("menolak usulan pemekaran Provinsi Bogor Raya yang diajukan DPRD Kabupaten Bogor": not the place)
        if not recipient and pattern.type == "AID":  # "memasok amunisi yang diperlukan Rusia"
            recipient = _in_need(arguments, after, ceiling)
        if not recipient and pattern.type == "THREATEN":  # "mengancam akan membalas jika AS menyerang"
            recipient = _conditioned(arguments, after, ceiling) or [
                unit for unit in _vowed_object(arguments, after, ceiling, self.patterns.triggers)
                if not any(a.sector == "MIL" and a.country in {b.country for u in source for b in u.actors}
                           for a in unit.actors)]  # not the threatener's own forces ("menarik pasukan AS dari Jepang")
        if not recipient and pattern.type == "AGREE" and trigger.voice == "active" and arguments.tokens[first].folded in _PLEDGES:
            recipient = [unit for unit in _vowed_object(arguments, after, ceiling, self.patterns.triggers)
                         if all(a.sector == "CVL" for a in unit.actors)]  # "berjanji akan memulangkan WNI": people
            # promised something (not a foe, a firm or a body dealt with: "berjanji akan melenyapkan Hizbullah")
        if not recipient and pattern.type in ("DEMAND", "DISAPPROVE") and trigger.voice == "active":
            recipient = _called_on(arguments, first, floor)  # "mendatangi Gedung DPR untuk menuntut ...": the body
        if pattern.type == "CONSULT" and trigger.voice == "noun":  # "KTT G7 di Italia yang dihadiri Zelensky"
            source = source + _attendees(arguments, after, ceiling)
        return arguments.event_actors(source), arguments.event_actors(recipient)

    def _passive_stance_between(self, tokens: list[Token], start: int, end: int) -> bool:
        """Whether a passive stance verb ("dikecam", "dikritik") stands in tokens[start:end]."""
        return any(trigger.voice == "passive" and trigger.pattern.type in STANCES
                   for k in range(start, end) for _, triggers in self.patterns.triggers.starting_at(tokens, k)
                   for trigger in triggers)

    def _location(self, arguments: Arguments, tokens: list[Token], last: int, ceiling: int,
                  recipient: list[EventActor], sites: bool = False) -> EventActor | None:
        """Where: "di X" after the trigger, else a place the event goes to ("ke Pyongyang"); with
        ``sites`` (a strike or a visit), also the place of the site the verb takes as its object."""
        phrase = arguments.after_preposition(frozenset({"di"}), last + 1, ceiling, window=12)
        if phrase is not None:
            places = arguments.event_actors(phrase[2])
            if places:
                return places[0]
        elif (placed := _placed_past_unknown(arguments, tokens, last + 1, ceiling, sites)) is not None:
            return placed
        return next((a for a in recipient if a.actor_id.startswith("LOC:")), None)

    def _may_act(self, actor: EventActor, text: str) -> bool:
        """Whether an actor may be an act's doer. A place stands for its state where an act is done ("tiba di
        Pyongyang"), but does none of its own: a city named as the doer is its club, its anniversary or people in it
        ("Barcelona akan menyambangi Jepang", "HUT Kota Jakarta berkolaborasi dengan ..."); but a capital named bare,
        which the actors stage read as the city, stands for its state ("Jakarta menolak tudingan Malaysia"), and a
        court the recogniser read as a place still tries ("menjalani sidang di Mahkamah Tinggi Shah Alam, Malaysia")."""
        if not actor.actor_id.startswith("LOC:") or not _COURT_PLACES.isdisjoint(actor.actor_id[4:].split("-")):
            return True
        state = self.kb.by_id(actor.country) if actor.country else None
        named = text[actor.start : actor.end]
        return state is not None and (named == state.capital or any(
            alias.kind == "capital" and alias.text == named for alias in state.aliases))

    def _state_named(self, country: str) -> ArticleActor | None:
        """The knowledge base's state of an ISO code, as an actor the article does not name."""
        state = self.kb.by_id(country)
        return ArticleActor(state.id, state.name, "GPE", state.country, state.sector, None, 1.0) \
            if state is not None and state.type == "GPE" else None

    def _state_of(self, actor: EventActor) -> EventActor:
        """The state ``actor`` belongs to, named by the actor's span (the actor itself when
        the knowledge base has no such state)."""
        state = self.kb.by_id(actor.country) if actor.country else None
        return EventActor(state.id, state.name, state.country, state.sector, actor.start, actor.end) if state else actor

    def _side_of(self, actor: EventActor) -> EventActor:
        """The side an attacker acts for: a person's or a state organ's state, an armed group itself."""
        organ = actor.actor_id.startswith("PER:") or actor.sector in ("GOV", "MIL") and not actor.actor_id.startswith(
            ("AGT:", "GRP:"))
        return self._state_of(actor) if organ and actor.sector != "OPP" else actor

    def _state_level(self, actors: list[EventActor]) -> list[EventActor]:
        """A place in an actor role stands for its state: "tiba di Pyongyang" is a visit to North Korea."""
        result: dict[str, EventActor] = {}
        for actor in actors:
            if actor.actor_id.startswith("LOC") and not actor.country:
                continue  # a region ("Asia Pasifik") acts for no one
            if actor.actor_id.startswith("LOC:"):
                actor = self._state_of(actor)
            result.setdefault(actor.actor_id, actor)
        return list(result.values())

    def _modal_contexts(self, tokens: list[Token], first: int, floor: int, cues: dict, main_verb: bool = False) -> list[str]:
        """The modal contexts of the cue words before a trigger in its clause. With ``main_verb`` (an
        active or passive trigger), the cues of a relative clause before it that has its own verb are
        the clause's ("Pria yang diduga mencuri motor itu ditangkap polisi": the arrest is not alleged;
        a noun trigger may be the clause's own object: "pria yang diduga melakukan penganiayaan")."""
        contexts: list[str] = []
        at: dict[str, int] = {}  # the token of each context's cue word
        position = first - 1
        only_future = False  # past "sebelum" opening a clause without a subject: the main clause's future counts
        while position >= max(floor, first - _MODAL_WINDOW):
            word = tokens[position].folded
            if word == _ADMITS and "denied" not in contexts and position - 1 >= floor and \
                    all(t.folded in _ADMITTED_LINKS for t in tokens[position + 1 : first]) and (
                    tokens[position - 1].folded in _NEGATORS or tokens[position - 1].folded == _ONCE
                    and position - 2 >= floor and tokens[position - 2].folded in _NEGATORS):
                contexts.append("denied")  # "Iran tidak pernah mengakui memasok rudal ke Rusia": not admitted
                cues["denied"] = (tokens[position].start, tokens[position].end)
                at["denied"] = position
            for name, words in self.patterns.contexts.items():
                if word in words and name not in contexts and (not only_future or name == "future"):
                    if name in ("negation", "pledge") and first - position - sum(
                            tokens[k].folded in _MANNER for k in range(position + 1, first)) > _NEGATION_WINDOW:
                        continue  # (an adverb of manner does not count: "tidak terlibat langsung dalam ...")
                    if name == "negation" and _verb_between(tokens, position + 1, first) and not (
                            first - position == 2 and tokens[position + 1].folded in UNDERGO):
                        continue  # "tidak melanggar sanksi": the negation is the other verb's (but "tidak
                        # menjalani pemeriksaan": the examination's)
                    if name in _STANCE_CONTEXTS and _second_phrase(tokens, position, first):
                        continue  # "Iran membantah tudingan tersebut dan mengatakan ... menargetkan ...": the denial's
                        # object was the accusation, the verb after "dan" is another phrase of the subject's
                    if name in ("future", "hypothetical") and not main_verb and any(
                            _VERB.fullmatch(t.folded) and t.folded not in LIGHT_VERBS | _MOOD_CARRIERS
                            for t in tokens[position + 1 : first]) and not any(
                            t.folded in PURPOSES for t in tokens[position + 1 : first]):
                        continue  # another verb's mood: "akan terdampak kebijakan tarif AS", "berpotensi memengaruhi ..."
                        # (not a verb the noun completes, "akan menjadi kunjungan kedua", "akan memicu kecaman", nor
                        # an act aimed at: "bisa segera memutuskan untuk melancarkan serangan")
                    if name == "negation" and tokens[position + 1].folded in _NOT_NEGATED:
                        continue  # "tak terlepas dari dukungan X": owed to it, not denied
                    if name == "negation" and word in _OBSTRUCTING and tokens[first].folded in _INVESTIGATIONS:
                        continue  # "didakwa menghalangi penyidikan KPK": the investigation goes on, obstructed
                    if name == "negation" and (unhesitating := _unhesitating(tokens, position, first)) is not None:
                        if not unhesitating or "pledge" in contexts:
                            continue  # "tentara Israel tidak ragu menembak": done without hesitation, not negated
                        name = "pledge"  # "tidak akan ragu menyerang Israel": a pledge, not a negation
                    if name == "future" and word in _AGREEING and not all(
                            t.folded in _PURPOSE or _VERB.fullmatch(t.folded) and
                            next(self.patterns.triggers.starting_at(tokens, k), None) is None
                            for k, t in enumerate(tokens[position + 1 : first], position + 1)):
                        continue  # what is agreed is the act right after it, past "untuk" or a verb that is no act:
                        # "sepakat memperluas latihan bersama" (not "sepakat mengecam serangan Israel", "Setelah
                        # kabinet setuju, Israel menyerang", "Kami setuju polisi menangkap pelaku")
                    if name == "future" and tokens[position + 1].folded in _ANAPHORIC and position + 1 < first:
                        continue  # "Rencana ini jadi bagian dari nota kesepahaman ...": a plan named, not this act's tense
                    if name == "hypothetical" and any(t.folded in _PERFECT for t in tokens[position + 1 : first]):
                        name = "alleged"  # "kemungkinan telah mengirim", "menduga Pyongyang telah mengirim": a guess
                        # about what was done
                    contexts.append(name)
                    cues[name] = (tokens[position].start, tokens[position].end)
                    at[name] = position
            if word == "yang":  # "perjanjian ini akan menggantikan dokumen yang ditandatangani": the main clause's
                for name in [n for n in contexts if main_verb and n in at and _clause_verb_between(tokens, at[n] + 1, first)]:
                    contexts.remove(name)
                    cues.pop(name, None)
                break
            if word == THAT:  # "membantah (tuduhan) bahwa ...": the clause's content is denied, alleged or guessed
                before = position - 1  # the word right before "bahwa", and the verb before it when it is a cue noun
                while before >= floor and before >= position - _THAT_CUE_WORDS:
                    name = next((n for n in _CONTENT_CONTEXTS if tokens[before].folded in self.patterns.contexts.get(n, ())),
                                None)
                    if name is None and before == position - 1 and tokens[before].folded in _REPORTS and before > floor \
                            and tokens[before - 1].folded in self.patterns.contexts["denied"]:
                        name = "alleged"  # "membantah laporan bahwa ...": what a denied report says is alleged
                    if name is None or before > floor and tokens[before - 1].folded in self.patterns.contexts["negation"]:
                        break  # not a cue, or a negated one: "tidak membantah bahwa ..."
                    if name not in contexts:
                        contexts.append(name)
                        cues[name] = (tokens[before].start, tokens[before].end)
                    before -= 1
            if word in LEFT_BOUNDARIES:
                if word in _SUBJECTLESS and position == first - 1 and not only_future:
                    only_future = True  # "akan menghadiri konser sebelum menandatangani dokumen"
                else:
                    break
            position -= 1
        for name in [n for n in contexts if main_verb and n in at and at[n] > floor and tokens[at[n] - 1].folded == "yang"
                     and _clause_verb_between(tokens, at[n] + 1, first)]:
            contexts.remove(name)  # the same past the window: "Pelaku yang diduga menusuk seorang pedagang di Pasar
            cues.pop(name, None)  # Baru akhirnya ditangkap polisi"
        return contexts

    def _mode(self, event_type: str, tokens: list[Token], first: int, last: int, ceiling: int) -> str | None:
        table = self.patterns.modes.get(event_type)
        if not table:
            return None
        window = {t.folded for t in tokens[first : min(ceiling, last + 1 + _MODE_WINDOW)]}
        return next((mode for mode, words in table.items() if words & window), None)

    def _refers_back(self, tokens: list[Token], sentence: _Sentence) -> str | None:
        """Whether the sentence tells what happened during an earlier meeting, `_NAMED_AGAIN`:
        "Dalam pertemuan tersebut, ..." (not "Pertemuan ini terjadi setelah ...", which dates
        another event), or right after the one just told, `_RIGHT_AFTER`: "Usai pertemuan, ..."."""
        for position in range(sentence.first + 1, min(sentence.last - 1, sentence.first + _TALK_NAMED_WORDS)):
            during = tokens[position - 1].folded in _DURING
            if during and tokens[position].folded in _TALKS_NAMED and tokens[position + 1].folded in _ANAPHORIC:
                return _NAMED_AGAIN  # "Dalam percakapan itu, ...": the talk just told, by a noun that codes none itself
            for end, payloads in self.patterns.triggers.starting_at(tokens, position):
                if any(t.pattern.type == "CONSULT" for t in payloads):
                    # (the meeting's noun with a word of its kind: "Dalam pertemuan bilateral tersebut")
                    # (past up to two words of its kind: "pertemuan bilateral tersebut", "pertemuan empat mata itu")
                    after = end + 1
                    while after < min(sentence.last, end + 3) and tokens[after].text.islower() and \
                            tokens[after].folded not in _ANAPHORIC:
                        after += 1
                    if during and any(k < sentence.last and tokens[k].folded in _ANAPHORIC for k in (position + 1, after)):
                        return _NAMED_AGAIN
                    if _bare_occasion(tokens, position, end):
                        return _RIGHT_AFTER
        return None


MODAL = frozenset({"future", "hypothetical", "negation", "alleged", "denied", "historical"})
_TALKS_NAMED = frozenset({"percakapan", "perbincangan", "obrolan"})  # a call or meeting named again (`_refers_back`)
_TALK_NAMED_WORDS = 10  # tokens from a sentence's start to such a noun (past a source: "Sebagaimana dilaporkan ..., usai
# percakapan tersebut, ...")


def _before_related_links(tokens: list[Token], first: int, last: int) -> int:
    """Where a sentence's own words end: before a "Baca juga" list of other articles'
    headlines that the scraper left glued to it ("... pada Selasa.Baca JugaWarga Minta
    Jalan Diperbaiki ...": those headlines report nothing here)."""
    for position in range(first, last - 1):
        if tokens[position].folded == "baca" and tokens[position + 1].folded.startswith("juga") \
                and tokens[position].text[:1].isupper():
            return position
    return last


def _pledged_threats(events: list[Event]) -> list[Event]:
    """Drop the promise word's own agreement when what it promises is a threat ("Trump
    berjanji akan mengenakan tarif terhadap Kanada": a threat, its pledge cue the promise word)."""
    promises = {e.cues["pledge"] for e in events if e.event_type == "THREATEN" and "pledge" in e.cues}
    return [e for e in events if not (e.event_type == "AGREE" and e.trigger in promises)]


def _summoned(tokens: list[Token], floor: int, ceiling: int) -> bool:
    """Whether a clause says its subject is examined or answers a summons ("untuk diperiksa", "untuk menjalani
    pemeriksaan", "memenuhi panggilan penyidik")."""
    words = [t.folded for t in tokens[floor:ceiling]]
    return "diperiksa" in words or any(pair in _UNDERGONE_EXAMINATION for pair in zip(words, words[1:]))


_UNDERGONE_EXAMINATION = frozenset({("menjalani", "pemeriksaan"), ("memenuhi", "panggilan"), ("dimintai", "keterangan")})


_FILED_WITH = frozenset({"ke", "kepada"})


def _court(actor: EventActor | ArticleActor) -> bool:
    """Whether an actor is a named court ("Jakarta Corruption Court", "Supreme Court of Indonesia"; not a
    generic "pengadilan")."""
    return _COURT in actor.name.casefold().split() and not actor.actor_id.startswith("AGT:")


_COURT = "court"


def _halt_target(tokens: list[Token], last: int, target: int) -> bool:
    """Whether what a demand ending at token ``last`` asks for is halting an attack, whose target
    (at token ``target``, after "terhadap" or "ke") is named but not its doer: "menyerukan penghentian
    segera serangan terhadap Iran"."""
    between = {t.folded for t in tokens[last + 1 : target]}
    return target > last + 2 and tokens[target - 1].folded in _ATTACKED and not between.isdisjoint(_HALTS) \
        and not between.isdisjoint(_ACT_NOUNS)


_ATTACK_WORDS = frozenset({"serangan", "menyerang", "menembaki", "menggempur", "mengebom"})  # in a trigger of ceasing
_HALTS = frozenset({"penghentian", "menghentikan", "dihentikan", "dihentikannya", "diakhirinya", "mengakhiri", "pengakhiran"})
_ATTACKED = frozenset({"terhadap", "ke", "atas"})
_COURT_PLACES = frozenset({"mahkamah", "pengadilan"})  # a place's words that make it a court (`_may_act`)
_DEMOLISHING = frozenset({"membongkar", "dibongkar", "pembongkaran", "merobohkan", "dirobohkan"})  # (patterns.toml)
_RUBBLE = frozenset({"reruntuhan", "puing", "puing-puing"})


def _act_target(tokens: list[Token], last: int, start: int) -> bool:
    """Whether the object of a stance ending at token ``last``, starting at ``start``, is the target of an act
    the stance is on, named after the act's noun and "terhadap", "ke" or "atas": "mengecam serangan udara terhadap
    fasilitas nuklir Iran" condemns the attackers, whom it does not name, not Iran."""
    act = next((k for k in range(last + 1, start) if tokens[k].folded in _ACT_NOUNS), None)
    return act is not None and any(tokens[k].folded in _ATTACKED and past_ordinal(tokens, k, start) == k
                                   for k in range(act + 1, start))  # (not an ordinal's "ke": "sanksi ke-17 Uni Eropa")


def _bare_occasion(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the noun at ``first``..``last`` names, bare, the occasion just reported, after a word of
    time and before a comma: "Usai pertemuan, Araghchi menegaskan ..." (the meeting already coded)."""
    return first > 0 and tokens[first - 1].folded in _OCCASION_AFTER and last + 1 < len(tokens) and \
        tokens[last + 1].text == ","


def _enforcing_site(arguments: Arguments, last: int, ceiling: int) -> Unit | None:
    """The law-enforcement body at whose premises a passive act of law enforcement ending at token
    `last` takes place, named after "di" in its clause past the premises' capitalised words:
    "diperiksa di Gedung Merah Putih KPK", "ditahan di Rutan KPK", "diperiksa di Polda Jawa Timur"."""
    tokens = arguments.tokens
    for position in range(last + 1, min(ceiling, last + 1 + _PREMISES_REACH)):
        if tokens[position].folded in RIGHT_BOUNDARIES:
            return None
        if tokens[position].folded != "di":
            continue
        for inner in range(position + 1, min(ceiling, position + 1 + _PREMISES_WORDS)):
            unit = arguments.at_first.get(inner)
            if unit is not None:
                return unit if law_body(unit.actors[0].actor_id) else None
            if not (tokens[inner].text[:1].isupper() or tokens[inner].folded in _BUILDINGS) or \
                    tokens[inner].folded in _CARE_PREMISES:
                return None  # (not a hospital: "diperiksa di RS Polri Kramat Jati" is an autopsy; a building in lower
                # case is: "diperiksa di gedung KPK")
        return None
    return None


def _held_on(text: str, tokens: list[Token], sentence: _Sentence, dated: list[Timex]) -> tuple[frozenset[int], Timex] | None:
    """(the tokens of the noun phrase and the verb, the day) for a sentence that names a happening again
    with a demonstrative and a verb of taking place and gives its day: "Kegiatan bakti sosial
    ini digelar pada Rabu (18/6/2025)", "MoU tersebut ditandatangani ... Rabu (18/6)" (not a
    span's bound, "berlangsung sejak 1 Juni hingga 16 Juni 2025", nor the day of what a clause
    after it names: "Serangan ini terjadi setelah AS membom Fordow pada Minggu")."""
    for position in range(sentence.first + 1, min(sentence.last - 1, sentence.first + _HELD_WORDS)):
        bare = tokens[position].folded in _TOOK_PLACE and (position == sentence.first + 1 or position == sentence.first + 2
                                                          and tokens[sentence.first].folded in _OCCASIONS_NAMED)
        # ("Penangkapan dilakukan ...", "Peristiwa penembakan terjadi ...")
        if tokens[position].folded not in _ANAPHORIC and not bare and not (
                tokens[position].folded == _OWN and position == sentence.first + 1):
            continue  # ("Penangkapan sendiri dilakukan pada Senin": the arrest itself; not "as for" another's act or a
            # person, "Serangan Israel sendiri terjadi pada Jumat", "Wang Yi sendiri tiba ...")
        verb = position if bare else position + 1
        while verb < sentence.last and tokens[verb].folded in PREVERBAL:
            verb += 1
        if verb >= sentence.last or tokens[verb].folded not in _TOOK_PLACE:
            return None
        timex = _date_after(text, tokens, dated, verb, sentence, days_only=True)
        if timex is None or any(t.folded in _OTHER_TIME_CLAUSES for t in tokens[verb + 1 : _index_at(tokens, timex.start)]):
            return None
        named = range(sentence.first + (bare and position == sentence.first + 2), position)  # (the act's own noun
        # after a bare "Peristiwa": not a fire after an arrest, "Peristiwa kebakaran terjadi ...")
        return frozenset(named) | {verb}, timex  # (the verb may name the act: "ditandatangani")
    return None


def _one_by_one(text: str, sentence: _Sentence, events: list[Event]) -> list[Event]:
    """The events of a sentence with an act on several recipients "secara terpisah" split into one
    act on each: "Rubio menelepon Jaishankar dan Shehbaz Sharif secara terpisah" is two calls."""
    split: list[Event] = []
    for event in events:
        separately = _SEPARATELY.search(text, event.trigger[1], sentence.end) if len(event.recipient) > 1 else None
        if separately is not None and \
                not _OTHER_CLAUSE_OR_NOT.search(text, event.trigger[1], separately.start()):
            split += [replace(event, recipient=[actor], source=list(event.source), context=list(event.context),
                              cues=dict(event.cues)) for actor in event.recipient]
        else:
            split.append(event)
    return split


_SEPARATELY = re.compile(r"\bsecara terpisah\b", re.IGNORECASE)
# What between an act and "secara terpisah" makes the phrase another clause's or denies it: "..., sementara
# secara terpisah ...", "..., yang kemudian secara terpisah ...", "bukan secara terpisah".
_OTHER_CLAUSE_OR_NOT = re.compile(r"[,;]|\b(?:sementara|yang|bukan|tidak|tanpa)\b", re.IGNORECASE)


def _spelled_term(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the capitalised words first..last are a term spelled out before its acronym in brackets, not
    a name: "menggelar Konferensi Tingkat Tinggi (KTT) ke-46"."""
    if last + 3 >= len(tokens) or tokens[last + 1].text != "(" or tokens[last + 3].text != ")":
        return False
    acronym = tokens[last + 2].text
    return acronym.isupper() and acronym.casefold() == "".join(t.folded[:1] for t in tokens[first : last + 1])


def _told_last(events: list[Event], text: str, tokens: list[Token], referred: int, sentence_start: int) -> list[Event]:
    """The events further back in an article that an act named again at token ``referred`` + 1 may be:
    none told as history, and none before a later mention of an act of its kind that gave no event
    ("Bulan lalu, India menyerang ... Pada Selasa, sebuah bom bunuh diri meledak di Peshawar ... Sharif
    mengutuk keras serangan tersebut": the bombing, whose doer no one names)."""
    mention = _other_act(tokens[referred + 1].folded if referred + 1 < len(tokens) else "")
    return [event for event in events if "historical" not in event.context
            and not mention.search(text, event.evidence[1], sentence_start)]
    # (the act named again in between refers to it: "Serangan itu menewaskan 20 orang"; lower case only, not the
    # city of Serang)


# The stems by which another act of a kind may be told without an event, in lower case: what "serangan tersebut"
# may mean ("sebuah bom bunuh diri meledak"; not what follows an attack, "Ledakan terdengar di seluruh kota").
_ACT_MENTIONS = {"serangan": ("serangan", "bom"), "latihan": ("latihan",), "peluncuran": ("peluncuran",),
                 "penangkapan": ("penangkapan",)}


@lru_cache(maxsize=None)
def _other_act(noun: str) -> re.Pattern:
    """A mention of another act a noun may name, not one named again with a demonstrative (`_ACT_MENTIONS`)."""
    stems = "|".join(map(re.escape, _ACT_MENTIONS.get(noun, (noun,))))
    return re.compile(rf"\b(?:{stems})\w*\b(?!\s+(?:itu|tersebut|ini)\b)")


def _premises_owner(arguments: Arguments, start: int, ceiling: int) -> list:
    """The person or firm whose premises or goods an act of law enforcement right before token `start`
    searches, seizes or pulls down: "menggeledah rumah Hendra Gunawan", "penggeledahan kantor PT Sinar Manis Abadi",
    "menyita tiga mobil mewah milik Wahyu Santoso", "membongkar warung milik Sutrisno" (a name the knowledge base
    or the model knows; not a place: "menggeledah rumah di Jalan Sudirman")."""
    tokens = arguments.tokens
    words = _OWNER_REACH + _OWNER_LIST_WORDS * sum(  # (further past a list of goods: "menyita tiga rumah mewah, 12
        tokens[k].text == "," or tokens[k].folded in LIST_ENDS  # bidang tanah, dan dua kapal milik X")
        for k in range(start, min(ceiling, start + _OWNER_REACH)))
    reach = next((k for k in range(start, min(ceiling - 1, start + words)) if tokens[k].folded in _OWNER_STOPS),
                 min(ceiling - 1, start + words))  # (not past a relative clause: "sabu yang disembunyikan di
    # kebun milik Suparno" may be no one's; nor into another clause: "..., sedangkan mobil milik X tidak disita")
    owner = next((k + 1 for k in range(start, reach)
                  if tokens[k].folded == _OWNED or tokens[k].folded in _FROM and tokens[k + 1].folded in _CARRIED), None)
    if owner is not None and tokens[owner - 1].folded in _FROM:  # "menyita sabu dari koper (milik) seorang penumpang ..."
        while owner < ceiling and (tokens[owner].folded in _CARRIED or tokens[owner].folded == _OWNED):
            owner += 1
    if owner is None:
        position = start
        while position < ceiling and tokens[position].folded in _SEARCHED_WORDS:
            position += 1
        if position == start or tokens[start].folded not in _SEARCHED:
            return []
        owner = position
    unit = arguments.at_first.get(owner)
    if unit is None or _generic(unit):
        unit = _named_after_description(arguments, owner, ceiling) or unit  # "milik tersangka investasi
        # bodong Sugiharto Lim", "milik pengedar berinisial KW", "koper seorang penumpang berinisial MZ": the one named
    if unit is not None:
        return [unit] if all(a.actor_id.startswith("PER:") or a.sector == "BUS" for a in unit.actors) else []
    firm = arguments.proposed_firm(owner)
    return [firm] if firm is not None else arguments.proposed_people(owner)


def _nominal_enforcement(arguments: Arguments, last: int, ceiling: int) -> tuple[list, list] | None:
    """Who carries out an act of the law named by its noun ending at `last`, and the people it acts on, named
    right after the noun (past "terhadap" and a description): the body of the law after "oleh" or a passive
    of carrying it out ("dilakukan", "diumumkan") that follows them, past their ages and an apposition closed
    by a comma ("Penangkapan Robert Tanjaya dan Susan Lie oleh BNN", "Penyelidikan terhadap AM (56), pengasuh
    pondok, dilakukan Polda Jawa Barat")."""
    tokens = arguments.tokens
    position = last + 1
    while position < ceiling and tokens[position].folded in _UNDERGOING:
        position += 1
    people = arguments.people_listed(arguments.past_description(position, ceiling), ceiling)
    if not people or not any(t.folded in _UNDERGOING for t in tokens[last + 1 : people[0].first]) and \
            people[0].first > arguments.past_description(last + 1, ceiling):
        return None  # (the people stand right after the noun, or after "terhadap")
    for position in range(people[-1].last + 1, min(ceiling, people[-1].last + 1 + _CARRIED_OUT_REACH)):
        word = tokens[position].folded
        if word in _CARRIED_OUT_BY or word == "oleh":
            agent = _passive_agent(arguments, position - (word == "oleh"), ceiling, False)
            bodies = [unit for unit in agent if all(law_body(a.actor_id) or court_of(a.actor_id) for a in unit.actors)]
            return (bodies, people) if bodies and len(bodies) == len(agent) else None
        if word in LEFT_BOUNDARIES or arguments.is_verb(position):
            return None
    return None


# Words between an act of the law's verb and the name it acts on: "menangkap basah X", "memvonis mati X".
_BEFORE_OBJECT = frozenset({RED_HANDED, "mati"})
# Passives of carrying out an act of the law named by its noun, whose agent follows (`_nominal_enforcement`).
_CARRIED_OUT_BY = frozenset({"dilakukan", "dibacakan", "dijatuhkan", "dilaksanakan", "diumumkan", "disampaikan"})
_CARRIED_OUT_REACH = 14  # tokens from the people to that passive (past an age and an apposition)


def _named_after_description(arguments: Arguments, start: int, ceiling: int) -> Unit | None:
    """The person named right after a description opening at token `start`: its lowercase words (a generic
    agent's among them) and "berinisial" ("tersangka investasi bodong Sugiharto Lim", "penumpang berinisial MZ")."""
    for position in range(start, min(ceiling, start + _DESCRIBED_WORDS + 1)):
        if arguments.tokens[position].folded in _NOT_SUSPECTS:
            return None  # ("milik korban Siti Aminah", "milik almarhum Joko": what the law takes back for them)
        unit = arguments.at_first.get(position)
        if unit is not None and not _generic(unit):
            return unit if all(a.type == "PER" for a in unit.actors) else None
        if unit is None and (person := arguments.proposed_people(position)):
            return person[0]
        if not arguments.tokens[position].text.islower():
            return None
    return None


# Searches, seizures, seals and demolitions, whose premises or goods are their target's.
_SEARCHES = frozenset({"menggeledah", "penggeledahan", "menyita", "penyitaan", "menyegel", "penyegelan", "merampas",
                       "perampasan", "membongkar", "pembongkaran", "merobohkan"})
_OWNED = "milik"  # "mobil mewah milik X": X's
_OWNER_REACH = 9  # words from the act to "milik" ("menyita 200 butir ekstasi dan 50 gram kokain milik KW")
_OWNER_LIST_WORDS = 3  # and more for each comma or "dan" of a list of goods within them
_OWNER_STOPS = frozenset({"yang", "sedangkan", "namun", "tetapi", "tapi", "padahal"})
_NOT_SUSPECTS = frozenset({"korban", "almarhum", "almarhumah", "mendiang", "saksi", "pelapor"})
_CARRIED = frozenset({"koper", "tas", "ransel", "bagasi", "saku", "kantong", "dompet"})  # "sabu dari koper X": X's
_DESCRIBED_WORDS = 4  # words of a description before the owner's name
_SEARCHED = frozenset({"rumah", "kediaman", "kantor", "ruang", "ruangan", "gudang", "apartemen", "vila", "pabrik",
                       "mobil", "kendaraan", "aset", "warung", "lapak", "kios", "bangunan", "toko"})
_SEARCHED_WORDS = _SEARCHED | {"kerja", "dinas", "pribadi", "mewah", "tersangka"}  # ("ruang kerja", "rumah dinas")


_TRUCE = "ceasefire"  # the mode of a ceasefire


def _agreed_truce(event: Event, events: list[Event]) -> bool:
    """Whether a ceasefire still to come is what an agreement told before it in the sentence, between
    the same sides, agrees on: "Thailand dan Kamboja sepakat melakukan gencatan senjata" is the agreement
    alone, as "menyepakati gencatan senjata" is."""
    sides = _ids(event.source) | _ids(event.recipient)
    return event.event_type == "RETREAT" and event.mode == _TRUCE and "future" in event.context and any(
        e.event_type == "AGREE" and e.trigger[1] <= event.trigger[0] and sides <= _ids(e.source) | _ids(e.recipient)
        for e in events)


def _throng_at(tokens: list[Token], index: int) -> str | None:
    """The noun of the throng of tourists, investors or netizens the source at token `index` is, named
    there or right before the state they come from ("Warganet Korea Selatan menyerbu ..."), if it is one."""
    return next((tokens[k].folded for k in (index, index - 1) if k >= 0 and tokens[k].folded in _THRONGS), None)


def _days_to_come(events: list[Event], dct_start, text: str) -> list[Event]:
    """The events dated on a day or a week after the article's, not already planned or supposed, marked
    future ("Besok, ribuan mahasiswa berunjuk rasa ...", "memanggil Nadiem pada Senin, 23 Juni 2025"; not a
    year aimed at, "Indonesia Emas 2045", nor a date another clause may hold: "menetapkan X sebagai tersangka
    dan akan menahannya pekan depan"); after repeats are merged, whose other mentions may be undated."""
    for event in events:
        if dct_start is not None and event.date and _DAY_OR_WEEK.match(event.date) and not _PLANNED & set(event.context) \
                and (start := _interval_start(event.date)) is not None and start > dct_start and event.date_span and \
                not _CLAUSES_BETWEEN.search(text, min(event.trigger[1], event.date_span[1]), max(event.trigger[0], event.date_span[0])):
            event.context.append("future")
    return events


def _judged_neglect(event: Event, events: list[Event]) -> bool:
    """Whether a refusal is only what a criticism before it in the sentence judges its target to do:
    "menilai jaksa mengabaikan keterangan saksi" is the speaker's criticism of the prosecutors, who
    refuse no one."""
    return event.event_type == "REJECT" and "denied" not in event.context and any(
        e.event_type == "DISAPPROVE" and e.trigger[1] <= event.trigger[0] <= e.trigger[1] + _JUDGED_REACH
        and _ids(e.recipient) == _ids(event.source) for e in events)  # (not the target's own denial after it:
    # "AS menuduh Iran ..., namun Teheran membantah tuduhan itu")


_JUDGED_REACH = 40  # characters from the criticism's word to the refusal it judges
_BUT = frozenset({"namun", "tetapi", "tapi"})  # a turn that ends a clause of saying (not "sementara", often another report)


def _envoy_summoned(event: Event, events: list[Event]) -> bool:
    """Whether an examination is the summons of another state's envoy that a protest of the same
    words codes: "Duta Besar Israel dipanggil oleh Kemlu Turki" (no one is questioned)."""
    return event.event_type == "INVESTIGATE" and any(e.event_type == "DISAPPROVE" and e.trigger == event.trigger
                                                     for e in events)


def _forces(actor: EventActor) -> bool:
    """Armed forces or troops, not a defence ministry or an officer: "Prajurit TNI", "IDN:TNI-AL"."""
    return actor.sector == "MIL" and not actor.actor_id.startswith("PER:") and "ministry" not in (actor.name or "").lower()


def _physical(text: str, event: Event) -> bool:
    """Whether an event is a physical act, whose announcement is not its day: a strike, an
    assault, an arrest or a detention ("Penangkapan itu diumumkan pada Kamis")."""
    return event.event_type in _PHYSICAL_TYPES or text[event.trigger[0] : event.trigger[1]].split()[0].lower() in _ARRESTS


def _fronted_occasion_subject(arguments: Arguments, first: int, floor: int, ceiling: int) -> list | None:
    """The subject of the main clause after a phrase of occasion that opens the sentence with the
    noun at ``first`` and ends at a comma: "Dalam pertemuan dengan X, Y menyatakan ...", "Usai
    pertemuan dengan X, Y mengatakan ..." (Y)."""
    tokens = arguments.tokens
    if first - 1 != floor or tokens[floor].folded not in _OCCASION_OPENERS:
        return None
    commas = [k for k in range(first + 1, ceiling) if tokens[k].text == ","][:_OCCASION_COMMAS]
    for comma in commas:  # past an apposition or a place set off by commas: "Dalam pertemuan dengan Menlu China,
        found = arguments.group_starting_at(comma + 1, ceiling)  # Wang Yi, di Beijing, Menlu Sugiono ..."
        if found is not None and arguments.verb_after(found[0]):
            return found[1]
    return None


_OCCASION_COMMAS = 3  # commas a phrase of occasion may hold before the main clause


def _called_off(tokens: list[Token], last: int, ceiling: int) -> bool:
    """Whether the clause of a noun trigger ending at token ``last`` says it was called off, past
    the noun's own arguments and before any other verb: "Pertemuan Sugiono dan Araghchi batal",
    "Rencana kunjungan Presiden ke Jepang dibatalkan"."""
    for position in range(last + 1, min(ceiling, last + 1 + _CALLED_OFF_REACH)):
        word = tokens[position].folded
        if word in _CALLED_OFF:
            return True
        if _VERB.fullmatch(word) or word in RIGHT_BOUNDARIES - {"dan"}:
            return False
    return False


def _nominal_of(tokens: list[Token], phrase: frozenset[int], text: str, event: Event) -> bool:
    """Whether a noun of the phrase is the pe-...-an nominalisation of the event's me- verb
    ("Penetapan tersebut" of "menetapkan", "Penangkapan" of "menangkap")."""
    verb = text[event.trigger[0] : event.trigger[1]].split()[0].lower()
    if not verb.startswith("me"):
        return False
    stem = verb[2:].removesuffix("kan")
    return any(len(stem) > 3 and tokens[k].folded.startswith("pe") and tokens[k].folded[2:].removesuffix("an") == stem
               for k in phrase)


def _date_after(text: str, tokens: list[Token], dated: list[Timex], position: int, sentence: _Sentence,
                days_only: bool = False) -> Timex | None:
    """The first date after token `position` in its sentence that is not the day a source was
    cited ("dikutip Jumat"); with `days_only`, a day (or finer) that bounds no span."""
    return next((t for t in dated if tokens[position].end <= t.start and t.end <= tokens[sentence.last - 1].end
                 and not (days_only and (len(t.value) < len("YYYY-MM-DD") or _span_bound(tokens, t.start)))
                 and not _CITATION.search(text, max(0, t.start - _CITATION_CHARS), t.start)), None)


def _singled_out(arguments: Arguments, last: int, ceiling: int, to: frozenset[str]) -> list[Unit]:
    """The actors singled out after a recipient group ending at token `last`: "kepada pemerintah pusat, terutama
    kepada Presiden Prabowo dan Menteri Pertanian" thanks those two too."""
    tokens, position = arguments.tokens, last + 1
    if position + 2 >= ceiling or tokens[position].text != "," or tokens[position + 1].folded not in INCLUDING:
        return []
    position += 2 + (tokens[position + 2].folded in to)
    group = arguments.group_starting_at(position, ceiling) if position < ceiling else None
    return group[1] if group is not None else []


def _date_as_too(found: list[Event], before: list[Event], tokens: list[Token], sentence: _Sentence) -> None:
    """Date an undated act told with "juga" or "turut" after its source by the day of the same source's act of the
    same type told shortly before (among `before`, the article's events so far): "Hari ini Jumat (20/6), KPK
    menjadwalkan pemeriksaan terhadap Khofifah. KPK juga turut memanggil Anik Maslachah" (not one told as earlier:
    "Sebelumnya, KPK juga memanggil ...")."""
    for event in found:
        if event.date is not None or not event.source or MODAL & set(event.context):
            continue
        between = [t.folded for t in tokens[sentence.first : sentence.last]
                   if event.source[-1].end <= t.start < event.trigger[0]]
        if not _TOO_WORDS & set(between) or any(t.folded in _EARLIER_WORDS for t in tokens[sentence.first : sentence.last]
                                                if t.start < event.trigger[0]):
            continue
        same = next((e for e in reversed(before) if e.event_type == event.event_type and e.date is not None
                     and _DAY_OR_WEEK.match(e.date) and _sides(e)[0] == _sides(event)[0]
                     and sentence.start - e.evidence[1] <= _TOO_CHARS), None)
        if same is not None:
            event.date, event.date_span = same.date, None


_TOO_WORDS = frozenset({_TOO, "turut"})
_TOO_CHARS = 600  # characters from the act told before to the sentence that tells another "juga"
_EARLIER_WORDS = frozenset({"sebelumnya", "pernah", "sempat", "dulu", "lalu"})


def _court_act_named(tokens: list[Token], named: frozenset[int], text: str, event: Event) -> bool:
    """Whether the noun phrase at the tokens `named` names again the court's or the prosecutor's act of `event`."""
    trigger = text[event.trigger[0] : event.trigger[1]].split()[0].casefold()
    return event.event_type == "COERCE" and any(trigger in _COURT_ACTS.get(tokens[k].folded, ()) for k in named)


def _occasion_told_next(text: str, tokens: list[Token], arguments: Arguments, sentence: _Sentence,
                        dated: list[Timex], dct_start) -> tuple[frozenset[str], Timex] | None:
    """(the actors, the day) of a sentence that opens with a word referring back to actors ("Kedua pemimpin",
    "Ia", "Mereka") and gives a recent day, by the publication's, in its own clause: it tells the occasion of
    what those actors were just reported doing when it codes no act of theirs. Not another clause's day
    ("setelah", a comma before it), nor one to come or long past ("Ia lahir ... pada 14 Juni 1946")."""
    if tokens[sentence.first].folded not in _REFERRING_OPENERS or not any(
            t.folded in SPEECH_VERBS | _THAT_SAID | _OCCASION_OF_SAYING for t in tokens[sentence.first : sentence.last]):
        return None  # (a sentence of the occasion of saying or talking: not "Dia bermain golf ... pada Minggu")
    subject = arguments.group_starting_at(sentence.first, sentence.last)
    if subject is None:
        return None
    timex = _date_after(text, tokens, dated, subject[0], sentence, days_only=True)
    if timex is None or any(t.folded in _OTHER_TIME_CLAUSES | _TO_COME or t.text == "," for t in
                            tokens[subject[0] + 1 : _index_at(tokens, timex.start)]):
        return None
    day = value_interval(timex.value[:10])
    if dct_start is None or day is None or not 0 <= (dct_start - day[0]).days <= _OCCASION_DAYS:
        return None
    return frozenset(a.actor_id for a in arguments.event_actors(subject[1])), timex


_REFERRING_OPENERS = PERSON_PRONOUNS | {"kedua", "keduanya", "mereka"}  # "Kedua pemimpin ...", "Ia ..."
_OCCASION_OF_SAYING = frozenset({"berbicara", "menyampaikan", "membahas", "sikap", "pidato", "wawancara", "konferensi",
                                 "pertemuan", "rapat", "sidang", "kunjungan", "pembicaraan", "percakapan"})
_TO_COME = frozenset({"akan", "dijadwalkan", "bakal", "rencananya"})
_OCCASION_DAYS = 7  # days before the publication within which such a day falls


def _span_bound(tokens: list[Token], position: int) -> bool:
    """Whether the date at character `position` starts or ends a span ("sejak 1 Juni", "hingga (tanggal) 26 Oktober")."""
    index = _index_at(tokens, position)
    words = [t.folded for t in tokens[max(0, index - 2) : index]]
    return bool(words) and (words[-1] in _SPAN_WORDS or words[-1] == "tanggal" and words[0] in _SPAN_WORDS)


def _since(tokens: list[Token], event: Event) -> bool:
    """Whether "sejak" or "selama" stands within two words before the event's trigger."""
    index = _index_at(tokens, event.trigger[0])
    return any(t.folded in _ONGOING for t in tokens[max(0, index - 2) : index])


def _rank(token: Token) -> bool:
    """A capitalised word of a rank before a speaker's name ('"...," jelas Inspektur Jenderal Daniel')."""
    return token.text[:1].isupper() and token.folded in RANK_WORDS


def _date_sayings(events: list[Event], speakers: frozenset[str] | None, timex: Timex) -> None:
    """Date the undated sayings among ``events`` (demands, criticism, refusals, threats,
    promises, praise) of the speakers a following attribution names, by its date: each
    source is a speaker, or a state or body of a state whose official speaks ("pejabat Hamas")."""
    for event in events:
        if event.date is None and event.event_type in _SAYINGS and (speakers is None or all(
                a.actor_id in speakers or a.country in speakers and not a.actor_id.startswith(("PER:", "AGT:"))
                for a in event.source)):
            event.date, event.date_span = timex.value, (timex.start, timex.end)


def _date_verdicts(events: list[Event], earlier: list[Event], speakers: frozenset[str] | None, timex: Timex,
                   arguments: Arguments, text: str) -> None:
    """Date an undated verdict by the day a judge's words quoted next were spoken: "X divonis 6 tahun penjara.
    '...,' kata Ketua Majelis Hakim Y, Senin (16/6/2025)" (the court reads its verdict as it speaks); and, when one
    is so dated, a verdict on the same person by the same or an unnamed court told in the sentence before ("X divonis
    ... . Hakim menyatakan X bersalah ... . '...,' kata hakim ketua, Rabu"; not another court's: "PN Medan memvonis
    X ... . Dalam perkara lain, X divonis oleh PN Binjai. '...,' kata hakim ketua PN Binjai")."""
    if not speakers or not any(arguments.judge(speaker) or court_of(speaker) for speaker in speakers):
        return
    dated = [event for event in events if event.date is None and _read_verdict(event, arguments, text)]
    sentenced = {a.actor_id for event in dated for a in event.recipient}
    courts = {a.actor_id for event in dated for a in event.source}
    for event in dated + [e for e in earlier if e.date is None and _read_verdict(e, arguments, text) and
                          sentenced & {a.actor_id for a in e.recipient} and
                          all(a.actor_id.startswith("AGT:") or a.actor_id in courts for a in e.source)]:
        event.date, event.date_span = timex.value, (timex.start, timex.end)


def _read_verdict(event: Event, arguments: Arguments, text: str) -> bool:
    """Whether an event is a court's verdict or trial act (not a prosecutor's demand)."""
    return event.event_type == "COERCE" and _trial_act(text, event.trigger[0]) and \
        not text[event.trigger[0] : event.trigger[1]].casefold().startswith(tuple(_PROSECUTING)) and \
        all(_of_court(a, arguments) for a in event.source)


def merge_repeats(events: list[Event], text: str) -> list[Event]:
    """One event per happening per article: a later mention with the same type, mode,
    actors and modal contexts, and a compatible date, is counted on the first (which
    takes its date when it had none), not coded again; so is one whose sources are generic
    agents when the first names an actor of each agent's state and sector instead
    ("pejabat tinggi Rusia mengunjungi Korea Utara" after Rudenko's visit), which then gives
    it no date; and the other way round, a body that a later mention names is who did the act
    first told of its generic agent ("Polisi melakukan penyelidikan ... Satreskrim Polresta
    Pekanbaru melakukan penyelidikan"; with a target, or an investigation; not one its sentence
    tells as another, `APART_WORDS`: "dalam operasi terpisah", "enam saksi lain"). Two dates of
    one day at different precision stay apart: an arrival at dawn and the talks later that day are
    two events. Two named sources are two reports,
    while a direct quote of an act told is that act, as the seed gold counts it (the day an
    act of law enforcement was quoted does not date it), and one told with "juga" before its
    trigger is one more (`_further_act`; not a step of a legal action), and a war named
    as a state of affairs ("konflik Israel dan Iran") does not absorb the attacks of the same
    sides here (`_one_war` does, for attacks on no day of their own). An act of law
    enforcement told as another round or case ("kembali menangkap", "Dalam perkara lain, ...")
    is no repeat, and the steps of one legal action against a person are one event
    (`_same_legal_action`)."""
    kept: list[tuple[_RepeatKey, Event]] = []
    index: dict[_RepeatKey, list[Event]] = {}
    for event in _one_per_sentence(events):
        enforcing = event.event_type in ENFORCEMENT
        key = _RepeatKey(event.event_type, event.mode, tuple(sorted(a.actor_id for a in event.source)),
                         tuple(sorted(a.actor_id for a in event.recipient)), frozenset(set(event.context) & MODAL),
                         event.ongoing)
        # an arrest told again in a quote dated only by its saying has no date of its own: '"Tim Buser mengamankan
        # RR ...," kata Kapolsek, Jumat (20/6)' after "RR ditangkap polisi pada Jumat (30/5)"
        compared = replace(event, date=None) if enforcing and _dated_by_saying(text, event) else event
        again = _another_round(event, text) if enforcing else _further_act(event, text)  # ("kembali menangkap",
        # "Komisi III juga meminta MA ...": no repeat; "Hakim juga menghukum Zarof membayar denda": the same verdict)
        same = None if again else next((e for e in index.get(key, []) if (
            _compatible(e, compared) or _one_trip(e, event, text)) and not _told_as_earlier(e, event, text)), None)
        if same is None and not again:
            same = next((e for _, e in kept if _same_legal_action(e, compared) or _same_meeting(e, event)), None)
        generic = same is None and event.source and all(a.actor_id.startswith("AGT:") for a in event.source)
        if generic:
            same = next((e for other, e in kept if key._replace(source=other.source) == other
                         and _compatible(e, compared) and _names_the_agents(e.source, event.source)), None)
        if same is None and not again and event.source and not generic and (
                event.recipient or event.event_type == "INVESTIGATE") and \
                not APART_WORDS & set(_WORD_RUN.findall(text[event.evidence[0] : event.evidence[1]].casefold())) and \
                not (enforcing and _further_act(event, text)) and \
                not any(a.actor_id.startswith(_NOT_BODIES) for a in event.source):  # (two seizures from no one named
            # may be two stations' of a roundup)
            same = next((e for other, e in kept if other.source and all(a.startswith("AGT:") for a in other.source)
                         and key._replace(source=other.source) == other and _compatible(e, compared)
                         and _names_the_agents(event.source, e.source)), None)
            if same is not None:  # "Polisi melakukan penyelidikan ... Satreskrim Polresta Pekanbaru melakukan
                same.source = event.source  # penyelidikan": the body named later is who acted
        if same is None and not again and enforcing and event.source and event.recipient and \
                not any(a.actor_id.startswith("AGT:") for a in event.source):
            same = _named_at_last(kept, index, key, compared)  # "Polisi menangkap TW ... Unit Reskrim Polsek Cimanggis
            # mengamankan TW": the police named at last made the arrest told first
        if same is None and not again and _examination_again(text, event):
            same = next((e for other, e in reversed(kept) if other.event_type == event.event_type and e.recipient
                         and other.source == key.source and other.modality == key.modality
                         and _compatible(e, compared)), None)
        if same is None:
            index.setdefault(key, []).append(event)
            kept.append((key, event))
            continue
        same.mentions += 1
        if same.date is None and compared.date is not None and not generic:  # (a vaguer repeat does not date it, nor
            same.date, same.date_span = event.date, event.date_span  # the day a repeat was said)
    return [event for _, event in kept]


def _one_war(events: list[Event]) -> list[Event]:
    """An article's fighting between the same states told again and again as one war, as the seed gold codes it:
    the mentions of the war or of attacks on no day of their own ("perang Israel-Iran", "konflik yang terus memanas",
    "224 orang tewas dalam serangan Israel") are one event, the first such mention that has a date, else the war named
    as a state of affairs, else the first, which takes in those with no date or the same (the sides read as their
    states: a state, its forces, its leaders and its people; armed groups and bodies of states stay as they are).
    Attacks on days of their own stay apart, one per day, and so do attacks on a named target ("Kantor Federasi
    Sepakbola Palestina diserang Israel"), years of a list, other attributions and other modal contexts (a war's
    start years ago is the same war: "historical" does not set one apart)."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        if event.event_type == "FIGHT" and event.source and event.recipient and all(map(_side_at_large, event.recipient)):
            groups.setdefault(_war_key(event), []).append(event)
    dropped: set[int] = set()
    for group in groups.values():
        general = [e for e in group if not (e.date and _DAY.match(e.date))]
        if len(general) < 2:
            continue
        kept = next((e for e in general if e.date), next((e for e in general if e.ongoing), general[0]))
        for event in general:
            if event is not kept and event.date in (None, kept.date):
                kept.mentions += event.mentions
                dropped.add(id(event))
    return [event for event in events if id(event) not in dropped]


def _war_key(event: Event) -> tuple:
    """The sides of a fight as states, its modal contexts but "historical", and who it is attributed to (two named
    sources are two reports: "Trump mengatakan Israel menyerang Iran. Menurut Putin, ...")."""
    def state(actor: EventActor) -> str:
        return actor.country if actor.country and actor.country != "IGO" and actor.sector not in _ARMED_GROUPS \
            else actor.actor_id
    return (frozenset(map(state, event.source)), frozenset(map(state, event.recipient)),
            frozenset(set(event.context) & MODAL - {"historical"}), event.attribution and event.attribution.actor_id)


def _side_at_large(actor: EventActor) -> bool:
    """Whether an actor is a side at large, a state or people or forces named generically ("Iran", "warga Iran",
    "pasukan Israel"), not a named body, place or person."""
    return actor.actor_id == actor.country or actor.actor_id.startswith(("AGT:", "GRP:"))


_ARMED_GROUPS = frozenset({"OPP"})  # armed groups, which fight as themselves, not as a state
_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # a date of a day (a month's, a year's or none tells no attack of its own)


def _dated_by_saying(text: str, event: Event) -> bool:
    """Whether an event's date follows its trigger past the attribution of what it is told in: the day it was said
    ('..." kata Kapolsek, Jumat (20/6)', "..., ujar Kapolres, Senin (9/6)")."""
    return event.date_span is not None and event.date_span[0] > event.trigger[1] and \
        _SAID_BY.search(text, event.trigger[1], event.date_span[0]) is not None


# The attribution of what an act is told in, before the day it was said: '..." kata', ", ujar".
_SAID_BY = re.compile(r"""(?:["”]\s*,?|,)\s*(?:%s)\b""" % "|".join(sorted(SPEAKER_AFTER_QUOTE | {"kata", "ujar", "ucap", "tutur"})),
                      re.IGNORECASE)


def _measure_owner(arguments: Arguments, last: int, direct: tuple[int, list[Unit]], to: frozenset[str],
                   ceiling: int, source: list[Unit]) -> bool:
    """Whether the object right after a trigger that ends in a measure's noun is the measure's owner:
    the source's own state, or one with whom the measure is on after a preposition of the pattern
    ("mencabut sanksi AS terhadap Suriah": the US's sanctions, lifted from Syria; "Inggris mengakhiri
    sanksi Inggris terhadap 24 entitas Suriah")."""
    units = direct[1]
    if arguments.tokens[last].folded not in _LIFTED_MEASURES or units[0].first != last + 1:
        return False
    own = {a.country for unit in source for a in unit.actors if a.country}
    return any(a.country in own for unit in units for a in unit.actors) or \
        arguments.after_preposition(to, units[-1].last + 1, ceiling, window=2, fillers=0) is not None


_LIFTED_MEASURES = frozenset({"sanksi", "embargo", "tarif"})
# Measures whose object may be a firm only the model found: restrictions, seizures, sanctions (no arrest).
_FIRM_MEASURES = frozenset({("COERCE", "restrict"), ("COERCE", "confiscate"), ("SANCTION", None)})
# ... and calls and stances on one ("OJK meminta PT Dana Kita Bersama membayar denda").
_FIRM_STANCES = frozenset({"DEMAND", "DISAPPROVE", "SUPPORT"})
_REFUSING = frozenset({"menolak", "enggan"})  # a measure refused names no firm ("menolak mencabut izin PT X")
_REFUSED_MEASURES = frozenset({"COERCE", "SANCTION"})  # acts on a target, which a refusal to take them does not refuse


def _examination_again(text: str, event: Event) -> bool:
    """Whether an examination of no one named is told by a passive or a noun ("Pemeriksaan dilakukan di
    gedung KPK pada Rabu", "Didalami terkait peran yang bersangkutan ..."), which after an examination
    of someone by the same body is that one told again."""
    return event.event_type == "INVESTIGATE" and not event.recipient and \
        text[event.trigger[0] : event.trigger[1]].split()[0].casefold() in _EXAMINATION_WORDS


_EXAMINATION_WORDS = frozenset({"diperiksa", "pemeriksaan", "didalami"})  # (not a search: of a place, often)


def _same_legal_action(earlier: Event, later: Event) -> bool:
    """Whether a later arrest, detention, charge or sentence (not told as another round or case:
    `_another_round`) is the earlier one told again, as one step of the same legal action: both
    coercion without a mode or as legal action (`arrest`) by the same source, the later's targets
    people among the earlier's, the same modal contexts, and no date of the later's own unless the
    same or the earlier has none, which the later then dates ("Kini, JN sudah ditahan", "Keduanya
    dijerat dengan Pasal 114", "Hakim juga menghukum Zarof membayar denda", a verdict told undated and
    then quoted on its day; not a verdict after a police arrest, nor the prosecutors' demand before
    the court's verdict)."""
    if not (earlier.event_type == later.event_type == "COERCE" and earlier.mode in _LEGAL_MODES
            and later.mode in _LEGAL_MODES and _sides(earlier)[0] == _sides(later)[0]):
        return False
    targets = {a.actor_id for a in later.recipient}
    return any(t.startswith("PER:") for t in targets) and targets <= {a.actor_id for a in earlier.recipient} \
        and (later.date in (None, earlier.date) or earlier.date is None) \
        and set(earlier.context) & MODAL == set(later.context) & MODAL \
        and earlier.ongoing == later.ongoing


def _same_meeting(earlier: Event, later: Event) -> bool:
    """Whether a later meeting is the earlier one told again with other roles: the same people or
    states meeting on the same day, one told as a visit, the other as a summit of both ("Prabowo
    bertemu Putin di Kremlin pada Kamis ... Keduanya menggelar KTT pada Kamis"; a phone call and a
    meeting are two)."""
    sides = _ids(later.source) | _ids(later.recipient)
    return earlier.event_type == later.event_type == "CONSULT" and len(sides) > 1 and \
        _PHONE not in (earlier.mode, later.mode) and \
        _ids(earlier.source) | _ids(earlier.recipient) == sides and earlier.date is not None and \
        earlier.date == later.date and set(earlier.context) & MODAL == set(later.context) & MODAL


def _another_round(event: Event, text: str) -> bool:
    """Whether an act of law enforcement is told as another round, "kembali" right before its trigger
    (not back to the cells: "kembali ditahan"), or its sentence as another case ("Polres Garut kembali
    menjerat Asep", "Dalam perkara lain, Kejaksaan Agung ..."; not "kembali menegaskan bahwa ...")."""
    before = _WORD_RUN.findall(text[max(event.evidence[0], event.trigger[0] - 12) : event.trigger[0]].casefold())
    trigger = text[event.trigger[0] : event.trigger[1]].casefold().split()
    if before and before[-1] == _AGAIN and trigger and trigger[0] not in _HELD:
        return True
    sentence = _WORD_RUN.findall(text[event.evidence[0] : event.evidence[1]].casefold())
    return any(a in _OTHER_CASE and b in _OTHER_CASE_WORDS for a, b in zip(sentence, sentence[1:]))


def _further_act(event: Event, text: str) -> bool:
    """Whether an act is told as one more of its kind, "juga" within the two words before its trigger
    ("Komisi III juga meminta MA ...", "Putin juga menyatakan siap membantu ..."; not
    asked of law enforcement, whose steps of one legal action are one event), outside a quote (where
    "Kami juga mengecam ..." is "we too") and not at the occasion told before ("Dalam pernyataan yang
    sama, Sugiono juga mengecam ...")."""
    before = _WORD_RUN.findall(text[max(event.evidence[0], event.trigger[0] - 20) : event.trigger[0]].casefold())
    opening = text[event.evidence[0] : event.trigger[0]]
    quoted = opening.lstrip()[:1] in _QUOTE_MARKS or sum(opening.count(mark) for mark in _QUOTE_MARKS) % 2 == 1
    return _FURTHER in before[-2:] and not quoted and _SAME_OCCASION.search(text, *event.evidence) is None


_FURTHER = "juga"
_SAME_OCCASION = re.compile(r"\b(?:pernyataan|kesempatan|pertemuan|acara|konferensi pers|jumpa pers|wawancara|pidato|"
                            r"keterangan|unggahan) (?:yang sama|itu|tersebut)\b", re.IGNORECASE)
_NOT_BODIES = ("PER:", "AGT:")  # ids of people and generic agents: no body named later for an agent (`merge_repeats`)
_LEGAL_MODES = (None, "arrest")
_PHONE = "phone"
_AGAIN = "kembali"  # "kembali ditangkap": a new arrest, not the first told again
_HELD = frozenset({"ditahan", "menahan"})  # "kembali ditahan" after questioning: back to the cells, the same detention
_OTHER_CASE, _OTHER_CASE_WORDS = frozenset({"perkara", "kasus"}), frozenset({"lain", "terpisah", "berbeda", "baru"})


def _named_suspects(events: list[Event], text: str) -> list[Event]:
    """Legal action and examinations of "tersangka" or "pelaku" (one, not "para tersangka" or
    "dua pelaku") after the article's enforcement events have named one person alone as
    their target: that person ("Polisi menangkap MIS. ... Saat ini tersangka diamankan di
    Polresta Pekanbaru": MIS, whose arrest is then told again, not a second arrest)."""
    named: set[str] = set()
    for event in events:
        if event.event_type not in ENFORCEMENT:
            continue
        people = [a for a in event.recipient if a.actor_id.startswith("PER:")]
        if len(named) == 1 and len(event.recipient) == 1 and not people and _one_suspect(event.recipient[0], text):
            person = next(a for e in events for a in e.recipient if a.actor_id in named)
            event.recipient = [replace(event.recipient[0], actor_id=person.actor_id, name=person.name,
                                       country=person.country, sector=person.sector)]
        if event.event_type == "COERCE":  # (one examined may be a witness: "memeriksa X sebagai saksi")
            named.update(a.actor_id for a in people)
    return events


def _one_suspect(actor: EventActor, text: str) -> bool:
    """Whether an actor is a suspect or a perpetrator named by the bare noun, in the singular."""
    if actor.actor_id.split(":")[-1] not in _SUSPECTS or not actor.actor_id.startswith("AGT:"):
        return False
    before = _WORD_RUN.findall(text[max(0, actor.start - 20) : actor.start].casefold())
    after = _WORD_RUN.findall(text[actor.end : actor.end + 20].casefold())
    return not (before and before[-1] in _COUNTING) and not (after and after[0] in _ANOTHER) and \
        not re.search(r"\d\s*$", text[max(0, actor.start - 6) : actor.start])  # (nor "tersangka baru", "pelaku lain")


# Words that count the noun after them, or bring in one not named before ("seorang pelaku").
_COUNTING = frozenset({"para", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                       "sejumlah", "beberapa", "puluhan", "ratusan", "seluruh", "semua", "kedua", "ketiga",
                       "keempat", "kelima", "keenam", "ketujuh", "ribuan", "satu", "seorang"})
_ANOTHER = frozenset({"lain", "lainnya", "baru"})


def _denials_of_acts(events: list[Event], text: str, tokens: list[Token],
                     opens_act: Callable[[list[Token], int], bool]) -> list[Event]:
    """The events without denials of mere news: a denial of a report ("membantah kabar soal
    kapal feri yang tenggelam") is a rejection only when what it denies names an act (a
    trigger: "membantah kabar penangkapan aktivis", "kabar bahwa pasukannya menembaki warga")
    or it names whom it answers."""
    def news_denied(event: Event) -> bool:
        after = _WORD_RUN.findall(text[event.trigger[1] : event.evidence[1]][:40].casefold())
        if not (event.event_type == "REJECT" and "denied" in event.context and not event.recipient and
                bool(after) and after[0] in _NEWS_NOUNS):
            return False
        for k in range(_index_at(tokens, event.trigger[1]), _index_at(tokens, event.evidence[1])):
            if tokens[k].folded in _CIRCUMSTANCE:
                break  # "membantah kabar WNI tewas dalam serangan ...": the news is the death, not the attack
            if opens_act(tokens, k):
                return False
        return True
    return [event for event in events if not news_denied(event)]


_WORD_RUN = re.compile(r"[^\W\d_]+")
_CIRCUMSTANCE = frozenset({"dalam", "di", "akibat", "saat", "ketika", "karena"})
_NEWS_NOUNS = frozenset({"kabar", "isu", "rumor", "informasi", "berita", "hoaks", "hoax", "kekhawatiran", "spekulasi"})


def _expelled(arguments: Arguments, tokens: list[Token], first: int, last: int, floor: int, ceiling: int) -> str | None:
    """What an expulsion drives off: the word right after the active verb, past a number or "sebuah"
    ("Bakamla mengusir sebuah kapal penjaga pantai China"), or the one opening the clause of the passive
    ("Kapal penjaga pantai China ... akhirnya diusir oleh KRI Bung Tomo")."""
    if tokens[first].folded == _EXPELS:
        position = last + 1
        while position < ceiling and (tokens[position].folded in _ONE_OF or arguments.in_quantity(position)
                                      or is_count(tokens[position])):
            position += 1
        return tokens[position].folded if position < ceiling else None
    return tokens[floor].folded if tokens[first].folded == _EXPELLED else None


_EXPELLED = "diusir"


def _driven_from_ground(arguments: Arguments, tokens: list[Token], last: int, ceiling: int) -> bool:
    """Whether forces are driven from ground, "dari" and a place or a word of territory within a few words
    after the verb at `last` ("mengusir pasukan Ukraina dari Kursk", "... dari wilayah tersebut"), not out of
    a state ("mengusir pasukan Prancis dari negaranya": a sanction)."""
    at = next((p for p in range(last + 1, min(ceiling, last + _GROUND_REACH)) if tokens[p].folded == "dari"), None)
    if at is None or at + 1 >= ceiling:
        return False
    at += 1 + (tokens[at + 1].folded in _ONE_OF and at + 2 < ceiling)  # ("dari sebuah desa di wilayah Donetsk")
    ground = tokens[at]
    unit = arguments.at_first.get(at)
    return ground.folded in _GROUND or ground.capitalised and unit is not None and all(
        a.type == "LOC" for a in unit.actors)


_GROUND = frozenset({"wilayah", "kota", "desa", "daerah", "pos", "markas", "posisi", "kawasan", "perbatasan", "benteng",
                    "ibu"})  # ("dari ibu kota Khartoum")
_GROUND_REACH = 6
_TROOPS = frozenset({"pasukan", "pasukannya", "tentara", "tentaranya", "milisi", "militan", "pemberontak"})


def _one_per_sentence(events: list[Event]) -> list[Event]:
    """The events of a sentence with one per type and pair of sides: an act of the same type
    between the same actors told twice in one sentence, once with a mode and once without, is
    one ("ditetapkan sebagai tersangka dan ditahan": one legal action, `arrest`; a war named as
    a state of affairs and an attack in it stay two)."""
    kept: list[Event] = []
    for event in events:
        same = next((e for e in kept if e.evidence == event.evidence and e.event_type == event.event_type
                     and None in (e.mode, event.mode) and _sides(e) == _sides(event) and e.ongoing == event.ongoing
                     and set(e.context) == set(event.context) and None in (e.date, event.date)), None)
        if same is None:
            kept.append(event)
            continue
        same.mode = same.mode or event.mode
        if same.date is None:
            same.date, same.date_span = event.date, event.date_span
    return kept


def _sides(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(a.actor_id for a in event.source), frozenset(a.actor_id for a in event.recipient)


def _told_as_earlier(first: Event, later: Event, text: str) -> bool:
    """Whether a later mention with a date of its own is told, in other words, as what happened
    before the first, undated one: "AS dan China mencapai kesepakatan ... Sebelumnya, dalam
    pertemuan di Jenewa pada 12 Mei, kedua negara sepakat ..." is an earlier agreement, which does
    not date the first, nor does another act of the same words told with "juga" (but "Polisi menangkap
    X. ... Sebelumnya, polisi menangkap X pada Senin" and "Sebelumnya diberitakan, ..." tell the first
    again); nor does an act told as the last time it was done ("terakhir dipanggil pada 25 Mei")."""
    if first.date is None and later.date is not None and \
            _LAST_TIME.search(text[max(later.evidence[0], later.trigger[0] - 12) : later.trigger[0]].casefold()):
        return True  # "Sarwono terakhir dipanggil penyidik pada 2 Juni": the last time before, not the first again
    opening = text[later.evidence[0] : later.evidence[1]].lstrip().casefold()
    return first.date is None and later.date is not None and _EARLIER_TOLD.match(opening) is not None and (
        _stem_end(text, first) != _stem_end(text, later)  # ("menangkap" and "ditangkap" are the same words)
        or _ALSO.search(text, later.evidence[0], later.trigger[0]) is not None)  # ("Sebelumnya, ... Indonesia juga
    # mengecam Israel ...": another condemnation)


def _stem_end(text: str, event: Event) -> str:
    """The end of a trigger's last word, the same in its active and passive forms ("menangkap",
    "ditangkap": "gkap"; "mencapai kesepakatan" is not "sepakat")."""
    return text[event.trigger[0] : event.trigger[1]].casefold().split()[-1][-_STEM_END:]


class _RepeatKey(NamedTuple):
    """What two mentions of one happening share (`merge_repeats`)."""

    event_type: str
    mode: str | None
    source: tuple[str, ...]
    recipient: tuple[str, ...]
    modality: frozenset[str]
    ongoing: bool


def _compatible(earlier: Event, event: Event) -> bool:
    """Dates and attributions that do not tell two mentions apart."""
    return (earlier.date is None or event.date is None or earlier.date == event.date) and (
        earlier.attribution is None or event.attribution is None or earlier.attribution.actor_id == event.attribution.actor_id)


def _missiles_near(tokens: list[Token], first: int, last: int, floor: int, ceiling: int) -> bool:
    """Whether missiles or rockets are what a verb of shooting down at `first`..`last` takes: within
    three words after it (active) or before it (passive)."""
    around = tokens[last + 1 : min(ceiling, last + 4)] if not tokens[first].folded.startswith("di") \
        else tokens[max(floor, first - 3) : first]
    return any(t.folded in _MISSILES for t in around)


def _sought(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether a word of seeking, proposing or discussing stands before the ceasefire's noun at
    `first` within its phrase, no punctuation between ("berupaya mencapai gencatan senjata"; not
    "Setelah negosiasi panjang, gencatan senjata mulai berlaku")."""
    for position in range(first - 1, max(floor, first - _SOUGHT_REACH) - 1, -1):
        if not tokens[position].is_word:
            return False
        if tokens[position].folded in _SOUGHT:
            return True
    return False


def _one_trip(earlier: Event, event: Event, text: str) -> bool:
    """Whether two visits dated on one day (at different precision, which `_compatible` keeps
    apart) are one trip: both named by a word of travel or arrival ("akan melakukan perjalanan ke
    Korea Utara pada Selasa" and "akan tiba pada Selasa malam"; not an arrival at dawn and the talks
    later that day), and not told apart by their attributions."""
    return earlier.mode == event.mode == "visit" and bool(earlier.date) and bool(event.date) \
        and earlier.date[:10] == event.date[:10] and len(earlier.date) >= 10 and all(
            _TRAVEL.intersection(text[e.trigger[0] : e.trigger[1]].casefold().split()) for e in (earlier, event)) \
        and (earlier.attribution is None or event.attribution is None
             or earlier.attribution.actor_id == event.attribution.actor_id)


def _named_at_last(kept: list[tuple[_RepeatKey, Event]], index: dict[_RepeatKey, list[Event]], key: _RepeatKey,
                   event: Event) -> Event | None:
    """The event kept before whose sources are only generic agents of the law ("polisi", "hakim") that
    ``event``, the same act on the same people with a compatible date, names as bodies of their state and
    sector (a court for judges; not a person): that event, its sources now the bodies, else None."""
    for position, (other, earlier) in enumerate(kept):
        if not (other.source and all(a.startswith("AGT:") for a in other.source) and key._replace(source=other.source) == other
                and _compatible(earlier, event) and _bodies_of_agents(event.source, earlier.source)):
            continue
        earlier.source = event.source  # (still found under its generic agents: "Sebelumnya, polisi menangkap X pada
        kept[position] = (key, earlier)  # Senin" dates it)
        index.setdefault(key, []).append(earlier)
        return earlier
    return None


def _bodies_of_agents(named: list[EventActor], agents: list[EventActor]) -> bool:
    """Whether ``named`` are bodies of each generic agent's state and sector, a court for the judges or
    the court and no court for the others ("polisi": Polsek Cimanggis; "hakim": Pengadilan Tipikor Jakarta)."""
    return all(any(not b.actor_id.startswith("PER:") and b.country == a.country and b.sector == a.sector
                   and bool(court_of(b.actor_id)) == _court_agent(a)
                   and ("kej" in b.actor_id.lower()) == (a.actor_id.rsplit(":", 1)[-1] in _PROSECUTOR_AGENTS)
                   for b in named) for a in agents)  # (prosecutors only for a prosecutors' office: "jaksa" is not KPK)


def _court_agent(agent: EventActor) -> bool:
    return agent.actor_id.rsplit(":", 1)[-1] in _COURT_WORDS


_PROSECUTOR_AGENTS = frozenset({"jaksa", "jpu", "kejaksaan", "penuntut umum", "jaksa penuntut umum"})


def _names_the_agents(named: list[EventActor], agents: list[EventActor]) -> bool:
    """Whether ``named`` holds no generic agent and an actor of each agent's state and sector (not
    a court: the judges are already read as it, and prosecutors are another party, "ujar jaksa")."""
    return not any(a.actor_id.startswith("AGT:") or court_of(a.actor_id) for a in named) and \
        all(any(b.country == a.country and b.sector == a.sector for b in named) for a in agents)


def _meetings_of_visits(events: list[Event]) -> None:
    """A meeting of two sides (both as source) in an article that reports one of them
    visiting the other's state at that time is part of that visit: the visitor is the source and
    the host the recipient ("Putin dan Kim bertemu" during Putin's visit to North Korea; a meeting
    in September 2023 goes with that month's visit, not the June 2024 one)."""
    visits = [(e.source[0].country, a.country, e.date, e.trigger[0], "historical" in e.context) for e in events
              if e.event_type == "CONSULT" and e.mode == "visit" and len(e.source) == 1 for a in e.recipient]
    for event in events:
        if event.event_type != "CONSULT" or event.mode is not None or event.recipient or len(event.source) != 2:
            continue
        one, other = event.source
        matches = [(guest, host, when, at, recalled) for guest, host in ((one, other), (other, one))
                   for g, h, when, at, recalled in visits
                   if guest.country != host.country and (g, h) == (guest.country, host.country)]
        if matches:  # (of visits that fit as well, one not recalled as past, then the one told nearest: the story's
            # visit, not an earlier one it recalls, "Prabowo pernah mengunjungi Seoul pada 2023")
            guest, host, *_ = min(matches, key=lambda match: (_visit_rank(match[2], event.date), match[4],
                                                              abs(match[3] - event.trigger[0])))
            event.source, event.recipient, event.mode = [guest], [host], "visit"


def _visit_rank(visit: str | None, meeting: str | None) -> int:
    """How well a visit's date fits a meeting's (lower is better): a visit dated at the meeting's
    time, one a prefix of the other at the shorter's precision ("2023-09" and "2023-09-13"), then an
    undated one, then one of another time ("2023-09" and "2024-06-18"; still the one, if alone: a
    visit of several days, "kunjungan ... pada 18 Juni", "bertemu pada 19 Juni")."""
    if not visit or not meeting:
        return 1
    size = min(len(visit), len(meeting))
    return 0 if visit[:size] == meeting[:size] else 2


def _mark_denied(events: list[Event]) -> None:
    """An alleged act of a state that the article reports that state denying, or that its
    own sentence reports denied, is also `denied`: "AS menuduh Korea Utara memasok senjata
    ... Korea Utara membantah tuduhan itu"."""
    deniers = {a.country for e in events if e.event_type == "REJECT" and "denied" in e.context for a in e.source if a.country}
    denying = {(e.evidence, a.country) for e in events if e.event_type == "REJECT" and "denied" in e.context
               for a in e.source if a.country}
    for event in events:
        if "alleged" in event.context and "denied" not in event.context and event.event_type != "REJECT" and \
                (any(a.country in deniers for a in event.source) or
                 any((event.evidence, a.country) in denying for a in event.source + event.recipient)):
            event.context.append("denied")  # (or denied in its own sentence by one it involves: "..., klaim yang
            # dibantah oleh militer Israel")


def _threats_after_stances(tokens: list[Token], events: list[Event]) -> None:
    """Give a threat without a recipient that "dan" joins to a criticism by the same source the
    criticism's target: "Sharif mengecam serangan India dan bersumpah akan membalas" (India)."""
    for event in events:
        if event.event_type != "THREATEN" or event.recipient:
            continue
        first = _index_at(tokens, event.trigger[0])
        before = first - 1
        while before > 0 and tokens[before].folded in PREVERBAL:
            before -= 1
        if tokens[before].folded != "dan" or not _bare_retaliation(
                tokens, first, _index_at(tokens, event.trigger[1]) - 1, _index_at(tokens, event.evidence[1])):
            continue  # (a threat that names its own act and object keeps to it: "... dan mengancam akan mengenakan
            # tarif pada barang impor")
        stance = next((e for e in reversed(events) if e.event_type == "DISAPPROVE" and e.recipient
                       and e.trigger[1] <= tokens[before].start and _ids(e.source) == _ids(event.source)), None)
        if stance is not None:
            event.recipient = list(stance.recipient)


def _call_on_parties(tokens: list[Token], events: list[Event]) -> list[Event]:
    """Give an event of CALLS_ON_PARTIES without a recipient the sides of the war its
    sentence names soon after its trigger ("atas perang Iran-Israel"), and drop it when
    there is none."""
    kept = []
    for event in events:
        if event.event_type in CALLS_ON_PARTIES and not event.recipient:
            wars = [e for e in events if e.ongoing and 0 < e.trigger[0] - event.trigger[1] <= _CALL_REACH
                    and _word_before(tokens, e.trigger[0]) in _ABOUT]
            if not wars:
                continue
            first = min(e.trigger[0] for e in wars)
            sides = {a.actor_id: a for e in wars if e.trigger[0] == first for a in e.source + e.recipient}
            event.recipient = [a for key, a in sides.items() if key not in {s.actor_id for s in event.source}]
            if not event.recipient:
                continue
        kept.append(event)
    return kept


def _verbal_attack(event: Event, text: str) -> Event:
    """A politician's attack on a named person, a party, a firm or an international body, with no
    weapon or injury named, is words, DISAPPROVE: "Trump kembali menyerang Gubernur Bank Sentral AS
    Jerome Powell" (a leader's attack on a state, an armed group or its people, or on people no one
    names, "seorang wartawan", stays force)."""
    if event.event_type not in ("FIGHT", "ASSAULT") or text[event.trigger[0] : event.trigger[1]].casefold() != _ATTACKS \
            or not event.source or not event.recipient or \
            not all(a.actor_id.startswith("PER:") and a.sector in ("GOV", "OPP") for a in event.source) or \
            not all((a.actor_id.startswith("PER:") and a.sector not in ("MIL", "OPP") or not _is_state(a) and (
                a.sector in _UNARMED or _PARTY.search(a.name))) and not a.actor_id.startswith("AGT:") for a in event.recipient) or \
            _FORCE_WORDS & set(re.findall(r"\w+", text[event.evidence[0] : event.evidence[1]].casefold())):
        return event
    return replace(event, event_type="DISAPPROVE", mode=None, context=[c for c in event.context if c != "military"])


def _absent_not_refusing(event: Event, text: str) -> bool:
    """Whether staying away from an examination refuses no summons: by no named person ("Ribuan siswa tidak hadir
    ..."), or from a health check ("tidak hadir pada pemeriksaan kesehatan")."""
    if event.event_type != "REJECT" or text[event.trigger[0] : event.trigger[1]].casefold() not in _ABSENT:
        return False
    return not event.source or not all(a.actor_id.startswith("PER:") for a in event.source) or \
        bool(_CHECK_UP.search(text, event.trigger[1], event.evidence[1]))


_ABSENT = frozenset({"tidak hadir", "tak hadir", "absen"})
_CHECK_UP = re.compile(r"\bpemeriksaan\s+(?:kesehatan|medis|fisik|mata|gigi)\b", re.IGNORECASE)


def _no_weapon_pointed(event: Event, text: str) -> bool:
    """Whether pointing told is no weapon pointed: with no weapon named in its sentence (`_HAND_WEAPONS`), or by a firm,
    a misread of its driver or staff ("sopir boks berlogo JNE itu menodongkan pistol")."""
    if text[event.trigger[0] : event.trigger[1]].casefold() not in _POINTING:
        return False
    return not _HAND_WEAPONS.search(text, event.evidence[0], event.evidence[1]) or bool(event.source) and \
        all(a.sector == "BUS" for a in event.source)


_POINTING = frozenset({"menodongkan", "menodongkannya", "menodong", "ditodong"})
# A weapon named in the sentence, without which pointing is pressing someone ("menodong pemerintah dengan syarat",
# "ditodong untuk memberikan sambutan", "menodong Menteri dengan pertanyaan").
_HAND_WEAPONS = re.compile(
    r"\b(?:senjata|pistol|senapan|revolver|pisau|celurit|clurit|golok|parang|badik|sajam|airsoft)\w*", re.IGNORECASE)


def _studied(event: Event, text: str) -> bool:
    """Whether an event is only the close study "mendalami" of someone who enforces no law ("Delegasi
    Indonesia mendalami pengalaman Jepang"; "KPK mendalami peran X", "Polisi masih mendalami motifnya"
    investigate)."""
    return text[event.trigger[0] : event.trigger[1]].casefold().removesuffix(_CLITIC) in _STUDYING and not any(
        law_body(a.actor_id) or a.actor_id.split(":")[-1] in _ENFORCING_AGENTS or a.actor_id.startswith("PER:")
        and a.sector == "GOV" for a in event.source)


def _hearing(event: Event, text: str) -> Event:
    """A legislature's summons is a hearing, CONSULT, not an examination: "Komisi III DPR memanggil
    pimpinan KPK untuk rapat dengar pendapat" (an inquiry committee's, "Pansus Hak Angket", stays one);
    a summons of a state's own forces as reserves is a call-up, MOBILIZE ("Israel memanggil puluhan
    ribu tentara cadangan"; not "memanggil mantan Direktur Komponen Cadangan Kemhan sebagai saksi")."""
    if event.event_type != "INVESTIGATE" or not event.source or \
            text[event.trigger[0] : event.trigger[1]].casefold() not in _HEARINGS:
        return event
    if event.recipient and all(a.actor_id.startswith("AGT:") and a.sector == "MIL" for a in event.recipient) and \
            text[max(a.end for a in event.recipient):].lstrip().casefold().startswith(_RESERVES):
        return replace(event, event_type="MOBILIZE", mode=None, recipient=[])
    if not all(_LEGISLATURE & set(re.split(r"[:-]", a.actor_id.casefold())) for a in event.source) or \
            _INQUIRY in text[event.evidence[0] : event.evidence[1]].casefold():
        return event
    return replace(event, event_type="CONSULT", mode=None)


def _sports_discipline(event: Event) -> bool:
    """Whether an event is a sports body's charge, inquiry or sanction of a person (a player, a referee): the
    game's own discipline, not a political act ("FA mendakwa wasit Mark Holloway"). What such a body
    says of states stays coded ("PFA mengutuk serangan Israel")."""
    return event.event_type in _DISCIPLINE and bool(event.source) and bool(event.recipient) \
        and all(_SPORTS_BODY.search(a.name) for a in event.source) and all(a.actor_id.startswith("PER:") for a in event.recipient)


def _sports_matter(event: Event, states: list[int]) -> bool:
    """Whether every actor of an event is a sports body and its sentence names no state: the game's
    own business ("BWF menyetujui permintaan PBSI", "FIFA dan AFC bertemu"), no political act (but
    "PFA menyerukan kepada FIFA untuk bertindak terhadap serangan Israel" is one)."""
    return bool(event.source) and all(_SPORTS_BODY.search(a.name) for a in event.source + event.recipient) and \
        not any(event.evidence[0] <= start < event.evidence[1] for start in states)


# Acts a state's own government or forces cannot do to the state itself.
_AGAINST_OTHERS = frozenset({"FIGHT", "ASSAULT", "COERCE", "INVESTIGATE", "THREATEN", "SANCTION"})
_ENVOY_CHARS = 20  # how far before a state's name its envoy's title may stand
_JOINT_FORCE = re.compile(r"\b(?:gabungan|aparat|tim|pasukan|personel|satgas|petugas)\s+\Z", re.IGNORECASE)
_JOINT_CHARS = 12


def _not_on_own_state(events: list[Event], text: str) -> list[Event]:
    """Events with a hostile or enforcing act of a state's government or forces on that state,
    named as itself, taken out of their recipients ("operasi militer Rusia di Kursk" is no attack
    of Russia's forces on Russia; "KPK mengusut dugaan korupsi ... di Indonesia" examines no
    state; but one of its envoys, "mantan duta besar RI", may be examined); an event left with
    no recipient goes."""
    kept = []
    for event in events:
        countries = {a.country for a in event.source}
        if event.event_type in _AGAINST_OTHERS and len(countries) == 1 and None not in countries and \
                all(a.sector in _STATE_SECTORS for a in event.source):
            own = [a for a in event.recipient if a.actor_id in countries and not _envoy_of(text, a.start)]
            if own:
                event.recipient = [a for a in event.recipient if a not in own]
                if not event.recipient and _civil_site_struck(event, text):
                    state = own[0]  # "Militer Myanmar menyerang sebuah desa di Sagaing": force on its own people
                    event.event_type, event.mode = "ASSAULT", None
                    event.recipient = [EventActor(*people_of(state.country), state.country, "CVL", state.start,
                                                  state.end)]
                if not event.recipient:
                    continue
        kept.append(event)
    return kept


def _civil_site_struck(event: Event, text: str) -> bool:
    """Whether a military strike's object is a civil site: a village, school, hospital, market, camp or
    place of worship within the three words after its trigger ("menyerang sebuah desa", "membom
    sekolah")."""
    return event.event_type in ("FIGHT", "ASSAULT") and all(a.sector == "MIL" for a in event.source) and \
        bool(_CIVIL_SITES & set(_WORD_RUN.findall(text[event.trigger[1] : event.evidence[1]].casefold())[:3]))


_CIVIL_SITES = frozenset({"desa", "kampung", "sekolah", "rumah", "permukiman", "pemukiman", "pasar", "masjid", "gereja",
                          "kamp", "biara", "vihara", "pagoda"})


def _one_force(sides: list[EventActor], text: str) -> bool:
    """Whether two sides are organs of one state written as one force with a hyphen after a word of a
    joint force ("Pasukan gabungan TNI-Polri ... setelah baku tembak": the joint force is one side of
    the firefight; but "Bentrokan TNI-Polri di Sorong" is a clash between the two)."""
    first, second = sorted(sides, key=lambda a: a.start)
    return first.country is not None and first.country == second.country and \
        all(a.sector in _STATE_SECTORS and a.actor_id != a.country for a in sides) and \
        text[first.end : second.start] == "-" and \
        _JOINT_FORCE.search(text, max(0, first.start - _JOINT_CHARS), first.start) is not None


def _envoy_of(text: str, start: int) -> bool:
    """Whether the state named at ``start`` stands for its envoy named right before it ("duta besar RI")."""
    before = text[max(0, start - _ENVOY_CHARS) : start].casefold()
    return any(title in before for title in _ENVOY_TITLES)


def _complete_targets(events: list[Event], text: str) -> list[Event]:
    """Give an event of OPEN_TARGETS without a recipient the one state its source's state
    fights elsewhere in the article (in either direction), and drop it when there is no
    such single opponent; a state's or its forces' missile launch then is a show of force at no
    one (MOBILIZE: "Korea Utara meluncurkan rudal balistik pada Senin")."""
    opponents: dict[str, dict[str, EventActor]] = {}
    for event in events:
        if event.event_type in OPEN_TARGETS and event.recipient:
            for one in event.source:
                for other in event.recipient:
                    if one.country and other.country and one.country != other.country:
                        for side, opponent in ((one, other), (other, one)):
                            known = opponents.setdefault(side.country, {})
                            if opponent.country not in known or opponent.actor_id == opponent.country:
                                known[opponent.country] = opponent  # the state itself over its forces or people
    kept = []
    for event in events:
        if event.event_type in OPEN_TARGETS and not event.recipient:
            sides = {a.country for a in event.source}
            found = opponents.get(next(iter(sides)), {}) if len(sides) == 1 else {}
            if len(found) != 1 and _launch(text, event) and all(_is_state(a) or _forces(a) for a in event.source):
                event.event_type, event.mode = "MOBILIZE", None
            elif len(found) != 1:
                continue
            else:
                event.recipient = list(found.values())
        kept.append(event)
    return kept


def _launch(text: str, event: Event) -> bool:
    """Whether an event's trigger launches missiles ("meluncurkan rudal balistik", "menembakkan misil") that
    nothing after it says hit or struck anyone, nor intercepted ("rudal pencegat"; "Rudal itu menghantam kota
    Haifa", "Serangan itu menewaskan 20 warga": an attack whose target is left to the reader)."""
    words = text[event.trigger[0] : event.trigger[1]].casefold().split()
    following = _WORD_RUN.findall(text[event.trigger[1] : event.trigger[1] + _LAUNCH_AFTERMATH_CHARS].casefold())
    return len(words) > 1 and words[0] in _LAUNCHES and words[1] in _MISSILE_WORDS and \
        not (following[:1] and following[0] in _INTERCEPTORS) and \
        _HARM_DONE.search(text, event.trigger[1], event.trigger[1] + _LAUNCH_AFTERMATH_CHARS) is None and \
        not _STRIKE_NAMED.search(text, event.trigger[1], event.trigger[1] + _LAUNCH_AFTERMATH_CHARS)


_LAUNCHES = frozenset({"meluncurkan", "menembakkan"})
_MISSILE_WORDS = frozenset({"rudal", "misil"})
_INTERCEPTORS = frozenset({"pencegat", "penangkis"})
_LAUNCH_AFTERMATH_CHARS = 300  # how far after a launch its harm or its strike may be told
_STRIKE_NAMED = re.compile(r"\bserangan\b", re.IGNORECASE)


def _one_sided_wars(events: list[Event], wars: tuple[War, ...], dct: str | None) -> list[Event]:
    """A war named between two sides ("perang Iran-Israel", "konflik antara Israel dan Iran",
    coded both ways by its trigger) is one side's alone, as the labels code it: the side that
    began it, if the patterns' `[[wars]]` list a war of the two at the time (the event's
    date, else the article's), even where the article reports more strikes the other way
    (Iran's missiles in a story of the Israel-Iran war); else, when the article's attacks and
    killings between the two run more often one way (mutual ones, "saling serang", count
    both ways), that side's; otherwise both directions stay. A trade war ("perang dagang
    AS-China", SANCTION) is the listed side's that began it."""
    directed: Counter[tuple[str, str]] = Counter()
    for event in events:  # (not arrests or executions of the other side's spies, nor acts only planned or denied)
        if (event.event_type == "FIGHT" or event.event_type == "ASSAULT" and event.mode != "execute") and \
                not event.ongoing and not _UNREAL & set(event.context):
            directed.update((one.country, other.country) for one in event.source for other in event.recipient
                            if one.country and other.country and one.country != other.country)
    waged = {(event.trigger, one.country, other.country) for event in events if event.ongoing
             for one in event.source for other in event.recipient}
    kept = []
    for event in events:
        if event.ongoing and event.event_type in ("FIGHT", "SANCTION"):
            pairs = [(one.country, other.country) for one in event.source for other in event.recipient]
            listed = tuple(war for war in wars if war.act == event.event_type)
            if pairs and all((event.trigger, b, a) in waged and _wages(
                    b, a, directed if event.event_type == "FIGHT" else Counter(), listed, event.date or dct) for a, b in pairs):
                continue  # the war's other direction
        kept.append(event)
    return kept


def _wages(side: str, other: str, directed: Counter, wars: tuple[War, ...], when: str | None) -> bool:
    """Whether ``side`` rather than ``other`` wages a war named between them: a listed war it
    began against ``other`` (and none the other way) went on at ``when``, or, when no listed war
    tells, the article's acts of force run more often its way (not for a trade war)."""
    began, begun = _began(side, other, wars, when), _began(other, side, wars, when)
    if began != begun:
        return began
    if directed[(side, other)] != directed[(other, side)]:
        return directed[(side, other)] > directed[(other, side)]
    return False


def _unowned_weapons(arguments: Arguments, first: int, floor: int) -> bool:
    """Whether the subject of the verb at `first` is weapons no one is named to own, opening
    the clause: "Salah satu rudal menghantam ...", "Drone-drone itu menghantam ...", "Lima roket
    menghantam ..." (not "Rudal Iran menghantam ...", whose owner is the subject's own)."""
    tokens = arguments.tokens
    position = first - 1
    while position >= floor and tokens[position].folded in PREVERBAL | _ANAPHORIC:
        position -= 1
    weapons = position
    while position >= floor and (tokens[position].folded in _WEAPONS or tokens[position].text == "-"):
        position -= 1
    if position == weapons or tokens[position + 1].folded not in _WEAPONS:
        return False
    while position >= floor and (tokens[position].folded in _ONE_OF or tokens[position].folded in _COUNTS
                                 or arguments.in_quantity(position)):
        position -= 1
    return position < floor or tokens[position].text == ","


def _armed_agent(arguments: Arguments, position: int, ceiling: int) -> tuple[int, list] | None:
    """The state or force named right after the weapons a passive attack names as its agent
    without "oleh": "dihantam rudal Iran", "diserang drone Israel"; when a relative clause
    names who fired or dropped them, that one: "dihantam bom Amerika yang dijatuhkan jet tempur Israel"."""
    index = position
    while index < ceiling and arguments.tokens[index].folded in _WEAPONS:
        index += 1
    if index == position:
        return None
    maker = arguments.group_starting_at(index, ceiling)
    after = maker[0] + 1 if maker is not None else index
    if after + 2 < ceiling and arguments.tokens[after].folded == "yang" and arguments.tokens[after + 1].folded in _FIRED:
        user = after + 3 if arguments.tokens[after + 2].folded == "oleh" else after + 2
        return arguments.group_starting_at(user, ceiling) or _armed_agent(arguments, user, ceiling) or maker
    return maker


def _beside(tokens: list[Token], start: int, end: int) -> bool:
    """Whether words in tokens[start:end] put the place after them beside, not at, what is
    struck: "di lepas pantai Yaman", "di perbatasan Lebanon"."""
    return any(t.folded in _NEAR_PLACES for t in tokens[start:end])


def _struck_place(arguments: Arguments, floor: int, first: int) -> list:
    """The place after "di" in the subject of a passive attack that names no actor of its own,
    as its target ("Sebuah gedung di Tel Aviv dihantam rudal Iran"); not a place beside it
    ("Sebuah gedung di sekitar Tel Aviv ...")."""
    place = arguments.after_preposition(frozenset({"di"}), floor, first, window=first - floor)
    return [] if place is None or _beside(arguments.tokens, place[0] + 1, place[2][0].first) else place[2]


def _began(side: str, other: str, wars: tuple[War, ...], when: str | None) -> bool:
    """Whether a listed war that ``side`` began against ``other`` went on at ``when`` (a
    TIMEX value; None: unknown, so no)."""
    interval = value_interval(when[:10]) if when else None
    return interval is not None and any(
        war.began_by == side and war.against == other and war.since <= interval[1] and (war.until is None or interval[0] <= war.until)
        for war in wars)


HOME = "IDN"
_TRAVELLERS = frozenset({"jemaah"})  # generic agents who are Indonesians abroad unless a state is named
# Generic agents who are foreigners wherever they are, so no place or setting gives them a
# state: "turis" stranded in Israel are not Israelis, "WNA" in Bali not Indonesians.
_FOREIGNERS = frozenset({"turis", "wisatawan", "wisman", "turis asing", "wisatawan asing", "wisatawan mancanegara",
                         "wna", "warga negara asing", "warga asing", "orang asing", "ekspatriat"})


def _home(actors: list[EventActor], arguments: Arguments, sentence: _Sentence) -> list[EventActor]:
    """A generic agent of unknown country belongs to the state where the article is set
    (`Arguments.setting`; Indonesia when it names none) when its sentence names no other
    state or actor of one ("pasukan Israel"); otherwise its country stays unknown.
    Pilgrims are abroad by definition: in Indonesian news they are Indonesians, wherever
    the story is set ("jemaah" in Mecca). So does a person of unknown country whose title is
    a suspect's or a defendant's ("terdakwa Harvey Moeis") or whom the law acts on ("KPK
    menangkap Hasto Kristiyanto": `Arguments.proposed_people`)."""
    suspects = arguments.suspects()
    if not any(a.actor_id.startswith("AGT:?:") or a.country is None and a.actor_id in suspects for a in actors):
        return actors
    actors = [_placed([a], HOME)[0] if a.actor_id.split(":")[-1] in _TRAVELLERS else a for a in actors]
    home = arguments.setting or HOME
    officers = all(a.sector in ("GOV", "MIL") for a in actors if a.actor_id.startswith("AGT:?:"))
    foreign = any(
        actor.country not in (None, home, "IGO") and actor.sector != "MED"
        and not (officers and actor.sector == "CVL" and actor.actor_id.startswith(("GRP:", "AGT:")))
        for first in range(sentence.first, sentence.last)
        if (unit := arguments.at_first.get(first)) is not None for actor in unit.actors
    )  # (foreigners the home police act on leave the police home: "Polisi menangkap dua WN China di Jakarta")
    if foreign:
        return actors
    return [EventActor(a.actor_id, a.name, home, a.sector, a.start, a.end) if a.country is None and a.actor_id in suspects
            else a for a in _placed(actors, home)]


def _home_government(actors: list[EventActor], others: list[EventActor]) -> list[EventActor]:
    """A bare "pemerintah" that the story's setting gave the state the other side is, is Indonesia's: a
    government does not act on its own state ("Pemerintah menolak permintaan Amerika Serikat" in a story set
    by its tariffs, "Pemerintah mengenakan tarif terhadap baja asal China")."""
    states = {a.country for a in others if _is_state(a)} - {HOME}
    return [EventActor(f"AGT:{HOME}:GOV:{a.actor_id.split(':')[-1]}", a.name, HOME, a.sector, a.start, a.end)
            if a.actor_id.startswith("AGT:") and a.sector == "GOV" and a.actor_id.split(":")[-1] in _GOVERNMENTS
            and a.country in states else a for a in actors]


def _prosecutor(actor: EventActor) -> bool:
    """A prosecutor or a prosecuting body: "jaksa", the Attorney General's Office, a
    prosecutors' office ("Kejati", "Kejari"), the KPK."""
    name = actor.actor_id.lower()
    return name.split(":")[-1] in _PROSECUTORS or name in ("idn:kejagung", "idn:kpk") or \
        any(word in name for word in ("kejaksaan", "kejati", "kejari"))


def _struck_genitive(arguments: Arguments, first: int, last: int, genitive: tuple[int, list[Unit]]) -> bool:
    """Whether the actor after a pe-...-an noun of violence is what it strikes, not who strikes:
    civilians ("penembakan warga sipil") or a post or base of theirs ("penyerangan pos TNI";
    not "serangan Israel", "penyerangan Israel")."""
    tokens = arguments.tokens
    word = tokens[first].folded
    if not (word.startswith("pe") and word.endswith("an")) or first != last:
        return False
    start = genitive[1][0].first
    if arguments.after_preposition(_AGAINST, genitive[0] + 1, len(tokens), window=2) is not None:
        return False  # "Penyerangan warga terhadap pos polisi": the people attack, what follows is struck
    return any(tokens[k].folded in _STRUCK_SITES for k in range(last + 1, start)) or all(
        a.sector == "CVL" for unit in genitive[1] for a in unit.actors)


def _named_as_place(arguments: Arguments, tokens: list[Token], actor: EventActor) -> bool:
    """Whether an event actor is named by a place below a state ("Barcelona" for Spain)."""
    unit = arguments.at_first.get(_index_at(tokens, actor.start))
    return unit is not None and all(a.type == "LOC" for a in unit.actors)


_DEMAND_NOUN = "tuntutan"  # a prosecutor's, on a defendant, asks for a sentence: "Tuntutan jaksa terhadap terdakwa X"
_DEFENDANT_WORD = "terdakwa"
_ACCUSED = (_DEFENDANT_WORD, "tersangka")
_DEFENDANT = re.compile(rf"\b(?:{'|'.join(_ACCUSED)})\s+\Z", re.IGNORECASE)


def _defendants(recipient: list[EventActor], text: str) -> bool:
    """Whether every recipient is named as a defendant or a suspect ("terdakwa Harvey Moeis", "terdakwa")."""
    return bool(recipient) and all(a.actor_id.split(":")[-1] in _ACCUSED or
                                   _DEFENDANT.search(text, max(0, a.start - 12), a.start) or
                                   text[a.start : a.end].casefold().startswith(_ACCUSED) for a in recipient)


def _welcomed_act(tokens: list[Token], start: int, ceiling: int) -> bool:
    """Whether what is welcomed from token `start` on, past words of manner ("hangat"), is an act, a decision,
    a call or a deal, not a guest."""
    while start < ceiling and tokens[start].folded in _WARM_WORDS:
        start += 1
    return start < ceiling and (tokens[start].folded in _DOERS_NAMED or tokens[start].folded in _REFERRED_DEALS)


_WARM_WORDS = _WELCOMED_HOW | {"baik", "positif", "gembira", "sangat"}  # how a welcome is given


def _met_with(tokens: list[Token], start: int, ceiling: int) -> bool:
    """Whether what is welcomed from token `start` on is met with something other than warmth: "menyambut keputusan
    IAEA dengan kecaman keras" (not "dengan baik", "dengan antusias")."""
    position = next((k for k in range(start, min(ceiling, start + _MET_WITH_REACH)) if tokens[k].folded == _WITH), None)
    return position is not None and position + 1 < ceiling and tokens[position + 1].folded not in _WARM_WORDS


_MET_WITH_REACH = 10  # tokens from what is welcomed to the "dengan" of a reply
_WHERE = frozenset({"di", "ke", "dari"})  # before a place where things are
_ADMIRES = frozenset({"kagum", "mengagumi"})
_IN_CONFLICT = "berkonflik"
_ROW_OVER = frozenset({"soal", "terkait", "mengenai", "tentang", "perihal"})  # a row over a matter
_ROW_REACH = 8  # tokens after the verb within which the matter of a row is named
_GRANTS = frozenset({"memenuhi", "mengabulkan", "menuruti"})  # meeting a demand or a request
_REQUEST = "permintaan"  # also a market's demand


def _defendant_named(arguments: Arguments, start: int, ceiling: int) -> list[EventActor]:
    """The people named right after the first "terdakwa" within a prosecution's reach from `start`."""
    tokens = arguments.tokens
    accused = next((k for k in range(start, min(ceiling, start + _SENTENCE_WINDOW)) if tokens[k].folded == _DEFENDANT_WORD),
                   None)
    return arguments.event_actors(arguments.people_listed(accused + 1, ceiling)) if accused is not None else []


def _prosecuted(tokens: list[Token], first: int, last: int, ceiling: int) -> bool:
    """Whether a demand at ``first``..``last`` is the prosecution's: "menuntut"/"dituntut" and a sentence or
    a verdict of guilt asked for after it ("menuntut X dengan hukuman 12 tahun penjara", "dituntut pidana
    penjara", "menuntut agar terdakwa dinyatakan ... bersalah"; not "menolak pleidoi terdakwa yang mengaku tidak
    bersalah")."""
    window = tokens[last + 1 : min(ceiling, last + 1 + _SENTENCE_WINDOW)]
    return tokens[first].folded in _PROSECUTING and (
        any(t.folded in _SENTENCES for t in window)
        or any(t.folded == _GUILTY and _DECLARED & {u.folded for u in window[:k]} and window[k - 1].folded not in _NOT_TO
               for k, t in enumerate(window) if k)
        or last + 1 < ceiling and tokens[last + 1].folded in _SENTENCE_DEGREES)


def _sentence_follows(tokens: list[Token], last: int, ceiling: int) -> bool:
    """Whether a passive prosecution at ``last`` names its sentence right after it ("dituntut pidana penjara",
    "dituntut 20 tahun penjara", "dituntut hukuman mati", "dituntut ringan"; not "dituntut menyelesaikan
    laporan ... jika tidak dijatuhi hukuman": required to)."""
    if tokens[last].folded not in _PROSECUTING or last + 1 >= ceiling:
        return False
    following = tokens[last + 1].folded
    return following in _SENTENCES or following in _SENTENCE_DEGREES or following.isdigit() or \
        number_value(following) is not None and last + 2 < ceiling and tokens[last + 2].folded in _SENTENCE_UNITS


def _foreign_named(arguments: Arguments, floor: int, ceiling: int) -> bool:
    """Whether a sentence names a state other than home (a trial abroad: "di Kuala Lumpur, Malaysia, ... dituntut")."""
    return any(a.type == "GPE" and a.country not in (None, HOME) for unit in arguments.at_first.values()
               if floor <= unit.first < ceiling for a in unit.actors)


def _home_prosecutors(arguments: Arguments, tokens: list[Token], first: int, named: bool = True) -> list[EventActor]:
    """The prosecutor of a trial at home: the one person the story names with a trial prosecutor's title,
    also after the prosecution ("... dituntut pidana penjara ... Jaksa Penuntut Umum X mengatakan ..."), else
    (or without ``named``) the prosecutors as a generic agent, on the span of the word at ``first``."""
    if not arguments.home_trial():
        return []
    prosecutor = arguments.only_titled(PROSECUTOR_WORDS) if named else None
    return [prosecutor] if prosecutor is not None else [
        EventActor(f"AGT:{HOME}:GOV:{_PROSECUTOR_AGENT}", "prosecutors", HOME, "GOV", tokens[first].start, tokens[first].end)]


def _titled_prosecutor(arguments: Arguments, actor: EventActor) -> bool:
    """A person whose title, in the few words before the name or as the article states it, is a
    prosecutor's ("Jaksa KPK Wawan Yunarwanto"; a quote's speaker: '"...," kata jaksa Rina Wulandari')."""
    if not actor.actor_id.startswith("PER:"):
        return False
    if _PROSECUTOR_TITLES.intersection((arguments.role_of(actor.actor_id) or "").casefold().split()):
        return True
    tokens = arguments.tokens
    at = bisect_left(tokens, actor.start, key=lambda token: token.start)
    position = at - 1
    while position >= max(0, at - _TITLE_REACH) and (
            tokens[position].text[:1].isupper() or tokens[position].folded in _PROSECUTOR_TITLES):  # the title's words
        if tokens[position].folded in _PROSECUTOR_TITLES:
            return True
        position -= 1
    return False


def _armed_one(tokens: list[Token], index: int, floor: int) -> bool:
    """Whether the words right before token ``index`` make the person there a member of an armed
    group or a terror suspect ("anggota KKB berinisial EK", "terduga teroris berinisial AB")."""
    return any(t.folded in _ARMED_GROUP_WORDS for t in tokens[max(floor, index - _ARMED_WORDS) : index])


def _repression(source: list[EventActor], recipient: list[EventActor]) -> bool:
    """Force by a state's civil bodies (the police), not the state or its military, on its
    own civilians (also people the press names by initials): repression (COERCE), not war."""
    countries = {a.country for a in source + recipient} - {None}
    return bool(source and recipient) and len(countries) <= 1 and \
        all(a.sector == "GOV" and a.actor_id != a.country for a in source) and \
        all(a.sector == "CVL" or a.actor_id.startswith(INITIALS) for a in recipient)


def _domestic_measure(source: list[EventActor], recipient: list[EventActor]) -> bool:
    """A ban, an expulsion or a freeze a state's bodies impose on people or firms (no state,
    government or military among the targets, none of another state; foreigners of no
    state named count: "Israel melarang jurnalis asing masuk ke Gaza"): an administrative
    restriction (COERCE), not a sanction between states."""
    countries = {a.country for a in source + recipient} - {None}
    return bool(source and recipient) and len(countries) <= 1 and not any(map(_is_state, recipient)) and \
        all(a.sector not in ("GOV", "MIL", "IGO") for a in recipient)


def _own_government(recipient: list[EventActor], source: list[EventActor]) -> list[EventActor]:
    """"pemerintah" with no state named, addressed by an Indonesian person or body, is
    Indonesia's government ("PKS meminta pemerintah ...")."""
    if not source or any(a.country != HOME for a in source) or any(map(_is_state, source)):
        return recipient  # (a foreign ambassador in Jakarta thanking "pemerintah" means Indonesia's)
    return [_placed([a], HOME)[0] if a.actor_id.startswith("AGT:?:GOV:") else a for a in recipient]


def _placed(actors: list[EventActor], country: str, sector: str | None = None) -> list[EventActor]:
    """Generic agents of unknown country (of ``sector``, if given) given ``country``;
    foreigners ("turis", "WNA") keep theirs unknown."""
    return [EventActor(a.actor_id.replace("AGT:?:", f"AGT:{country}:"), a.name, country, a.sector, a.start, a.end)
            if a.actor_id.startswith("AGT:?:") and sector in (None, a.sector)
            and a.actor_id.split(":")[-1] not in _FOREIGNERS else a for a in actors]


def _people_of_place(recipient: list[EventActor], source: list[EventActor], country: str | None) -> list[EventActor]:
    """Civilians and firms of unknown country struck at a place of another state than the
    striker's are that place's ("menembaki warga di Jalur Gaza", "sanksi terhadap sejumlah
    perusahaan di Hong Kong")."""
    if country is None or country in {a.country for a in source}:
        return recipient
    return _placed(_placed(recipient, country, "CVL"), country, "BUS")


def _is_state(actor: EventActor) -> bool:
    return actor.actor_id == actor.country


def _visitors_and_hosts(source: list[EventActor], recipient: list[EventActor]) -> tuple[list, list]:
    """The roles of a visit: coming home, or an occasion at home, is none (no state of the
    visitors' own is visited), and a host among those attending is the host ("Putin dan Kim
    menghadiri upacara di Pyongyang": Putin visits Kim)."""
    home = {a.country for a in source}
    if len(home) == 1:
        recipient = [a for a in recipient if not (_is_state(a) and a.country in home)]
    hosting = {a.country for a in recipient if _is_state(a)}
    hosts = [a for a in source if a.country in hosting]
    if hosts and len(hosts) < len(source):
        return [a for a in source if a.country not in hosting], hosts
    return source, recipient


def _other_states(recipient: list[EventActor], source: list[EventActor], pact: bool = False) -> list[EventActor]:
    """A person's or body's own state is no recipient beside another ("Xi ... kerja sama
    antara kedua negara", China and Russia: Xi cooperates with Russia). For a pact
    whose recipients are all the sources' own states, none ("kedua pemimpin menandatangani
    deklarasi kemitraan antara Indonesia dan Rusia": the leaders sign together)."""
    own = {a.country for a in source if not _is_state(a)}
    kept = [a for a in recipient if not (_is_state(a) and a.country in own)]
    if pact and not kept and len(own) > 1:
        return []
    return kept if kept and len(kept) < len(recipient) else recipient


def _helper_of_own(arguments: Arguments, recipient: list[EventActor]) -> EventActor | None:
    """Who helps civilians of one state when the text names no one: that state's
    government body the article names most."""
    countries = {a.country for a in recipient}
    if not recipient or not all(_civilians(a) for a in recipient) or len(countries) != 1 or None in countries:
        return None
    return arguments.main_body(next(iter(countries)))


def _as_civilians(recipient: list[EventActor], source: list[EventActor]) -> list[EventActor]:
    """Citizens of another state than the attacker's, as a target of force, are named
    civilians ("warga Palestina" shot by Israeli tanks: Palestine civilians)."""
    sides = {a.country for a in source}
    return [replace(a, name=a.name[: -len(_CITIZENS)] + "civilians")
            if a.sector == "CVL" and a.name.endswith(_CITIZENS) and a.country not in sides else a for a in recipient]


def _outsider(arguments: Arguments, first: int, floor: int, sides: list[EventActor]) -> bool:
    """Whether a war named as a noun is what the clause's subject, no side of it, acts in
    ("terlibat dalam perang Israel-Iran"; not a war hoped or feared: "berharap tidak ada perang ...")."""
    if first == 0 or arguments.tokens[first - 1].folded not in _IN_WAR:
        return False
    subject = arguments.subject(first, floor)
    if subject is None:
        return False
    countries = {a.country for a in sides}
    return not any(a.country in countries for unit in subject[1] for a in unit.actors)


def _passive_agent(arguments: Arguments, last: int, ceiling: int, armed: bool) -> list:
    """The agent of a passive verb ending at `last`: after "oleh", or the group right after it,
    past a quantity and "pihak" ("dikritik ribuan warga", "ditangkap pihak kepolisian"); with
    `armed`, also armed men named by their weapons (`_armed_agent`)."""
    agent = arguments.after_preposition(_BY, last + 1, ceiling)
    if agent:
        units = agent[2]
        if len(units) >= 2 and relation_before(arguments.tokens, units[0].first) and \
                arguments.tokens[units[1].first - 1].text == ",":
            return units[1:]  # "dibantah oleh kuasa hukum Nadiem Makarim, Hotman Paris": the lawyer, not his client
            # (or lawyers: "oleh kuasa hukum Hasto, Ronny Talapessy dan Maqdir Ismail")
        return units
    tokens = arguments.tokens
    start = _past_manner(tokens, last + 1, ceiling)  # "dikecam keras China", "didukung penuh Indonesia", "dikritik
    # secara terbuka KontraS", "diserang habis-habisan Rusia": how it was done, then who did it
    counted = arguments.after_quantity(start, ceiling)  # "dihantam puluhan drone Rusia"
    if counted + 1 < ceiling and arguments.tokens[counted].folded == PARTY:
        counted += 1  # "ditangkap pihak kepolisian": the police
    counted = arguments.past_members(counted, ceiling)  # "ditangkap anggota Polres Garut": the Polres
    direct = arguments.group_starting_at(counted, ceiling) or (_armed_agent(arguments, counted, ceiling) if armed else None)
    return direct[1] if direct else []


def _killer(arguments: Arguments, first: int, floor: int) -> list:
    """Who kills or hurts people in an act named after "dalam", "dengan", "lewat" or "melalui": the subject of
    the verb of killing before it ("Israel menewaskan 40 orang dalam serangan di Gaza")."""
    tokens = arguments.tokens
    if first - 1 <= floor or tokens[first - 1].folded not in _IN_ACT:
        return []
    verb = next((p for p in range(first - 2, max(floor, first - _KILLER_REACH) - 1, -1) if tokens[p].folded in _HURTING), None)
    subject = arguments.subject(verb, floor) if verb is not None else None
    return subject[1] if subject else []


def _hurt_before(tokens: list[Token], first: int, floor: int) -> int | None:
    """The word before the act that reports people killed or hurt by it, linked by a
    preposition ("30 orang tewas akibat tembakan ...", "tewas dalam tiga serangan")."""
    for position in range(first - 1, max(floor, first - _CASUALTY_REACH) - 1, -1):
        word = tokens[position].folded
        if word in _CLAUSE_ENDS:
            return None
        if word in _HURT and _CASUALTY_LINKS.intersection(t.folded for t in tokens[position + 1 : first]):
            return position
    return None


def _named_dead(arguments: Arguments, first: int, floor: int, source: list[EventActor]) -> list[EventActor]:
    """The named people or forces an attack killed or hurt, the subject of the word that says so
    before it ("Komandan IRGC Hossein Salami tewas dalam serangan Israel"), when they are of a
    state other than the attacker's."""
    tokens = arguments.tokens
    position = _hurt_before(tokens, first, floor)
    closing = position is not None and position - 1 > floor and tokens[position - 1].text == ","
    # (past the comma that closes an apposition: "Kepala Staf Angkatan Bersenjata Iran, Ali Shadmani, tewas ...")
    subject = arguments.subject(position - 1 if closing else position, floor) if position is not None else None
    if subject is None:
        return []
    named = subject[1][0].first
    while (title := arguments.at_last.get(named - 1)) is not None and title.actors == subject[1][0].actors:
        named = title.first  # past the title: "Komandan IRGC Hossein Salami"
    opens = named == floor or tokens[named - 1].text in QUOTES_AND_OPENERS | {","} or arguments.in_quantity(named - 1) \
        or tokens[named - 1].folded in _DEAD_COUNTS or number_value(tokens[named - 1].folded) is not None
    if not opens or relation_before(tokens, named) or tokens[named].folded in _AIDES or \
            any(t.folded not in _DIED_ADVERBS for t in tokens[subject[1][-1].last + 1 : position - closing]):
        return []  # the clause's subject right before the word: not "Pengawal Ali Khamenei terluka", "Seorang jurnalis
        # yang meliput kunjungan Netanyahu terluka", "Rumah Hossein Salami hancur dan ajudannya tewas"
    own = {a.country for a in source}
    dead = arguments.event_actors(subject[1])
    if not dead or any(a.country in (None, "IGO") or a.country in own or a.actor_id.startswith("LOC:") for a in dead):
        return []
    return dead


def _casualties(tokens: list[Token], first: int, last: int, floor: int, ceiling: int) -> tuple[int, int] | None:
    """The offsets of the word that reports people killed or hurt by the act: before it
    (`_hurt_before`), or in a relative clause after it ("serangan yang menewaskan 19 orang")."""
    if (position := _hurt_before(tokens, first, floor)) is not None:
        return tokens[position].start, tokens[position].end
    for position in range(last + 1, min(ceiling, last + 1 + _CASUALTY_REACH)):
        word = tokens[position].folded
        if word in _CLAUSE_ENDS:
            break
        if word in _HURTING and any(t.folded == "yang" for t in tokens[last + 1 : position]):
            return tokens[position].start, tokens[position].end
    return None


def _long_after(tokens: list[Token], first: int, floor: int) -> tuple[int | None, str, tuple[int, int]] | None:
    """How long before the news the trigger's clause lies, when it opens with a count of
    months or years and "setelah": "sembilan bulan setelah Putin menjamu Kim" is (9,
    "bulan", the offsets of "sembilan bulan setelah"); the count is None when vague
    ("beberapa tahun setelah")."""
    for position in range(first - 1, max(floor, first - _MODAL_WINDOW) - 1, -1):
        word = tokens[position].folded
        if word in _AFTER:
            unit = tokens[position - 1].folded if position - 1 >= floor else ""
            if unit in _COUNTED_UNITS:
                return *_COUNTED_UNITS[unit], (tokens[position - 1].start, tokens[position].end)
            count = tokens[position - 2].folded if position - 2 >= floor else ""
            if unit not in _LONG_UNITS:
                return None
            if count == "-" and position - 3 >= floor and tokens[position - 3].folded in _MANY_UNITS:
                count = "beberapa"
            number = int(count) if count.isdigit() else _COUNTS.get(count)
            if number is None and count not in _VAGUE_COUNTS:
                return None
            return number, unit, (tokens[position - 2].start, tokens[position].end)
        if word in LEFT_BOUNDARIES:
            return None
    return None


def _before_news(dct_start, count: int | None, unit: str) -> str | None:
    """The month (or year) a counted span of months (or years) before the article's date."""
    if dct_start is None or count is None or unit == "dekade":
        return None
    if unit == "tahun":
        return f"{dct_start.year - count:04d}"
    months = dct_start.year * 12 + dct_start.month - 1 - count
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _clause_verb_between(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a clause's own verb stands in tokens[start:end]: a me- or di- verb, light ones too
    ("yang diduga melakukan pencurian itu ditangkap"), or a ber- or ter- verb ("yang diduga terlibat ...")."""
    return any((_VERB.fullmatch(t.folded) or _STATE_VERB.fullmatch(t.folded)) and t.folded not in _NOT_STATE_VERBS
               for t in tokens[start:end])


def _passive_between(arguments: Arguments, start: int, end: int) -> bool:
    """Whether a passive verb that no "yang" introduces stands in tokens[start:end] (the
    predicate of the phrase before it)."""
    tokens = arguments.tokens
    return any(tokens[k].folded.startswith("di") and arguments.is_verb(k) and (k == start or tokens[k - 1].folded != "yang")
               for k in range(start, end))


def _verb_between(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a verb other than a light verb stands in tokens[start:end] (in lower case: not a name's word,
    "Komisi Nasional Disabilitas", "Menteri Sosial")."""
    return any(_VERB.fullmatch(t.folded) and t.text[:1].islower() and t.folded not in LIGHT_VERBS
               for t in tokens[start:end])


_DOUBLE_QUOTES = frozenset({'"', "“", "”"})
# Whom a quote is said to as the press: "kata X kepada wartawan", "kepada kantor berita Reuters".
_PRESS = frozenset({"wartawan", "awak", "media", "jurnalis", "reporter", "kantor", "stasiun", "surat", "televisi"})


def _quote_end(tokens: list[Token], floor: int, first: int, ceiling: int) -> int:
    """Where the quoted speech that holds the trigger at ``first`` closes (its arguments are
    in it: '"Kami siap berunding," kata X dalam percakapan dengan Y' is no talk with Y), else
    ``ceiling``."""
    marks = [p for p in range(floor, first) if tokens[p].text in _DOUBLE_QUOTES]
    opened = bool(marks) and (tokens[marks[-1]].text == "“" or tokens[marks[-1]].text == '"' and len(marks) % 2 == 1)
    closing = next((p for p in range(first + 1, ceiling) if tokens[p].text in {'"', "”"}), None)
    # (speech ends with its punctuation inside the quote; a word in scare quotes does not: 'melanjutkan "serangan"
    # terhadap ketua the Fed')
    if not opened or closing is None or tokens[closing - 1].text not in {",", ".", "!", "?"}:
        return ceiling
    attribution = tokens[closing + 1 : min(ceiling, closing + 1 + _ATTRIBUTION_WORDS)]
    addressed = _addressed(attribution) and any(t.folded in SPEAKER_WORDS for t in attribution)
    return ceiling if addressed else closing  # ('"Kami akan terus mendukung," kata Putin kepada Xi': said to Xi)


def _aims_of_attack_before(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether a verb of targeting at ``first`` goes on from an attack named before it, after "yang" or a
    comma: "serangan Israel, yang menargetkan ...", "melancarkan serangan udara pada 13 Juni, menargetkan
    ..." (not past a day set off after the subject: "Sebagai balasan atas serangan Iran, Israel, Sabtu
    (14/6), menargetkan ...")."""
    if first <= floor or tokens[first - 1].folded not in _SAYS_WHAT_IT_AIMS_AT:
        return False
    if tokens[first - 1].text == ",":
        opening = next((p for p in range(first - 2, floor - 1, -1) if tokens[p].text == ","), None)
        if opening is not None and all(_day_word(t) or not t.is_word for t in tokens[opening + 1 : first - 1]):
            return False
    return bool(_ATTACK_NOUNS & {t.folded for t in tokens[floor:first]})


# Words that end what an attack aims at and open another clause: "menargetkan kawasan permukiman, sementara Zelensky
# bertemu ...", "..., setelah perundingan nuklir ... gagal".
_AIM_ENDS = _BUT | _OTHER_TIME_CLAUSES | {"sementara", "ketika", "saat", "meski", "meskipun", "walaupun", "kata", "ujar"}


def _aim_after(tokens: list[Token], last: int, ceiling: int) -> int | None:
    """The token after the verb of targeting that goes on, after "yang" or a comma, from an act ending at token
    ``last``, if its sentence has one before another clause: "serangan udara ke Iran, menargetkan ..." (not
    "menyerang kapal Houthi, sementara Iran yang menargetkan ...", "..., dan Zelensky yang menargetkan ...")."""
    for position in range(last + 1, ceiling):
        if tokens[position].folded in _AIM_ENDS or tokens[position].folded == "dan" and tokens[position - 1].text == ",":
            return None
        if tokens[position].folded in TARGETING and tokens[position - 1].folded in _SAYS_WHAT_IT_AIMS_AT:
            return position + 1
    return None


def _clause_words(tokens: list[Token], first: int, floor: int, ceiling: int) -> set[str]:
    """The words of the clause a trigger at ``first`` stands in: between the commas around it, and not past
    a concessive clause after it ("... meski ada ancaman sanksi")."""
    start = next((p + 1 for p in range(first - 1, floor - 1, -1) if tokens[p].text in (",", ";")), floor)
    end = next((p for p in range(first + 1, ceiling) if tokens[p].text in (",", ";") or tokens[p].folded in _CONCESSIVE),
               ceiling)
    return {t.folded for t in tokens[start:end]}


def _day_word(token: Token) -> bool:
    """Whether a token opens the day said after an attribution (", Senin (16/6)", ", 17/6")."""
    return token.folded in WEEKDAYS or token.text[:1].isdigit()


_PASSIVE_AGENT_WORDS = 2  # tokens from a passive verb to its agent ("disalurkan oleh BNPB")


def _aided_in_theme(arguments: Arguments, theme: int, first: int, to: frozenset[str]) -> list[EventActor]:
    """Whom aid is for, named after a preposition of the pattern (`to`: "untuk", "bagi", "kepada") in the phrase of
    aid that opens at token `theme` and ends before the passive verb at `first`: "Bantuan kemanusiaan seberat 50 ton
    untuk warga Gaza dikirimkan ..."."""
    tokens = arguments.tokens
    preposition = next((k for k in range(theme + 1, first - 1) if tokens[k].folded in to), None)
    group = arguments.group_starting_at(preposition + 1, first) if preposition is not None else None
    return arguments.event_actors(group[1]) if group is not None else []


def _after_last_comma(tokens: list[Token], floor: int, end: int) -> int:
    """The token after the last comma in tokens[floor:end], else ``floor``: where the clause
    holding token ``end`` opens (a comma glued to both neighbours is a number's: "Rp1,2 miliar")."""
    return max([floor] + [p + 1 for p in range(floor, end) if tokens[p].text == "," and not (
        floor < p < len(tokens) - 1 and tokens[p - 1].end == tokens[p].start and tokens[p].end == tokens[p + 1].start)])


def _cargo_subject(tokens: list[Token], floor: int, source: int) -> bool:
    """Whether the clause of the actor at token ``source`` opens with goods ("Paket bantuan Jepang ...
    tiba"; not "Membawa bantuan kemanusiaan, Presiden Prabowo tiba ...", whose clause opens after the comma)."""
    opening = _after_last_comma(tokens, floor, source)
    return any(t.folded in _CARGO for t in tokens[opening : min(source, opening + 2)])


def _speaker_at(speakers: list[tuple[int, EventActor]], tokens: list[Token], first: int) -> EventActor | None:
    """The speaker whose words hold the trigger at token ``first``: the last one named for
    the whole sentence, by a verb of saying before it, or after it in a clause of its own
    ("Iran harus menghentikan pengayaan, Trump menegaskan"); not the subject of a later verb
    of saying before whom the trigger stands in that subject's own clause ("PBB menyelidiki
    dugaan kejahatan perang Israel dan akan melaporkan temuannya": the UN calls nothing a
    war crime)."""
    return next((speaker for position, speaker in reversed(speakers)
                 if position <= first or speaker.start > tokens[first].start), None)


def _addressed(attribution: list[Token]) -> bool:
    """Whether an attribution ("kata X kepada Y") is said to someone other than the press."""
    return any(t.folded == "kepada" and (k + 1 == len(attribution) or attribution[k + 1].folded not in _PRESS)
               for k, t in enumerate(attribution))


def _attribution_tail(tokens: list[Token], last: int, ceiling: int) -> int:
    """Where an unquoted clause's arguments end when a comma after its trigger at ``last``
    opens who says it (", kata polisi kepada wartawan", ", menurut laporan Reuters", ", seperti
    dilaporkan Antara"): the press it is told to is no party ("Ribuan mahasiswa berunjuk rasa
    ..., kata polisi kepada wartawan"); one it is said to is ("..., kata Putin kepada Xi")."""
    for comma in range(last + 1, ceiling - 1):
        if tokens[comma].text != ",":
            continue
        if opens_attribution(tokens, comma + 1):
            attribution = tokens[comma + 1 : min(ceiling, comma + 1 + _ATTRIBUTION_WORDS)]
            closing = next((k for k in range(comma + 2, min(ceiling, comma + 1 + _ATTRIBUTION_WORDS)) if tokens[k].text == ","),
                           None)
            if closing is not None and closing + 1 < ceiling and not _day_word(tokens[closing + 1]):
                return ceiling  # set off in mid-clause, which goes on: "Rusia menyerang, kata Zelensky, lebih dari 20 kota"
            return ceiling if _addressed(attribution) else comma
    return ceiling


def _after_quote(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the verb at ``first`` follows a comma (or "!", "?") and a closing quote ('...,"
    kecam X'), not an opening one ('X berkata, "Mendukung Israel ...')."""
    if first - 2 < floor or tokens[first - 2].text not in {",", "!", "?"}:
        return False
    mark = tokens[first - 1].text
    return mark == "”" or mark == '"' and sum(t.text == '"' for t in tokens[floor:first]) % 2 == 0


_VERDICT_VERBS = frozenset({"memvonis", "divonis", "menjatuhkan", "dijatuhi"})
# The nouns of a court's or a prosecutor's act named again, and the first words of the triggers of that act ("Vonis itu
# dibacakan ..." after "divonis"; not after "menuntut" or "menahan": `_court_act_named`).
_COURT_ACTS = {"vonis": _VERDICT_VERBS, "putusan": _VERDICT_VERBS, "tuntutan": _PROSECUTING,
               "dakwaan": frozenset({"mendakwa", "didakwa"})}
_ACQUITTED = frozenset({"bebas", "lepas"})


def _acquitted(tokens: list[Token], end: int, ceiling: int) -> bool:
    """Whether the verdict on the one named up to character ``end`` frees them ("... Tannur bebas dari segala dakwaan")."""
    after = _index_at(tokens, end)
    return after < ceiling and tokens[after].text in _ACQUITTED  # (lower case: "terdakwa Bebas Sitorus" is a name)


# Words that open a clause of time before the main one, whose passive then befalls the main clause's subject.
_TIME_OPENERS = frozenset({"setelah", "usai", "seusai", "sesudah", "selesai"})
_BEFALLING = frozenset({"COERCE", "INVESTIGATE", "FIGHT", "ASSAULT", "DISAPPROVE", "THREATEN"})  # (not "Setelah disetujui
# Presiden, Menteri Keuangan mengumumkan ...": what was approved is no minister)
_FRONTED_WORDS = 16  # tokens from such a passive to the comma that closes its clause at most


def _fronted_clause_subject(arguments: Arguments, first: int, ceiling: int) -> tuple[int, list[EventActor]] | None:
    """(the comma that closes a fronted clause of time whose passive verb is at ``first``, the subject
    of the main clause after it): "Setelah diperiksa ..., Kepala Dinas PUPR Topan Ginting langsung ditahan"."""
    tokens = arguments.tokens
    comma = next((k for k in range(first + 1, min(ceiling, first + _FRONTED_WORDS)) if tokens[k].text == ","), None)
    if comma is None:
        return None
    start = comma + 1
    while start < ceiling and (tokens[start].folded in _DETERMINERS or tokens[start].folded in _PHRASE_FILLERS
                               or tokens[start].text[:1].isdigit()):
        start += 1  # "Setelah ditangkap polisi, kedua tersangka ...", "..., ribuan warga Palestina mengungsi"
    found = arguments.group_starting_at(start, ceiling)
    return (comma, arguments.event_actors(found[1])) if found is not None else None


# Troops taking part in a war ("keterlibatan pasukan X dalam operasi militer Rusia"): the war's owner is
# named right after it, not after these words (its place, its foe).
_TAKING_PART = frozenset({"partisipasi", "keterlibatan", "keikutsertaan"})
_NOT_THE_WARS_OWNER = frozenset({"di", "ke", "melawan", "terhadap", "dengan"})
# Verbs of discussing: their object is the matter, the party follows "dengan" or "bersama".
_DISCUSSING = frozenset({"membahas", "mendiskusikan", "membicarakan"})
_MATTER_WORDS = 12  # words of the matter discussed before "dengan" at most
_CALLS = frozenset({"telepon", "video", "daring", "virtual"})
# words before "dengan" a relation noun may stand ("hubungan Indonesia dengan", "kerja sama pertahanan dengan")
_RELATION_WORDS = 3
_RELATIONS = frozenset({"kerja", "sama", "hubungan", "konflik", "sengketa", "perang", "dagang", "perundingan", "negosiasi",
                        "perdamaian", "perjanjian", "kesepakatan", "kemitraan", "ketegangan", "persaingan", "perbatasan"})
# Words that make a summit named after them the place of another act.
_ASIDE = frozenset({"sela", "sela-sela"})  # "di sela(-sela)": on the sidelines of
_SETTING = frozenset({"di", "dalam"})
_MEETING_VERBS = frozenset({"bertemu", "menemui", "berbicara", "berbincang", "berunding", "bertatap", "berjabat"})
_SETTING_REACH = 10  # tokens back from the preposition to the verb of meeting


def _backdrop(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the meeting noun at ``first`` is the setting of another meeting: "di sela-sela KTT APEC", or
    after "di" or "dalam" past a verb of meeting ("Macron bertemu Carney dalam KTT G7"), not an event its
    sentence reports ("Isu Laut China Selatan dibahas dalam KTT ASEAN", "ikut serta dalam KTT ASEAN")."""
    before = first - 1
    while before > floor and tokens[before].text == "-":
        before -= 1
    if before < floor:
        return False
    if tokens[before].folded in _ASIDE:
        return True
    return tokens[before].folded in _SETTING and any(
        tokens[k].folded in _MEETING_VERBS for k in range(max(floor, before - _SETTING_REACH), before))


# Bare verbs of a stance or a threat that close a sentence with their speaker.
_BARE_SAYINGS = frozenset({"ancam", "kecam", "desak", "kritik", "tuding", "tuduh", "sindir", "tegur", "tantang"})
_VICTIMS_PREPOSITIONS = frozenset({"terhadap", "di", "ke", "dari", "atas", "kepada"})


def _saying_after_clause(arguments: Arguments, first: int, last: int, floor: int, ceiling: int) -> bool:
    """Whether a bare verb after a comma closes its sentence with its speaker, as a quote's verb does
    without the quote marks: "Jika Hamas tidak membebaskan sandera, Israel akan melanjutkan
    operasinya, ancam Menteri Pertahanan Israel Katz" (Katz threatens; he is not threatened)."""
    tokens = arguments.tokens
    if first - 1 <= floor or tokens[first - 1].text != "," or tokens[first].text not in _BARE_SAYINGS:
        return False
    found = arguments.group_starting_at(last + 1, ceiling)
    return found is not None and (found[0] + 1 >= ceiling or tokens[found[0] + 1].text in (".", "!", "?"))


def _quote_roles(arguments: Arguments, first: int, last: int, floor: int,
                 ceiling: int) -> tuple[list[EventActor], list[EventActor]] | None:
    """The speaker named right after a quote's verb, and the first actor of another state
    than the speaker's that the quote before it names (None when either is missing)."""
    found = arguments.group_starting_at(last + 1, ceiling)
    speakers = arguments.event_actors(found[1])[:1] if found is not None else []
    if not speakers:
        return None
    [speaker] = speakers
    tokens = arguments.tokens
    opened = max((p + 1 for p in range(floor, first - 2) if tokens[p].text in _DOUBLE_QUOTES), default=floor)
    opening = max((p + 1 for p in range(opened, first - 2) if tokens[p].folded in TURNS), default=opened)
    for position in range(opening, first - 2):  # (after "tetapi" when the quote turns: "Kami berterima kasih
        # kepada China, tetapi Israel harus dihukum," kecam Araghchi)
        unit = arguments.at_first.get(position)
        if unit is None:
            continue
        named = [a for a in arguments.event_actors([unit]) if a.actor_id != speaker.actor_id and a.country is not None
                 and (speaker.country is None or a.country != speaker.country)]
        if named:
            return [speaker], named[:1]
    return None


def _tie_partner(arguments: Arguments, last: int, ceiling: int, source: list[EventActor]) -> list[EventActor]:
    """The one party of another state that the ties a speaker highlights hold, the speaker's own state being
    the other or unnamed ("menyoroti eratnya hubungan Indonesia dengan Arab Saudi": Saudi Arabia); none when
    the ties are between two others."""
    own = {a.country for a in source}
    named = [unit for k in range(last + 1, min(ceiling, last + 1 + _TIE_REACH)) if (unit := arguments.at_first.get(k))]
    parties = [u for u in named if u.actors[0].country and u.actors[0].type in ("GPE", "ORG", "PER")]
    others = [u for u in parties if u.actors[0].country not in own]
    if len({u.actors[0].country for u in others}) != 1 or len(parties) - len(others) > 1:
        return []
    return arguments.event_actors(others[:1])


def _led_to(arguments: Arguments, last: int, ceiling: int) -> list[EventActor]:
    """Where a delegation or a mission one leads goes: the state or place after "ke" ("memimpin delegasi
    pengusaha ke Mesir"); none for a summit or a meeting (its own noun codes it), a peace mission (a
    deployment) or no place named."""
    tokens = arguments.tokens
    if any(t.folded in _NOT_VISITS for t in tokens[last + 1 : ceiling]):
        return []
    to = next((k for k in range(last + 1, min(ceiling, last + 1 + _LED_REACH)) if tokens[k].folded == "ke"), None)
    found = arguments.group_starting_at(to + 1, ceiling, companions=False) if to is not None and to + 1 < ceiling else None
    if found is None or not all(a.type in ("GPE", "LOC") or a.actor_id == a.country for u in found[1] for a in u.actors):
        return []
    return arguments.event_actors(found[1])


def _part_examined(arguments: Arguments, last: int, ceiling: int) -> list[EventActor]:
    """The person or body whose part in a case an investigation looks into, named after "peran"
    or "keterlibatan", past a word of topic ("KPK mendalami soal peran Budi dalam kasus
    suap itu"); none when no actor is so named."""
    tokens, position = arguments.tokens, last + 1
    while position < min(ceiling, last + 1 + _TOPIC_WORDS) and tokens[position].folded in _ABOUT_WORDS:
        position += 1
    if position + 1 >= ceiling or tokens[position].folded not in _PART_NOUNS:
        return []
    found = arguments.group_starting_at(position + 1, ceiling, companions=False)
    if found is None:  # (a name only the recogniser found: what the law acts on)
        return arguments.event_actors(arguments.proposed_people(position + 1))
    return arguments.event_actors(found[1]) if all(a.type in ("PER", "ORG") for u in found[1] for a in u.actors) else []


def _enforcement_asked(arguments: Arguments, last: int, ceiling: int, recipient: list[EventActor]) -> list[EventActor] | None:
    """The law asked to act when a call asks that people be dealt with by it ("meminta agar pelaku ancaman bom
    segera dikejar", "mendesak supaya para tersangka ditahan"): the body of law enforcement the article names
    near, else the police of the people's state, on the passive verb; None when the call is no such one."""
    tokens = arguments.tokens
    if last + 1 >= ceiling or tokens[last + 1].folded not in PURPOSES - {"untuk"} or not all(
            a.sector not in ("GOV", "MIL", "IGO") and a.actor_id != a.country for a in recipient):
        return None
    verb = next((k for k in range(last + 2, min(ceiling, last + 2 + _LAW_ASKED_REACH)) if tokens[k].folded in _LAW_PASSIVES),
                None)
    if verb is None or tokens[verb].start < recipient[-1].end:
        return None
    if verb + 2 < ceiling and tokens[verb + 1].folded == "oleh" and (named := arguments.at_first.get(verb + 2)) is not None:
        return arguments.event_actors([named])  # "meminta agar kasus itu segera diusut oleh Polres Bogor"
    country = recipient[0].country or HOME
    return arguments.law_body_near(last) or [
        EventActor(f"AGT:{country}:GOV:polisi", "police", country, "GOV", tokens[verb].start, tokens[verb].end)]


def _evacuation_ordered(arguments: Arguments, start: int, end: int, source: list[EventActor]) -> bool:
    """Whether the words from ``start`` ask for leaving an area, not negated ("untuk tidak
    meninggalkan Gaza") and not the asker's own land, which is an expulsion ("memerintahkan
    imigran Afghanistan meninggalkan Iran")."""
    tokens = arguments.tokens
    leave = next((p for p in range(start, end) if tokens[p].folded in _EVACUATE), None)
    if leave is None or any(tokens[p].folded in _NOT_TO or tokens[p].folded == "yang" for p in range(start, leave)):
        return False  # (not the civilians' own leaving, "warga Suriah yang mengungsi di Turki untuk kembali")
    own = {a.country for a in source}
    place = arguments.group_starting_at(leave + 1, min(len(tokens), leave + 4)) if leave + 1 < len(tokens) else None
    return place is None or not any(a.country in own for unit in place[1] for a in unit.actors)


def _met_before(tokens: list[Token], first: int, floor: int, signer: EventActor, earlier: list[Event]) -> list[EventActor]:
    """Whom the signer met in the clause a signing verb at ``first`` is joined to by a coordinator
    ("bertemu Presiden Prancis Emmanuel Macron di Istana Merdeka dan menandatangani ..."), else nothing."""
    position = first - 1
    while position > floor and tokens[position].folded in PREVERBAL:
        position -= 1
    if position <= floor or tokens[position].folded not in COORDINATORS:
        return []
    for e in reversed(earlier):
        if e.event_type == "CONSULT" and e.recipient and tokens[floor].start <= e.trigger[0] < tokens[position].start:
            for side, other in ((e.source, e.recipient), (e.recipient, e.source)):  # (the signer may be the host
                if [a.actor_id for a in side] == [signer.actor_id]:  # of a meeting coded as the other's visit)
                    return list(other)
    return []


_URGES = "mendorong"  # urging, or a cause driving an act ("Kenaikan harga BBM mendorong mahasiswa untuk berunjuk rasa")
# Directives that ask (not order) for an act: the act asked for is no event of its own.
_APPEALS_FOR_ACTS = frozenset({"meminta", "mendesak", "mengimbau", "menyerukan", "mendorong", "menuntut", "memohon",
                               "mengharapkan",
                               "mengajak", "menyarankan", "menganjurkan", "merekomendasikan", "mengingatkan", "mewanti",
                               "diminta", "didesak", "diimbau", "dituntut"})


def _welfare(tokens: list[Token], floor: int, ceiling: int) -> bool:
    """Whether a clause speaks of welfare: wage subsidies, social aid, cheap markets (not the
    ministry's name: "Kementerian Sosial")."""
    return any(tokens[k].folded in _WELFARE or k > floor and (tokens[k - 1].folded, tokens[k].folded) in _WELFARE_PHRASES
               for k in range(floor, ceiling))


def _of_court(actor: EventActor, arguments: Arguments) -> bool:
    """Whether an event's actor is a court or a judge: a named court, the generic court or judges, or a person
    whose title makes them a judge."""
    return court_of(actor.actor_id) or actor.actor_id.split(":")[-1] in _COURT_WORDS or arguments.judge(actor.actor_id)


def _crime_told(tokens: list[Token], first: int, ceiling: int) -> bool:
    """Whether a word of crime ("pelaku", "kasus", "narkoba") stands within `_CRIME_REACH` tokens before token
    `first`, or after it in its sentence."""
    return any(t.folded in _CRIME_WORDS for t in tokens[max(0, first - _CRIME_REACH) : ceiling])


def _state_seizure(event_type: str, mode: str | None, source: list[EventActor]) -> bool:
    """Whether an act is goods seized by the state, which names no owner when it has none to name:
    "Polisi menyita 2 kilogram sabu", "KKP menggagalkan penyelundupan benih lobster"."""
    return (event_type, mode) == ("COERCE", "confiscate") and all(a.sector in ("GOV", "MIL") for a in source)


def _private_firm(actor: EventActor) -> bool:
    """Whether an actor is a private company or companies (the knowledge base's state-owned
    firms are their state's: `IDN:PERTAMINA`)."""
    return actor.actor_id.startswith("BUS:") or actor.actor_id.startswith("AGT:") and actor.sector == "BUS"


def _company_matter(actors: list[EventActor]) -> bool:
    """Whether actors are private companies, or firms of one state (its state enterprises too)."""
    return all(map(_private_firm, actors)) or all(a.sector == "BUS" for a in actors) and \
        len({a.country for a in actors} - {None}) <= 1


# Types that code dealings between actors, which between companies alone are their business, but for legal actions.
_DEALINGS = frozenset({"AGREE", "COOPERATE", "SUPPORT", "CONSULT", "DISAPPROVE"})
_LEGAL_ACTIONS = _COMPLAINTS | {"menggugat", "digugat", "gugatan", "somasi", "menyomasi", "disomasi"}


_TRADE_AND_FUNDS = frozenset({"tarif", "pembatasan", "pencairan", "mencairkan"})
_WELFARE = frozenset({"bansos", "subsidi", "bsu", "blt"})
_DISASTER = frozenset({"korban", "pengungsi", "bencana", "gempa", "banjir", "erupsi", "longsor", "kebakaran"})
_WELFARE_PHRASES = frozenset({("bantuan", "sosial"), ("pasar", "murah")})
_STATES_OF_THINGS = frozenset({"keadaan", "kondisi", "kesehatan"})
_BODILY = frozenset({"kesehatan", "fisik", "kejiwaan", "jenazah"})
# Words of praise and thanks, and the staff a body thanks.
_PRAISE = frozenset({"kasih", "apresiasi", "mengapresiasi", "penghargaan", "memuji", "pujian"})
_STAFF_NOUNS = frozenset({"karyawan", "pekerja", "pegawai", "buruh"})


def _of_a_firm(arguments: Arguments, tokens: list[Token], actor: EventActor) -> bool:
    """Whether a company's name follows a generic actor's noun, in its mention or right after it:
    "karyawan Pertamina"."""
    first, end = _index_at(tokens, actor.start), _index_at(tokens, actor.end)
    return any((unit := arguments.at_first.get(k)) is not None and all(a.sector == "BUS" for a in unit.actors)
               for k in range(first + 1, end + 1))


def _civil_agent(actor: EventActor, nouns: frozenset[str]) -> bool:
    """Whether an actor is a generic civilian agent named by one of `nouns` (`_KIN_AND_FOLK`:
    private people; `_PUBLIC`: the public at large)."""
    return actor.actor_id.startswith("AGT:") and actor.sector == "CVL" and actor.actor_id.split(":")[-1] in nouns


_HELD_OR_WRONGED = frozenset({"sandera", "disandera", "tawanan", "tahanan", "pelanggaran"})  # "keluarga sandera",
# "keluarga korban pelanggaran HAM": a political wrong's victims, right after the family noun
_HELD_REACH = 3
_KIN_AND_FOLK = frozenset({"keluarga", "istri", "suami", "istrinya", "suaminya", "anaknya", "pacarnya", "kekasihnya",
                           "tetangganya", "pria", "wanita", "perempuan", "lansia", "bocah", "remaja", "orang tua"})
_PUBLIC = frozenset({"warga", "penduduk", "rakyat", "publik", "warganet", "netizen"})
_RALLIES = frozenset({"demonstrasi", "demo", "unjuk", "aksi", "berdemo", "berdemonstrasi", "pawai", "long", "rally"})
_RALLY_PHRASES = frozenset({("turun", "ke", "jalan"), ("berkumpul", "di", "depan")})
# Words of a body's own staff ("jajarannya", "bawahannya", "stafnya", "personelnya") and the verbs of a command.
_STAFF = ("jajaran", "bawahan", "staf", "personel")
_BEFORE_ORDERED = frozenset({"para", "seluruh", "semua", "segenap", "kepada"})  # words before the ones ordered
_ORDERING = frozenset({"memerintahkan", "menginstruksikan", "menugaskan", "menugasi", "diperintahkan", "diinstruksikan"})


def _foreign_civilians(source: list[EventActor], recipient: list[EventActor]) -> bool:
    """Whether a state or its military addresses civilians of another state (all of one side)."""
    return bool(source and recipient) and all(_is_state(a) or a.sector == "MIL" for a in source) and all(
        a.sector == "CVL" and a.country is not None for a in recipient) and not (
        {a.country for a in source} & {a.country for a in recipient})


def _internal_order(tokens: list[Token], first: int, last: int, source: list[EventActor],
                    recipient: list[EventActor]) -> bool:
    """Whether an order or a request goes down one chain of command: to the source's own
    staff ("meminta jajarannya", "memerintahkan para stafnya"), or an order of a state's
    government to that state's forces or officials ("Trump memerintahkan militer AS", "Prabowo
    memerintahkan Menlu Sugiono", "Kemlu memerintahkan KBRI Teheran"; a request to them,
    "Anggota DPR meminta TNI ...", and a court's order, "MK memerintahkan KPU ...", stay demands)."""
    if not (source and recipient):
        return False
    following = [t.folded for t in tokens[last + 1 : last + 4] if t.folded not in _BEFORE_ORDERED]
    if following and (following[0].startswith(_STAFF) and following[0].endswith("nya") or following[:2] == ["anak", "buahnya"]):
        return True  # (not "mendesak jajaran Polri", another body's staff)
    countries = {a.country for a in source}
    return tokens[first].folded in _ORDERING and len(countries) == 1 and None not in countries and all(
        a.sector in ("GOV", "MIL") and not _court(a) for a in source) and all(
        a.country in countries and a.sector in ("GOV", "MIL") and not a.actor_id.startswith("AGT:") for a in recipient)


def _in_asked_clause(arguments: Arguments, first: int, floor: int) -> bool:
    """Whether the clause of the verb at token `first` is opened by "agar" or "supaya", past its
    subject, relative clauses and a contrast of the same clause (", melainkan"), and no comma,
    quote mark or other clause opener; not the verb of a relative clause inside it ("agar polisi yang
    menembak mahasiswa diadili": the shooting was done), nor one after "dan" and a subject of its own
    ("agar kasus itu diusut dan polisi kemudian menangkap ...")."""
    tokens = arguments.tokens
    position = first - 1
    while position >= floor and tokens[position].folded in PREVERBAL:
        position -= 1
    if position >= floor and tokens[position].folded == "yang":
        return False
    for position in range(first - 1, floor - 1, -1):
        word = tokens[position].folded
        if word in _ASKED_OPENERS:
            return True
        if word == "," and tokens[position + 1].folded != _CONTRAST or word in _QUOTE_MARKS or word in LEFT_BOUNDARIES \
                or word in LIST_ENDS and position + 1 in arguments.at_first:
            return False
    return False


_ASKED_OPENERS = _ASKING - {"jangan"}
_CONTRAST = "melainkan"  # "agar polisi tidak menunggu laporan, melainkan proaktif menyelidiki": still asked


def _asks(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a warning asks for an act: "agar", "supaya", "jangan" or "untuk tidak" follow."""
    return any(tokens[p].folded in _ASKING or (tokens[p].folded == "untuk" and p + 1 < len(tokens)
                                                and tokens[p + 1].folded in _NOT_TO) for p in range(start, end))


def _counted_subject(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether a count of people is the subject right before a passive at `first`, adverbs and "yang"
    aside: "Lima orang telah ditetapkan ...", "ada 21 orang yang ditetapkan ..."."""
    position = first - 1
    while position > floor and (tokens[position].folded in PREVERBAL or tokens[position].folded == "yang"):
        position -= 1
    return position > floor and tokens[position].folded == "orang" and is_count(tokens[position - 1])


def _as_role(tokens: list[Token], start: int, end: int, words: frozenset[str]) -> int | None:
    """The position of one of `words` given as a role ("sebagai tersangka", also quoted:
    'sebagai "ancaman terbesar"'), or said of an act referred back to ("menyebut sanksi itu ilegal"),
    in tokens[start:end]."""
    def given(p: int) -> bool:
        before = p - 1
        if before > start and tokens[before].text in QUOTES:
            before -= 1
        if before > start and tokens[before].folded in _ROLE_HEADS:  # "sebagai tindakan ilegal"
            before -= 1
        return before >= start and (tokens[before].folded == "sebagai" or tokens[before].folded in _ANAPHORIC
                                    and before - 1 >= start and tokens[before - 1].folded in _REFERRED_ACTS)

    return next((p for p in range(start + 1, end) if tokens[p].folded in words and given(p)), None)


_MENTIONS = "menyebut"  # the naming verb that also means "to mention"
_PAYS_BACK = "membalas"
_PROMISES = "berjanji"
# What one returns in kind, not strikes back at: "membalas kunjungan", "membalas surat", "membalas kebaikan".
_RETURNED_COURTESIES = frozenset({"kunjungan", "kunjungannya", "surat", "suratnya", "pesan", "pesannya", "ucapan",
                                  "sapaan", "kebaikan", "budi", "jasa", "kepercayaan", "dukungan", "cinta"})


def _needed(tokens: list[Token], start: int, end: int, words: frozenset[str]) -> int | None:
    """The position of the first of `words` (or phrases: "bahan bakar") in tokens[start:end], if any,
    not after a negator within a few words ("menilai KPU tidak melanggar aturan", "tidak pernah
    mengkhianati rakyat", "bukan lembaga yang tebang pilih", "tidak terbukti merugikan": no such judgement)."""
    phrases = _phrases(words)
    return next((position for position in range(start, end) if (tokens[position].folded in words
                 or any(tuple(t.folded for t in tokens[position : position + len(p)]) == p for p in phrases))
                 and not any(tokens[k].folded in _NEGATORS | _FAR_FROM for k in range(max(start, position - _NEGATED_REACH),
                                                                                     position))), None)


def _second_phrase(tokens: list[Token], cue: int, first: int) -> bool:
    """Whether the cue word at `cue` (a stance's verb, or its noun) takes an object named again that ends
    at "dan" or "serta" and a verb before the trigger at `first`: "membantah tudingan tersebut dan
    mengatakan ...", "menolak tuduhan tersebut dan berjanji ..." (not "membantah tudingan memasok senjata
    dan mengirim pasukan", "menuduh kelompok itu merusak ... dan menyerang ...", whose content covers both
    verbs)."""
    for k in range(cue, first - 1):
        if k > cue and _PHRASE_VERB.fullmatch(tokens[k].folded):
            return False
        if tokens[k].folded in _ANAPHORIC and tokens[k + 1].folded in LIST_ENDS and \
                _PHRASE_VERB.fullmatch(tokens[k + 2].folded):
            return True
    return False


_STANCE_CONTEXTS = frozenset({"denied", "alleged"})  # contexts a stance's own verb gives (`_second_phrase`)
_PHRASE_VERB = re.compile(r"(?:me|di|ber)[a-z]{3,}")  # a verb opening the phrase after "dan" (also "berjanji")


@lru_cache(maxsize=None)
def _phrases(words: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The entries of several words among `words`, each split into its words (once per set)."""
    return tuple(tuple(entry.split()) for entry in words if " " in entry)


def _topics_in(words: list[str], topics: dict[str, frozenset[str]]) -> set[str]:
    """The topics whose words or phrases occur in `words`; a word inside a phrase counts
    only for the phrase ("gencatan senjata" is diplomatic, not military), and a word
    counts with "-nya" too ("program nuklirnya")."""
    found: set[str] = set()
    covered: set[int] = set()
    for name, entries in topics.items():
        for entry in entries:
            if " " not in entry:
                continue
            parts = entry.split()
            for start in range(len(words) - len(parts) + 1):
                if words[start : start + len(parts)] == parts:
                    found.add(name)
                    covered.update(range(start, start + len(parts)))
    for index, word in enumerate(words):
        if index not in covered:
            found |= {name for name, entries in topics.items()
                      if word in entries or (word.endswith("nya") and word[:-3] in entries)}
    return found - {NO_TOPIC}  # (its phrases only keep their words from counting: "perdagangan orang")


def _unofficial(actors: list[EventActor]) -> bool:
    """Whether a side holds only civilians, firms or the press (no state, government, force or body of states)."""
    return bool(actors) and all(a.sector in _UNOFFICIAL for a in actors)


_UNOFFICIAL = frozenset({"CVL", "BUS", "MED"})
_ECONOMY = "economic"


def _self_directed(source: list[EventActor], recipient: list[EventActor]) -> bool:
    """Whether one side is a state and the other only its own military or its own officials
    (a state supporting its own military operation, a president praising his own state): one
    side, not two. Its bodies, firms and groups stay sides of their own ("DPR mendukung
    pemerintah Indonesia", "Muhammadiyah mendukung pemerintah Indonesia")."""
    for state_side, other in ((source, recipient), (recipient, source)):
        if len(state_side) == 1 and state_side[0].actor_id == state_side[0].country and other and \
                all(a.country == state_side[0].country and _state_organ(a) for a in other):
            return True
    return False


def _state_organ(actor: EventActor) -> bool:
    """A state's military, or one of its officials (a person of its government or military)."""
    return actor.sector == "MIL" or actor.sector == "GOV" and actor.actor_id.startswith("PER:")


def _deployment(tokens: list[Token], source: list[EventActor], recipient: list[EventActor], securing: bool,
                troops: bool) -> bool:
    """Whether forces sent by `source` are deployed rather than given: a state, its military, its
    leaders or its government (`_commands_forces`) sends them to a border or front ("ke perbatasan
    Ukraina", "ke perbatasan utara Suriah", "ke perbatasan dengan Lebanon"), or to no other state's
    side and to no civilians ("ke Timur Tengah"; "Trump mengerahkan Garda Nasional ke Los Angeles":
    its own state); or the police send their personnel to keep order among their own state's
    people (`securing`: "Polda mengerahkan 5.000 personel untuk mengamankan aksi buruh", a police
    deployment, not aid to the workers; but "... untuk mencari korban longsor" is aid)."""
    if not source:
        return False
    own = {a.country for a in source}
    if not all(_commands_forces(a, troops) for a in source):
        return securing and all(_POLICE.search(a.actor_id.lower()) for a in source) and None not in own and all(
            a.country in own for a in recipient)
    return any(_front_before(tokens, a.start) for a in recipient) or not any(
        a.country and a.country not in own or a.sector == "CVL" for a in recipient)


def _sent_subject(arguments: Arguments, subject: tuple[int, list], first: int, floor: int, sent: frozenset[str]) -> bool:
    """Whether the subject of a passive of sending at `first` is the forces or weapons sent: it
    opens its clause, past a quantity, with them ("Ribuan tentara Korea Utara dikirim ...",
    "Senjata buatan Iran dikirim ...") and runs into the verb ("Tentara Rusia yang terluka
    dikirim ke rumah sakit", "Tawanan perang tentara Ukraina dikirim ...", "Jenazah tentara
    Israel dikirim ...": no sending of forces)."""
    tokens = arguments.tokens
    position, named = subject[0] - 1, subject[1][0].actors[0].sector == "MIL"  # the forces' own name: "tentara Korea Utara"
    around = sent | _SENT_WORDS
    while position >= floor and (tokens[position].folded in around or arguments.in_quantity(position)):
        named = named or tokens[position].folded in sent
        position -= 1
    if not named or position >= floor and not (tokens[position].text in _CLAUSE_MARKS or tokens[position].folded in LIST_ENDS):
        return False  # something else heads the subject ("Tawanan perang tentara Ukraina", "Jenazah tentara Israel")
    end = max(unit.last for unit in subject[1]) + 1
    return all(t.folded in PREVERBAL for t in tokens[end:first])  # (not "Tentara Rusia yang terluka dikirim ...")


def _lowered(tokens: list[Token], last: int, ceiling: int) -> bool:
    """Whether a tariff a trigger at `last` names is said to fall right after it, before any
    number ("tarif impor untuk Indonesia turun menjadi 19 persen"): eased, not imposed."""
    for position in range(last + 1, min(ceiling, last + 1 + _LOWERED_REACH)):
        token = tokens[position]
        if token.text[:1].isdigit() or token.text == "," or token.folded in _NOT_THE_TARIFF:
            return False  # ("... terhadap Rusia sehingga produksi minyak turun": something else falls)
        if token.folded in _FALLING:
            return tokens[position - 1].folded not in _NEGATORS  # (not "tidak turun")
    return False


def _declared_ceasefire(event_type: str, source: list[EventActor], tokens: list[Token], first: int, floor: int) -> bool:
    """A ceasefire one side declares, with no other side named: its own retreat ("Junta Myanmar
    mengumumkan gencatan senjata sementara"; between two sides it is each side's)."""
    return event_type == "RETREAT" and tokens[first].folded == _CEASEFIRE and len(source) == 1 and \
        source[0].country not in (None, "IGO") and _noun_of(_DECLARING, tokens, first, floor) and not any(
            t.folded in _SAID_OF_IT for t in tokens[first + 2 : first + 2 + _SAID_REACH])
    # ("Hamas menyatakan gencatan senjata telah berakhir", "Qatar mengumumkan gencatan senjata akan dimulai": said of one)


def _backed(arguments: Arguments, last: int, actor: int) -> bool:
    """Whether the verb nearest before the actor at token `actor`, after a rally's trigger at
    `last`, backs it ("aksi bela Palestina", "unjuk rasa mendukung Iran dan mengutuk AS": Iran only)."""
    verb = next((p for p in range(actor - 1, last, -1) if arguments.tokens[p].folded in _BACKING or arguments.is_verb(p)), None)
    return verb is not None and arguments.tokens[verb].folded in _BACKING


def _securing(tokens: list[Token], last: int, ceiling: int, aims: frozenset[str] = _SECURING) -> bool:
    """Whether the first purpose after a trigger at `last` is keeping order ("untuk mengamankan
    ...", "guna pengamanan ...", "untuk membantu mengamankan ...", "untuk mengatur lalu lintas";
    not "untuk mencari korban ... dan mengamankan lokasi"), or another of `aims`."""
    purpose = next((p for p in range(last + 1, min(ceiling, last + 1 + _PURPOSE_REACH))
                    if tokens[p].folded in _AIMS), None)
    if purpose is None:
        return False
    aim = purpose + 1
    while aim < ceiling and tokens[aim].folded in _HELPING:
        aim += 1
    return aim < ceiling and tokens[aim].folded in aims


def _commands_forces(actor: EventActor, troops: bool) -> bool:
    """Whether an actor deploys its state's forces: the state or its military, or its leaders and
    government (a person in office, "pemerintah") when `troops` are sent ("Trump mengerahkan pasukan
    Garda Nasional"; not staff, "Menteri Sosial mengirim 50 personel Tagana": relief; nor a civil
    agency's, "Basarnas mengerahkan 150 personel")."""
    if actor.actor_id == actor.country or actor.sector == "MIL":
        return True
    government = actor.actor_id.startswith("PER:") or actor.actor_id.startswith("AGT:") and \
        actor.actor_id.rsplit(":", 1)[1] in _GOVERNMENTS
    return actor.sector == "GOV" and actor.country is not None and government and troops


def _military_staff(arguments: Arguments, theme: int | None) -> bool:
    """Whether the staff a verb sends are a military's: "personel TNI" (not "personel Tagana")."""
    unit = arguments.at_first.get(theme + 1) if theme is not None else None
    return unit is not None and any(a.sector == "MIL" for a in unit.actors)


def _help_of_the_sending(events: list[Event], tokens: list[Token]) -> list[Event]:
    """A sentence's events without the help that is the purpose of sending aid or forces told before it: "Korea
    Utara mengirim ribuan tentara ke Rusia untuk membantu pasukan Moskow" is one act of aid, to Russia (to the ones
    helped, when the sending only names a place of the sender's own state: "Mensos mengirim 50 personel Tagana ke
    Aceh untuk membantu korban banjir")."""
    kept: list[Event] = []
    for event in events:
        index = _index_at(tokens, event.trigger[0])
        sending = next((e for e in kept if e.event_type == "AID" and e.trigger[0] < event.trigger[0] and
                        {a.actor_id for a in e.source} == {a.actor_id for a in event.source}), None) \
            if event.event_type == "AID" and tokens[index].folded == _HELPS and index and \
            tokens[index - 1].folded in IN_ORDER_TO else None
        if sending is None:
            kept.append(event)
            continue
        own = {a.country for a in sending.source}
        if event.recipient and all(_is_state(a) and a.country in own for a in sending.recipient):
            sending.recipient = list(event.recipient)
    return kept


_HELPS = "membantu"


def _person_referred(arguments: Arguments, first: int, floor: int, source: list[EventActor]) -> list[EventActor]:
    """The person a clitic object ("memintanya") stands for: the last one named before the verb at ``first`` in its
    sentence who is not the verb's subject, else nobody."""
    own = {a.actor_id for a in source}
    for position in range(first - 1, floor - 1, -1):
        unit = arguments.at_last.get(position)
        if unit is not None and all(a.type == "PER" for a in unit.actors) and not own & {a.actor_id for a in unit.actors}:
            return arguments.event_actors([unit])
    return []


def _machine(actor: EventActor) -> bool:
    """Whether a generic agent names weapons or vehicles ("jet tempur", "kapal perang", "kendaraan lapis baja")."""
    noun = actor.actor_id.rsplit(":", 1)[1] if actor.actor_id.startswith("AGT:") else ""
    return noun.split(" ")[0].split("-")[0] in _MACHINES


_MACHINES = _WEAPONS | _VEHICLES | {"kendaraan"}  # the first words of agents that name weapons or vehicles


def _police_staff(arguments: Arguments, theme: int | None) -> bool:
    """Whether the staff a verb sends are the police's: "personel Brimob", "personel Polri"."""
    unit = arguments.at_first.get(theme + 1) if theme is not None else None
    return unit is not None and all(a.sector == "GOV" and _POLICE.search(a.actor_id.lower()) for a in unit.actors)


def _front_before(tokens: list[Token], position: int) -> bool:
    """Whether a border or front word stands right before character `position`, past a compass
    word or "dengan" ("perbatasan utara Suriah", "perbatasan dengan Lebanon")."""
    index = _index_at(tokens, position) - 1
    while index > 0 and (tokens[index].folded in _COMPASS or tokens[index].folded == _WITH):
        index -= 1
    return index >= 0 and tokens[index].folded in _FRONTS


def _own_state(units: list, source: list) -> bool:
    """Whether `units` name only the state of the source ("Trump melancarkan serangan udara AS":
    the United States is the attacker's own state, not the target)."""
    countries = {a.country for unit in source for a in unit.actors if a.country}
    named = [a for unit in units for a in unit.actors]
    return bool(named) and all(a.actor_id == a.country and a.country in countries for a in named)


def _owner_of_act(arguments: Arguments, last: int, floor: int, ceiling: int, source: list) -> Unit | None:
    """The actor an act's "-nya" stands for, right after a stance verb ("Korea Utara ... dekat
    dengan Rusia, mendukung operasi militernya"): the last actor named before it in its
    sentence that is not the stance's own source (a state, body or person, not a place)."""
    tokens = arguments.tokens
    if last + 2 >= ceiling or tokens[last].folded in _SELF_STANCES:
        return None  # "Netanyahu membela tindakannya": his own
    head, modifier = tokens[last + 1].folded, tokens[last + 2].folded
    on_head = head.endswith(_CLITIC) and head[: -len(_CLITIC)] in _OWNED_ACTS  # "mendukung langkahnya"
    on_modifier = head in _OWNED_ACTS and modifier.endswith(_CLITIC) and not modifier.startswith("se")  # "operasi militernya"
    end = last + 1 if on_head else last + 2  # (not an adverb: "langkah sepenuhnya")
    if not (on_head or on_modifier) or end + 1 < ceiling and tokens[end + 1].folded == _OWN:
        return None  # "keputusannya sendiri"
    own = {actor.actor_id for unit in source for actor in unit.actors}
    if source:  # not inside a phrase fronted before the source: "Dikritik Turki, Netanyahu mendukung ..."
        opening = min(unit.first for unit in source)
        floor = _after_last_comma(tokens, floor, opening)
    for position in range(last - 1, floor - 1, -1):
        unit = arguments.at_last.get(position)
        if unit is not None and unit.actors[0].type != "LOC" and not own & {a.actor_id for a in unit.actors}:
            return unit
    return None


def _sides_of_subject(arguments: Arguments, first: int, floor: int) -> tuple[int, list[Unit]] | None:
    """The two sides a subject about their relations names after "antara", when it provokes
    a stance: "Peningkatan kerja sama antara Rusia dan Korea Utara akan memicu kecaman dari
    AS" is criticism of both."""
    tokens = arguments.tokens
    opening = next((p for p in range(floor, first) if tokens[p].folded == "antara"), None)
    if opening is None:
        return None
    found = arguments.group_starting_at(opening + 1, first)
    return found if found is not None and len(found[1]) > 1 else None


def _thanked_for(arguments: Arguments, first: int, floor: int) -> tuple[list[Unit], list[Unit]] | None:
    """(the one thanked, the one thanking) when the noun at ``first`` is what someone is
    thanked for: "Zelensky berterima kasih kepada Jepang atas bantuan kemanusiaan" (Japan's
    aid to Zelensky), "menyampaikan apresiasi kepada X atas dukungan ..."."""
    tokens = arguments.tokens
    position = first - 1
    while position > floor and tokens[position].text in QUOTES:
        position -= 1
    if position > floor and tokens[position].folded in _SHOWING:  # "atas menunjukkan \"dukungan ...\""
        position -= 1
    if position - 2 < floor or tokens[position].folded != "atas":
        return None
    to = next((p for p in range(position - 1, max(floor, position - 1 - _THANKED_WORDS) - 1, -1)
               if tokens[p].folded == "kepada"), None)
    if to is None or not any(tokens[p].folded in _THANKS for p in range(max(floor, to - _THANKS_WORDS), to)):
        return None
    thanked = arguments.group_starting_at(to + 1, position)
    thanker = arguments.subject(to, floor)
    if thanked is None or thanker is None:
        return None
    return thanked[1], thanker[1]


def _called_on(arguments: Arguments, first: int, floor: int) -> list:
    """The body a crowd or a delegation goes to in order to make the demand or the complaint the
    trigger at `first` opens after "untuk": "Ratusan buruh mendatangi Gedung DPR untuk menuntut ...",
    "mengadu ke Komnas HAM untuk meminta perlindungan"."""
    tokens = arguments.tokens
    if first - 1 <= floor or tokens[first - 1].folded not in _PURPOSE:
        return []
    for position in range(first - 2, max(floor, first - 2 - _CALLING_REACH) - 1, -1):
        word = tokens[position].folded
        if word in _CLAUSE_ENDS:
            return []
        if word in _CALLING_ON:
            found = arguments.after_preposition(_TO_PLACE, position + 1, first - 1, window=2, fillers=1) \
                if word in _COMPLAINING else arguments.object(position, first - 1)
            units = found[-1] if found is not None else []
            return units if all(a.sector in ("GOV", "IGO") for unit in units for a in unit.actors) else []
    return []


def _addressee(arguments: Arguments, after: int, ceiling: int) -> list:
    """Whom a message carrying a stance is addressed to: "Kim memuji ... dalam sebuah pesan
    kepada Putin" is Kim's praise of Putin."""
    tokens = arguments.tokens
    for position in range(after, ceiling - 2):
        if tokens[position].folded in _MESSAGES and tokens[position + 1].folded == "kepada":
            found = arguments.group_starting_at(position + 2, ceiling)
            return found[1] if found is not None else []
    return []


def _unhesitating(tokens: list[Token], negation: int, first: int) -> bool | None:
    """Whether the negation at `negation` denies hesitation before the trigger at `first`: True
    for a pledge ("tidak akan ragu menyerang", "tak akan segan menindak"), False for an act done
    without it ("tidak (pernah) ragu menembak", "tidak segan membantu"), None when it denies
    something else."""
    position, will = negation + 1, False
    while position < first and tokens[position].folded in _WILL | _EVER:
        will, position = will or tokens[position].folded in _WILL, position + 1
    return will if position < first and tokens[position].folded in _HESITATING else None


def _agent_of_act(arguments: Arguments, start: int, ceiling: int, triggers: PhraseTrie[Trigger]) -> list:
    """The agent "oleh X" of an act named by a nominalisation right after a stance verb, within
    its phrase (no comma, verb or other act's noun between: a noun trigger of force, sanction,
    threat or law enforcement, "kejahatan", "kekerasan"): "mengutuk pembunuhan warga sipil di
    Gaza oleh tentara Israel" is a condemnation of the Israeli army, "menolak pengesahan RUU oleh
    DPR" a refusal of the DPR."""
    tokens = arguments.tokens
    while start < ceiling and tokens[start].folded in _STANCE_ADVERBS:
        start += 1  # "memprotes keras penahanan nelayan oleh otoritas Malaysia"
    if start < ceiling and tokens[start].folded in _OVER:
        start += 1  # "memprotes keras atas penahanan nelayan oleh otoritas Malaysia"
    if start < ceiling and tokens[start].folded in _EFFORTS:
        start += 1  # "mendukung upaya penegakan hukum oleh Kejati Jawa Barat": the effort's act
    if start >= ceiling or not (_NOMINALISATION.fullmatch(tokens[start].folded) or tokens[start].folded in _ACT_NOUNS):
        return []
    using = tokens[start].folded in _USING  # "penggunaan kekerasan oleh aparat": the violence is the user's own
    for position in range(start + 1, min(ceiling, start + 1 + _ACT_PHRASE)):
        if tokens[position].text in ",;" or arguments.is_verb(position) or tokens[position].folded in _CRIMES and not using or (
                tokens[position].text.islower() and tokens[position].folded in triggers and any(
                    trigger.voice == "noun" and trigger.pattern.type in _OWNING_ACTS
                    for _, found in triggers.starting_at(tokens, position) for trigger in found)):
            return []  # another act's noun: "menolak penyelidikan dugaan kejahatan perang oleh Israel" (the war's agent;
            # not a noun of aid that names the target: "penyerangan terhadap kapal bantuan oleh Israel")
        if tokens[position].folded == "oleh":
            agent = arguments.group_starting_at(position + 1, ceiling)
            return agent[1] if agent is not None else []
    return []


def _suspected(arguments: Arguments, after: int, ceiling: int) -> list:
    """Whom an investigation of a suspected wrong right after its verb looks into: the wrong's doer after "oleh"
    ("menyelidiki dugaan penyimpangan kuota haji oleh Kementerian Agama"), or in a passive relative clause ("memeriksa
    dugaan maladministrasi dalam seleksi yang diselenggarakan Dinas Pendidikan")."""
    tokens = arguments.tokens
    if after >= ceiling or tokens[after].folded not in _SUSPICIONS:
        return []
    phrase = arguments.after_preposition(_BY, after + 1, ceiling, window=_SUSPECTED_REACH)
    if phrase is not None and any(t.folded == "yang" and not (k + 1 < phrase[0] and tokens[k + 1].folded in _WRONGS_DONE)
                                  for k, t in enumerate(tokens[after : phrase[0]], after)):
        phrase = None  # the agent of another verb of a relative clause: who reported, uncovered or suffered it ("dugaan
        # korupsi yang dilaporkan oleh ICW", "yang dialami oleh warga"), not who did it
    return phrase[2] if phrase is not None else _doer_of_act(arguments, after, ceiling, _WRONGS_DONE)


_TRADED = frozenset({"impor", "ekspor"})  # goods bought or sold abroad
# Passives of opposing an act: their agent in a relative clause after the act is no doer of it.
_OPPOSED_BY = frozenset({"dikritik", "dikecam", "dikutuk", "diprotes", "ditolak", "ditentang", "dipersoalkan", "digugat",
                         "disesalkan", "dipertanyakan", "dikeluhkan", "didemo"})
_SUSPICIONS = frozenset({"dugaan", "indikasi", "penyimpangan", "pelanggaran", "maladministrasi"})  # what is looked into
_BY = frozenset({"oleh"})
_SUSPECTED_REACH = 10  # tokens from the wrong's noun to "oleh" and its doer
_WRONGS_DONE = frozenset({"dilakukan", "diselenggarakan", "dilaksanakan", "dijalankan"})  # verbs whose agent did the wrong


def _doer_of_act(arguments: Arguments, after: int, ceiling: int, verbs: frozenset[str] | None = None,
                 words: int = _ACT_WORDS) -> list:
    """The doer of the act a stance is about, named in a passive relative clause right
    after it (at most `words` words on): "mengecam serangan yang dilancarkan (oleh) Israel" is a criticism of
    Israel; with ``verbs``, only a clause with one of them ("proposal yang diajukan Mesir")."""
    tokens = arguments.tokens
    position = _relative_after(tokens, after, ceiling, words)
    if position is None or any(tokens[p].folded in _LIKE for p in range(after, position)):
        return []  # ("memberikan dukungan lebih besar, seperti yang dilakukan Malaysia": a comparison)
    if any(t.folded in _OPPOSED_BY for t in tokens[position + 1 : min(ceiling, position + 3)]):
        return []  # whoever opposes the act is no doer of it: "mendukung RUU Penyiaran yang dikritik Dewan Pers"
    return _relative_agent(arguments, position, ceiling, verbs)


def _obliged(arguments: Arguments, first: int, last: int, floor: int, ceiling: int,
             opens_act: Callable[[list[Token], int], bool]) -> list[EventActor]:
    """Who a modal of obligation binds: the agent of a passive right after it ("kasus itu
    harus diusut oleh polisi"), else the subject right before it, adverbs aside ("Iran harus
    menyerah", and the patient of a passive with no agent, "Iran tidak boleh dibiarkan ...";
    not a first person, "kita harus ...", a name further back or the possessor of the
    subject, "sejarah Indonesia"). None after a negation ("tidak (juga) harus": need not)."""
    tokens = arguments.tokens
    before = first - 1
    while before > floor and tokens[before].folded in _OBLIGATION_ADVERBS:
        before -= 1
    if before >= floor and tokens[before].folded in _NEGATORS:
        return []
    verb = last + 1
    while verb < ceiling and tokens[verb].folded in _OBLIGATION_ADVERBS:
        verb += 1
    if verb < ceiling and (tokens[verb].folded == _BECOME or tokens[verb].folded in _ABLE and not (
            opens_act(tokens, verb + 1) or verb + 2 < ceiling and tokens[verb + 1].folded in _STOPPING
            and any(opens_act(tokens, k) for k in range(verb + 2, min(ceiling, verb + 2 + _ABLE_REACH))))):
        return []  # "Kejaksaan Agung harus bisa menjaga kepercayaan publik", "harus menjadi contoh": an opinion of
        # what someone ought to manage or be, no act asked of them (but "DK PBB harus mampu menghentikan agresi
        # Israel" asks for an act)
    if verb < ceiling and _PASSIVE.fullmatch(tokens[verb].folded):
        agent = arguments.after_preposition(_BY, verb + 1, ceiling, window=4)
        if agent is not None:
            return arguments.event_actors(agent[2])
    subject = arguments.subject(first, floor)
    if subject is None:
        return []
    end = max(unit.last for unit in subject[1])
    if end + 1 < first and tokens[end + 1].folded in _AT and (place := arguments.after_preposition(
            _AT, end + 1, first, window=1, fillers=0)) is not None and all(a.type in ("GPE", "LOC") for u in place[2] for a in u.actors):
        end = place[1]  # "warga di Teheran harus mengungsi": the people, where they are
    if end + 3 < first and tokens[end + 1].text == "(" and tokens[end + 3].text == ")":
        end += 3  # "Kementerian Dalam Negeri (Kemendagri) harus ...": past the name's short form
    if any(tokens[p].folded not in _OBLIGATION_ADVERBS for p in range(end + 1, first)) or \
            any(arguments.possessor(unit.first, opening=True) for unit in subject[1]) or \
            any(tokens[k].folded in _OWN_SIDE for unit in subject[1] for k in range(unit.first, unit.last + 1)):
        return []  # "... sehingga harus mendarat", "sejarah Indonesia tidak boleh ...": not the one bound (nor the
        # speaker's own side: "pihaknya perlu mempertimbangkan ...")
    return arguments.event_actors(subject[1])


def _purpose_of(text: str, tokens: list[Token], first: int, floor: int, event: Event, events: list[Event]) -> bool:
    """Whether the event is a purpose clause ("untuk ...") that restates an act of the same
    type right before it, with another source: "pengiriman tentara Korea Utara untuk membantu
    Rusia" is North Korea's help, coded once, not also help by the sentence's subject; or with
    the same source and no one it acts on: "KPK memanggil Khofifah untuk diperiksa" is one
    examination (the act ends at most `_PURPOSE_CHARS` characters before "untuk", with no clause
    boundary between)."""
    if first <= floor or tokens[first - 1].folded not in _PURPOSE:
        return False
    act = next((e for e in reversed(events) if e.event_type == event.event_type), None)
    if act is None or not act.source:
        return False
    between = text[act.trigger[1] : tokens[first - 1].start]
    if {a.actor_id for a in act.source} & {a.actor_id for a in event.source} and (
            event.recipient or not act.recipient or not tokens[first].folded.startswith("di")
            or _SUBORDINATE.search(between)):
        return False  # (the same source restates only as a passive of what it did to someone, in one clause:
        # not "tiba di Kanada untuk menghadiri KTT G7", "memeriksa X sebelum Y datang untuk diperiksa")
    return len(between) <= _PURPOSE_CHARS and not _CLAUSE_BREAK.search(between)


def _opening_act_owner(arguments: Arguments, floor: int, first: int) -> list:
    """The owner named right after the act noun that opens a clause, past one modifier: the
    one a passive stance on that act is toward ("Langkah Trump menaikkan tarif terhadap
    produk Indonesia disesalkan ...", "Dukungan Korea Utara terhadap invasi Rusia dikritik ...")."""
    tokens = arguments.tokens
    position = floor
    while position < first and tokens[position].text in QUOTES_AND_OPENERS:
        position += 1
    if position >= first or tokens[position].folded not in _OPENING_ACTS:
        return []
    for start in (position + 1, position + 2):
        found = arguments.group_starting_at(start, first) if start < first else None
        if found is not None:  # (not past another clause: "Kebijakan Trump menuai protes dan Powell dikritik")
            return found[1] if not any(t.folded in _CLAUSE_JOINTS for t in tokens[found[0] + 1 : first]) else []
        if start >= first or not tokens[start].text.islower() or tokens[start].folded in PREPOSITIONS:
            break  # ("Serangan terhadap Iran dikecam ...": Iran is the act's target, not its owner)
    return []


def _coming_from(arguments: Arguments, after: int, ceiling: int) -> list:
    """Who a stance named as a noun comes from, when the clause says it comes ("Kecaman keras
    terhadap Israel datang dari MUI", "Dukungan terus berdatangan, termasuk dari Jepang")."""
    tokens = arguments.tokens
    arriving = next((k for k in range(after, min(ceiling, after + _COMING_REACH)) if tokens[k].folded in _COMING), None)
    if arriving is None:
        return []
    found = arguments.after_preposition(_FROM, arriving + 1, ceiling, window=5)
    return found[2] if found is not None else []


def _undergone(arguments: Arguments, after: int, ceiling: int, event_type: str) -> tuple[int, list] | None:
    """(last token, units) of who undergoes an act named as a noun, after "terhadap"/"atas"
    right after it; for arrests and examinations also people only the recogniser proposed
    ("Penahanan terhadap Hasto Kristiyanto dilakukan ...")."""
    phrase = arguments.after_preposition(_UNDERGOING, after, ceiling, window=1)
    if phrase is not None:
        return phrase[1], phrase[2]
    people = arguments.proposed_people(after + 1) if event_type in ENFORCEMENT and after < ceiling and \
        arguments.tokens[after].folded in _UNDERGOING else []
    return (people[-1].last, people) if people else None


def _given_by(arguments: Arguments, after: int, ceiling: int) -> list:
    """Who voices a stance, or carries out an act, named as a noun, right after a passive light
    verb, with or without "oleh" ("Kritik keras dilontarkan Anggota Komisi I DPR TB Hasanuddin
    terhadap ...", "Penahanan terhadap lima aktivis itu dilakukan oleh Polda Metro Jaya")."""
    tokens = arguments.tokens
    voiced, position, modifiers = None, after, 0
    while position < ceiling and voiced is None:
        token = tokens[position]
        if token.folded in _DONE_LIGHT:
            voiced = position
        elif token.folded in _STANCE_TOWARD and (target := arguments.group_starting_at(position + 1, ceiling)) is not None:
            position = target[0]  # past whom it is toward: "Kritik tajam terhadap DPR disampaikan oleh Partai Buruh"
        elif token.text.islower() and token.folded not in PREPOSITIONS and token.folded != "yang" and modifiers < _VOICED_REACH:
            modifiers += 1  # the noun's own modifiers ("kritik keras dilontarkan"; not "... serangan yang dilakukan Israel")
        else:
            return []
        position += 1
    if voiced is None:
        return []
    doer = voiced + 2 if voiced + 1 < ceiling and tokens[voiced + 1].folded == "oleh" else voiced + 1
    found = arguments.group_starting_at(doer, ceiling) if doer < ceiling else None
    return found[1] if found is not None else []


def _done_by(arguments: Arguments, after: int, ceiling: int) -> tuple[int, list] | None:
    """(last token, units) of who carries out an act, named by a relative clause right
    after its noun, past its own modifiers only: "serangan (udara) yang dilancarkan (oleh)
    Israel", "sanksi yang dijatuhkan Washington" (a verb of doing, giving or sending:
    "bantuan yang diterima Gaza" names its recipient; "kecaman terhadap serangan yang
    dilakukan Israel": the clause is another noun's)."""
    tokens = arguments.tokens
    position = _relative_after(tokens, after, ceiling, _ACT_WORDS)
    if position is None or any(not (tokens[p].text.islower() or arguments.in_quantity(p)) or tokens[p].folded in PREPOSITIONS
                               for p in range(after, position)):
        return None  # (a quantity is a modifier too: "tarif impor 25 persen yang diberlakukan Trump")
    return _relative_group(arguments, position, ceiling, _DONE)


def _attendees(arguments: Arguments, after: int, ceiling: int) -> list:
    """Who a relative clause right after a meeting says attended it: "pertemuan puncak
    G7 di Italia yang dihadiri (oleh) Presiden Ukraina" (the meeting's own words, its place,
    may stand between)."""
    position = _relative_after(arguments.tokens, after, ceiling, _PLACE_WORDS)
    return [] if position is None else _relative_agent(arguments, position, ceiling, _ATTENDED)


def _launcher(arguments: Arguments, after: int, ceiling: int) -> list:
    """Whoever a relative clause right after the weapons a strike brings down says fired them
    ("menembak jatuh lebih dari 100 drone yang diluncurkan Iran": Iran), a quantity aside."""
    tokens = arguments.tokens
    end = arguments.words_ahead(after, _ACT_WORDS + 1, ceiling)
    relative = next((p for p in range(after + 1, end) if tokens[p].folded == "yang"), None)
    if relative is None or tokens[relative - 1].folded not in _WEAPONS:
        return []
    return _relative_agent(arguments, relative, ceiling, _FIRED)


def _relative_after(tokens: list[Token], after: int, ceiling: int, words: int) -> int | None:
    """The "yang" that opens a relative clause at most `words` words after `after`, numbers and their
    units not counted ("usulan gencatan senjata 30 hari yang diajukan Zelensky"), nor the words of a name after its
    first and a short form in brackets ("program Koperasi Desa Merah Putih (KDMP) yang dicanangkan Presiden")."""
    position = after
    while position < ceiling and words >= 0:
        if tokens[position].folded == "yang":
            return position
        token, before = tokens[position], tokens[position - 1] if position > after else None
        if not (token.text[:1].isdigit() or before is not None and before.text[:1].isdigit()
                or token.text in "()-" or before is not None and before.text in "(-"
                or token.text[:1].isupper() and before is not None and before.text[:1].isupper()):
            words -= 1
        position += 1
    return None


def _relative_agent(arguments: Arguments, position: int, ceiling: int, verbs: frozenset[str] | None = None) -> list:
    """The agent of a passive relative clause opening at token `position` ("yang dilancarkan
    (oleh) Israel"); with `verbs`, only a clause with one of them ("yang diusulkan oleh AS")."""
    found = _relative_group(arguments, position, ceiling, verbs)
    return found[1] if found is not None else []


def _relative_group(arguments: Arguments, position: int, ceiling: int,
                    verbs: frozenset[str] | None = None) -> tuple[int, list] | None:
    """(last token, units) of the agent `_relative_agent` finds, or None."""
    tokens = arguments.tokens
    verb = position + 1
    if verb >= ceiling or tokens[position].folded != "yang":
        return None
    if not (_PASSIVE.fullmatch(tokens[verb].folded) if verbs is None else tokens[verb].folded in verbs):
        return None
    doer = verb + 2 if verb + 1 < ceiling and tokens[verb + 1].folded == "oleh" else verb + 1
    return arguments.group_starting_at(doer, ceiling) if doer < ceiling else None


def _conditioned(arguments: Arguments, after: int, ceiling: int) -> list:
    """Whom a threat is against when it names no one but the condition does: the subject of
    "jika X ..." soon after it ("memperingatkan akan membalas jika Amerika Serikat menyerang")."""
    tokens = arguments.tokens
    position = next((p for p in range(after, min(ceiling, after + _CONDITION_REACH))
                     if tokens[p].folded in _CONDITIONS), None)
    group = arguments.group_starting_at(position + 1, ceiling) if position is not None and position + 1 < ceiling else None
    return group[1] if group is not None else []


def _vowed_object(arguments: Arguments, after: int, ceiling: int, triggers: PhraseTrie[Trigger]) -> list:
    """Whom a threat is against, or a promise for, when the act it names codes no event: the
    object of the verb after "akan" or "untuk" ("mengancam akan memecat Ketua The Fed Jerome
    Powell", "berjanji akan memulangkan seluruh WNI"); the caller leaves out the threatener's own
    forces ("mengancam akan menarik pasukan AS dari Jepang")."""
    tokens = arguments.tokens
    position = after
    while position < ceiling and tokens[position].folded in _THREAT_MODALS:
        position += 1
    if position == after and after > 0 and tokens[after - 1].folded not in _THREAT_MODALS and arguments.is_verb(after - 1):
        position = after - 1  # looked for past the vowed act's verb: "bersumpah akan membalas Israel"
    elif position == after:
        return []
    if position >= ceiling or not arguments.is_verb(position) or \
            next(triggers.starting_at(tokens, position), None) is not None:
        return []
    found = arguments.object(position, ceiling)
    if found is None or any(not (t.folded in _DETERMINERS or t.folded in _BENEFITS or t.text[:1].isdigit()
                                 or arguments.in_quantity(k))
                            for k, t in enumerate(tokens[position + 1 : found[1][0].first], position + 1)):
        return []  # the verb's own object, not a party inside a matter ("berjanji akan mengevaluasi kebijakan
        # penertiban pedagang kaki lima": no promise to the traders)
    return found[1]


def _in_need(arguments: Arguments, after: int, ceiling: int) -> list:
    """Who needs what aid gives, named by a relative clause right after it: "amunisi yang
    diperlukan (oleh) Rusia"."""
    tokens = arguments.tokens
    for position in range(after, min(ceiling, after + _NEED_WINDOW)):
        if tokens[position].folded in _NEEDING and "yang" in {t.folded for t in tokens[after:position]}:
            start = position + 2 if position + 1 < ceiling and tokens[position + 1].folded == "oleh" else position + 1
            group = arguments.group_starting_at(start, ceiling)
            return group[1] if group else []
    return []


def _theme(arguments: Arguments, units: list, needs: frozenset[str]) -> bool:
    """The object is what an aid trigger needs, the thing given or sent, not its
    recipient: "mengirim pasukan ke Rusia" sends troops to Russia; so are people right after a word
    of it ("mengirim satu batalion relawan asing ke Kursk": the volunteers are sent)."""
    return bool(needs) and any(arguments.tokens[unit.first].folded in needs or unit.first > 0 and
                               arguments.tokens[unit.first - 1].folded in needs for unit in units)


def _third_party_claim(speaker: EventActor | None, actors: list[EventActor]) -> bool:
    """A state's claim about what other states did is an allegation: the speaker (not a
    news medium, nor a civilian or a firm: an analyst's account of a war is no state's claim)
    is of a state that is on neither side of the event. Only a clause with
    its own verb is a claim; a named war or attack ("akibat perang Israel-Iran") is not."""
    return (speaker is not None and speaker.sector not in ("MED", "CVL", "BUS") and speaker.country not in (None, "IGO")
            and all(a.country and a.country != speaker.country for a in actors))


_PLEDGES = frozenset({"berjanji", "berkomitmen", "bersedia", "menawarkan", "mengusulkan"})  # one side's word to another
_ALSO = re.compile(r"\b(?:juga|pun)\b", re.IGNORECASE)  # another act of the same words (`_told_as_earlier`)
_STEM_END = 4  # letters of a trigger's end that its active and passive forms share (`_stem_end`)
# A sentence opened so tells what came before (`_told_as_earlier`); not "Sebelumnya diberitakan", a report again.
_LAST_TIME = re.compile(r"\bterakhir\s+(?:kali\s+)?\S*$")  # "terakhir dipanggil", "terakhir kali diperiksa"
_EARLIER_TOLD = re.compile(r"sebelumnya\b(?!\s*,?\s*(?:di|ter)?(?:beritakan|berita|kabarkan|laporkan|sebutkan)\b)")
# Words that may open a quote's clause before its "kami": '"Kemudian kami menangkap ...', '"Tadi malam kami ...'.
_SEQUENCE_ADVERBS = frozenset({"kemudian", "selanjutnya", "lalu", "jadi", "maka", "alhamdulillah", "malam", "pagi",
                               "siang", "sore", "kemarin"})
_SUCCEEDED = frozenset({"berhasil", "sukses"})  # '"Kami berhasil menangkap pelaku," kata ...'
_JUST_NOW = frozenset({"tadi", "barusan"})  # '"Kami barusan/tadi/baru saja menangkap ..."' ("saja" is a hedge)


_DESCRIPTION_WORDS = 5  # words of a speaker described again before its demonstrative ("politikus Partai Golkar itu")
# Nouns of a public role that describe again a speaker named before ("ujar politikus Partai Golkar itu"; not a new
# one, "kata ibu korban tersebut", "kata sumber di kementerian tersebut").
_DESCRIBED_SPEAKERS = frozenset({"politikus", "politisi", "legislator", "senator", "menteri", "jenderal", "purnawirawan",
                                 "mantan", "eks", "pengacara", "advokat", "pengamat", "ekonom", "akademisi", "pakar",
                                 "ahli", "diplomat", "pejabat", "kader", "aktivis"})


def _speaker_named_again(tokens: list[Token], cursor: int, ceiling: int) -> bool:
    """Whether the speaker a word of saying names at ``cursor`` is one named before, described
    again by a noun of a public role and a demonstrative ('"...," ujar politikus Partai Golkar itu',
    "kata legislator asal Bangka Belitung tersebut")."""
    if cursor >= ceiling or tokens[cursor].folded not in _DESCRIBED_SPEAKERS:
        return False
    for position in range(cursor + 1, min(ceiling, cursor + 1 + _DESCRIPTION_WORDS)):
        if tokens[position].folded in ("itu", "tersebut"):
            return True
        if not tokens[position].is_word:
            return False
    return False


def _first_person_speaker(tokens: list[Token], first: int, floor: int, speakers: list[tuple[int, EventActor]],
                          quoted: EventActor | None = None, stance: bool = False) -> list[EventActor]:
    """The speaker, when the trigger's subject is a first-person pronoun of what they said:
    '"Kami masih menyelidiki kasus ini," jelas Kapolda Bali' (the light verb of a noun
    trigger and adverbs may stand between); or when a quote opens with the trigger's verb, for a
    `stance` (or a demand) and a sentence read out ('"Mengecam keras serangan Israel," kata Sugiono'; not an act
    named as a subject, "Menyerang Iran adalah kesalahan besar", nor an order, "Menangkap para
    pelaku secepatnya")."""
    position = first - 1
    while position > floor and (tokens[position].folded in PREVERBAL or tokens[position].folded in LIGHT_VERBS
                                or tokens[position].folded == _WE_CARRY and tokens[position - 1].folded in _WE
                                or tokens[position].folded in _HEDGES or tokens[position].folded in _JUST_NOW
                                or tokens[position].folded in _SUCCEEDED
                                or tokens[position].folded in LIST_ENDS and position - 1 > floor
                                and _VERB.fullmatch(tokens[position - 1].folded)):
        position -= 2 if tokens[position].folded in LIST_ENDS else 1  # (past a verb it follows: '"Kami sudah
        # menangkap dan menahan tersangka," ujar ...')
    if position == first - 1 and position >= floor and tokens[position].text in ("\"", "“") and \
            tokens[first].text[:1].isupper() and _VERB.fullmatch(tokens[first].folded) and (speakers or quoted) and \
            (stance or tokens[first].folded in _SENTENCING) and not _predicated(tokens, first):
        return _nearest_speaker(first, speakers, quoted)  # a quote that opens with the act's verb is the speaker's:
        # '"Menjatuhkan pidana terhadap terdakwa dengan pidana penjara selama 3 tahun," tutur Ketua Majelis Hakim ...'
    if position < floor or tokens[position].folded not in FIRST_PERSON or not (speakers or quoted):
        return []
    before = tokens[position - 1].folded if position > floor else ""
    if position > floor and tokens[position - 1].is_word and before not in LEFT_BOUNDARIES and before not in COORDINATORS \
            and before not in _HEDGES and before not in _SEQUENCE_ADVERBS and not (
                before in _TIME_ENDS and position - 1 > floor and tokens[position - 2].folded in _TIME_HEADS):
        return []  # "rakyat kami": a possessive, not the subject ("dan saya ...", "Tentunya kami ...", "Kemudian kami
        # ..." are ones, and so is a time fronted before it: "Hari ini kami memeriksa ...")
    return _nearest_speaker(first, speakers, quoted)


# A time fronted before a first-person subject: "Hari ini kami ...", "Tadi malam kami ...", "Pekan lalu kami ...".
_TIME_HEADS = frozenset({"hari", "tadi", "pagi", "siang", "sore", "malam", "pekan", "minggu", "bulan", "kemarin"})
_TIME_ENDS = frozenset({"ini", "itu", "lalu", "malam", "pagi", "siang", "sore", "kemarin"})


def _predicated(tokens: list[Token], first: int) -> bool:
    """Whether the verb phrase opening a quote at token `first` is the subject of a predicate
    inside the quote: '"Menyerang Iran adalah kesalahan besar," kata Lavrov' names no act of his."""
    for position in range(first + 1, len(tokens)):
        if tokens[position].text in ("\"", "”"):
            return False
        if tokens[position].folded in _PREDICATES:
            return True
    return False


def _we(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the first person nearest before token `first` in its clause is "kami" or "kita",
    who may speak for the speaker's body ("saya" speaks for the speaker)."""
    pronoun = next((tokens[k].folded for k in range(first - 1, floor - 1, -1) if tokens[k].folded in FIRST_PERSON), None)
    return pronoun in _WE


def _speaker_body(arguments: Arguments, speaker: EventActor) -> EventActor:
    """The body a speaker's title names ("kata Kapuspenkum Kejagung Harli Siregar": the Kejagung; "kata Kabid Humas
    Polda Sulsel Kombes Didik": the Polda), for whom "kami" speaks; else the speaker."""
    return arguments.body_named_within(speaker.start, speaker.end, arguments.role_of(speaker.actor_id)) or (
        arguments.body_titled_before(speaker.actor_id) if speaker.actor_id.startswith("PER:") else None) or speaker


def _nearest_speaker(first: int, speakers: list[tuple[int, EventActor]], quoted: EventActor | None) -> list[EventActor]:
    """The speaker of the speech nearest before token `first`, rather than the outlet quoting them
    ('..." kata Kim, menurut Rodong Sinmun'), or of the quote a sentence lies in whose speaker
    another sentence names; none when no one speaks."""
    if not speakers:
        return [quoted] if quoted is not None else []
    nearest = max((at for at, _ in speakers if at <= first), default=speakers[0][0])
    return [next(speaker for at, speaker in speakers if at == nearest)]


def _war_as_topic(tokens: list[Token], first: int, floor: int) -> bool:
    """A war named as what is discussed or ended: "membahas konflik antara Iran dan
    Israel", "mengakhiri pertempuran", "membahas eskalasi konflik ..." (an aspect of it between).
    (As a date, "pada hari keenam pertempuran", it is coded, as the seed gold codes a war named
    in the background.)"""
    before = first - 2 if first - 1 > floor and tokens[first - 1].folded in _WAR_ASPECTS else first - 1
    return before >= floor and tokens[before].folded in _WAR_TOPICS


def _while_saying(tokens: list[Token], first: int, floor: int) -> bool:
    """The trigger opens a clause of what the speaker did while speaking: ", sambil
    mendesak", ", seraya mengecam" (adverbs may stand between)."""
    position = first - 1
    while position > floor and tokens[position].folded in PREVERBAL:
        position -= 1
    return position > floor and tokens[position].folded in _WHILE and tokens[position - 1].text == ","


def _after_attribution(tokens: list[Token], first: int, floor: int) -> bool:
    """The trigger opens a clause right after the attribution of a quote that ends before
    it: '"...," kata Katz dalam sebuah pernyataan, bersumpah untuk ...', or a clause of when
    the speaker spoke: '"...," kata Saifullah Yusuf saat mengunjungi Kantor Kemenaker'."""
    position = first - 1
    while position > floor and tokens[position].folded in PREVERBAL:
        position -= 1
    if position <= floor or not (tokens[position].text == "," or tokens[position].folded in _SPEAKING_WHEN):
        return False
    back, words = position - 1, 0
    while back >= floor and words < _ATTRIBUTION_WORDS:
        word = tokens[back]
        if word.text == ")":  # a speaker's other name in brackets costs nothing: "kata Menteri Agama Nasaruddin Umar
            opened = next((k for k in range(back - 1, max(floor, back - _OTHER_NAME_WORDS) - 1, -1) if tokens[k].text == "("),
                          None)  # (Gus Nasar) saat mengunjungi ..."
            if opened is not None:
                back = opened - 1
                continue
        if word.text == "," or word.folded in LEFT_BOUNDARIES:
            return False
        if word.folded in SPEAKER_WORDS:
            return back > floor and tokens[back - 1].text in QUOTES | {","} and any(
                t.text in QUOTES for t in tokens[max(floor, back - 2) : back])
        back, words = back - 1, words + 1
    return False


def _said_in(tokens: list[Token], first: int, floor: int) -> int | None:
    """The word of saying ("kata") of the attribution of a quote whose occasion the trigger
    names right after it: '"...," kata X dalam percakapan telepon dengan Y', '"...," ujar X
    saat pertemuan dengan Y'."""
    if first - 1 <= floor or tokens[first - 1].folded not in _SPOKEN_IN:
        return None
    for back in range(first - 2, max(floor, first - 1 - _ATTRIBUTION_WORDS) - 1, -1):
        word = tokens[back]
        if word.text == "," or word.folded in LEFT_BOUNDARIES:
            return None
        if word.folded in SPEAKER_WORDS:
            return back if back > floor and tokens[back - 1].text in QUOTES | {","} else None
    return None


def _mutual(tokens: list[Token], first: int, last: int, floor: int) -> bool:
    """"saling" just before the trigger, opening it or right after it ("saling menyerang",
    "saling serang", "serangan saling balas")."""
    return any(tokens[p].folded == "saling" for p in range(max(floor, first - 2), min(len(tokens), last + 2)))


def _demanded(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the verb at `first` is what a modal of obligation or permission right before it
    asks for ('"Rusia harus menarik pasukannya ...," ujar Kallas', '"Polisi harus segera menangkap
    pelaku"'), or that a word of what ought to be opens its clause with: not done, so no event of
    its own (a speaker's DEMAND may code it)."""
    for position in range(first - 1, floor - 1, -1):  # within the clause: not "Polisi, yang seharusnya melindungi
        word = tokens[position].folded  # warga, justru menembaki demonstran"
        if word in _NORMATIVE:
            return True  # "sudah seharusnya polisi bisa menangkap pelaku": what ought to be done, not done
        if word in _NORMATIVE_STOPS or tokens[position].text == ",":
            break  # (past verbs the trigger's is joined to: "seharusnya melindungi warga dan menangkap pelaku")
    modal = first - 1
    while modal > floor and (tokens[modal].folded in _OBLIGATION_ADVERBS or tokens[modal].folded in _ABLE):
        modal -= 1  # (and what one must manage to do: "harus bisa menangkap")
    return modal >= floor and tokens[modal].folded in _OBLIGATIONS


_HARM_DONE = re.compile(r"\b(?:menewaskan|menghantam|merusak|melukai|mengenai|menenggelamkan|membunuh)\b", re.IGNORECASE)
_HARM_CHARS = 80  # how far after the launch its harm may be told
_BENEFITS = frozenset({"gaji", "tunjangan", "upah", "kesejahteraan", "insentif", "honor", "pensiun", "hak"})  # what a
# promise raises for its people ("berjanji akan menaikkan gaji guru honorer": the teachers')
_CARRYING_OUT = frozenset({"menggelar", "melakukan", "melancarkan", "mengadakan"})  # verbs that carry an act's noun
_ACTION = "aksi"  # the word that may stand between them ("menggelar aksi unjuk rasa")


def _shows_of_force(events: list[Event], text: str, end: int) -> list[Event]:
    """A weapon fired into the sea is a show of force at no one (MOBILIZE), not an attack on the state
    whose waters are named: the attack the same words also code goes ("menembakkan rudal ke perairan
    dekat Jepang"); but one that its sentence says killed or hit someone is the attack ("menembakkan rudal
    ke perairan Gaza, menewaskan tiga nelayan"), and the show of force goes."""
    fights = {e.trigger for e in events if e.event_type == "FIGHT"}
    both = {e.trigger for e in events if e.event_type == "MOBILIZE"} & fights  # (the same words read both ways)
    attacks = {t for t in both if _HARM_DONE.search(text, t[1], min(end, t[1] + _HARM_CHARS)) is not None}
    shows = both - attacks
    for event in events:
        if event.event_type == "MOBILIZE" and event.trigger in shows:
            event.recipient = []
    return [e for e in events if not (e.event_type == "FIGHT" and e.trigger in shows or
                                      e.event_type == "MOBILIZE" and e.trigger in attacks)]


def _threatened(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the verb at ``first`` is the content of a threat: "mengancam akan menyerang",
    "ancaman terselubung untuk membunuh", "memperingatkan akan menyerang" (a threat or
    warning word, up to two words, then "akan", or "untuk" after a threat, right before
    the verb; a quote may open before it: 'bersumpah untuk "menyerang ...'), or a verb
    joined by "dan" to the nearest such verb before it ("bersumpah untuk menyerang simbol
    pemerintahan dan menyerang rezim Ayatollah")."""
    if first - 1 > floor and tokens[first - 1].folded in LIST_ENDS:
        verb = next((p for p in range(first - 2, max(floor, first - _COORDINATED_REACH) - 1, -1)
                     if _VERB.fullmatch(tokens[p].folded) or tokens[p].text == ","), None)
        # (not past a comma: "bersumpah untuk membalas, dan menyerang Israel dengan 200 rudal" did attack)
        return verb is not None and tokens[verb].text != "," and _threatened(tokens, verb, floor)
    if first - 1 > floor and tokens[first - 1].text in QUOTES:
        first -= 1
    if first - 1 > floor and tokens[first - 1].folded == _ACTION:
        first -= 1  # "akan menggelar aksi mogok kerja"
    if first - 2 > floor and tokens[first - 1].folded in _CARRYING_OUT and tokens[first - 2].folded in _THREAT_LINKS:
        first -= 1  # an act held or carried out: "mengancam akan menggelar mogok nasional"
    if first - 1 > floor and tokens[first - 1].folded == _THREATENS and (
            _VERB.fullmatch(tokens[first].folded) or tokens[first].folded in _STRIKE_WORDS):
        return True  # "mengancam mogok", "mengancam menyerang Iran" (not "mengancam kesepakatan": endangers it)
    link = first - 1
    while link > floor and tokens[link].folded in _THREAT_ADVERBS:
        link -= 1
    if link < floor or tokens[link].folded not in _THREAT_LINKS:
        return False
    threats = _THREATS | _WARNINGS if tokens[link].folded == "akan" else _THREATS  # "memperingatkan akan menyerang"
    return any(tokens[p].folded in threats for p in range(max(floor, link - 3), link))


def _most_enforcing(enforcers: dict[tuple[str, ...], tuple[int, tuple[EventActor, ...]]]) -> tuple[EventActor, ...]:
    """The body the article has shown enforcing the law most so far (on a tie, the latest)."""
    return max(reversed(enforcers.values()), key=lambda counted: counted[0])[1] if enforcers else ()


def _open_frame(events: list[Event], event_type: str, act: Event, target: list[EventActor] = ()) -> Event | None:
    """The latest event of ``event_type`` (a refusal, a threat) by the act's source that has
    no target yet, or has ``target`` already: the act is its content."""
    sources = {a.actor_id for a in act.source}
    targets = {a.actor_id for a in target}
    return next((e for e in reversed(events) if e.event_type == event_type and {a.actor_id for a in e.source} == sources
                 and (_open(e.recipient) or targets and {a.actor_id for a in e.recipient} == targets)), None)


def _open(recipient: list[EventActor]) -> bool:
    """No target yet, or only one of no known state ("simbol-simbol pemerintahan"), which a
    later act of the same frame may name ("... dan menyerang rezim Ayatollah")."""
    return all(a.country is None for a in recipient)


def _forecast(tokens: list[Token], start: int, ceiling: int) -> bool:
    """Whether a warning's content, from token `start`, forecasts a hazard rather than an act
    ("akan ada gangguan"; not "akan ada pembalasan", "akan terjadi serangan lanjutan")."""
    while start < ceiling and tokens[start].folded in _FORECAST_LEADS:
        start += 1
    if start >= ceiling or tokens[start].folded not in _FORECASTS:
        return False
    following = start + 1
    while following < ceiling and tokens[following].folded in _FORECASTS | _FORECAST_LEADS:
        following += 1
    return not (following < ceiling and tokens[following].folded in _FORECAST_ACTS)


def _act_referred(tokens: list[Token], last: int, ceiling: int) -> bool:
    """The object of a stance refers back to an act, a call or an offer: "memuji serangan
    itu", "mengecam tindakan tersebut", "menolak tuntutan tersebut", "mengecam serangan-serangan tersebut"."""
    after = last + 2
    if after + 1 < ceiling and tokens[after].text == "-" and tokens[after + 1].folded == tokens[last + 1].folded:
        after += 2  # the plural written twice
    return after < ceiling and _referring_noun(tokens[last + 1]) and tokens[after].folded in _ANAPHORIC


def _answered_act(tokens: list[Token], first: int, last: int, ceiling: int) -> int | None:
    """The act noun that a verb of retaliation at or just after a trigger answers, when a
    demonstrative names it again: "membalas serangan tersebut", "bersumpah akan membalas
    serangan itu" (the noun's token)."""
    for position in range(first, min(ceiling - 2, last + _ANSWER_REACH)):
        if tokens[position].folded in _ANSWER_VERBS:
            noun = position + 1
            return noun if tokens[noun].folded in _ACT_NOUNS and tokens[noun + 1].folded in _ANAPHORIC else None
    return None


def _bare_retaliation(tokens: list[Token], first: int, last: int, ceiling: int) -> bool:
    """Whether a verb of retaliation at or just after a trigger takes no object: it ends the clause
    or a manner or condition follows ("bersumpah akan membalas.", "... membalas dengan keras jika ...");
    so does a measure of retaliation named by its noun ("mengancam akan mengambil langkah balasan.")."""
    for position in range(first, min(ceiling, last + _ANSWER_REACH + 1)):
        if tokens[position].folded in _ANSWER_VERBS or tokens[position].folded in _ANSWER_NOUNS and \
                tokens[position - 1].folded in _MEASURE_HEADS:
            return position + 1 >= ceiling or not tokens[position + 1].is_word or tokens[position + 1].folded in _UNANSWERED
    return False


def _reply(tokens: list[Token], first: int, last: int, ceiling: int) -> bool:
    """Whether "balasan kami" at ``first``..``last`` is a reply (a letter, an answer to a proposal, one
    sent or delivered), not retaliation: "Surat balasan kami", "Balasan kami akan disampaikan lewat Oman"."""
    following = {t.folded for t in tokens[last + 1 : min(ceiling, last + 1 + _REPLY_REACH)]}
    return first > 0 and tokens[first - 1].folded == "surat" or bool(following & _DELIVERED)


def _attacker_of(earlier: list[Event], source: list[EventActor], measures: bool = False) -> list[EventActor]:
    """The doers of the latest attack before on the source's state (not one only planned or denied): whom
    its bare retaliation threatens; with `measures` (counter-measures named, `_measure_answered`), also of
    a sanction ("AS menaikkan tarif atas produk China. Beijing mengancam akan mengambil langkah balasan")."""
    sides = {a.country for a in source}
    types = _ANSWERED_ACTS if measures else _ANSWERED_ACTS - {"SANCTION"}
    attack = next((e for e in reversed(earlier) if e.event_type in types and e.source and
                   sides <= {a.country for a in e.recipient} and not _UNREAL & set(e.context)
                   and not sides & {a.country for a in e.source}), None)
    return list(attack.source) if attack is not None else []


def _measure_answered(tokens: list[Token], first: int, last: int, ceiling: int) -> bool:
    """Whether a bare retaliation names counter-measures ("mengambil langkah balasan", "tindakan balasan"), which
    may answer a sanction, not a strike ("serangan balasan", "membalas")."""
    return any(tokens[k].folded in _COUNTER_MEASURES and tokens[k + 1].folded in _ANSWER_NOUNS
               for k in range(first, min(ceiling - 1, last + _ANSWER_REACH + 1)))


def _referring_noun(token: Token) -> bool:
    """A noun of an act, a call, an offer or an agreement, which a demonstrative makes refer back."""
    return token.folded in _ACT_NOUNS or token.folded in _REFERRED_SAYINGS or token.folded in _REFERRED_DEALS


def _object_first(tokens: list[Token], last: int, ceiling: int, start: int, case: bool) -> bool:
    """Whether the actor at character ``start`` opens the object of the verb ending at token
    ``last``, past determiners ("seluruh", "para", "mantan") and, with ``case``, the words of
    a case it is reported for ("melaporkan dugaan korupsi Bupati Pati ke KPK")."""
    words = _DETERMINERS | (_CASE_WORDS if case else frozenset())
    for position in range(last + 1, min(ceiling, last + 1 + _OBJECT_WORDS)):
        if tokens[position].start == start:
            return True
        if tokens[position].folded not in words:
            return _named_object(tokens, position, ceiling, start)
    return False


def _named_object(tokens: list[Token], position: int, ceiling: int, start: int) -> bool:
    """Whether lower-case words from ``position`` on, then "berinisial" or "bernama", name the
    person whose mention opens at character ``start`` ("melaporkan seorang selebgram berinisial LV")."""
    for cue in range(position, min(ceiling - 1, position + _OBJECT_WORDS)):
        if tokens[cue].folded in NAMING_CUES:
            return tokens[cue + 1].start == start
        if not (tokens[cue].is_word and tokens[cue].text.islower()):
            return False
    return False


def _urged_to_act(tokens: list[Token], last: int, floor: int, ceiling: int) -> bool:
    """Whether an urging verb asks someone to act ("untuk", "agar", "supaya" after whom it
    urges, with no verb between: not "mendorong taman dibuka 24 jam agar ...") and its
    clause's subject is no act, event or statement noun ("Serangan itu mendorong Iran untuk
    membalas", "Kunjungan Prabowo ke Rusia mendorong Putin untuk ...": a cause)."""
    asked = next((p for p in range(last + 1, min(ceiling, last + 1 + _URGED_WORDS)) if tokens[p].folded in PURPOSES), None)
    if asked is None or _verb_between(tokens, last + 1, asked):
        return False
    start = max(floor, last - 4)
    start = max([start] + [p + 1 for p in range(start, last) if tokens[p].text == ","])  # "Dalam kunjungan itu, X ..."
    return not any(t.folded in _ACT_NOUNS or t.folded in _CAUSES for t in tokens[start:last])


def _to_authority(tokens: list[Token], last: int, ceiling: int) -> int | None:
    """The "ke"/"kepada" by which a complaint verb names the authority it goes to:
    "melaporkan X ke KPK", "dilaporkan ke pihak kepolisian" (an authority's word within two
    words after it; no comma, "lalu" or "bahwa" between)."""
    for position in range(last + 1, min(ceiling - 1, last + 1 + _COMPLAINT_WINDOW)):
        word = tokens[position].folded
        if word == THAT or word == "lalu" or word == ",":
            return None
        if word in ("ke", "kepada") and any(t.folded in _AUTHORITIES for t in tokens[position + 1 : position + 3]):
            return position
    return None


def _carried_out(tokens: list[Token], first: int, last: int, floor: int, ceiling: int) -> bool:
    """Whether a noun of enforcement is said to be carried out with no agent: "dilakukan
    penangkapan terhadap AP", "Penggeledahan rumah tersangka dilakukan pada Senin" (not
    "dilakukan oleh tim gabungan Bareskrim": an agent)."""
    carrying = [p for p in range(max(floor, first - 2), min(ceiling, last + 1 + _CARRIED_WORDS))
                if tokens[p].folded in _CARRYING and not first <= p <= last]
    return bool(carrying) and all(p + 1 >= ceiling or tokens[p + 1].folded != "oleh" for p in carrying)


def _maker_named_before(arguments: Arguments, noun: int, floor: int, ceiling: int, source: list) -> list[EventActor]:
    """Whose a thing named again with a demonstrative is ("memorandum itu", "usulan tersebut"): the actor named
    right after the same noun before its sentence ("memorandum Rusia"), when not the stance's own source."""
    tokens = arguments.tokens
    if noun + 1 >= ceiling or tokens[noun + 1].folded not in _ANAPHORIC or tokens[noun].folded not in _AUTHORED:
        return []
    own = {a.country for a in source}
    for position in range(floor - 1, max(-1, floor - _MAKER_REACH), -1):
        if tokens[position].folded == tokens[noun].folded and (unit := arguments.at_first.get(position + 1)) is not None \
                and unit.actors[0].type in ("GPE", "ORG", "PER") and unit.actors[0].country not in own:
            return arguments.event_actors([unit])
    return []


def _doer_of_verb_before(arguments: Arguments, noun: int, floor: int, ceiling: int, source: list,
                         event_type: str) -> list[EventActor]:
    """Who did an act a stance names again by its noun and a demonstrative ("peluncuran (rudal) tersebut",
    "penangkapan itu"): the subject of the act's verb told last in the sentences before ("Korea Utara meluncurkan
    rudal ..."), when not the stance's own side; and who put forward a plan, a proposal or a decision that a
    refusal or a criticism names so ("Kemenkeu berencana ... Gapki menolak rencana tersebut"; not support, often
    of one's own side's plan)."""
    tokens = arguments.tokens
    noun_word = tokens[noun].folded if noun < ceiling else ""
    verbs = _NOMINALISED.get(noun_word) or (_PUT_FORWARD.get(noun_word) if event_type in _OPPOSING else None)
    if not verbs or not any(tokens[k].folded in _ANAPHORIC for k in range(noun + 1, min(ceiling, noun + 3))):
        return []
    own = {a.country for a in source}
    position = next((k for k in range(floor - 1, max(-1, floor - _MAKER_REACH), -1) if tokens[k].folded in verbs), None)
    subject = arguments.subject(position, max(0, position - _VERB_SUBJECT_REACH)) if position is not None else None
    doers = arguments.event_actors(subject[1]) if subject is not None else []
    return doers if doers and not own & {a.country for a in doers if a.actor_id == a.country} and \
        not {a.actor_id for a in doers} & {a.actor_id for a in source} else []


# Nouns of acts and the verbs they are made from: the act a demonstrative names again was told by its verb.
_NOMINALISED = {"peluncuran": frozenset({"meluncurkan", "menembakkan"}), "penangkapan": frozenset({"menangkap"}),
                "penahanan": frozenset({"menahan"}), "pengiriman": frozenset({"mengirim", "mengirimkan"}),
                "pengerahan": frozenset({"mengerahkan"}), "penembakan": frozenset({"menembak", "menembakkan"}),
                "pengusiran": frozenset({"mengusir"}), "penggusuran": frozenset({"menggusur"}),
                "pembubaran": frozenset({"membubarkan"}), "pemecatan": frozenset({"memecat"})}
# What someone puts forward and the verbs that tell it: "Kemenkeu berencana menaikkan pungutan ... Gapki menolak
# rencana tersebut", "Bambang mengusulkan agar ... Yohanes menolak usulan itu" (for `_OPPOSING` stances only).
_PUT_FORWARD = {"rencana": frozenset({"berencana", "merencanakan"}), "usulan": frozenset({"mengusulkan"}),
                "usul": frozenset({"mengusulkan"}), "permintaan": frozenset({"meminta"}),
                "tawaran": frozenset({"menawarkan"}), "keputusan": frozenset({"memutuskan"}),
                "tuntutan": frozenset({"menuntut"}), "desakan": frozenset({"mendesak"}),
                "seruan": frozenset({"menyerukan"}), "larangan": frozenset({"melarang"})}
_OPPOSING = frozenset({"REJECT", "DISAPPROVE"})
_VERB_SUBJECT_REACH = 16  # tokens back from that verb to its subject
_MAKER_REACH = 150  # tokens before a sentence where the noun it names again may have its maker
# Things someone makes and is named with (not "Perjanjian Paris", a place's; nor "pembunuhan Ismail Haniyeh", its victim).
_AUTHORED = frozenset({"memorandum", "usulan", "usul", "proposal", "tawaran", "rencana", "laporan", "resolusi",
                       "rancangan", "draf", "keputusan", "kebijakan", "pernyataan", "tuntutan", "seruan", "permintaan",
                       "ultimatum", "tarif", "sanksi", "peringatan", "ancaman"})


def _past_manner(tokens: list[Token], start: int, ceiling: int) -> int:
    """The first token from ``start`` on past adverbs of manner ("keras", "secara terbuka",
    "habis-habisan") and of time ("ditahan sementara Polres Garut")."""
    while start + 1 < ceiling:
        if tokens[start].folded == FOR_A_WHILE and tokens[start + 1].folded != "itu":
            start += 1
        elif tokens[start].folded in _MANNER_ADVERBS:
            start += 2 if tokens[start].folded == "secara" else 1
        elif tokens[start].folded == _WITH and tokens[start + 1].folded in _MANNER_ADVERBS:
            start += 2  # "mengecam dengan keras"
        elif start + 3 < ceiling and tokens[start + 1].text == "-" and \
                f"{tokens[start].folded}-{tokens[start + 2].folded}" in _MANNER_ADVERBS:
            start += 3
        else:
            break
    return start


def _doer_referred(earlier: list[Event], arguments: Arguments, before: int, ceiling: int, event_type: str,
                   source: list[EventActor]) -> list[EventActor]:
    """The doer of the act, call or offer that the word after token ``before`` refers back to
    (a clitic's verb, or a noun named again): none when it is the stance's own side ("Trump
    memuji serangan itu")."""
    tokens = arguments.tokens
    act = _latest_act(_incident_acts(earlier, tokens[before + 1], tokens) if before + 1 < ceiling else earlier,
                      _referable(tokens, before, ceiling, event_type))
    doer = list(act.source) if act is not None else []
    if {a.country for a in doer} | {a.country for a in source} == {HOME} and before + 1 < ceiling and \
            tokens[before + 1].folded in _DOERS_NAMED:
        # at home, another body or person is no side of the stance's own where the noun says whose act it
        # was ("Kuasa hukum terdakwa menolak dakwaan tersebut": the prosecutors'); the state itself, the
        # speaker and the body the speaker's title names are (an incident, "kejadian tersebut", names no doer)
        own = {a.actor_id for a in source} | {HOME} | {
            body.actor_id for a in source if (body := _speaker_body(arguments, a)) is not a}
        return [] if any(a.actor_id in own for a in doer) else doer
    return [] if {a.country for a in doer} & {a.country for a in source} - {None} else doer


def _incident_acts(earlier: list[Event], noun: Token, tokens: list[Token]) -> list[Event]:
    """The acts an act noun named again may refer to: for an incident's noun, not the arrest
    or examination of suspects (_INCIDENTS); for a noun of one type of act, acts of that type,
    and for a court's or a prosecutor's act, the acts its trigger's words name ("dakwaan
    tersebut": an indictment, not an arrest reported after it)."""
    if noun.folded in _NOUN_TRIGGERS:
        return [e for e in earlier if e.event_type in _NOUN_ACTS[noun.folded] and any(
            stem in tokens[k].folded for k in range(_index_at(tokens, e.trigger[0]), _index_at(tokens, e.trigger[1]))
            for stem in _NOUN_TRIGGERS[noun.folded])]
    if noun.folded in _NOUN_ACTS:  # "latihan itu": the exercise, not a strike reported after it
        return [e for e in earlier if e.event_type in _NOUN_ACTS[noun.folded]]
    if noun.folded not in _INCIDENTS:
        return earlier
    return [e for e in earlier if not (e.event_type in ENFORCEMENT and e.recipient and all(map(_suspect, e.recipient)))]


def _suspect(actor: EventActor) -> bool:
    """A suspect: named by initials, or a generic perpetrator or suspect."""
    return actor.actor_id.startswith(INITIALS) or actor.actor_id.split(":")[-1] in _SUSPECTS


def _receiving_verb(tokens: list[Token], first: int, floor: int) -> int:
    """The verb right before a stance noun by which its clause's subject receives or provokes
    it ("Serangan itu menuai kecaman"), or `floor` (nothing before it) when there is none."""
    return first - 1 if first - 1 > floor and tokens[first - 1].folded in UNDERGO | PROVOKE else floor


def _act_subject(tokens: list[Token], first: int, floor: int) -> int | None:
    """The act, call or offer named again as the subject of a passive stance ("Tindakan
    tersebut dikecam oleh Turki", "Serangan itu juga disesalkan ..."): its noun's token."""
    position = first - 1
    while position > floor and tokens[position].folded in PREVERBAL:
        position -= 1
    noun = position - 1
    return noun if noun >= floor and tokens[position].folded in _ANAPHORIC and _referring_noun(tokens[noun]) else None


def _referable(tokens: list[Token], last: int, ceiling: int, event_type: str) -> frozenset[str]:
    """The event types a stance's object refers back to: a call or an offer it names, else
    acts; a refusal with a clitic object ("Khamenei menolaknya") also calls and offers."""
    if last + 1 < ceiling and (saying := _REFERRED_SAYINGS.get(tokens[last + 1].folded)) is not None:
        return frozenset({saying})
    if last + 1 < ceiling and (deals := _REFERRED_DEALS.get(tokens[last + 1].folded)) is not None:
        return deals
    if event_type == "REJECT" and tokens[last].folded.endswith(_CLITIC):
        return ACTS | frozenset(_REFERRED_SAYINGS.values())
    if last + 1 < ceiling and tokens[last + 1].folded in _NOUN_ACTS:
        return frozenset(_NOUN_ACTS[tokens[last + 1].folded])  # "mengecam bantuan itu": the aid's giver
    if last + 1 < ceiling and tokens[last + 1].folded in _DECISIONS:
        return ACTS | _DECIDED  # "Trump memuji keputusan tersebut" after the allies agreed on something
    return ACTS


_DECISIONS = frozenset({"keputusan", "langkah", "kebijakan"})
_DECIDED_ACTS = frozenset({"SANCTION", "AGREE", "RETREAT", "AID", "COOPERATE", "CONCEDE"})  # acts a decision's noun names
_DECIDED = frozenset({"AGREE", "AID", "RETREAT"})  # what a decision named again may also have been, beside acts


def _considerer(arguments: Arguments, cue: int, floor: int) -> list[EventActor]:
    """Who weighs an act: the subject of the modal cue word at token ``cue``
    ("mempertimbangkan", "apakah"), or of the verb before a subjectless "bahwa" clause
    that holds it ("Trump mengatakan bahwa sedang mempertimbangkan apakah ...")."""
    found = arguments.subject(cue, floor)
    if found is None:
        position = cue - 1
        while position > floor and (arguments.tokens[position].folded in PREVERBAL
                                    or _VERB.fullmatch(arguments.tokens[position].folded)):
            position -= 1
        if position > floor and arguments.tokens[position].folded == THAT:
            found = arguments.subject(position, floor)
    return [a for a in arguments.event_actors(found[1]) if a.actor_id.startswith("PER:")] if found else []


def _joined_partner(arguments: Arguments, first: int, floor: int) -> list:
    """The partner someone joins in an act named after "dalam": "bergabung dengan (sekutu
    utamanya) Israel dalam serangan ..." gives Israel."""
    if first - 2 < floor or arguments.tokens[first - 1].folded != "dalam":
        return []
    found = arguments.group_ending_at(first - 2, floor)
    if found is None:
        return []
    start = found[0]
    opening = next((p for p in range(start - 1, max(floor, start - 4) - 1, -1) if arguments.tokens[p].folded == "dengan"),
                   None)
    if opening is None or opening <= floor or arguments.tokens[opening - 1].folded not in _JOINING | {"serta"}:
        return []
    return found[1]


def _latest_act(earlier: list[Event], types: frozenset[str], span: tuple[int, int] | None = None) -> Event | None:
    """The latest of the ``earlier`` events of ``types`` that has a source (with its trigger
    inside ``span``, given as characters): the act a stance refers back to."""
    return next((e for e in reversed(earlier) if e.event_type in types and e.source
                 and (span is None or span[0] <= e.trigger[0] < span[1])), None)


def _relative_to_act(tokens: list[Token], first: int, floor: int) -> int | None:
    """The "yang" of a relative clause a passive stance opens ("..., yang dikutuk Rusia"),
    which in a sentence with an act before it may be said of the act."""
    position = first - 1
    while position > floor and tokens[position].folded in PREVERBAL:
        position -= 1
    return position if position - 1 > floor and tokens[position].folded == "yang" else None


def _ids(actors: list[EventActor]) -> set[str]:
    return {actor.actor_id for actor in actors}


def _refused(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the verb or noun at ``first`` is what a refusal refuses: "menolak berunding",
    "menolak untuk bertemu", "menolak menjalani pemeriksaan"."""
    before = first - 2 if first - 1 > floor and tokens[first - 1].folded == "untuk" else first - 1
    if before > floor and tokens[before].folded == _ACCEPTS:
        while before - 1 > floor and tokens[before - 1].folded in _NOT_ACCEPTING_MODALS:
            before -= 1
        return tokens[before - 1].folded in _NEGATORS and not _received_from(tokens, before - 1, first, len(tokens))
        # ("tidak akan menerima seruan Trump": refused as well; not a call that never came, `_received_from`)
    if before > floor and tokens[before].folded in UNDERGO:
        before -= 1  # "menolak menjalani pemeriksaan"
    return before >= floor and tokens[before].folded in _REFUSALS


_ACCEPTS = "menerima"


def _received_from(tokens: list[Token], first: int, noun: int, ceiling: int) -> bool:
    """Whether "tidak menerima" at token `first` says that a call (its noun at `noun`) never reached one: one sent
    "dari" someone ("tidak menerima seruan evakuasi dari BPBD"), or one who claims so ("mengaku tidak menerima
    desakan apa pun")."""
    return any(t.folded == "dari" for t in tokens[noun + 1 : min(ceiling, noun + _SENDER_REACH)]) or \
        first > 0 and tokens[first - 1].folded in _CLAIMS


_SENDER_REACH = 4  # tokens from a call's noun to the "dari" of its sender
_CLAIMS = frozenset({"mengaku", "mengakui", "merasa"})
_NOT_ACCEPTING_MODALS = frozenset({"akan", "mau", "bisa", "dapat", "pernah"})  # "tidak (akan, mau) menerima"


def _threat_of_action(tokens: list[Token], trigger: Trigger, last: int, triggers: PhraseTrie[Trigger]) -> bool:
    """"X mengancam akan ...", "X bertekad untuk ...", "X memperingatkan bahwa pihaknya akan ...": a threat of
    an act, coded without a named target."""
    if trigger.pattern.type != "THREATEN" or trigger.voice != "active" or last + 1 >= len(tokens):
        return False
    if last + 3 < len(tokens) and tokens[last + 1].folded == THAT and tokens[last + 2].folded in _OWN_SIDE:
        return tokens[last + 3].folded in _THREAT_LINKS  # (not "bahwa Iran akan ...": a forecast of another's act)
    return tokens[last + 1].folded in _THREAT_LINKS or tokens[last].folded == _THREATENS and (
        _VERB.fullmatch(tokens[last + 1].folded) is not None and next(triggers.starting_at(tokens, last + 1), None) is not None
        or tokens[last + 1].folded in _STRIKE_WORDS)
    # ("Serikat buruh mengancam mogok kerja", "mengancam menyerang Iran"; not "mengancam mengganggu pasokan", nor
    # "mengancam kesepakatan gencatan senjata", which endangers it)


def _own_state_threat(arguments: Arguments, trigger: Trigger, first: int, last: int, floor: int, ceiling: int,
                      source: list[EventActor]) -> list[EventActor] | None:
    """The target of an official's warning that the speaker's own state will strike back (none named: an
    empty list): "Araghchi memperingatkan bahwa Teheran akan membalas setiap agresi Israel" (Israel); None
    for any other warning ("bahwa Israel akan membalas", a forecast of another's act; an analyst's; "bahwa
    Rusia akan mengambil langkah untuk memperkuat rubel", no striking back)."""
    tokens = arguments.tokens
    if trigger.pattern.type != "THREATEN" or trigger.voice != "active" or last + 3 >= ceiling or \
            tokens[last + 1].folded != THAT or (unit := arguments.at_first.get(last + 2)) is None:
        return None
    own = {a.country for a in source} - {None, "IGO"}
    if not own or {a.country for a in arguments.event_actors([unit])} != own or \
            not all(a.sector in _STATE_SECTORS or a.actor_id == a.country for a in source) or \
            any(t.folded in _ONLOOKERS for t in tokens[floor:first]):
        return None  # (an observer's forecast: "Pengamat politik Iran Foad Izadi memperingatkan bahwa ...")
    start = unit.last + 1
    while start < ceiling and tokens[start].folded in _THREAT_ADVERBS | _THREAT_LINKS | {_READY}:
        start += 1
    words = tuple(t.folded for t in tokens[start : start + 3])
    if not (words[:1] and words[0] in _STRIKING_BACK or words in _STRIKING_BACK_PHRASES):
        return None
    for position in range(start + 1, min(ceiling, start + _STRIKING_BACK_REACH)):
        if tokens[position].folded in _NOT_THE_TARGET:
            break  # ("membalas setiap negara yang membantu Filipina": whoever helps, not the Philippines)
        named = arguments.at_first.get(position)
        found = arguments.event_actors([named]) if named is not None else []
        if found and not own & {a.country for a in found}:
            return found
    return []


_READY = "siap"
_STATE_SECTORS = frozenset({"GOV", "MIL"})  # the sectors of those who speak or act for a state
_STRIKING_BACK_REACH = 9  # words from the verb of striking back to its target
_NOT_THE_TARGET = frozenset({"yang", "jika", "apabila", "kalau", "bila", ","})  # words after which a name is not it
_STRIKING_BACK = frozenset({"membalas", "menyerang", "menggempur", "menghancurkan"})
_STRIKING_BACK_PHRASES = frozenset({("mengambil", "tindakan", "balasan"), ("mengambil", "langkah", "balasan"),
                                    ("melancarkan", "serangan", "balasan")})


def _trade_halt(tokens: list[Token], first: int, last: int, ceiling: int, source: list[EventActor]) -> bool:
    """Whether a halt of trade is no state's measure: trade in shares ("menangguhkan perdagangan saham
    PT ..."), or firms' or people's own ("Sejumlah perusahaan Jepang membekukan perdagangan dengan China")."""
    if not any(t.folded in _TRADE_WORDS for t in tokens[first : last + 1]):
        return False
    return last + 1 < ceiling and tokens[last + 1].folded in _SECURITIES or \
        any(a.sector in ("BUS", "CVL") for a in source)


_TRADE_WORDS = frozenset({"perdagangan", "dagang"})
_SECURITIES = frozenset({"saham", "efek", "obligasi"})


def _domestic(source: list[EventActor], recipient: list[EventActor]) -> bool:
    """Source and recipient all of one state (collectives such as the West have no country;
    intergovernmental bodies share "IGO" but are not one state); or, with no recipient,
    Indonesian bodies, people or groups other than the state itself ("MK menolak gugatan",
    "massa menolak direlokasi")."""
    if not recipient:
        return bool(source) and all(a.country == HOME and a.actor_id != HOME for a in source)
    countries = {a.country for a in source + recipient}
    return len(countries) == 1 and source[0].country not in (None, "IGO")


def _fronted_subject(arguments: Arguments, first: int, floor: int, ceiling: int) -> tuple[int, list] | None:
    """The subject of an act in a clause of time that opens its sentence or follows a
    quote's speaker: the main clause's subject after the comma closing it ("Usai bertemu
    Putin, Prabowo mengatakan ...") or the speaker before it ('"...," kata Prabowo usai
    bertemu Putin')."""
    tokens = arguments.tokens
    opener = first - 1
    if opener < floor or tokens[opener].folded not in _TIME_CLAUSE_OPENERS:
        return None
    if opener == floor or tokens[opener - 1].text in QUOTES_AND_OPENERS:
        comma = next((k for k in range(first + 1, ceiling) if tokens[k].text == ","), None)
        found = arguments.group_starting_at(comma + 1, ceiling) if comma is not None else None
        verb = found[0] + 1 if found is not None else ceiling
        while verb < ceiling and tokens[verb].folded in PREVERBAL:
            verb += 1  # "Usai bertemu Putin, Prabowo sempat singgah ..."
        return found if verb < ceiling and arguments.is_verb(verb) else None
    speaker = arguments.group_ending_at(opener - 1, floor)
    return speaker if speaker is not None and speaker[0] > floor and tokens[speaker[0] - 1].folded in SPEAKER_WORDS else None


def _agent_key(actor: EventActor) -> str:
    """An actor's id, for a generic agent without its state ("AGT:IDN:GOV:hakim" and
    "AGT:?:GOV:hakim" are one)."""
    return "AGT:" + actor.actor_id.split(":", 2)[2] if actor.actor_id.startswith("AGT:") else actor.actor_id


def _named_party(tokens: list[Token], unit) -> bool:
    """Whether a unit of arguments (the one right after a verb) names a person by a capitalised
    name that ends there (not a generic agent or group, a letter standing for its writer, an
    award named after him, "Jokowi Award", nor one admitted "sebagai" something): whom a leader
    receives ("Putin menerima Prabowo di Kremlin"), not what ("menerima laporan")."""
    if unit is None:
        return False
    after = unit.last + 1
    return tokens[unit.first].text[:1].isupper() and not (after < len(tokens) and tokens[after].text[:1].isupper()) and \
        "sebagai" not in {t.folded for t in tokens[after : after + 3]} and \
        not unit.actors[0].actor_id.startswith(("AGT:", "GRP:")) and unit.actors[0].type == "PER"


def _place_named(arguments: Arguments, actor: EventActor) -> bool:
    """Whether an event's actor is read from a place's name (a city, a province, a region), not a state's, named
    where something is ("pantai di Bali"; not "mengecam Jakarta", the government)."""
    index = _index_at(arguments.tokens, actor.start)
    unit = arguments.at_first.get(index)
    return unit is not None and all(a.type == "LOC" for a in unit.actors) and index > 0 and \
        arguments.tokens[index - 1].folded in _WHERE


# Verbs of facing a foe after "untuk": what follows is the foe, not whom forces are sent to.
_CONFRONTING = frozenset({"menghadapi", "melawan", "menangkal", "menghadang", "mengantisipasi", "menekan", "menyerang",
                          "memerangi", "membendung", "mencegat", "mengusir", "memukul"})
_CONFRONT_REACH = 5  # tokens from the verb of facing to the foe ("untuk menghadapi tekanan militer Amerika Serikat")


def _confronted(tokens: list[Token], actor: EventActor) -> bool:
    """Whether an actor is named as the foe of a purpose: "untuk menghadapi tekanan militer Amerika Serikat"."""
    at = bisect_left(tokens, actor.start, key=lambda token: token.start)
    return any(tokens[k].folded in _CONFRONTING and tokens[k - 1].folded in IN_ORDER_TO
               for k in range(max(1, at - _CONFRONT_REACH), at))


def _forces_withdrawn(event_type: str, mode: str | None, source: list[EventActor], voice: str, word: Token) -> bool:
    """Whether a state, its military or its police withdraw forces, a retreat whoever they leave ("Ukraina menarik
    pasukannya dari Avdiivka", "Polrestabes menarik seluruh personelnya dari kampus"; not a person who "mundur" from
    an office, nor a bare "mundur" at all). Only a verb says so: a noun of withdrawal with no one it leaves is more
    often asked for ("syarat gencatan senjata, di antaranya penarikan pasukan Kyiv")."""
    return event_type == "RETREAT" and mode == "withdraw" and voice != "noun" and word.folded != _STEPS_BACK \
        and bool(source) and all(_is_state(a) or a.sector == "MIL" or _POLICE.search(a.actor_id.lower()) for a in source)


def _private_person(actor: EventActor) -> bool:
    """A person of no office, force or armed group: a resident, a driver, a suspect named by initials."""
    return actor.actor_id.startswith("PER:") and actor.sector in (None, "CVL")


def _civilians(actor: EventActor) -> bool:
    """Civilians as a group ("jemaah", "turis", "WNI", "warga Rusia")."""
    return actor.actor_id.startswith(("AGT:", "GRP:")) and actor.sector == "CVL"


# Types whose civilian target of unknown country is the source's own people: "IRIB
# mendesak warga", "pemerintah Iran membantu warga" (not an attack on "warga").
OWN_PEOPLE_TYPES = frozenset({"DEMAND", "AID", "SUPPORT", "AGREE", "CONSULT", "COOPERATE", "CONCEDE", "INVESTIGATE"})


def _people_at(arguments: Arguments, actors: list[EventActor], source: list[EventActor]) -> list[EventActor]:
    """Civilians of unknown country named with a place of another state than the source's right
    after them are that place's people ("Militer Israel memerintahkan warga di Khan Younis untuk
    mengungsi": Palestinians), not the source's."""
    tokens, own = arguments.tokens, {a.country for a in source}
    placed = []
    for actor in actors:
        after = bisect_left(tokens, actor.end, key=lambda token: token.end) + 1
        place = arguments.after_preposition(_AT, after, min(len(tokens), after + 5), window=1, fillers=2) \
            if actor.actor_id.startswith("AGT:?:CVL:") else None
        if place is not None and any(t.folded in _NEAR for t in tokens[place[0] + 1 : place[2][0].first]):
            place = None  # "warga di sekitar Jalur Gaza", "di dekat perbatasan Lebanon": beside the place, maybe not of it
        countries = {a.country for unit in place[2] for a in unit.actors} if place is not None else set()
        if len(countries) == 1 and None not in countries and not countries & own:
            actor = _placed([actor], next(iter(countries)), "CVL")[0]
        placed.append(actor)
    return placed


def _own_people(actors: list[EventActor], others: list[EventActor], sector: str = "CVL") -> list[EventActor]:
    """Agents of ``sector`` and unknown country take the country of ``others`` when those
    are of one state: the civilians a state's body urges or helps are its people, and a
    government that evacuates Indonesians is Indonesia's."""
    countries = {a.country for a in others}
    if len(countries) != 1 or None in countries:
        return actors
    [country] = countries
    return _placed(actors, country, sector)


# Words before a nominalisation that make the clause subject its target: "menghadapi
# sanksi", "terkena sanksi", "berada di bawah sanksi", "menjadi sasaran serangan".
UNDERGO = frozenset({"menghadapi", "terkena", "dikenai", "dikenakan", "bawah", "sasaran", "korban", "mengalami",
                     "menjalani",  # "Hasto menjalani pemeriksaan di KPK", "menjalani penahanan"
                     # receiving what another does: "Israel menuai kecaman dari Turki", "Ukraina menerima
                     # bantuan dari AS"
                     "menerima", "mendapat", "mendapatkan", "memperoleh", "menuai"})
# Causing another's reaction: "langkah Israel itu memicu kecaman dari Turki" is Turkey's criticism
# of Israel, "serangan Israel memicu serangan balasan Iran" Iran's attack on Israel (only for a
# stance or a retaliation that names no target of its own: "memicu kecaman Iran terhadap Israel").
PROVOKE = frozenset({"memicu", "menimbulkan", "mengundang", "memantik", "menyulut"})
# The verbs of what an act draws from others: "Kebijakan tarif Trump menuai kritik dari Kanada".
_REACTION_DRAWN = PROVOKE | {"menuai", "mendapat", "mendapatkan", "menerima", "memperoleh"}


def _generic(unit: Unit) -> bool:
    """Whether ``unit`` names only generic agents ("polisi", "istri"), no actor by name."""
    return all(a.actor_id.startswith("AGT:") for a in unit.actors)


def _trade_of(arguments: Arguments, recipient: list[Unit], person: Unit, ceiling: int) -> bool:
    """Whether ``recipient`` is one generic group whose word describes ``person``, the name only the recogniser
    found right after it ("menangkap pedagang Rina Marlina", "Pedagang Rina Marlina ditangkap")."""
    return len(recipient) == 1 and _generic(recipient[0]) and \
        arguments.past_description(recipient[0].first, ceiling) == person.first


def _noun_of(verbs: frozenset[str], tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the nominalisation at ``first`` is the object of one of ``verbs``, allowing one
    word between ("melakukan kunjungan", "menunjukkan dukungannya", "memberikan bantuan"), a
    quantity ("mengirim 10 ton bantuan", "menerima ribuan paket bantuan") or a round ("menggelar
    putaran kedua perundingan")."""
    end = first  # the verb stands before `end`: right before the noun, or before its quantity
    if first - 2 > floor and tokens[first - 2].folded in _ROUNDS:
        end = first - 2  # and the round it is: "menggelar putaran kedua perundingan tarif"
    while end - 1 > floor and first - end < _QUANTITY_WORDS and (
            tokens[end - 1].folded in _MEASURES or tokens[end - 1].text[:1].isdigit()
            or end < first and tokens[end - 1].folded in _ABOUT_AMOUNTS):
        end -= 1  # (and the words of its approximation: "mengirim lebih dari 20 ton bantuan")
    reach = 2 if end == first else 1
    while end - reach - 1 > floor and tokens[end - reach].folded in _MANNER:
        reach += 1  # "terlibat langsung dalam penyerangan"
    if first - 1 > floor and tokens[first - 1].folded in _HALTS:
        return False  # "menyerukan penghentian serangan": the act called to a halt is not the caller's
    return any(tokens[p].folded in verbs for p in range(max(floor, end - reach), end))


def _effect_of_attack(earlier: list[Event], source: list[EventActor], tokens: list[Token], floor: int,
                      first: int) -> bool:
    """Whether the subject of a strike verb at ``first`` is the target inside the phrase of an attack
    noun that opens its clause: an attack in the same clause, before the subject, on the subject's state,
    and no verb between the attack's noun and the strike verb ("Serangan Israel ke Iran dibalas Iran yang
    menembakkan rudal" is Iran's own strike)."""
    start, end = tokens[floor].start, tokens[first].start
    return any(e.event_type == "FIGHT" and start <= e.trigger[0] < min(a.start for a in source) and e.trigger[1] <= end
               and {a.country for a in source} <= {a.country for a in e.recipient}
               and not {a.country for a in source} & {a.country for a in e.source}
               and _subject_noun(tokens, floor, _index_at(tokens, e.trigger[0]), first) for e in earlier)


def _subject_noun(tokens: list[Token], floor: int, noun: int, verb: int) -> bool:
    """Whether the noun at ``noun`` opens the subject of the verb at ``verb``: no word that fronts an occasion
    before it in the clause ("Menyusul serangan Israel ..., Iran menembakkan ...": Iran's own strike), and no
    verb between them."""
    return not any(t.folded in _FRONTING for t in tokens[floor:noun]) and not _verb_between(tokens, noun + 1, verb)


def _not_ruled_out(arguments: Arguments, floor: int, first: int, source: list[EventActor]) -> list[EventActor] | None:
    """Who says a strike by the source's state at token ``first`` is not ruled out ("Gedung Putih tidak menutup
    kemungkinan AS ikut menyerang Iran", "Netanyahu tidak menutup kemungkinan Israel akan membunuh Khamenei"): the
    subject of the negated ruling-out, when it is of the source's one state (not an observer's guess); else None."""
    tokens = arguments.tokens
    states = {a.country for a in source}
    at = next((k for k in range(floor + 1, first - 1) if tokens[k].folded in _RULING_OUT and tokens[k - 1].folded in _NOT_YET
               and tokens[k + 1].folded in _OPTIONS), None)
    subject = arguments.subject(at - 1, floor) if at is not None and len(states) == 1 else None
    if subject is None or any(t.folded in _ONLOOKERS for t in tokens[floor:at]):
        return None  # (an observer's, a pundit's or the press's guess: "Pengamat militer Israel tidak menutup ...")
    speakers = arguments.event_actors(subject[1])
    return speakers if speakers and {a.country for a in speakers} == states and all(
        a.sector in ("GOV", "MIL") for a in speakers) else None


def _own_voice(speakers: list[tuple[int, EventActor]], first: int, source: list[EventActor]) -> EventActor | None:
    """The person speaking for the source's state of an act at token ``first``: the last speaker named
    before it (or the quote's), a person of the one state the source's actors belong to, who are not
    people themselves ("Araghchi mengatakan pasukan Iran akan menggempur Israel")."""
    states = {a.country for a in source}
    speaker = next((s for position, s in reversed(speakers) if position <= first), None)
    if speaker is None or len(states) != 1 or None in states or any(a.actor_id.startswith("PER:") for a in source):
        return None
    return speaker if speaker.actor_id.startswith("PER:") and speaker.country in states and speaker.sector in (
        "GOV", "MIL") else None  # (not an opposition leader's or a critic's warning)


def _envoys(arguments: Arguments, actors: list[EventActor]) -> bool:
    """Whether any of ``actors`` is an ambassador or a consul by the title the article gives them."""
    return any(envoy in (arguments.role_of(a.actor_id) or "").casefold() for a in actors for envoy in _ENVOY_TITLES)


def _tariffs_of_state(event_type: str, trigger: Trigger, words: list[Token], after: list[Token],
                      source: list[EventActor]) -> bool:
    """Whether a tariff noun names a state's or its leader's trade measure, which the labels code with no
    target named ("pengenaan tarif resiprokal Amerika Serikat", "kebijakan tarif Presiden AS Donald Trump");
    not a firm's or an agency's fares or rates ("tarif Jasa Marga"), nor taxes or fares the words ``after`` it
    name ("tarif pajak penghasilan Singapura", "kebijakan tarif Presiden Prabowo untuk tiket pesawat")."""
    if not (event_type == "SANCTION" and trigger.voice == "noun" and any(t.folded == _TARIFF for t in words)):
        return False
    bare = len(words) == 1 or words[0].folded == "kebijakan"  # ("tarif impor", "tarif resiprokal" are trade's own)
    if bare and any(t.folded in _FARES for t in after):
        return False
    return bool(source) and all(a.actor_id == a.country or a.actor_id.startswith("PER:") and a.sector == "GOV" for a in source)


def _placed_past_unknown(arguments: Arguments, tokens: list[Token], start: int, ceiling: int,
                         sites: bool = False) -> EventActor | None:
    """The known place a comma sets after an unknown one that "di" opens within `_PLACE_WINDOW`
    tokens of `start`, or, with ``sites``, that stands at `start` (the object of a strike or a visit,
    its lowercase nouns aside): "di Istana Konstantinovsky, St. Petersburg, Rusia" is in St.
    Petersburg, "menyerang Pangkalan Udara Engels, Saratov, Rusia"
    strikes in Russia (the venue's capitalised words, a place noun before them, "di wilayah Saratov,
    Rusia", and the commas of the chain are passed; another lowercase word ends it, and so does a
    person or a subject with its verb after the comma: "Saat bertemu X di Ruang Oval, Trump memuji ...")."""
    at = next((k for k in range(start, min(ceiling, start + _PLACE_WINDOW)) if tokens[k].folded == "di"), None)
    named = start  # the object's name, past up to three lowercase nouns ("depot bahan bakar Shahran, Teheran")
    while named < min(ceiling, start + 3) and tokens[named].text.islower() and tokens[named].is_word and \
            not arguments.is_verb(named) and tokens[named].folded not in PREPOSITIONS and tokens[named].folded != "yang":
        named += 1
    openers = ([at] if at is not None else []) + (
        [named - 1] if sites and named < ceiling and tokens[named].text[:1].isupper() else [])
    return next((place for opener in openers if (place := _chained_place(arguments, tokens, opener, ceiling))), None)


def _chained_place(arguments: Arguments, tokens: list[Token], at: int, ceiling: int) -> EventActor | None:
    """The known place of a chain after the token at ``at`` (`_placed_past_unknown`): the one a comma
    sets after the venue, else a known place the venue's own name holds ("Kamp Pengungsi Nuseirat")."""
    if at + 1 < ceiling and arguments.group_starting_at(at + 1, ceiling, companions=False) is not None:
        return None  # a known name needs no chain, and a list of them is no chain ("menyerang Kyiv, Kharkiv, dan Odesa")
    inside = None
    for position in range(at + 1, min(ceiling, at + 1 + _PLACE_WINDOW)):
        token = tokens[position]
        found = arguments.group_starting_at(position, ceiling, companions=False)
        places = [a for a in arguments.event_actors(found[1]) if a.country and (
            a.actor_id.startswith("LOC:") or a.actor_id == a.country)] if found is not None else []
        if places and position > at + 1 and tokens[position - 1].text == ",":
            if found[0] + 1 < ceiling and arguments.is_verb(found[0] + 1):
                return None  # the subject of the main clause after a fronted phrase ("Dalam pertemuan ... di Hotel
                # X, Iran menegaskan ...")
            return places[0]
        if places and inside is None and position > at + 1:
            inside = places[0]  # (inside a longer name: not the name the chain opens with)
        if not (token.text[:1].isupper() or token.text in {".", "-", ","} or token.folded in _PLACE_NOUNS):
            break
    return inside


def _occasion_subject(arguments: Arguments, first: int, floor: int) -> list:
    """Who has the visit or meeting at ``first`` that closes its clause (`_occasion_of_clause`): the
    speaker a word of saying names right before the occasion ("..., kata Prabowo usai pertemuan dengan
    Putin"), else the subject of the clause's first verb ("Erdogan mengecam Israel dalam pertemuan
    dengan Prabowo": Erdogan, not Israel); no one without such a verb."""
    tokens = arguments.tokens
    speaker = arguments.group_ending_at(first - 2, floor)
    if speaker is not None and speaker[0] - 1 > floor and (tokens[speaker[0] - 1].folded in SPEAKER_WORDS or (
            arguments.is_verb(speaker[0] - 1) and tokens[speaker[0] - 1].folded.startswith("di"))):
        return speaker[1]  # (or a passive's agent: "Hal itu disampaikan Sugiono usai pertemuan dengan ...")
    verb = next((k for k in range(floor + 1, first - 1) if arguments.is_verb(k)), None)
    subject = arguments.subject(verb, floor) if verb is not None else None
    return subject[1] if subject else []


def _occasion_of_clause(arguments: Arguments, first: int, last: int, floor: int, ceiling: int) -> bool:
    """Whether the visit or meeting noun at ``first`` is the occasion of its clause, after "dalam",
    "saat", "seusai" and the like closing the clause ("Prabowo menjalani sejumlah agenda dalam kunjungan
    resmi di Rusia", "... saat kunjungannya ke Moskow", "X dan Y mengumumkan kesepakatan itu seusai
    pertemuan bilateral"): the subject's visit or meeting. Not when nothing stands before the
    occasion (a fronted "Dalam kunjungan ke Rusia, ..."), nor a host's ("Kim menyambut Putin dalam
    kunjungan kenegaraan"), nor after a relative clause ("yang") or a quote's close ('"...," kata Pezeshkian
    dalam percakapan telepon': the speaker's, `_said_in`), nor when a verb follows the noun in its clause
    ("saat pertemuan dengan Sugiono berlangsung": the clause's own time)."""
    tokens = arguments.tokens
    if first - 2 <= floor or tokens[first - 1].folded not in _OCCASION_WORDS:
        return False
    return not any(tokens[k].folded in _HOSTING or tokens[k].folded == "yang" or
                   tokens[k].text in _QUOTE_MARKS and tokens[k - 1].text == "," for k in range(floor, first - 1)) \
        and not any(arguments.is_verb(k) or tokens[k].folded in _TAKING_PLACE for k in range(last + 1, ceiling))


def _responsibility_for(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the nominalisation at ``first`` is what its clause's subject takes responsibility
    for: "IRGC mengklaim bertanggung jawab atas serangan drone terhadap Nevatim" (the subject's attack)."""
    return first - 3 >= floor and [t.folded for t in tokens[first - 3 : first]] == ["bertanggung", "jawab", "atas"]


def _response_with(tokens: list[Token], first: int, floor: int) -> bool:
    """Whether the nominalisation at ``first`` is the act a response verb names with
    "dengan" ("membalas dengan serangan", "menanggapinya dengan serangan rudal", "membalas dengan
    rentetan serangan rudal")."""
    if first - 1 > floor and (tokens[first - 1].folded in _SERIES or tokens[first - 1].text.isdigit()):
        first -= 1
    if first - 2 < floor or tokens[first - 1].folded != "dengan":
        return False
    verb = tokens[first - 2].folded
    return verb in _RESPONSES or verb.endswith(_CLITIC) and verb[: -len(_CLITIC)] in _RESPONSES


def _hurt_by(arguments: Arguments, last: int, ceiling: int, source: list[EventActor]) -> list[EventActor]:
    """The people or forces of another state that an attack named by a noun kills, the object of
    "menewaskan" right after the noun's phrase ("Serangan Israel telah menewaskan lebih dari 200 warga
    Iran"; not past "yang" or "dan": "Serangan Israel pekan lalu dan kecelakaan bus menewaskan ..."), if any."""
    tokens = arguments.tokens
    if any(t.folded in _NOT_FORCE for t in tokens[last + 1 : min(ceiling, last + 3)]):
        return []  # ("Serangan tarif AS ...", "serangan balik", "serangan verbal": no strike)
    position = last + 1
    end = max((a.end for a in source), default=0)
    while position < ceiling and (tokens[position].start < end or tokens[position].text.islower() and (
            tokens[position].folded in PREVERBAL or not arguments.is_verb(position)) and tokens[position].folded
                                  not in _NOT_HURT_WAY and position - last <= _KILLER_REACH):
        position += 1  # past the noun's phrase and adverbs, up to the first verb
    if position >= ceiling or tokens[position].folded != _KILLED:
        return []
    found = arguments.object(position, ceiling)
    hurt = arguments.event_actors(found[1]) if found is not None else []
    own = {a.country for a in source}
    return hurt if hurt and all(a.country and a.country not in own and a.actor_id.startswith(("AGT:", "GRP:"))
                                or a.sector == "MIL" and a.country not in own for a in hurt) else []
    # (people of no known state, the war's other side may be named; nor the attacker's own, "Serangan Israel
    # menewaskan dua tentara Israel sendiri"; people or forces only)


def _group_of(phrase: tuple[int, int, list] | None) -> tuple[int, list] | None:
    """(last token, units) of a prepositional phrase found by `after_preposition`."""
    return None if phrase is None else (phrase[1], phrase[2])


def _nearest_date(text: str, timexes: list, position: int, noun_end: int | None,
                  other_act: bool = False, saying: bool = False) -> tuple[str | None, tuple[int, int] | None]:
    """The value and span of the time expression nearest the trigger at ``position`` in its
    clause (not the date of a source the sentence cites: "dilansir AFP, Rabu (18/6/2025)");
    ``noun_end`` is where a noun trigger ends, whose own outbreak a relative clause may date;
    with ``other_act`` (a stance or a call on another's act), a relative clause of when that act
    happened dates it, not the trigger (`_HAPPENED_CLAUSE`); with ``saying`` (a call, a stance, a pledge), the end
    of a span is how long it holds, not when it was made ("mengimbau warga waspada hingga 20 Juni")."""
    outbreak = _OWN_OUTBREAK.match(text, noun_end) if noun_end is not None else None
    near = [t for t in timexes if (not _OTHER_CLAUSE.search(text, _after_quote_closed(text, position, t), max(t.start, position))
                                   or t.end <= position and _FRONTED_DATE.search(text, 0, t.start) is not None
                                   and text[t.end : t.end + 1] == "," and not _THAT.search(text, t.end, position)
                                   and not _RELATIVE_VERB.search(text, max(t.end, position - _RELATIVE_CHARS), position)
                                   or outbreak is not None and t.start >= outbreak.end() or _closing(text, t, position))
            and not (t.start > position and _LATER_CLAUSE.search(text, position, t.start))
            and not (other_act and t.start > position and (_HAPPENED_CLAUSE.search(text, position, t.start)
                                                           or _SINCE.search(text, position, t.start)
                                                           or _YEAR.fullmatch(t.value or "") and
                                                           _CASE_WORD.search(text, position, t.start))
                     and not _closing(text, t, position))
            and not (t.end <= position and _AFTERMATH.search(text, t.end, position))
            and not (noun_end is not None and t.end <= position and _STANCE_TAKEN.search(text, t.end, position))
            and not (t.end <= position and _SUBORDINATE_AFTER.search(text, t.end, position))
            and not (t.end <= position and _COUNTED_FROM.search(text, t.start, t.end) and "," not in text[t.end : position])
            and not _CITATION.search(text, max(0, t.start - _CITATION_CHARS), t.start)
            and not (saying and _UNTIL.search(text, max(0, t.start - _UNTIL_CHARS), t.start))
            and not _in_term(text, t, position)
            and not (t.end <= position and _in_relative_before(text, t, position))]
    if not near:
        return None, None
    best = min(near, key=lambda t: abs(t.start - position))
    return best.value, (best.start, best.end)


# A stance taken on an act named after it, whose date before the stance is the stance's: "Malaysia pada Rabu
# (18/6) mengecam serangan Rusia ke Kyiv" (the attack is not of Wednesday).
_STANCE_TAKEN = re.compile(r"\b(?:mengecam|mengutuk|mengkritik|menyesalkan|menyayangkan|memprotes|menentang|"
                           r"mendukung|menyambut baik|memuji|mengapresiasi)\b", re.IGNORECASE)


# The end of a span, which dates no saying: "mengimbau warga agar waspada hingga 20 Juni 2025" (also glued to the
# word before by the scraper, "hidrometeorologihingga"; not "sehingga").
_UNTIL = re.compile(r"(?:\b|(?<=[a-z]))(?<!se)(?:hingga|sampai|s\.d\.?)(?:\s+dengan)?(?:\s+tanggal)?\s*$", re.IGNORECASE)
_UNTIL_CHARS = 20


def _day_of_saying(text: str, timex, position: int) -> bool:
    """Whether a time expression before a stance's trigger is the day of a saying whose "bahwa" clause holds the
    trigger: "Pezeshkian mengatakan pada Selasa (17/6) bahwa negaranya menolak ..." (the stance is taken as it is
    said)."""
    return timex.end <= position and _THAT_NEXT.match(text, timex.end) is not None and \
        _SAID_BEFORE.search(text, max(0, timex.start - _SAID_CHARS), timex.start) is not None and \
        not _OTHER_CLAUSE.search(text, _THAT_NEXT.match(text, timex.end).end(), position)


_THAT_NEXT = re.compile(r"\)?\s*,?\s*bahwa\b", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:mengatakan|menyatakan|menegaskan|mengumumkan|menyampaikan)\b", re.IGNORECASE)
_SAID_CHARS = 60  # characters from the verb of saying to the day it was said


def _closing(text: str, timex, position: int) -> bool:
    """Whether a time expression after the trigger closes its sentence, set off by a comma: the
    day of the report's main clause, past a relative clause ("menangkap 23 warga negara China yang
    diduga menjalankan penipuan daring, Sabtu (14/6/2025)."; a month or a year there is the clause's
    own: "menuntut terdakwa yang menembak polisi, November 2024")."""
    return timex.start > position and _DAY_OR_WEEK.match(timex.value or "") is not None \
        and text[:timex.start].rstrip().endswith(",") and _SENTENCE_CLOSE.match(text, timex.end) is not None \
        and not (_PLANNED_BETWEEN.search(text, position, timex.start) and _AHEAD.search(timex.text))


def _after_quote_closed(text: str, position: int, timex) -> int:
    """Where to look for another clause between a trigger at ``position`` and a date after
    it: past the close of a quote the trigger is in, when the speaker's attribution follows
    it (a relative clause inside the quote does not hold the date of its saying: '"...
    serangan Israel yang melanggar kedaulatan," kata Sugiono, Sabtu (14/6)'); for a date
    before the trigger, from the date's end on."""
    if timex.start < position:
        return min(timex.end, position)
    attribution = _ATTRIBUTION.search(text, position, timex.start)
    return attribution.start() if attribution is not None else position


def _in_relative_before(text: str, timex, position: int) -> bool:
    """Whether a time expression before the trigger lies in a relative clause that a comma
    closes before it, so dates the clause's own noun: "Harga emas, yang turun pada Mei,
    kembali naik karena perang Iran-Israel" (the war is not of May). A clause of the occasion
    the act belongs to still dates it: "Trump, yang berbicara kepada wartawan pada Senin,
    mengancam ...", "Dalam KTT tersebut, yang digelar pada Rabu, ..."; so does a clause of the date alone
    ("Israel, yang pada Jumat (13/6), menyerang Iran")."""
    opening = max(text.rfind(",", max(0, timex.start - _RELATIVE_CHARS), timex.start),
                  text.rfind(".", max(0, timex.start - _RELATIVE_CHARS), timex.start))
    closing = text.find(",", timex.end, position)
    if opening < 0 or text[opening] != "," or closing < 0 or _RELATIVE_OPENER.match(text, opening + 1) is None and not (
            _LOWER_WORD.match(text, opening + 1) and _YANG.search(text, opening, timex.start)):
        return False  # (also an apposition whose noun a relative clause ends: "ICW, lembaga yang memantau korupsi sejak
        # 1998, menuntut ...")
    date_only = _DATE_ONLY.fullmatch(text, opening + 1, timex.start) is not None and not text[timex.end : closing].strip()
    return not date_only and _OCCASION.search(text, opening, closing) is None


def _case_year(text: str, start: int, end: int, trial: bool) -> bool:
    """Whether the year at ``start``..``end`` is a case's: the one "pada tahun" gives a case an act is about
    ("terkait kasus suap ... pada tahun 2024"; not "menahan X dalam kasus ... pada tahun 2024", which may date
    the arrest, but with `trial`, a court's or a prosecutor's act, any case: "dituntut ... dalam kasus suap ...
    pada tahun 2019"), either end of a range of years after any case ("kasus ... pada tahun 2015 hingga 2022"),
    or the year a case happened ("kasus suap yang terjadi pada 2021")."""
    window = max(0, start - _CASE_CHARS)
    return _CASE_YEAR.search(text, window, start) is not None or _CASE_RANGE_END.search(text, window, start) is not None \
        or _CASE_RANGE.search(text, window, start) is not None and (_RANGE_ON.match(text, end) is not None or trial) \
        or _CASE_HAPPENED.search(text, window, start) is not None


def _trial_act(text: str, position: int) -> bool:
    """Whether the trigger at character ``position`` is a prosecutor's or a court's act, which comes long after the
    crime: "dituntut", "divonis", "memvonis", "menjatuhkan vonis"."""
    words = text[position : position + _WORD_CHARS].casefold().split()
    if not words or words[0] not in _PROSECUTING | _VERDICT_VERBS | _DECLARED:
        return False
    return words[0] in _PROSECUTING | _DECLARED or words[0].endswith("vonis") or \
        len(words) > 1 and words[1].startswith(_VERDICT_WORDS)  # ("menyatakan X bersalah", "dinyatakan bersalah")
    # ("menjatuhkan vonis", "dijatuhi hukuman"; not "menjatuhkan sanksi", "dijatuhi sanksi")


def _in_term(text: str, timex, position: int) -> bool:
    """Whether a time expression is part of a span of years that dates an office or a
    budget, not an act: "Direktur PPTKA Kemnaker (2019-2024)", "APBD Provinsi Jatim tahun
    2019-2022", "periode 2024-2029" (also one holding only its first year, "periode 2018"), or a
    year that a case, a project or a budget is of ("proyek jalan tahun 2023", "kasus suap ... pada tahun 2024")."""
    match = next((m for m in _YEAR_SPAN.finditer(text, max(0, timex.start - _TERM_CHARS), timex.end + _TERM_CHARS)
                  if m.start() <= timex.end and timex.start <= m.end()), None)  # ("periode 2018" of "periode 2018-2022")
    if match is None:  # a year a case, a project or a budget is of: "proyek jalan tahun 2023", "tahun anggaran 2021"
        return _YEAR.fullmatch(timex.value or "") is not None and (
            _NOUN_YEAR.search(text, max(0, timex.start - _TERM_CHARS), timex.start) is not None
            or _case_year(text, timex.start, timex.end, _trial_act(text, position)))
    before = text[max(0, match.start() - _TERM_CHARS) : match.start()]
    if _TERM_OPENER.search(before) is not None or match.group(1) and _OFFICE_BEFORE.search(before) is not None \
            or _CASE_RANGE.search(text, max(0, match.start() - _CASE_CHARS), match.start()) is not None:
        return True  # "APBD ... 2019-2022", "eks Menpora (2014-2019)", "selaku Direktur ... (2019-2024)", "kasus
        # korupsi timah pada tahun 2015-2022"
    # a bracketed span right after the act's own words dates the act: "Perang Iran-Irak (1980-1988)"
    return bool(match.group(1)) and not 0 <= match.start() - position <= _OWN_SPAN_CHARS


def _per_listed_year(event: Event, text: str, timexes: list, dct_start) -> list[Event]:
    """One event per year of a list its date opens: "ditandatangani ... tahun 1961, 2000,
    dan 2001" reports three signings; each copy is historical or not by its own year. A
    range ("antara tahun 2019 dan 2023", "periode 2025 dan 2026") is one span, ", dan" after
    a single year opens a clause ("pada 2019, dan 2020 menjadi ..."), not a list, and a list
    before the trigger is left alone (it may date something else: "Dibandingkan tahun 2023
    dan 2024, Israel menyerang Gaza lebih sering pada 2025")."""
    if event.date_span is None or not _YEAR.fullmatch(event.date or ""):
        return [event]
    index = next((k for k, t in enumerate(timexes) if (t.start, t.end) == event.date_span), None)
    if index is None or timexes[index].start < event.trigger[0]:
        return [event]
    last = index
    while last + 1 < len(timexes) and _listed(text, timexes[last], timexes[last + 1]):
        last += 1
    run = timexes[index : last + 1]
    closing = _LIST_JOINT.fullmatch(text, run[-2].end, run[-1].start) if len(run) > 1 else None
    if closing is None or not closing.group(1) or len({t.value for t in run}) < len(run) \
            or (len(run) == 2 and "," in closing.group(0)) or _RANGE_OPENER.match(run[0].text) \
            or _RANGE_OPENER.search(text, max(0, run[0].start - _RANGE_CHARS), run[0].start):
        return [event]
    events = [event]
    for timex in run[1:]:
        context = [c for c in event.context if c != "historical"]
        if _long_past(timex.value, dct_start):  # after the modal cues, before the topics, as for the first
            context.insert(next((k for k, c in enumerate(context) if c not in MODAL), len(context)), "historical")
        events.append(replace(event, date=timex.value, date_span=(timex.start, timex.end), source=list(event.source),
                              recipient=list(event.recipient), context=context, cues=dict(event.cues)))
    return events


def _listed(text: str, before, after) -> bool:
    """Two years joined as items of a list ("1961, 2000", "2000, dan 2001")."""
    return bool(_YEAR.fullmatch(before.value or "") and _YEAR.fullmatch(after.value or "")
                and _LIST_JOINT.fullmatch(text, before.end, after.start))


def _target_year(value: str | None, dct_start) -> bool:
    """Whether a date is a year after the news's (a goal's deadline, not when something was agreed)."""
    return value is not None and dct_start is not None and _YEAR.fullmatch(value) is not None \
        and int(value) > dct_start.year


def _long_past(value: str, dct_start) -> bool:
    """Whether a date ends long enough before the news to make an act on it historical."""
    interval = value_interval(value)
    return dct_start is not None and interval is not None and (dct_start - interval[1]).days > HISTORICAL_DAYS


def _index_at(tokens: list[Token], position: int) -> int:
    """The index of the first token that starts at or after character `position`."""
    return bisect_left(tokens, position, key=lambda token: token.start)


def _word_before(tokens: list[Token], position: int) -> str:
    """The word right before character `position`, as tokenised: a word the scraper glued
    to a name counts on its own ("militerIsraeldi Jalur Gaza": "di")."""
    index = _index_at(tokens, position)
    return tokens[index - 1].folded if index > 0 else ""


def _named_target(text: str, timex, dct_start) -> bool:
    """Whether a timex is the far year of a named goal ("Visi Indonesia Emas 2045", "Net Zero Emission
    2060"): a bare year at least :data:`_FAR_YEARS` after the news, right after a capitalised word that is
    no word of time opening the sentence ("Pada 2040, ..." dates the act)."""
    if dct_start is None or len(timex.value) != 4 or not timex.value.isdigit() or \
            int(timex.value) < dct_start.year + _FAR_YEARS:
        return False
    before = text[max(0, timex.start - _WORD_BEFORE_CHARS) : timex.start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].casefold() not in _TIME_LEADS


def _interval_start(dct: str | None):
    if not dct:
        return None
    interval = value_interval(dct[:10])
    return interval[0] if interval else None

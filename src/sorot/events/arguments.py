"""The actors of a sentence as argument units, and the clause walks that find a
trigger's subject, object and prepositional phrases.

An argument unit is a run of tokens naming one actor: a mention the actors stage
found, or an anaphor resolved to earlier actors ("ia", "keduanya", "kedua negara").
Units joined by "dan", "serta", "maupun" or a comma form a group: several actors on
one side of an event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sorot.claims.numbers import DIGITS, WHOLE
from sorot.entities.mentions import PhraseTrie, verb_follows
from sorot.entities.readings import DASHES, in_dateline
from sorot.entities.recognise import company_name
from sorot.entities.regional import HEADS_OF_BODIES, HOME_STATE, PLACE_UNITS, REGIONAL_BODIES
from sorot.entities.resolve import INITIALS, INITIALS_CUES, KNOWN, NAMELY, NAMING, PASSIVE_ENFORCEMENT_VERBS
from sorot.entities.titles import FORMER, PERSON_DESCRIPTIONS, RANK_WORDS, ROMAN, SUSPECT_NOUNS, relation_before
from sorot.entities.tokens import Token, phrase_key, starts_sentence
from sorot.events.record import EventActor
from sorot.record import ArticleActor

# Words that join actors into one group.
COORDINATORS = frozenset({"dan", "serta", "maupun", ",", "baik", "bersama", "beserta", "atau"})
# Prepositions: an actor after one of these is not a clause subject.
PREPOSITIONS = frozenset({
    "di", "ke", "dari", "pada", "dengan", "terhadap", "kepada", "untuk", "antara", "melawan", "oleh", "atas",
    "bagi", "dalam", "tentang", "mengenai", "bersama", "menurut", "kata", "ujar", "seperti",
})
# Words of a sum of money ("senilai USD 30 juta atau Rp 492,01 miliar"), which a search
# for a prepositional phrase passes over without counting them.
_CURRENCIES = frozenset({"rp", "usd", "us$", "dolar", "rupiah"})
_SCALES = frozenset({"ribu", "juta", "miliar", "triliun"})
_SUM_WORDS = _SCALES | _CURRENCIES  # the words an "atau" between two sums follows
_AMOUNT_WORDS = _SUM_WORDS | {"senilai", "sebesar"}
_ASIDE_WORDS = 24  # the longest bracketed aside a prepositional phrase is looked for past
# Conjunctions of time: a phrase in such a clause is not the main verb's ("... saat mereka
# menunggu truk bantuan di Khan Younis").
WHEN = frozenset({"saat", "ketika", "tatkala"})
_OWNER_WORDS = 12  # how far back the owner of an agent's clitic is looked for
_CONTRASTS = frozenset({";", "tetapi", "tapi", "namun", "sedangkan"})  # where another side's clause begins
_SENTENCE_ENDS = frozenset({".", "!", "?"})
# Tokens a subject or object walk does not cross.
# Words after which a preposition belongs to another clause ("..., tetapi juga meningkatkan
# ketegangan dengan Barat").
_CLAUSE_STOPS = frozenset({";", "bahwa", "tetapi", "tapi", "namun", "sedangkan", "meskipun", "walaupun", "sehingga"})
LEFT_BOUNDARIES = _CLAUSE_STOPS | frozenset({"ketika", "saat", "sementara", "setelah", "sebelum", "karena", "agar",
                                             "supaya", "jika", "apabila", "sambil", "seraya", "sembari", "yakni",
                                             "yaitu", "menyusul", "–", "—", "-"})
# A passive after harm it caused has the harmed as its subject: "tewas setelah ditembak".
_AFTER_HARM = frozenset({"setelah", "usai", "akibat", "karena", "saat", "ketika"})
_HARMED = frozenset({"tewas", "meninggal", "terluka", "kritis", "pingsan", "cedera", "terkapar", "gugur"})
_DIED = ("meninggal", "dunia")  # "meninggal dunia", two words (not "Bank Dunia")
_BRACKET_WORDS = 3  # tokens inside a bracket that a walk to the subject passes over
_PHOTO_POSITIONS = frozenset({"kiri", "kanan", "tengah"})  # a photo caption's "(kanan)" after a name
INCLUDING = NAMELY | {"termasuk", "khususnya", "terutama", "utamanya"}  # ", termasuk X" names an object
_SINGLING = frozenset({"khususnya"})  # "pemerintah, khususnya Kemendagri": the body meant
_AGENT_WORDS = 3  # lowercase words of a generic agent's noun before "yakni" ("pengedar narkoba yakni ...")
LIST_ENDS = frozenset({"dan", "serta"})  # the words that end a list ("X, Y, dan Z") and join two clauses
# "China menjadi negara pertama yang menjalin kesepakatan": the subject of the copula
# is the subject of the relative clause about its complement.
_COPULAS = frozenset({"adalah", "merupakan", "menjadi", "ialah"})
_COPULA_WINDOW = 10  # tokens from "yang" back to the copula
# Quotation marks: walks pass over them ('akan "menggempur" Israel').
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
RIGHT_BOUNDARIES = LEFT_BOUNDARIES | frozenset({",", ".", "yang", "dan", "serta", "sementara"})
# Capitalised words of titles that may stand between a name and a coordinator.
TITLE_WORDS = frozenset({"presiden", "pemimpin", "tertinggi", "perdana", "menteri", "raja", "ratu", "kanselir",
                         "wakil", "sekretaris", "jenderal", "kepala", "ketua", "juru", "bicara", "panglima",
                         "komandan", "gubernur", "duta", "besar", "pangeran", "putra", "mahkota", "ayatollah",
                         "pm", "menlu", "menhan", "wapres", "dubes", "kapolri", "kapolda", "kapolres"})  # (short forms)
PERSON_PRONOUNS = frozenset({"ia", "dia", "beliau"})
_CLIENTS = frozenset({"kliennya", "klien"})  # the one a lawyer acts for (`_client`)
_CONCERNED = "bersangkutan"  # "yang bersangkutan": the person concerned, named last
_CONCERNED_REACH = 60  # tokens back to that person's mention (about two sentences)
_TITLE_WORDS = 6  # capitalised words of a title before a name (`_officer_title`)
# Words of the offices of the police, prosecutors, courts and the KPK in a person's title ("Dirreskrimum Polda Bali").
_LAW_OFFICE = re.compile(r"\b(?:pol(?:ri|da|res|resta|restabes|sek)|kepolisian|kapol\w*|reskrim\w*|dirreskrim\w*|kasat\w*|"
                         r"kejaksaan|keja(?:gung|ti|ri)|kaja(?:ti|ri)|jaksa|kpk|hakim|pengadilan|penyidik|humas|jubir|"
                         r"juru bicara|kapuspenkum)\b", re.IGNORECASE)
_COUNSEL = frozenset({"pengacara", "advokat"})  # and "kuasa hukum"
_OTHER_ONES = frozenset({"baru", "lain", "lainnya"})  # "tersangka baru": not the suspect named before
# The nouns of the trial's prosecutor, whom the one trial prosecutor a story names by title stands for ("Jaksa Penuntut
# Umum (JPU) X"), and that title's words (not "Jaksa Agung", the Attorney General, nor "Jaksa Agung Muda").
_TRIAL_PROSECUTORS = frozenset({"jpu", "penuntut umum", "jaksa penuntut umum"})
# The heads of a region a bare noun may name: the one the story titles so (its title opens with the noun's words).
_REGIONAL_HEADS = frozenset({"gubernur", "bupati", "wali kota", "walikota"})
_EVERY = frozenset({"setiap", "tiap", "masing-masing"})
PROSECUTOR_WORDS = frozenset({"jpu", "penuntut"})
_ONE_OF = frozenset({("salah", "satu"), ("salah", "seorang")})  # "X, salah satu yang ...": X is one of those who
_BESIDES = frozenset({"selain"})  # "Selain X, salah satu yang ... adalah Y": X is not the one
_MANY = frozenset({"para", "kedua", "sejumlah", "seluruh", "semua", "beberapa", "ketiga", "keempat"})
_JOINING_NOUNS = frozenset({"dan", "serta"})  # between two nouns that share an owner (`_joins_modifiers`)
_GOVERNMENT = frozenset({"pemerintah", "pemerintahan"})  # a government named with no state (`_government_before`)
_GOVERNMENT_REACH = 60  # tokens back from it to "Pemerintah" and a state (about two sentences)
# Counterparts named by the state they serve: "Sugiono bertemu mitranya dari Australia".
_COUNTERPARTS = frozenset({"mitranya", "rekannya", "sejawatnya", "koleganya"})
_FROM_STATE = frozenset({"dari", "asal"})
_ORIGIN = "asal"  # "produk asal China": where goods come from
# Kin nouns among the generic agents: the person they name beside them stands instead (`_kin_named`).
_KIN = frozenset({"istri", "istrinya", "suami", "suaminya", "anaknya", "kandungnya", "tirinya", "tetangganya", "pacarnya",
                  "kekasihnya", "ayah", "seniornya"})
# Relatives' nouns that head a phrase naming whose relative they are ("Ayah penyanyi cilik X"), and the
# words after which the noun names a trade or a standing instead ("ibu rumah tangga": a housewife).
_KIN_HEADS = frozenset({"ayah", "ibu", "istri", "suami", "kakak", "adik"})
_NOT_KIN_AFTER = frozenset({"rumah", "negara", "kota"})
# Trades and standings news writes right before a name the recogniser proposed, which an act of the law
# takes past them ("mendakwa penyanyi dangdut Rina Saputri"), with up to two more words of the description,
# none a relative's or an associate's noun, which names whose relative ("memeriksa saksi menantu Budi Santoso"),
# nor a case's or a crime's ("saksi pembunuhan Vina Aulia" is a witness to her murder).
_DESCRIPTION_REACH = 3  # words of a description before the name
_ATTRIBUTION_REACH = 12  # tokens back to the sentence's attribution before an apposition (`_attributed_before`)
_TELLING = frozenset({"melaporkan", "mengaku", "mengatakan", "menuturkan", "menceritakan", "mengadu", "mengadukan",
                      "menjelaskan", "menyebut", "menyebutkan", "bercerita", "menyampaikan"})
_BYSTANDERS = frozenset({"saksi", "korban"})  # descriptions of people a crime story names who are not its suspects
_ONE_PERSON = "seorang"  # "dan seorang kontraktor bernama X": one more person named
_ASSOCIATES = frozenset({"anak", "buah", "menantu", "mertua", "pacar", "kekasih", "bawahan", "atasan", "pengawal",
                         "ajudan", "asisten", "sekretaris", "bendahara", "sopir", "istri", "suami", "adik", "kakak", "ayah",
                         "ibu", "keponakan", "cucu", "teman", "rekan", "kerabat", "tetangga", "karyawan", "staf", "pegawai",
                         "kuasa", "pengacara", "korban", "kasus", "perkara", "palsu",
                         # (whose network or boss a crime's role names: "kurir narkoba jaringan Fredy Pratama")
                         "jaringan", "suruhan", "milik", "sindikat", "kelompok", "komplotan", "geng", "bandar"})
_POSSESSING = _ASSOCIATES | _BYSTANDERS | {"hukum", "keluarga"}  # before a name they are of (`_possessor`)
_PEOPLE = "orang"  # a count of people: "menangkap enam orang" (`_counted_people`)
_NUMBER_WORDS = frozenset({*DIGITS, *WHOLE, "belas", "puluh", "ratus", "ribu"})  # "enam orang", "dua belas orang"
_COUNTS = frozenset({"puluhan", "belasan", "ratusan", "ribuan", "sejumlah", "beberapa"})  # counts that are no number
_ALLEGED_WORDS = frozenset({"terduga", "diduga"})  # between a count of people and who they are
_AS = "sebagai"
_ROLE_REACH = 6  # words after a count of people within which "sebagai" gives their role
_OF = "dari"
_PARTITIVE_REACH = 12  # words back from a count of people to a "dari" that makes them some of a group
_THEY = "mereka"  # refers to the group of people a generic agent named shortly before, if any
_THEY_REACH = 45  # tokens back from "mereka" to that agent (about the sentence before)
_MEETING_VERBS = frozenset({"bertemu", "menemui", "menerima", "menjamu", "berbicara", "berdialog", "berunding",
                            "menelepon", "bertelepon"})  # a person's meeting another, whom "mereka" then means with them
_MEETING_WORDS = 3  # tokens from the subject to that verb ("Sugiono kemudian bertemu")
_GROUP_SECTORS = frozenset({"CVL", "OPP"})
# Conjunctions that open an adverb with the words after them (`Arguments._adverb`).
_ADVERB_CLOSERS = {"saat": frozenset({"ini", "itu"}), "sementara": frozenset({"itu"})}
_ADVERB_OPENERS = frozenset(_ADVERB_CLOSERS)
FOR_A_WHILE = "sementara"  # also an adverb after a verb (`Arguments.for_a_while`)
_PLURAL_PEOPLE = "para"  # before the officials of a body of states: "Para menteri luar negeri ASEAN"
_MEMBERS_REACH = 5  # tokens from "para" to the body's name
# The officials of a body of states named after "para" ("Para menteri luar negeri ASEAN"; not "Para demonstran di
# depan kantor PBB").
_OFFICIALS = TITLE_WORDS | {"pejabat", "diplomat", "delegasi", "utusan", "perwakilan", "anggota", "kepala"}
_GROUP_COUNTS = frozenset({"para", "ratusan", "puluhan", "ribuan", "belasan", "sejumlah", "beberapa", "seluruh", "semua",
                           "sekelompok", "kelompok", "massa"})
# Units of the police and prosecutors named before their body: "ditangkap oleh tim Resmob Polda Sulsel",
# "oleh Subdit Jatanras Ditreskrimum Polda Metro Jaya", "oleh Tim Resmob Polda Jawa Barat".
_UNITS = frozenset({"tim", "resmob", "jatanras", "reskrim", "satreskrim", "satresnarkoba", "satnarkoba", "satlantas", "subdit",
                    "unit", "ditreskrimum", "ditreskrimsus", "ditresnarkoba", "ditressiber", "ditlantas", "buser",
                    "intelkam", "propam", "paminal", "pidsus", "pidum"})
_MEMBER_NOUNS = frozenset({"personel", "anggota", "pasukan", "petugas", "prajurit", "aparat", "tim"})  # "Personel Brimob"
_BEFORE_GROUP = _GROUP_COUNTS | _MEMBER_NOUNS
_MEMBER_WORDS = 3  # words of members and units before their body ("anggota tim Resmob Polda Sulsel")
_COUNT_WORDS = 2  # words of a count or of members before a group's noun
_CLAUSE_JOINS = frozenset({"dan", "tapi", "tetapi", "namun", "lalu", "kemudian", "sehingga", "karena"})
# The short forms of Papuan armed groups, which the news names by their commander's name right after them ("KKB
# Kalenak Murib menembak ..."; not a party before its member's name: "Fraksi PDI Perjuangan Hardiyanto Kenneth").
_COMMANDED = frozenset({"kkb", "kst", "opm", "tpnpb"})
_ALIAS, _ALIAS_WORDS = "alias", 4  # a person's other name after their name, and its words at most
_ROLE_APPOSITION_WORDS = 7  # words of an apposition of what a person is, between commas ("pemodal pembalakan liar")
_APPOSITION_RELATIVE = 9  # words of a relative clause ending such an apposition ("yang diduga menipu ratusan calon jemaah umrah")
# Words that open another clause, where a thing's owner after "milik" is no longer sought (`_owner_after`).
_CLAUSE_OPENERS = frozenset({"yang", "karena", "sehingga", "setelah", "sebelum", "saat", "ketika", "bahwa", "namun",
                             "tetapi", "sementara"})
# Words that open a clause, not a noun phrase: no apposition of what a person is holds them ("Budi, yang ..., ditangkap"
# is a relative clause, `_relative_comma`; "Budi, kata polisi, ditangkap" an attribution).
_CLAUSE_WORDS = _CLAUSE_OPENERS | {"kata", "ujar", "menurut", "dan", "atau",
                                   # nor one that names the members of what is before it ("dua tersangka, yakni AR ...")
                                   "baik", "maupun", "termasuk", "khususnya", "terutama", "yakni", "yaitu", "antara"}
_HANDS = "tangan"  # whose goods were seized: "Dari tangan tersangka, polisi menyita ..."
_LED = frozenset({"dipimpin", "diketuai"})  # "delegasi yang dipimpin (oleh) X": X leads it
# Capitalised words of dates and times, which a subject walk passes over.
_CALENDAR_WORDS = frozenset("""senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli
agustus september oktober november desember jan feb mar apr jun jul agu ags sep okt nov des wib wita wit""".split())
# "pihaknya" ("its side"): the actor named last, whatever its kind; a person's whose title
# names their body is that body ("Juru bicara KPK Budi Prasetyo mengatakan pihaknya ...":
# the KPK; "Wadirlantas Polda Metro Jaya AKBP Argo Wiyono mengatakan pihaknya ...": the Polda).
_SIDE = "pihaknya"
# The staff of the body a speaker heads, as the subject: "Kapolres Garut ... mengatakan anggotanya telah menangkap ..."
# (not as an object, "menangkap anggotanya", nor of a person who heads no body).
_STAFF_PRONOUNS = frozenset({"anggotanya", "jajarannya", "personelnya", "petugasnya", "timnya"})
_SIDE_PRONOUNS = frozenset({_SIDE, "lembaganya", "institusinya", "instansinya"}) | _STAFF_PRONOUNS  # (also "its institution",
# which after a noun is a possessive: "pegawai lembaganya")
_IN_THE_FORM_OF = "berupa"  # what aid consists of, listed before whom it is for
_GOODS_WORDS = 16  # tokens of such a list at most
NAMING_CUES = INITIALS_CUES | {NAMING}  # "Ayah tiri berinisial M", "seorang saksi bernama Andres": the one named
# Kin words a naming cue right after them names (not "Keluarga korban berinisial AR": the victim is AR).
_KIN_NAMED = frozenset({"ayah", "ibu", "tiri", "kandung", "paman", "bibi", "kakek", "nenek", "suami", "istri", "anak",
                        "kakak", "adik", "menantu", "mertua", "keponakan", "sepupu", "pacar", "kekasih"})
# A relative of the one named last, whose own name follows in a list: "menangkap Budi dan adiknya, Joko Santoso".
_KIN_OF_LAST = frozenset(kin + "nya" for kin in _KIN_NAMED | {"putra", "putri"})
_OWN_STATE = "negaranya"  # the state of the person or body named last
_TOLD_WORDS = 8  # tokens back from "bahwa" to the "kepada" of whom a speaker tells
# Nouns that open an apposition saying what the subject is, or is to another: "Inggris, sekutu dekat AS, ...",
# "Hamas, kelompok militan Palestina, ...", "Kim Yo Jong, adik pemimpin Korea Utara Kim Jong Un, ...".
# Nouns for a person that describe one named before them ("X, pria yang ...": `_said_of_named`).
_PERSON_HEADS = frozenset({"pria", "wanita", "perempuan", "lelaki", "pemuda", "remaja"})
_APPOSITION_HEADS = _PERSON_HEADS | frozenset({
    "sekutu", "mitra", "musuh", "rival", "saingan", "tetangga", "pendukung", "pemasok", "pembeli", "penjual", "produsen",
    "eksportir", "importir",
    # what kind of body or state
    "kelompok", "faksi", "milisi", "organisasi", "gerakan", "sayap", "jaringan", "aliansi", "koalisi", "kubu",
    "negara", "kerajaan", "perusahaan", "raksasa", "lembaga", "maskapai",
    # who a person is, or is to another
    "adik", "kakak", "putra", "putri", "istri", "suami", "ayah", "ibu", "paman", "keponakan", "cucu", "menantu",
    "saudara", "saudari", "anak", "sepupu", "kerabat", "mertua",
    "sahabat", "teman", "kawan", "orang", "warga", "kader", "tokoh", "pendiri", "diplomat", "politikus", "politisi",
    "pengusaha", "aktivis", "ulama", "veteran", "loyalis", "penasihat", "ajudan", "pengkritik", "kritikus",
    "utusan", "asisten", "juru", "staf"})  # ("Steve Witkoff, utusan khusus Trump, bertemu ...")
# What may stand between a body's name and the name of its officer: a space and a rank ("AKBP", "Irjen Pol."), also
# after a comma ("Polda Metro Jaya, AKBP Argo Wiyono"); not a comma alone, which may end a clause ("Usai diperiksa
# KPK, Hasto mengatakan pihaknya ...": Hasto's side).
_RANK_GAP = re.compile(r"\s+(?:[A-Z][A-Za-z]{1,7}\.?\s+){0,2}|,\s+(?:[A-Z][A-Za-z]{1,7}\.?\s+){1,2}")
# Reported speech: the speaker follows these words ("menurut KCNA", "kata Ushakov") ...
SPEAKER_AFTER = frozenset({"menurut", "kata", "ujar", "ucap", "tutur", "tulis", "lapor", "dilansir", "mengutip",
                           "seperti", "sebagaimana"})
# After a closing quote, these words also introduce the speaker: '..." ungkap Budi'.
SPEAKER_AFTER_QUOTE = frozenset({"ungkap", "jelas", "tegas", "tambah", "imbuh", "beber", "terang", "papar", "tukas",
                                 "pungkas", "sebut", "tutup", "lanjut", "sambung", "jawab", "cetus", "timpal", "kenang",
                                 # a stance said as the quote's verb: '"...," kecam federasi Palestina'
                                 "kecam", "kritik", "tuding", "tuduh", "desak", "tegur", "sindir"})
# ... and their forms with "-nya", whose speaker is named before the quote ('"...," tambahnya': `person_before`)
SPEAKER_AFTER_QUOTE |= frozenset(word + "nya" for word in SPEAKER_AFTER_QUOTE | {"kata", "ujar", "ucap", "tutur"})
SPEAKER_WORDS = SPEAKER_AFTER | SPEAKER_AFTER_QUOTE
AS_IN = frozenset({"seperti", "sebagaimana"})  # before a passive of reporting they open who says it
REPORTED_IN = frozenset({"dilaporkan", "dikutip", "dilansir", "diberitakan", "disampaikan", "dikatakan"})
# Passives of saying whose agent follows them: "Hal itu disampaikan X saat ...", "dikatakan oleh X usai ...".
_SAID_PASSIVES = frozenset({"disampaikan", "dikatakan", "diungkapkan", "ditegaskan", "dijelaskan", "diutarakan",
                            "dikemukakan", "disebutkan"})
# Words that open an unquoted clause's attribution after a comma: ", kata X", ", menurut laporan Reuters",
# ", ujarnya", and "seperti"/"sebagaimana" before a passive of reporting (`opens_attribution`).
_ATTRIBUTION_OPENERS = (SPEAKER_AFTER - AS_IN) | {word for word in SPEAKER_AFTER_QUOTE if word.endswith("nya")}
_SPEAKER_TITLE_WORDS = 6  # words of a title between a word of saying and the speaker's name
_OPENING_QUOTES = {'"': frozenset({'"', "“"}), "”": frozenset({"“", '"'})}  # a closing double quote's opening marks
_CLOSING_QUOTES = frozenset(_OPENING_QUOTES)
# What a subject or a speaker's name follows: a sentence or clause boundary, a quote, a dash.
_SUBJECT_OPENERS = frozenset({".", ",", '"', "“", "”", "(", ":", "-", "!", "?"})
# "pengumuman tersebut", "pernyataan itu": a statement stands for whoever issued it.
_STATEMENTS = frozenset({"pengumuman", "pernyataan", "imbauan", "surat", "keterangan", "rilis", "unggahan"})
_PAIR_PEOPLE = (("keduanya",), ("kedua", "pemimpin"), ("kedua", "kepala", "negara"), ("kedua", "kepala", "pemerintahan"),
                ("kedua", "tokoh"), ("kedua", "menteri"), ("kedua", "menlu"))
# (not "kedua pejabat": crime news's two unnamed officials)
# Prepositions of purpose, place and time: a group past one is not a verb's object.
_PHRASE_OPENERS = frozenset("untuk guna demi dalam di pada sejak selama tentang mengenai soal terkait".split())
_BOTH_STATES = ("kedua", "negara")
# meN- words that modify a noun as adjectives do ("serangan mendadak Israel", "serangan mematikan Rusia").
_ME_ADJECTIVES = frozenset({"mendadak", "mematikan", "mengerikan", "mendalam", "menyeluruh", "meluas", "membabi",
                            "mengejutkan", "mencekam", "memanas", "menegangkan", "mendesak",
                            "menggunakan", "memakai"})  # (and the means: "serangan menggunakan drone Ukraina")
_COURT_REACH = 1500  # characters from a court's mention to a sentence it hands down with no agent (`court_near`)
_PAIR_REACH = 200  # characters before a pair anaphor ("kedua negara") whose states it may mean
_PAIR_STATES = (("kedua", "negara"), ("kedua", "pihak"), ("kedua", "belah", "pihak"), ("kedua", "musuh"),
                ("kedua", "rival"), ("kedua", "seteru"))
# Verb-phrase coordination, and adverbial or purpose clauses without their own subject:
# "X mengkritik Y, dan (juga) mendesak Z"; "X menghadiri konser sebelum menandatangani
# ..."; "X terbang ke Moskow untuk bertemu Y".
_WHEN_OPENERS = WHEN | {"sewaktu"}  # a clause of when: its subject may be the main verb's object
# Nouns of deciding and planning whose owner does what "untuk" after them says: "keputusan Spanyol untuk mengakui
# negara Palestina" (`_planner`).
_PLANS = frozenset({"keputusan", "rencana", "langkah", "upaya"})  # (not an offer or a promise: "menolak tawaran AS untuk
# mencabut sanksi" is no lifting, by anyone)
# Verbs of coming and going with no prefix, the verb of a reported clause right after its subject: "Warga
# mengatakan polisi datang untuk menangkap X" (the police arrest, not the speaker).
_UNPREFIXED_VERBS = frozenset({"datang", "tiba", "pergi", "pulang", "hadir"})
_BECOMING = frozenset({"menjadi", "jadi"})  # what follows is a role: "tawaran untuk menjadi kurir"
_JOINED = frozenset({"tergabung", "bergabung", "terhimpun", "berhimpun"})  # "yang tergabung dalam X": X's members
_FROM = "dari"  # "mahasiswa dari BEM SI": the body's members
_SCHOOL_WORDS = frozenset({"university", "universitas", "institute", "institut", "school", "sekolah", "college",
                           "polytechnic", "politeknik", "academy", "akademi"})
# Crimes against people, whose victim a noun after them names: "pelaku penganiayaan bocah".
_CRIMES_AGAINST = frozenset({"pembunuhan", "penganiayaan", "pencabulan", "pemerkosaan", "perkosaan", "penculikan",
                             "penusukan", "penembakan", "pembacokan", "pengeroyokan", "pelecehan", "penipuan",
                             "pencurian", "perampokan", "penjambretan", "pembegalan", "penyerangan", "penyiksaan",
                             "pemerasan", "persekusi"})
_CASE_WORDS = frozenset({"kasus", "dugaan"})
_COUNTED_ONE = frozenset({"seorang", "para"})
# People of sport, entertainment and culture, and their bodies, whose state or place of origin follows
# them ("Pelatih Jepang", "wasit asal Qatar"; `_origin_of_performer`).
_PERFORMERS = frozenset("""pelatih artis aktor aktris penyanyi band grup youtuber fans fan penggemar chef koki
    pebulu pebulutangkis pemain atlet pembalap petinju pegolf petenis pesepak pesepakbola model selebritas selebriti
    influencer rapper musisi komedian sutradara desainer timnas skuad kiper striker bek gelandang wasit klub
    federasi idol boyband girlband netizen warganet bola tangkis sepakbola voli basket""".split())
_ORIGIN_WORDS = frozenset({"asal", "kelahiran", "berdarah", "keturunan", "berkebangsaan"})
_FOR = "untuk"
_READY = frozenset({"terbuka", "siap", "bersedia"})  # ready for the act after "untuk": its subject's stance
_SAID_TO = frozenset({"diduga", "disebut", "dituding", "dituduh"})  # "pria yang diduga menusuk ..."
_AT = "di"  # a place where an owner is: no owner itself
_PERPETRATORS = frozenset({"pelaku", *SUSPECT_NOUNS})
# Another case or place told ("Di tempat lain, ...", "Dalam kasus terpisah, ..."): its suspect is not the one named before.
_CASE_PLACES = frozenset({"tempat", "lokasi", "kasus", "perkara", "kejadian", "peristiwa"})
APART_WORDS = frozenset({"lain", "terpisah", "berbeda"})  # (also of acts told apart: `merge_repeats`)
_AGENT_NOUNS = frozenset({"pejabat", "perwakilan", "tim", "petugas", "anggota", "delegasi", "utusan", "personel"})
_MEMBER_OF = frozenset({"dalam", "di"})
_MEMBERSHIP_WORDS = 8  # capitalised words of the name of what members belong to
THAT = "bahwa"  # opens a reported clause: "mengatakan bahwa ..."
TURNS = frozenset({"namun", "tetapi", "tapi", "sementara", "sedangkan", "melainkan"})  # a new clause, maybe a new subject
# Verbs of saying that, after a reported clause and "dan", go on with its speaker, not its subject.
_SPOKEN_AFTER = frozenset({"memperingatkan", "menegaskan", "menambahkan", "menyerukan", "mengecam", "mengkritik",
                           "mendesak"})
# Verbs by which a speaker says something of its own (not a report's: "melaporkan", "menyebutkan").
_OWN_SAYING = frozenset({"mengatakan", "menyatakan", "menegaskan", "menambahkan", "menjelaskan", "mengungkapkan",
                         "berkata", "menuturkan", "mengaku", "mengklaim"})
_SAYING_OWN_ACT = _OWN_SAYING | {"mengumumkan"}  # a body's word of what it did itself
ARMED_SECTORS = frozenset({"MIL", "OPP"})  # forces and armed groups, which strike and tell of their own operations
# Words of a date between a verb and what it governs: "mengumumkan pada Kamis (19/6) malam bahwa ..."
_WHEN_WORDS = _CALENDAR_WORDS | {"pada", "lalu", "ini", "kemarin", "pagi", "siang", "sore", "malam", "dini", "hari"}
_VP_COORDINATORS = frozenset({"dan", "serta", "lalu", "kemudian", "sekaligus", "sebelum", "setelah", "sesudah",
                              "usai", "seusai", "sambil", "seraya", "untuk", "guna", "dengan"}) | _WHEN_OPENERS
_PEOPLE_WORDS = frozenset({"seorang", "pria", "wanita", "perempuan", "orang", "aktivis", "warga", "anak", "remaja"})
_ADMITTING = frozenset({"mengaku", "mengakui"})  # verbs of owning up to an act, whose doer is theirs
_USED = frozenset({"digunakan", "dipakai", "dipergunakan"})  # a thing used for an act ("senjata yang digunakan untuk ...")
IN_ORDER_TO = frozenset({"untuk", "guna", "demi"})  # words that open a purpose: "untuk menusuk", "untuk menghadapi"
_VP_ADVERBS = frozenset({"juga", "telah", "sudah", "akan", "pun", "bahkan", "turut", "kembali", "sempat", "lantas",
                         "langsung", "segera"})
# Verbs whose object does what a clause after "untuk" says: "memerintahkan X untuk ..." (a
# reduplicated verb by its first token: "mewanti-wanti" is "mewanti", "-", "wanti").
_DIRECTIVES = frozenset({"memerintahkan", "menginstruksikan", "menugaskan", "meminta", "mendesak", "mengimbau",
                         "menyerukan", "memperingatkan", "mengajak", "mendorong", "mengundang", "menuntut",
                         "mewanti", "mengingatkan", "menyarankan", "menganjurkan", "merekomendasikan", "memohon",
                         "mengultimatum", "mempersilakan"})
# Their passives: the one asked is the passive's subject ("KPK didesak ICW untuk memeriksa X").
_PASSIVE_DIRECTIVES = frozenset({"diperintahkan", "diinstruksikan", "ditugaskan", "diminta", "didesak", "diimbau", "dituntut"})
_ELECTING = frozenset({"pemilihan", "pilihan", "calon"})  # before an office elected or sought: "pemilihan kepala daerah",
# "massa pendukung pasangan calon bupati" (the crowd, not a regent)
_HEADS_OF_PLACES = frozenset({"kepala", "kades"})  # heads, of a place a capitalised name after them names
_ORDERED_ON = "atas"  # "atas perintah X": on X's orders
_ORDER_NOUNS = frozenset({"perintah", "instruksi", "arahan", "suruhan", "perintahnya", "instruksinya", "arahannya"})
# Directives whose content opens with "untuk", or is a verb right after the invitee (`_BARE_DIRECTIVES`):
# "mengundang Kim untuk mengunjungi Moskow", "mengundang Paus berkunjung" (not a clause after "dan":
# "mengundang Kim ke Moskow dan mengecam AS", where the host criticises).
_INVITATIONS = frozenset({"mengundang", "mempersilakan"})  # (directives only before "untuk")
_ASKING_CONJUNCTIONS = frozenset({"agar", "supaya"})
# Directives whose object's act may follow with no "untuk" ("mendesak KPK segera menahan ..."; not
# "memperingatkan Rusia sedang mengerahkan pasukan": a warning that, nor "mendorong", which may be a cause).
_BARE_DIRECTIVES = frozenset({"memerintahkan", "menginstruksikan", "menugaskan", "meminta", "mendesak", "mengimbau",
                              "menyerukan", "menuntut", "mengundang",
                              "mengharapkan"})  # a hope that someone act: "mengharapkan Polres segera menyelidiki ..."
PURPOSES = frozenset({"untuk", "agar", "supaya"})
_AIMS = PURPOSES | {"guna"}  # what an act aims at ("mengambil tindakan guna menghentikan serangan")
# Verbs of voicing a stance, which after a directed act are the director's again, not asked for.
_VOICING = frozenset({"mengancam", "mengecam", "mengkritik", "mengutuk", "menuduh", "memperingatkan", "mendesak",
                      "meminta", "menyerukan", "memuji", "menyesalkan", "menyayangkan", "menegaskan"})
_FACTION = "fraksi"  # a party's members in a legislature (`_add_factions`)
_LEGISLATURE = re.compile(r"House of Representatives|People's Consultative Assembly|Regional Representative Council")
_VERB_PREFIXES = ("me", "ber", "di")
_AFTER_BARE_ME = frozenset("lrmnwy")  # the letters "me" of a verb comes before (melihat, merebut, memukul, menolak)
# Adverbs and modals between a subject (or "yang") and its verb: "kami masih menyelidiki",
# "yang terus berlangsung".
PREVERBAL = _VP_ADVERBS | {"terus", "masih", "sedang", "tengah", "baru", "pernah", "tidak", "tak", "belum", "tetap",
                           "harus", "bisa", "dapat", "ingin", "siap", "sangat", "segera", "selalu", "akhirnya", "resmi",
                           "tega", "nekat"}  # "tega menganiaya istrinya", "nekat menyerang petugas"
_WHEN_LAST = frozenset({"terakhir", "sempat", "kini"})  # adverbs of when before a passive: "terakhir dipanggil"
_AFTER_CLAUSE = frozenset({"kini", "sekarang", "justru", "malah", "akhirnya", "langsung"})  # adverbs after a clause that commas close
# Words with a verb's prefix that are not verbs.
# Words of verbs' prefixes that are no verbs (shared with the event coder's clause checks).
NOT_VERBS = frozenset({"menteri", "mereka", "media", "dinas", "direktur", "diplomat", "diplomatik", "dimana",
                        "dirinya", "dibanding", "berita", "berbagai", "berupa", "berdasarkan", "bersama", "beserta",
                        "berikut", "merah", "meja", "menit", "menara", "medan", "mesir", "meksiko", "melayu",
                        "distrik", "digital", "dialog", "dimensi", "diktator", "dinasti", "diskusi", "disiplin", "dirjen",
                        "dirut", "dividen", "divisi", "direksi", "dirgantara", "metode", "mekanisme", "memori", "mental",
                        "merek", "mesin", "meteran", "metropolitan"})
_VP_WINDOW = 12
_BEFORE_INITIALS = 3  # words between an agent noun and the initials that name its person
_EACH = "masing"  # "masing-masing berinisial ...": each of the people counted before is named
_DETERMINERS_AFTER = frozenset({"itu", "ini", "tersebut", "atau", "pun", "juga", "lain", "lainnya"})  # no field of a people noun
_ACCOMPANIED = frozenset({"didampingi", "ditemani", "diiringi", "dikawal"})  # whoever follows comes along
_QUANTIFIERS = frozenset({"ribuan", "ratusan", "puluhan", "belasan", "sejumlah", "banyak", "beberapa", "para",
                         "jutaan", "seluruh", "semua"})  # before the counted noun of an agent
BESIDE = frozenset({"depan", "belakang", "samping", "seberang"})  # "di depan X": beside X, not at it
_MORE_OR_LESS = frozenset({"lebih", "kurang"})  # "lebih dari 100", "kurang dari 100"
_APPROXIMATIONS = frozenset({*_MORE_OR_LESS, "sekitar", "hampir", "setidaknya", "sedikitnya", "sebagian", "ribu", "juta"})
_NAME_REACH = 8  # tokens back from a word to the start of a name that may hold it
_OWNED_WORDS = 6  # words of a thing's name before "milik" and its owner ("Pangkalan Udara Al Udeid milik AS")
_RELATIVE_WINDOW = 25  # tokens from a relative clause's closing comma back to its opening ", yang"
_COMPANIONS = frozenset({"bersama", "beserta"})
_VERSUS = frozenset({"vs", "versus"})
FIRST_PERSON = frozenset({"kami", "kita", "saya", "aku"})  # subjects that are the speaker of a quote
_LEADER_TITLES = frozenset({"presiden", "perdana", "raja", "ratu", "kanselir", "emir", "sultan", "pemimpin"})
# Titles of those who speak for their states, whose two states "kedua negara" may mean: leaders, and ministers and
# envoys ("Menlu AS Marco Rubio bertemu Menlu China Wang Yi ... Kedua negara sepakat ...").
_STATES_VOICES = _LEADER_TITLES | {"menteri", "menlu", "menhan", "mendag", "duta", "dubes"}
_CITING = frozenset({"dilansir", "melansir", "mengutip", "dikutip", "via"})  # words before an outlet quoted
_DEMONSTRATIVES = frozenset({"tersebut", "itu"})
# Body nouns that stand for an actor only when they refer back ("Kementerian tersebut":
# the ministry named before); on their own they open a name or a vague plural
# ("Kementerian Transmigrasi", "lembaga terkait").
_REFERRING_ONLY = frozenset({"kementerian", "badan", "komisi", "lembaga", "maskapai"})
_MINISTRY = "kementerian"  # refers back only to a ministry (not "Komisi XII DPR ... kementerian itu")
_MINISTRY_NAMES = re.compile(r"ministry|kementerian|^kemen|department|departemen", re.IGNORECASE)
# Bodies of law enforcement, by a word of their ids (`law_body`), and the agents who are
# always one of them: "penyidik" in a story of the KPK's case are the KPK's investigators.
_LAW_BODIES = frozenset({"polri", "polda", "polres", "polresta", "polrestabes", "polsek", "bareskrim", "densus", "kpk",
                         "kejagung", "kejaksaan", "kejati", "kejari", "bnn", "bnnp", "bnnk", "imigrasi", "djbc", "cukai",
                         "jampidsus", "jampidum", "propam"})
_INVESTIGATORS = frozenset({"penyidik", "penyelidik"})
_PEOPLE_OF_PLACES = frozenset({"warga", "masyarakat"})  # named after a place (not a state), its residents
_RESIDENTS = "residents"
# Judges (`hakim`, `majelis hakim`) with no court named after them are the court the story names before them.
_JUDGES = "hakim"
_COURT_WORDS = frozenset({"pn", "pengadilan"})
_ADVERBS_AFTER = frozenset({"langsung", "kemudian", "lalu", "pun", "segera", "berhasil", "yang", "saat", "ketika", "di", "dan"})
_OFFICERS = frozenset({"petugas"})  # bare, as investigators: "Nakhoda kapal diamankan petugas" after Bea Cukai Batam's seizure
_INVESTIGATORS_REACH = 1200  # characters back from investigators to the bodies whose they may be (a few sentences)
_ANY_BODY = frozenset({"badan", "komisi", "lembaga"})  # of these, the ones a body of any sector but business may be
_NON_BUSINESS = frozenset({"GOV", "MIL", "CVL", "OPP", "IGO", "MED"})
_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "menuju", "dekat"})
# "negara tersebut": the state named last.
_THAT_STATE = (("negara", "tersebut"), ("negara", "itu"), ("negara", "ini"))
_RELATIVE_WORDS = 4  # words of a relative clause between "negara yang" and "tersebut"
_PAIR_FIRMS = (("kedua", "perusahaan"),)  # the two firms named last ("meminta Grab dan Gojek ... kedua perusahaan")
_FIRMS = "BUS"  # their kind, for `_salient_two`
_PAIRS = tuple((phrase, "PER") for phrase in _PAIR_PEOPLE) + tuple((phrase, "GPE") for phrase in _PAIR_STATES) + \
    tuple((phrase, _FIRMS) for phrase in _PAIR_FIRMS)
# "ketiganya", "keempatnya": the three, the four people named last (those named by initials first).
_ALL_OF = {"ketiganya": 3, "keempatnya": 4, "kelimanya": 5, "keenamnya": 6, "ketujuhnya": 7, "kedelapannya": 8}
# "Ketiga negara itu": the three states named last (`Arguments._states_counted`; "kedua negara" is a pair's).
_STATES_COUNTED = {"ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7}
_COUNTED_STATE_WORDS = 2  # words between "negara" and the demonstrative: "Ketiga negara Eropa tersebut"
# Passives of law enforcement that people undergo, and the adverbs before them (`_undergoes_law`).
_LAW_UNDERGONE = PASSIVE_ENFORCEMENT_VERBS | {"ditahan", "diamankan", "ditetapkan", "dituntut", "dijebloskan"}
_BEFORE_LAW_PASSIVE = PREVERBAL | _AFTER_CLAUSE | {"kemudian", "lalu"}
# Tokens before and after an officer's mention (within its sentence) where a word of saying makes them a speaker
# (`_speaking_officer`).
_SPEECH_NEAR, _SPEECH_AFTER = 3, 12
# A crime's victim: named after "korban", or before a passive of harm within a few tokens (`Arguments._harmed`).
_VICTIM = "korban"
_HARM_UNDERGONE = frozenset({"dianiaya", "dibunuh", "dibacok", "ditusuk", "dikeroyok", "dihabisi", "dimutilasi",
                             "diperkosa", "dicabuli", "disiksa", "ditembak", "dirampok", "ditipu"})
_HARM_AFTER = 4
_CONCEDING = frozenset({"meski", "meskipun", "walaupun", "walau", "kendati", "kendatipun", "sekalipun"})
# Pronouns of people that stand as a clause's subject: a passive after one befalls them (`subject`).
_PEOPLE_PRONOUNS = PERSON_PRONOUNS | {"keduanya", _THEY, *_ALL_OF}
# The words a pair or state anaphor opens with: any other word is passed over at once.
_ANAPHOR_OPENERS = frozenset(phrase[0] for phrase, _ in _PAIRS) | frozenset(phrase[0] for phrase in _THAT_STATE) | \
    frozenset(_ALL_OF)
# Words after which a name is an argument (of a preposition or a coordination), not a possessor.
_ARGUMENT_MARKERS = frozenset("di ke dari kepada untuk terhadap dengan dan atau serta antara oleh bagi melawan "
                              "menuju".split())
# Words that open a clause or a comparison, after which a name is an argument, not a possessor
# ("mengatakan bahwa Iran harus ...", "saat Israel menyerang"; unlike "aset Rusia").
_NOT_POSSESSED_AFTER = _ARGUMENT_MARKERS | {THAT} | TURNS | NAMELY | frozenset(
    "karena jika ketika saat setelah sesudah sebelum agar supaya sehingga meski meskipun walaupun walau bila apabila "
    "kalau sebab maka hingga sejak seperti bahkan".split())
# Words that open a law's name: "UU TNI", "RUU Polri" (and "Undang-Undang KPK").
_LAW_WORDS = frozenset({"uu", "ruu", "perppu", "perpu", "perpres", "perda"})
# Words for a site between a preposition and a name: "di depan Gedung DPR", "di kantor KPK".
_SITE_WORDS = frozenset("depan belakang luar sekitar dekat samping seberang gedung kantor markas kompleks kawasan "
                        "halaman istana sepanjang".split())  # (not "tengah": "di tengah X dan Y saling serang" is "amid")
_RELATIVE_OBJECT_WORDS = 3  # lower-case words before a name in a relative clause's object (`_relative_before_object`)
_GOVERNING_SITES = frozenset({"dekat", "sekitar", "sepanjang"})  # words of place that govern a name on their own ("desa dekat Ramallah")
_SITE_REACH = 3
PARTY = "pihak"  # "pihak kepolisian", "pihak KPK": the body itself
_NAME_PREFIX_WORDS = 2  # capitalised words before a known name that may be part of a body's name
_BODY_OF = frozenset({PARTY, "jajaran", "majelis", "tim"})  # "jajaran Polri", "majelis hakim": the body, asked
_LED_BY = "pimpinan"  # "KKB pimpinan Egianus Kogoya": the group, led by the name after it
_PLACE_SET_OFF = 4  # capitalised words of a place set off by commas ("Kecamatan Cibalong")
_NAMED_BY = "berinisial"  # "anggota DPRD ... berinisial YS": the person the initials name
_APPOSED_DESCRIPTION_WORDS = 4  # lower-case words describing a person before the comma that sets off their name (`_person_apposed`)
_ROLE_BEFORE_INITIALS = 9  # words of a role before "berinisial" ("mantan Direktur Utama PT Jabar Agro Lestari")
_NAME_LEFT_OUT = 3  # capitalised words after an actor's span that may still be its name, before "berinisial"
_IN_ROLE = "selaku"  # "X selaku Direktur ...": the role in which X acts or is acted on
_ROLE_OPENERS = frozenset({_IN_ROLE, "sebagai"})  # an apposition of that role: "Malaysia, selaku ketua ASEAN, ..."
_LEADING_WORDS = 2  # plain words between a directed act and whom the directive names ("turun tangan")
_PLACE_NAME_WORDS = 5  # capitalised words of a place's name after "di" ("di Kabupaten Padang Pariaman")
# Words after an agent noun that end its reach: the state after them is not the agents' own.
# Words an agent noun's state cannot be named past: prepositions and words that open a clause
# ("pasukan dan tank Israel" are both Israel's; "kepada wartawan bahwa Rusia ..." names no journalists of Russia).
_NOT_OF = _PLACE_PREPOSITIONS | (_NOT_POSSESSED_AFTER - COORDINATORS)


@dataclass(frozen=True)
class Unit:
    """Tokens first..last (inclusive) naming these actors."""

    first: int
    last: int
    actors: tuple[ArticleActor, ...]


def people_of(country: str) -> tuple[str, str]:
    """The id and name of a state's people as a generic group ("GRP:MMR-cvl", "people of MMR")."""
    return f"GRP:{country}-cvl", f"people of {country}"


def is_count(token: Token) -> bool:
    """Whether a word counts what follows it: a number, in figures or words, or a vague count ("enam",
    "12", "dua belas", "puluhan", "sejumlah"; not "banyak" or "semua": anyone)."""
    return token.folded in _NUMBER_WORDS or token.text.isdigit() or token.folded in _COUNTS


def opens_attribution(tokens: list[Token], index: int) -> bool:
    """Whether who says it opens at token ``index`` ("kata polisi", "menurut laporan Reuters",
    "seperti dilaporkan Antara"; not "seperti Inggris dan Prancis", a list)."""
    word = tokens[index].folded
    return word in _ATTRIBUTION_OPENERS or word in AS_IN and index + 1 < len(tokens) and tokens[index + 1].folded in REPORTED_IN


def _officer(person: ArticleActor) -> bool:
    """Whether a person's title or any mention names an office of the law or a rank ("Kepala Polda
    Bali", "Inspektur Jenderal Daniel", "Brigjen Djuhandhani"): one who speaks of a case, not its subject."""
    return any(_LAW_OFFICE.search(text) or RANK_WORDS.intersection(text.casefold().split())
               for text in [person.role or "", *(m.text for m in person.mentions)])


def law_body(actor_id: str) -> bool:
    """Whether an actor is a body of law enforcement: the police and its commands, the KPK,
    prosecutors' offices, the BNN, immigration, customs ("IDN:polda-riau", "IDN:KPK", "IDN:KEJAGUNG",
    "IDN:bea-cukai-batam")."""
    return not _LAW_BODIES.isdisjoint(re.split(r"[:-]", actor_id.lower()))


def _ownerless(units: list[Unit]) -> bool:
    """Whether the units are generic nouns of no state, which end two joined nouns without owning them
    ("peluru tajam dan peluru tank"; not "kapal nelayan Malaysia")."""
    return all(a.actor_id.startswith("AGT:") and not a.country for unit in units for a in unit.actors)


def court_of(actor_id: str) -> bool:
    """Whether an actor is a court of trial: a district, high, religious or corruption court
    ("IDN:pn-jakarta-selatan", "IDN:pengadilan-tipikor-jakarta-pusat"; not the Supreme Court, named as
    often as someone's employer: "eks pejabat Mahkamah Agung Zarof Ricar")."""
    return not _COURT_WORDS.isdisjoint(re.split(r"[:-]", actor_id.lower()))


def event_actor(actor: ArticleActor, start: int, end: int) -> EventActor:
    return EventActor(actor.actor_id, actor.name, actor.country, actor.sector, start, end)


class Arguments:
    """The argument units of one article, indexed by token, and the walks over them."""

    def __init__(self, text: str, tokens: list[Token], actors: list[ArticleActor],
                 agents: PhraseTrie[tuple[str, str, str]] | None = None, dateline_end: int = 0,
                 unconfirmed: list[ArticleActor] = (), state_named: Callable[[str], ArticleActor | None] | None = None) -> None:
        """``dateline_end``: where the article's dateline ends; the outlet and place it names
        ("Liputan6.com, Jakarta") take no role. ``unconfirmed``: names only the statistical
        recogniser proposed; they take no role either, but an "ia" right after a person of them
        is that person, not the person named before; a person of them right after an arrest's or
        an examination's verb, or right before its passive, is what the law acts on
        (`proposed_people`); and a state one of them holds after a generic agent's noun gives the
        agent its country ("Angkatan Laut Prancis": the French navy). ``state_named``: the state of an
        ISO code, for a pair of states the article names only by their leaders ("kedua negara")."""
        self.text = text
        self._state_named = state_named
        self._dateline_end = dateline_end or -1
        self.tokens = tokens
        self._starts = [token.start for token in tokens]
        ends = [token.end for token in tokens]
        self._unconfirmed = {actor.actor_id for actor in unconfirmed}
        self.performers: set[int] = set()  # where a performer's or a player's state of origin is named
        self._proposed_names: dict[int, Unit] = {}  # the names only the recogniser proposed, by their first token
        self._proposed_subject_at = 0  # where the last of them named as a subject stands
        self._proposed_subject_speaks = False  # and whether it speaks or reports there ("kata X", "X melaporkan")
        mentions = sorted(
            ((mention.start, mention.end, actor) for actor in (*actors, *unconfirmed) for mention in actor.mentions
             if mention.end > dateline_end),
            key=lambda item: (item[0], item[2].actor_id in self._unconfirmed, item[1]),  # a known name first
        )
        self.at_first: dict[int, Unit] = {}
        self.at_last: dict[int, Unit] = {}
        self.setting = _setting(text, actors)
        self._actors = actors
        self._people = [a for a in (*actors, *unconfirmed) if a.type == "PER"]
        self._suspects = frozenset(a.actor_id for a in (*actors, *unconfirmed) if a.type == "PER" and (
            a.actor_id in self._unconfirmed or a.role and a.role.casefold() in SUSPECT_NOUNS))
        self._states = {a.actor_id: a for a in actors if a.type == "GPE" and a.actor_id == a.country}
        self._pair_phrases: dict[int, int] = {}  # first token of "kedua pihak" and the like -> last
        recent: list[ArticleActor] = []  # actors in order of last mention, newest last
        last_person: ArticleActor | None = None  # unconfirmed people too, where they stand as a subject
        self._concerned: ArticleActor | None = None  # the person named last who holds no office of the law
        self._concerned_at = 0  # and the token where
        officers = {a.actor_id for a in (*actors, *unconfirmed) if a.type == "PER" and _officer(a)}  # people named with an
        # office of the law (and those whose mention a title of the law opens, found below)
        counts: Counter = Counter()  # mentions of each actor so far: its salience
        last_end: dict[str, int] = {}
        last_at: dict[str, int] = {}  # the token of each actor's last mention
        self._last_at = last_at
        cursor = 0
        for index, token in enumerate(tokens):
            while cursor < len(mentions) and mentions[cursor][0] < token.start:
                cursor += 1
            if cursor < len(mentions) and mentions[cursor][0] == token.start and not self._in_law_name(index):
                start, end, actor = mentions[cursor]
                if actor.type in ("GPE", "LOC") and actor.country and self._origin_of_performer(index):
                    # "Pelatih Jepang memuji ...", "Model asal Rusia ditahan ...": the state's people, not the state
                    self.performers.add(start)  # (whose stances code nothing but toward authorities: `_event`)
                    actor = ArticleActor(*people_of(actor.country), "ORG", actor.country, "CVL", None, 0.8)
                if actor.type == "PER" and (actor.actor_id in officers or self._officer_title(index)):
                    officers.add(actor.actor_id)
                    if self._concerned is not None and self._concerned.actor_id == actor.actor_id:
                        self._concerned = None  # (its title's first word was taken as a mention: "Kepala")
                elif actor.type == "PER" and actor.actor_id not in officers:
                    self._concerned, self._concerned_at = actor, index  # whom a case is about ("yang bersangkutan"): no
                    # officer of the law
                if actor.actor_id in self._unconfirmed:
                    self._proposed_names[index] = Unit(index, min(bisect_left(ends, end), len(tokens) - 1), (actor,))
                    if actor.type == "PER" and self.subject_like(index):  # "... Ristian menilai ... Ia": not "buku karya Pramoedya. Ia"
                        last_person, self._proposed_subject_at = actor, index
                        self._proposed_subject_speaks = self._speaks(index, self._proposed_names[index].last)
                    continue
                # the token holding the mention's last character: a name glued to the next
                # word ("Israelmenyasar") still ends in that token
                last = min(bisect_left(ends, end), len(tokens) - 1)
                if not self._joined_by_slash(index, last, actor):
                    self._add(Unit(index, last, (actor,)))
                recent = [a for a in recent if a.actor_id != actor.actor_id] + [actor]
                if actor.type == "PER":
                    last_person = actor
                if start - last_end.get(actor.actor_id, -10) > 3:  # a title and its name count once
                    counts[actor.actor_id] += 1
                last_end[actor.actor_id] = end
                last_at[actor.actor_id] = index
                continue
            anaphor = self._anaphor(index, recent, last_person, counts, last_end)
            if anaphor is not None:
                self._add(anaphor)
        self._add_factions()
        self._add_holders_by_title(actors)
        self._add_counterparts()
        if agents is not None:
            self._add_agents(agents)
            self._add_groups_again()

    def _add_holders_by_title(self, actors: list[ArticleActor]) -> None:
        """A body's name after a title with no name after it, which the article gave before with a
        person's name, is that person: "Presiden FIFA Gianni Infantino memuji ... Presiden FIFA bertemu
        dengan Erick Thohir" (Infantino meets him, not FIFA)."""
        titled: dict[str, set[str]] = {}
        for actor in actors:
            if actor.type == "PER":
                for mention in actor.mentions:
                    titled.setdefault(mention.text.casefold(), set()).add(actor.actor_id)
        people = {actor.actor_id: actor for actor in actors}
        for unit in list(self.at_first.values()):
            body = unit.actors[0]
            if body.type != "ORG" or body.actor_id.startswith("AGT:") or unit.last + 1 in self.at_first:
                continue
            first = unit.first  # the whole title of capitalised words before the body ("Wakil Sekjen PBB" is no
            while first - 1 >= max(0, unit.first - _TITLE_WORDS) and first - 1 not in self.at_first and \
                    self.tokens[first - 1].is_word and self.tokens[first - 1].text[:1].isupper():  # Sekjen PBB's)
                first -= 1
            holders = titled.get(self.text[self.tokens[first].start : self.tokens[unit.last].end].casefold(), set())
            holder = people[next(iter(holders))] if first < unit.first and len(holders) == 1 else None
            if holder is not None and any(m.end <= self.tokens[first].start for m in holder.mentions):
                del self.at_first[unit.first]
                self._add(Unit(first, unit.last, (holder,)))

    def _officer_title(self, index: int) -> bool:
        """Whether the capitalised words right before token ``index`` (a name's title) name an office of
        the law or a rank: "Kepala Polda Bali Irjen Daniel Adityajaya"."""
        position = index - 1
        while position >= 0 and index - position <= _TITLE_WORDS and self.tokens[position].is_word \
                and self.tokens[position].text[:1].isupper():
            if _LAW_OFFICE.search(self.tokens[position].text) or self.tokens[position].folded in RANK_WORDS:
                return True
            position -= 1
        return False

    def _add_factions(self) -> None:
        """Units for a party's faction in a legislature, which act as the party: "Penolakan Fraksi PDI Perjuangan
        terhadap ...", "Fraksi PKS DPRD DKI Jakarta menuding ..." (the party, not the whole house)."""
        for unit in list(self.at_first.values()):
            party = unit.actors[0]
            if unit.first == 0 or self.tokens[unit.first - 1].folded != _FACTION or party.type != "ORG" or \
                    party.actor_id.startswith("AGT:"):
                continue
            house = self.at_first.get(unit.last + 1)
            last = house.last if house is not None and _LEGISLATURE.search(house.actors[0].name) else unit.last
            self._add(Unit(unit.first - 1, last, unit.actors))

    def _add_counterparts(self) -> None:
        """Units for a counterpart named by the state it serves ("mitranya dari Turki"): the
        person an apposition then names ("mitranya dari Turki, Hakan Fidan,"), else the state."""
        for index, token in enumerate(self.tokens[:-2]):
            if token.folded not in _COUNTERPARTS or self.tokens[index + 1].folded not in _FROM_STATE:
                continue
            state = self.at_first.get(index + 2)
            if state is None or not all(a.actor_id == a.country for a in state.actors):
                continue
            comma = state.last + 1
            person = self.at_first.get(comma + 1) if comma < len(self.tokens) and self.tokens[comma].text == "," else None
            if person is not None and all(a.type == "PER" and a.country in (None, state.actors[0].country)
                                          for a in person.actors):
                self._add(Unit(index, person.last, person.actors))
            else:
                self._add(Unit(index, state.last, state.actors))

    def _add_groups_again(self) -> None:
        """Units for "mereka" opening a sentence or clause where it refers to a group of people
        that a generic agent opening a sentence named shortly before ("Para buruh berunjuk rasa
        di depan DPR. Mereka menuntut ..."): the civilians or the armed group that is the last
        subject within `_THEY_REACH` tokens, else nothing ("wilayah mereka", "penyelidikan mereka"
        are no subjects, and after "Polisi kemudian membubarkan massa." the police may be meant)."""
        for index, token in enumerate(self.tokens):
            if token.folded != _THEY or index in self.at_first or not self._opens_clause(index):
                continue
            subjects = [u for u in self.at_first.values() if index - _THEY_REACH <= u.last < index
                        and (self._opens_clause(u.first, counted=True) or self._members_named(u))
                        and not self._set_off_place(u)]
            latest = max(subjects, key=lambda u: u.first, default=None)  # (another subject since: "Polisi ... Mereka")
            if latest is None or self._sentence_between(latest.last, index):
                continue
            if latest.actors[0].actor_id.startswith(("AGT:", "GRP:")) and latest.actors[0].sector in _GROUP_SECTORS:
                self._add(Unit(index, index, (latest.actors[0],)))
            elif self._members_named(latest):
                self._add(Unit(index, index, latest.actors))  # "Para menteri luar negeri ASEAN ... Mereka meminta"
            elif (met := self._met_by(latest, index)) is not None:
                self._add(Unit(index, index, (latest.actors[0], met.actors[0])))  # "Sugiono bertemu Wang Yi di
                # Beijing. Dalam pertemuan itu, mereka sepakat ...": the two who met

    def _met_by(self, subject: Unit, before: int) -> Unit | None:
        """The one person a person who is the subject at `subject` met, the object of a verb of meeting told between
        it and token `before` ("Sugiono bertemu Menteri Luar Negeri China Wang Yi"), when both are people."""
        if len(subject.actors) != 1 or subject.actors[0].type != "PER":
            return None
        meeting = next((k for k in range(subject.last + 1, min(before, subject.last + 1 + _MEETING_WORDS))
                        if self.tokens[k].folded in _MEETING_VERBS), None)
        if meeting is None:
            return None
        met = [u for u in self.at_first.values() if meeting < u.first < before]
        people = {a.actor_id for u in met for a in u.actors if a.type == "PER" and a.actor_id != subject.actors[0].actor_id}
        if len(people) != 1:
            return None
        person = max((u for u in met if any(a.actor_id in people for a in u.actors)), key=lambda u: u.last)  # (the
        # name after the title)
        if person.last + 2 < before and (self.tokens[person.last + 1].folded in LIST_ENDS or
                                         self.tokens[person.last + 1].text == ","):
            return None  # (not one of several met: "menerima Anwar Ibrahim dan Sultan Brunei")
        return person

    def _members_named(self, unit: Unit) -> bool:
        """Whether a subject names the members of a body of states as people ("Para menteri luar negeri
        ASEAN", "para pemimpin G7"), whom "mereka" may then mean."""
        if len(unit.actors) != 1 or unit.actors[0].sector != "IGO":
            return False
        opening = next((k for k in range(unit.first - 1, max(-1, unit.first - _MEMBERS_REACH - 1), -1)
                        if self.tokens[k].folded == _PLURAL_PEOPLE), None)
        return opening is not None and opening + 1 < unit.first and self._opens_clause(opening, counted=True) and \
            self.tokens[opening + 1].folded in _OFFICIALS and \
            all(self.tokens[k].text.isalpha() and not self.is_verb(k) for k in range(opening + 1, unit.first))

    def _victim_of_crime(self, index: int) -> bool:
        """Whether the agent noun at token `index` names the victim of a crime whose perpetrator or
        suspect the words before name: "pelaku pembunuhan wanita", "tersangka kasus pencabulan santri",
        "pelaku penganiayaan seorang santri"."""
        position = index - 1
        while position > 0 and (self.in_quantity(position) or self.tokens[position].folded in _COUNTED_ONE):
            position -= 1
        if position < 1 or self.tokens[position].folded not in _CRIMES_AGAINST:
            return False
        position -= 1
        if self.tokens[position].folded in _CASE_WORDS and position > 0:
            position -= 1
        return self.tokens[position].folded in _PERPETRATORS

    def _set_off_place(self, unit: Unit) -> bool:
        """Whether a unit is a place, or a state or the actor named just before set off by a comma, which no
        clause opens with: "... di depan Gedung DPR, Jakarta. Mereka menuntut ...", "... di Ramallah, Tepi Barat.
        Mereka mengecam Israel", "di depan Gedung DPR, Senayan," (the DPR's seat)."""
        kind = unit.actors[0].type
        after_comma = unit.first > 1 and self.tokens[unit.first - 1].text == ","
        before = self.at_last.get(unit.first - 2) if after_comma else None
        return kind == "LOC" or after_comma and (kind == "GPE" or before is not None and before.actors == unit.actors)

    def _completed_later(self, position: int) -> bool:
        """Whether a copula after token ``position`` in its sentence completes the clause that opens
        before it ("salah satu yang mengecam serangan itu adalah China")."""
        for token in self.tokens[position:]:
            if token.text in _SENTENCE_ENDS:
                return False
            if token.folded in _COPULAS:
                return True
        return False

    def _sentence_between(self, last: int, index: int) -> bool:
        """Whether a sentence starts between tokens `last` and `index` (its own subject may be the one
        meant: "Pimpinan DPR kemudian menerima perwakilan mahasiswa. Mereka ..."); the sentence of token
        `index` counts only when someone is named in it before that token or a contrast turns to the other
        side ("Buruh menuntut ... kepada Apindo. Namun, mereka menolak"; not "... berunjuk rasa. Selain itu,
        mereka ...")."""
        starts = [k for k in range(last + 1, index) if starts_sentence(self.text, self.tokens, k)]
        return len(starts) > 1 or bool(starts) and any(k in self.at_first or self.tokens[k].folded in _CONTRASTS
                                                       for k in range(starts[0], index))

    def _opens_clause(self, index: int, counted: bool = False) -> bool:
        """Whether token `index` opens a sentence (also after a dateline), or a clause after a comma or a conjunction; with
        `counted`, past a count of it or its members ("Para buruh", "12 nelayan", "Personel Brimob")."""
        position = index
        while counted and position > 0 and index - position < _COUNT_WORDS and (
                self.tokens[position - 1].folded in _BEFORE_GROUP or self.tokens[position - 1].text.isdigit()):
            position -= 1
        return starts_sentence(self.text, self.tokens, position) or position > 0 and (
            self.tokens[position - 1].text == "," or self.tokens[position - 1].folded in _CLAUSE_JOINS
            or self.tokens[position - 1].end == self._dateline_end
            or self.tokens[position - 1].text in DASHES and position > 1 and in_dateline(self.tokens, position - 2))
        # (after a dateline: "JAKARTA, KOMPAS.com - Ribuan buruh ...", or its dash: "Pekanbaru - Ratusan warga ...")

    def subject_like(self, index: int) -> bool:
        """Whether a name at token ``index`` stands where a subject or a quote's speaker does:
        opening a sentence or clause, or after a speech word ('"...," kata Sani')."""
        if index == 0:
            return True
        before = self.tokens[index - 1]
        if before.text in _SUBJECT_OPENERS or before.folded in SPEAKER_WORDS:
            return True
        # a description opening the sentence: "Aktor Rangga Aditya dinyatakan positif ...", "Bandar sabu Darwin ..."
        opening = next((k for k in range(index - 1, max(-1, index - 2 - _DESCRIPTION_REACH), -1)
                        if k == 0 or self.tokens[k - 1].text in _SUBJECT_OPENERS), None)
        return opening is not None and self.tokens[opening].folded not in _BYSTANDERS and \
            self.past_description(opening, index + 1) == index  # (not "Saksi Yuliani melihat ... Ia": a witness)

    def proposed_people(self, index: int) -> list[Unit]:
        """The people only the statistical recogniser proposed, named from token `index` on and
        joined by "dan", "serta" or commas (for the object of an act of law enforcement: "KPK
        menangkap Hasto Kristiyanto", "Polisi menahan Bambang Sutrisno dan Joko Prihatin")."""
        people: list[Unit] = []
        while (unit := self._proposed_person(index)) is not None:
            people.append(unit)
            index = unit.last + 1
            while index < len(self.tokens) and (self.tokens[index].folded in LIST_ENDS or self.tokens[index].text == ","):
                index += 1
        return people

    def past_description(self, index: int, ceiling: int) -> int:
        """Where a person's name starts after a trade, a standing or a rank at token `index` ("penyanyi dangdut
        Rina Saputri", "saksi Hendra Kurniawan", "Brigadir Dedi Kurniadi"; a rank only before a name the
        recogniser proposed); `index` itself when none does."""
        if index + 1 < ceiling and self.tokens[index].folded in RANK_WORDS and self._proposed_person(index + 1) is not None:
            return index + 1  # a rank: "menahan Brigadir Dedi Kurniadi"
        if index >= ceiling or self.tokens[index].folded not in PERSON_DESCRIPTIONS:
            return index
        for position in range(index + 1, min(ceiling, index + _DESCRIPTION_REACH + 1)):
            if self._proposed_person(position) is not None or (known := self.at_first.get(position)) is not None and \
                    all(a.type == "PER" for a in known.actors):
                return position
            word = self.tokens[position]
            if not (word.is_word and word.text.islower()) or word.folded in _ASSOCIATES or word.folded == "yang" or \
                    word.folded.startswith("pe") or self.is_verb(position):
                break  # (nor a crime's noun or its doer's, "saksi penganiayaan Rudi Hermawan", "pelaku penusuk Andi",
                # nor a relative clause: "pelaku yang menganiaya Rudi" names the victim)
        return index

    def people_listed(self, index: int, ceiling: int) -> list[Unit]:
        """The people named from token `index` on and joined by "dan", "serta" or commas, known
        ones and those only the recogniser proposed alike ("KPK menahan Hasto Kristiyanto dan
        Donny Tri Istiqomah")."""
        people: list[Unit] = []
        joined = True  # (a known person after a bare comma may be an apposition: "Ahmad, Bupati Sidoarjo yang ...")
        while index < ceiling:
            unit = self._proposed_person(index)
            if unit is None and joined and (found := self.at_first.get(index)) is not None and \
                    all(a.type == "PER" for a in found.actors):
                unit = found
            if unit is None:
                break
            if people and self._opens_clause_at(unit, ceiling):
                break  # (the subject of a clause "dan" joins: "menangkap Andi dan Presiden Prabowo memerintahkan ...")
            people.append(unit)
            index, joined = self._same_actor_end(unit) + 1, False
            while index < ceiling and (self.tokens[index].folded in LIST_ENDS or self.tokens[index].text == "," or
                                       joined and self.tokens[index].folded in _KIN_OF_LAST):
                joined = joined or self.tokens[index].folded in LIST_ENDS  # ("Budi dan adiknya, Joko Santoso")
                index += 1
            if joined:
                index = self._past_named_one(index, ceiling)  # "Daniel Sianturi dan seorang kontraktor bernama Hartono"
        return people

    def _past_named_one(self, index: int, ceiling: int) -> int:
        """Where the name starts after "seorang", a few lower-case words and a naming cue opening at token
        `index` ("seorang kontraktor bernama Hartono Wijaya", "seorang rekanan berinisial BK"); `index` when none."""
        if index >= ceiling or self.tokens[index].folded != _ONE_PERSON:
            return index
        for position in range(index + 1, min(ceiling - 1, index + 2 + _DESCRIPTION_REACH)):
            if self.tokens[position].folded in NAMING_CUES:
                return position + 1
            if not self.tokens[position].text.islower():
                break
        return index

    def proposed_firm(self, index: int) -> Unit | None:
        """A company only the statistical recogniser proposed, named at token `index` with its legal
        form (the object of a measure on it: "OJK mencabut izin usaha PT Asuransi Jiwa Sentosa")."""
        unit = self._proposed_names.get(index)
        return unit if unit is not None and unit.actors[0].type == "ORG" and \
            company_name(self.tokens, unit.first, unit.last) else None

    def _proposed_person(self, index: int) -> Unit | None:
        unit = self._proposed_names.get(index)
        return unit if unit is not None and unit.actors[0].type == "PER" else None

    def proposed_person_before(self, first: int, floor: int) -> Unit | None:
        """A person only the recogniser proposed as the subject right before a passive verb at
        `first`, adverbs aside ("Zarof Ricar (telah) divonis ...", "Rudi terakhir dipanggil ..."), and an
        apposition or an age between ("Andi Wijaya (45), ayah korban, ditangkap ...")."""
        comma = self._relative_comma(first, floor) or self._role_apposition(first, floor)
        position = self._before_age(comma - 1 if comma is not None else self._before_adverbs(first, floor), floor)
        if (alias := self._alias_before(position, floor)) is not None:
            position = alias - 1  # "Rina Suryani alias Rina Bintang diperiksa ...": the name before the other one
        person = self._proposed_person_ending(position)
        kin = self.kin_head(person.first, floor) if person is not None else None
        return person if kin is None else kin  # "Ayah penyanyi cilik Farel Prayoga ditangkap": the father, not the singer

    def _alias_before(self, position: int, floor: int) -> int | None:
        """The "alias" that opens the other name of a person ending at token `position` ("Rina Suryani alias Rina
        Bintang"), if any."""
        alias = next((k for k in range(position, max(floor, position - _ALIAS_WORDS) - 1, -1)
                      if self.tokens[k].folded == _ALIAS), None)
        return alias if alias is not None and alias < position and \
            all(t.text[:1].isupper() for t in self.tokens[alias + 1 : position + 1]) else None

    def _role_apposition(self, first: int, floor: int) -> int | None:
        """The comma that opens an apposition of what a person is, set off by commas right before the
        passive verb at `first`: a lower-case noun, then up to `_ROLE_APPOSITION_WORDS` words and no verb
        but in a relative clause that ends it ("Syamsul Bahri, pemodal pembalakan liar, ditangkap ...", "Andika
        (27), karyawan kafe di Kemang, ditangkap ...", "Rudi Hartawan, pemilik biro perjalanan yang diduga menipu
        ratusan jemaah, ditangkap ..."), else None."""
        closing = self._before_adverbs(first, floor)
        if closing <= floor or self.tokens[closing].text != ",":
            return None
        relative = next((k for k in range(closing - 2, max(floor, closing - 2 - _APPOSITION_RELATIVE), -1)
                         if self.tokens[k].folded == "yang"), None)  # the noun's relative clause ending the apposition:
        # "pemilik biro yang diduga menipu jemaah"
        for comma in range(closing - 2, max(floor, closing - 1 - _ROLE_APPOSITION_WORDS - _APPOSITION_RELATIVE) - 1, -1):
            if self.tokens[comma].text == ",":
                opening, named = self.tokens[comma + 1], self.tokens[comma - 1] if comma > floor else None
                return comma if named is not None and opening.text.islower() and opening.is_word and \
                    not self.is_verb(comma + 1) and (named.text == ")" or self._name_ends(comma - 1)) and \
                    not self._besides(comma - 1, floor) and not self._attributed_before(comma) and \
                    not self._possessor(comma - 1) and \
                    (relative is None or relative - comma > 1) else None  # (a name or an age before it: not a fronted
                # phrase, "Menurut polisi, pelaku ..., ditangkap", "Sebelumnya, tiga tersangka lain, ditahan ...",
                # nor "Selain Ahmad Fauzi, tiga tersangka ...", nor the one quoted: "Menurut Kapolres X, pelaku ...")
            word = self.tokens[comma]
            inside = relative is not None and comma > relative  # (in the relative clause)
            if comma == relative or inside and word.is_word:
                continue
            if closing - comma > _ROLE_APPOSITION_WORDS + 1 + (closing - relative if relative is not None else 0):
                return None  # (past the words of a role)
            if not word.is_word or word.folded in _CLAUSE_WORDS or self.is_verb(comma):
                return None
        return None

    def person_before_apposition(self, first: int, floor: int) -> Unit | None:
        """The person, known or only proposed by the recogniser, whose name (and age) stands before an
        apposition of what they are that closes right before the passive verb at `first` ("Rudi Hartawan,
        pemilik biro perjalanan yang diduga menipu ratusan jemaah, ditangkap ...", `_role_apposition`)."""
        comma = self._role_apposition(first, floor)
        if comma is None:
            return None
        position = self._before_age(comma - 1, floor)
        unit = self.at_last.get(position)
        if unit is not None and all(a.type == "PER" and not a.actor_id.startswith("AGT:") for a in unit.actors):
            return unit
        return self._proposed_person_ending(position)

    def _proposed_person_ending(self, last: int) -> Unit | None:
        """The person only the recogniser proposed whose name ends at token `last`, if any."""
        return next((u for u in self._proposed_names.values() if u.last == last and u.actors[0].type == "PER"), None)

    def _speaks(self, first: int, last: int) -> bool:
        """Whether the name at tokens `first`..`last` is a speaker's ('"...," kata Agus') or the subject of a verb of
        reporting or owning up ("Warsito melaporkan ...", "Siti mengaku ..."): someone telling of a crime."""
        return first > 0 and self.tokens[first - 1].folded in SPEAKER_WORDS or \
            last + 1 < len(self.tokens) and self.tokens[last + 1].folded in _TELLING

    def _possessor(self, last: int) -> bool:
        """Whether the name ending at token `last` follows a word of kin, an associate or a group it owns ("Kuasa
        hukum Rina Marlina", "Para korban Rudi", "Anak buah Rudi", "Keluarga Bayu"): the apposition after it is
        about them, not the one named."""
        unit = self.at_last.get(last) or next((u for u in self._proposed_names.values() if u.last == last), None)
        return unit is not None and unit.first > 0 and self.tokens[unit.first - 1].folded in _POSSESSING

    def _attributed_before(self, position: int) -> bool:
        """Whether a word that attributes speech ("Menurut", "Kata") stands in the sentence before token `position`."""
        for index in range(position - 1, max(-1, position - 1 - _ATTRIBUTION_REACH), -1):
            word = self.tokens[index]
            if word.text in _SENTENCE_ENDS:
                return False
            if word.folded in SPEAKER_WORDS or word.folded in SPEAKER_AFTER:
                return True
        return False

    def _name_ends(self, last: int) -> bool:
        """Whether a known actor's name (no generic agent) or one only the recogniser proposed ends at token `last`."""
        unit = self.at_last.get(last)
        return unit is not None and not unit.actors[0].actor_id.startswith("AGT:") or \
            any(u.last == last for u in self._proposed_names.values())

    def _besides(self, last: int, floor: int) -> bool:
        """Whether "Selain" opens the name that ends at token `last`."""
        position = last
        while position > floor and (self.tokens[position].text[:1].isupper() or self.tokens[position].text in "()"
                                    or self.tokens[position].text.isdigit()):
            position -= 1
        return self.tokens[position].folded in _BESIDES

    def kin_head(self, first: int, floor: int) -> Unit | None:
        """The generic agent of a relative that heads the noun phrase of a name at token `first`, up to two
        lower-case words before it: "Ayah penyanyi cilik X", "Istri mantan menteri X" (not a trade or a
        state described, "Ibu rumah tangga X", "Anak jalanan X", "Sopir taksi X")."""
        for kin in range(first - 1, max(floor, first - 3) - 1, -1):
            unit = self.at_last.get(kin)
            if unit is not None:
                return unit if self.tokens[unit.first].folded in _KIN_HEADS and \
                    self.tokens[unit.first + 1].folded not in _NOT_KIN_AFTER and \
                    all(t.text.islower() and t.is_word for t in self.tokens[kin + 1 : first]) else None
            if not self.tokens[kin].text.islower():
                return None
        return None

    def fronted_owners(self, floor: int, first: int) -> list[Unit]:
        """Whose goods a seizure takes when the sentence opens with them, before a comma and the
        act at `first`: "Dari tangan tersangka, polisi menyita 15 paket sabu", "Dari AW dan SNZ,
        polisi menyita ..." (names only the recogniser proposed as well); people only, not "Dari
        hasil pemeriksaan," nor "Dari lokasi itu,"."""
        if first - floor < 4 or self.tokens[floor].folded != _FROM:
            return []
        index = floor + 2 if self.tokens[floor + 1].folded == _HANDS else floor + 1
        owners = []
        while (unit := self.at_first.get(index) or self._proposed_names.get(index)) is not None and unit.last + 1 < first \
                and all(a.type == "PER" or a.actor_id.startswith("AGT:") and a.sector == "CVL" for a in unit.actors):
            owners.append(unit)
            if self.tokens[unit.last + 1].text == ",":
                return owners
            if self.tokens[unit.last + 1].folded != "dan":
                return []
            index = unit.last + 2
        return []

    def proposed_firm_before(self, first: int, floor: int) -> Unit | None:
        """A company only the recogniser proposed, with its legal form, right before a passive verb at
        `first`, adverbs aside: whose licence the subject is ("Izin usaha PT Sinar Laut resmi dibekukan")."""
        position = self._before_adverbs(first, floor)
        return next((u for u in self._proposed_names.values() if u.last == position and u.first >= floor
                     and self.proposed_firm(u.first) is not None), None)

    def _before_adverbs(self, first: int, floor: int) -> int:
        """The last token before `first` that is no preverbal adverb nor a word of when."""
        position = first - 1
        while position > floor and (self.tokens[position].folded in PREVERBAL or self.tokens[position].folded in _WHEN_LAST):
            position -= 1
        return position

    def suspects(self) -> frozenset[str]:
        """The ids of the people whose title is a suspect's or a defendant's ("terdakwa Harvey
        Moeis"), and of those only the recogniser proposed, who take a role only as what the
        law acts on (`proposed_people`)."""
        return self._suspects

    def main_body(self, country: str) -> EventActor | None:
        """The government body of ``country`` the article names most (its first mention's
        span), e.g. the foreign ministry of an evacuation story; None when it names none."""
        bodies = [a for a in self._actors if a.country == country and a.sector == "GOV" and a.type == "ORG"
                  and not a.actor_id.startswith(("AGT:", "GRP:")) and a.mentions]
        if not bodies:
            return None
        body = max(bodies, key=lambda a: (len(a.mentions), -a.mentions[0].start))
        return event_actor(body, body.mentions[0].start, body.mentions[0].end)

    def _add_agents(self, agents: PhraseTrie[tuple[str, str, str]]) -> None:
        """Units for generic agents ("polisi", "mahasiswa") where no actor is named. The
        agent takes the country of a state named right after it ("polisi Israel")."""
        covered = {k for unit in self.at_first.values() for k in range(unit.first, unit.last + 1)}
        index = 0
        while index < len(self.tokens):
            if index not in covered and self._counted_people(index, agents, covered):
                last, country = self._take_state(self._state_after(index), index)
                self._add(Unit(index, last, (ArticleActor(f"AGT:{country or '?'}:CVL:{_PEOPLE}", "people", "NORP", country,
                                                          "CVL", None, 0.6),)))
                index = last + 1
                continue
            if index in covered or self.tokens[index].folded not in agents:
                index += 1
                continue
            longest = None
            for last, payloads in agents.starting_at(self.tokens, index):
                longest = (last, payloads[0])
            if longest is None or any(k in covered for k in range(index, longest[0] + 1)):
                index += 1
                continue
            last, (sector, english, named_as) = longest
            if last + 2 < len(self.tokens) and self.tokens[last + 1].text == "-" and \
                    self.tokens[last + 2].folded == self.tokens[last].folded:
                last += 2  # the plural "perusahaan-perusahaan China": one agent, of the state after it
            if self._inside_name(index):
                index = last + 1  # "Komnas Perempuan", "Posyandu Lansia": a body's name, not the people
                continue
            if index and self.tokens[index - 1].folded in _ELECTING:
                index = last + 1  # "hasil pemilihan kepala desa": the office elected, not its holders
                continue
            if self.tokens[index].folded in _HEADS_OF_PLACES and last + 1 < len(self.tokens) and \
                    self.tokens[last + 1].text[:1].isupper():
                index = last + 1  # "Kepala Desa Sukamanah ... berinisial AS": one village's head, a person
                continue
            cue = self._naming_cue(last + 1)
            if cue is not None and not any(self.is_verb(p) for p in range(last + 1, cue)):
                index = last + 1  # "seorang guru ngaji berinisial NHN", "dua pengacara bernama Ariyanto dan ...":
                continue  # the people, not a generic agent (but "Polisi menetapkan pria berinisial AB": the police,
                # and the man another)
            named = self.at_first.get(last + 1)
            if self.tokens[index].folded in SUSPECT_NOUNS and named is not None and named.actors[0].type == "PER":
                index = last + 1  # "tersangka AP": the person the noun names
                continue
            if last == index and self.tokens[index].folded in _GOVERNMENT and named is not None and all(
                    a.type == "ORG" and a.country and not a.actor_id.startswith("AGT:") for a in named.actors):
                index = last + 1  # "pemerintah Taliban": the body that governs, not a state's government
                continue
            if self.tokens[last].folded in _KIN and self._kin_named(index, last):
                index = last + 1  # "membunuh istrinya RK (25)", "dibunuh oleh suaminya, JN": the person named beside it
                continue
            if last == index and self.tokens[index].folded in _PERSON_HEADS and self._said_of_named(index):
                index = last + 1  # "menangkap AS (34), pria yang membunuh istrinya": AS, whom the noun describes
                continue
            if last == index and self.tokens[index].folded in _PERPETRATORS and named is None and \
                    (standing := self._one_with_standing(index)) is not None:
                self._add(Unit(index, last, (standing,)))  # "terdakwa Harvey Moeis ... terhadap Terdakwa": him
                index = last + 1
                continue
            antecedent = self._described(index, last, _NON_BUSINESS if self.tokens[index].folded in _ANY_BODY
                                         else frozenset({sector}))
            if antecedent is not None:  # "perusahaan tersebut", "produsen iPhone itu": named before
                self._add(antecedent)
                index = antecedent.last + 1
                continue
            if self.tokens[index].folded in _REFERRING_ONLY and last == index:
                index = last + 1  # (not a phrase of its own: "kementerian dan lembaga")
                continue
            state = self._state_after(last)
            if state is None and (self.tokens[index].folded in _INVESTIGATORS or last == index
                                  and self.tokens[index].folded in _OFFICERS and self._bare(last)) and not self._named_after(last) \
                    and (body := self._law_body_before(index)):
                self._add(Unit(index, last, (body,)))  # "Dalam operasi itu, penyidik menangkap ...": the KPK's
                index = last + 1
                continue
            if state is None and self.tokens[last].folded == _JUDGES and not self._named_after(last) \
                    and (court := self._court_before(index)):
                self._add(Unit(index, last, (court,)))  # "Majelis hakim Pengadilan Tipikor Jakarta Pusat ... Hakim
                index = last + 1  # menjatuhkan vonis ...": the court's verdict
                continue
            last, country = self._take_state(state, last)
            if (person := self._person_described(last, country)) is not None:
                self._add(Unit(index, person.last, person.actors))  # "aktivis Swedia Greta Thunberg": the person
                index = person.last + 1
                continue
            if state is None and (named := self._proposed_names.get(index)) is not None and named.last > last and named.actors[0].country:
                # a name the recogniser proposed that opens with the agent noun and holds a state:
                # "mengecam Angkatan Laut Prancis" (the French navy)
                country, last = named.actors[0].country, named.last
            noun = " ".join(t.folded for t in self.tokens[index : longest[0] + 1])
            if country is None and noun in _GOVERNMENT and not (last + 1 < len(self.tokens) and self.tokens[last + 1].folded == _LED_BY):
                # "Pemerintah juga mengecam ...": the government of the state named last after the word, else, in a
                # story set at home, Indonesia's (not one its leader names: "Pemerintahan pimpinan Netanyahu")
                country = self._government_before(index) or (HOME_STATE if self.setting in (None, HOME_STATE) else None)
            if noun.endswith("nya") and noun.removesuffix("nya") in agents:
                noun = noun.removesuffix("nya")
                owner = self._owner(index) if country is None else None
                if owner is not None and owner.sector == sector and owner.type == "ORG":
                    self._add(Unit(index, last, (owner,)))  # "militer Israel mengumumkan pasukannya ...": its own
                    index = last + 1
                    continue
                country = owner.country if owner is not None else country  # "Israel mengerahkan pasukannya"
            at = last + 2 if last + 1 < len(self.tokens) and self.tokens[last + 1].folded == "di" else last + 1
            if noun in _PEOPLE_OF_PLACES and (place := self.at_first.get(at)) is not None and \
                    all(a.type == "LOC" for a in place.actors):
                english = _RESIDENTS  # "warga Rempang", "warga di Teheran": the residents of a place, not a state's citizens
            if noun in _TRIAL_PROSECUTORS and country in (None, HOME_STATE) and self._bare(last) and \
                    not (index > 0 and (self.tokens[index - 1].folded in _MANY or self.in_quantity(index - 1))) and \
                    (prosecutor := self._only_titled(PROSECUTOR_WORDS)) is not None:
                self._add(Unit(index, last, (prosecutor,)))  # '"...," ujar JPU' after "Jaksa Penuntut Umum X": X (not
                index = last + 1  # "jaksa" nor "Kejaksaan", which may be any prosecutor, nor "JPU KPK", "JPU lain")
                continue
            if noun in _REGIONAL_HEADS and country in (None, HOME_STATE) and self._bare(last) and \
                    not (index > 0 and (self.tokens[index - 1].folded in _MANY | _EVERY or self.in_quantity(index - 1))) and \
                    (head := self._only_head(tuple(noun.split()))) is not None:
                self._add(Unit(index, last, (head,)))  # "mendesak agar bupati meminta maaf" after "Bupati Lombok Timur,
                index = last + 1  # Haerul Warisin": him (not "seluruh bupati", any of them)
                continue
            actor = ArticleActor(f"AGT:{country or '?'}:{sector}:{named_as}", english,
                                 "NORP" if sector in ("CVL", "OPP") else "ORG", country, sector, None, 0.6)
            self._add(Unit(index, last, (actor,)))
            index = last + 1

    def _person_described(self, last: int, country: str | None) -> Unit | None:
        """The known person a people noun ending at `last` describes, named right after it, past
        an acronym of a field ("aktivis Swedia Greta Thunberg", "aktivis HAM Haris Azhar") or one
        lowercase word of it ("pengusaha minyak Riza Chalid"), of the noun's state or of none."""
        after = last + 1
        if after + 1 < len(self.tokens) and after not in self.at_first and (
                self.tokens[after].text.isupper() and len(self.tokens[after].text) <= 4
                or self.tokens[after].is_word and self.tokens[after].text.islower() and not self.is_verb(after)
                and self.tokens[after].folded not in PREPOSITIONS | RIGHT_BOUNDARIES | PREVERBAL | _DETERMINERS_AFTER
                and self.tokens[after].folded != THAT):
            after += 1
        if relation_before(self.tokens, after):
            return None  # "Keluarga terdakwa Ronald Tannur": his family, not him
        person = self.at_first.get(after)
        if person is None or not all(a.type == "PER" and (country is None or a.country in (None, country))
                                     for a in person.actors):
            return None
        return person

    def _take_state(self, state: Unit | None, last: int) -> tuple[int, str | None]:
        """(last token, country) of an agent noun ending at `last` that takes the state named right
        after it, whose unit it absorbs ("polisi Israel", "enam orang Australia"); `last` and no country
        when none is."""
        if state is None:
            return last, None
        self.at_first.pop(state.first, None)
        self.at_last.pop(state.last, None)
        return state.last, state.actors[0].country

    def _each_named(self, position: int) -> int:
        """Where naming words after a people noun may start: past ", masing-masing" ("tiga
        tersangka, masing-masing berinisial AS, BT dan CK")."""
        words = [t.folded for t in self.tokens[position : position + 4]]
        return position + 4 if words == [",", _EACH, "-", _EACH] else position

    def _naming_cue(self, position: int) -> int | None:
        """The token of a naming word within a few words of ``position`` (past ", masing-masing") that names
        people: initials always do ("seorang guru ngaji berinisial NHN"); "bernama" when an actor who is a person
        follows it (not a name no stage took: the generic agent stays)."""
        listed = self._each_named(position)
        for cue in range(listed, min(len(self.tokens), listed + _BEFORE_INITIALS)):
            if self.tokens[cue].folded in INITIALS_CUES:
                return cue
            if self.tokens[cue].folded in NAMING_CUES:
                named = self.at_first.get(cue + 1)
                return cue if named is not None and named.actors[0].type == "PER" else None
        return None

    def _said_of_named(self, index: int) -> bool:
        """Whether the noun at `index` opens a relative clause said of the person named right before its comma,
        past their age: "AS (34), pria yang ...", "Mohsen Rahimi, pria yang dituduh ..."."""
        if index < 2 or self.tokens[index - 1].text != "," or index + 1 >= len(self.tokens) or \
                self.tokens[index + 1].folded != "yang":
            return False
        named = self.at_last.get(self._before_age(index - 2, 0))
        return named is not None and named.actors[0].type == "PER"

    def _kin_named(self, first: int, last: int) -> bool:
        """Whether a kin noun at tokens first..last has its person named right after it (past a comma)
        or right before it ("Salma, istri terdakwa ...")."""
        after = last + 2 if last + 2 < len(self.tokens) and self.tokens[last + 1].text == "," else last + 1
        if (named := self.at_first.get(after)) is not None and named.actors[0].type == "PER":
            return True
        return first > 1 and self.tokens[first - 1].text == "," and (before := self.at_last.get(first - 2)) is not None \
            and before.actors[0].type == "PER"

    def _joins_modifiers(self, position: int, ceiling: int) -> bool:
        """Whether the token at `position` is "dan"/"serta" between two common nouns of one phrase
        whose owner is named after both ("fasilitas nuklir dan pangkalan militer Iran", and a group
        named by a lowercase noun, "fasilitas nuklir dan militer Iran"), not before a verb or a name."""
        after = position + 1
        return self.tokens[position].folded in _JOINING_NOUNS and after < ceiling and \
            self.tokens[after].is_word and self.tokens[after].text.islower() and not self.is_verb(after) and \
            self.tokens[after].folded not in PREPOSITIONS

    def _government_before(self, index: int) -> str | None:
        """The state of the government the article named last before token `index` as "pemerintah"
        and a state ("Pemerintah Iran menyatakan ... Pemerintah juga ..."), if any."""
        for position in range(index - 1, max(-1, index - _GOVERNMENT_REACH - 1), -1):
            unit = self.at_first.get(position)
            if unit is not None and unit.actors[0].type == "GPE" and unit.actors[0].country and (
                    self.tokens[position].folded in _GOVERNMENT or position and self.tokens[position - 1].folded in _GOVERNMENT):
                return unit.actors[0].country  # ("Pemerintah Iran" may be the state's own unit)
        return None

    def _counted_people(self, index: int, agents: PhraseTrie[tuple[str, str, str]], covered: set[int]) -> bool:
        """Whether token `index` is "orang" after a count, with no agent noun or name after it
        to say who they are: "menangkap enam orang", "12 orang ditahan" (not "orang tidak dikenal",
        "orang nomor satu", nor "tiga orang tersangka", "dua orang WNI")."""
        if self.tokens[index].folded != _PEOPLE or index == 0:
            return False
        count = self.tokens[index - 1]
        if not is_count(count):
            return False  # (not "banyak orang", "semua orang": anyone)
        after = index + 1
        if after < len(self.tokens) and self.tokens[after].folded in _ALLEGED_WORDS:
            after += 1  # "tiga orang terduga teroris": the suspects
        if after < len(self.tokens) and (after in covered or self.tokens[after].folded in agents) or \
                any(True for _ in agents.starting_at(self.tokens, index)):
            return False  # (nor "dua orang tak dikenal", an agent of its own)
        ends = (k for k in range(after, min(len(self.tokens), after + _ROLE_REACH)) if self.tokens[k].text in _SENTENCE_ENDS)
        if _AS in {t.folded for t in self.tokens[after : next(ends, after + _ROLE_REACH)]}:
            return False  # "menetapkan tujuh orang sebagai tersangka": the role says who they are
        if self._naming_cue(after) is not None:
            return False  # "menahan tiga orang, masing-masing berinisial AS, BT dan CK": the people named
        for position in range(index - 1, max(-1, index - _PARTITIVE_REACH), -1):
            if self.tokens[position].text in _SENTENCE_ENDS:
                return True
            if self.tokens[position].folded == _OF and any(position < k < index and unit.actors[0].sector == "CVL"
                                                            for k, unit in self.at_first.items()):
                return False  # "Dari 194 WNI di Israel, sebanyak 11 orang ...": some of a group of people named before
                # (not "Petugas dari Polsek Tebet menangkap enam orang", "pulang dari Malaysia")
        return True

    def _inside_name(self, index: int) -> bool:
        """Whether the capitalised word at token `index` continues a capitalised name begun
        before it in its sentence ("Komnas Perempuan", "Kementerian Pemberdayaan Perempuan")."""
        if index == 0 or not self.tokens[index].text[:1].isupper():
            return False
        before = self.tokens[index - 1]
        return before.is_word and before.text[:1].isupper() and before.end == self.tokens[index].start - 1 and \
            (index < 2 or self.tokens[index - 2].text not in _SENTENCE_ENDS)

    def _owner(self, index: int) -> ArticleActor | None:
        """The owner an agent's clitic ("pasukannya") stands for: the actor of a known state
        named last before it, not past a contrast ("..., namun pasukannya"), nor a place it is
        at ("Kedutaan Besar AS di Jakarta mengimbau warganya": the embassy's)."""
        for position in range(index - 1, max(-1, index - _OWNER_WORDS - 1), -1):
            if self.tokens[position].text in _SENTENCE_ENDS or self.tokens[position].folded in _CONTRASTS:
                return None  # ("Rusia melancarkan serangan, namun pasukannya ...": Ukraine's forces)
            unit = self.at_last.get(position)
            if unit is not None and unit.actors[0].type == "LOC" and unit.first > 1 and \
                    self.tokens[unit.first - 1].folded == _AT and (owner := self.at_last.get(unit.first - 2)) is not None \
                    and owner.actors[0].country and not owner.actors[0].actor_id.startswith("AGT:"):
                return owner.actors[0]  # the one at the place, named right before it
            if unit is not None and unit.actors[0].country and not unit.actors[0].actor_id.startswith("AGT:"):
                return unit.actors[0]
        return None

    def only_titled(self, words: frozenset[str]) -> EventActor | None:
        """The one person of the article whose title holds one of ``words`` ("Jaksa penuntut umum (JPU)
        Kejaksaan Agung X" for "jpu"), on the first mention of the name; None when none or several are."""
        person = self._only_titled(words)
        if person is None:
            return None
        named = [m for m in person.mentions if m.text.casefold() != (person.role or "").casefold()] or person.mentions
        return event_actor(person, named[0].start, named[0].end)

    def _only_head(self, title: tuple[str, ...]) -> ArticleActor | None:
        """The one person of the article whose title opens with the words `title` (a head, not a deputy:
        "Bupati Pati Sudewo" for "bupati", not "Wakil Bupati ..."); None when none or several are."""
        people = [a for a, role in self._home_titled() if tuple(role)[: len(title)] == title]
        return people[0] if len(people) == 1 else None

    def _only_titled(self, words: frozenset[str]) -> ArticleActor | None:
        people = [a for a, role in self._home_titled() if words.intersection(role) and FORMER.isdisjoint(role)]
        return people[0] if len(people) == 1 else None

    def _home_titled(self) -> list[tuple[ArticleActor, list[str]]]:
        """The article's Indonesian people named with a title, each with its title's words."""
        return [(a, re.findall(r"\w+", a.role.casefold())) for a in self._actors
                if a.type == "PER" and a.role and a.mentions and a.country == HOME_STATE]

    def home_trial(self) -> bool:
        """Whether the story is set at home, or names no place but a home court of trial ("digelar di
        Pengadilan Tipikor Surabaya")."""
        return self.setting == HOME_STATE or self.setting is None and any(
            a.country == HOME_STATE and court_of(a.actor_id) for a in self._actors)

    def role_of(self, actor_id: str) -> str | None:
        """The office an actor of the article holds as the text states it ("Kapolres Bogor"), if any."""
        return next((a.role for a in self._actors if a.actor_id == actor_id), None)

    def law_body_near(self, position: int) -> list[EventActor]:
        """The body of law enforcement the few sentences before token `position` name most (`_law_body_before`),
        on its last mention there, as an event's actor; none when there is none."""
        body = self._law_body_before(position)
        if body is None:
            return []
        mention = max((m for m in body.mentions if m.end <= self.tokens[position].start), key=lambda m: m.start)
        return [event_actor(body, mention.start, mention.end)]

    def judge(self, actor_id: str) -> bool:
        """Whether an actor of the article is a judge by the title the text gives ("Ketua Majelis Hakim X")."""
        role = self.role_of(actor_id)
        return bool(role) and _JUDGES in role.casefold().split()

    def court_of_judge(self, judge: EventActor, position: int, ceiling: int) -> EventActor | None:
        """The court a judge (a person whose title holds "hakim": "Ketua Majelis Hakim Rosihan Juhriah
        Rangkuti") sits in: the court named after the judge before token `ceiling` ('"...," ujar ketua majelis
        hakim X ketika membacakan vonis di Pengadilan Negeri Medan'), else the court named last before
        token `position`; on the judge's span."""
        if not self.judge(judge.actor_id):
            return None
        after = next((k for k in range(position, ceiling) if self.tokens[k].start >= judge.end), ceiling)
        court = self.court_between(after, ceiling)
        if court is not None and self.tokens[bisect_left(self._starts, court.start) - 1].folded == _AT:
            # (where the verdict is read, "di Pengadilan ...": not the court whose ruling is appealed or overturned,
            # "membacakan putusan banding atas putusan Pengadilan Tipikor Jakarta Pusat")
            return EventActor(court.actor_id, court.name, court.country, court.sector, judge.start, judge.end)
        court = self._court_before(position)
        return event_actor(court, judge.start, judge.end) if court is not None else None

    def body_named_within(self, start: int, end: int, role: str | None = None) -> EventActor | None:
        """The organisation (no generic agent) a mention between characters `start` and `end` names,
        such as the body in a person's title ("Kapuspenkum Kejagung"), or the regional body the article
        names that a head's title `role` heads ("Kapolres Bogor": the Polres Bogor), if any."""
        for actor in self._actors:
            if actor.type == "ORG" and not actor.actor_id.startswith(("AGT:", "GRP:")):
                mention = next((m for m in actor.mentions if start <= m.start and m.end <= end), None)
                if mention is not None:
                    return event_actor(actor, mention.start, mention.end)
        headed = _headed_body(role.split() if role else [], self._actors)
        return event_actor(headed, start, end) if headed is not None else None

    def body_titled_before(self, actor_id: str) -> EventActor | None:
        """The body of law enforcement, or any organisation past a rank, that an officer's title names right before
        one of their names: "Kabid Humas Polda Sulsel Kombes Didik", "Direktur Penyidikan KPK Asep Guntur"
        (`_RANK_GAP`, as `_spoken_for` reads it; not a legislator's body: "Wakil Ketua Komisi IV DPR Alex ...")."""
        person = next((a for a in self._actors if a.actor_id == actor_id), None)
        if person is None:
            return None
        for actor in self._actors:
            if actor.type == "ORG" and not actor.actor_id.startswith(("AGT:", "GRP:")):
                found = _named_before(actor, person, self.text)
                if found is not None and (law_body(actor.actor_id) or
                                          RANK_WORDS.intersection(found[1].casefold().replace(".", " ").split())):
                    return event_actor(actor, found[0].start, found[0].end)
        return None

    def _named_after(self, last: int) -> bool:
        """Whether a capitalised word follows token `last`: the agents' own body, named ("penyidik
        Jampidsus", whose investigators they are) even when no actor holds it."""
        return last + 1 < len(self.tokens) and self.tokens[last + 1].is_word and self.tokens[last + 1].text[:1].isupper()

    def _bare(self, last: int) -> bool:
        """Whether no noun qualifies the word at `last` (what follows is no word, or a verb or an
        adverb: "diamankan petugas.", "Petugas menangkap", "petugas langsung"; not "petugas pemadam")."""
        return last + 1 >= len(self.tokens) or not self.tokens[last + 1].is_word or verb_follows(self.tokens, last) \
            or self.tokens[last + 1].folded in _ADVERBS_AFTER

    def _law_body_before(self, position: int) -> ArticleActor | None:
        """The body of law enforcement named most in the few sentences before token `position`, of
        those named first on a tie (the body whose case it is, not a partner it works with:
        "Kejaksaan Agung ... Kejaksaan Agung berkoordinasi dengan Polri. Penyidik ..." are the
        Kejaksaan's); no generic agent."""
        before = self.tokens[position].start
        near = before - _INVESTIGATORS_REACH  # (a story of two cases: the bodies named about this one)
        named = [(sum(near <= m.start and m.end <= before for m in actor.mentions), -actor.mentions[0].start, actor)
                 for actor in self._actors if law_body(actor.actor_id) and not actor.actor_id.startswith(("AGT:", "GRP:"))
                 and any(near <= m.start and m.end <= before for m in actor.mentions)]
        return max(named, key=lambda item: item[:2])[2] if named else None

    def law_body_after(self, position: int) -> list[EventActor]:
        """The body of law enforcement named first after token `position`, within a few sentences
        ("Pelaku kini telah ditangkap. ... kata Kasat Reskrim Polrestabes Surabaya"), on that mention;
        none when none is."""
        after = self.tokens[position].end
        named = [(m.start, actor, m) for actor in self._actors if law_body(actor.actor_id)
                 and not actor.actor_id.startswith(("AGT:", "GRP:")) for m in actor.mentions
                 if after <= m.start <= after + _INVESTIGATORS_REACH]  # (a few sentences: not another case's body)
        if not named:
            return []
        _, actor, mention = min(named, key=lambda item: item[0])
        return [event_actor(actor, mention.start, mention.end)]

    def court_between(self, first: int, ceiling: int) -> EventActor | None:
        """The first court of a known state named between tokens `first` and `ceiling`, as an event's actor
        ("... digelar di Pengadilan Tipikor Jakarta Pusat")."""
        unit = next((u for k in range(first, ceiling) if (u := self.at_first.get(k)) is not None
                     and all(court_of(a.actor_id) and a.country for a in u.actors)), None)
        return self.event_actors([unit])[0] if unit is not None else None

    def court_near(self, position: int) -> EventActor | None:
        """The court named last before token `position`, on that mention, as an event's actor: the story's
        only court, or one within `_COURT_REACH` characters (the few sentences of the same trial)."""
        court = self._court_before(position)
        if court is None:
            return None
        mention = max((m for m in court.mentions if m.end <= self.tokens[position].start), key=lambda m: m.start)
        courts = {a.actor_id for a in self._actors if court_of(a.actor_id)}
        if len(courts) > 1 and self.tokens[position].start - mention.end > _COURT_REACH:
            return None
        return event_actor(court, mention.start, mention.end)

    def _court_before(self, position: int) -> ArticleActor | None:
        """The court named last before token `position` (where the verdict is read: "Terdakwa terbukti
        menyuap hakim PN Surabaya ..., kata ketua majelis ketika membacakan putusan di Pengadilan Tipikor
        Jakarta": the Tipikor court, not the one bribed)."""
        before = self.tokens[position].start
        named = [(m.start, actor) for actor in self._actors if court_of(actor.actor_id) for m in actor.mentions
                 if m.end <= before]
        return max(named, key=lambda item: item[0])[1] if named else None

    def _one_with_standing(self, index: int) -> ArticleActor | None:
        """The one person named before token `index` with the standing its noun gives ("terdakwa",
        "tersangka"), when the article has named exactly one so far (also one only the recogniser
        proposed: what the law acts on). The standing may come from a title or from the noun right
        before any of the person's names, also a later one ("... yang menjerat Sutarni Kusumawati ...
        kepada terdakwa ... agar terdakwa Sutarni dihukum")."""
        noun = self.tokens[index].folded
        after = self.tokens[index + 1].folded if index + 1 < len(self.tokens) else ""
        before = self.tokens[index - 1].folded if index > 0 else ""
        if after in _OTHER_ONES or before in _MANY or index > 0 and self.in_quantity(index - 1):
            return None  # "tersangka baru", "terdakwa lain", "para terdakwa", "dua tersangka": not the one named
        start = self.tokens[index].start
        people = [a for a in self._people if any(m.start < start for m in a.mentions)
                  and (a.role and a.role.casefold() == noun or any(self._standing_before(m.start, noun) for m in a.mentions))
                  and not any(self._standing_before(m.start, noun, related=True) for m in a.mentions)]
        if len(people) != 1 or self._told_apart(index):
            return None
        name_after = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if name_after is not None and name_after.capitalised and \
                name_after.folded not in phrase_key(" ".join([people[0].name] + [m.text for m in people[0].mentions])):
            return None  # "Pelaku EKK ditangkap": a name no stage took, not the one named before ("terdakwa Sutarni" is)
        return people[0]

    def _told_apart(self, index: int) -> bool:
        """Whether the sentence of token `index` tells another case or place before it ("Di tempat lain,
        polisi menangkap pelaku penjambretan": not the one named before)."""
        position = index - 1
        while position > 0 and self.tokens[position].text not in _SENTENCE_ENDS:
            if self.tokens[position].folded in APART_WORDS and self.tokens[position - 1].folded in _CASE_PLACES:
                return True
            position -= 1
        return False

    def _standing_before(self, position: int, noun: str, related: bool = False) -> bool:
        """Whether the standing's noun is the word right before the name at character `position`, or
        before the naming word right before it ("Pelaku berinisial W (25)"), and a relative's or
        associate's noun before it makes the name another's (with `related`) or not ("kuasa hukum
        terdakwa X": the lawyer)."""
        index = bisect_left(self._starts, position)
        if not (0 < index < len(self.tokens) and self.tokens[index].start == position):
            return False
        if index > 1 and self.tokens[index - 1].folded in NAMING_CUES:
            index -= 1
        return self.tokens[index - 1].folded == noun and relation_before(self.tokens, index - 1) == related

    def _described(self, first: int, last: int, sectors: frozenset[str]) -> Unit | None:
        """A unit for an agent noun that refers back ("perusahaan tersebut", "produsen
        iPhone itu"): the organisation of one of its sectors (a body of any but business
        for "Lembaga tersebut" after ICW; a ministry for "kementerian itu") named last before it."""
        end = next((p for p in range(last + 1, min(len(self.tokens), last + 3))
                    if self.tokens[p].folded in _DEMONSTRATIVES), None)
        if end is None or any(p in self.at_first for p in range(last + 1, end)):
            return None
        ministry = self.tokens[first].folded == _MINISTRY
        named = [u for u in self.at_first.values() if u.last < first and u.actors[0].type == "ORG"
                 and u.actors[0].sector in sectors and not u.actors[0].actor_id.startswith("AGT:")
                 and not (ministry and _MINISTRY_NAMES.search(u.actors[0].name) is None)]
        if not named:
            return None
        return Unit(first, end, (max(named, key=lambda u: u.first).actors[0],))

    def _in_number(self, position: int) -> bool:
        """Whether token `position` is the dot or comma inside a number ("1.200", "2,5")."""
        return self.tokens[position].text in ".," and 0 < position < len(self.tokens) - 1 and \
            self.tokens[position - 1].text.isdigit() and self.tokens[position + 1].text.isdigit() and \
            self.tokens[position].start == self.tokens[position - 1].end and self.tokens[position + 1].start == self.tokens[position].end

    def in_quantity(self, position: int) -> bool:
        """Whether token `position` is part of a quantity: a number ("1.200"), a quantifier
        ("ribuan", "sebagian") or an approximation ("lebih dari", "sekitar")."""
        token = self.tokens[position]
        return token.folded in _QUANTIFIERS or token.folded in _APPROXIMATIONS or token.text.isdigit() \
            or self._in_number(position) or token.folded == "dari" and position > 0 \
            and self.tokens[position - 1].folded in _MORE_OR_LESS

    def words_ahead(self, start: int, words: int, ceiling: int) -> int:
        """The end of a window of `words` tokens from `start`, a quantity's tokens not counted
        ("mengirim lebih dari 10.000 tentara": the soldiers are the third word) and a name
        counted once ("berbicara dengan Menlu Iran Abbas Araghchi melalui telepon")."""
        end = start
        while end < ceiling and words > 0:
            words -= not self.in_quantity(end)
            unit = self.at_first.get(end)
            end = min(ceiling, self._same_actor_end(unit) + 1) if unit is not None else end + 1
        return end

    def after_quantity(self, position: int, ceiling: int) -> int:
        """The first token past a quantity opening at `position` ("ribuan", "puluhan", "1.200",
        "sejumlah"): where the counted noun starts."""
        while position < ceiling and self.in_quantity(position):
            position += 1
        return position

    def past_members(self, position: int, ceiling: int) -> int:
        """The first token past the words of members or a unit opening at `position` when a body of the
        state or its forces follows them ("ditangkap anggota Polres Garut", "personel Brimob", "Tim Resmob
        Polda Sulsel"): where the body's name starts; `position` itself otherwise."""
        start = position
        while position < ceiling and position - start < _MEMBER_WORDS and self.tokens[position].folded in _MEMBER_NOUNS | _UNITS:
            position += 1
        body = self.at_first.get(position) if position > start else None
        if body is None or not all(a.type == "ORG" and a.sector in ("GOV", "MIL") for a in body.actors):
            return start
        return position

    def in_name(self, position: int) -> bool:
        """Whether token `position` lies inside an actor's name ("Liga Arab")."""
        return self.name_at(position) is not None

    def name_at(self, position: int) -> Unit | None:
        """The unit of the actor's name that token `position` lies inside, if any."""
        return next((unit for start in range(position, max(-1, position - _NAME_REACH), -1)
                     if (unit := self.at_first.get(start)) is not None and unit.last >= position), None)

    def _origin_of_performer(self, index: int) -> bool:
        """Whether the state or place at token `index` says where a performer, a player, a sports
        body or a fan comes from: "Pelatih Jepang", "Aktor Korea Selatan itu", "wasit asal Qatar",
        "Federasi sepak bola Malaysia" (no state acts in what they do)."""
        before = index - 1
        if before > 0 and self.tokens[before].folded in _ORIGIN_WORDS:
            before -= 1
            if before > 0 and self.tokens[before].text.islower() and self.tokens[before - 1].folded in _PERFORMERS:
                before -= 1  # "Band rock asal Bandung"
        return before >= 0 and self.tokens[before].folded in _PERFORMERS

    def _conceded(self, trigger_first: int, floor: int) -> int | None:
        """The main clause's verb when a passive at `trigger_first` opens a concessive clause with no subject of its
        own ("meski didesak warga"), else None."""
        position = trigger_first - 1
        while position >= floor and self.tokens[position].folded in PREVERBAL:
            position -= 1
        if position <= floor or self.tokens[position].folded not in _CONCEDING:
            return None
        return self._verb_before(position, floor)

    def _speaking_officer(self, person: ArticleActor) -> bool:
        """Whether a person named with an office of the law or a rank speaks in the article: a word of saying
        within a few tokens before or after one of their mentions ("kata Kapolda Bali Irjen Daniel", "Brigjen
        Djuhandhani ... mengatakan")."""
        if person.type != "PER" or not _officer(person):
            return False
        for mention in person.mentions:
            first = bisect_left(self._starts, mention.start)
            before = self.tokens[max(0, first - _SPEECH_NEAR) : first]
            after = []
            for token in self.tokens[first : first + _SPEECH_AFTER]:  # ("X dan Y mengatakan ...": both speak)
                if token.text in ".!?":
                    break
                after.append(token)
            if any(t.folded in SPEAKER_WORDS or t.folded in _OWN_SAYING for t in (*before, *after)):
                return True
        return False

    def _harmed(self, person: ArticleActor) -> bool:
        """Whether a person is named as the victim of a crime: "korban" before a mention, or a passive of harm
        within a few tokens after one ("Seorang guru bernama Sri dianiaya muridnya")."""
        for mention in person.mentions:
            first = bisect_left(self._starts, mention.start)
            last = bisect_left(self._starts, mention.end)
            if first and self.tokens[first - 1].folded == _VICTIM or any(
                    t.folded in _HARM_UNDERGONE for t in self.tokens[last : last + _HARM_AFTER]):
                return True
        return False

    def _undergoes_law(self, position: int) -> bool:
        """Whether a passive of law enforcement follows from token `position`, past adverbs ("langsung ditahan",
        "kemudian ditangkap")."""
        while position < len(self.tokens) and self.tokens[position].folded in _BEFORE_LAW_PASSIVE:
            position += 1
        return position < len(self.tokens) and self.tokens[position].folded in _LAW_UNDERGONE

    def _joined_by_slash(self, first: int, last: int, actor: ArticleActor) -> bool:
        """Whether a mention right after a slash names the same actor as the unit before it
        ("Kementerian Investasi/BKPM"): that unit then ends with it."""
        before = self.at_last.get(first - 2) if first > 1 and self.tokens[first - 1].text == "/" else None
        if before is None or before.actors != (actor,):
            return False
        joined = Unit(before.first, last, before.actors)
        self.at_first[before.first] = joined
        del self.at_last[before.last]
        self.at_last[last] = joined
        return True

    def _add(self, unit: Unit) -> None:
        if unit.first in self.at_first:
            return
        self.at_first[unit.first] = unit
        outer = self.at_last.get(unit.last)
        if outer is None or outer.first > unit.first:  # "Duta Besar Iran untuk Indonesia": the title, not its state
            self.at_last[unit.last] = unit

    def _told_to(self, index: int) -> bool:
        """Whether the word at `index` opens what someone was told, the one told named last: "mengatakan kepada
        Sugiono bahwa negaranya ..."."""
        return index > 1 and self.tokens[index - 1].folded == THAT and \
            any(t.folded == "kepada" for t in self.tokens[max(0, index - _TOLD_WORDS) : index - 1])

    def _anaphor(self, index: int, recent: list[ArticleActor], last_person: ArticleActor | None, counts: Counter,
                 last_end: dict[str, int]) -> Unit | None:
        word = self.tokens[index].folded
        if word in PERSON_PRONOUNS:
            if 1 < index < len(self.tokens) - 1 and self.tokens[index - 1].folded in SPEAKER_WORDS and \
                    self.tokens[index - 2].text == "," and self.tokens[index + 1].text == ",":
                return None  # "Iran, kata dia, akan terus menyerang Israel": the speaker's aside, no subject
            if last_person is not None and self._undergoes_law(index + 1) and self._speaking_officer(last_person):
                others = [a for a in reversed(recent) if a.type == "PER" and not self._speaking_officer(a)]
                last_person = next((a for a in others if not self._harmed(a)), None if others else last_person)
                # ('"...," kata Kapolres X. Ia dijerat dengan Pasal 338 KUHP': the suspect, not the officer quoted, nor the
                # victim, "Sri dianiaya ...", whom no one else then names; an officer who is the only one named may be the
                # suspect himself)
            if last_person is None or last_person.actor_id in self._unconfirmed and not (
                    last_person.type == "PER" and self._undergoes_law(index + 1) and not self._harmed(last_person) and
                    not self._proposed_subject_speaks and
                    sum(t.text in _SENTENCE_ENDS for t in self.tokens[self._proposed_subject_at : index]) <= 1):
                return None  # (a name only the recogniser proposed is who "Ia ditangkap ..." undergoes the law when
                # it opened this sentence or the one before: "Darwin Situmorang sudah lama diburu ... Ia akhirnya
                # ditangkap Polrestabes Medan")
            return Unit(index, index, (last_person,))
        if word in _CLIENTS:
            return self._client(index)  # "kuasa hukum Haryanto, Erry ..., mengatakan kliennya ...": Haryanto
        if word == _CONCERNED and index and self.tokens[index - 1].folded == "yang" and self._concerned is not None \
                and index - self._concerned_at <= _CONCERNED_REACH:
            return Unit(index - 1, index, (self._concerned,))  # "peran yang bersangkutan": the person the case is about,
            # named last, shortly before (officials' word for a suspect or a witness; not the officer who speaks of him)
        if word in _STATES_COUNTED and (states := self._states_counted(index, recent)) is not None:
            return states  # "Inggris, Kanada, dan Norwegia ... Ketiga negara itu menuding ...": the three
        if word == _OWN_STATE and recent:
            # the state of the one named last (the speaker's, not the one spoken to: "Araghchi mengatakan kepada
            # Sugiono bahwa negaranya ..."), named in the article or not
            owner = recent[-2] if len(recent) > 1 and self._told_to(index) else recent[-1]
            if owner.type in ("PER", "ORG") and owner.country and (state := self._states.get(owner.country) or (
                    self._state_named(owner.country) if self._state_named else None)) is not None:
                return Unit(index, index, (state,))  # "Zelensky, yang negaranya terus diserang ...": Ukraine
        if word in _SIDE_PRONOUNS and word != _SIDE and index and self.tokens[index - 1].is_word and \
                self.tokens[index - 1].text.islower() and not self.is_verb(index - 1) and \
                self.tokens[index - 1].folded not in PREVERBAL | {THAT}:
            return None  # "seorang pegawai lembaganya ditangkap": its employee, not the body (but "mengatakan
            # lembaganya mendukung ...", "bahwa lembaganya ...")
        if word in _SIDE_PRONOUNS:  # not the news agency a dateline credits
            actors = [a for a in recent if a.type != "LOC" and a.sector != "MED"]
            if not actors:
                return None
            body = _spoken_for(actors[-1], actors[:-1], self.text)
            if word in _STAFF_PRONOUNS and (index and self.is_verb(index - 1) and self.tokens[index - 1].folded not in _OWN_SAYING
                                   or body is None and actors[-1].type == "PER"):
                return None
            return Unit(index, index, (body or actors[-1],))
        if word in _STATEMENTS and index + 1 < len(self.tokens) and self.tokens[index + 1].folded in _DEMONSTRATIVES:
            # "Pengumuman tersebut juga meminta WNI ...": the statement is its issuer's, named last
            actors = [a for a in recent if a.type != "LOC" and a.sector != "MED" and a.type != "NORP"
                      and not a.actor_id.startswith(("GRP:", "AGT:"))]
            return Unit(index, index + 1, (actors[-1],)) if actors else None
        if word not in _ANAPHOR_OPENERS:
            return None
        # people who undergo the law are not the officers who speak of the case ("Keduanya ditangkap di Bandara
        # Denpasar" after a police general and his colleague were quoted: the suspects, whom no actor may name; but
        # officers who are themselves the suspects may: "Dua perwira ..., Kolonel X dan Mayor Y, ... Keduanya diperiksa")
        undergo = self._undergoes_law(index + 1)
        if word in _ALL_OF:  # "Polisi menangkap AS, BT dan CK. Ketiganya ditahan ...": the three
            people = [a for a in recent if a.type == "PER" and not (undergo and self._speaking_officer(a))]
            initials = [a for a in people if a.actor_id.startswith(INITIALS)]
            named = initials if len(initials) >= _ALL_OF[word] else people
            return Unit(index, index, tuple(named[-_ALL_OF[word]:])) if len(named) >= _ALL_OF[word] else None
        for phrase, kind in _PAIRS:
            if self._phrase_at(index, phrase):
                self._pair_phrases[index] = index + len(phrase) - 1
                # two states named just before ("... program nuklir Iran, ... kedua belah pihak")
                # are the pair, unless one of them is named there only in passing (once so far,
                # as a possessor: "laporan intelijen Korea Selatan dan Ukraina" in a story on
                # Russia and North Korea); else the two the article has named most. For "kedua
                # negara", two states its own sentence names before it, also by their people,
                # come first ("kunjungan Presiden Prabowo ke Rusia ... antara kedua negara"; the
                # sides, "kedua belah pihak", may be others than those who speak of them)
                start = self.tokens[index].start
                close = [a for a in recent if a.type == "GPE" and a.actor_id == a.country
                         and start - last_end[a.actor_id] <= _PAIR_REACH
                         and not (counts[a.actor_id] == 1 and self._possessed(self._last_at[a.actor_id]))
                         and not self._locative(self._last_at[a.actor_id])]
                own = self._sentence_states(index) if phrase == _BOTH_STATES else []
                if len(own) == 1 and len([a for a in close if a not in own]) >= 2:
                    close = [a for a in close if a not in own]  # "Israel menyerang Iran. China mendesak kedua
                    # negara ...": the two before, not the one that speaks of them
                pair = tuple(own[-2:]) if len(own) >= 2 else (
                    tuple(close[-2:]) if kind == "GPE" and len(close) >= 2 else _salient_two(
                        [a for a in recent if not (undergo and self._speaking_officer(a))], counts, kind))
                if not pair and phrase == _BOTH_STATES:
                    pair = self._leaders_states(recent)  # "Prabowo bertemu Erdogan ... Kedua negara sepakat ..."
                return Unit(index, index + len(phrase) - 1, pair) if pair else None
        end = next((index + len(phrase) - 1 for phrase in _THAT_STATE if self._phrase_at(index, phrase)), None)
        if end is None and word == "negara":
            end = self._relative_demonstrative(index)  # "negara yang kekurangan pangan tersebut"
        if end is not None:
            # the state named last as an argument, not as the possessor of a noun ("aset Rusia")
            states = self._argument_states(recent)
            return Unit(index, end, (states[-1],)) if states else None
        return None

    def _states_counted(self, index: int, recent: list[ArticleActor]) -> Unit | None:
        """The states a counted "ketiga negara itu" at token `index` refers back to (up to two words may stand
        between "negara" and the demonstrative: "Ketiga negara Eropa tersebut"): the last ones named as
        arguments, not as a noun's possessor, when there are as many."""
        count = _STATES_COUNTED[self.tokens[index].folded]
        if index + 2 >= len(self.tokens) or self.tokens[index + 1].folded != "negara":
            return None
        end = next((k for k in range(index + 2, min(len(self.tokens), index + 2 + _COUNTED_STATE_WORDS + 1))
                    if self.tokens[k].folded in _DEMONSTRATIVES), None)
        states = self._argument_states(recent)
        return Unit(index, end, tuple(states[-count:])) if end is not None and len(states) >= count else None

    def _argument_states(self, recent: list[ArticleActor]) -> list[ArticleActor]:
        """The states among `recent` last named as an argument, not as a noun's possessor ("aset Rusia")."""
        return [a for a in recent if a.type == "GPE" and a.actor_id == a.country
                and not self.possessor(self._last_at[a.actor_id])]

    def _leaders_states(self, recent: list[ArticleActor]) -> tuple[ArticleActor, ...] | None:
        """The states of the two people of two states named last with a leader's, a minister's or an
        envoy's title, when the article names no two states for "kedua negara" ("Presiden Prabowo Subianto
        bertemu Presiden Turki Recep Tayyip Erdogan ... Kedua negara juga sepakat ...")."""
        if self._state_named is None:
            return None
        leaders: dict[str, ArticleActor] = {}
        for actor in reversed(recent):
            if actor.type == "PER" and actor.country and actor.role and \
                    _STATES_VOICES.intersection(actor.role.casefold().split()):
                leaders.setdefault(actor.country, actor)
            if len(leaders) == 2:
                break
        if len(leaders) < 2:
            return None
        states = [self._states.get(country) or self._state_named(country) for country in reversed(leaders)]
        return tuple(states) if all(states) else None

    def _client(self, index: int) -> Unit | None:
        """Whom "kliennya" at token ``index`` names: the one the lawyer's title named last ("kuasa
        hukum Haryanto"), else None (and `subject` takes no one past it: never the lawyer)."""
        for position in range(index - 1, -1, -1):
            if self.tokens[position].folded in _COUNSEL and (
                    unit := self.at_first.get(position + 1) or self.at_first.get(position)) is not None \
                    and all(a.type == "PER" for a in unit.actors):
                return Unit(index, index, unit.actors)  # (the client's mention may hold the title: "Pengacara X")
            if position and self.tokens[position].folded == "hukum" and self.tokens[position - 1].folded == "kuasa" and \
                    (unit := self.at_first.get(position + 1) or self._proposed_names.get(position + 1)) is not None:
                return Unit(index, index, unit.actors)  # (also one only the recogniser found: the title says who)
        return None

    def _sentence_states(self, index: int) -> list[ArticleActor]:
        """The states the actors named before token ``index`` in its sentence belong to, in
        order of last mention, each once (a state needs a name of its own in the article)."""
        found: list[ArticleActor] = []
        position = index - 1
        while position >= 0 and self.tokens[position].text not in _SENTENCE_ENDS:
            unit = self.at_first.get(position)
            state = self._states.get(unit.actors[0].country) if unit is not None else None
            if state is not None and state not in found:
                found.insert(0, state)
            position -= 1
        return found

    def person_before(self, position: int, speech_verbs: frozenset[str] = frozenset()) -> EventActor | None:
        """Who "-nya" in '"...," ujarnya' at token ``position`` is: of the people named before the
        quote that closes there, the last who is no suspect named by initials when that one opens a
        sentence or clause (a new subject), else the last who has spoken before (after a word of
        saying, or before one of `speech_verbs`), else the last named ('"... dilakukan penangkapan
        terhadap AP," ujarnya' is not AP's saying, nor is a quote Presiden Prabowo's after "Ia menyebut
        Presiden Prabowo ...")."""
        start = position - 1
        closing = next((i for i in range(position - 1, max(-1, position - 4), -1) if self.tokens[i].text in _CLOSING_QUOTES),
                       None)
        if closing is not None:  # (the same kind of mark opens it: a phrase in single quotes inside is passed)
            opening = next((i for i in range(closing - 1, -1, -1)
                            if self.tokens[i].text in _OPENING_QUOTES[self.tokens[closing].text]), None)
            start = opening - 1 if opening is not None else start
        named_last = None
        for index in range(start, -1, -1):
            unit = self.at_last.get(index)
            if unit is None or unit.actors[0].type != "PER":
                continue
            suspect = unit.actors[0].actor_id.startswith(INITIALS) or unit.actors[0].actor_id in self._suspects
            if self._spoke(unit, speech_verbs) or not suspect and self._new_subject(unit) and (
                    named_last is None or not self._sentence_between(unit.last, named_last.first)):
                return self.event_actors([unit])[0]  # (one who opened the sentence named last is the one speaking,
                # not the one the sentence names after: "Sri Mulyani bertemu Presiden Prabowo ...")
            if named_last is None and not suspect:
                named_last = unit
        return self.event_actors([named_last])[0] if named_last is not None else None

    def _new_subject(self, unit: Unit) -> bool:
        """Whether the name `unit` holds is a clause's subject: opening a sentence, or after a comma
        right before a verb ("Sementara itu, Kapolda Metro Jaya Irjen Karyoto memimpin ..."; not an
        apposition, "memanggil Sekretaris DPW PKB, Anik Maslachah.")."""
        first = unit.first
        while first > 0 and ((title := self.at_last.get(first - 1)) is not None and title.actors == unit.actors
                             or self.tokens[first - 1].folded in RANK_WORDS):
            first = title.first if title is not None else first - 1  # the person's title and rank before the name
            # ("Menteri BUMN Erick Thohir", "Kapolda Jawa Barat Irjen Rudi Setiawan")
        if starts_sentence(self.text, self.tokens, first):
            return True
        return first > 0 and self.tokens[first - 1].text == "," and unit.last + 1 < len(self.tokens) \
            and self.is_verb(unit.last + 1)

    def _spoke(self, unit: Unit, speech_verbs: frozenset[str]) -> bool:
        """Whether the person `unit` names is a speaker there: after a word of saying within its
        title's words ("kata Kapuspenkum Kejagung Harli Siregar"), or before a verb of saying."""
        after = unit.last + 1
        if after < len(self.tokens) and self.tokens[after].folded in speech_verbs:
            return True
        for index in range(unit.first - 1, max(-1, unit.first - _SPEAKER_TITLE_WORDS - 1), -1):
            token = self.tokens[index]
            if token.folded in SPEAKER_AFTER or token.folded in SPEAKER_AFTER_QUOTE and index and \
                    self.tokens[index - 1].text in QUOTES:
                return True  # ("tanggung jawab Kasat Reskrim X": no saying)
            if not token.text[:1].isalnum():
                return False
        return False

    def _locative(self, index: int) -> bool:
        """Whether the name at token ``index`` says where something happens, not who takes
        part: "di Turki", "di Istanbul, Turki"."""
        before = index - 1
        if before > 0 and self.tokens[before].text == "," and (place := self.at_last.get(before - 1)) is not None \
                and place.actors[0].type == "LOC":
            before = place.first - 1
        return before >= 0 and self.tokens[before].folded == "di"

    def _possessed(self, index: int) -> bool:
        """Whether the name at token ``index`` is a possessor, or coordinated with one right
        before it ("intelijen Korea Selatan dan Ukraina")."""
        if self.possessor(index):
            return True
        if index < 2 or self.tokens[index - 1].folded not in COORDINATORS:
            return False
        before = self.at_last.get(index - 2)
        return before is not None and self.possessor(before.first)

    def possessor(self, index: int, opening: bool = False) -> bool:
        """Whether the name at token ``index`` follows a common noun it modifies ("aset
        Rusia"), rather than a preposition or a verb whose argument it is; with `opening`,
        also a noun capitalised only because it opens a sentence or a quote ('"Sejarah
        Iran ...')."""
        if index == 0:
            return False
        before = self.tokens[index - 1]
        lower = before.text.islower() or (opening and before.text[:1].isupper() and before.text[1:].islower()
                                          and starts_sentence(self.text, self.tokens, index - 1))
        return lower and before.folded not in _NOT_POSSESSED_AFTER and not self.is_verb(index - 1)

    def _relative_demonstrative(self, index: int) -> int | None:
        """The "tersebut"/"itu" that closes a short relative clause right after the noun at
        ``index`` ("negara yang kekurangan pangan tersebut"), if any."""
        if index + 2 >= len(self.tokens) or self.tokens[index + 1].folded != "yang":
            return None
        for position in range(index + 3, min(len(self.tokens), index + 3 + _RELATIVE_WORDS)):
            token = self.tokens[position]
            if token.folded in _DEMONSTRATIVES:
                return position
            if not token.is_word or position in self.at_first:
                return None
        return None

    def _phrase_at(self, index: int, phrase: tuple[str, ...]) -> bool:
        if index + len(phrase) > len(self.tokens):
            return False
        return all(self.tokens[index + k].folded == word for k, word in enumerate(phrase))

    # --- walks -----------------------------------------------------------------------

    def group_ending_at(self, last: int, floor: int) -> tuple[int, list[Unit]] | None:
        """The group whose last unit ends at token `last`: (first token, units).

        A unit right before another without a coordinator is a title or an apposition
        of it ("Presiden Rusia Vladimir Putin"): it extends the group's span but adds no
        actor of its own; capitalised title words between are passed over too."""
        unit = self.at_last.get(last)
        if unit is None or unit.first < floor:
            return None
        units = [unit]
        first = unit.first
        position = unit.first - 1
        # a comma joins a list before its "dan", which may come after the group ("AS, Korea
        # Selatan, dan negara-negara lain"), or a name no noun governs (not "Sejak jatuhnya Uni Soviet, Rusia")
        following = [t.folded for t in self.tokens[last + 1 : last + 3]]
        coordinated = bool(following) and (following[0] in LIST_ENDS or following[0] == "," and following[-1] in LIST_ENDS)
        while position >= floor:
            gap = position
            while gap >= floor and (self._joins(gap) or self._title_word(gap)):
                gap -= 1
            if gap - 2 > floor and gap < position and self._age_closing(gap) and units[0].actors[0].type == "PER" and (
                    coordinated or any(self.tokens[k].folded in LIST_ENDS for k in range(gap + 1, position + 1))):
                gap -= 3  # "RS (27), AD (31), dan MF (24) ditangkap": a person's age after each of the listed (not an
                # apposition: "Anak Budi Santoso (52), RS (17), ditangkap")
            if gap > floor and self.tokens[gap].text == ")" and \
                    any(self.tokens[k].folded in LIST_ENDS for k in range(gap + 1, position + 1)) and \
                    (opened := self._short_form_opened(gap, floor)):
                gap = opened - 1  # "Bank Indonesia (BI) dan Bank Sentral China": the name before its short form
            if gap < floor:
                break
            previous = self.at_last.get(gap)
            if previous is None or previous.first < floor:
                break
            between = {self.tokens[k].text for k in range(gap + 1, position + 1)}
            if between == {","} and self.tokens[units[0].first].folded in PERSON_PRONOUNS | _SIDE_PRONOUNS:
                break  # a pronoun after a comma opens a clause: "Menurut Budi, ia meminta ..." (no apposition)
            if between == {","} and previous.first > floor and self.tokens[previous.first - 1].folded in _BESIDES:
                break  # "Selain Mesir, Indonesia juga mengimpor ...": Indonesia, besides Egypt
            if between - {","} or ("," in between and (coordinated or self._listable(previous, floor)
                                                       and not self._phrase_closed(previous, units, last, floor))
                                   and previous.actors[0].type == units[0].actors[0].type and not _same(previous, units[0])):
                # (not where the comma closes a phrase: `_phrase_closed`)
                units.insert(0, previous)  # "X dan Y"; "X, Y, dan Z" (a list of one kind of actor)
                coordinated = True
            elif not between and _qualifies(units[0], previous):
                units[0] = previous  # "Kejagung RI": the state names the body's country, the body acts
            elif not between and len(units) == 1 and _staff_of_company(previous, units[0]):
                units[0] = previous  # "Karyawan Sritex mogok": the employees, not the company they work for
            elif not between and len(units) == 1 and _agent_of_body(previous, units[0]):
                units[0] = Unit(previous.first, units[0].last, units[0].actors)  # "perusahaan minyak Jepang Inpex": the
                # firm, named from the noun on
            elif not (_same(previous, units[0]) or ("," not in between and previous.actors[0].type == "GPE")):
                break  # "Menurut Yonhap, Korea Utara ...": not one noun phrase
            first = previous.first
            position = previous.first - 1
        return first, units

    def _phrase_closed(self, previous: Unit, units: list[Unit], last: int, floor: int) -> bool:
        """Whether the comma between `previous` and the one named unit after it, which ends at token `last`,
        closes a phrase rather than parts a list: `previous` is a preposition's object and a verb follows
        ("Menyusul serangan di Tel Aviv, Iran memperingatkan AS ..."), or a relative's title is set off before
        a verb ("Adik pemimpin Korea Utara, Kim Yo Jong, memperingatkan ..."). A generic agent there may be the
        body's before it ("Di Polsek Cibinong, petugas mengamankan ...")."""
        if len(units) != 1 or units[0].actors[0].actor_id.startswith("AGT:"):
            return False
        after_preposition = previous.first > floor and self.tokens[previous.first - 1].folded in PREPOSITIONS
        set_off = last + 1 < len(self.tokens) and self.tokens[last + 1].text == "," and self.verb_after(last + 1)
        return after_preposition and self.verb_after(last) or set_off and relation_before(self.tokens, previous.first)

    def _before_age(self, position: int, floor: int) -> int:
        """The token before a person's age in brackets closing at `position` ("Andi (45)"), else `position`."""
        return position - 3 if position - 2 > floor and self._age_closing(position) else position

    def _age_closing(self, position: int) -> bool:
        """Whether token `position` closes a person's age in brackets: "(27)"."""
        age = self.tokens[position - 1].text
        return self.tokens[position].text == ")" and self.tokens[position - 2].text == "(" and age.isdigit() and len(age) <= 2

    def _listable(self, unit: Unit, floor: int) -> bool:
        """Whether a unit can open a list without "dan": it starts the clause or follows a
        preposition or punctuation ("ke Malaysia, Thailand"), not a noun it belongs to, nor a
        word of speech: "Menurut ICW, KPK menahan ..." names the speaker, then the subject."""
        if unit.first <= floor:
            return True
        before = self.tokens[unit.first - 1]
        return before.folded not in SPEAKER_AFTER and (not before.text.islower() or before.folded in PREPOSITIONS)

    def _state_after(self, last: int) -> Unit | None:
        """A state named right after an agent noun, or after one modifier or an opening
        parenthesis: "polisi Israel", "pasukan pendudukan (Israel)"; or a place of a state
        ("penduduk kota Haifa"), but not after a preposition or a conjunction ("pasukan di
        Gaza" are somewhere, not of somewhere; "pertukaran tahanan antara Israel dan Hamas")."""
        for position in range(last + 1, min(len(self.tokens), last + 4)):
            unit = self.at_first.get(position)
            if unit is not None:
                actor = unit.actors[0]
                return unit if actor.country and actor.country != "IGO" and (
                    actor.type == "GPE" or actor.type == "LOC") else None
            token = self.tokens[position]
            if not (token.text == "(" or token.text.islower()) or token.folded in _NOT_OF or self.is_verb(position):
                return None  # (nor across a verb: "penduduk mengatakan tank Israel ...")
        return None

    def _joins(self, index: int) -> bool:
        """A coordinator, "vs" between two actors, or a hyphen between two states or armed groups, or
        one of them and a state body, written without spaces ("Iran-Israel", "Israel-Hamas", "TNI-Polri";
        not a dateline glued to a name, "Jakarta-Badan Gizi", nor two bodies, "Polri-KPK")."""
        token = self.tokens[index]
        if token.folded in COORDINATORS:
            return True
        if token.folded in _VERSUS:  # "konflik Iran vs Israel": the two sides
            return index - 1 in self.at_last and index + 1 in self.at_first
        if not self._word_hyphen(index):
            return False
        left, right = self.at_last.get(index - 1), self.at_first.get(index + 1)
        if left is None or right is None:
            return False
        armed = [side.actors[0].type == "GPE" or side.actors[0].type == "ORG" and side.actors[0].sector in ("MIL", "OPP")
                 for side in (left, right)]  # (a state body beside a force: "TNI-Polri"; not "Konflik Polri-KPK")
        return all(armed) or any(armed) and all(side.actors[0].type == "ORG" and side.actors[0].sector == "GOV" or armed[k]
                                                for k, side in enumerate((left, right)))

    def _word_hyphen(self, index: int) -> bool:
        """A hyphen inside a word, with letters on both sides ("negara-negara", "Iran-Israel")."""
        token = self.tokens[index]
        return token.text == "-" and self.text[token.start - 1 : token.start].isalpha() and \
            self.text[token.end : token.end + 1].isalpha()

    def _adverb(self, index: int) -> bool:
        """"saat ini", "saat itu" are adverbs of time, not the conjunction "saat"; "sementara itu" after
        the subject is "meanwhile", not "while" ("Menlu Sugiono sementara itu mengecam ...")."""
        return (self.tokens[index].folded in _ADVERB_OPENERS and index + 1 < len(self.tokens)
                and self.tokens[index + 1].folded in _ADVERB_CLOSERS[self.tokens[index].folded])

    def for_a_while(self, index: int) -> bool:
        """Whether "sementara" at `index` is the adverb "for a while" right after a verb ("menahan sementara
        tiga pemuda", "ditutup sementara"), not the conjunction "while" ("..., sementara Iran ...") nor
        "sementara itu" ("meanwhile")."""
        return self.tokens[index].folded == FOR_A_WHILE and 0 < index < len(self.tokens) - 1 and \
            self.tokens[index + 1].folded != "itu" and self.is_verb(index - 1)

    def _titled_name(self, index: int) -> bool:
        """Whether title words from token `index` on lead straight to a name: "Presiden Prabowo Subianto" (not
        "Menteri soal penunjukan X", whose title names no one)."""
        end = index
        while end < len(self.tokens) and self._title_word(end):
            end += 1
        return end > index and end in self.at_first

    def _title_word(self, index: int) -> bool:
        token = self.tokens[index]
        return token.text[:1].isupper() and index not in self.at_last and token.folded in TITLE_WORDS

    def _list_closes(self, position: int, ceiling: int) -> bool:
        """Whether "dan" or "serta" (after a comma or not) and another actor follow token `position`, past
        more actors set off by commas: the list goes on to its last item."""
        while position < ceiling:
            if self.tokens[position].text == ",":
                position += 1
            if position + 1 < ceiling and self.tokens[position].folded in LIST_ENDS:
                return position + 1 in self.at_first
            unit = self.at_first.get(position)
            if unit is None or self.tokens[position - 1].text != ",":
                return False
            position = unit.last + 1
        return False

    def group_starting_at(self, first: int, ceiling: int, companions: bool = True,
                          objects: bool = False) -> tuple[int, list[Unit]] | None:
        """The group whose first unit starts at token `first`: (last token, units). Without
        `companions`, "bersama", "beserta" end it: "tiba di Rusia bersama Sugiono" (Sugiono
        comes along, he is not visited). With `objects` (a verb's object), a unit "dan" joins
        that opens a clause of its own ends it: "menangkap Hasto dan Presiden Prabowo
        memerintahkan ..."."""
        pair_end = self._pair_phrases.get(first)
        if pair_end is not None and (named := self._apposed(pair_end + 1, ceiling, companions)) is not None:
            return named  # "kedua pihak, yakni Israel dan Iran": the apposition names the pair
        unit = self.at_first.get(first)
        if unit is None or unit.last >= ceiling:
            return None
        units = [unit]
        position = unit.last + 1
        end = unit.last  # the group's last token: past a name that follows its own title
        while position < ceiling:
            if (after := self.past_short_form(position, units[-1], ceiling)) != position:
                position = after  # "Amerika Serikat (AS) dan Kanada": the bracketed short form is the same actor
                continue
            if position + 2 < ceiling and self.tokens[position].text == "(" and self.tokens[position + 1].text.isdigit() \
                    and self.tokens[position + 2].text == ")" and units[-1].actors[0].type == "PER":
                position += 3  # "AR (34) dan MP (36)": a person's age
                continue
            gap = position
            while gap < ceiling and self._joins(gap) and (companions or self.tokens[gap].folded not in _COMPANIONS):
                gap += 1
            if gap >= ceiling:
                break
            following = self.at_first.get(gap)
            if following is None or following.last >= ceiling:
                break
            between = {self.tokens[k].text for k in range(position, gap)}
            if (objects and between & LIST_ENDS or between == {","}) and self._opens_clause_at(following, ceiling):
                break  # (also after a bare comma: "Setelah polisi menangkap RK, Budi langsung lemas")
            if between - {","} or ("," in between and not _same(following, units[-1]) and (
                    following.actors[0].type == units[-1].actors[0].type or self._list_closes(following.last + 1, ceiling)
                    and not following.actors[0].actor_id.startswith("AGT:") and "LOC" not in (
                        following.actors[0].type, units[-1].actors[0].type))):
                units.append(following)  # "X dan Y"; "X, Y, dan Z" (of any kinds when "dan" closes the list: "kepada
                # Presiden Prabowo, Kementerian BUMN, dan Kementerian Keuangan"; not a generic noun set off after a
                # name, which says who that one is: "AD (30), warga Boyolali, dan RS (25)"; places are left to the venues)
            elif _same(following, units[-1]):
                pass  # a title and its name: one actor
            elif ("," not in between and units[-1].actors[0].type in ("GPE", "LOC") and len(units) == 1
                  and not following.actors[0].actor_id.startswith("AGT:")):
                units[-1] = following  # "Gubernur Jawa Timur Khofifah": the place qualifies the person
                # (but not a common noun after a state: "rezim Zionis teroris" is Israel)
            elif not between and len(units) == 1 and _staff_of_company(units[-1], following):
                units[-1] = Unit(units[-1].first, following.last, units[-1].actors)  # "Karyawan Sritex mogok": the
                # employees, not the company they work for
            elif not between and len(units) == 1 and _agent_of_body(units[-1], following):
                units[-1] = Unit(units[-1].first, following.last, following.actors)  # "aparat TNI", "penyidik KPK":
                # the body the generic noun belongs to, named from the noun on
            else:
                break
            position = following.last + 1
            end = following.last
        if all(unit.actors[0].actor_id.startswith("AGT:") for unit in units) and \
                (named := self._agents_named(units[-1].last + 1, ceiling, companions)) is not None:
            return named  # "dua tersangka, yaitu AR (34) dan MP (36)": the people the noun means
        if len(units) == 1 and units[0].actors[0].actor_id.startswith("AGT:") and not units[0].actors[0].country and \
                (owner := self._owner_after(units[0].last + 1, ceiling)) is not None:
            return owner  # "jet tempur F-35 milik Iran": Iran's (a place keeps its name: "Kepulauan Spratly milik Filipina")
        return end, units  # ("Sekjen PDIP Hasto Kristiyanto": the title's unit, then the name's, one actor)

    def _opens_clause_at(self, unit: Unit, ceiling: int) -> bool:
        """Whether an active verb (or a word before one) follows the person or body `unit` names,
        past its title's or name's other unit: the subject of a new clause."""
        end = self._same_actor_end(unit)
        return end + 1 < ceiling and (self.tokens[end + 1].folded in PREVERBAL | _AFTER_CLAUSE or
                                      self.is_verb(end + 1) and self.tokens[end + 1].folded.startswith("me"))

    def _same_actor_end(self, unit: Unit) -> int:
        """The last token of `unit` and the units right after it that name the same actor (a
        title and its name: "Presiden Prabowo")."""
        end = unit.last
        while (same := self.at_first.get(end + 1)) is not None and same.actors == unit.actors:
            end = same.last
        return end

    def _owner_after(self, position: int, ceiling: int) -> tuple[int, list[Unit]] | None:
        """The group "milik" names within a few words from `position`, the owner of what
        stands before it: "ke Pangkalan Udara Al Udeid milik AS" (the US base)."""
        for index in range(position, min(ceiling - 1, position + _OWNED_WORDS)):
            token = self.tokens[index]
            if token.folded == "milik":
                return self.group_starting_at(index + 1, ceiling, companions=False)
            if not token.is_word and token.text != "-" or token.folded in PREPOSITIONS or token.folded in _CLAUSE_OPENERS \
                    or self.is_verb(index):
                return None  # (nor past a verb of another clause: "ditahan polisi karena membakar lahan milik X")
        return None

    def _agents_named(self, position: int, ceiling: int, companions: bool) -> tuple[int, list[Unit]] | None:
        """The named actors an apposition lists after a generic agent's noun and up to
        _AGENT_WORDS lowercase words of it: "enam pengedar narkoba yakni AP dan AW", "para
        tersangka, yaitu AR dan MP", "pemerintah, khususnya Kemendagri"."""
        for naming in range(position, min(ceiling - 1, position + _AGENT_WORDS + 1)):
            token = self.tokens[naming]
            if token.folded in NAMELY or token.folded in _SINGLING:
                named = self.group_starting_at(naming + 1, ceiling, companions)
                if named is not None and not any(u.actors[0].actor_id.startswith("AGT:") for u in named[1]):
                    return named
                return None
            if not (token.text == "," or token.is_word and token.text.islower()) or naming in self.at_first:
                return None
        return None

    def _apposed(self, position: int, ceiling: int, companions: bool) -> tuple[int, list[Unit]] | None:
        """The group an apposition after `position` names: ", yakni Israel dan Iran"."""
        if position + 2 < ceiling and self.tokens[position].text == "," and self.tokens[position + 1].folded in NAMELY:
            return self.group_starting_at(position + 2, ceiling, companions)
        return None

    def past_short_form(self, position: int, unit: Unit, ceiling: int) -> int:
        """The token after "(", a short form of `unit`'s actor and ")" at `position` ("(AS)"
        after "Amerika Serikat"), else `position`."""
        if position + 2 >= ceiling or self.tokens[position].text != "(" or self.tokens[position + 2].text != ")":
            return position
        inner = self.at_first.get(position + 1)
        return position + 3 if inner is not None and inner.last == position + 1 and _same(inner, unit) else position

    def past_gloss(self, position: int, ceiling: int) -> int:
        """The token after a short bracket at `position` that names no actor: a trigger's
        own short form or gloss ("nota kesepahaman (MoU) antara X dan Y"), else `position`."""
        if position >= ceiling or self.tokens[position].text != "(":
            return position
        for closing in range(position + 1, min(ceiling, position + _BRACKET_WORDS + 2)):
            if closing in self.at_first:
                return position
            if self.tokens[closing].text == ")":
                return closing + 1 if closing > position + 1 else position
        return position

    def subject(self, trigger_first: int, floor: int, window: int = 16) -> tuple[int, list[Unit]] | None:
        """The nearest group left of the trigger that is not in a prepositional phrase,
        within `window` tokens and the clause (the walk stops at a clause boundary). A
        trigger that opens a second verb phrase ("X mengkritik Y, dan mendesak Z") shares
        the subject of the first verb, not its object."""
        if (planner := self._planner(trigger_first, floor)) is not None:
            return planner  # "Israel mengecam keputusan Spanyol untuk mengakui Palestina": Spain recognises it
        first_verb = self._coordinated_verb(trigger_first, floor)
        if first_verb is not None and (comma := self._relative_comma(trigger_first, floor)) is not None and first_verb > comma:
            first_verb = None  # the verb of a relative clause set off by commas before the trigger is none it goes on from:
            # "Walhi, yang sejak lama menyoroti kerusakan hutan, mendesak ..."
        if first_verb is not None and self.tokens[first_verb].folded in _PASSIVE_DIRECTIVES:
            return self.subject(first_verb, floor, window)  # "KPK didesak ICW untuk memeriksa X": KPK is asked
        if first_verb is not None and self._directive(first_verb, trigger_first) and self._purpose_before(trigger_first, floor):
            # "memerintahkan Menteri Luar Negeri untuk mengevakuasi WNI": the one ordered does it (not after "dan":
            # "menuntut pembebasan sandera dan menyerang kamp ..." is the subject's act)
            ordered = self.object(first_verb, trigger_first, window=trigger_first - first_verb)
            if ordered is not None:
                return ordered
        if first_verb is not None and self.tokens[trigger_first].folded in _VOICING and \
                (directive := self._bare_directive(first_verb, floor)) is not None:
            return self.subject(directive, floor, window)  # "Trump mendesak Iran menyerah dan mengancam Rusia": Trump
            # (a second act may be asked too: "meminta KPK menangkap X dan memeriksa Y" is the KPK's)
        if first_verb is not None and (saying := self.saying_resumed(trigger_first, floor)) is not None:
            return self.subject(saying, floor, window)  # "Khamenei mengatakan bahwa Iran tidak akan menyerah dan
            # memperingatkan AS ...": the speaker warns, not the one the reported clause is about
        if first_verb is not None and self.tokens[first_verb].folded in _SAID_PASSIVES and \
                (agent := self.group_starting_at(first_verb + 1 + (self.tokens[first_verb + 1].folded == "oleh"),
                                                 trigger_first)) is not None:
            return agent  # "Hal itu disampaikan Menlu Sugiono saat bertemu Menlu Iran": the one who said it meets
        if first_verb is not None and (not self.tokens[first_verb].folded.startswith("di") or
                                       self.tokens[trigger_first].folded.startswith("di") and self.is_verb(trigger_first)):
            if self._planner(first_verb, floor) is not None and (main := self._coordinated_verb(first_verb, floor)):
                first_verb = main  # (a verb joined to the act planned goes on with the main clause: "Israel mengecam
                # keputusan Spanyol untuk mengakui Palestina dan menarik duta besarnya dari Madrid")
            return self.subject(first_verb, floor, window)  # (a passive's agent follows it: the nearest group; but
            # two passives share their subject: "Pelaku ditetapkan sebagai tersangka dan ditahan", "ditangkap polisi
            # dan ditahan": the one who undergoes both)
        if (leader := self._leader(trigger_first, floor)) is not None:
            return leader  # "delegasi Rusia yang dipimpin oleh Rudenko tiba": the leader stands for it
        if self.tokens[trigger_first].folded.startswith("di") and \
                (main := self._conceded(trigger_first, floor)) is not None:
            return self.subject(main, floor, window)  # "X menolak mencabut izin PT Y meski didesak warga": X is pressed
        if (comma := self._relative_comma(trigger_first, floor) or self._role_apposition(trigger_first, floor)) is not None:
            # the head of a relative clause or an apposition set off by commas: a name inside is no subject
            head = self._before_short_form(comma - 1, floor) if comma - 1 > floor and self.tokens[comma - 1].text == ")" \
                else self._before_age(comma - 1, floor)  # ("Indonesia Corruption Watch (ICW), lembaga ..., menuntut")
            found = self.group_ending_at(head, floor)  # ("Andi (45), ayah korban, ...",
            # "Syamsul Bahri, pemodal pembalakan liar, ditangkap ...": a name only the recogniser found, if any)
            return found if found is not None and not self._after_preposition(found[0], floor) else None
        position = trigger_first - 1
        floor_walk = self._words_back(trigger_first, floor, window)
        while position >= floor_walk:
            token = self.tokens[position]
            if token.folded == "yang":
                if (copula := self._copula_before(position, floor)) is not None:
                    found = self.group_ending_at(copula - 1, floor)
                    return found if found is not None and not self._after_preposition(found[0], floor) else None
                # the head of a relative clause is the subject: "Rusia, yang ..., mendesak"
                head = position - 2 if position > floor and self.tokens[position - 1].text == "," else position - 1
                if head - 2 > floor and (self.tokens[head - 1].folded, self.tokens[head].folded) in _ONE_OF \
                        and self.tokens[head - 2].text == "," and not self._completed_later(trigger_first):
                    head -= 3  # "Anggota DPR ..., Sinta Maharani, salah satu yang menyesalkan ...": the one named
                    # (not in "Selain AS, salah satu yang mengecam ... adalah China": China)
                    if (named := self.group_ending_at(head, floor)) is not None and named[0] > floor and \
                            self.tokens[named[0] - 1].folded in _BESIDES:
                        return None
                if head > floor and self.tokens[head].text == ")":
                    head = self._before_short_form(head, floor)  # "Amerika Serikat (AS), yang ...": the name
                if head > floor and self.tokens[head].folded in _PERSON_HEADS and self._said_of_named(head):
                    head = self._before_age(head - 2, floor)  # "AS (34), pria yang membunuh ...": AS
                found = self.group_ending_at(head, floor) if head >= floor else None
                return found if found is not None and not self._after_preposition(found[0], floor) else None
            if token.folded in _AFTER_HARM and position - 1 >= floor_walk and self.tokens[trigger_first].folded.startswith("di") \
                    and (self.tokens[position - 1].folded in _HARMED or position - 2 >= floor_walk and
                         (self.tokens[position - 2].folded, self.tokens[position - 1].folded) == _DIED):
                position -= 2  # "Seorang pria tewas setelah dihakimi massa": the one who died underwent it
                continue
            if token.folded == THAT and position + 1 < trigger_first and self.tokens[position + 1].folded == _THEY:
                return self._force_that_says(position, trigger_first, floor)  # "IRGC mengumumkan bahwa mereka
                # telah menembakkan ..."
            if token.folded in LEFT_BOUNDARIES and not self._word_hyphen(position) and not self._adverb(position):
                return None
            if token.folded in FIRST_PERSON:
                return None  # "... dan saya mengucapkan selamat": the speaker is the subject, not a name before
            if token.text == "," and (comma := self._relative_comma(position + 1, floor)) is not None and not (
                    comma + 2 < position and self.tokens[comma + 2].folded in _JOINED):
                # a relative clause or apposition closing before a verb the trigger's clause goes on from: "Kim Yo
                # Jong, adik Kim Jong Un, mengancam akan menyerang ...": Kim Yo Jong attacks (but the members' body
                # decides: "Ribuan mahasiswa, yang tergabung dalam BEM SI, pada Senin berunjuk rasa")
                found = self.group_ending_at(self._before_age(comma - 1, floor), floor)
                if found is not None and not self._after_preposition(found[0], floor):
                    return found
                if found is None and self.tokens[comma + 1].folded in _APPOSITION_HEADS:
                    return None  # one no actor names, whose relative or patron the apposition names: "Ivanka
                    # Trump, anak Presiden AS Donald Trump, mengunjungi Israel" is no visit of the father's
            if token.text in QUOTES:
                position -= 1
                continue
            if token.text == ")" and (opened := self._bracket_opened(position, floor_walk)) is not None:
                position = opened - 1  # "Asosiasi ... Indonesia (APSyFI) meminta": the name before the acronym
                continue
            if token.folded in _CLIENTS and position not in self.at_last:
                return None  # "Erry mengatakan kliennya akan dipanggil": the client no actor names, not the lawyer
            if token.folded in _PEOPLE_PRONOUNS and position not in self.at_last and \
                    self.tokens[trigger_first].folded.startswith("di"):
                return None  # "Kapolda mengatakan ketiganya ditahan": those the pronoun refers to, whom no actor
                # names here, undergo it, not the speaker before them
            if (alias := self._alias_before(position, floor)) is not None:
                position = alias - 1  # "Penyanyi Rina Suryani alias Rina Bintang diperiksa": the name before the other
                continue
            found = self.group_ending_at(position, floor)
            if found is None and self._unknown_name(position, floor):
                if (place := self._place_name_start(position, floor)) is not None:
                    position = place - 2  # "Tersangka pembunuhan di Padang Pariaman membunuh ...": a place, passed
                    continue
                if (joined := self._membership(position, floor)) is not None:
                    position = joined  # "Massa yang tergabung dalam Aliansi ... (AMMP) berdemo": the members
                    continue
                # an unknown name stands between: the subject is not an actor we know, unless it is the leader of
                # a group that is ("KKB pimpinan Egianus Kogoya menembak ...": the KKB), or the place of a generic
                # agent ("Warga Desa Wadas menolak ...": the residents)
                start = self._name_run_start(position, floor)
                return self._led_group(start, floor) or self._agent_of_place(start, floor)
            if found is not None:
                first, units = found
                if self._victim_of_crime(first):
                    position = first - 1  # "Pelaku penganiayaan bocah ditangkap": the perpetrator, not the child
                    continue
                if (group := self._led_group(first, floor)) is not None:
                    return group  # "Hamas pimpinan Yahya Sinwar menyerang ...": the group its leader leads, when an
                    # actor (else the leader stands for it: "Koalisi pimpinan Arab Saudi membombardir Sanaa")
                if first > floor and self.tokens[first - 1].text == "(":
                    position = first - 2  # "Amerika Serikat (AS)": the name before counts
                    continue
                if (relation_before(self.tokens, first) or first > floor and self.tokens[first - 1].folded not in PREPOSITIONS
                        and self.tokens[first - 1].text != "," and relation_before(self.tokens, first - 1)) and not (
                        first - 1 > floor and self.tokens[first - 1].folded in NAMING_CUES
                        and self.tokens[first - 2].folded in _KIN_NAMED):
                    # (not a place: "Seorang suami di Medan ..."; nor the relative's own name: "Ayah tiri berinisial M",
                    # "Kuasa hukum keluarga korban, Rivai Kusumanegara, ...")
                    relatives = self.group_ending_at(first - 1, floor) if first > floor else None
                    if relatives is None and (kin := self.kin_head(first, floor)) is not None:
                        relatives = kin.first, [kin]  # "Istri mantan menteri X diperiksa": the wife, a generic agent
                    return relatives if relatives is not None and all(
                        a.actor_id.startswith("AGT:") for u in relatives[1] for a in u.actors) and not (
                        relation_before(self.tokens, relatives[0])) else None
                    # "Kuasa hukum terdakwa Harvey Moeis menolak ...": the lawyer, whom no actor names; "Keluarga
                    # korban membantah ...": the family, a generic agent
                if (head := self._members_head(first, floor)) is not None:
                    # "guru honorer yang tergabung dalam Forum Guru Honorer Indonesia": the body its members act
                    # as, when the head is a generic crowd (or no actor); a named head stands for itself
                    members = self.group_ending_at(head, floor)
                    generic = members is None or all(a.actor_id.startswith("AGT:") for u in members[1] for a in u.actors)
                    return found if generic and all(a.type == "ORG" for u in units for a in u.actors) else members or found
                if self._after_preposition(first, floor) and units[-1].first > first + 1 \
                        and self.tokens[units[-1].first - 1].text == "," \
                        and all(a.actor_id.startswith("AGT:") or law_body(a.actor_id) for a in units[-1].actors):
                    # "Di Polsek Cibinong, petugas mengamankan ...", "Sementara dari Polres Garut, polisi menangkap ...": the
                    # officers after the comma, of the body named as where (not a list of places: "ke Malaysia, Thailand")
                    bodies = [u for u in units[:-1] if all(law_body(a.actor_id) for a in u.actors)]
                    return (bodies[-1].first, bodies[-1:]) if bodies else (units[-1].first, units[-1:])
                if self._after_preposition(first, floor) or self._cited(first, floor) or self._place_set_after(first, units, floor):
                    position = first - 2
                    continue
                if (body := self._body_before_owner(first, units, floor)) is not None:
                    return body  # "Bawaslu Jawa Barat meminta ...": the body's branch; "Badan Pengawas Pemilu (Bawaslu)
                    # RI menegur ...", "Detasemen Khusus (Densus) 88 Antiteror Polri menangkap ...": the body, not its state
                    # or its parent
                if all(a.type == "LOC" for u in units for a in u.actors) and first - 2 > floor \
                        and self.tokens[first - 1].text == ")" and self.tokens[first - 2].text[:1].isupper():
                    return None  # "Lembaga Bantuan Hukum (LBH) Semarang mendesak ...": a body we do not know, its short
                    # form and its place
                if all(a.type == "LOC" for u in units for a in u.actors) and self._unknown_name(first - 1, floor):
                    opening = self._name_run_start(first - 1, floor)
                    body = self.group_ending_at(opening - 1, floor) if opening > floor else None
                    if body is not None and body[1][-1].actors[0].type == "ORG":
                        return body  # "Badan Penanggulangan Bencana Daerah Kabupaten Garut": the body, with its place
                    if opening > floor and self.tokens[opening - 1].folded in _PLACE_PREPOSITIONS:
                        position = opening - 2  # "Polisi di Kabupaten Bogor menangkap ...": a place, passed
                        continue
                    return None  # "Bina Marga DKI Jakarta meminta maaf": a body we do not know, named after its place
                if (relative := self._relative_before_object(first, floor)) is not None and relative > floor and \
                        (head := self.group_ending_at(relative - 1, floor)) is not None:
                    return head  # "Pria yang menganiaya bocah itu ditangkap polisi": the man, not the child
                return first, units
            position -= 1
        return None

    def _relative_before_object(self, first: int, floor: int) -> int | None:
        """The "yang" of a relative clause whose active verb's object, or passive verb's agent, starts at token
        `first`, whose head is named before it ("Oknum TNI yang menembak warga ...", "Pelaku yang diduga menusuk
        seorang pedagang")."""
        position = first - 1
        while position > floor and (self.in_quantity(position) or self.tokens[position].folded in _COUNTED_ONE):
            position -= 1
        words = 0  # a few lower-case words of the object before the name ("yang memasuki wilayah udara Pakistan")
        while position > floor and words < _RELATIVE_OBJECT_WORDS and self.tokens[position].is_word and \
                self.tokens[position].text.islower() and not self.is_verb(position) and self.tokens[position].folded != "yang":
            position, words = position - 1, words + 1
        if position <= floor or not (self.is_verb(position) and self.tokens[position].folded.startswith(("me", "di"))):
            return None  # (or the agent of a passive there: "Israel yang didukung AS menyerang Teheran")
        position -= 1
        while position > floor and self.tokens[position].folded in _VP_ADVERBS | _SAID_TO:
            position -= 1
        return position if position >= floor and self.tokens[position].folded == "yang" else None

    def _body_before_owner(self, first: int, units: list[Unit], floor: int) -> tuple[int, list[Unit]] | None:
        """The body named right before a place, a state or a body of the same state that starts at
        token `first` (`_body_before_place`): "Bawaslu Jawa Barat", "Bawaslu RI", "Densus 88 Polri"."""
        if len(units) != 1 or len(units[0].actors) != 1:
            return None
        owner = units[0].actors[0]
        if owner.type not in ("LOC", "GPE", "ORG") or owner.actor_id.startswith("AGT:"):
            return None  # (generic agents are no owners: "aparat kepolisian" is the police)
        body = self._body_before_place(first, floor)
        if body is None or body[1][0].actors[0].actor_id == owner.actor_id:
            return None
        named = body[1][0]
        return None if owner.type == "ORG" and named.first == named.last else body  # (two bodies side by side,
        # "Tim gabungan TNI Polri", are both; a parent follows a body's name or its short form in brackets)

    def _body_before_place(self, place: int, floor: int) -> tuple[int, list[Unit]] | None:
        """The organisation named right before a place that starts at token `place`, past its
        short form in brackets: the body's branch there ("Bawaslu Jawa Barat", "PBNU Jawa Timur"),
        of the place's state (or the body named before its state or its parent, "Bawaslu RI")."""
        end = place - 1
        if end - 2 > floor and self.tokens[end].text == ")" and self.tokens[end - 2].text == "(":
            end -= 3
        found = self.group_ending_at(end, floor) if end >= floor else None
        if found is None or len(found[1]) != 1:
            return None
        body = found[1][0].actors[0]
        places = {a.country for a in self.at_first[place].actors} if place in self.at_first else set()
        return found if body.type == "ORG" and body.country in places else None

    def _copula_before(self, relative: int, floor: int) -> int | None:
        """The copula whose complement the relative clause at `relative` ("yang") describes,
        with no clause boundary or other "yang" between: "OFAC adalah lembaga di bawah
        Departemen Keuangan AS yang memberikan sanksi" (OFAC, not the Treasury)."""
        for position in range(relative - 2, max(floor, relative - _COPULA_WINDOW) - 1, -1):
            token = self.tokens[position]
            if token.folded in _COPULAS:
                return position if position > floor and self.tokens[position - 1].text not in QUOTES else None
            if token.folded == "yang" or token.folded in LEFT_BOUNDARIES or token.text in QUOTES or token.text in ",.;:":
                return None
        return None

    def _before_short_form(self, closing: int, floor: int) -> int:
        """Where the name before a bracketed short form ending at token `closing` ends:
        "(AS)" after "Amerika Serikat", a known actor's or an unknown acronym; else `closing`."""
        inside = self.at_last.get(closing - 1)
        if closing - 2 > floor and self.tokens[closing - 2].text == "(" and inside is not None and inside.first == closing - 1:
            named = self.at_last.get(closing - 3)
            return closing - 3 if named is not None and named.actors == inside.actors else closing
        opened = self._bracket_opened(closing, floor)
        return opened - 1 if opened is not None else closing

    def _short_form_opened(self, closing: int, floor: int) -> int | None:
        """The "(" of a short bracket ending at token `closing` right after a name we know that
        is no preposition's object, when the bracket holds the name's short form (an acronym, or
        the same actor: "Komisi Pemberantasan Korupsi (KPK)", "Korea Utara (Korut)") or a photo's
        position ("Prabowo Subianto (kanan)"); not "dikirim ke KPK (KPK)"."""
        opened = next((p for p in range(closing - 1, max(floor, closing - _BRACKET_WORDS - 1) - 1, -1)
                       if self.tokens[p].text == "("), None)
        named = self.at_last.get(opened - 1) if opened is not None else None
        if named is None or named.first > floor and self.tokens[named.first - 1].folded in PREPOSITIONS:
            return None
        inside = self.at_first.get(opened + 1)
        words = self.tokens[opened + 1 : closing]
        acronym = all(t.text.isupper() for t in words)
        same = inside is not None and inside.actors[0].actor_id == named.actors[0].actor_id
        return opened if acronym or same or all(t.folded in _PHOTO_POSITIONS for t in words) else None

    def _force_that_says(self, that: int, trigger_first: int, floor: int) -> tuple[int, list[Unit]] | None:
        """The speaker that "mereka" right after "bahwa" (token `that`) stands for as the doer of an active
        trigger: the subject of a verb of its own saying right before "bahwa", past a date ("Korps Garda
        Revolusi Iran mengumumkan pada Kamis (19/6) bahwa mereka telah menembakkan rudal ...", "Amerika Serikat
        mengumumkan bahwa mereka akan menjatuhkan sanksi ..."), when it is a state, or an armed force or group
        telling of its own operations. Not a person ("Netanyahu mengatakan bahwa mereka ..." are others), nor the
        police or a ministry, whose "mereka" are most often the suspects or the citizens they speak of ("Polres
        Bogor menjelaskan bahwa mereka menganiaya korban"), nor the patient of a passive ("Kemlu mengatakan
        bahwa mereka ditahan ...": the citizens held)."""
        if self.tokens[trigger_first].folded.startswith("di") and self.is_verb(trigger_first):
            return None
        verb = that - 1
        while verb > floor and (self.tokens[verb].folded in _WHEN_WORDS or not self.tokens[verb].text[:1].isalpha()):
            verb -= 1
        if verb <= floor or self.tokens[verb].folded not in _SAYING_OWN_ACT:
            return None
        speaker = self.subject(verb, floor)
        actors = [a for unit in speaker[1] for a in unit.actors] if speaker is not None else []
        return speaker if actors and all(a.type != "PER" and (a.sector in ARMED_SECTORS or a.actor_id == a.country)
                                         for a in actors) else None

    def _bracket_opened(self, closing: int, floor: int) -> int | None:
        """The "(" of a short bracket that ends at token `closing`, when nothing inside it
        is an actor (an acronym the actors stage does not know, "(APSyFI)") and it follows
        a whole name we know (not "Indonesia" ending "Bursa Efek Indonesia (BEI)")."""
        for position in range(closing - 1, max(floor, closing - _BRACKET_WORDS - 1) - 1, -1):
            if position in self.at_last or position in self.at_first:
                return None
            if self.tokens[position].text == "(":
                named = self.at_last.get(position - 1)
                if named is None or self._unknown_name(named.first - 1, floor):
                    return None
                return position
        return None

    def _leader(self, trigger_first: int, floor: int) -> tuple[int, list[Unit]] | None:
        """The group that leads the subject, named right before the trigger by "yang dipimpin
        (oleh)" or "yang diketuai (oleh)" ("delegasi Rusia yang dipimpin oleh Rudenko tiba di
        Pyongyang": Rudenko's visit, as a delegation's leader stands for it)."""
        position = trigger_first - 1
        while position > floor and self.tokens[position].folded in _VP_ADVERBS:
            position -= 1
        found = self.group_ending_at(position, floor) if position > floor else None
        if found is None:
            return None
        before = found[0] - 1
        if before > floor and self.tokens[before].folded == "oleh":
            before -= 1
        if before - 1 < floor or self.tokens[before].folded not in _LED or self.tokens[before - 1].folded != "yang":
            return None
        return found

    def _relative_comma(self, trigger_first: int, floor: int) -> int | None:
        """The comma that opens a relative clause set off by commas right before the trigger:
        "Rusia, yang telah menyerang Ukraina dan Belarus, mengecam NATO" (the subject is the
        group before it, Russia, not Belarus; "Rombongan Presiden, yang didampingi menteri
        ..., tiba": an unnamed delegation, not a minister), or an apposition that says what
        the subject is to another: "Inggris, sekutu dekat Amerika Serikat, menyatakan ...", or the role
        it acts in: "Malaysia, selaku ketua ASEAN tahun ini, berjanji ..." (Malaysia, not ASEAN)."""
        position = trigger_first - 1
        while position > floor and self.tokens[position].folded in PREVERBAL | _AFTER_CLAUSE:
            position -= 1  # ("Rusia, yang menyerang Ukraina sejak 2022, kini mengancam Polandia")
        if position <= floor or self.tokens[position].text != ",":
            return None
        for comma in range(position - 1, max(floor, position - _RELATIVE_WINDOW) - 1, -1):
            text = self.tokens[comma].text
            if text in QUOTES or text in ".;:":
                return None
            if text == ",":
                return comma if comma + 1 < position and comma > floor and (
                    self.tokens[comma + 1].folded == "yang" or self.tokens[comma + 1].folded in _APPOSITION_HEADS
                    or self.tokens[comma + 1].folded in _ROLE_OPENERS
                    or opens_attribution(self.tokens, comma + 1) or self._title_apposed(comma, position, floor)) else None
        return None

    def _title_apposed(self, comma: int, closing: int, floor: int) -> bool:
        """Whether the commas at `comma` and `closing` set off a capitalised title after a person's name,
        with no verb in it: "Volker Turk, Komisaris Tinggi PBB untuk Hak Asasi Manusia, mengecam ..." (the
        person acts, not the body of the title)."""
        if not self.tokens[comma + 1].capitalised or comma + 1 in self.at_first and \
                self.at_first[comma + 1].actors[0].type == "PER":
            return False
        named = self.group_ending_at(comma - 1, floor)
        return named is not None and all(a.type == "PER" and not a.actor_id.startswith("AGT:")
                                         for unit in named[1] for a in unit.actors) \
            and not any(self.is_verb(k) for k in range(comma + 1, closing))

    def _led_group(self, leader: int, floor: int) -> tuple[int, list[Unit]] | None:
        """The group named right before "pimpinan" and the leader whose name opens at ``leader``,
        when it is an actor of a known state ("Pemerintahan pimpinan Netanyahu": the leader), or the armed
        group right before its commander's name, no "pimpinan" between ("KKB Egianus Kogoya menembak ...": the KKB)."""
        short = leader - 1 - (leader - 2 >= floor and self.tokens[leader - 1].text == ")")  # ("... bersenjata (KKB) X")
        if short >= floor and self.tokens[short].folded in _COMMANDED and short in self.at_last:
            return self.group_ending_at(short, floor)
        if leader - 2 < floor or self.tokens[leader - 1].folded != _LED_BY:
            return None
        end = leader - 2
        if self.tokens[end].text == ")" and end - 1 > floor:
            end -= 1  # "Kelompok kriminal bersenjata (KKB) pimpinan ...": the short form names it
        group = self.group_ending_at(end, floor)
        return group if group is not None and all(a.country for u in group[1] for a in u.actors) else None

    def _agent_of_place(self, name: int, floor: int) -> tuple[int, list[Unit]] | None:
        """The generic agent right before a place name opening at token ``name`` that no actor
        covers ("Warga Desa Wadas", "Nelayan Muara Angke")."""
        unit = self.at_last.get(name - 1) if name > floor else None
        return (unit.first, [unit]) if unit is not None and unit.actors[0].actor_id.startswith("AGT:") else None

    def _place_set_after(self, first: int, units: list[Unit], floor: int) -> bool:
        """Whether the group at ``first`` is a place (not a state) set off by a comma after a
        capitalised name, which it locates: "Warga Desa Wadas, Purworejo, menolak ..."."""
        return first - 2 > floor and self.tokens[first - 1].text == "," and self.tokens[first - 2].text[:1].isupper() \
            and all(a.type == "LOC" for u in units for a in u.actors)

    def _cited(self, first: int, floor: int) -> bool:
        """A group that a citation names ("Pemerintah Australia, seperti dilansir AFP, ...
        memerintahkan"): the outlet quoted, not the subject."""
        before = [t.folded for t in self.tokens[max(floor, first - 2) : first]]
        return bool(before) and (before[-1] in _CITING or before[-2:] == ["dikutip", "dari"])

    def _words_back(self, start: int, floor: int, words: int) -> int:
        """The token `words` words before `start` (not below `floor`); punctuation and
        numbers do not count, so a date in brackets, "(19/6/2025)", costs nothing."""
        position = start
        while position > floor and words > 0:
            position -= 1
            if self.tokens[position].text[:1].isalpha():
                words -= 1
        return position

    def coordinated_passive(self, trigger_first: int, floor: int) -> int | None:
        """The passive verb a passive trigger is coordinated with ("ditangkap KPK dan diperiksa"), if any."""
        verb = self._coordinated_verb(trigger_first, floor)
        return verb if verb is not None and self.tokens[verb].folded.startswith("di") \
            and self.tokens[trigger_first].folded.startswith("di") else None

    def _planner(self, trigger_first: int, floor: int) -> tuple[int, list[Unit]] | None:
        """The actor named after a noun of deciding or planning right before the "untuk" that opens the
        trigger's clause ("keputusan Spanyol untuk mengakui ...", "rencana Indonesia untuk mengirim ..."):
        the one who does what is decided, else None."""
        position = trigger_first - 1
        while position > floor and self.tokens[position].folded in _VP_ADVERBS:
            position -= 1
        if position <= floor or self.tokens[position].folded != _FOR:
            return None
        group = self.group_ending_at(position - 1, floor)
        return group if group is not None and group[0] > floor and self.tokens[group[0] - 1].folded in _PLANS else None

    def _coordinated_verb(self, trigger_first: int, floor: int) -> int | None:
        """The verb of the main clause when the trigger follows a coordinator or a
        subordinator ("dan", "sebelum", "untuk", past adverbs), or is an active verb right
        after a comma, directly: the nearest prefixed verb before it."""
        position = trigger_first - 1
        admitted = False
        while position >= floor and (self.tokens[position].folded in _VP_ADVERBS or self.tokens[position].folded in _ADMITTING):
            admitted = admitted or self.tokens[position].folded in _ADMITTING
            position -= 1  # (and a verb of owning up to the act: "... lalu mengaku telah membunuh istrinya")
        if admitted and position > floor and self.tokens[position - 1].folded == "yang":
            return None  # "menangkap seorang pria yang kemudian mengaku telah membunuh ...": the man's act
        if position > floor and self.tokens[position].text == "," and self.tokens[trigger_first].folded.startswith("me") \
                and self.is_verb(trigger_first) and self._relative_comma(trigger_first, floor) is None:
            # "Militer Israel mengeluarkan perintah evakuasi bagi warga di Teheran, memperingatkan bahwa ...": a verb
            # phrase after a comma goes on with the main clause's subject (not one closing a relative clause:
            # "Pernyataan itu, yang dipublikasikan saat Trump meninggalkan Kanada, mengatakan ...")
            return self._verb_before(position, floor)
        if position < floor or self.tokens[position].folded not in _VP_COORDINATORS:
            return None
        if self.tokens[position].folded == _FOR and position - 1 > floor and self.tokens[position - 1].folded in _READY:
            return position - 1  # "Peskov mengatakan Putin terbuka untuk berdialog": Putin, who is open to it
        verb = self._verb_before(position, floor)
        if verb is not None and self.tokens[verb].folded in _USED and self.tokens[position].folded in IN_ORDER_TO:
            return None  # "pisau yang digunakan untuk menusuk korban": whoever used it, not the finder's clause
        if verb is not None and self.tokens[position].folded in _WHEN_OPENERS and self._person_between(verb + 1, position) \
                and self.tokens[verb].folded not in _SAID_PASSIVES:
            return None  # "Polisi menembak seorang pria saat menyerang petugas": the man may be the one attacking (but
            # a saying's agent is the one who says it: "Hal itu disampaikan X saat menerima kunjungan Y")
        if verb is None or (relative := self._relative_opener(verb, floor)) is None:
            return verb
        return self._verb_before(relative, floor) or verb  # "X memperingatkan ancaman dari konflik yang terus berlangsung dan menyerukan"

    def saying_resumed(self, trigger_first: int, floor: int) -> int | None:
        """The verb of saying whose speaker a verb of saying after "dan" goes on with, past
        the clause it reports ("Khamenei mengatakan bahwa Iran tidak akan menyerah dan
        memperingatkan AS"): the verb right before the nearest "bahwa" before the
        coordinated verb, if any."""
        coordinator = trigger_first - 1
        while coordinator > floor and self.tokens[coordinator].folded in _VP_ADVERBS:
            coordinator -= 1
        if self.tokens[trigger_first].folded not in _SPOKEN_AFTER or self.tokens[coordinator].folded not in {"dan", "serta"} \
                or (verb := self._coordinated_verb(trigger_first, floor)) is None:
            return None
        for position in range(verb - 1, floor, -1):
            if self.tokens[position].folded in TURNS:
                return None  # "..., namun Rusia mendukung Iran dan mengecam AS": Russia criticises
            if self.tokens[position].folded == THAT:
                saying = position - 1
                if saying < floor or self.tokens[saying].folded not in _OWN_SAYING:
                    return None  # (a report's verb, "IRNA melaporkan bahwa ...": the outlet warns no one)
                speaker = self.subject(saying, floor)
                return saying if speaker is not None and not any(
                    a.sector == "MED" for unit in speaker[1] for a in unit.actors) else None
        return None

    def _person_between(self, start: int, end: int) -> bool:
        """Whether a person or group of people may be named between tokens `start` and `end`:
        a person or generic agent, a name no actor covers, or a word for people."""
        covered: set[int] = set()
        for index in range(start, end):
            unit = self.at_first.get(index)
            if unit is not None:
                if unit.actors[0].type == "PER" or unit.actors[0].actor_id.startswith("AGT:"):
                    return True
                covered.update(range(unit.first, unit.last + 1))
            token = self.tokens[index]
            if token.folded in _PEOPLE_WORDS or (index not in covered and token.text[:1].isupper()):
                return True
        return False

    def directive_of(self, trigger_first: int, floor: int) -> int | None:
        """The token of the directive whose asked act the trigger opens ("memerintahkan X untuk
        mengevakuasi WNI", "KPK didesak ICW untuk memeriksa X", "mendesak Israel menghentikan
        serangan": an act not yet done), else None."""
        verb = self._coordinated_verb(trigger_first, floor)
        if verb is not None:  # (only after "untuk", "agar", "supaya": not "menuntut pembebasan ... dan menyerang ...",
            # "ditugaskan ke Teheran dan mengevakuasi ...")
            directs = self._directive(verb, trigger_first) or self.tokens[verb].folded in _PASSIVE_DIRECTIVES
            if directs and self._purpose_before(trigger_first, floor):
                return verb
            if self._purpose_before(trigger_first, floor, _AIMS) and (asked := self.directive_of(verb, floor)) is not None:
                return asked  # what an act asked for aims at is asked for too: "menyerukan DK PBB untuk mengambil
                # tindakan tegas guna menghentikan serangan Israel"
            # a second act asked for with the first: "meminta KPK menangkap X dan memeriksa Y" (not a word the one
            # who asks says: "mendesak Iran menyerah dan mengancam Rusia" is the urger's threat, `subject`)
            return self.directive_of(verb, floor) if verb < trigger_first - 1 and \
                self.tokens[trigger_first - 1].folded in COORDINATORS and \
                self.tokens[trigger_first].folded not in _VOICING else None
        position = trigger_first - 1
        while position >= floor and self.tokens[position].folded in PREVERBAL:
            position -= 1
        if position >= floor and self.tokens[position].folded in _PASSIVE_DIRECTIVES:
            return position  # "KPK didesak segera menahan X", "Pemda diminta terus berkoordinasi ...": asked, not done
        return self._bare_directive(trigger_first, floor)  # "ICW mendesak KPK segera menahan ..."

    def _purpose_before(self, trigger_first: int, floor: int, purposes: frozenset[str] = PURPOSES) -> bool:
        """Whether "untuk", "agar" or "supaya" (or another of `purposes`) opens the trigger's clause (past adverbs)."""
        position = trigger_first - 1
        while position >= floor and self.tokens[position].folded in _VP_ADVERBS:
            position -= 1
        return position >= floor and self.tokens[position].folded in purposes

    def _bare_directive(self, verb: int, floor: int) -> int | None:
        """The directive verb before the one it directs and that one's act at `verb`, with no
        "untuk" ("mendesak KPK segera menahan ...": the token of "mendesak"; also past a verb
        phrase of no prefix that leads to it, and an "untuk" before that: "meminta polisi (untuk)
        segera turun tangan mengusut ...")."""
        position = verb - 1
        plain = 0  # lowercase words with no verb prefix passed
        while position >= floor and (self.tokens[position].folded in PREVERBAL or plain < _LEADING_WORDS and (
                self.tokens[position].text.islower() and self.tokens[position].is_word and not self.is_verb(position)
                and self.tokens[position].folded not in RIGHT_BOUNDARIES and position not in self.at_last)):
            plain += self.tokens[position].folded not in PREVERBAL
            position -= 1
        if plain and position > floor and self.tokens[position].folded in PURPOSES:
            position -= 1  # "meminta pihak kepolisian untuk segera turun tangan mengusut ..."
        if position > floor and self.tokens[position].text == ")":
            position = self._before_short_form(position, floor)  # "mendesak Kepolisian Republik Indonesia (Polri)
            # mengusut ...": the name before its short form
        found = self.group_ending_at(position, floor) if position >= floor else None
        if found is None:
            return None
        before = found[0] - 1
        while before > floor and found[0] - before <= _NAME_PREFIX_WORDS and self.tokens[before].text[:1].isupper() and \
                self.tokens[before].is_word and before not in self.at_last:
            before -= 1  # a capitalised word of the body's name no actor covers: "meminta Bawas MA menindaklanjuti ..."
        if before > floor and self.tokens[before].folded in _BODY_OF:  # "meminta pihak kepolisian ...", "jajaran Polri"
            before -= 1
        if before > floor and self.tokens[before].folded in _MANY:  # "meminta para kepala daerah menertibkan ormas"
            before -= 1
        if before > floor and self.tokens[before].folded in _ASKING_CONJUNCTIONS:
            before -= 1
        return before if before >= floor and self.tokens[before].folded in _BARE_DIRECTIVES else None

    def _directive(self, verb: int, trigger_first: int) -> bool:
        """Whether the verb at ``verb`` directs the one it names to do the trigger's act."""
        word = self.tokens[verb].folded
        return word in _DIRECTIVES and (
            word not in _INVITATIONS or any(t.folded == "untuk" for t in self.tokens[verb + 1 : trigger_first]))

    def _verb_before(self, position: int, floor: int) -> int | None:
        """The nearest prefixed verb before `position` within the window and the clause;
        the walk passes a "yang" before an adjective ("ancaman yang lebih luas")."""
        for verb in range(position - 1, max(floor, position - _VP_WINDOW) - 1, -1):
            word = self.tokens[verb].folded
            if word == "-" and self._joining(verb) and self.is_verb(verb - 1):
                return verb - 1  # a reduplicated verb ("mewanti-wanti"): by its first token
            if word in LEFT_BOUNDARIES or (word == "yang" and self.verb_after(verb)):
                return None
            if self.is_verb(verb) or word in _UNPREFIXED_VERBS and self._reported_subject_before(verb):
                return verb
        return None

    def _reported_subject_before(self, index: int) -> bool:
        """Whether an actor's name ends right before `index` (past adverbs, "polisi masih datang") as the
        subject of a clause that a verb of saying or "bahwa" reports ("mengatakan polisi datang ...")."""
        index -= 1
        while index >= 0 and self.tokens[index].folded in PREVERBAL:
            index -= 1
        group = self.group_ending_at(index, 0) if index >= 0 else None
        if group is None:
            return False
        first = group[0]
        while first > 0 and self.tokens[first - 1].folded in _MEMBER_NOUNS | {PARTY}:
            first -= 1  # ("petugas kepolisian")
        return first > 0 and self.tokens[first - 1].folded in _OWN_SAYING | {THAT}

    def _joining(self, index: int) -> bool:
        """Whether the token at `index` (a hyphen) joins the words either side with no space."""
        return 0 < index < len(self.tokens) - 1 and self.tokens[index - 1].end == self.tokens[index].start \
            and self.tokens[index].end == self.tokens[index + 1].start

    def is_verb(self, index: int) -> bool:
        """Whether the token at `index` is a prefixed verb (me-, ber-, di-) in lower case. The prefix meN- takes
        its nasal before every first letter of a stem but l, r, m, n, w and y, so "me" before any other letter opens
        a noun ("mediasi", "mesin", "metode"), not a verb."""
        word = self.tokens[index].folded
        return self.tokens[index].text.islower() and len(word) > 4 and word.startswith(_VERB_PREFIXES) and \
            word not in NOT_VERBS and not (word.startswith("me") and word[2] not in _AFTER_BARE_ME)

    def verb_after(self, index: int) -> bool:
        """Whether a verb follows `index` (past adverbs)."""
        index += 1
        while index < len(self.tokens) and self.tokens[index].folded in PREVERBAL:
            index += 1
        return index < len(self.tokens) and self.is_verb(index)

    def _relative_opener(self, verb: int, floor: int) -> int | None:
        """The "yang" that opens a relative clause with this verb ("yang terus berlangsung")."""
        index = verb - 1
        while index > floor and self.tokens[index].folded in PREVERBAL:
            index -= 1
        return index if index > floor and self.tokens[index].folded == "yang" else None

    def _unknown_name(self, index: int, floor: int) -> bool:
        """A capitalised word inside the sentence that names no actor we know (not a title
        word, a day or month, or an acronym of time)."""
        token = self.tokens[index]
        return (index > floor and token.text[:1].isupper() and index not in self.at_last
                and token.folded not in TITLE_WORDS and token.folded not in _CALENDAR_WORDS
                and self.tokens[index - 1].text not in QUOTES and self.tokens[index - 1].text not in ".:")

    def _in_law_name(self, index: int) -> bool:
        """Whether the name at token ``index`` is part of a law's name ("revisi UU TNI",
        "RUU Polri", "Undang-Undang KPK"): the law, not the body, is what is spoken of."""
        before = self.tokens[index - 1].folded if index else ""
        return before in _LAW_WORDS or (before == "undang" and index >= 3 and self.tokens[index - 2].text == "-"
                                        and self.tokens[index - 3].folded == "undang")

    def _name_run_start(self, last: int, floor: int, past_actors: bool = False) -> int:
        """The first of the capitalised words (at most a place name's) that end at token
        `last`; only those no actor covers, unless `past_actors`."""
        first = last
        while first - 1 > floor and last - first + 1 < _PLACE_NAME_WORDS and self.tokens[first - 1].text[:1].isupper() \
                and (past_actors or first - 1 not in self.at_last):
            first -= 1
        return first

    def _membership(self, last: int, floor: int) -> int | None:
        """The token before "yang" when the unknown name ending at ``last`` is what the head
        of a relative clause belongs to ("massa yang tergabung dalam Aliansi Mahasiswa
        Pelalawan"): the head, a generic agent, is the subject then."""
        if last - 2 > floor and self.tokens[last - 1].text == "(":
            last -= 2  # "Aliansi Mahasiswa Masyarakat Pelalawan (AMMP)": the name before its acronym
        first = last
        while first - 1 > floor and last - first < _MEMBERSHIP_WORDS and self.tokens[first - 1].text[:1].isupper():
            first -= 1
        return self._members_head(first, floor)

    def _members_head(self, body: int, floor: int) -> int | None:
        """The token before "yang tergabung dalam" when the body's name opens at token ``body``
        (the head of the relative clause: its members), or a generic crowd's last token right
        before "dari" and the body ("Ratusan mahasiswa dari BEM SI berunjuk rasa"; not goods,
        "Bantuan dari Jepang tiba"), else None."""
        if body - 2 >= floor and self.tokens[body - 1].folded == _FROM and (
                crowd := self.group_ending_at(body - 2, floor)) is not None \
                and all(a.actor_id.startswith("AGT:") for unit in crowd[1] for a in unit.actors) \
                and (named := self.at_first.get(body)) is not None \
                and all(self._gathers(self.tokens[body - 2].folded, a) for a in named.actors):
            return body - 2
        joined = body - 3
        if joined - 1 < floor or self.tokens[body - 1].folded not in _MEMBER_OF or \
                self.tokens[body - 2].folded not in _JOINED or self.tokens[joined].folded != "yang":
            return None
        return joined - 1

    @staticmethod
    def _gathers(crowd: str, body: ArticleActor) -> bool:
        """Whether a crowd named by the noun ``crowd`` "dari" a body is the body acting: a body of
        members (a union, a students' board, a movement: not a university or a school, whose students
        act for themselves, nor a firm, whose workers may protest against it), or a state's body after
        a noun of its agents ("pejabat dari Kementerian Luar Negeri", "tim dari Polda Jatim")."""
        if body.type != "ORG":
            return False
        if body.sector in ("CVL", "OPP"):
            return _SCHOOL_WORDS.isdisjoint(body.name.casefold().split())
        return body.sector in ("GOV", "MIL") and crowd in _AGENT_NOUNS

    def _place_name_start(self, last: int, floor: int) -> int | None:
        """The first token of the capitalised name ending at token ``last`` when a preposition
        of place opens it ("di Kabupaten Padang Pariaman"): a place, whether or not we know it."""
        first = self._name_run_start(last, floor, past_actors=True)
        opening = first - 1
        while opening > floor and first - opening <= _SITE_REACH and self.tokens[opening].folded in _SITE_WORDS:
            opening -= 1  # "di depan Gedung DPRD Sumatera Utara"
        return first if opening >= floor and self.tokens[opening].folded in _PLACE_PREPOSITIONS else None

    def _after_preposition(self, first: int, floor: int) -> bool:
        """Whether the group at ``first`` is a preposition's object, also past words for a
        site ("di depan Gedung DPR", "di kantor KPK") or a place it is set after ("di
        Kabupaten Padang Pariaman, Sumatera Barat")."""
        if first <= floor:
            return False
        unit = self.at_first.get(first)
        if first - 2 > floor and self.tokens[first - 1].text == "," and unit is not None \
                and (unit.actors[0].type == "LOC" or unit.actors[0].type == "GPE" and unit.last + 2 < len(self.tokens)
                     and self.tokens[unit.last + 1].text == "," and unit.last + 2 not in self.at_first) \
                and self.tokens[first - 2].text[:1].isupper() and self._place_name_start(first - 2, floor) is not None:
            return True  # a state only set off by commas: "di New York, AS, ..." (not "Di Jenewa, Iran menolak ...")
        position = first - 1
        while position > floor and first - position <= _SITE_REACH and self.tokens[position].folded in _SITE_WORDS:
            position -= 1
        return self.tokens[position].folded in PREPOSITIONS or self.tokens[first - 1].folded in _GOVERNING_SITES

    def _place_set_off(self, comma: int, ceiling: int) -> int | None:
        """The closing comma of an administrative unit's place set off by commas after token `comma`
        ("..., Kecamatan Cibalong, ..."), else None."""
        if comma + 1 >= ceiling or self.tokens[comma + 1].folded not in PLACE_UNITS \
                or not self.tokens[comma + 1].text[:1].isupper():
            return None
        for position in range(comma + 2, min(ceiling, comma + 2 + _PLACE_SET_OFF)):
            if self.tokens[position].text == ",":
                return position if position > comma + 2 else None
            if not (self.tokens[position].is_word and self.tokens[position].text[:1].isupper()):
                return None
        return None

    def object(self, trigger_last: int, ceiling: int, window: int = 6, joined: bool = False,
               clause_ends: bool = False) -> tuple[int, list[Unit]] | None:
        """The nearest group right of the trigger, within `window` tokens and the clause,
        that does not follow a preposition; with `joined` (an act of force's target, or a stance's),
        also past two nouns that share it ("fasilitas nuklir dan pangkalan militer Iran", "kebijakan tarif
        baja dan aluminium Presiden AS") and an ordinal ("paket sanksi ke-17 Uni Eropa"); with
        `clause_ends` (the object of an act done, not asked for), ending before the subject of
        a clause "dan" joins ("menangkap Hasto dan Presiden Prabowo memerintahkan ...")."""
        position = trigger_last + 1
        limit = min(ceiling, max(trigger_last + 1 + window, self._initials_after_role(position, ceiling)))
        inside_phrase = False  # past a preposition: a group there is its object, not the verb's
        past_join = False  # past two nouns joined by "dan": only an owner ends them, no generic noun
        while position < limit:
            token = self.tokens[position]
            if token.folded == FOR_A_WHILE and self.for_a_while(position):
                position += 1  # "menahan sementara tiga pemuda": for a while, not "while"
                limit = min(ceiling, limit + 1)
                continue
            if token.text == "," and self._titled_apposition(trigger_last + 1, position, ceiling):
                position += 1  # "memanggil mantan Mendikbudristek, Nadiem Makarim": the person the title names
                continue
            if token.text == "," and (person := self._person_apposed(trigger_last + 1, position, ceiling)) is not None:
                return person.last, [person]  # "membunuh istrinya, RN (30), dengan pisau": the person described
            if token.text == "," and (closing := self._place_set_off(position, ceiling)) is not None:
                limit = min(ceiling, limit + closing - position)  # "menahan Kepala Desa Sukamanah, Kecamatan Cibalong,
                position = closing + 1  # berinisial AS": a place set off by commas inside the phrase
                continue
            if token.text == "," and (each := self._each_named(position)) > position:
                limit = min(ceiling, limit + each - position)  # "menangkap tiga tersangka, masing-masing
                position = each  # berinisial AS, BT dan CK": the people the initials name
                continue
            if token.text == "," and position == trigger_last + 1 and self.tokens[trigger_last].folded in _DIRECTIVES:
                position += 1  # "Polisi mengimbau, penonton datang naik kendaraan umum": whom it asks, past the
                continue  # comma news sets after the verb
            if token.text == "," and position + 1 < limit and self.tokens[position + 1].folded in INCLUDING:
                position += 2  # "menyerang sejumlah fasilitas nuklir, termasuk Natanz": the one the list names
                limit = min(ceiling, limit + 2)
                continue
            if self._word_hyphen(position) or self._in_number(position):  # "serangan besar-besaran Israel": a word,
                position += 1  # not a dash; "menangkap 1.200 demonstran": a number, not a sentence's end
                limit = min(ceiling, limit + 1)
                continue
            if joined and position > trigger_last + 1 and (ordinal := past_ordinal(self.tokens, position, ceiling)) > position:
                limit = min(ceiling, limit + ordinal - position)  # "paket sanksi ke-17 Uni Eropa": the 17th package, not
                position = ordinal  # a place it goes to
                continue
            if joined and position > trigger_last + 1 and self._joins_modifiers(position, ceiling):
                position += 1  # "menyerang fasilitas nuklir dan pangkalan militer Iran": one owner for both
                limit = min(ceiling, limit + 2)
                past_join = True
                continue
            if token.folded == "yang" and position + 1 < limit and self.tokens[position + 1].folded == _CONCERNED and \
                    (concerned := self.at_first.get(position)) is not None:
                return concerned.last, [concerned]  # "memeriksa yang bersangkutan": the person concerned
            if token.folded in RIGHT_BOUNDARIES or (position > trigger_last + 1 and self.is_verb(position)
                                                     and not token.folded.startswith("ber")):
                return None  # "meminta jajarannya menindak pengemudi": the drivers are the second verb's
                # (not "seorang guru berinisial NHN", "pria berusia 30 tahun")
            if token.text in QUOTES:
                position += 1
                continue
            found = self.group_starting_at(position, ceiling, companions=False, objects=clause_ends)
            if found is not None:
                before = self.tokens[position - 1]
                if past_join and _ownerless(found[1]):
                    return None  # "menembakkan peluru tajam dan peluru tank": the tank is a weapon, no owner (but
                    # "menyita sabu dan kapal nelayan Malaysia": Malaysia's fishermen)
                if position > trigger_last + 1 and (before.folded in PREPOSITIONS and before.folded != "antara"
                                                    or inside_phrase):
                    return None  # "berkolaborasi untuk penanganan dampak termasuk pengungsi"
                if position > trigger_last + 1 and before.text[:1].isupper() and found[1][0].actors[0].type in ("LOC", "GPE"):
                    return None  # the place ends a name the actors stage does not know ("Sekretaris DPW PKB Jawa Timur")
                comma = found[0] + 1
                while comma < min(ceiling, found[0] + 1 + _APPOSED_DESCRIPTION_WORDS) and self.tokens[comma].is_word and \
                        self.tokens[comma].text.islower():
                    comma += 1
                if all(a.actor_id.startswith("AGT:") for unit in found[1] for a in unit.actors) and comma < ceiling and \
                        self.tokens[comma].text == "," and (person := self._person_apposed(position, comma, ceiling)):
                    return person.last, [person]  # "membacok pengemudi ojek daring, Yusuf Maulana (35), ...": him
                cue = found[0] + 1  # past the rest of a firm's name the actor's span leaves out ("PT Karya Sentosa Abadi")
                while cue < min(ceiling, found[0] + 1 + _NAME_LEFT_OUT) and self.tokens[cue].is_word \
                        and self.tokens[cue].text[:1].isupper():
                    cue += 1
                named = cue + 1 if cue + 1 < ceiling and self.tokens[cue].folded == _NAMED_BY else None
                if named is not None and (found[1][0].actors[0].type in ("ORG", "PER") or before.folded in _ORIGIN_WORDS) \
                        and (person := self.at_first.get(named)) is not None and person.actors[0].type == "PER":
                    return person.last, [person]  # "menahan anggota DPRD Kabupaten Bandung berinisial YS": YS; "buronan
                    # asal Indonesia berinisial WJ": WJ, not Indonesia
                return found
            if token.folded in _PHRASE_OPENERS:
                inside_phrase = True
            if token.folded == _IN_ROLE:
                return None  # "memeriksa Haryanto selaku Direktur PPTKA Kemnaker": the ministry is only the role's
            position += 1
        return None

    def _person_apposed(self, start: int, comma: int, ceiling: int) -> Unit | None:
        """The person named right after the comma at token `comma` when the words from `start` to it only
        describe them, in lower case or as a generic agent ("istrinya, RN (30),", "pengemudi ojek daring, Yusuf
        Maulana (35),"), and their name ends the apposition: an age, a comma or the sentence's end after it, not
        a verb ("menyerang pos itu, Budi mengatakan": a new clause's subject)."""
        person = self.at_first.get(comma + 1)
        if person is None or person.actors[0].type != "PER" or not 0 < comma - start <= _APPOSED_DESCRIPTION_WORDS:
            return None
        position = start
        while position < comma:
            unit = self.at_first.get(position)
            if unit is not None and unit.last < comma and all(a.actor_id.startswith("AGT:") for a in unit.actors):
                position = unit.last + 1
            elif unit is None and self.tokens[position].is_word and self.tokens[position].text.islower() and \
                    self.tokens[position].folded not in PREPOSITIONS:
                position += 1  # (not a place or a time: "menganiaya korban di dalam mobil, Rudi (40), sopir ...")
            else:
                return None
        after = person.last + 1
        if after + 2 < ceiling and self._age_closing(after + 2):
            after += 3
        if after + 1 < ceiling and self.tokens[after].text == "," and (other := self.at_first.get(after + 1)) is not None \
                and other.actors[0].type == "PER":
            return None  # a list of the people described: "tiga tersangka, AS (25), BR (30), dan KL (28)"
        return person if after >= ceiling or self.tokens[after].text in (",", ".", ";") else None

    def _initials_after_role(self, start: int, ceiling: int) -> int:
        """The token after the initials that close a role of capitalised words from `start` on
        ("mantan Direktur Utama PT Jabar Agro Lestari berinisial AS"), else `start`."""
        position = start
        while position < min(ceiling, start + _ROLE_BEFORE_INITIALS) and (self.tokens[position].folded in FORMER or (
                self.tokens[position].is_word and self.tokens[position].text[:1].isupper())):
            position += 1
        if position > start and position + 1 < ceiling and self.tokens[position].folded == _NAMED_BY:
            return position + 2
        return start

    def _titled_apposition(self, start: int, comma: int, ceiling: int) -> bool:
        """Whether the comma at token `comma` only separates a title written from `start` on
        (capitalised words, and "mantan") from the person it names, who starts right after."""
        if comma == start or comma + 1 >= ceiling or any(k in self.at_first for k in range(start, comma)):
            return False
        person = self.at_first.get(comma + 1)
        words = self.tokens[start:comma]
        return person is not None and person.actors[0].type == "PER" and self.tokens[comma - 1].text[:1].isupper() \
            and all(t.text[:1].isupper() or t.folded in FORMER for t in words)

    def genitive(self, first: int, last: int, ceiling: int, fillers: int = 2,
                 counted: bool = False) -> tuple[int, list[Unit]] | None:
        """The actor a nominalisation is of: a unit that begins inside the trigger and runs
        past it ("operasi [militer Rusia]"), or a group right after it, allowing a few
        modifier words between ("pengiriman tambahan tentara Korea Utara"), not a verb; with
        `counted` (a noun whose actor after it undergoes it) also past a count ("penangkapan 50
        demonstran"; not "pengerahan 700 marinir", the forces sent)."""
        for position in range(first, last + 1):
            unit = self.at_first.get(position)
            if unit is not None and unit.last > last:  # "[sanksi internasional]", "operasi [militer Rusia]"
                return self.group_starting_at(position, ceiling)
        limit = min(ceiling, last + 2 + fillers)
        position = last + 1
        while position < limit:
            found = self.group_starting_at(position, ceiling)
            if found is not None:
                return found
            token = self.tokens[position]
            if self._word_hyphen(position):  # "serangan udara besar-besaran Israel": one word
                limit, position = min(ceiling, limit + 2), position + 2
                continue
            if counted and self.in_quantity(position):  # "penangkapan 50 demonstran", "penahanan 1.200 migran"
                limit, position = min(ceiling, limit + 1), position + 1
                continue
            if token.text == "(" and (glossed := self.past_gloss(position, ceiling)) > position:
                limit, position = min(ceiling, limit + glossed - position), glossed  # "Konferensi Tingkat Tinggi
                continue  # (KTT) G7": the noun's own short form, then whose it is
            if token.text == ")" and position == last + 1 and first > 0 and self.tokens[first - 1].text == "(":
                limit, position = min(ceiling, limit + 1), position + 1  # the short form itself: "(KTT) NATO"
                continue
            if token.folded in PREPOSITIONS or token.folded in RIGHT_BOUNDARIES or token.folded == _AS \
                    or not token.text.islower() or (
                    self.is_verb(position) and token.folded.startswith("me") and token.folded not in _ME_ADJECTIVES):
                return None  # (an active verb ends the noun's phrase: "serangan udara menewaskan warga sipil"; not a
                # passive's agent, "tarif yang diberlakukan Trump", nor "serangan mendadak Israel")
            position += 1
        return None

    def _goods_end(self, position: int, ceiling: int, words: frozenset[str]) -> int:
        """The token after the list of goods that "berupa" at ``position`` opens: the first of
        ``words`` within a few words, over lowercase words, numbers, commas and "dan" (else ``position``)."""
        for index in range(position + 1, min(ceiling, position + 1 + _GOODS_WORDS)):
            token = self.tokens[index]
            if token.folded in words:
                return index
            if not (token.text.islower() or token.text[:1].isdigit() or token.text in (",", "-")):
                break
        return position

    def after_preposition(self, words: frozenset[str], start: int, ceiling: int, window: int = 8,
                          fillers: int = 4, relative: bool = False, verbs_end: bool = False,
                          owners: bool = False, targets: bool = False) -> tuple[int, int, list[Unit]] | None:
        """The first group after one of the prepositions `words`, looking from `start`
        within `window` tokens; up to `fillers` lowercase words may stand between the
        preposition and the group ("terhadap target militer dan nuklir Iran"); with `owners`,
        a thing named after the preposition is its owner's when "milik" follows (an attack "ke
        Pangkalan Udara Al Udeid milik AS"), and two nouns joined by "dan" share the owner named
        after both ("ke fasilitas nuklir dan pangkalan militer Iran"); with `targets`, a place "di depan/belakang/samping/
        seberang" something, and any "di" after it, is where, not the target:
        (preposition token, last token, units). With `relative`, the search goes into a
        relative clause (whose verb is one of `words`: "serangan yang menargetkan X"); with
        `verbs_end`, a verb among the fillers ends it ("meminta stafnya untuk menghapus
        dokumen sebelum diperiksa jaksa": the prosecutors are not asked); with `owners`, "atas perintah X" ends it."""
        limit = min(ceiling, start + window)
        position = start
        while position < limit:
            token = self.tokens[position]
            if token.text == "(" and (closing := self._bracket_end(position, ceiling)) is not None:
                limit = min(ceiling, limit + closing + 1 - position)  # an aside in brackets does not count
                position = closing + 1  # ("(asumsi kurs dolar AS terhadap rupiah)": not the phrase)
                continue
            if token.text == "(" and position + 2 < ceiling and self.tokens[position + 2].text == ")" \
                    and position + 1 not in self.at_first and self.tokens[position - 1].text.islower():
                limit = min(ceiling, limit + 3)  # nor does a term's short form: "bea masuk antidumping (BMAD)
                # terhadap impor benang dari China" (a name's may end a phrase that names no one: "Direktur Jenderal
                # Pemasyarakatan (Dirjenpas) Mashudi untuk ...")
            if token.folded in _AMOUNT_WORDS or self._in_amount(position, ceiling):
                limit = min(ceiling, limit + 1)  # nor does a sum: "senilai USD 30 juta atau Rp 492,01 miliar"
            if token.folded == _IN_THE_FORM_OF:  # nor a list of the goods: "bantuan berupa obat-obatan, tenda, dan makanan untuk"
                limit = min(ceiling, max(limit, self._goods_end(position, ceiling, words) + 1))
            named = self.at_first.get(position)
            if named is not None and token.folded not in words:  # a name counts as one word
                limit = min(ceiling, limit + named.last - position)
            if token.folded in _CLAUSE_STOPS or (token.folded == "sementara" and self.tokens[position - 1].text == ",") or (
                    token.folded in WHEN and not self._adverb(position)) or (
                    token.folded == "yang" and position + 1 < limit and not relative and not self._modifier(position + 1)):
                return None  # "yang" + a modifier ("bantuan yang besar untuk X") is passed over,
                # a relative clause with its own verb ("tarif pada perangkat yang diimpor ke AS") is not
            if targets and token.folded == "di" and position + 1 < ceiling and self.tokens[position + 1].folded in BESIDE:
                words = words - {"di"}  # "agresi Israel di depan Kedutaan Besar AS di Jakarta": where, not a target
            if owners and token.folded == _ORDERED_ON and position + 1 < ceiling and \
                    self.tokens[position + 1].folded in _ORDER_NOUNS:
                return None  # "membongkar warung ... atas perintah Gubernur Dedi Mulyadi": who ordered an act of force,
                # no one it is done to (a stance "atas perintah" X is toward X)
            if token.folded in words:
                end = min(ceiling, position + 2 + fillers)
                candidate = position
                joined = False  # past two nouns joined by "dan": only an owner ends them, no generic noun
                while (candidate := candidate + 1) < end:
                    found = self.group_starting_at(candidate, ceiling, companions=False)
                    if found is not None and joined and _ownerless(found[1]):
                        break  # ("ke gudang senjata dan markas tentara": no one's)
                    if found is not None:
                        return position, found[0], found[1]
                    word = self.tokens[candidate]
                    if self._word_hyphen(candidate) or word.text in QUOTES:  # "serangan-serangan", not a dash;
                        continue  # 'atas "serangan militer Israel ..."': a quote opening in the phrase
                    if word.folded == _ORIGIN and candidate + 1 == end:
                        end = min(ceiling, end + 1)  # the goods' origin, right after "asal" however long their name:
                        # "terhadap produk baja canai dingin asal China"
                    if owners and candidate > position + 1 and self._joins_modifiers(candidate, ceiling):
                        end = min(ceiling, end + 2)  # "ke sejumlah fasilitas nuklir dan pangkalan militer Iran"
                        joined = True
                        continue
                    filler = (word.text.islower() or word.text.isdigit() or self._commission(candidate)
                              or word.folded in _UNITS or self._titled_name(candidate)) and not (
                        verbs_end and self.is_verb(candidate)) and word.folded not in _BECOMING  # ("untuk menjadi
                    # kurir": a role taken, no one the act is for)
                    if (word.folded in PREPOSITIONS and word.folded != "di") or word.folded in RIGHT_BOUNDARIES or not filler \
                            or word.folded in _ACCOMPANIED:  # "menemui X dengan didampingi Y": Y goes along
                        if owners and not filler and (owner := self._owner_after(candidate, ceiling)) is not None:
                            return position, owner[0], owner[1]  # "ke Pangkalan Udara Al Udeid milik AS"
                        break
            position += 1
        return None

    def _commission(self, position: int) -> bool:
        """A word of a legislature's numbered commission before the legislature's name:
        "Komisi I DPR", "Komisi XII"."""
        word = self.tokens[position]
        return word.folded == "komisi" or (ROMAN.fullmatch(word.text) is not None and position > 0
                                            and self.tokens[position - 1].folded == "komisi")

    def _in_amount(self, position: int, ceiling: int) -> bool:
        """Whether token `position` is a number of a sum (after a currency or before a scale
        word), or the "atau" between two sums ("USD 30 juta atau Rp 492 miliar")."""
        folded = self.tokens[position].folded
        if folded == "atau":
            return position > 0 and self.tokens[position - 1].folded in _SUM_WORDS
        return folded[:1].isdigit() and (position > 0 and self.tokens[position - 1].folded in _CURRENCIES
                                         or position + 1 < ceiling and self.tokens[position + 1].folded in _SCALES)

    def _bracket_end(self, opening: int, ceiling: int) -> int | None:
        """The ")" closing an aside of two words or more opened at token `opening` (not a
        short form, "(Dirjenpas)", which counts as a word of the phrase)."""
        closing = next((p for p in range(opening + 1, min(ceiling, opening + _ASIDE_WORDS)) if self.tokens[p].text == ")"),
                       None)
        return closing if closing is not None and closing - opening > 2 else None

    def _modifier(self, index: int) -> bool:
        """A lowercase word that is not a transitive or passive verb: "besar" and
        "berkecamuk" ("perang yang berkecamuk antara X dan Y"), not "diimpor"."""
        token = self.tokens[index]
        return token.text.islower() and not (len(token.folded) > 4 and token.folded.startswith(("di", "me")))

    def event_actors(self, units: list[Unit]) -> list[EventActor]:
        """The distinct actors of a group, each with the span that names it."""
        seen: dict[str, EventActor] = {}
        for unit in units:
            start, end = self.tokens[unit.first].start, self.tokens[unit.last].end
            for actor in unit.actors:
                seen.setdefault(actor.actor_id, event_actor(actor, start, end))
        return list(seen.values())


def _setting(text: str, actors: list[ArticleActor]) -> str | None:
    """The state where the article's story is set: the one it names most, counting its
    places too, and a name after the locative "di" twice ("di Kairo"); on a tie, the
    state named first."""
    weight: Counter = Counter()
    first: dict[str, int] = {}
    for actor in actors:
        if not actor.country or actor.country == "IGO" or not (
                (actor.type == "GPE" and actor.actor_id == actor.country) or actor.type == "LOC"):
            continue
        for mention in actor.mentions:
            before = text[max(0, mention.start - 4) : mention.start].split()
            weight[actor.country] += 2 if before and before[-1].casefold() == "di" else 1
            first[actor.country] = min(first.get(actor.country, mention.start), mention.start)
    if not weight:
        return None
    return max(weight, key=lambda country: (weight[country], -first[country]))


def _qualifies(state: Unit, body: Unit) -> bool:
    """Whether `state`, written right after `body`, only names the body's country ("DPR RI",
    "Kejaksaan Agung RI")."""
    actor, named = state.actors[0], body.actors[0]
    return actor.type == "GPE" and actor.actor_id == actor.country and named.type == "ORG" and named.country == actor.country


def past_ordinal(tokens: list[Token], position: int, ceiling: int) -> int:
    """The token after an ordinal written with "ke" and a number that starts at `position` ("paket sanksi ke-17 Uni
    Eropa", "ke 10"), else `position`."""
    digits = position + 1 + (position + 1 < ceiling and tokens[position + 1].text == "-")
    if tokens[position].folded == "ke" and digits < ceiling and tokens[digits].text.isdigit():
        return digits + 1
    return position


def _agent_of_body(agent: Unit, body: Unit) -> bool:
    """Whether a state's generic agent noun stands right before a named body of that state
    that it belongs to ("aparat TNI", "penyidik KPK"), or a firm's noun before the firm ("perusahaan
    minyak Jepang Inpex")."""
    noun, named = agent.actors[0], body.actors[0]
    return noun.actor_id.startswith("AGT:") and named.type == "ORG" and not named.actor_id.startswith(("AGT:", "GRP:")) \
        and (noun.sector in ("GOV", "MIL") and named.sector in ("GOV", "MIL") or noun.sector == named.sector == "BUS") \
        and noun.country in (None, named.country)


def _staff_of_company(agent: Unit, company: Unit) -> bool:
    """Whether a generic noun of civilians stands right before a company they work for ("karyawan
    Sritex", "buruh PT Gudang Garam")."""
    noun, named = agent.actors[0], company.actors[0]
    return noun.actor_id.startswith("AGT:") and noun.sector == "CVL" and named.type == "ORG" and named.sector == "BUS"


def _same(left: Unit, right: Unit) -> bool:
    return {a.actor_id for a in left.actors} == {a.actor_id for a in right.actors}


def _spoken_for(person: ArticleActor, earlier: list[ArticleActor], text: str) -> ArticleActor | None:
    """The body a person speaks for: the organisation named last before them whose name
    their title holds ("Juru bicara KPK": the KPK; not a state, "Presiden Rusia"), or that
    the text names right before one of their names, past a rank (`_RANK_GAP`: "Kasat Reskrim Polres
    Bogor AKP Teguh Santoso": the Polres, also when "pihaknya" follows a later "Teguh")."""
    if person.type != "PER":
        return None
    role = f" {' '.join((person.role or '').lower().split())} "  # whole words: "PAN" is not in "Panglima TNI"
    names = [(a, " ".join(m.text.lower().split())) for a in reversed(earlier) if a.type == "ORG" for m in a.mentions]
    # (a head's title may prefix "Ka": "Kapolres Bogor" heads Polres Bogor)
    titled = next((a for a, name in names if f" {name} " in role or f" ka{name} " in role), None) if person.role else None
    return titled or next((a for a in reversed(earlier) if a.type == "ORG" and _named_before(a, person, text)), None) \
        or _headed_body(role.split(), earlier)


def _named_before(body: ArticleActor, person: ArticleActor, text: str) -> tuple | None:
    """(the body's mention, the rank between) where the text names a body right before one of a person's names,
    past a rank (`_RANK_GAP`: "Polres Bogor AKP Teguh Santoso"), else None."""
    return next(((m, text[m.end : n.start]) for m in body.mentions for n in person.mentions
                 if m.end <= n.start and _RANK_GAP.fullmatch(text[m.end : n.start])), None)


def _headed_body(role: list[str], actors: list[ArticleActor]) -> ArticleActor | None:
    """The regional body a head's title `role` (its words) heads: the one the title names with its place ("Kapolres
    Bogor": the Polres Bogor, also when the article names it no other way: "Kapolda Metro Jaya Irjen Karyoto
    mengatakan pihaknya ..." speaks for the Metro Jaya Regional Police), else, for a title of no place, the one body
    of its kind among `actors` ("Kapolsek" after "Polsek Setiabudi menangkap ...", whose place the actors stage left
    out of the title: the Polsek)."""
    body = HEADS_OF_BODIES.get(role[0].casefold()) if role else None
    if body is None:
        return None
    wanted = "IDN:" + "-".join([body, *(w.casefold() for w in role[1:])])
    headed = {a.actor_id: a for a in actors if a.actor_id == wanted or len(role) == 1 and a.actor_id.startswith(f"IDN:{body}-")}
    if len(headed) != 1 and len(role) > 1:
        ending, sector = REGIONAL_BODIES[body]
        return ArticleActor(wanted, f"{' '.join(w.title() for w in role[1:])} {ending}", "ORG", HOME_STATE, sector, None, KNOWN)
    return next(iter(headed.values())) if len(headed) == 1 else None


def _salient_two(recent: list[ArticleActor], counts: Counter, kind: str) -> tuple[ArticleActor, ...] | None:
    """The two actors of this type the article has named most so far ("kedua pemimpin" are
    the two leaders it is about, not the adviser quoted last), the most recent on a tie;
    for states, only ISO-coded states; for firms (`_FIRMS`), organisations of business."""
    candidates = [a for a in recent if (a.type == kind or kind == _FIRMS and a.type == "ORG" and a.sector == _FIRMS)
                  and (kind != "GPE" or a.actor_id == a.country)]
    leaders = [a for a in candidates if a.role and _LEADER_TITLES.intersection(a.role.casefold().split())]
    named_by_initials = [a for a in candidates if a.actor_id.startswith(INITIALS)]
    if len(leaders) >= 2:  # "kedua kepala negara" are the two leaders, not a leader and his minister
        candidates = leaders
    elif len(named_by_initials) >= 2:  # "Keduanya dijerat ...": the two the crime story names by initials, not the
        candidates = named_by_initials  # police spokesman quoted most
    order = {a.actor_id: position for position, a in enumerate(candidates)}
    chosen = sorted(candidates, key=lambda a: (counts[a.actor_id], order[a.actor_id]), reverse=True)[:2]
    return tuple(sorted(chosen, key=lambda a: order[a.actor_id])) if len(chosen) == 2 else None

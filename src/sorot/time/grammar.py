"""The master pattern: one compiled alternation of named expression kinds.

A match's `lastgroup` is the kind (the outermost named group of the branch that
matched); the inner groups carry the parts the normaliser needs. At one starting
position the first branch that matches wins, so longer readings come first.
"""

from __future__ import annotations

import re

from sorot.time.lexicon import (
    COMPOUND_UNITS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORD_PATTERN,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    VAGUE_QUANTITIES,
)


def _words(words: object) -> str:
    """An alternation of the words, longest first, spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[arg-type]
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


# No start inside a word, a number or a path; a start right after a word and a hyphen is
# let through here and kept by the tagger only after a month's name, the second end of a
# range ("19 Juni-3 Juli 2025"; not "Covid-19 tahun lalu", "U-23"), and the like.
_START = r"(?<![\w./])(?:(?<!-)|(?<=[^\W\d_]-)(?=\d))"
_END = r"(?![\w])"
_MONTH = _words(MONTHS)
_MONTH_ANY = rf"(?:{_MONTH}|(?:{_words(MONTH_ABBREVIATIONS)})\.?)"
# The words before such a hyphen that let a time start after it: a month's name, a time
# zone ("pukul 10.20 WIB-11.43 WIB"), "pra-"/"pasca-" ("pra-1979").
WORD_BEFORE_HYPHEN = re.compile(rf"(?:{_MONTH_ANY}|\bWIB|\bWITA|\bWIT|\bpra|\bpasca)-$", re.IGNORECASE)
# "Minggu" alone is Sunday only with a capital; lower case it is "week" (and the
# capital is kept: `_first_letter_either_case` changes only lower-case word starts).
_WEEKDAY = r"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|ahad|Minggu"
_PART = _words(PARTS_OF_DAY)
_UNIT = _words(UNITS)
_YEAR = r"(?:1[5-9]|20)\d{2}"
_DAY = r"[0-3]?\d"
_MONTH_NUMBER = r"[01]?\d"
_NUMBER = rf"(?:\d+(?:,\d+)?|{NUMBER_WORD_PATTERN})(?:\s+setengah)?|setengah|{VAGUE_QUANTITIES}"
_REPEATABLE_UNITS = ("hari", "minggu", "pekan", "bulan", "tahun", "jam", "menit", "abad", "dekade")
_SE_UNITS = ("hari", "minggu", "pekan", "bulan", "tahun", "jam", "menit", "detik", "abad", "dekade", "windu", "semester")
# Units a duration may go on with after another: "4 tahun 6 bulan", "2 jam 15 menit".
_COMPOUND_UNIT = rf"(?:{_words(COMPOUND_UNITS)})"
# Words after a duration that make it a point in time: a duration of several units before
# one is read unit by unit, as before ("4 tahun 6 bulan lalu").
_COMPOUND_RELATION = r"(?:lalu|silam|kemudian|lagi|sebelumnya|sesudahnya|setelahnya|berikutnya|yang\s+lalu|sebelum|setelah|sesudah)\b"
_EDGE = r"awal|akhir|pertengahan|medio|penghujung|paruh\s+pertama|paruh\s+kedua"
_SHIFT = r"ini|lalu|kemarin|depan|mendatang|nanti|silam|yang\s+lalu"


def _slash_date(prefix: str) -> str:
    """Day/month with an optional year, its groups named after `prefix`."""
    return (
        rf"(?P<{prefix}d>{_DAY})\s*/\s*(?P<{prefix}m>{_MONTH_NUMBER})"
        rf"(?:\s*/\s*(?P<{prefix}y>\d{{4}}|\d{{2}}))?"
    )


_BRANCHES: dict[str, str] = {
    # "Selasa (18/6/2024)", "Rabu (3/9) dini hari", "Senin, 3 Februari 2014", "Sabtu malam",
    # "Selasa malam, 3 Juni 2025",
    # "Jumat pekan lalu", "hari Rabu".
    "weekday": (
        rf"(?:hari\s+)?(?P<wd>{_WEEKDAY})"
        rf"(?:\s*,?\s*\(\s*{_slash_date('wp')}\s*\)"
        rf"|\s*,?\s+(?P<wdd>{_DAY})\s+(?P<wdm>{_MONTH_ANY})(?:\s+(?P<wdy>{_YEAR}))?"
        rf"|\s*,\s*{_slash_date('wn')})?"
        rf"(?:\s+(?P<wd_part>{_PART})(?:\s*\(\s*{_slash_date('wq')}\s*\)"
        rf"|\s*,?\s+(?P<wqdd>{_DAY})\s+(?P<wqdm>{_MONTH_ANY})(?:\s+(?P<wqdy>{_YEAR}))?)?)?"
        rf"(?:\s+(?P<wd_shift>(?:pekan|minggu)\s+(?:ini|lalu|depan|kemarin)|{_SHIFT}|besok|esok|lusa))?{_END}"
    ),
    "clock": (
        r"(?:(?:pukul|jam|pk\.?)\s+(?P<ch>[0-2]?\d)(?:[.:](?P<cm>[0-5]\d))?"
        r"|(?P<bh>[0-2]?\d)[.:](?P<bm>[0-5]\d)(?=\s*(?:WIB|WITA|WIT|GMT|UTC)\b))"
        r"(?:\s*(?P<zone>WIB|WITA|WIT|GMT|UTC|waktu\s+setempat))?(?:\s+(?P<c_part>pagi|siang|sore|malam|dini\s+hari))?(?![\w.,]\d)"
    ),
    # "(18/6/2024)", "( 22/3 )", "18/6/2024", "2024-06-18".
    "numeric_date": (
        rf"\(\s*{_slash_date('np')}\s*\)|{_slash_date('nb')}(?<=\d{{4}})(?![\w/])"
        r"|(?P<iy>(?:19|20)\d{2})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\w:])"
    ),
    # "18 Agustus 1945", "5 Juni", "15-20 Juni", "12 Jun 2025", "17 Agustus 2025 petang".
    "day_month": (
        rf"(?P<dd>{_DAY})(?:\s*(?:-|–|s\.?d\.?|hingga|sampai)\s*(?P<dd2>{_DAY}))?\s+(?P<dm>{_MONTH_ANY})"
        rf"(?:\s+(?P<dy>{_YEAR})|\s+(?P<d_shift>tahun\s+(?:ini|lalu|depan)|{_SHIFT}))?{_END}"
        rf"(?:\s+(?P<d_part>{_PART}){_END})?"
    ),
    "weekend": rf"(?:akhir\s+(?:pekan|minggu))(?:\s+(?P<we_shift>ini|lalu|kemarin|depan|mendatang|itu|tersebut))?{_END}",
    # "Juni tahun lalu", "bulan September 2007", "akhir Mei", "September lalu".
    "month": (
        rf"(?:(?P<mo_edge>{_EDGE})\s+)?(?:bulan\s+)?(?P<mo>{_MONTH}|(?:{_words(MONTH_ABBREVIATIONS)})\.?(?=\s+{_YEAR}))"
        rf"(?:\s+(?:tahun\s+)?(?P<mo_year>{_YEAR})(?!\d)|\s+(?P<mo_shift>tahun\s+(?:ini|lalu|depan|kemarin|mendatang|sebelumnya|berikutnya|itu)|{_SHIFT}))?{_END}"
    ),
    "quarter": (
        rf"(?:kuartal|triwulan|semester|caturwulan)\s+(?:ke-?)?(?P<q>pertama|kesatu|kedua|ketiga|keempat|IV|III|II|I|[1-4])"
        rf"(?:\s*-\s*(?P<q_year_joined>{_YEAR})|\s+(?:tahun\s+)?(?:(?P<q_year>{_YEAR})|(?P<q_shift>ini|lalu|depan|mendatang)))?{_END}"
    ),
    "season": (
        rf"(?:(?P<se_edge>{_EDGE})\s+)?musim\s+(?P<se_name>{_words(SEASONS)})"
        rf"(?:\s+(?:tahun\s+)?(?:(?P<se_year>{_YEAR})|(?P<se_shift>ini|lalu|depan|mendatang)))?{_END}"
    ),
    "century": r"abad\s+(?:ke\s*-?\s*)?(?P<ce_n>\d{1,2}|[IVX]{1,5})(?![\w])",
    # "tahun 580-480 sebelum Masehi", "abad 5 SM".
    "era_year": (
        r"(?:tahun\s+)?(?P<bc>\d{1,4})(?:\s*-\s*(?P<bc2>\d{1,4}))?\s+(?P<era>sebelum\s+Masehi|SM|Masehi)(?!\w)"
    ),
    # "1950an", "tahun 1950-an", "era 90-an".
    "decade": rf"(?:(?:tahun|era|dekade|dasawarsa)\s+)?(?P<de_n>(?:1[5-9]|20)\d0|\d0)\s*-?\s*an{_END}",
    # "tahun 2022", "awal 2014", "2014-2019", "2024/2025".
    "year": (
        rf"(?:(?P<yr_edge>{_EDGE})\s+)?(?:(?P<yr_word>tahun|thn\.?|th\.?|periode|era|TA)\s+)?(?P<yr>{_YEAR})"
        rf"(?:\s*(?:-|–|/)\s*(?P<yr2>{_YEAR}))?(?![\w%]|[.,]\d|-)"
        # "2023 lalu", "tahun 2023 kemarin": the word marks the year as past, it is not a day.
        r"(?:\s+(?:lalu|kemarin|silam)(?!\w))?"
    ),
    # "hari ini", "pekan lalu", "awal pekan ini", "bulan depan", "akhir tahun", "tahun itu", "hari yang sama",
    # "keesokan harinya" (the day after the narrative's).
    "relative": (
        rf"(?:(?P<re_next>keesokan\s+hari(?:nya)?|esok\s+harinya)"
        rf"|(?P<re_edge>{_EDGE})\s+(?P<re_unit_e>hari|minggu|pekan|bulan|tahun)"
        rf"(?:\s+(?P<re_shift_e>ini|lalu|kemarin|depan|mendatang|itu|tersebut|sebelumnya|berikutnya))?"
        rf"|(?P<re_unit>hari|minggu|pekan|bulan|tahun|dekade|dasawarsa)\s+"
        rf"(?P<re_shift>ini|lalu|kemarin|depan|mendatang|itu|tersebut|sebelumnya|berikutnya|silam|yang\s+lalu|yang\s+sama(?!\s+tahun)))(?!\w|-)"
    ),
    # "kemarin", "besok", "tadi malam", "malam ini", "dini hari", "sebelum fajar".
    "deictic": (
        rf"(?:(?P<dx_day>kemarin\s+lusa|besok\s+lusa|kemarin|besok|lusa|esok(?:\s+hari)?)(?:\s+(?P<dx_day_part>{_PART}))?"
        rf"|(?P<dx_tadi>tadi|nanti)\s+(?P<dx_tadi_part>pagi|siang|sore|malam)"
        rf"|(?P<dx_part>{_PART})\s+(?P<dx_shift>ini|tadi|nanti|itu|harinya|hari\s+ini|hari)"
        r"|(?P<dx_last_night>semalam)"
        r"|(?P<dx_bare>dini\s+hari|(?:sebelum|menjelang)\s+fajar|tengah\s+malam|larut\s+malam)"
        rf"){_END}"
    ),
    "reference": (
        r"(?P<present>saat\s+ini|kini|sekarang|dewasa\s+ini|masa\s+kini|belakangan\s+ini|akhir-akhir\s+ini"
        r"|zaman\s+sekarang|hari-hari\s+ini)"
        r"|(?P<then>saat\s+itu|ketika\s+itu|waktu\s+itu|kala\s+itu|masa\s+itu)"
        r"|(?P<future>masa\s+depan|masa\s+mendatang|ke\s+depan(?:nya)?)"
        r"|(?P<past>masa\s+lalu|masa\s+lampau|baru-baru\s+ini|belum\s+lama\s+ini|zaman\s+dulu|tempo\s+dulu)"
        rf"{_END}"
    ),
    # "setiap tahun", "per hari", "tiap Senin", "setiap 18 Juni", "setiap bulan Juni", "dua kali
    # seminggu"; not "per hari ini" (as of today).
    "set": (
        # (not a date after "per", which is "as of": "berlaku per 1 Juli 2025")
        rf"(?:(?:setiap|tiap(?:-tiap)?|saban)\s+(?:(?:tanggal\s+)?(?P<set_dd>{_DAY})\s+(?P<set_dm>{_MONTH})|bulan\s+(?P<set_mo>{_MONTH}))(?!\s+\d)"
        rf"|(?:setiap|tiap(?:-tiap)?|saban|per)\s+(?:(?P<set_n>\d+|{NUMBER_WORD_PATTERN})\s+)?"
        rf"(?:(?P<set_unit>{_UNIT})|(?P<set_wd>{_WEEKDAY}|minggu)|(?P<set_part>{_PART}))"
        rf"|(?:sekali|(?:dua|tiga|empat|lima|\d+)\s+kali)\s+(?:dalam\s+)?(?:se|satu\s+|per\s+)"
        rf"(?P<set_freq_unit>hari|minggu|pekan|bulan|tahun|jam))"
        rf"{_END}(?!\s+(?:ini|itu|tersebut|lalu|depan))"
    ),
    # "berbulan-bulan", "bertahun-tahun".
    "vague_duration": rf"(?P<vd>{_words(f'ber{unit}-{unit}' for unit in _REPEATABLE_UNITS)})(?!\w)",
    # "30 hari", "lebih dari satu setengah jam", "24 tahun lalu", "sehari sebelumnya",
    # "dua minggu terakhir", "beberapa menit", "4 tahun 6 bulan", "1 menit 45,694 detik".
    "amount": (
        r"(?:(?P<am_qual>lebih\s+dari|kurang\s+dari|hampir|nyaris|sekitar|setidaknya|sedikitnya|paling\s+tidak)\s+)?"
        rf"(?:(?P<am_n>{_NUMBER})\s+(?P<am_unit>{_UNIT})"
        rf"(?P<am_more>(?:[^\S\n]+(?:dan[^\S\n]+)?(?:\d+(?:,\d+)?|{NUMBER_WORD_PATTERN})[^\S\n]+{_COMPOUND_UNIT}(?![\w-]))+"
        rf"(?![^\S\n]+{_COMPOUND_RELATION})|)"
        rf"|(?P<am_se>{_words(f'se{unit}' for unit in _SE_UNITS)}))"
        r"(?![\w-]|\s+(?:1[5-9]|20)\d\d\b|\s+ke-)"
        r"(?:\s+(?P<am_rel>sebelumnya|sesudahnya|setelahnya|kemudian|berikutnya|lagi|yang\s+lalu|lalu|silam|"
        r"sebelum|setelah|sesudah|terakhir|belakangan|mendatang|ke\s+depan)(?!\w))?"
    ),
}

# A lower-case run of letters in a pattern, unless it is an escape, a group name or a flag.
_PATTERN_WORD = re.compile(r"\\.|\(\?P[<=]\w+[>)]|(?<![A-Za-z])([a-z])")


def _first_letter_either_case(pattern: str) -> str:
    """Let every word of `pattern` start with either case ("[Hh]ari"), as sentence-initial
    words are capitalised. re.IGNORECASE would also do it, but makes the scan four
    times slower."""
    return _PATTERN_WORD.sub(
        lambda m: f"[{m[1].upper()}{m[1]}]" if m[1] else m[0],
        pattern,
    )


def _trie(words: set[str]) -> str:
    """An alternation of `words` as a prefix tree ("b(?:ulan|esok)"), which the regex
    engine rejects in a few steps: each alternative starts with a literal."""
    heads: dict[str, set[str]] = {}
    for word in words:
        heads.setdefault(word[0], set()).add(word[1:])
    parts = []
    for head, tails in sorted(heads.items()):
        rest = {tail for tail in tails if tail}
        sub = f"(?:{_trie(rest)})" if rest else ""
        parts.append(re.escape(head) + (sub + "?" if "" in tails and rest else sub))
    return "|".join(parts)


def _trigger(bodies: list[str]) -> str:
    """A lookahead every match starts with: a digit, "(", or a whole word that occurs in
    the patterns. Most word starts fail it at once, and only the rest try the branches."""
    literals = [_GROUP_SYNTAX.sub("(", body) for body in bodies]
    words = {word.lower() for body in literals for word in _LITERAL_WORD.findall(body) if len(word) > 1}
    first_letters = sorted({word[0] for word in words})
    by_letter = [
        f"[{letter.upper()}{letter}](?:{_trie({w[1:] for w in words if w[0] == letter} - {''})})"
        for letter in first_letters
    ]
    return r"(?=[\d(]|(?:" + "|".join(by_letter) + ")(?![a-z]))"


_LITERAL_WORD = re.compile(r"(?<!\\)(?<![A-Za-z])[A-Za-z]+")
_GROUP_SYNTAX = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)")
_BODIES = [_first_letter_either_case(body) for body in _BRANCHES.values()]

MASTER = re.compile(
    _START
    + _trigger(list(_BRANCHES.values()))
    + "(?:"
    + "|".join(f"(?P<{name}>{body})" for name, body in zip(_BRANCHES, _BODIES))
    + ")"
)

# Words that make a bare four-digit number a count rather than a year.
COUNT_NOUN_AFTER = re.compile(
    r"\s*(?:orang|jiwa|unit|buah|ekor|kasus|personel|tentara|pasukan|prajurit|warga|peserta|siswa|mahasiswa"
    r"|rumah|kk|keluarga|ton|kg|km|meter|m|hektare|ha|liter|dolar|rupiah|kali|titik|kontainer|butir|lembar"
    r"|mdpl|mw|kwh|cc|desa|sekolah|pekerja|karyawan|anggota|suara|pemilih|kursi|tps|halaman|poin|lot|saham"
    r"|barel|bph|ekor|batang|paket|dosis|sampel|korban|penumpang|kendaraan|pengunjung)\b",
    re.IGNORECASE,
)
# A statute's number right before "Tahun YYYY": "UU Nomor 35 Tahun 2009", "PP No. 28 Tahun 2024".
# A letter code may come before the number: "Keputusan Dirjen Nomor PR 22 Tahun 2024", "Nomor
# e-0046 Tahun 2025" (not "nomor urut 2 tahun 2019", a candidate's number).
STATUTE_BEFORE = re.compile(r"\b(?:nomor|nomer|no)\.?\s*(?:(?-i:[A-Z]{1,5})[\s.-]?|[a-z]-)?\d+[a-z]?\s*$", re.IGNORECASE)
# A law named by its subject right before its year: "Undang-Undang Pesawat Udara, 1934", "UU Cipta Kerja tahun 2020".
NAMED_STATUTE_BEFORE = re.compile(r"\b(?:undang-undang|uu)(?:\s+(?-i:[A-Z][\w-]*)){1,5},?\s*$", re.IGNORECASE)
# Words that make a following number an identifier, an amount or a score.
NUMBER_LABEL_BEFORE = re.compile(
    r"(?:\brp|us\$|\$|€|\b(?:no|nomor|nomer|pasal|ayat|km|kilometer|nopol|kode|seri|tipe|versi|model|skor|nrp|nip|rt|rw))\.?\s*$",
    re.IGNORECASE,
)

"""Indonesian words for calendar units, names and numbers, and what they mean."""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
}  # fmt: skip
# Abbreviations stand for a month only next to a day number or a year ("12 Jun 2025").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8,
    "agust": 8, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
}  # fmt: skip

# ISO weekday numbers (Monday 1).
WEEKDAYS: dict[str, int] = {
    "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "sabtu": 6,
    "minggu": 7, "ahad": 7,
}  # fmt: skip

# TIMEX3 part-of-day codes.
PARTS_OF_DAY: dict[str, str] = {
    "pagi": "MO", "dini hari": "MO", "subuh": "MO", "fajar": "MO", "siang": "MI", "tengah hari": "MI",
    "sore": "AF", "petang": "EV", "malam": "NI", "tengah malam": "NI", "larut malam": "NI",
}  # fmt: skip

# Calendar units: the TIMEX3 duration designator, whether it is a time (PT...) unit,
# and how many of that designator one unit is.
UNITS: dict[str, tuple[str, bool, int]] = {
    "detik": ("S", True, 1), "menit": ("M", True, 1), "jam": ("H", True, 1),
    "hari": ("D", False, 1), "minggu": ("W", False, 1), "pekan": ("W", False, 1),
    "bulan": ("M", False, 1), "kuartal": ("M", False, 3), "triwulan": ("M", False, 3),
    "semester": ("M", False, 6), "tahun": ("Y", False, 1), "windu": ("Y", False, 8),
    "dekade": ("DE", False, 1), "dasawarsa": ("DE", False, 1), "abad": ("CE", False, 1),
}  # fmt: skip

# Units a duration may run through, largest first: "4 tahun 6 bulan", "1 menit 45,694 detik".
COMPOUND_UNITS = ("tahun", "bulan", "hari", "jam", "menit", "detik")

SEASONS: dict[str, str] = {"panas": "SU", "dingin": "WI", "semi": "SP", "gugur": "FA"}

ORDINALS: dict[str, int] = {
    "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
}  # fmt: skip

_DIGIT_WORDS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}  # fmt: skip
_SE_NUMBERS: dict[str, int] = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_MULTIPLIERS: dict[str, int] = {"belas": 10, "puluh": 10, "ratus": 100, "ribu": 1000}

DIGIT_WORD_PATTERN = "|".join(_DIGIT_WORDS)
_NUMBER_TOKEN = rf"(?:{DIGIT_WORD_PATTERN}|sepuluh|sebelas|seratus|seribu)"
NUMBER_WORD_PATTERN = rf"{_NUMBER_TOKEN}(?:\s+(?:{_NUMBER_TOKEN}|belas|puluh|ratus|ribu))*"
VAGUE_QUANTITIES = r"beberapa|sejumlah|puluhan|belasan|ratusan|ribuan"

_TOKEN = re.compile(r"[a-z]+")


def number_value(text: str) -> float | None:
    """The value of a number written in digits ("30", "1,5") or words ("dua puluh lima",
    "satu setengah"); None for a vague quantity such as "beberapa"."""
    text = text.lower().strip()
    half = 0.0
    if text.endswith("setengah"):
        half = 0.5
        text = text[: -len("setengah")].strip()
        if not text:
            return half
    if text[:1].isdigit():
        return float(text.replace(".", "").replace(",", ".")) + half
    total, current = 0, 0
    for token in _TOKEN.findall(text):
        if token in _DIGIT_WORDS:
            current += _DIGIT_WORDS[token]
        elif token in _SE_NUMBERS:
            current += _SE_NUMBERS[token]
        elif token == "belas":
            current += 10
        elif token == "se":
            current += 1
        elif token in _MULTIPLIERS:
            current = max(current, 1) * _MULTIPLIERS[token]
            if token in ("ratus", "ribu"):
                total, current = total + current, 0
        else:
            return None
    return float(total + current) + half

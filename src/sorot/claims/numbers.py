"""Indonesian number expressions: digits, number words, scale words, currencies, percent.

`NUMBER` is one precompiled pattern that finds a number expression with its currency
and percent sign; `parse_match` turns a match into a `Quantity` (value, unit, whether
the value is vague). `parse_number` does the same for a whole string and is what the
tests and callers outside the extractor use:

    parse_number("11.000")          -> 11000
    parse_number("1,5 juta")        -> 1500000
    parse_number("US$240 miliar")   -> 240e9 USD
    parse_number("satu setengah")   -> 1.5
    parse_number("ribuan")          -> 1000, vague

Digit conventions are Indonesian: "." groups thousands ("11.000") and "," is the
decimal mark ("1,5"). A dot followed by one or two digits ("1.5 juta") is read as an
English decimal point, which Indonesian outlets also print when copying wire copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
# Words that are a whole number by themselves (the "se-" forms mean "one ...").
WHOLE = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1e6, "semiliar": 1e9, "setriliun": 1e12}
SCALES = {
    "ribu": 1e3, "rb": 1e3, "k": 1e3,
    "juta": 1e6, "jt": 1e6,
    "miliar": 1e9, "milyar": 1e9, "billion": 1e9, "m": 1e9,
    "triliun": 1e12, "trilyun": 1e12, "t": 1e12,
    "kuadriliun": 1e15,
}
# Vague quantities: "ribuan" is "thousands", read as at least 1000.
VAGUE = {
    "puluhan": 10, "belasan": 10, "ratusan": 100, "ribuan": 1e3,
    "jutaan": 1e6, "miliaran": 1e9, "milyaran": 1e9, "triliunan": 1e12,
}

CURRENCY_PREFIX = {
    "us$": "USD", "usd": "USD", "$": "USD", "us $": "USD",
    "rp": "IDR", "rp.": "IDR", "idr": "IDR",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY",
    "s$": "SGD", "sgd": "SGD", "rm": "MYR", "a$": "AUD", "hk$": "HKD",
}
CURRENCY_SUFFIX = {
    "dolar as": "USD", "dollar as": "USD", "dolar amerika": "USD", "dollar amerika": "USD",
    "dolar amerika serikat": "USD", "dollar amerika serikat": "USD",
    "dolar singapura": "SGD", "dolar australia": "AUD", "dolar hong kong": "HKD",
    "dolar kanada": "CAD", "dolar taiwan": "TWD", "dolar selandia baru": "NZD",
    "dolar": "USD", "dollar": "USD", "usd": "USD",
    "rupiah": "IDR", "euro": "EUR", "eur": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "won": "KRW", "ringgit": "MYR", "poundsterling": "GBP", "pound sterling": "GBP", "pound": "GBP", "pounds": "GBP",
    "rubel": "RUB", "riyal": "SAR", "rupee": "INR", "rupe": "INR", "baht": "THB", "peso": "PHP",
    "dirham": "AED", "lira": "TRY", "franc": "CHF", "hryvnia": "UAH", "shekel": "ILS", "paun": "GBP",
}

_DIGIT_WORD = "|".join(DIGITS)
_WORD = rf"(?:{_DIGIT_WORD}|sepuluh|sebelas|seratus|seribu|sejuta|semiliar|setriliun|setengah(?=\s+(?:ribu|juta|miliar|triliun)\b))"
_WORD_TAIL = rf"(?:{_DIGIT_WORD}|sepuluh|sebelas|seratus|seribu|belas|puluh|ratus|ribu|juta|miliar|milyar|triliun|setengah)"
_SCALE_WORD = r"(?:ribu|rb|juta|jt|miliar|milyar|triliun|trilyun|kuadriliun)"
_VAGUE_WORD = "|".join(VAGUE)
# Digits: "11.000", "1.500.000,75", "1,5", "1.5", "240".
_DIGIT_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\.?\d)|\d+,\d+|\d+\.\d{1,2}(?![\d.])|\d+(?![.,]?\d)"
_PREFIX = r"(?P<cur>US\s?\$|USD|IDR|Rp\.?|\$|€|EUR|£|GBP|¥|S\$|SGD|RM|A\$|HK\$)\s?(?=\d)"
_SUFFIX_CURRENCY = "|".join(sorted((re.escape(s).replace(r"\ ", r"\s+") for s in CURRENCY_SUFFIX), key=len, reverse=True))

NUMBER = re.compile(
    rf"""
    (?<![\w$€£¥/.,:-])
    (?:{_PREFIX})?
    (?:
        (?P<digits>{_DIGIT_NUMBER})
        (?:\s?(?P<dvague>ribuan|jutaan|miliaran|milyaran|triliunan)\b|\s?(?P<dscale>{_SCALE_WORD}\b|(?<=\d)(?:rb|jt)\b|(?:(?<=\d)|(?<=\d\s))[MTK]\b(?!-)))?
      | (?P<vague>{_VAGUE_WORD})(?:\s+(?P<vscale>ribu|juta|miliar|milyar|triliun)\b)?
      | (?P<words>{_WORD}(?:\s+{_WORD_TAIL})*)
    )
    (?:(?!\w)|(?=persen\b))
    (?:
        \s?(?P<pct>%|persen\b|per\s?sen\b)
      | \s+(?P<curword>{_SUFFIX_CURRENCY})\b
    )?
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Quantity:
    """A parsed number expression. `unit` is a currency code, "percent", or None."""

    value: float
    unit: str | None
    vague: bool


def words_value(text: str) -> float | None:
    """The value of a run of Indonesian number words ("dua puluh tiga ribu", "satu setengah")."""
    total = 0.0
    small = 0.0
    last = 0.0
    seen = False
    for token in text.lower().split():
        if token in DIGITS:
            last = DIGITS[token]
            small += last
        elif token in WHOLE:
            value = WHOLE[token]
            if value >= 1000:
                total += value
                small = 0.0
            else:
                small += value
            last = 0.0
        elif token == "belas":
            small += 10
            last = 0.0
        elif token in ("puluh", "ratus"):
            factor = 10 if token == "puluh" else 100
            small += last * factor - last
            last = 0.0
        elif token == "setengah":
            small += 0.5
            last = 0.0
        elif token in SCALES:
            total += (small or 1) * SCALES[token]
            small = 0.0
            last = 0.0
        else:
            return None
        seen = True
    return total + small if seen else None


def digits_value(text: str) -> float:
    """The value of an Indonesian digit string ("11.000" -> 11000, "1,5" -> 1.5, "1.5" -> 1.5)."""
    if "," in text:
        whole, _, fraction = text.partition(",")
        return float(whole.replace(".", "") + "." + fraction)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return float(text.replace(".", ""))
    return float(text)


def parse_match(match: re.Match) -> Quantity | None:
    """The quantity a `NUMBER` match denotes, or None when it is not a number after all."""
    currency = None
    cur = match.group("cur")
    if cur:
        currency = CURRENCY_PREFIX.get(re.sub(r"\s+", " ", cur.lower()), "USD" if "$" in cur else None)
    vague = False
    if match.group("digits"):
        value = digits_value(match.group("digits"))
        scale = match.group("dscale")
        if scale:
            key = scale.lower()
            if key in ("m", "t", "k") and not currency:
                return None
            value *= SCALES[key]
        elif match.group("dvague"):
            # "Rp 384 jutaan": some 384 million.
            value *= VAGUE[match.group("dvague").lower()]
            vague = True
    elif match.group("vague"):
        value = VAGUE[match.group("vague").lower()]
        if match.group("vscale"):
            value *= SCALES[match.group("vscale").lower()]
        vague = True
    else:
        parsed = words_value(match.group("words"))
        if parsed is None:
            return None
        value = parsed
    unit = currency
    if match.group("pct"):
        unit = "percent"
    elif match.group("curword"):
        unit = CURRENCY_SUFFIX.get(re.sub(r"\s+", " ", match.group("curword").lower()), unit)
    return Quantity(value, unit, vague)


def parse_number(text: str) -> Quantity | None:
    """The quantity of a string that is one number expression, or None."""
    match = NUMBER.fullmatch(text.strip())
    return parse_match(match) if match else None

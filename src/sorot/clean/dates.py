"""Publication date (DCT) of an article: from the outlet's raw string, a date line, or the text.

Values are ISO 8601 at the precision known: ``2025-06-18T14:05+07:00`` when a clock
time is given (to the minute; a time with no zone is taken as WIB), ``2025-06-18``,
``2025-06`` or ``2025``.

`infer_dct` reads the first `SCAN_CHARS` characters of an article body and applies
these rules in order, stopping at the first that gives a value:

1. ``text:weekday-date`` -- a weekday with a date: "Selasa (18/6/2024)", "Rabu (3/9)",
   "Senin, 9/6/2025", "Kamis (20 Juni 2024)". An adjacent "hari ini" keeps the date,
   "kemarin" gives date + 1 day, "besok" date - 1 day. Otherwise a date marked as
   future ("mendatang", "nanti", "Senin depan", or a clause whose nearest tense word
   before it is "akan", "dijadwalkan", "pekan depan", ...) is skipped. So is a date
   whose weekday disagrees with its stated year ("Rabu (18/6/2026)"; about 1 in 30 in
   news), as the text does not say which of the two is the typo. A date without a year
   takes the first year, from the latest stated year on, in which that day and month
   fall on that weekday; with no stated year, the latest such date on or before
   `not_after` in its year or the year before; with neither, it is skipped. Of the dates
   left, the latest wins: a news report leads with its newest development.
2. ``text:full-date`` -- the latest "18 Juni 2025" / "18/6/2025" in the first
   `LEAD_SENTENCES` sentences (this covers datelines such as "Jakarta, 18/6/2025 -"),
   not marked as future, not in a year before the latest stated year, and not part of a
   weekday-date (rule 1 has already accepted or rejected those).
3. ``text:year`` -- only when a stated year is tied to a relative phrase: "sejak
   Oktober 2024", "2024 atau tahun lalu", "tahun lalu (2024)" say it is past (year + 1);
   "tahun ini (2025)", "2025 ini" say it is current. The value is the largest such year,
   raised to the latest stated year if that is later.
4. ``none``.

Stated years are 19xx/20xx numbers that are not glued to other text, not inside a name
("Piala Dunia 2026", "RAPBN 2026", "Indonesia Emas 2045": a name may point anywhere in
time), not marked as future and not after `not_after`. Every value is on or before
`not_after` when that is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

SCAN_CHARS = 3000
LEAD_SENTENCES = 5
# How far before a date a tense word ("akan", "telah") can still govern it, and how far
# back "kemarin, " / "hari ini, pada hari " may stand.
_TENSE_REACH = 80
_MARK_REACH = 25
# Any day and month recur on the same weekday within 28 years (29 February included).
_WEEKDAY_CYCLE = 28
_MIN_YEAR, _MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class DctDecision:
    """An article's publication date, how it was decided and the text it was read from."""

    value: str | None
    source: str
    evidence: str | None


_MONTH_NAMES: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nop": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAY_NAMES: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6,
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
_ZONE_OFFSETS = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00", "utc": "+00:00", "gmt": "+00:00", "z": "+00:00"}
_DEFAULT_OFFSET = _ZONE_OFFSETS["wib"]


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so that "Juni" wins over "Jun"."""
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


_MONTH = rf"(?i:{_alternation(_MONTH_NAMES)})(?![a-zA-Z])\.?"
_WEEKDAY_ID = "Senin|Selasa|Rabu|Kamis|Jum['’`]?at|Sabtu|Minggu|Ahad"
_WEEKDAY_ANY = rf"(?<![a-zA-Z])(?:Jum['’`]?at|{_alternation(n for n in _WEEKDAY_NAMES if n != 'jumat')})(?![a-zA-Z])"
# In running text only a capitalised or upper-case weekday counts ("minggu" is also "week").
_WEEKDAY_TEXT = rf"(?:{_WEEKDAY_ID}|{_WEEKDAY_ID.upper()})(?![\w])"

# --- raw publication strings and date lines ------------------------------------------

_DATE = (
    rf"(?<!\d)(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[\s./-]*(?P<m1>{_MONTH})[\s.,/-]*(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})(?P<s3>[-/.])(?P<m3>\d{1,2})(?P=s3)(?P<d3>\d{1,2})"
    r"|(?P<d4>\d{1,2})(?P<s4>[-/.])(?P<m4>\d{1,2})(?P=s4)(?P<y4>\d{4}|\d{2}))(?!\d)"
)
_CLOCK = (
    r"(?:\s*(?:[,|@T]|[-–—](?!\d))?\s*(?:(?:pukul|jam|at)\s*)?"
    r"(?<!\d)(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.]\d{2}(?:\.\d+)?)?(?!\d)"
    r"(?:\s*(?P<ampm>[ap])\.?m\.?(?![a-z]))?"
    r"(?:\s*(?P<zone>WITA|WIB|WIT|UTC|GMT|Z)(?![a-z]))?"
    r"(?:\s*(?P<offset>[+-]\d{2}:?\d{2}|[+-]\d{1,2})(?![\d:]))?)?"
)
_DATETIME = rf"(?:(?P<weekday>{_WEEKDAY_ANY})[\s,.-]*)?{_DATE}{_CLOCK}"
_PUBLISHED = re.compile(_DATETIME, re.IGNORECASE)
_DATE_LINE = re.compile(rf"\s*{_DATETIME}[\s.]*", re.IGNORECASE)
_MONTH_OR_YEAR = re.compile(
    rf"\s*(?:(?P<month>{_MONTH})\s*(?P<year>\d{{4}})|(?P<iso_year>\d{{4}})(?:-(?P<iso_month>\d{{2}}))?)\s*"
)

# --- article text ----------------------------------------------------------------------

# A one- or two-digit day not glued to a digit or "/" before it; the lookbehind sits after
# the first digit because a leading lookbehind makes every scan several times slower.
_DAY_NUMBER = r"\d(?<![\d/]\d)\d?"
_RELATIVE = r"hari\s+ini|kemarin|besok"
_WEEKDAY_DATE = re.compile(
    rf"(?P<weekday>{_WEEKDAY_TEXT})"
    r"(?P<between>(?:\s+(?i:pagi|siang|sore|malam|dini\s+hari|kemarin|besok|lalu|mendatang|depan|nanti|hari\s+ini|ini)){0,2})"
    r"(?:\s*(?P<open>\()\s*|\s*,\s*|\s+)"
    r"(?:(?P<nd>\d{1,2})/(?P<nm>\d{1,2})(?:/(?P<ny>\d{4}|\d{2}))?(?![\d/])"
    rf"|(?P<td>\d{{1,2}})\s+(?P<tm>{_MONTH})(?:\s+(?P<ty>\d{{4}}))?(?!\d))"
    r"(?(open)\s*\))"
)
_FULL_DATE = re.compile(
    rf"(?P<day>{_DAY_NUMBER})(?:\s+(?P<tm>{_MONTH})\s+(?P<ty>\d{{4}})|/(?P<nm>\d{{1,2}})/(?P<ny>\d{{4}}))(?![\d/])"
)
_MARK_AFTER = re.compile(
    r"[\s,]*(?:(?:pagi|siang|sore|malam|dini\s+hari|waktu\s+setempat)[\s,]+)?"
    rf"(?P<mark>{_RELATIVE}|mendatang|nanti|akan|lalu)(?![a-z])",
    re.IGNORECASE,
)
_MARK_BEFORE = re.compile(rf"(?<![a-z])(?P<mark>{_RELATIVE})[\s,]*(?:pada\s+)?(?:hari\s+)?$", re.IGNORECASE)
_BETWEEN_MARK = re.compile(rf"{_RELATIVE}|mendatang|depan|nanti", re.IGNORECASE)
_SHIFT_DAYS = {"hari ini": 0, "kemarin": 1, "besok": -1}
_FUTURE_MARKS = frozenset({"mendatang", "depan", "nanti", "akan"})
_TENSE = re.compile(
    r"(?<![a-z])(?:(?P<future>akan|bakal|hendak|dijadwalkan|direncanakan|rencananya|berencana|mendatang|nanti"
    r"|menargetkan|ditargetkan|target|diproyeksikan|(?:pekan|minggu|bulan|tahun)\s+depan)"
    r"|(?P<past>telah|sudah|sempat|pernah|lalu|kemarin))(?![a-z])",
    re.IGNORECASE,
)
_CLAUSE_BREAKS = ".!?;\"“”\n"
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“(A-Z])|\n")
_YEAR = re.compile(r"(?:19|20)\d\d(?![\w%]|[.,]\d)")
_NOT_BEFORE_YEAR = "$.,:"  # "US$2025", "1.2025", "12:2025" are not years
_WORD_BEFORE = re.compile(r"([A-Z][\w&'.-]*)\s+$")
# Capitalised words that may stand before a year that is a time, not part of a name.
_YEAR_LEAD_WORDS = frozenset(
    "pada sejak hingga sampai tahun awal akhir pertengahan medio sebelum setelah sesudah selama "
    "dari di dalam hari jelang menjelang periode semester kuartal triwulan per mulai".split()
)
_YEAR_MARK_BEFORE = re.compile(
    rf"(?:(?P<past>sejak\s+{_MONTH}|tahun\s+(?:lalu|kemarin)[\s,(]*(?:(?:atau|yakni|yaitu|pada)\s+)*(?:{_MONTH})?)"
    r"|(?P<now>tahun\s+ini[\s,(]*(?:(?:yakni|yaitu|pada)\s+)*))\s*$",
    re.IGNORECASE,
)
_YEAR_MARK_AFTER = re.compile(
    r"\)?\s*(?:(?:,|atau|yakni|yaitu)\s*)?\(?\s*(?:(?P<past>tahun\s+(?:lalu|kemarin))|(?P<now>tahun\s+ini))(?![a-z])"
    r"|\s+ini(?![a-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Year:
    """A year the text states as a time, with its span."""

    value: int
    start: int
    end: int


# --- public API ------------------------------------------------------------------------


def parse_published(raw: str) -> str | None:
    """Parse an outlet's raw publication-date string to ISO 8601, or None if it is not a date.

    Gives a datetime with its UTC offset when a clock time is given (WIB=+07:00,
    WITA=+08:00, WIT=+09:00; a time with no zone is taken as WIB). A day name that
    disagrees with the date means the string is corrupt, so it gives None.
    """
    text = raw.replace("\xa0", " ")
    match = _PUBLISHED.search(text)
    if match:
        return _datetime_iso(match)
    partial = _MONTH_OR_YEAR.fullmatch(text)
    return _partial_iso(partial) if partial else None


def parse_date_line(line: str) -> str | None:
    """If a whole line is just a date ("Jumat, 3 Oktober 2025", "18/06/2025"), its ISO value, else None."""
    match = _DATE_LINE.fullmatch(line.replace("\xa0", " "))
    return _datetime_iso(match) if match else None


def infer_dct(text: str, *, not_after: str | None = None) -> DctDecision:
    """Infer the DCT from an article body when the page prints no date (rules in the module docstring).

    `not_after` is an ISO date upper bound ("2025-06-18", "2025-06" or "2025"), such as
    the day the page was scraped.
    """
    window = text[:SCAN_CHARS]
    bound = _upper_bound(not_after)
    years = _stated_years(window, bound)
    latest_year = max((year.value for year in years), default=None)
    weekday_matches = list(_WEEKDAY_DATE.finditer(window))
    weekday = _latest(_weekday_dates(window, weekday_matches, latest_year, bound))
    if weekday:
        return _decision(text, weekday, "text:weekday-date")
    taken = [(match.start(), match.end()) for match in weekday_matches]
    full = _latest(_full_dates(window[: _lead_end(window)], taken, latest_year, bound))
    if full:
        return _decision(text, full, "text:full-date")
    return _year_estimate(window, years, bound) or DctDecision(None, "none", None)


# --- parsing helpers -------------------------------------------------------------------


def _datetime_iso(match: re.Match[str]) -> str | None:
    """ISO value of a `_DATETIME` match, or None if the date is invalid or the day name disagrees."""
    day = _match_date(match)
    if day is None:
        return None
    weekday = match["weekday"]
    if weekday and _weekday_number(weekday) != day.weekday():
        return None
    if match["hour"] is None:
        return day.isoformat()
    hour, minute = int(match["hour"]), int(match["minute"])
    if match["ampm"]:
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}{_offset(match['zone'], match['offset'])}"


def _match_date(match: re.Match[str]) -> date | None:
    """The calendar date in whichever `_DATE` alternative matched."""
    for day, month, year in (("d1", "m1", "y1"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d4", "m4", "y4")):
        if match[day]:
            return _valid_date(_full_year(match[year]), _month_number(match[month]), int(match[day]))
    return None


def _partial_iso(match: re.Match[str]) -> str | None:
    """"2025-06" or "2025" from a month-and-year or year-only string."""
    if match["month"]:
        year, month = int(match["year"]), _month_number(match["month"])
    else:
        year, month = int(match["iso_year"]), int(match["iso_month"] or 0)
    if not _MIN_YEAR <= year <= _MAX_YEAR or month > 12 or (match["iso_month"] and month < 1):
        return None
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _offset(zone: str | None, offset: str | None) -> str:
    """UTC offset "+07:00" from a zone name and/or a numeric offset; WIB when neither is given."""
    if offset:
        sign, digits = offset[0], offset[1:].replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        return f"{sign}{int(hours):02d}:{minutes}"
    return _ZONE_OFFSETS[zone.lower()] if zone else _DEFAULT_OFFSET


def _month_number(token: str) -> int:
    """Month number of a numeric or named month ("06", "Juni", "Sept.")."""
    return int(token) if token.isdigit() else _MONTH_NAMES[token.rstrip(".").lower()]


def _weekday_number(name: str) -> int:
    """Monday=0 weekday number of a day name ("Jum'at", "RABU", "Wed")."""
    return _WEEKDAY_NAMES[re.sub(r"[^a-z]", "", name.lower())]


def _full_year(token: str) -> int:
    """A four-digit year from "2025" or "25"."""
    return 2000 + int(token) if len(token) == 2 else int(token)


def _valid_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (31 June) or the year is implausible."""
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _upper_bound(not_after: str | None) -> date | None:
    """The last day allowed by an ISO date, month or year."""
    if not not_after:
        return None
    parts = not_after[:10].split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 12, 31)
        if len(parts) == 2:
            first = date(int(parts[0]), int(parts[1]), 1)
            return (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        return date.fromisoformat(not_after[:10])
    except ValueError as error:
        raise ValueError(f"not_after must be an ISO date such as 2025-06-18, got {not_after!r}") from error


# --- text helpers ----------------------------------------------------------------------

_Found = tuple[date, int, int]


def _decision(text: str, found: _Found, source: str) -> DctDecision:
    """A day-precision decision with its evidence."""
    day, start, end = found
    return DctDecision(day.isoformat(), source, text[start:end])


def _latest(found: list[_Found]) -> _Found | None:
    """The latest date; of equal dates, the first mentioned."""
    return max(found, key=lambda item: (item[0], -item[1]), default=None)


def _weekday_dates(
    window: str, matches: list[re.Match[str]], reference_year: int | None, bound: date | None
) -> list[_Found]:
    """The usable weekday-dates among `_WEEKDAY_DATE` matches, as (implied DCT, evidence start, end)."""
    found = []
    for match in matches:
        if _glued(window, match.start()):
            continue
        numeric = match["nd"] is not None
        day, month, year = (match["nd"], match["nm"], match["ny"]) if numeric else (match["td"], match["tm"], match["ty"])
        if numeric and not year and not match["open"]:
            continue  # "Minggu, 1/3 warga": a bare fraction after a weekday is not a date
        weekday = _weekday_number(match["weekday"])
        if year:
            stated = _valid_date(_full_year(year), _month_number(month), int(day))
            if stated and stated.weekday() != weekday:
                continue  # one of the two is a typo, and the text does not say which
        else:
            stated = _resolve_year(int(day), _month_number(month), weekday, reference_year, bound)
        implied = _implied_dct(window, match.start(), match.end(), match["between"], stated) if stated else None
        if implied and (bound is None or implied[0] <= bound):
            found.append(implied)
    return found


def _full_dates(lead: str, taken: list[tuple[int, int]], latest_year: int | None, bound: date | None) -> list[_Found]:
    """The usable full dates in the lead outside weekday-dates (`taken`), as (implied DCT, start, end)."""
    found = []
    for match in _FULL_DATE.finditer(lead):
        if any(start <= match.start() < end for start, end in taken):
            continue
        if match["tm"]:
            stated = _valid_date(int(match["ty"]), _month_number(match["tm"]), int(match["day"]))
        else:
            stated = _valid_date(int(match["ny"]), int(match["nm"]), int(match["day"]))
        if stated is None or (latest_year is not None and stated.year < latest_year):
            continue
        implied = _implied_dct(lead, match.start(), match.end(), None, stated)
        if implied and (bound is None or implied[0] <= bound):
            found.append(implied)
    return found


def _resolve_year(day: int, month: int, weekday: int, reference_year: int | None, bound: date | None) -> date | None:
    """The date of a yearless weekday-date (see rule 1 in the module docstring)."""
    if reference_year is not None:
        years = range(reference_year, min(reference_year + _WEEKDAY_CYCLE, bound.year if bound else _MAX_YEAR) + 1)
    elif bound is not None:
        years = range(bound.year, bound.year - 2, -1)
    else:
        return None
    for year in years:
        candidate = _valid_date(year, month, day)
        if candidate and candidate.weekday() == weekday and (reference_year is not None or candidate <= bound):
            return candidate
    return None


def _implied_dct(text: str, start: int, end: int, between: str | None, stated: date) -> _Found | None:
    """The DCT a stated date implies given the words around it, with its evidence span; None if future."""
    marks, start, end = _marks(text, start, end, between)
    relative = next((mark for mark in marks if mark in _SHIFT_DAYS), None)
    if relative is not None:
        return stated + timedelta(days=_SHIFT_DAYS[relative]), start, end
    if _FUTURE_MARKS.intersection(marks) or _future_clause(text, start):
        return None
    return stated, start, end


def _marks(text: str, start: int, end: int, between: str | None) -> tuple[list[str], int, int]:
    """Relative and tense words inside and right around a date, the span widened to cover them."""
    marks = [_normal(mark) for mark in _BETWEEN_MARK.findall(between or "")]
    after = _MARK_AFTER.match(text, end)
    if after:
        marks.append(_normal(after["mark"]))
        end = after.end()
    before = _MARK_BEFORE.search(text, max(0, start - _MARK_REACH), start)
    if before:
        marks.append(_normal(before["mark"]))
        start = before.start()
    return marks, start, end


def _normal(words: str) -> str:
    """Lower-case words joined by single spaces."""
    return " ".join(words.lower().split())


def _future_clause(text: str, start: int) -> bool:
    """Whether the nearest tense word before `start`, within its clause, is a future one."""
    low = max(0, start - _TENSE_REACH)
    low = max(low, *(text.rfind(char, low, start) + 1 for char in _CLAUSE_BREAKS))
    tenses = list(_TENSE.finditer(text, low, start))
    return bool(tenses) and tenses[-1]["future"] is not None


def _glued(text: str, start: int) -> bool:
    """Whether the match at `start` continues a word or number ("Jakarta2025", "KamisRabu")."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")


def _lead_end(window: str) -> int:
    """Where the first `LEAD_SENTENCES` sentences of the window end."""
    for count, match in enumerate(_SENTENCE_END.finditer(window), start=1):
        if count == LEAD_SENTENCES:
            return match.end()
    return len(window)


def _stated_years(window: str, bound: date | None) -> list[_Year]:
    """Years the text states as times: not glued to other text, not in a name, not future, not past the bound."""
    years = []
    for match in _YEAR.finditer(window):
        value = int(match.group())
        start = match.start()
        if _glued(window, start) or (start and window[start - 1] in _NOT_BEFORE_YEAR) or (bound and value > bound.year):
            continue
        after = _MARK_AFTER.match(window, match.end())
        if (after and _normal(after["mark"]) in _FUTURE_MARKS) or _future_clause(window, start):
            continue
        if not _inside_name(window, start):
            years.append(_Year(value, start, match.end()))
    return years


def _inside_name(window: str, start: int) -> bool:
    """Whether the year at `start` follows a capitalised word that makes it a name ("Piala Dunia 2026")."""
    word = _WORD_BEFORE.search(window, max(0, start - 30), start)
    if not word:
        return False
    key = word[1].rstrip(".").lower()
    return key not in _YEAR_LEAD_WORDS and key not in _MONTH_NAMES


def _year_estimate(window: str, years: list[_Year], bound: date | None) -> DctDecision | None:
    """A year-precision DCT from a stated year tied to "tahun lalu", "sejak <Bulan>" or "tahun ini"."""
    marked = [found for year in years for found in _year_marks(window, year) if bound is None or found[0] <= bound.year]
    if not marked:
        return None
    stated = [(year.value, year.start, year.end) for year in years]
    value, start, end = max(marked + stated, key=lambda item: (item[0], -item[1]))
    return DctDecision(f"{value:04d}", "text:year", window[start:end])


def _year_marks(window: str, year: _Year) -> list[tuple[int, int, int]]:
    """The writing year implied by relative phrases next to a stated year, with their spans."""
    marks = []
    before = _YEAR_MARK_BEFORE.search(window, max(0, year.start - 40), year.start)
    if before:
        end = year.end + 1 if "(" in before.group() and window.startswith(")", year.end) else year.end
        marks.append((year.value + (1 if before["past"] else 0), before.start(), end))
    after = _YEAR_MARK_AFTER.match(window, year.end)
    if after:
        marks.append((year.value + (1 if after["past"] else 0), year.start, after.end()))
    return marks

"""From a match of the master pattern to TIMEX3 type, value and anchor, one function
per expression kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sorot.time import normalize as cal
from sorot.time.context import Dct, Narrative, starts_sentence, tense
from sorot.time.grammar import COUNT_NOUN_AFTER, NAMED_STATUTE_BEFORE, NUMBER_LABEL_BEFORE, STATUTE_BEFORE
from sorot.time.lexicon import (
    COMPOUND_UNITS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORD_PATTERN,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    number_value,
)

_PAST_SHIFTS = frozenset({"lalu", "kemarin", "silam", "yang lalu"})
_LATE_EDGES = frozenset({"akhir", "penghujung", "paruh kedua"})  # a month's parts that come after its middle
_LATE_DAY = 20  # after this day of the news month its late part may be past
_FUTURE_SHIFTS = frozenset({"depan", "mendatang", "nanti", "besok", "esok", "lusa"})  # ("Selasa besok": the coming one)
# "masa depan" is an adverbial only in a phrase such as "di masa depan"; bare, it is a noun.
_PREPOSITION_BEFORE = re.compile(r"(?:di|pada|dalam|untuk|ke|hingga|sampai|menuju|dari|sejak)\s+$", re.IGNORECASE)
_ROMAN = {"I": 1, "V": 5, "X": 10}
# Capitalised heads of place names that a day's name may complete (a market, a street, a village).
_PLACE_HEAD_BEFORE = re.compile(r"\b(?:Pasar|Jalan|Jl\.?|Gang|Kampung|Desa|Kelurahan|Dusun)\s+$")
_PLACE_HEAD_REACH = 12  # characters before a day's name searched for such a head
# How coarse a narrative anchor may be for an offset in each unit: a day can be counted
# from a weekend ("sehari sebelum" an "akhir pekan" is its Friday).
_UNIT_GRANULARITY = {"D": "week", "W": "week", "M": "month", "Y": "year", "DE": "year", "CE": "year"}


@dataclass
class Resolved:
    """One recognised expression before it becomes a `Timex`. `floating` holds the
    (month, day) of a date whose year was inferred, so a range can correct it."""

    start: int
    end: int
    type: str
    value: str | None
    anchor: str | None
    floating: tuple[int, int | None] | None = None


@dataclass
class Scene:
    text: str
    dct: Dct
    narrative: Narrative


def _norm(word: str | None) -> str:
    return " ".join(word.lower().split()) if word else ""


def _month_number(word: str) -> int:
    key = _norm(word).rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def _two_digit_year(year: str) -> int:
    return int(year) if len(year) == 4 else 2000 + int(year)


def _with_part(value: str | None, part: str | None) -> tuple[str, str | None]:
    """TIME with a part-of-day suffix when a part is given, else DATE."""
    if not part:
        return "DATE", value
    code = PARTS_OF_DAY[_norm(part)]
    return "TIME", (f"{value}T{code}" if value else f"XXXX-XX-XXT{code}")


# Days from the DCT beyond which "sejak" (since) right before a day and month written without a
# year, not nearness, picks the year: the day lies before the DCT ("sejak 7 Oktober" in news of
# June 2025 is October 2024); nearer, the nearest stands ("berlaku sejak 1 Juli" is this July).
_SINCE_OVERRULES_DAYS = 31
_SINCE = re.compile(r"\b(?:sejak|semenjak)\s+(?:tanggal\s+)?$", re.IGNORECASE)


def _pick_year(month: int, day: int | None, dct: Dct, direction: str | None, since: bool = False) -> int | None:
    """The year of a day/month (or month) written without one, from the DCT: the latest
    on or before it for `past`, the earliest on or after it for `future`, else the closest,
    unless it comes `since` ("sejak") and the closest lies after the DCT by more than
    `_SINCE_OVERRULES_DAYS`."""
    if dct.year is None:
        return None
    if dct.month is None:
        return dct.year
    reference = dct.day or date(dct.year, dct.month, 1)
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        if day is not None and not cal.is_valid_day(year, month, day):
            continue
        first = date(year, month, day or 1)
        last = first if day else cal.add_days(cal.add_months(first, 1), -1)
        candidates.append((year, first, last))
    if direction == "past":
        fitting = [c for c in candidates if c[1] <= reference]
        return fitting[-1][0] if fitting else None
    if direction == "future":
        fitting = [c for c in candidates if c[2] >= reference]
        return fitting[0][0] if fitting else None
    def distance(candidate: tuple[int, date, date]) -> int:
        _, first, last = candidate
        return 0 if first <= reference <= last else min(abs((first - reference).days), abs((last - reference).days))

    if not candidates:
        return None  # none for "30 Februari": no such day
    closest = min(candidates, key=distance)
    if since and closest[1] > reference and distance(closest) > _SINCE_OVERRULES_DAYS:
        return _pick_year(month, day, dct, "past")  # "sejak 7 Oktober" in June: last October, not the next
    return closest[0]


def _direction(shift: str, scene: Scene, match: re.Match[str]) -> str | None:
    if shift in _PAST_SHIFTS:
        return "past"
    if shift in _FUTURE_SHIFTS:
        return "future"
    if shift == "ini":
        return None
    return tense(scene.text, match.start(), match.end()) or "past"


def _calendar_date(
    start: int, end: int, day: int, month: int, year: str | None, shift: str, scene: Scene, match: re.Match[str]
) -> Resolved | None:
    """A day and month with a written, shifted or inferred year."""
    if year:
        full_year = _two_digit_year(year)
        if not cal.is_valid_day(full_year, month, day):
            return None
        return Resolved(start, end, "DATE", f"{full_year:04d}-{month:02d}-{day:02d}", None)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if shift.startswith("tahun") and scene.dct.year is not None:
        offset = {"tahun lalu": -1, "tahun depan": 1}.get(shift, 0)
        inferred: int | None = scene.dct.year + offset
    elif shift == "ini":
        inferred = scene.dct.year
    else:
        inferred = _pick_year(month, day, scene.dct, _direction(shift, scene, match) if shift else None,
                              not shift and bool(_SINCE.search(scene.text, max(0, start - 20), start)))
    if inferred is None or not cal.is_valid_day(inferred, month, day):
        return Resolved(start, end, "DATE", f"XXXX-{month:02d}-{day:02d}", None, (month, day))
    return Resolved(start, end, "DATE", f"{inferred:04d}-{month:02d}-{day:02d}", "DCT", (month, day))


# A weekday with a day and month but no year, within this many days of the publication
# day, is that year's date even when the weekday does not fit it.
_WEEKDAY_SLIP_DAYS = 45


def _weekday_with_date(match: re.Match[str], scene: Scene, weekday: int) -> Resolved | None:
    for prefix in ("wp", "wn", "wq"):
        if match[prefix + "d"]:
            day, month, year = int(match[prefix + "d"]), int(match[prefix + "m"]), match[prefix + "y"]
            break
    else:
        named = "wd" if match["wdd"] else "wqd"  # "Senin, 3 Juni 2025" or "Selasa malam, 3 Juni 2025"
        day, month, year = int(match[named + "d"]), _month_number(match[named + "m"]), match[named + "y"]
    if year:
        return _calendar_date(match.start(), match.end(), day, month, year, "", scene, match)
    if not (1 <= month <= 12 and 1 <= day <= 31) or scene.dct.year is None:
        return Resolved(match.start(), match.end(), "DATE", f"XXXX-{month:02d}-{day:02d}", None)
    today = scene.dct.day
    if today is not None and cal.is_valid_day(today.year, month, day) and \
            abs((date(today.year, month, day) - today).days) <= _WEEKDAY_SLIP_DAYS:
        # "Senin 17 Juni" in news of 19 June 2025, a Tuesday: a slip of the weekday, not June 2024
        return Resolved(match.start(), match.end(), "DATE", f"{today.year:04d}-{month:02d}-{day:02d}", "DCT")
    fitting = [
        y
        for y in (scene.dct.year, scene.dct.year - 1, scene.dct.year + 1)
        if cal.is_valid_day(y, month, day) and date(y, month, day).isoweekday() == weekday
    ]
    if not fitting:
        return _calendar_date(match.start(), match.end(), day, month, None, "", scene, match)
    return Resolved(match.start(), match.end(), "DATE", f"{fitting[0]:04d}-{month:02d}-{day:02d}", "DCT")


def _relative_weekday(weekday: int, shift: str, scene: Scene, match: re.Match[str]) -> tuple[str | None, str | None]:
    today = scene.dct.day
    if today is None:
        return f"XXXX-WXX-{weekday}", None
    if shift.startswith(("pekan", "minggu")):
        weeks = {"lalu": -1, "kemarin": -1, "depan": 1}.get(shift.split()[-1], 0)
        monday = cal.add_days(cal.week_monday(today), 7 * weeks)
        return cal.day_value(cal.add_days(monday, weekday - 1)), "DCT"
    if shift == "ini":
        return cal.day_value(cal.add_days(cal.week_monday(today), weekday - 1)), "DCT"
    if shift in _PAST_SHIFTS:
        return cal.day_value(cal.last_weekday_on_or_before(cal.add_days(today, -1), weekday)), "DCT"
    if shift in _FUTURE_SHIFTS:
        return cal.day_value(cal.first_weekday_on_or_after(cal.add_days(today, 1), weekday)), "DCT"
    if today.isoweekday() == weekday:
        return cal.day_value(today), "DCT"
    if tense(scene.text, match.start(), match.end()) == "future":
        return cal.day_value(cal.first_weekday_on_or_after(today, weekday)), "DCT"
    return cal.day_value(cal.last_weekday_on_or_before(today, weekday)), "DCT"


def weekday(match: re.Match[str], scene: Scene) -> list[Resolved]:
    if _PLACE_HEAD_BEFORE.search(scene.text, max(0, match.start() - _PLACE_HEAD_REACH), match.start()):
        return []  # a place named after a day: "Pasar Minggu", "Stasiun Pasar Senen", "Jalan Sabtu"
    shift = _norm(match["wd_shift"])
    has_date = bool(match["wpd"] or match["wnd"] or match["wdd"] or match["wqd"] or match["wqdd"])
    if (
        match["wd"] == "Minggu"
        and shift in {"ini", "lalu", "depan", "kemarin", "mendatang"}
        and not (has_date or match["wd_part"])
        and starts_sentence(scene.text, match.start())
    ):
        return relative_unit("minggu", shift, "", match, scene)
    number = WEEKDAYS[_norm(match["wd"]).replace("'", "")]
    if has_date:
        dated = _weekday_with_date(match, scene, number)
        if dated is None:
            return []
        value, anchor = dated.value, dated.anchor
    else:
        value, anchor = _relative_weekday(number, shift, scene, match)
    kind, value = _with_part(value, match["wd_part"])
    return [Resolved(match.start(), match.end(), kind, value, anchor)]


def clock(match: re.Match[str], scene: Scene) -> list[Resolved]:
    hour = int(match["ch"] or match["bh"])
    minute = int(match["cm"] or match["bm"] or 0)
    part = _norm(match["c_part"])
    if part in {"sore", "malam"} and hour < 12 or part == "siang" and hour < 6:
        hour += 12
    if hour > 24:
        return []
    base = scene.narrative.latest_interval("day")
    if base is None:
        return [Resolved(match.start(), match.end(), "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", None)]
    (day, _), anchor = base
    return [Resolved(match.start(), match.end(), "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", anchor)]


def numeric_date(match: re.Match[str], scene: Scene) -> list[Resolved]:
    if match["iy"]:
        day, month, year = int(match["id"]), int(match["im"]), match["iy"]
    else:
        prefix = "np" if match["npd"] else "nb"
        day, month, year = int(match[prefix + "d"]), int(match[prefix + "m"]), match[prefix + "y"]
    resolved = _calendar_date(match.start(), match.end(), day, month, year, "", scene, match)
    return [resolved] if resolved else []


def day_month(match: re.Match[str], scene: Scene) -> list[Resolved]:
    month = _month_number(match["dm"])
    shift = _norm(match["d_shift"])
    last = _calendar_date(
        match.start("dd2") if match["dd2"] else match.start(), match.end(),
        int(match["dd2"] or match["dd"]), month, match["dy"], shift, scene, match,
    )  # fmt: skip
    if last is None:
        return []
    if match["d_part"]:
        last.type, last.value = _with_part(last.value, match["d_part"])
    if not match["dd2"]:
        return [last]
    first_day = int(match["dd"])
    year = (last.value or "XXXX")[:4]
    if not year.isdigit() or not cal.is_valid_day(int(year), month, first_day):
        return [last]
    first = Resolved(match.start(), match.end("dd"), "DATE", f"{year}-{month:02d}-{first_day:02d}", last.anchor)
    return [first, last]


def weekend(match: re.Match[str], scene: Scene) -> list[Resolved]:
    shift = _norm(match["we_shift"])
    if shift in {"itu", "tersebut"}:
        base = scene.narrative.latest_interval("week")
        if base is None:
            return [Resolved(match.start(), match.end(), "DATE", None, None)]
        (day, _), anchor = base
        return [Resolved(match.start(), match.end(), "DATE", cal.weekend_value(day), anchor)]
    today = scene.dct.day
    if today is None:
        return [Resolved(match.start(), match.end(), "DATE", None, None)]
    weeks = {"lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}.get(shift, 0)
    if not shift and today.isoweekday() < 6 and tense(scene.text, match.start(), match.end()) != "future":
        weeks = -1
    value = cal.weekend_value(cal.add_days(today, 7 * weeks))
    return [Resolved(match.start(), match.end(), "DATE", value, "DCT")]


def _year_shift(shift: str, scene: Scene) -> tuple[int | None, str | None]:
    """The year meant by "tahun lalu/ini/depan/itu/sebelumnya/berikutnya"."""
    word = shift.split()[-1]
    if word in {"itu", "sebelumnya", "berikutnya"}:
        base = scene.narrative.latest_interval("year")
        if base is None:
            return None, None
        (day, _), anchor = base
        return day.year + {"itu": 0, "sebelumnya": -1, "berikutnya": 1}[word], anchor
    if scene.dct.year is None:
        return None, None
    return scene.dct.year + {"lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}.get(word, 0), "DCT"


def month(match: re.Match[str], scene: Scene) -> list[Resolved]:
    number = _month_number(match["mo"])
    shift = _norm(match["mo_shift"])
    start, end = match.start(), match.end()
    if match["mo_year"]:
        return [Resolved(start, end, "DATE", cal.month_value(int(match["mo_year"]), number), None)]
    if shift.startswith("tahun"):
        year, anchor = _year_shift(shift, scene)
        value = cal.month_value(year, number) if year is not None else f"XXXX-{number:02d}"
        return [Resolved(start, end, "DATE", value, anchor)]
    dct = scene.dct
    if dct.year is None or dct.month is None:
        value = cal.month_value(dct.year, number) if dct.year is not None else f"XXXX-{number:02d}"
        return [Resolved(start, end, "DATE", value, "DCT" if dct.year else None, (number, None))]
    if shift in _PAST_SHIFTS:  # the news month too ("awal Juni lalu" in mid-June is this June), unless its
        # named part is yet to come ("akhir Juni lalu" in mid-June is last year's)
        current = _norm(match["mo_edge"]) not in _LATE_EDGES or dct.day is None or dct.day.day > _LATE_DAY
        year, _ = cal.month_on_or_before(*(dct.year, dct.month) if current else cal.shift_month(dct.year, dct.month, -1),
                                         number)
    elif shift in _FUTURE_SHIFTS:
        year, _ = cal.month_on_or_after(*cal.shift_month(dct.year, dct.month, 1), number)
    elif shift == "ini":
        year = dct.year
    elif tense(scene.text, start, end) == "future":
        year, _ = cal.month_on_or_after(dct.year, dct.month, number)
    else:
        year, _ = cal.month_on_or_before(dct.year, dct.month, number)
    return [Resolved(start, end, "DATE", cal.month_value(year, number), "DCT", (number, None))]


def quarter(match: re.Match[str], scene: Scene) -> list[Resolved]:
    word = match.group().split()[0].lower()
    index = ORDINALS[_norm(match["q"])]
    letter = {"kuartal": "Q", "triwulan": "Q", "semester": "H"}.get(word)
    if letter is None or letter == "H" and index > 2:
        return [Resolved(match.start(), match.end(), "DATE", None, None)]
    if match["q_year"] or match["q_year_joined"]:  # "kuartal I 2025", "kuartal II-2025"
        year, anchor = int(match["q_year"] or match["q_year_joined"]), None
    else:
        year, anchor = _year_shift(_norm(match["q_shift"]) or "ini", scene)
    value = f"{year:04d}-{letter}{index}" if year is not None else f"XXXX-{letter}{index}"
    return [Resolved(match.start(), match.end(), "DATE", value, anchor)]


def season(match: re.Match[str], scene: Scene) -> list[Resolved]:
    code = SEASONS[_norm(match["se_name"])]
    if match["se_year"]:
        year, anchor = int(match["se_year"]), None
    else:
        year, anchor = _year_shift(_norm(match["se_shift"]) or "ini", scene)
    value = f"{year:04d}-{code}" if year is not None else f"XXXX-{code}"
    return [Resolved(match.start(), match.end(), "DATE", value, anchor)]


def _roman(numeral: str) -> int:
    values = [_ROMAN[char] for char in numeral.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def century(match: re.Match[str], scene: Scene) -> list[Resolved]:
    raw = match["ce_n"]
    number = int(raw) if raw.isdigit() else _roman(raw)
    if not 1 <= number <= 22:
        return []
    return [Resolved(match.start(), match.end(), "DATE", f"{number - 1:02d}", None)]


def decade(match: re.Match[str], scene: Scene) -> list[Resolved]:
    digits = match["de_n"]
    before = scene.text[max(0, match.start() - 12) : match.start()].lower()
    if len(digits) == 2 and re.search(r"(?:usia|umur|berusia|berumur|rp)\s*$", before):
        return []
    if len(digits) == 2:
        digits = ("20" if int(digits) <= 20 else "19") + digits
    return [Resolved(match.start(), match.end(), "DATE", digits[:3], None)]


def era_year(match: re.Match[str], scene: Scene) -> list[Resolved]:
    """Years counted before or in the Common Era: "BC0580", "0650"."""
    prefix = "" if _norm(match["era"]) in {"masehi"} else "BC"
    first_end = match.end("bc") if match["bc2"] else match.end()
    found = [Resolved(match.start(), first_end, "DATE", f"{prefix}{int(match['bc']):04d}", None)]
    if match["bc2"]:
        found.append(Resolved(match.start("bc2"), match.end(), "DATE", f"{prefix}{int(match['bc2']):04d}", None))
    return found


def year(match: re.Match[str], scene: Scene) -> list[Resolved]:
    text = scene.text
    if STATUTE_BEFORE.search(text, max(0, match.start() - 20), match.start()) or \
            NAMED_STATUTE_BEFORE.search(text, max(0, match.start() - 80), match.start()):
        return []  # "Undang-undang Nomor 35 Tahun 2009", "Undang-Undang Pesawat Udara, 1934": the year names a law, it
        # dates nothing
    if not match["yr_word"] and not match["yr_edge"]:
        if not 1900 <= int(match["yr"]) <= 2099 or NUMBER_LABEL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return []
        if COUNT_NOUN_AFTER.match(text, match.end()):
            return []
    first_end = match.end("yr") if match["yr2"] else match.end()
    half = _HALVES.get(_norm(match["yr_edge"]), "") if not match["yr2"] else ""
    found = [Resolved(match.start(), first_end, "DATE", match["yr"] + half, None)]
    if match["yr2"]:
        found.append(Resolved(match.start("yr2"), match.end(), "DATE", match["yr2"], None))
    return found


def _relative_value(unit: str, steps: int, base: date) -> str:
    if unit == "hari":
        return cal.day_value(cal.add_days(base, steps))
    if unit in {"minggu", "pekan"}:
        return cal.week_value(cal.add_days(base, 7 * steps))
    if unit == "bulan":
        return cal.month_value(*cal.shift_month(base.year, base.month, steps))
    if unit in {"dekade", "dasawarsa"}:
        return str(base.year // 10 + steps)
    return cal.year_value(base.year + steps)


_SHIFT_STEPS = {
    "ini": 0, "lalu": -1, "kemarin": -1, "silam": -1, "yang lalu": -1, "depan": 1, "mendatang": 1,
    "itu": 0, "tersebut": 0, "sebelumnya": -1, "berikutnya": 1, "yang sama": 0, "": 0,
}  # fmt: skip
_ANAPHORIC_SHIFTS = frozenset({"itu", "tersebut", "sebelumnya", "berikutnya", "yang sama"})


# The halves of a year: "paruh kedua tahun 2025" is 2025-H2.
_HALVES = {"paruh pertama": "-H1", "paruh kedua": "-H2"}


def relative_unit(unit: str, shift: str, edge: str, match: re.Match[str], scene: Scene) -> list[Resolved]:
    """"pekan lalu", "hari itu", "awal tahun ini": a calendar unit shifted from the DCT
    or, for "itu"/"yang sama"/"sebelumnya"/"berikutnya", from the narrative's latest time."""
    start, end = match.start(), match.end()
    if unit == "hari" and edge:
        return []
    if shift in _ANAPHORIC_SHIFTS:
        granularity = {"hari": "day", "minggu": "week", "pekan": "week", "bulan": "month"}.get(unit, "year")
        base = scene.narrative.latest_interval(granularity)
    elif scene.dct.day is not None:
        base = (scene.dct.day, scene.dct.day), "DCT"
    elif scene.dct.year is not None and unit in {"tahun", "dekade", "dasawarsa"}:
        base = (date(scene.dct.year, 1, 1),) * 2, "DCT"
    elif scene.dct.month is not None and scene.dct.year is not None and unit == "bulan":
        base = (date(scene.dct.year, scene.dct.month, 1),) * 2, "DCT"
    else:
        base = None
    if base is None:
        return [Resolved(start, end, "DATE", None, None)]
    (day, _), anchor = base
    value = _relative_value(unit, _SHIFT_STEPS[shift], day)
    if unit == "tahun":
        value += _HALVES.get(edge, "")
    return [Resolved(start, end, "DATE", value, anchor)]


def relative(match: re.Match[str], scene: Scene) -> list[Resolved]:
    if match["re_next"]:  # "keesokan harinya": the day after the narrative's (none before any time: not the DCT's)
        return [r if r.anchor != "DCT" else replace(r, value=None, anchor=None)
                for r in relative_unit("hari", "berikutnya", "", match, scene)]
    if match["re_edge"]:
        return relative_unit(_norm(match["re_unit_e"]), _norm(match["re_shift_e"]), _norm(match["re_edge"]), match, scene)
    return relative_unit(_norm(match["re_unit"]), _norm(match["re_shift"]), "", match, scene)


def _dct_day(scene: Scene, days: int) -> tuple[str | None, str | None]:
    if scene.dct.day is None:
        return None, None
    return cal.day_value(cal.add_days(scene.dct.day, days)), "DCT"


def deictic(match: re.Match[str], scene: Scene) -> list[Resolved]:
    start, end = match.start(), match.end()
    part: str | None
    if match["dx_day"]:
        offsets = {"kemarin lusa": -2, "besok lusa": 2, "kemarin": -1, "besok": 1, "lusa": 2}
        value, anchor = _dct_day(scene, offsets.get(_norm(match["dx_day"]), 1))
        part = match["dx_day_part"]
    elif match["dx_tadi"]:
        part = match["dx_tadi_part"]
        value, anchor = _dct_day(scene, -1 if _norm(part) == "malam" and _norm(match["dx_tadi"]) == "tadi" else 0)
    elif match["dx_last_night"]:
        value, anchor = _dct_day(scene, -1)
        part = "malam"
    elif match["dx_part"] and _norm(match["dx_shift"]) in {"ini", "hari ini", "tadi", "nanti"}:
        part = match["dx_part"]
        value, anchor = _dct_day(scene, -1 if _norm(part) == "malam" and _norm(match["dx_shift"]) == "tadi" else 0)
    else:
        part = match["dx_part"] or match["dx_bare"]
        if _norm(part).endswith("fajar"):
            part = "fajar"
        base = scene.narrative.latest_interval("day")
        value, anchor = (None, None) if base is None else (cal.day_value(base[0][0]), base[1])
    kind, value = _with_part(value, part)
    return [Resolved(start, end, kind, value, anchor)]


def reference(match: re.Match[str], scene: Scene) -> list[Resolved]:
    start, end = match.start(), match.end()
    if match["future"] and _norm(match["future"]).startswith("ke depan"):
        after = scene.text[end : end + 2].strip()
        if not starts_sentence(scene.text, start) and after[:1] not in {",", ".", ";", ""}:
            return []
    elif (match["future"] or match["past"] or "").lower().startswith("masa") and not _PREPOSITION_BEFORE.search(
        scene.text, max(0, start - 12), start
    ):
        return []
    if match["present"]:
        return [Resolved(start, end, "DATE", "PRESENT_REF", "DCT")]
    if match["future"]:
        return [Resolved(start, end, "DATE", "FUTURE_REF", "DCT")]
    if match["past"]:
        return [Resolved(start, end, "DATE", "PAST_REF", "DCT")]
    latest = scene.narrative.latest()
    interval = cal.value_interval(latest)
    later = interval is not None and scene.dct.day is not None and interval[0] > scene.dct.day
    return [Resolved(start, end, "DATE", "FUTURE_REF" if later else "PAST_REF", latest or "DCT")]


def set_expression(match: re.Match[str], scene: Scene) -> list[Resolved]:
    start, end = match.start(), match.end()
    if match["set_wd"]:
        name = _norm(match["set_wd"])
        value = f"XXXX-WXX-{WEEKDAYS[name]}" if name in WEEKDAYS and name != "minggu" or match["set_wd"] == "Minggu" else "P1W"
        return [Resolved(start, end, "SET", value, None)]
    if match["set_part"]:
        return [Resolved(start, end, "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[_norm(match['set_part'])]}", None)]
    if match["set_dm"] or match["set_mo"]:  # "setiap 18 Juni", "setiap bulan Juni"
        month = _month_number(match["set_dm"] or match["set_mo"])
        day = f"-{int(match['set_dd']):02d}" if match["set_dd"] else ""
        return [Resolved(start, end, "SET", f"XXXX-{month:02d}{day}", None)]
    unit = _norm(match["set_unit"] or match["set_freq_unit"])
    designator, is_time, per_unit = UNITS[unit]
    amount = number_value(match["set_n"]) if match["set_n"] else 1.0
    return [Resolved(start, end, "SET", cal.duration_value(None if amount is None else amount * per_unit, designator, is_time), None)]


def vague_duration(match: re.Match[str], scene: Scene) -> list[Resolved]:
    designator, is_time, _ = UNITS[_norm(match["vd"]).split("-")[1]]
    return [Resolved(match.start(), match.end(), "DURATION", cal.duration_value(None, designator, is_time), None)]


def _shifted(unit_word: str, amount: float, base: date) -> str | None:
    """The calendar value `amount` units from `base` at the unit's own granularity."""
    designator, is_time, per_unit = UNITS[unit_word]
    steps = int(amount * per_unit)
    if amount != int(amount):
        return None
    if is_time or designator == "D":
        return cal.day_value(cal.add_days(base, steps if designator == "D" else 0))
    if designator == "W":
        return cal.week_value(cal.add_days(base, 7 * steps))
    if designator == "M":
        return cal.month_value(*cal.shift_month(base.year, base.month, steps))
    if designator == "DE":
        return str(base.year // 10 + steps)
    if designator == "CE":
        return f"{base.year // 100 + steps:02d}"
    return cal.year_value(base.year + steps)


def amount(match: re.Match[str], scene: Scene) -> list[Resolved]:
    """A number of units: a duration, or a date when a shift word follows
    ("24 tahun lalu", "sehari sebelumnya", "tiga hari lagi")."""
    text, start = scene.text, match.start()
    if match["am_n"] and match["am_n"][0].isdigit() and NUMBER_LABEL_BEFORE.search(text, max(0, start - 12), start):
        return []
    if match["am_more"]:
        return _compound(match)
    unit_word = _norm(match["am_unit"] or match["am_se"][2:])
    count = 1.0 if match["am_se"] else number_value(match["am_n"])
    designator, is_time, per_unit = UNITS[unit_word]
    relation = _norm(match["am_rel"])
    duration_end = match.end("am_unit") if match["am_unit"] else match.end("am_se")
    duration = cal.duration_value(None if count is None else count * per_unit, designator, is_time)
    if relation in {"", "terakhir", "belakangan", "mendatang", "ke depan"}:
        return [Resolved(start, match.end(), "DURATION", duration, None)]
    direction = -1 if relation in {"lalu", "yang lalu", "silam", "sebelumnya", "sebelum"} else 1
    if relation in {"lalu", "yang lalu", "silam", "lagi"}:
        if count is None:
            return [Resolved(start, match.end(), "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "DCT")]
        if scene.dct.day is not None:
            base, anchor = scene.dct.day, "DCT"
        elif scene.dct.year is not None and designator in {"Y", "DE", "CE"}:
            base, anchor = date(scene.dct.year, 1, 1), "DCT"
        else:
            return [Resolved(start, match.end(), "DATE", None, None)]
        return [Resolved(start, match.end(), "DATE", _shifted(unit_word, direction * count, base), anchor)]
    if relation in {"sebelum", "setelah", "sesudah"} and (
        count is None or designator not in {"D", "W"} or _WITHIN_BEFORE.search(text, max(0, start - 14), start)
    ):  # "dalam 14 hari setelah tiba": how long, not when
        return [Resolved(start, duration_end, "DURATION", duration, None)]
    found = scene.narrative.latest_interval(_UNIT_GRANULARITY.get(designator, "day"))
    if relation in {"sebelum", "setelah", "sesudah"} and found is not None and found[1] == "DCT":
        # "tiga hari sebelum perundingan di Oman": counted from what follows, which no time of the
        # text dates; not from the news day
        return [Resolved(start, duration_end, "DURATION", duration, None)]
    if count is None and is_time and found is not None and found[1] != "DCT":  # "beberapa jam kemudian": that day
        return [Resolved(start, match.end(), "DATE", cal.day_value(found[0][0 if direction < 0 else 1]), found[1])]
    if count is None or found is None:
        return [Resolved(start, match.end(), "DATE", None, None)]
    (first, last), anchor = found
    base = first if direction < 0 else last
    return [Resolved(start, match.end(), "DATE", _shifted(unit_word, direction * count, base), anchor)]


# Words before a count that make it a length of time even when "setelah X" follows.
_WITHIN_BEFORE = re.compile(r"\b(?:dalam|selama|kurun|waktu)\s+$", re.IGNORECASE)
# One part of a duration of several units ("4 tahun 6 bulan").
_DURATION_PART = re.compile(rf"(\d+(?:,\d+)?|{NUMBER_WORD_PATTERN})\s+({'|'.join(COMPOUND_UNITS)})", re.IGNORECASE)


def _compound(match: re.Match[str]) -> list[Resolved]:
    """A duration of several units, largest first: "4 tahun 6 bulan" is P4Y6M, "1 menit
    45,694 detik" PT1M45.694S; units out of order or vague counts are separate durations."""
    start = match.start()
    parts = [(start, match.end("am_unit"), number_value(match["am_n"]), _norm(match["am_unit"]))]
    for part in _DURATION_PART.finditer(match.string, match.start("am_more"), match.end("am_more")):
        parts.append((part.start(), part.end(), number_value(part[1]), _norm(part[2])))
    ranks = [COMPOUND_UNITS.index(unit) if unit in COMPOUND_UNITS else -1 for *_, unit in parts]
    counts = [count for _, _, count, _ in parts]
    if min(ranks) < 0 or ranks != sorted(set(ranks)) or None in counts or any(c != int(c) for c in counts[:-1]):
        found = []
        for first, last, count, unit in parts:
            designator, is_time, per_unit = UNITS[unit]
            value = cal.duration_value(None if count is None else count * per_unit, designator, is_time)
            found.append(Resolved(first, last, "DURATION", value, None))
        return found
    date_part = "".join(f"{c:g}{UNITS[u][0]}" for *_, c, u in parts if not UNITS[u][1])
    time_part = "".join(f"{c:g}{UNITS[u][0]}" for *_, c, u in parts if UNITS[u][1])
    value = "P" + date_part + (f"T{time_part}" if time_part else "")
    return [Resolved(start, parts[-1][1], "DURATION", value, None)]


Handler = Callable[[re.Match[str], Scene], list[Resolved]]

HANDLERS: dict[str, Handler] = {
    "weekday": weekday,
    "clock": clock,
    "numeric_date": numeric_date,
    "day_month": day_month,
    "weekend": weekend,
    "month": month,
    "quarter": quarter,
    "season": season,
    "century": century,
    "decade": decade,
    "era_year": era_year,
    "year": year,
    "relative": relative,
    "deictic": deictic,
    "reference": reference,
    "set": set_expression,
    "vague_duration": vague_duration,
    "amount": amount,
}

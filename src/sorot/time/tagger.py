"""Tag the temporal expressions of an article body and normalise them to TIMEX3.

One scan of the master pattern (`sorot.time.grammar.MASTER`) finds the expressions;
each match is normalised by its kind's handler (`sorot.time.resolve`) against the
DCT, the narrative's latest time, and the tense of its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sorot.time.context import Dct, Narrative
from sorot.time.grammar import MASTER, WORD_BEFORE_HYPHEN
from sorot.time.normalize import month_on_or_before, value_interval
from sorot.time.resolve import HANDLERS, Resolved, Scene

# What lies between a clock time and the date it belongs to: "pukul 13.20 WIB, Senin (2/6)".
_CLOCK_DATE_GAP = re.compile(r"\s*,?\s*(?:pada\s+)?(?:hari\s+)?", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"[\dX-]+(T\d\d:\d\d)")
# What joins the two ends of a range: "antara Agustus dan Februari", "Mei-Juli 2024".
_RANGE_JOIN = re.compile(r"\s*(?:-|–|hingga|sampai(?:\s+dengan)?|s\.?d\.?|dan|ke)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Timex:
    """A temporal expression: its span, TIMEX3 type and value, and what a relative value
    was resolved against ("DCT", the narrative anchor's value, or None when absolute)."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    anchor: str | None


def tag_timexes(text: str, dct: str | None) -> list[Timex]:
    """All temporal expressions in an article body, in text order, normalised against the
    document creation time `dct` (ISO date or datetime, e.g. "2024-06-18" or
    "2024-06-18T14:05+07:00", or a year "2025", or None)."""
    parsed = Dct.parse(dct)
    scene = Scene(text, parsed, Narrative(parsed))
    found: list[Resolved] = []
    position = 0
    while (match := MASTER.search(text, position)) is not None:
        start = match.start()
        if start and text[start - 1] == "-" and not WORD_BEFORE_HYPHEN.search(text, max(0, start - 12), start):
            position = start + 1  # "Covid-19 tahun lalu": no date starts in a code; "tahun lalu" may
            continue
        position = max(match.end(), start + 1)
        for resolved in HANDLERS[match.lastgroup or ""](match, scene):
            found.append(resolved)
            if resolved.type in ("DATE", "TIME"):
                scene.narrative.establish(resolved.value)
    _close_ranges(text, found)
    _date_clock_times(text, found)
    return [Timex(r.start, r.end, text[r.start : r.end], r.type, r.value, r.anchor) for r in found]


def _close_ranges(text: str, found: list[Resolved]) -> None:
    """Give the first end of a range whose year was inferred the year that puts it on or
    before the second end: "antara Agustus dan Februari" (2024) starts in August 2023."""
    for first, second in zip(found, found[1:]):
        if first.floating is None or not _RANGE_JOIN.fullmatch(text, first.end, second.start):
            continue
        interval = value_interval(second.value)
        if interval is None:
            continue
        month, day = first.floating
        end = interval[1]
        year, _ = month_on_or_before(end.year, end.month, month)
        if day is not None and month == end.month and day > end.day:
            year -= 1
        first.value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")
        first.anchor = second.value


def _date_clock_times(text: str, found: list[Resolved]) -> None:
    """A clock time followed at once by a day ("pukul 13.20 WIB, Senin (2/6)") is on that
    day, not on the narrative's previous one."""
    for clock, day in zip(found, found[1:]):
        time_of_day = _CLOCK_VALUE.fullmatch(clock.value or "")
        if time_of_day is None or not _CLOCK_DATE_GAP.fullmatch(text, clock.end, day.start):
            continue
        interval = value_interval(day.value)
        if interval is not None and interval[0] == interval[1]:
            clock.value = interval[0].isoformat() + time_of_day[1]
            clock.anchor = day.value

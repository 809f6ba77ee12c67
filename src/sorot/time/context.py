"""What a relative expression is resolved against: the document creation time, the
narrative's most recent times, and the tense of the surrounding clause."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sorot.time.normalize import value_granularity, value_interval

_DCT = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3}
_CLAUSE_END = re.compile(r"[.!?;:,(]\s|\n")
_TENSE_CUE = re.compile(
    r"\b(?:(?P<future>akan|bakal|hendak|dijadwalkan|direncanakan|rencananya|berencana|mendatang|nanti"
    r"|menjelang)|(?P<past>telah|sudah|sempat|pernah|lalu|tadi|kemarin|silam|sejak|usai|seusai))\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_LOOK_BEHIND = 120
_LOOK_AHEAD = 60


@dataclass(frozen=True)
class Dct:
    """The document creation time at the precision known."""

    year: int | None = None
    month: int | None = None
    day: date | None = None

    @classmethod
    def parse(cls, dct: str | None) -> Dct:
        match = _DCT.match(dct or "")
        if not match:
            return cls()
        year = int(match["year"])
        month = int(match["month"]) if match["month"] else None
        day = date(year, month, int(match["day"])) if month and match["day"] else None
        return cls(year, month, day)


@dataclass
class Narrative:
    """Calendar values the text has established so far, most recent last."""

    dct: Dct
    values: list[str] = field(default_factory=list)

    def establish(self, value: str | None) -> None:
        if value and value_interval(value) is not None:
            self.values.append(value)

    def latest(self, coarsest: str = "year") -> str | None:
        """The most recent established value at `coarsest` granularity or finer."""
        limit = _FINENESS[coarsest]
        for value in reversed(self.values):
            if _FINENESS.get(value_granularity(value), 9) <= limit:
                return value
        return None

    def latest_interval(self, coarsest: str = "year") -> tuple[tuple[date, date], str] | None:
        """The latest value's first and last day and the anchor label; the DCT when the
        narrative has none."""
        value = self.latest(coarsest)
        if value is not None:
            interval = value_interval(value)
            if interval is not None:
                return interval, value
        if self.dct.day is not None:
            return (self.dct.day, self.dct.day), "DCT"
        return None


def clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _LOOK_BEHIND) : start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def clause_after(text: str, end: int) -> str:
    window = text[end : end + _LOOK_AHEAD]
    cut = _CLAUSE_END.search(window)
    return window[: cut.start()] if cut else window


def tense(text: str, start: int, end: int) -> str | None:
    """``past`` or ``future`` from the nearest tense cue in the clause around a span
    (before it first; after it, up to a number, which opens another expression: "pada
    hari Kamis hingga 22 Juni mendatang" is last Thursday), or None."""
    cues = list(_TENSE_CUE.finditer(clause_before(text, start)))
    cue = cues[-1] if cues else _TENSE_CUE.search(_DIGIT.split(clause_after(text, end), 1)[0])
    if cue is None:
        return None
    return "future" if cue["future"] else "past"


def starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 10) : start].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“”:"

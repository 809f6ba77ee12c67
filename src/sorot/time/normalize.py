"""Calendar arithmetic and TIMEX3 value strings.

Every function is pure. Dates are `datetime.date`; a TIMEX3 value is a string such as
``2024-06-18``, ``2024-06``, ``2024``, ``2024-W25``, ``2024-W24-WE``, ``2024-Q1``,
``2024-H2``, ``2024-SU``, ``195`` (a decade) or ``20`` (a century).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def add_months(day: date, months: int) -> date:
    """Move by calendar months, clamping the day to the end of a shorter month
    (31 January + 1 month is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) `months` months away."""
    year_shift, month_index = divmod(month - 1 + months, 12)
    return year + year_shift, month_index + 1


def week_value(day: date) -> str:
    """The ISO 8601 week holding `day`, e.g. ``2024-W25`` (the ISO year can differ from
    the calendar year in the first and last days of a year)."""
    iso_year, week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def weekend_value(day: date) -> str:
    return week_value(day) + "-WE"


def week_monday(day: date) -> date:
    return day - timedelta(days=day.isoweekday() - 1)


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def last_weekday_on_or_before(day: date, weekday: int) -> date:
    """The latest date on or before `day` falling on ISO `weekday` (Monday 1)."""
    return day - timedelta(days=(day.isoweekday() - weekday) % 7)


def first_weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.isoweekday()) % 7)


def month_on_or_before(year: int, month: int, wanted: int) -> tuple[int, int]:
    """The latest (year, `wanted`) not after (year, month)."""
    return (year, wanted) if wanted <= month else (year - 1, wanted)


def month_on_or_after(year: int, month: int, wanted: int) -> tuple[int, int]:
    return (year, wanted) if wanted >= month else (year + 1, wanted)


def is_valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])))?"
)


def value_interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day a calendar value covers; None for anything else
    (durations, PAST_REF, underspecified values)."""
    if not value:
        return None
    match = _VALUE.match(value)
    if not match:
        return None
    year = int(match["year"])
    if match["day"]:
        day = date(year, int(match["month"]), int(match["day"]))
        return day, day
    if match["month"]:
        month = int(match["month"])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if match["week"]:
        monday = date.fromisocalendar(year, int(match["week"]), 1)
        if match["weekend"]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if match["quarter"] or match["half"]:
        months = 3 if match["quarter"] else 6
        index = int(match["quarter"] or match["half"]) - 1
        first = date(year, index * months + 1, 1)
        return first, add_days(add_months(first, months), -1)
    return date(year, 1, 1), date(year, 12, 31)


def value_granularity(value: str) -> str:
    """``day``, ``week``, ``month``, ``year`` or ``other`` for a calendar value."""
    match = _VALUE.fullmatch(value.split("T", 1)[0])
    if not match:
        return "other"
    if match["day"]:
        return "day"
    if match["week"]:
        return "week"
    if match["month"] or match["quarter"] or match["half"]:
        return "month"
    return "year"


def duration_value(amount: float | None, designator: str, is_time: bool) -> str:
    """A TIMEX3 duration: ``P30D``, ``PT1H30M``, ``P2Y6M``, ``PXM`` for a vague amount."""
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{designator}"
    whole = int(amount)
    if amount == whole:
        return f"{prefix}{whole}{designator}"
    smaller = {"H": ("M", 60), "M": ("S", 60), "Y": ("M", 12), "D": ("H", 24)}
    if designator in smaller and not (designator == "M" and not is_time):
        unit, per = smaller[designator]
        rest = round((amount - whole) * per)
        if designator == "D":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        return f"{prefix}{whole}{designator}{rest}{unit}" if whole else f"{prefix}{rest}{unit}"
    return f"{prefix}{amount:g}{designator}"

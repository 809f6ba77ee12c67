"""Property tests for the calendar arithmetic behind TIMEX3 values (sorot.time.normalize)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sorot.time import normalize as cal

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
offsets = st.integers(min_value=-600, max_value=600)
weekdays = st.integers(min_value=1, max_value=7)


@given(days, offsets)
def test_time_adding_and_subtracting_days_round_trips(day: date, count: int) -> None:
    assert cal.add_days(cal.add_days(day, count), -count) == day


@given(days, offsets)
def test_time_month_moves_clamp_to_the_end_of_a_shorter_month(day: date, months: int) -> None:
    moved = cal.add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == min(day.day, calendar.monthrange(moved.year, moved.month)[1])


@given(days, offsets)
def test_time_month_moves_round_trip_when_the_day_exists_everywhere(day: date, months: int) -> None:
    early = day.replace(day=min(day.day, 28))
    assert cal.add_months(cal.add_months(early, months), -months) == early


@given(days, offsets)
def test_time_shift_month_agrees_with_add_months(day: date, months: int) -> None:
    moved = cal.add_months(day, months)
    assert cal.shift_month(day.year, day.month, months) == (moved.year, moved.month)


@given(st.integers(min_value=1904, max_value=2096).filter(calendar.isleap), st.integers(min_value=-12, max_value=12))
def test_time_leap_day_becomes_28_february_in_a_common_year(year: int, years: int) -> None:
    target = year + years
    expected = date(target, 2, 29) if calendar.isleap(target) else date(target, 2, 28)
    assert cal.add_months(date(year, 2, 29), 12 * years) == expected


@given(st.integers(min_value=1900, max_value=2100))
def test_time_february_has_29_days_exactly_in_leap_years(year: int) -> None:
    first, last = cal.value_interval(cal.month_value(year, 2))
    assert (last - first).days + 1 == (29 if calendar.isleap(year) else 28)
    assert cal.is_valid_day(year, 2, 29) == calendar.isleap(year)


@given(days)
def test_time_week_value_holds_the_day_and_runs_monday_to_sunday(day: date) -> None:
    first, last = cal.value_interval(cal.week_value(day))
    assert first <= day <= last
    assert first.isoweekday() == 1 and (last - first).days == 6
    assert cal.week_monday(day) == first


@given(days)
def test_time_week_year_is_the_year_of_the_weeks_thursday(day: date) -> None:
    thursday = cal.week_monday(day) + timedelta(days=3)
    assert cal.week_value(day).startswith(f"{thursday.year:04d}-W")


@given(days, st.integers(min_value=-60, max_value=60))
def test_time_moving_by_weeks_moves_the_week_value(day: date, weeks: int) -> None:
    moved = cal.add_days(day, 7 * weeks)
    first, _ = cal.value_interval(cal.week_value(moved))
    assert first == cal.week_monday(day) + timedelta(weeks=weeks)


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (date(2024, 12, 30), "2025-W01"),
        (date(2021, 1, 3), "2020-W53"),
        (date(2026, 1, 1), "2026-W01"),
        (date(2027, 1, 1), "2026-W53"),
    ],
)
def test_time_week_numbers_across_year_boundaries(day: date, week: str) -> None:
    assert cal.week_value(day) == week


@given(days)
def test_time_weekend_is_saturday_and_sunday_of_the_week(day: date) -> None:
    first, last = cal.value_interval(cal.weekend_value(day))
    assert (first.isoweekday(), last.isoweekday()) == (6, 7)
    assert cal.week_monday(first) == cal.week_monday(day)


@given(days, weekdays)
def test_time_latest_weekday_on_or_before(day: date, weekday: int) -> None:
    found = cal.last_weekday_on_or_before(day, weekday)
    assert found.isoweekday() == weekday and 0 <= (day - found).days < 7


@given(days, weekdays)
def test_time_first_weekday_on_or_after(day: date, weekday: int) -> None:
    found = cal.first_weekday_on_or_after(day, weekday)
    assert found.isoweekday() == weekday and 0 <= (found - day).days < 7


@given(st.integers(min_value=1900, max_value=2100), st.integers(1, 12), st.integers(1, 12))
def test_time_month_on_or_before_is_within_a_year(year: int, month: int, wanted: int) -> None:
    found_year, found_month = cal.month_on_or_before(year, month, wanted)
    distance = (year * 12 + month) - (found_year * 12 + found_month)
    assert found_month == wanted and 0 <= distance < 12
    later_year, _ = cal.month_on_or_after(year, month, wanted)
    assert 0 <= (later_year * 12 + wanted) - (year * 12 + month) < 12


@given(days)
def test_time_quarter_and_half_intervals_cover_the_year(day: date) -> None:
    quarter = (day.month - 1) // 3 + 1
    first, last = cal.value_interval(f"{day.year}-Q{quarter}")
    assert first <= day <= last
    first_half, _ = cal.value_interval(f"{day.year}-H1")
    _, second_end = cal.value_interval(f"{day.year}-H2")
    assert (first_half, second_end) == (date(day.year, 1, 1), date(day.year, 12, 31))


@pytest.mark.parametrize(
    ("amount", "designator", "is_time", "value"),
    [
        (30.0, "D", False, "P30D"),
        (1.5, "H", True, "PT1H30M"),
        (0.5, "H", True, "PT30M"),
        (2.5, "Y", False, "P2Y6M"),
        (None, "M", False, "PXM"),
        (None, "M", True, "PTXM"),
    ],
)
def test_time_duration_values(amount: float | None, designator: str, is_time: bool, value: str) -> None:
    assert cal.duration_value(amount, designator, is_time) == value


def test_time_granularity_of_values() -> None:
    assert [cal.value_granularity(v) for v in ("2024-06-18T10:00", "2024-W25", "2024-Q2", "2024", "PAST_REF")] == [
        "day", "week", "month", "year", "other",
    ]  # fmt: skip

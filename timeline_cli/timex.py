"""TIMEX3 values that are not a period of the calendar: durations (P3Y, PT5H30M), sets
(XXXX-WXX-2) and generic dates (XXXX-SU)."""

from __future__ import annotations

from dataclasses import replace

from .model import UNITS, Frame, Unit

_EPSILON, _HALF = 1e-6, 0.5


def _number(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def duration_value(f: Frame) -> str:
    unit = f.unit or Unit.DAY
    if unit is Unit.HALF:  # TIMEX3 has no half-year unit
        unit, f = Unit.MONTH, replace(f, amount=None if f.amount is None else f.amount * 6)
    in_years = UNITS[unit].in_years  # "two decades" is P20Y, as TimeBank writes it
    if in_years is not None and f.amount is not None:
        unit, f = Unit.YEAR, replace(f, amount=f.amount * in_years)
    if f.amount is not None and not float(f.amount).is_integer():
        parts = _in_smaller_units(f.amount, unit)
        if parts is not None:
            return _iso_duration(parts)
    amount = "X" if f.amount is None else _number(f.amount)
    return f"{'PT' if UNITS[unit].clock else 'P'}{amount}{UNITS[unit].timex}"


def _in_smaller_units(amount: float, unit: Unit) -> tuple[tuple[float, Unit], ...] | None:
    """A fraction written in the next smaller units, down to whole ones: 2.5 years is 2 years
    6 months (P2Y6M), 2.36 hours is 2 hours 21 minutes 36 seconds; None when it never comes
    out whole."""
    parts: list[tuple[float, Unit]] = []
    while True:
        whole, part = divmod(amount, 1)
        if part < _EPSILON or part > 1 - _EPSILON:  # whole, but for the float's last digits
            parts.append((whole + (part > _HALF), unit))
            return tuple(parts)
        parts.append((whole, unit))
        smaller = UNITS[unit].smaller
        if smaller is None:
            return None
        unit, amount = smaller[0], part * smaller[1]


def _iso_duration(parts: tuple[tuple[float, Unit], ...]) -> str:
    """P2Y6M, PT5H30M, P1DT12H: whole amounts, days and longer before the T."""
    date = "".join(f"{_number(n)}{UNITS[u].timex}" for n, u in parts if n and not UNITS[u].clock)
    time = "".join(f"{_number(n)}{UNITS[u].timex}" for n, u in parts if n and UNITS[u].clock)
    return "P" + date + ("T" + time if time else "")


def generic_value(f: Frame) -> str:
    if f.part_of_day and f.month is None:  # "nocturne": any night
        return f"T{f.part_of_day}"
    if f.season:
        return f"XXXX-{f.season}"
    if f.month is None and f.unit is Unit.DAY:  # "au lendemain de l'élection": some day
        return "XXXX-XX-XX"
    return f"XXXX-{f.month:02d}" if f.month else "XXXX"


def set_value(f: Frame) -> str:
    if f.weekday is not None:
        return f"XXXX-WXX-{f.weekday + 1}"
    if f.month is not None and f.day is not None:  # "chaque 14 juillet"
        return f"XXXX-{f.month:02d}-{f.day:02d}"
    if f.part_of_day is not None:  # "every morning"
        return f"XXXX-XX-XXT{f.part_of_day}"
    return duration_value(replace(f, amount=f.amount or 1))

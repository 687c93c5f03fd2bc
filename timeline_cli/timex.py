"""TIMEX3 values that are not a period of the calendar: durations (P3Y, PT5H30M), sets
(XXXX-WXX-2) and generic dates (XXXX-SU)."""

from __future__ import annotations

from dataclasses import replace

from .model import UNITS, Frame, Unit


def _number(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def duration_value(f: Frame) -> str:
    unit = f.unit or Unit.DAY
    if unit is Unit.HALF:  # TIMEX3 has no half-year unit
        unit, f = Unit.MONTH, replace(f, amount=None if f.amount is None else f.amount * 6)
    in_years = UNITS[unit].in_years  # "two decades" is P20Y, as TimeBank writes it
    if in_years is not None and f.amount is not None:
        unit, f = Unit.YEAR, replace(f, amount=f.amount * in_years)
    smaller_unit = UNITS[unit].smaller  # a fraction is written in it: 2.5 years is P2Y6M
    if f.amount is not None and not float(f.amount).is_integer() and smaller_unit:
        smaller, factor = smaller_unit
        whole, part = divmod(f.amount, 1)
        if float(part * factor).is_integer():
            return _iso_duration(((whole, unit), (part * factor, smaller)))
    amount = "X" if f.amount is None else _number(f.amount)
    return f"{'PT' if UNITS[unit].clock else 'P'}{amount}{UNITS[unit].timex}"


def _iso_duration(parts: tuple[tuple[float, Unit], ...]) -> str:
    """P2Y6M, PT5H30M, P1DT12H: whole amounts, days and longer before the T."""
    date = "".join(f"{_number(n)}{UNITS[u].timex}" for n, u in parts if n and not UNITS[u].clock)
    time = "".join(f"{_number(n)}{UNITS[u].timex}" for n, u in parts if n and UNITS[u].clock)
    return "P" + date + ("T" + time if time else "")


def generic_value(f: Frame) -> str:
    if f.season:
        return f"XXXX-{f.season}"
    return f"XXXX-{f.month:02d}" if f.month else "XXXX"


def set_value(f: Frame) -> str:
    if f.weekday is not None:
        return f"XXXX-WXX-{f.weekday + 1}"
    return duration_value(replace(f, amount=f.amount or 1))

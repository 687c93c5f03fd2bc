"""Placing a mention on the calendar: from its frame, the reference date and the story so far
to TIMEX3 attributes and an inclusive date range."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from . import occurrence
from . import periods as P
from .model import UNITS, Frame, Kind, Mention, Origin, Relation, Resolution, Unit
from .model import Granularity as G
from .storytime import against_tense, in_focus, narrated, weekday_warning
from .timex import duration_value, generic_value, set_value

_ONE_DAY = dt.timedelta(days=1)
_REF_VALUES = {Kind.PRESENT: "PRESENT_REF", Kind.PAST: "PAST_REF", Kind.FUTURE: "FUTURE_REF"}
_DAY_OR_FINER = (G.DAY, G.PART_OF_DAY, G.TIME)
_WEEK = dt.timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Context:
    """What a mention is resolved against."""

    reference: dt.date
    story: Resolution | None = None  # the last placed date before the mention
    tense: int = 0  # -1 past, +1 future, 0 unknown
    # the story date a date without its year takes its year from, when the pipeline decides
    # the focus holds here (genre, distance, clause); None: the reference date decides
    focus: Resolution | None = None
    narrative: bool = False  # a narrative's story may run past an (estimated) reference date
    # the last day placed before the mention (a day, a part of one, a time): "four days
    # earlier" counts from it when the last date is coarser ("the 19th-century family")
    day: Resolution | None = None


def resolve_ends(mention: Mention, ctx: Context) -> tuple[Resolution, Resolution] | None:
    """Each end of a range on its own ("[2008]" and "[2012]" in "entre 2008 et 2012")."""
    if mention.frame_end is None:
        return None
    try:
        return _ends(mention.frame, mention.frame_end, ctx)
    except (P.OutOfRange, ValueError, OverflowError):  # "29 février au 3 juillet 2014": no
        return None  # such day; a weekday before year 1


def resolve(mention: Mention, ctx: Context) -> Resolution:
    frame = mention.frame
    try:
        if mention.frame_end is not None:
            return _range(frame, mention.frame_end, ctx)
        res = _frame(frame, ctx) if frame.list_last is None else _listed(frame, ctx)
        return _apply_relation(res, mention.relation, frame, ctx)
    except (P.OutOfRange, OverflowError):  # a step past year 1 or 9999
        return Resolution(
            type=_timex_type(frame), value=None, explanation="outside the calendar (years 1-9999)"
        )


def _listed(f: Frame, ctx: Context) -> Resolution:
    """A day of a list of days of one month ("les [16], 17 et 18 décembre"): in the year the
    list's last day falls in, so a list never straddles two years by the tense's rules."""
    assert f.list_last is not None
    last = _frame(f.list_last, ctx)
    own = replace(f, list_last=None)
    if last.start is None:
        return _frame(own, ctx)
    res = _frame(replace(own, year=last.start.year, deictic=None), ctx)
    return replace(res, explanation=res.explanation or last.explanation)


def _timex_type(f: Frame) -> str:
    return {Kind.DURATION: "DURATION", Kind.SET: "SET", Kind.TIME: "TIME"}.get(f.kind, "DATE")


def _frame(f: Frame, ctx: Context) -> Resolution:
    if f.kind is Kind.DURATION and f.edge and f.year is not None:
        return _edge_of(f)
    if f.kind is Kind.DURATION:
        # "the past three years", "les cinq prochaines années": anchored at the reference date
        step = f.direction or f.deictic or 0  # "the past", "les prochaines": which way
        window = P.window(ctx.reference, f.unit, step * (f.amount or 0))
        start, end = window if window and f.origin is Origin.REFERENCE else (None, None)
        why = f"reference date {ctx.reference}" if start else None
        return Resolution(type="DURATION", value=duration_value(f), mod=f.mod, start=start,
                          end=end, granularity=G.DAY if start else None,
                          approximate=f.approximate, explanation=why)  # fmt: skip
    if f.kind is Kind.SET:
        return Resolution(type="SET", value=set_value(f), mod=f.mod)
    if f.kind in _REF_VALUES:
        return Resolution(type=f.reference_type, value=_REF_VALUES[f.kind], approximate=True)
    # "en été": any summer ("nocturne": any night), or the story's when a focus holds
    if f.kind is Kind.GENERIC:
        period = in_focus(f, ctx.focus, occurrence.in_year) if ctx.focus is not None else None
        if period is not None and ctx.focus is not None:
            return _timed(f, period, ctx, f"the story's date {ctx.focus.value}")
        return Resolution(type="TIME" if f.part_of_day else "DATE", value=generic_value(f))
    if f.origin is Origin.STORY or (ctx.narrative and ctx.story is not None and narrated(f)):
        return _from_story(replace(f, origin=Origin.STORY), ctx)
    if f.origin is Origin.PERIOD:
        return _from_period(f, ctx)
    if f.deictic is not None and f.unit is None and f.amount is None:
        return _timed(f, occurrence.deictic(f, ctx), ctx, f"reference date {ctx.reference}")
    if f.origin is Origin.REFERENCE and f.direction > 0 and f.amount is not None and ctx.tense < 0:
        # "in two weeks" in a past sentence is the span it took, not a date ahead
        return Resolution(
            type="DURATION", value=duration_value(f), mod=f.mod, approximate=f.approximate
        )
    if f.origin is Origin.REFERENCE:
        return _offset(f, ctx.reference, ctx, f"reference date {ctx.reference}")
    return _absolute(f, ctx)


def _edge_of(f: Frame) -> Resolution:
    """A length at the start or the end of the year or month after it: "the first nine months
    of 2014" runs from 1 January to 30 September 2014 (Grammar._anchor_edges)."""
    assert f.year is not None
    period = P.year(f.year) if f.month is None else P.month(f.year, f.month)
    span = P.edge(period, f.unit, f.edge * (f.amount or 0))
    start, end = span if span else (None, None)
    where = "start" if f.edge > 0 else "end"
    return Resolution(type="DURATION", value=duration_value(f), mod=f.mod, start=start, end=end,
                      granularity=G.DAY if start else None, approximate=f.approximate,
                      explanation=f"the {where} of {period.value}")  # fmt: skip


def _timed(f: Frame, period: P.Period | None, ctx: Context, why: str | None) -> Resolution:
    """A period as a resolution, with the clock time or part of day the frame adds."""
    if period is None:
        return Resolution(type=_timex_type(f), value=None, mod=f.mod, explanation=why)
    start, end = P.part(period, f.mod)
    value, granularity, kind = period.value, period.granularity, "DATE"
    if period.granularity is G.DAY and f.hour is not None:
        value, granularity, kind = f"{value}T{f.hour:02d}:{f.minute or 0:02d}", G.TIME, "TIME"
    elif period.granularity is G.DAY and f.part_of_day is not None:
        value, granularity, kind = f"{value}T{f.part_of_day}", G.PART_OF_DAY, "TIME"
    mod = f.mod or ("APPROX" if f.approximate else None)
    return Resolution(
        type=kind,
        value=value,
        mod=mod,
        start=start,
        end=end,
        granularity=granularity,
        approximate=f.approximate,
        explanation=why,
    )


def _absolute(f: Frame, ctx: Context) -> Resolution:
    if f.bc and f.year is not None:
        return Resolution(type="DATE", value=f"BC{f.year:04d}", mod=f.mod, granularity=G.YEAR)
    if f.bc and f.century is not None:  # the 1st century BC is BC00, as the 1st AD is 00
        return Resolution(type="DATE", value=f"BC{f.century:02d}", mod=f.mod, granularity=G.CENTURY)
    if f.century is not None:
        return _timed(f, P.century(f.century), ctx, None)
    if f.decade is not None:
        return _timed(f, P.decade(f.decade), ctx, None)
    if f.year is not None:
        period = occurrence.in_year(f, f.year)
        warning = weekday_warning(f, period.start) if period.granularity is G.DAY else None
        timed = _timed(f, period, ctx, warning)
        return replace(timed, warning=warning) if warning else timed
    if (
        f.month is None
        and f.weekday is None
        and f.day is None
        and (f.hour is not None or f.part_of_day)
    ):
        story = ctx.story if ctx.story and ctx.story.granularity in _DAY_OR_FINER else None
        clock = f"{f.hour:02d}:{f.minute or 0:02d}" if f.hour is not None else f.part_of_day
        if story is None and ctx.narrative:  # a biography's "at 8:30" is not on the reader's day
            why = "no day of the story before it"
            return Resolution(type="TIME", value=f"XXXX-XX-XXT{clock}", mod=f.mod,
                              approximate=f.approximate, explanation=why)  # fmt: skip
        if story is None and (days := _few_days_past(ctx)) is not None:
            # "le week-end dernier ... Il est parti vers 23 heures": on one of those days, not
            # on the reader's: its day is unknown
            return Resolution(type="TIME", value=f"XXXX-XX-XXT{clock}", mod=f.mod,
                              approximate=f.approximate,
                              explanation=f"a day of the story's {days}")  # fmt: skip
        day = story.start if story and story.start else ctx.reference
        return _timed(f, P.day(day), ctx, "previous date" if story else "reference date")
    focused = in_focus(f, ctx.focus, occurrence.in_year) if ctx.focus is not None else None
    against = (
        not ctx.narrative
        and focused is not None
        and against_tense(focused, ctx.tense, ctx.reference)
    )
    if focused is not None and ctx.focus is not None and not against:
        return _timed(f, focused, ctx, f"the story's date {ctx.focus.value}")
    nearest = occurrence.nearest(f, ctx)
    timed = _timed(f, nearest, ctx, f"reference date {ctx.reference}" if nearest else None)
    if nearest is None or nearest.granularity is not G.DAY:
        return timed
    warning = weekday_warning(f, nearest.start)  # a weekday the date it was kept at is not
    return replace(timed, warning=warning) if warning else timed


_SATURDAY = 5  # in weekday() numbering: from Saturday on, "the weekend" is this one
_MIDWEEK = 2.5  # Wednesday noon: before it, the weekend of unknown tense is the last one


def _offset(f: Frame, origin: dt.date, ctx: Context, why: str) -> Resolution:
    """ "il y a trois ans", "dans deux semaines", "hier", "l'an dernier"."""
    unit = f.unit or Unit.DAY
    if f.amount is None and f.deictic is None:
        kind = Kind.PAST if f.direction < 0 else Kind.FUTURE
        return Resolution(type="DATE", value=_REF_VALUES[kind], approximate=True, explanation=why)
    granularity = UNITS[unit].granularity
    amount = f.amount if f.amount is not None else abs(f.deictic or 0)
    sign = f.direction if f.amount is not None else (f.deictic or 0)
    if unit is Unit.DECADE and f.amount is None:  # "cette décennie"
        granularity = G.DECADE
    if unit is Unit.WEEK and f.amount:  # "il y a une semaine": the day; "that week": the week
        granularity = G.DAY
    if unit is Unit.WEEKEND:  # "ce week-end", "the weekend": the last one or the next one, by tense
        weekday = origin.weekday()
        back = sign == 0 and weekday < _SATURDAY and (ctx.tense or (weekday - _MIDWEEK)) < 0
        # "le week-end prochain", "next weekend": the next one to come, as "lundi prochain" is
        # the next Monday; from Monday to Friday, this week's
        coming = sign > 0 and amount == 1 and weekday < _SATURDAY
        step = -1 if back else 0 if coming else sign * amount
        return _timed(f, P.weekend(P.shift(origin, Unit.WEEK, step)), ctx, why)
    target = P.containing(P.shift(origin, unit, sign * amount), granularity)
    if granularity is G.WEEK and f.weekday is not None:  # "Wednesday next week"
        target = P.day(target.start + dt.timedelta(days=f.weekday))
    if granularity is G.YEAR and _names_part_of_year(f):  # "June last year"
        target = occurrence.in_year(f, target.start.year)
    if f.amount_hi is None:
        return _timed(f, target, ctx, why)
    other = P.containing(P.shift(origin, unit, sign * f.amount_hi), granularity)
    first, last = sorted((target, other), key=lambda p: p.start)
    return Resolution(
        type="DATE",
        value=f"{first.value}/{last.value}",
        mod="APPROX",
        start=first.start,
        end=last.end,
        granularity=granularity,
        approximate=True,
        explanation=why,
    )


def _from_story(f: Frame, ctx: Context) -> Resolution:
    """ "trois ans plus tard", "le lendemain": counted from the last date placed before."""
    story = ctx.story
    unit_granularity = UNITS[f.unit or Unit.DAY].granularity
    if story is None or story.start is None or story.granularity is None:
        return _unanchored(f, "no earlier date in the text")
    if f.month is not None or f.season is not None:  # "le 20 mars suivant", "that spring"
        period = in_focus(f, story, occurrence.in_year)
        return _timed(f, period, ctx, f"previous date {story.value}")
    start = story.start
    if not P.finer_or_equal(story.granularity, unit_granularity):
        # "the 19th-century family ... four days earlier": from the last day, if any
        day = ctx.day
        if (
            day is None
            or day.start is None
            or day.granularity is None
            or not P.finer_or_equal(day.granularity, unit_granularity)
            # a day outside the story's period is no day of it ("le week-end dernier ... ce
            # soir-là" after "le 19 décembre": not the 19th)
            or not (story.end is None or story.start <= day.start <= story.end)
        ):
            return _unanchored(f, f"previous date {story.value} is too coarse")
        story, start = day, day.start
    why = f"previous date {story.value}"
    return _offset(replace(f, origin=Origin.REFERENCE), start, ctx, why)


def _unanchored(f: Frame, why: str) -> Resolution:
    """A move from the story with nothing to move from: "[three days] later" is then the
    span it says, a duration; anything else stays unresolved."""
    if f.direction and f.amount != 0:  # a vague amount too: "[a few days] later" is PXD
        return Resolution(
            type="DURATION",
            value=duration_value(f),
            mod=f.mod,
            approximate=f.approximate,
            explanation=why,
        )
    return Resolution(type=_timex_type(f), value=None, mod=f.mod, explanation=why)


def _names_part_of_year(f: Frame) -> bool:
    return any(x is not None for x in (f.month, f.season, f.quarter, f.half))


_PERIOD_PRECISION = (G.YEAR, G.HALF, G.QUARTER, G.MONTH, G.WEEK, G.DAY)


def _from_period(f: Frame, ctx: Context) -> Resolution:
    """ "the year-ago quarter", "the latest period": the period last placed in the text. With
    an amount, moved by it at the period's own precision (1989-Q3 a year back is 1988-Q3);
    without, that period when it is of the frame's unit ("that quarter"). When nothing fits,
    from the reference date: the last whole unit before it (the current one in a future-tense
    sentence)."""
    story, unit = ctx.story, f.unit or Unit.DAY
    if f.year is not None:  # "the same period of 2012": the period in focus, in that year
        return _period_in_year(f, f.year, ctx)
    precision = story.granularity if story else None
    if precision in (G.PART_OF_DAY, G.TIME):
        precision = G.DAY
    if precision is G.DAY and f.amount and story and story.start:
        # a day is a period to compare with only as its end ("the quarter ended Sept. 30")
        precision = G.QUARTER if _ends_quarter(story.start) else None
    unit_granularity = UNITS[unit].granularity
    if (
        story is None
        or story.start is None
        or precision not in _PERIOD_PRECISION
        or (precision is not unit_granularity and not f.amount)
    ):
        last = f if f.amount else replace(f, amount=0 if ctx.tense > 0 else 1, direction=-1)
        why = f"reference date {ctx.reference}"
        return _offset(replace(last, origin=Origin.REFERENCE), ctx.reference, ctx, why)
    start = story.start
    if story.moved is not None:
        if f.amount:  # "a year earlier" again: the same period as the last comparison
            return story
        start = P.shift(start, story.moved[1], -story.moved[0])  # the period itself
    if not f.amount:
        return _timed(f, P.containing(start, unit_granularity), ctx, f"previous date {story.value}")
    move = f.direction * f.amount
    named = _named_quarter(f, story, move)
    if named is not None:  # "the first quarter a year ago" after a second quarter
        return _timed(f, named, ctx, f"previous date {story.value}, moved {move:+g} {unit}")
    own = P.containing(start, precision)
    fiscal = story.granularity is precision and (own.start, own.end) != (start, story.end)
    if fiscal and story.moved is None and story.end is not None:
        # a fiscal period ("the second quarter, ended Nov. 28"): its own days, moved
        shifted = _fiscal_shift(story, unit, move)
        if shifted is not None:
            return replace(shifted, explanation=f"previous date {story.value}, moved {move:+g} "
                           f"{unit}", moved=(move, unit))  # fmt: skip
    target = P.containing(P.shift(start, unit, move), precision)
    moved = _timed(f, target, ctx, f"previous date {story.value}, moved {move:+g} {unit}")
    return replace(moved, moved=(move, unit))


def _few_days_past(ctx: Context) -> str | None:
    """The value of the story's last date when it is a few days (a weekend, a week) before
    the reference date and the sentence is in the past: a clock time said then is on one of
    those days."""
    story = ctx.story
    if story is None or story.start is None or story.end is None or story.value is None:
        return None
    if ctx.tense >= 0 or not story.end < ctx.reference:
        return None
    return story.value if 1 <= (story.end - story.start).days <= 6 else None


def _period_in_year(f: Frame, year: int, ctx: Context) -> Resolution:
    """The period in focus (a quarter, a half, a month) moved to `year`; the year alone when
    no such period is in focus."""
    story = ctx.story
    value = story.value if story is not None else None
    if (story is None or value is None or not value[:4].isdigit()
            or story.granularity not in (G.QUARTER, G.HALF, G.MONTH)):  # fmt: skip
        return _timed(replace(f, origin=None), P.year(year), ctx, "its year")
    move = year - int(value[:4])
    if move == 0:
        return replace(story, explanation=f"previous date {value}")
    whole_years = replace(f, year=None, unit=Unit.YEAR, amount=abs(move),
                          direction=1 if move > 0 else -1)  # fmt: skip
    return _from_period(whole_years, ctx)


def _named_quarter(f: Frame, story: Resolution, move: float) -> P.Period | None:
    """The quarter the words name in the year the move reaches from the story's quarter,
    when it is another quarter than the story's (the same one moves as a whole, fiscal or
    not)."""
    value = story.value or ""
    if f.quarter is None or f.unit is not Unit.YEAR or not P.QUARTER_VALUE.fullmatch(value):
        return None
    if int(value[-1]) == f.quarter or move != int(move):
        return None
    try:
        return P.quarter(int(value[:4]) + int(move), f.quarter)
    except (P.OutOfRange, ValueError):
        return None


def _fiscal_shift(period: Resolution, unit: Unit, move: float) -> Resolution | None:
    """A period that is not a calendar one (a fiscal quarter ending Nov. 28) moved by whole
    years: the same days, and the value its name gives, a year away ("2004-Q2" -> "2003-Q2")."""
    if unit is not Unit.YEAR or move != int(move) or period.start is None or period.end is None:
        return None
    value = period.value or ""
    if not (len(value) >= 4 and value[:4].isdigit()):
        return None
    try:
        start, end = P.shift_span(period.start, period.end, unit, move)
    except (P.OutOfRange, OverflowError):  # the calendar's ends
        return None
    year = int(value[:4]) + int(move)
    return replace(period, start=start, end=end, value=f"{year:04d}{value[4:]}")


def _ends_quarter(day: dt.date) -> bool:
    return day.month % 3 == 0 and (day + _ONE_DAY).day == 1


def _ends(first: Frame, second: Frame, ctx: Context) -> tuple[Resolution, Resolution]:
    """The two ends of a range; a first end that leaves out its month or year takes them from
    the second ("du 13 au 18": both in the month the 18th falls in); a range of weekdays runs
    forward from its first ("du lundi au vendredi": the Friday after that Monday)."""
    if _bare_weekday(first) and _bare_weekday(second):
        a = _frame(first, ctx)
        if a.start is not None and second.weekday is not None:
            start = a.start
            end = start + dt.timedelta(days=(second.weekday - start.weekday()) % 7)
            if (ctx.tense or first.tense) < 0 and end > ctx.reference:  # "de mardi à jeudi,
                start, end = start - _WEEK, end - _WEEK  # il a plu", said on a Tuesday
            ends = [replace(f, year=d.year, month=d.month, day=d.day)
                    for f, d in ((first, start), (second, end))]  # fmt: skip
            return replace(_frame(ends[0], ctx), explanation=a.explanation), _frame(ends[1], ctx)
    b = _frame(second, ctx)
    anchor = b.start or b.end
    given = first
    if anchor is not None and first.kind in (Kind.DATE, Kind.TIME) and first.origin is None:
        if first.clock_only and not second.clock_only:  # "from 9 a.m. to 5 p.m. on Friday"
            first = replace(first, year=anchor.year, month=anchor.month, day=anchor.day)
        elif first.day is not None and first.month is None and first.year is None:
            first = replace(first, month=anchor.month, year=anchor.year)
        elif first.year is None and first.deictic is None and first.place_in_year >= (1, 0):
            # both ends without a year ("de janvier à mars", "du lundi 3 au mercredi 5 mars"):
            # one range, so the first end is in the year of the second, or the year before
            # when it lies later in the year ("du 28 décembre au 3 janvier"), not placed on
            # its own by the tense (January ahead and March behind, a range ending before it
            # starts)
            later = first.place_in_year > (anchor.month, anchor.day)
            first = replace(first, year=anchor.year - 1 if later else anchor.year)
    try:
        a = _frame(first, ctx)
    except ValueError:  # the second end's year has no such day: the first end as written
        a = _frame(given, ctx)
    overnight = _overnight(first, second) and a.start is not None and a.start == b.start
    if overnight and a.start is not None and a.start < dt.date.max:
        # "entre 21h et 6h", "from 9 p.m. to 6 a.m.": the second clock time is the next day's
        day = a.start + _ONE_DAY
        b = _frame(replace(second, year=day.year, month=day.month, day=day.day), ctx)
    return a, b


def _bare_weekday(f: Frame) -> bool:
    """A weekday and nothing else that dates it ("lundi", "Friday")."""
    return (
        f.weekday is not None
        and f.day is None
        and f.month is None
        and f.year is None
        and f.origin is None
        and f.deictic is None
    )


def _overnight(first: Frame, second: Frame) -> bool:
    """Two bare clock times, the second earlier in the day than the first."""
    later = (second.hour or 0, second.minute or 0) < (first.hour or 0, first.minute or 0)
    return first.clock_only and second.clock_only and later


def _range(first: Frame, second: Frame, ctx: Context) -> Resolution:
    try:
        a, b = _ends(first, second, ctx)
    except ValueError:  # "du 29 février au 3 juillet 2014": a day that year does not have
        return Resolution(type="DATE", value=None, explanation="a day that does not exist")
    if a.type == b.type == "DURATION":  # "de 6 à 9 mois": between two lengths
        return Resolution(type="DURATION", value=f"{a.value}/{b.value}", approximate=True)
    if a.start is None or b.end is None:
        return Resolution(type="DATE", value=None, explanation=a.explanation or b.explanation)
    value = f"{a.value}/{b.value}" if a.value and b.value else None
    if a.start > b.end:  # "de 2014 à 2011", "du 5 au 3": a range cannot end before it starts
        return Resolution(
            type="DATE", value=value, explanation="a range that ends before it starts"
        )
    return Resolution(
        type=a.type if a.type == b.type else "DATE",  # "de 14 h à 18 h": a range of times
        value=value,
        mod=None,
        start=a.start,
        end=b.end,
        granularity=a.granularity,
        approximate=a.approximate or b.approximate,
        explanation=a.explanation or b.explanation,
        warning=a.warning or b.warning,  # a weekday that is not its date's
    )


def _apply_relation(
    res: Resolution, relation: Relation | None, f: Frame, ctx: Context
) -> Resolution:
    """Open or bound the range: "depuis 2011" runs to the reference date, "avant 2010" has no
    start, "depuis trois ans" is the three years before the reference date."""
    ref = ctx.reference
    if relation == Relation.SINCE and f.kind is Kind.DURATION and f.amount is not None and f.unit:
        start = P.shift(ref, f.unit, -f.amount)
        return replace(res, start=start, end=ref, granularity=G.DAY,
                       explanation=f"reference date {ref}")  # fmt: skip
    if res.start is None or res.end is None or relation is None:
        return res
    if relation == Relation.SINCE:
        end = ref if res.start <= ref else res.end
        return replace(res, end=max(end, res.start), explanation=f"until reference date {ref}")
    if relation in (Relation.UNTIL, Relation.BY):
        return replace(res, start=None)
    if relation == Relation.BEFORE:
        return replace(res, start=None, end=res.start - _ONE_DAY)
    if relation == Relation.AFTER:
        return replace(res, start=res.end + _ONE_DAY, end=None)
    if relation == Relation.FROM:
        return replace(res, end=None)
    return res

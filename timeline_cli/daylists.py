"""Lists of days that share one month ("les 16, 17 et 18 décembre", "on March 3, 5 and 7",
"the 14th, 21st and 28th of May"): one mention per day, as TimeML tags them, each with the
month, and the year, that the list writes once.

A list is read around a mention of a day with its month, its anchor: the bare days written
before it ("les 16, 17 et [18 décembre]"), or after it when the anchor ends with its day
("[March 3], 5 and 7"). The days are separated by the language's list separators, the last
two by one of its conjunctions (`LanguageResource.list_day`, `list_separators`,
`list_conjunctions`). A rule's range joined by a conjunction ("les 3 et 10 mars") is such a
list of two days. The days of a list run forward, within one line of prose; the first one
keeps a determiner written before it ("[les 16], 17 et [18 décembre]"), as French TimeBank
tags it.

Two days in a row ("les 26 et 27 juin") are one span of two days, as "du 26 au 27 juin": a
range with its two parts, as are two days after a range opener ("entre le 2 et le 6
novembre"); any other list is one mention per day. A day whose year is not written takes the
year the list's last day falls in (`Frame.list_last`, read by the resolver).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from .interpret import complete_range
from .model import Frame, Kind, Mention, Relation
from .schema import LanguageResource

_ITEM_REACH = 16  # characters before a day for one more day of the list: "1er, ", "21st, and "
_SPACES = 3  # spaces between a conjunction and the day after it
_OPENER_REACH = 12  # characters before a list read for a range opener: "entre ", "between "
_EDGE = r"(?<![\w.,:/'’-])"  # a day of a list is a number of its own, not "2,5" or "6-3"
_DIGITS = re.compile(r"\d+")
_Day = tuple[int, int, Frame]  # where a day of the list is written, and what it says


class DayLists:
    """The list step of one language, compiled once (see the module's docstring)."""

    def __init__(
        self,
        res: LanguageResource,
        expand: Callable[[str], str],
        opener: re.Pattern[str],
        hard_break: Callable[[str, int, int], int],
        compile_: Callable[[str, int], re.Pattern[str]] = re.compile,
    ) -> None:
        self.enabled = bool(res.list_conjunctions)
        self._opener, self._hard_break = opener, hard_break
        day = expand(res.list_day)
        sep = "|".join(re.escape(s) for s in res.list_separators) or "(?!)"
        conj = "|".join(re.escape(c) for c in res.list_conjunctions) or "(?!)"
        last = rf"(?:\s*,)?\s+(?:{conj})\s+"  # before the last day; a serial comma too
        flags = re.IGNORECASE
        # a day and what follows it up to the next day, read backwards from that day
        self._day_and_separator = compile_(rf"{_EDGE}({day})\s*(?:{sep})\s+$", flags)
        self._day_and_conjunction = compile_(rf"{_EDGE}({day}){last}$", flags)
        self._conjunction = compile_(last, flags)
        ends = {c for w in res.list_conjunctions for c in (w[-1:].lower(), w[-1:].upper())}
        self._conjunction_ends = frozenset(ends - {""})
        # what may follow the day of a month-first anchor: a separator, or a conjunction
        self._next_after_day = tuple(
            {s[:1] for s in res.list_separators}
            | {f" {c[:1]}" for w in res.list_conjunctions for c in (w.lower(), w.upper())}
        )
        self._day = compile_(_EDGE + day, flags)
        determiners = "|".join(re.escape(w) for w in res.list_determiners) or "(?!)"
        self._determiner = compile_(rf"(?<!\w)(?:{determiners})\s+$", flags)
        # a month-first anchor ends with its day ("March 3"); the days after it, the last one
        # followed by no count, unit or month ("March 3, 20 and 25 people")
        self._ends_with_day = compile_(rf"{_EDGE}{day}$", flags)
        after = (
            rf"(?P<days>(?:\s*(?:{sep})\s+{day}(?!\w|[.,:/-]\d))*){last}(?P<last>{day})"
            r"(?:,?\s+(?P<year>{YEAR}))?"
            r"(?![\w%]|[.,:/-]\d|\s*(?:{NOT_AFTER_NUMBER})|\s+(?:{UNIT}|{MONTH}))"
        )
        self._days_after = compile_(expand(after), flags)
        # the first day of a rule's range, without a determiner before it ("les [3]"), with
        # its weekday or month ("[March 3] and 10")
        first = r"(?:(?:{WEEKDAY}),?\s+)?(?:(?:{MONTH})\.?\s+)?" + day + "$"
        self._first_day = compile_(expand(first), flags)

    def join(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions with each list of days made one mention per day (or one range)."""
        if not self.enabled:
            return mentions
        out: list[Mention] = []
        skip_to, n = -1, len(mentions)
        for i, m in enumerate(mentions):
            if m.start < skip_to:  # a year the list took: "June 2, 9 and 16, [2016]"
                continue
            f = m.frame
            if f.day is None or f.month is None or f.kind is not Kind.DATE or f.origin:
                out.append(m)
                continue
            found = self._list(text, m)
            if found is None:
                out.append(m)
                continue
            start, end = found[0].start, found[-1].end
            k = len(out)
            while k and out[k - 1].end > start:
                k -= 1
            later = i + 1
            while later < n and mentions[later].start < end:
                later += 1
            taken = [*out[k:], *mentions[i + 1 : later]]
            if any(x.end > end or not _bare(x.frame) for x in taken):
                out.append(m)  # the list would cut another expression
                continue
            if taken and (lo := min(x.start for x in taken)) < start:  # "[the 7th], 14th and"
                first = found[0]
                found[0] = replace(first, start=lo, text=text[lo : first.end])
            del out[k:]
            out.extend(found)
            skip_to = end
        return out

    def _list(self, text: str, m: Mention) -> list[Mention] | None:
        if m.frame_end is not None:
            return self._range_as_list(text, m)
        if self._after_conjunction(text, m.start):
            days = self._days_before(text, m.start, m.frame, conjunction=True)
            if days:
                last = (m.start, m.end, m.frame)
                return self._mentions(text, [*days, last], m.rule, days[0][0])
        if not text.startswith(self._next_after_day, m.end):
            return None
        found = self._days_after.match(text, m.end)
        if found is None or not self._ends_with_day.search(m.text):
            return None
        return self._days_after_anchor(text, m, found)

    def _after_conjunction(self, text: str, at: int) -> bool:
        """Whether a conjunction may end right before `at`, after at most three spaces: a
        test of one character, since most dates follow no list."""
        i = at - 1
        while i >= 0 and at - i <= _SPACES and text[i].isspace():
            i -= 1
        return at - 1 > i >= 0 and text[i] in self._conjunction_ends

    def _range_as_list(self, text: str, m: Mention) -> list[Mention] | None:
        """A rule's range of two days of a month joined by a conjunction ("les 3 et 10 mars",
        "March 3 and 10", "mardi 5 et vendredi 8 novembre"), with the days before it ("les 2,
        [3 et 10 mars]")."""
        f, g = m.frame, m.frame_end
        if g is None or m.relation is not Relation.RANGE or len(m.parts) != 2:
            return None
        (a, b), (c, d) = m.parts
        if g.day is None or g.month != f.month:
            return None
        if not self._conjunction.match(text, b, c):
            return None
        first = self._first_day.search(text, a, b)
        if first is None:
            return None
        # a day with its weekday ("mardi 5 et vendredi 8 novembre") is a list of two, weekday
        # included; days before it are read only for bare days
        weekday = f.weekday is not None or g.weekday is not None
        days = [] if weekday else self._days_before(text, first.start(), g, conjunction=False)
        pair = [(a if f.weekday is not None else first.start(), b, f), (c, d, g)]
        if not days and (_in_a_row(f, g) or self._opened(text, m.start)):
            return None  # two days in a row, "entre le 2 et le 6": the rule's range stands
        return self._mentions(text, [*days, *pair], m.rule, None)

    def _days_before(self, text: str, end: int, last: Frame, *, conjunction: bool) -> list[_Day]:
        """The bare days written before `end`, in order; the first one read back is followed
        by a conjunction (or by a separator when the conjunction is inside a rule's range)."""
        days: list[_Day] = []
        pattern = self._day_and_conjunction if conjunction else self._day_and_separator
        after = last.day or 0
        shared = last if last.year is None else None
        while found := pattern.search(text, max(0, end - _ITEM_REACH), end):
            day = _day_of(found.group(1), last, shared)
            if day.day is None or day.day >= after:  # the days of a list run forward: at
                break  # most 30 are read back, whatever the text
            days.append((found.start(1), found.end(1), day))
            end, pattern, after = found.start(), self._day_and_separator, day.day
        days.reverse()
        return days

    def _days_after_anchor(
        self, text: str, m: Mention, found: re.Match[str]
    ) -> list[Mention] | None:
        """ "[March 3], 5 and 7", "June 2, 9 and 16, 2016": the anchor and the days after it
        (`found`); a year after the last day is the list's."""
        year = int(found.group("year")) if found.group("year") else m.frame.year
        anchor = replace(m.frame, year=year)
        final = _day_of(found.group("last"), anchor)
        shared = final if final.year is None else None
        between = self._day.finditer(text, found.start("days"), found.end("days"))
        days = [(x.start(), x.end(), _day_of(x.group(), anchor, shared)) for x in between]
        last = (found.start("last"), found.end(), final)
        return self._mentions(text, [(m.start, m.end, anchor), *days, last], m.rule,
                              m.start)  # fmt: skip

    def _mentions(
        self, text: str, days: list[_Day], rule: str, opened_at: int | None
    ) -> list[Mention] | None:
        """One mention per day, or one range for two days in a row or after an opener;
        None when the numbers are no list of days of one month."""
        numbers = [f.day or 0 for _, _, f in days]
        if any(b <= a for a, b in pairwise(numbers)):
            return None  # the days of a list run forward: "les 30, 31 et 1er janvier" is not
        if not _exists(days[-1][2]) or self._hard_break(text, days[0][0], days[-1][1]) >= 0:
            return None
        a, b, f = days[0]
        if text[a : a + 1].isdigit() and (det := self._determiner.search(text, max(0, a - 8), a)):
            days[0] = (det.start(), b, f)  # "[les 16], 17 et 18 décembre", "[the 7th], 14th"
        if len(days) == 2 and opened_at is not None:
            (a, b, f), (c, d, g) = days
            if _in_a_row(f, g) or self._opened(text, opened_at):
                first, second = complete_range(f, g)
                return [Mention(start=a, end=d, text=text[a:d], rule=rule, frame=first,
                                frame_end=second, relation=Relation.RANGE,
                                parts=((a, b), (c, d)))]  # fmt: skip
        last = days[-1][2]
        shared = last if last.year is None else None
        return [
            Mention(start=a, end=b, text=text[a:b], rule=f"{rule} (list)",
                    frame=f if shared is None or f is last or f.list_last is not None
                    else replace(f, list_last=shared))  # the anchor or the rule's first day
            for a, b, f in days
        ]  # fmt: skip

    def _opened(self, text: str, start: int) -> bool:
        return bool(self._opener.search(text, max(0, start - _OPENER_REACH), start))


def _day_of(written: str, like: Frame, last: Frame | None = None) -> Frame:
    """A bare day of a list: the day of the month of `like`, in its year when it has one, else
    in the year of the list's `last` day."""
    digits = _DIGITS.match(written)
    return Frame(kind=Kind.DATE, year=like.year, month=like.month,
                 day=int(digits.group()) if digits else None,
                 tense=like.tense, lean=like.lean, deictic=like.deictic,
                 list_last=last)  # fmt: skip


def _bare(f: Frame) -> bool:
    """A day alone ("du [2], 9 et 16 juin"), or a year: what a list may take into itself."""
    alone = f.day is not None and f.month is None and f.weekday is None
    year = f.year is not None and f.month is None and f.day is None and f.weekday is None
    return alone or year


def _in_a_row(f: Frame, g: Frame) -> bool:
    return f.day is not None and g.day == f.day + 1


def _exists(f: Frame) -> bool:
    """The last day of a list is a day of its month (of its year when it is written)."""
    if f.day is None or f.month is None:
        return False
    year = f.year if f.year is not None and 1 <= f.year <= 9999 else 2000  # a leap year
    return 1 <= f.day <= calendar.monthrange(year, f.month)[1]

"""From a document as read to what the pipeline needs: the text to process (a web page's
article), the references given from outside the text (option, CSV, page metadata) and the
one from its file name, then the page's title and URL added to the document info."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from .model import Reference, Timeline
from .refsources import csv_reference, filename_reference
from .webpage import is_html, read_page


@dataclass(frozen=True, slots=True)
class Prepared:
    text: str
    given: Reference | None  # option, then CSV, then page metadata
    fallback: Reference | None  # a date in the file name: after the text's own dateline
    title: str | None = None
    url: str | None = None


def prepare(
    path: str,
    text: str,
    ref_date: dt.date | None,
    ref_dates: Mapping[str, dt.date] | None,
) -> Prepared:
    """The text and references of one document; InputError for a page with no article."""
    given = Reference(ref_date, "option", "--ref-date") if ref_date else None
    given = given or (csv_reference(ref_dates, path) if ref_dates else None)
    fallback = filename_reference(path)
    name = "<stdin>" if path == "-" else path
    if not is_html(name, text):
        return Prepared(text, given, fallback)
    page = read_page(text, name)
    if given is None and page.date is not None:
        given = Reference(page.date, "metadata", page.date_field)
    return Prepared(page.text, given, fallback, page.title, page.url)


def finished(timeline: Timeline, prepared: Prepared, with_text: bool) -> Timeline:
    """The timeline with the page's title and URL, and the text when asked for."""
    if prepared.title is None and prepared.url is None and not with_text:
        return timeline
    info = dataclasses.replace(
        timeline.document,
        title=prepared.title,
        url=prepared.url,
        text=prepared.text if with_text else None,
    )
    return dataclasses.replace(timeline, document=info)

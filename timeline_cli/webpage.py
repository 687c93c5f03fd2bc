"""Web pages: telling HTML from text, and reading an article out of a page.

The main text is extracted with trafilatura (menus, sidebars, comments and scripts left out),
the publication date is read from the page's markup with htmldate (the original date, not the
"updated" one). Both take a third of a second to import, so they are imported only when a
document is HTML: plain-text runs never load them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import InputError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HEAD = 4096  # characters in which a page's opening tags must appear
_STARTS_LIKE_HTML = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)


# trafilatura falls back to whatever text a page has (a menu, a list of headlines): an article
# has at least one paragraph of this many words
_MIN_PARAGRAPH_WORDS = 12


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page gives: its article text, and what its markup says about it."""

    text: str
    title: str | None
    url: str | None
    date: dt.date | None
    date_field: str  # the tag or field the date was read from, in words


def is_html(name: str, text: str) -> bool:
    """Whether a document is a web page: by its extension, or by how its text starts."""
    return name.lower().endswith(HTML_SUFFIXES) or bool(_STARTS_LIKE_HTML.match(text[:_HEAD]))


def read_page(html: str, name: str) -> Page:
    """The article of a page; InputError when the page has no article text (an index page,
    a login wall)."""
    from trafilatura import bare_extraction

    document = bare_extraction(
        html, with_metadata=True, include_comments=False, include_images=False
    )
    text = getattr(document, "text", None) or ""
    if not any(len(line.split()) >= _MIN_PARAGRAPH_WORDS for line in text.splitlines()):
        raise InputError(
            f"{name}: a web page with no article text (an index page, a login wall?); "
            "give the page of an article"
        )
    date, field = publication_date(html)
    title = getattr(document, "title", None) or None
    url = getattr(document, "url", None) or None
    return Page(text, title, url, date, field)


def publication_date(html: str) -> tuple[dt.date | None, str]:
    """The page's original publication date from its markup (never from its text, where a
    sidebar may list other dates), and the tag or field it came from."""
    from htmldate import find_date

    found = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if not found:
        return None, ""
    return dt.date.fromisoformat(found), _field_of(html, found)


_TAG = re.compile(r"<(?:meta|time|abbr)\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""\b(property|name|itemprop|http-equiv|class)\s*=\s*["']([^"']*)["']""")


def _field_of(html: str, date: str) -> str:
    """The first tag or JSON-LD field that carries `date` (YYYY-MM-DD)."""
    for tag in _TAG.finditer(html):
        if date not in tag.group(0) and date.replace("-", "/") not in tag.group(0):
            continue
        kind = tag.group(0)[1:].split(None, 1)[0].lower().rstrip(">")
        if kind == "time":
            return "<time datetime>"
        named = _ATTRIBUTE.search(tag.group(0))
        return f'<{kind} {named.group(1)}="{named.group(2)}">' if named else f"<{kind}>"
    json_ld = re.search(r'"(date\w*)"\s*:\s*"' + re.escape(date), html)
    if json_ld:
        return f"JSON-LD {json_ld.group(1)}"
    return "the page's markup (htmldate)"

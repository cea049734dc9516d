"""The `Doc._` and `Span._` attributes policyie sets, registered once per process.

Values stored on the Doc are plain lists/dicts of strings and numbers, so Docs survive
`DocBin(store_user_data=True)` and `nlp.pipe(n_process=...)`; rich objects are rebuilt by
getters.
"""
from __future__ import annotations

import weakref

from spacy.tokens import Doc, Span

from .quantity import Quantity

#: per Doc, per attribute: (the list indexed, its length, {(start, end): position}). Built on
#: the first getter call and rebuilt when the list is replaced or changes, so each getter is
#: a dict lookup instead of a scan of the document's items.
_INDEX: "weakref.WeakKeyDictionary[Doc, dict[str, tuple[list, int, dict]]]" = weakref.WeakKeyDictionary()


def _item(span: Span, attr: str) -> dict | None:
    """The item of `span.doc._.<attr>` whose start and end are the span's, in constant time."""
    doc = span.doc
    items = getattr(doc._, attr)
    if not items:
        return None
    key = (span.start_char, span.end_char)
    by_doc = _INDEX.get(doc)
    if by_doc is None:
        by_doc = _INDEX[doc] = {}
    entry = by_doc.get(attr)
    for _ in range(2):
        if entry is None or entry[0] is not items or entry[1] != len(items):
            index: dict = {}
            for i, item in enumerate(items):
                index.setdefault((item["start"], item["end"]), i)
            entry = by_doc[attr] = (items, len(items), index)
        i = entry[2].get(key)
        if i is None:
            return None
        item = items[i]
        if (item["start"], item["end"]) == key:
            return item
        entry = None                                 # changed in place: index again
    return None


def _span_quantity(span: Span) -> Quantity | None:
    item = _item(span, "quantities")
    return Quantity.from_dict(item) if item is not None else None


def _span_place(span: Span):
    from .places import Place
    item = _item(span, "places")
    return Place.from_dict(item) if item is not None else None


def _span_agency(span: Span):
    from .agencies import Agency
    item = _item(span, "agencies")
    return Agency.from_dict(item) if item is not None else None


def _article_part(span: Span, part: str) -> str | None:
    article = _item(span, "articles")
    piece = article.get(part) if article is not None else None
    return piece["text"] if piece else None


def register() -> None:
    """Register policyie's extension attributes (idempotent)."""
    if not Doc.has_extension("quantities"):
        Doc.set_extension("quantities", default=None)   # list of dicts: start, end, label, Quantity fields
    if not Doc.has_extension("removed"):
        Doc.set_extension("removed", default=None)      # [[start, end], ...] cut by cleaning
    if not Doc.has_extension("noise"):
        Doc.set_extension("noise", default=None)        # [[start, end, kind], ...]
    if not Doc.has_extension("tables"):
        Doc.set_extension("tables", default=None)       # list of table dicts (see policyie.tables)
    if not Doc.has_extension("articles"):
        Doc.set_extension("articles", default=None)     # list of article dicts (see structure.Article)
    if not Span.has_extension("headline"):
        Span.set_extension("headline", getter=lambda span: _article_part(span, "headline"))
    if not Span.has_extension("byline"):
        Span.set_extension("byline", getter=lambda span: _article_part(span, "byline"))
    for name in ("places", "agencies", "agency_links", "records"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)       # lists of plain dicts with offsets
    if not Span.has_extension("place"):
        Span.set_extension("place", getter=_span_place)
    if not Span.has_extension("agency"):
        Span.set_extension("agency", getter=_span_agency)
    if not Span.has_extension("quantity"):
        Span.set_extension("quantity", getter=_span_quantity)


register()

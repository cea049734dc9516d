"""The `Doc._` and `Span._` attributes policyie sets, registered once per process.

Values stored on the Doc are plain lists/dicts of strings and numbers, so Docs survive
`DocBin(store_user_data=True)` and `nlp.pipe(n_process=...)`; rich objects are rebuilt by
getters.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .quantity import Quantity


def _span_quantity(span: Span) -> Quantity | None:
    for item in span.doc._.quantities or ():
        if item["start"] == span.start_char and item["end"] == span.end_char:
            return Quantity.from_dict(item)
    return None


def _span_place(span: Span):
    from .places import Place
    for item in span.doc._.places or ():
        if item["start"] == span.start_char and item["end"] == span.end_char:
            return Place.from_dict(item)
    return None


def _span_agency(span: Span):
    from .agencies import Agency
    for item in span.doc._.agencies or ():
        if item["start"] == span.start_char and item["end"] == span.end_char:
            return Agency.from_dict(item)
    return None


def _article_part(span: Span, part: str) -> str | None:
    for article in span.doc._.articles or ():
        if article["start"] == span.start_char and article["end"] == span.end_char:
            piece = article.get(part)
            return piece["text"] if piece else None
    return None


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

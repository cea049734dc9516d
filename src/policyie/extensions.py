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


def register() -> None:
    """Register policyie's extension attributes (idempotent)."""
    if not Doc.has_extension("quantities"):
        Doc.set_extension("quantities", default=None)   # list of dicts: start, end, label, Quantity fields
    if not Doc.has_extension("removed"):
        Doc.set_extension("removed", default=None)      # [[start, end], ...] cut by cleaning
    if not Span.has_extension("quantity"):
        Span.set_extension("quantity", getter=_span_quantity)


register()

"""Character offsets to token spans, whatever the word segmenter did.

Rule components find entities on character offsets. When a segmenter token straddles an
entity boundary (600万元用于 -> 600万 | 元用 ...), the token is split so the entity is exact.
"""
from __future__ import annotations

import weakref
from bisect import bisect_right
from typing import Iterable

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, ORTH, SPACY

from spacy.tokens import Doc, Span


_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc: spaCy rebuilds it from every token on each access,
    which would dominate the cost of fast rule components. Retokenizing never changes it."""
    text = _TEXTS.get(doc)
    if text is None:
        # from the token arrays: spaCy's own doc.text builds a Token object per token
        strings = doc.vocab.strings
        text = "".join([strings[orth] + " " if space else strings[orth]
                        for orth, space in doc.to_array([ORTH, SPACY]).tolist()]) if len(doc) else ""
        _TEXTS[doc] = text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (spaCy's tokenizers are lossless, so it is
    `doc.text`), sparing `doc_text` the rebuild."""
    _TEXTS[doc] = text


def split_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Split tokens so that every offset in `offsets` falls on a token boundary (in place)."""
    cuts = sorted(set(offsets))
    if not cuts:
        return
    starts = doc.to_array([IDX]).ravel().tolist()
    plan: dict[int, list[int]] = {}
    for cut in cuts:
        i = bisect_right(starts, cut) - 1
        if i < 0 or starts[i] == cut:
            continue
        token = doc[i]
        if cut < token.idx + len(token.text):
            plan.setdefault(i, []).append(cut - token.idx)
    if not plan:
        return
    with doc.retokenize() as retok:
        for i, inner in plan.items():
            token = doc[i]
            bounds = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retok.split(token, orths, heads=[(token, 0)] * len(orths))


def char_spans(doc: Doc, items: Iterable[tuple[int, int, str]], text_length: int | None = None) -> list[Span]:
    """Spans for (start, end, label) character ranges, splitting tokens where needed.

    Make all spans of a component in one call: a later split shifts token indices and
    leaves earlier Span objects pointing at the wrong tokens."""
    n = len(doc.text) if text_length is None else text_length
    items = [(s, e, label) for s, e, label in items if 0 <= s < e <= n]
    split_at(doc, [x for s, e, _ in items for x in (s, e)])
    spans = []
    for s, e, label in items:
        span = doc.char_span(s, e, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def merge_ents(doc: Doc, spans: list[Span], overwrite: bool) -> None:
    """Add `spans` to `doc.ents`; on overlap the new spans win if `overwrite`, else the old.
    Linear in the number of tokens and spans."""
    old = list(doc.ents)
    first, second = (spans, old) if overwrite else (old, spans)
    taken = bytearray(len(doc) + 1)
    kept = []
    for group_spans, longest_first in ((first, overwrite), (second, True)):
        ordered = sorted(group_spans, key=lambda s: (-(s.end - s.start), s.start)) if longest_first else group_spans
        for span in ordered:
            if not any(taken[span.start:span.end]):
                taken[span.start:span.end] = b"\x01" * (span.end - span.start)
                kept.append(span)
    set_ents(doc, sorted(kept, key=lambda s: s.start))


def set_ents(doc: Doc, spans: list[Span]) -> None:
    """`doc.ents = spans` for spans that do not overlap, in order: the same entity annotation
    of every token, written as arrays in one pass (spaCy's setter looks every token up in a
    Python set, which on one token per character cost as much as a rule component). A span's
    first token is B (3), its others I (1), all of its label, knowledge-base id and, if the span
    has one, entity id; every other token O (2) without a label; spans without a label are
    left out, as spaCy leaves them out."""
    spans = [span for span in spans if span.label > 0]
    if any(a.end > b.start for a, b in zip(spans, spans[1:])):
        doc.ents = spans                              # (not expected: spaCy's checks and errors)
        return
    n = len(doc)
    spans = [span for span in spans if span.start < span.end]
    if n == 0:
        return
    table = numpy.empty((n, 4), dtype=numpy.uint64)
    table[:, 0] = 2
    table[:, 1] = 0
    table[:, 2:] = doc.to_array([ENT_KB_ID, ENT_ID])
    if spans:
        fields = numpy.array([(sp.start, sp.end, sp.label, sp.kb_id, sp.id) for sp in spans], dtype=numpy.uint64)
        starts, ends = fields[:, 0].astype(numpy.int64), fields[:, 1].astype(numpy.int64)
        sizes = ends - starts
        # the tokens of every span, and for each the span's row
        owner = numpy.repeat(numpy.arange(len(spans)), sizes)
        tokens = numpy.arange(int(sizes.sum())) + numpy.repeat(starts - (numpy.cumsum(sizes) - sizes), sizes)
        table[tokens, 0] = 1
        table[starts, 0] = 3
        table[tokens, 1] = fields[owner, 2]
        table[tokens, 2] = fields[owner, 3]
        named = fields[owner, 4] != 0                 # an entity id only where the span has one
        table[tokens[named], 3] = fields[owner[named], 4]
    doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID], table)

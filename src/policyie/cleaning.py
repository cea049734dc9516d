"""Repairing extraction damage without losing the caller's offsets.

PDF and web extractions break sentences across blank lines (购买劳\\n\\n动者). Rather than
rewriting the text, cleaning produces a list of *removed ranges*; a `TextView` is the text
with those ranges cut out, and maps every view offset back to the original text. Rule
components match on the view and report offsets in the original.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Iterable, Sequence

import regex

_TERMINAL = "。！？!?；;：:…”’\"）)】》」』■"
_CLAUSE_MARKS = "，、；,;。"
_PARAGRAPH_BREAK = regex.compile(r"[ \t\u3000]*\n[\s\u3000]*")
_BYLINE = regex.compile(r"^[(（][^()（）\n]{1,20}[)）]\s*$")
_CREDIT = regex.compile(r"^图为|^图片由.{1,40}提供$|\s摄$|^责任编辑|^免责声明")
# the next paragraph opens with a one- or two-character clause that is not a sentence opener
_SHORT_CLAUSE = regex.compile(r"^(?!近日|日前|目前|近年|今年|去年|同时|此外|其中|对此|为此|随后|据悉|然而|但是|因此|所以|首先|其次|最后|另外|如今)"
                              r"[\p{Han}]{1,2}[，,、]")
_AMOUNT_END = regex.compile(r"[0-9０-９][万亿]?[元人户个亩]?$")
_QUALIFIER_START = regex.compile(r"^(?:以上|以下|以内|左右|余|多)")
_LIST_START = regex.compile(r"^(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|——|■|图为)")


def find_broken_lines(text: str, apart: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """Line breaks that cut a sentence in two, as (start, end) ranges of the break itself.

    A break is joined when the paragraph before it does not end a sentence and reads as body
    text (long, or containing clause punctuation), so a short headline is never glued onto
    its body, and the next paragraph is not a byline or a list item. Lines for which `apart`
    is true (navigation, spam) are never joined to a neighbour.
    """
    breaks: list[tuple[int, int]] = []
    para_start = 0
    # web extractions put one paragraph per line: there a single line break is a paragraph
    # break unless punctuation says the sentence goes on
    single_line_style = text.count("\n\n") * 4 < text.count("\n")
    for m in _PARAGRAPH_BREAK.finditer(text):
        before = text[para_start:m.start()].strip()
        nxt_end = text.find("\n", m.end())
        after = text[m.end():nxt_end if nxt_end >= 0 else len(text)].strip()
        para_start = m.end()
        if not before or not after or m.end() >= len(text):
            continue
        if apart is not None and (apart(before) or apart(after)):
            continue
        if before[-1] in _TERMINAL or before[0] in "■(（" or _BYLINE.match(after) or _LIST_START.match(after) \
                or _CREDIT.search(after) or _CREDIT.search(before):
            continue
        if single_line_style and m.group().count("\n") == 1:
            if before[-1] in "，、,；;" or after[0] in "，、,；;。":
                breaks.append((m.start(), m.end()))
            continue
        if before.count("“") > before.count("”") or _SHORT_CLAUSE.match(after):
            breaks.append((m.start(), m.end()))          # an open quote, or 人没登记，…: goes on
            continue
        if len(before) >= 30 or any(c in before for c in _CLAUSE_MARKS) or after[0] in "，、,；;。" \
                or (_AMOUNT_END.search(before) and _QUALIFIER_START.match(after)):
            breaks.append((m.start(), m.end()))
    return breaks


def near_duplicates(paras: list[tuple[int, int, str]], threshold: float = 0.8,
                    min_length: int = 20) -> list[int]:
    """Indexes of paragraphs that repeat an earlier one exactly or nearly (character-trigram
    Jaccard similarity >= threshold); short lines (headlines, bylines) are never duplicates.

    Exact and linear in practice (prefix filtering): with the trigrams of every paragraph in
    one fixed order, two sets with Jaccard >= t share a trigram among the first
    n - floor(t * n) + 1 of either, so only those are indexed and probed, and the few
    candidates are checked with a set intersection.
    """
    seen_exact: set[str] = set()
    kept: list[set[str]] = []
    index: dict[str, list[int]] = {}
    dups: list[int] = []
    for i, (_, _, text) in enumerate(paras):
        key = "".join(text.split())
        if len(key) < min_length:
            continue
        if key in seen_exact:
            dups.append(i)
            continue
        grams = {key[j:j + 3] for j in range(len(key) - 2)}
        prefix = sorted(grams)[:len(grams) - int(threshold * len(grams)) + 1]
        candidates = {k for g in prefix for k in index.get(g, ())}
        if any(_jaccard(grams, kept[k]) >= threshold for k in candidates):
            dups.append(i)
            continue
        seen_exact.add(key)
        for g in prefix:
            index.setdefault(g, []).append(len(kept))
        kept.append(grams)
    return dups


def _jaccard(a: set, b: set) -> float:
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


class TextView:
    """`text` with `removed` ranges cut out; `to_original` maps offsets back."""

    __slots__ = ("original", "text", "_view_starts", "_orig_starts")

    def __init__(self, original: str, removed: Iterable[Sequence[int]] = ()):
        self.original = original
        pieces: list[str] = []
        view_starts: list[int] = []
        orig_starts: list[int] = []
        pos = view_pos = 0
        for start, end in sorted((int(s), int(e)) for s, e in removed):
            if start < pos or end <= start or end > len(original):
                continue
            view_starts.append(view_pos)
            orig_starts.append(pos)
            pieces.append(original[pos:start])
            view_pos += start - pos
            pos = end
        view_starts.append(view_pos)
        orig_starts.append(pos)
        pieces.append(original[pos:])
        self.text = "".join(pieces)
        self._view_starts = view_starts
        self._orig_starts = orig_starts

    def to_original(self, offset: int) -> int:
        """Original offset of the character at view `offset` (or of the text end)."""
        i = bisect_right(self._view_starts, offset) - 1
        return self._orig_starts[i] + offset - self._view_starts[i]

    def from_original(self, offset: int) -> int:
        """View offset of original `offset` (an offset inside a cut maps to where the cut is)."""
        i = bisect_right(self._orig_starts, offset) - 1
        if i < 0:
            return 0
        seg_end = self._view_starts[i + 1] if i + 1 < len(self._view_starts) else len(self.text)
        return min(self._view_starts[i] + offset - self._orig_starts[i], seg_end)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a view span; a span ending at a cut ends before the cut."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1

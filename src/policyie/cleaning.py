"""Repairing extraction damage without losing the caller's offsets.

PDF and web extractions break sentences across blank lines (购买劳\\n\\n动者). Rather than
rewriting the text, cleaning produces a list of *removed ranges*; a `TextView` is the text
with those ranges cut out, and maps every view offset back to the original text. Rule
components match on the view and report offsets in the original.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy
import regex

from .lexicon import read_lines, read_table
from .regexes import compiled

DATA_DIR = Path(__file__).parent / "data" / "structure"


def data_file(folder: str | Path, name: str) -> Path:
    """`folder/name`, or the package's own file of that name when the folder lacks it (a
    user's data folder may hold only the lists they extended)."""
    path = Path(folder) / name
    return path if path.exists() else DATA_DIR / name


def write_data_files(folder: str | Path, names, target: str | Path) -> None:
    """Copy the data files `names` in use (from `folder`, else the package's) into `target`,
    so that a saved component carries the lists it was built from."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        (target / name).write_bytes(data_file(folder, name).read_bytes())

_TERMINAL = "。！？!?；;：:…”’\"）)】》」』■"
_CLAUSE_MARKS = "，、；,;。"
_PARAGRAPH_BREAK = compiled(r"[ \t\u3000]*\n[\s\u3000]*")
_BYLINE = compiled(r"^[(（][^()（）\n]{1,20}[)）]\s*$")
_CREDIT = compiled(r"^图为|^图片由.{1,40}提供$|\s摄$|^责任编辑|^免责声明")
# the next paragraph opens with a one- or two-character clause that is not a sentence opener
_SHORT_CLAUSE = compiled(r"^(?!近日|日前|目前|近年|今年|去年|同时|此外|其中|对此|为此|随后|据悉|然而|但是|因此|所以|首先|其次|最后|另外|如今)"
                         r"[\p{Han}]{1,2}[，,、]")
_AMOUNT_END = compiled(r"[0-9０-９][万亿]?[元人户个亩]?$")
_QUALIFIER_START = compiled(r"^(?:以上|以下|以内|左右|余|多)")
# 以上/以下 opening a sentence about what precedes ("the above accounts"), not a qualifier
_NUMBER_CELL = compiled(r"[-+]?[0-9０-９][0-9０-９,，.．]*%?")
_THE_ABOVE = compiled(r"^以[上下](?:账目|情况|内容|数据|事项|信息|收支|名单|各项|所述|资料|公示)")
_LIST_START = compiled(r"^(?:[一二三四五六七八九十]+(?:是|、(?![一二三四五六七八九十]))|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|——|■|图为)")


_TITLE_PATTERN: "regex.Pattern | None" = None
_TITLE_ASIDE = compiled(r"\s*[(（][^()（）]{1,8}[)）]\s*$")


def is_document_title(line: str, max_length: int = 80) -> bool:
    """Does the line read as the title of an official document: no clause punctuation, and
    ending with a kind of document (关于下达…资金的通知, …补助资金公示, …报告（摘要）)? The
    kinds are data/structure/document_types.txt, read once per process."""
    global _TITLE_PATTERN
    line = line.strip()
    if not line or len(line) > max_length or any(c in line for c in "，。；;！？!?"):
        return False
    if _TITLE_PATTERN is None:
        from .regexes import alternation
        _TITLE_PATTERN = compiled(rf"(?:{alternation(read_lines(data_file(DATA_DIR, 'document_types.txt')))})$")
    return bool(_TITLE_PATTERN.search(_TITLE_ASIDE.sub("", line)))


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
        if m.group().count("\n") == 1 and _NAME_CUT_BEFORE.search(before) and _NAME_CUT_AFTER.match(after):
            breaks.append((m.start(), m.end()))       # 梨仙村、三会村、狮⏎岩村: an item of a list of places cut
            continue
        if before[-1] in _TERMINAL or before[0] in "■(（" or _BYLINE.match(after) or _LIST_START.match(after) \
                or _CREDIT.search(after) or _CREDIT.search(before):
            continue
        if "\n\n" in m.group() and is_document_title(before):
            continue                      # a long notice title over a blank line: not one sentence
        if single_line_style and m.group().count("\n") == 1:
            if before[-1] in "，、,；;" or after[0] in "，、,；;。" or _cut_sentence(before, after, m.group()):
                breaks.append((m.start(), m.end()))
            continue
        if before.count("“") > before.count("”") or _SHORT_CLAUSE.match(after):
            breaks.append((m.start(), m.end()))          # an open quote, or 人没登记，…: goes on
            continue
        if _AMOUNT_END.search(before) and _THE_ABOVE.match(after):
            continue                      # 期末结存 74540元 / 以上账目经…审核: "the above", a new sentence
        if _NUMBER_CELL.fullmatch(before):
            continue                      # a table's cell alone on its line (可分配收益⏎195,220), then a blank cell
        if len(before) >= 30 or any(c in before for c in _CLAUSE_MARKS) or after[0] in "，、,；;。" \
                or (_AMOUNT_END.search(before) and _QUALIFIER_START.match(after)):
            breaks.append((m.start(), m.end()))
    return breaks


# a line of running prose that stops inside its sentence: a clause of it is done (，；), it
# ends on a character of words, not a figure, a bracket or a mark (…其中，投入3800万元⏎用于…)
_CUT_SENTENCE = compiled(r"^[^|｜\t]*[，；][^，；：:\s]{5,}\p{Han}$")
# …and the next line is prose too, no new paragraph (indented), row, item or note (附：,
# 合计：, ④…, a cell alone, cells parted by | or tabs)
_GOES_ON = compiled(r"(?![①-⑳])[^：:\s]{6}[^|｜\t]*[，。；、！？][^|｜\t]*$")


def _cut_sentence(before: str, after: str, gap: str) -> bool:
    """In one-paragraph-per-line text, does a line break cut a sentence of prose in two
    (…统筹用于兴隆洼镇⏎各村垃圾收运体系建设。)? Not after an item (七、…) or an amount (a row's
    last cell: …户均380元⏎公益岗位工资), nor before an indented line."""
    return gap.endswith("\n") and _CUT_SENTENCE.search(before) is not None and _GOES_ON.match(after) is not None \
        and not _LIST_START.match(before) and not _AMOUNT_END.search(before)
# a list of places cut inside an item: the line ends on the first characters of a name after a
# list's joint (、, 至, 8.) and the next line opens with the rest of it and a village's suffix
_NAME_CUT_BEFORE = compiled(r"^(?!.*单位).*(?:[、，,；;至和]|[0-9][.．、])\p{Han}{1,3}(?<![村镇乡组屯寨区县])$")
_NAME_CUT_AFTER = compiled(r"\p{Han}{0,4}?(?:村|社区|组|屯|寨|嘎查)(?=$|[、，,；;（(\s])")
_NONEMPTY_LINE = compiled(r"[^\n]*[^\s][^\n]*")
_HEAD_END = "。！？!?；;，,："
#: a token that ends a line but is not text: letters and digits mixed (2uD, a1B9), left there by
#: a PDF converter's watermark or an anti-copy script
_WATERMARK = compiled(r"(?<=[\p{Han}\p{P}\s])(?=[A-Za-z0-9]{0,5}[A-Za-z])(?=[A-Za-z0-9]{0,5}[0-9])[A-Za-z0-9]{2,6}[ \t\u3000]*$",
                      regex.M)


class FurnitureRules:
    """Page-number patterns of furniture.tsv (- 12 -, 第3页 共10页, Page 3 of 10)."""

    def __init__(self, path: str | Path = DATA_DIR / "furniture.tsv"):
        path = Path(path)
        self.page = [compiled(p) for kind, p in read_table(data_file(path.parent, path.name)) if kind == "page"]
        from .regexes import first_of
        self._page = first_of(self.page)            # one match call for all of them

    def is_page_number(self, line: str) -> bool:
        if self._page is not None:
            return self._page.match(line) is not None
        return any(p.match(line) for p in self.page)


_FURNITURE: FurnitureRules | None = None


def default_furniture() -> FurnitureRules:
    """The packaged furniture rules, compiled once per process (read-only afterwards)."""
    global _FURNITURE
    if _FURNITURE is None:
        _FURNITURE = FurnitureRules()
    return _FURNITURE


def find_furniture(text: str, rules: FurnitureRules | None = None, *, head_distance: int = 2,
                   head_length: int = 60, watermark_repeats: int = 3) -> list[tuple[int, int, str]]:
    """Page furniture of a PDF or print extraction as (start, end, kind) of its text:

    - "page": a page-number line (- 12 -, 第3页 共10页);
    - "head": a running head or footer: a short line within `head_distance` lines of a page
      number that repeats another line of the text (or two consecutive lines joined: the
      document title broken at the top of the first page), without sentence-final punctuation;
    - "watermark": a letters-and-digits token ending `watermark_repeats` or more lines (2uD).

    The first copy of a running head that is not next to a page number (the title on the
    first page) is text, not furniture.
    """
    rules = rules or default_furniture()
    lines = [(m.start(), m.end(), m.group().strip()) for m in _NONEMPTY_LINE.finditer(text)]
    lines = [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip()), t) for s, e, t in lines]
    out: list[tuple[int, int, str]] = []
    pages = [i for i, (_, _, t) in enumerate(lines) if rules.is_page_number(t)]
    if pages:
        keys = ["".join(t.split()) for _, _, t in lines]
        seen: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            seen.setdefault(k, []).append(i)
        joined = {keys[i] + keys[i + 1] for i in range(len(keys) - 1)}
        page_set = set(pages)
        near = sorted({j for i in pages for j in range(i - head_distance, i + head_distance + 1)
                       if 0 <= j < len(lines) and j not in page_set})
        for i in pages:
            out.append((lines[i][0], lines[i][1], "page"))
        for j in near:
            k = keys[j]
            if not 2 <= len(k) <= head_length or k[-1] in _HEAD_END or "。" in k:
                continue
            if len(seen[k]) > 1 or k in joined:
                out.append((lines[j][0], lines[j][1], "head"))
    marks: dict[str, list[regex.Match]] = {}
    for m in _WATERMARK.finditer(text):
        marks.setdefault(m.group().strip(), []).append(m)
    for token, found in marks.items():
        if len(found) >= watermark_repeats:
            out.extend((m.start(), m.start() + len(token), "watermark") for m in found)
    return sorted(out)


def furniture_cuts(text: str, furniture: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The ranges to cut from the view for each furniture item: a whole line goes with the
    line break after it (or before it, at the end of the text), so the text on either side
    meets as if the page had not been broken; a watermark token goes alone."""
    cuts = []
    for s, e, kind in furniture:
        if kind == "watermark":
            cuts.append((s, e))
            continue
        line_start = text.rfind("\n", 0, s) + 1
        end = e
        while end < len(text) and text[end] in " \t\u3000\r\n":
            end += 1
        if end < len(text):
            cuts.append((line_start, end))
        else:
            start = line_start
            while start > 0 and text[start - 1] in " \t\u3000\r\n":
                start -= 1
            cuts.append((start, len(text)))
    return cuts


def merge_ranges(ranges: Iterable[Sequence[int]]) -> list[tuple[int, int]]:
    """Overlapping or touching (start, end) ranges joined, sorted."""
    out: list[list[int]] = []
    for s, e in sorted((int(s), int(e)) for s, e in ranges):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def near_duplicates(paras: list[tuple[int, int, str]], threshold: float = 0.8,
                    min_length: int = 20, *, trigrams: dict[str, dict[int, None]] | None = None) -> list[int]:
    """Indexes of paragraphs that repeat an earlier one exactly or nearly (character-trigram
    Jaccard similarity >= threshold); short lines (headlines, bylines) are never duplicates.

    Exact and linear in practice (prefix filtering): with the trigrams of every paragraph in
    one fixed order, two sets with Jaccard >= t share a trigram among the first
    n - floor(t * n) + 1 of either, so only those are indexed and probed, and the few
    candidates are checked with a set intersection.

    trigrams: a dict where each paragraph's trigrams are left (key: the paragraph without
        whitespace), for `repeated_passages` to reuse.

    Trigrams are handled as integer codes (`_trigram_codes`), whose order is that of the
    three-character strings.
    """
    seen_exact: set[str] = set()
    kept: list = []                                   # the distinct trigrams of each kept paragraph
    index: dict[int, tuple[int, ...]] = {}
    dups: list[int] = []
    keys = ["".join(text.split()) for _, _, text in paras]
    # the trigrams of every paragraph long enough, made in one numpy pass for the document (a
    # pass per paragraph cost more than the work)
    made = _paragraph_trigrams(keys, min_length)
    for i, key in enumerate(keys):
        if len(key) < min_length:
            continue
        if key in seen_exact:
            dups.append(i)
            continue
        ordered = dict.fromkeys(made[i])
        if trigrams is not None:
            trigrams[key] = ordered
        grams = ordered.keys()
        n = len(grams)
        prefix = sorted(grams)[:n - int(threshold * n) + 1]
        candidates = set(chain.from_iterable(filter(None, map(index.get, prefix))))
        # the similarity is at most the ratio of the two sizes: a paragraph whose size is a
        # whole trigram short of `threshold` of the other's cannot reach it (exact: the margin
        # is far above rounding)
        if any(_jaccard(grams, other) >= threshold for other in map(kept.__getitem__, candidates)
               if threshold * max(n, len(other)) - 1 < min(n, len(other))):
            dups.append(i)
            continue
        seen_exact.add(key)
        # postings never capped; tuples, one shared by the new trigrams (a list per trigram
        # would be as many objects for the garbage collector to trace)
        number = (len(kept),)
        get = index.get
        for g in prefix:
            posting = get(g)
            index[g] = number if posting is None else posting + number
        kept.append(grams)
    return dups


def _paragraph_trigrams(keys: list[str], min_length: int) -> dict[int, list[int]]:
    """`_trigram_codes` of each key of at least `min_length` characters (by index), made for
    all keys at once at numpy speed: the keys joined, the trigrams across two keys left out."""
    long = [i for i, k in enumerate(keys) if len(k) >= min_length and len(k) >= 3]
    if not long:
        return {}
    sizes = [len(keys[i]) for i in long]
    points = numpy.frombuffer("".join(keys[i] for i in long).encode("utf-32-le", "surrogatepass"),
                              dtype=numpy.uint32).astype(numpy.int64)
    codes = ((points[:-2] << 42) | (points[1:-1] << 21) | points[2:]).tolist()
    out: dict[int, list[int]] = {}
    at = 0
    for i, size in zip(long, sizes):
        out[i] = codes[at:at + size - 2]
        at += size
    return out


def _trigram_codes(key: str) -> list[int]:
    """The trigrams of `key` in order (repeats included) as integers, made at numpy speed: the
    code points a, b, c of `key[j:j+3]` give a·2⁴² + b·2²¹ + c (code points are below 2²¹), so
    two trigrams are equal, and compare, as their strings do."""
    if len(key) < 3:
        return []
    points = numpy.frombuffer(key.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32).astype(numpy.int64)
    return ((points[:-2] << 42) | (points[1:-1] << 21) | points[2:]).tolist()


def _gram_positions(codes: list[int]) -> dict[int, list[int]]:
    """Trigram -> its offsets in its paragraph (in order of first occurrence), from the
    paragraph's `_trigram_codes`."""
    out: dict[int, list[int]] = {}
    for j, g in enumerate(codes):
        out.setdefault(g, []).append(j)
    return out


_NUMBER = compiled(r"[0-9０-９]+(?:[.,．][0-9０-９]+)*")
_SENTENCE_LIKE = compiled(r"[。！？；!?;]|[，,、].*[，,、]")


class _Kept:
    """A paragraph remembered by `repeated_passages`: its key, distinct trigrams (codes, in
    order of first occurrence) and, made only when a candidate is checked, the trigram at
    each offset and the offsets of each trigram."""

    __slots__ = ("key", "grams", "_codes", "_positions")

    def __init__(self, key: str, grams: dict[int, None]):
        self.key = key
        self.grams = grams
        self._codes: list[int] | None = None
        self._positions: dict[int, list[int]] | None = None

    @property
    def codes(self) -> list[int]:
        if self._codes is None:
            self._codes = _trigram_codes(self.key)
        return self._codes

    @property
    def positions(self) -> dict[int, list[int]]:
        if self._positions is None:
            self._positions = _gram_positions(self.codes)
        return self._positions


def repeated_passages(text: str, paras: Sequence[tuple[int, int]], *, skip: Iterable[int] = (),
                      threshold: float = 0.8, min_length: int = 20, postings: int = 64,
                      trigrams: dict[str, dict[int, None]] | None = None) -> list[tuple[int, int]]:
    """Passages that repeat earlier text although their paragraph as a whole does not: a
    fragment left by a page break that the next copy holds in full, or a paragraph that holds
    an earlier fragment (有力推进,…答卷。 before 据悉,…得益于项目建设的有力推进,…答卷。).

    `paras` are (start, end) of paragraphs of `text` (the cleaned view, so broken lines are
    already joined); paragraphs in `skip` (already whole duplicates) are neither checked nor
    remembered. Paragraph A repeats earlier paragraph B when the character trigrams of A that
    B also has form one dense region (>= `threshold` of it) of >= `min_length` characters that
    holds >= `threshold` of A or of B and reads as prose (a sentence end, or two clause marks:
    a title quoted in the body is no repeat), and the numbers written in the two regions are
    the same in the same order (so parallel list items, 1.X乡…340万元 / 2.Y乡…340万元, are
    not repeats).
    Returns the (start, end) ranges of `text` that repeat, whitespace ignored.

    Candidates come from a trigram index whose lists stop growing at `postings` entries (a
    trigram that common says nothing), so the work stays linear in the text; trigrams are
    counted at C speed (and indexed by a plain loop) and their offsets are computed only for the few candidates
    checked. `trigrams`: the paragraphs' trigrams already made by `near_duplicates`.
    """
    skip = set(skip)
    index: dict[int, tuple[int, ...]] = {}
    kept: list[_Kept] = []
    out: list[tuple[int, int]] = []
    for i, (ps, pe) in enumerate(paras):
        if i in skip:
            continue
        key = "".join(text[ps:pe].split())          # str.split() cuts exactly at str.isspace()
        if len(key) < min_length:
            continue
        grams = trigrams.get(key) if trigrams else None
        if grams is None:
            grams = dict.fromkeys(_trigram_codes(key))
        # how many distinct trigrams each earlier paragraph shares, in order of first meeting
        shared = Counter(chain.from_iterable(filter(None, map(index.get, grams))))
        best = None
        mine = None
        for k, n in shared.most_common():           # stable: ties keep their first-met order
            other = kept[k]
            if n < threshold * min(len(grams), len(other.grams)) or n * 3 < min_length:
                break
            if mine is None:
                mine = _Kept(key, grams)
            region = _repeat_region(mine, other, threshold, min_length)
            if region is not None:
                best = region
                break
        if best is not None:
            a, b = best
            pos = [j for j in range(ps, pe) if not text[j].isspace()]
            out.append((pos[a], pos[b - 1] + 1))
        # a plain loop (cheaper than bulk passes here); tuples, one shared by the new trigrams
        # (a list per trigram would be as many objects for the garbage collector to trace)
        number = (len(kept),)
        get = index.get
        for g in grams:
            posting = get(g)
            if posting is None:
                index[g] = number
            elif len(posting) < postings:
                index[g] = posting + number
        kept.append(mine or _Kept(key, grams))
    return out


def _repeat_region(mine: _Kept, other: _Kept, threshold: float, min_length: int):
    """The (start, end) in `mine.key` of the region that repeats paragraph `other`, or None."""
    key, codes = mine.key, mine.codes
    okey, odistinct = other.key, other.grams
    hits = sorted(j for g, js in mine.positions.items() if g in odistinct for j in js)
    if not hits:
        return None
    # the densest run of hits: split where a gap is longer than a few characters
    runs, start = [], 0
    for n in range(1, len(hits) + 1):
        if n == len(hits) or hits[n] - hits[n - 1] > 6:
            runs.append(hits[start:n])
            start = n
    run = max(runs, key=len)
    a, b = run[0], run[-1] + 3
    if b - a < min_length or len(run) < threshold * (b - a - 2):
        return None
    region_grams = {codes[j] for j in run}
    own = len(run) / max(1, len(key) - 2)
    theirs = len(region_grams) / max(1, len(odistinct))
    if own < threshold and theirs < threshold:
        return None
    if not _SENTENCE_LIKE.search(key[a:b]):
        return None                 # a title quoted in the body (关于…的报告 … 向大会报告…) is no repeat
    ograms = other.positions
    ohits = sorted(j for g in region_grams for j in ograms.get(g, ()))
    oa, ob = ohits[0], ohits[-1] + 3
    if _NUMBER.findall(key[a:b]) != _NUMBER.findall(okey[oa:ob]):
        return None
    if own >= threshold:
        a, b = 0, len(key)          # nearly all of the paragraph repeats: all of it
    return a, b


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
        if len(self._view_starts) == 1:                 # nothing removed: the same offsets
            return offset
        i = bisect_right(self._view_starts, offset) - 1
        return self._orig_starts[i] + offset - self._view_starts[i]

    def from_original(self, offset: int) -> int:
        """View offset of original `offset` (an offset inside a cut maps to where the cut is)."""
        if len(self._view_starts) == 1:                 # nothing removed
            return 0 if offset < 0 else min(offset, len(self.text))
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

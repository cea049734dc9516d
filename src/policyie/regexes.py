"""Building the rule patterns: word-list alternations, a fast-skip gate, and compiling them
once (`compiled`: the patterns made at load come compiled in data/patterns.bin).

Shared by the quantity grammar, the agency matcher and the linker, so that every pattern made
from a data file is built the same way.
"""
from __future__ import annotations

import copyreg
import marshal
import zlib
from pathlib import Path
from typing import Iterable, Sequence

import regex

#: the package's patterns already compiled (`python scripts/build_pattern_cache.py` rewrites it)
PATTERN_CACHE = Path(__file__).parent / "data" / "patterns.bin"
_CACHE_FORMAT = 1
#: how `regex` pickles a compiled pattern: (the function that rebuilds it, its compiled code)
_REDUCE = copyreg.dispatch_table[regex.Pattern]
_REBUILD = _REDUCE(regex.compile(""))[0]
_cache: dict | None = None
#: the (pattern, flags) asked of `compiled` in this process, for `write_pattern_cache`
_asked: dict[tuple[str, int], None] = {}


def _cache_key() -> tuple:
    """What a compiled pattern's code depends on besides its text and flags: the `regex`
    module's version and its default behaviour (VERSION0 or VERSION1)."""
    return _CACHE_FORMAT, regex.__version__, int(regex.DEFAULT_VERSION)


def _load_cache() -> dict:
    """{(pattern, flags): compiled code} of `PATTERN_CACHE`; empty when the file is missing or
    was made by another version of `regex` (or of marshal)."""
    global _cache
    if _cache is None:
        try:
            key, table = marshal.loads(zlib.decompress(PATTERN_CACHE.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError, zlib.error):
            key, table = None, {}
        _cache = table if key == _cache_key() else {}
    return _cache


def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)` for the patterns made at load time, rebuilt from the
    package's compiled patterns when they hold it: `regex` parses a pattern in Python (half a
    second for all the pipeline's patterns), rebuilding one from its code (what unpickling a
    pattern does) takes microseconds, and gives the same pattern. A pattern the cache does not
    hold (a lexicon edited since it was written) is compiled as usual."""
    key = (pattern, int(flags))
    _asked[key] = None
    code = _load_cache().get(key)
    return _REBUILD(*code) if code is not None else regex.compile(pattern, flags)


def pattern_cache_current(path: Path = PATTERN_CACHE) -> bool:
    """Was the shipped file made for this `regex` version (else it is not used, and patterns are
    compiled as usual: correct, only slower to load)?"""
    try:
        key, _ = marshal.loads(zlib.decompress(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return False
    return key == _cache_key()


def write_pattern_cache(path: Path = PATTERN_CACHE) -> int:
    """Write the compiled code of every pattern asked of `compiled` in this process to `path`
    and return their number (scripts/build_pattern_cache.py runs the pipelines first)."""
    table = {key: _REDUCE(regex.compile(*key))[1] for key in sorted(_asked)}
    path.write_bytes(zlib.compress(marshal.dumps((_cache_key(), table)), 9))
    return len(table)


#: the word of a total row or column, spaced or not (合计, 小 计, 总计)
TOTAL_WORD = r"合[\s\u3000]*计|小[\s\u3000]*计|总[\s\u3000]*计"
#: what a body named after 经 or 由 does when it reviews rather than pays (经县政府同意, 由X验收)
REVIEW_VERBS = r"审核|审定|研究|批准|同意|评审|核定|核实|核查|验收|认定|初审|复核|审批|会审|备案"
#: what the body named after 由 does when it pays (由县财政全额保障, 由市财政负担, 由县级财政统筹解决)
PAYING_VERBS = r"保障|负担|承担|统筹|解决|兜底|支付|列支|筹措|筹集|配套|安排|补助|补贴|资助|拨款|贴息|投入|出资"

#: a dateline of any outlet form around its city (新华社西宁5月6日电, 本报南宁讯, 央广网西宁3月8日
#: 消息): the outlet right before the city, the date and 电/讯/消息 right after it
DATELINE_BEFORE = regex.compile(r"(?:社|网|报|台|本刊|本报|本网|本台|总台)(?:记者)?$")
# an outlet named after its place and its dateline word (恩施网讯, 某日报讯): where it reports from
OUTLET_DATELINE_AFTER = regex.compile(r"(?:网|日报|晚报|报|新闻网|融媒)(?:讯|电|消息)")
DATELINE_AFTER = regex.compile(r"(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月"
                               r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日)?(?:电|讯|消息)")


#: a full date written with digits (2024年5月8日, 2024-05-08, 2024.5.8)
#: the determiners before a unit or a noun (该镇, 本乡, 各村, 全县, 每户): a kind or a scope, not a name
DETERMINER_CHARS = "各全本该每某此其"
WRITTEN_DATE = regex.compile(r"[0-9０-９]{4}\s*[年.\-/－]\s*[0-9０-９]{1,2}\s*[月.\-/－]\s*[0-9０-９]{1,2}\s*日?")

#: the number that opens a numbered part or item (一、 （二） 3. ): the one pattern of it
SECTION_NUMBER = r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}[.、．](?![0-9]))"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so the longest word wins."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def matches_from(pattern: regex.Pattern, text: str, starts: Iterable[int]) -> list[regex.Match]:
    """`list(pattern.finditer(text))` for a pattern whose matches can only start at `starts`
    (where its leading words or its lookbehind's words occur, found by an automaton): the
    pattern is tried at those places only, left to right, each after the previous match's end,
    as finditer would. The pattern must not match the empty string."""
    out: list[regex.Match] = []
    resume = 0
    for pos in sorted(set(starts)):
        if pos >= resume:
            hit = pattern.match(text, pos)
            if hit is not None:
                out.append(hit)
                resume = hit.end()
    return out


#: what keeps patterns from being joined into one alternation: a named group or a reference to
#: a group (their numbers would change), a recursion, a conditional, a branch reset, a global
#: inline flag
_UNJOINABLE = regex.compile(r"\(\?P?<(?![=!])|\(\?P[=>]|\\g<|\\[1-9]|\(\?(?:R|[0-9]|[+-][0-9]|&)|\(\?\(|\(\?\||"
                            r"\(\?[aiLmsuxwfbeprV01]+\)")


def first_of(patterns: Sequence[regex.Pattern]) -> regex.Pattern | None:
    """One pattern for several tried at the same place: their alternation, the i-th of them in
    a group named `_i`. A match of it at a place is the match of the first of `patterns` (in
    their order) that matches there, since the engine tries the alternatives in order; so
    `first_of(ps).match(line)` says at once whether `any(p.match(line) for p in ps)`, and
    which one matches first (`first_index`). One call instead of one per pattern: the engine's
    cost per call outweighs a failed try. None when the patterns cannot be joined faithfully
    (different flags, groups named or referred to by number, a global inline flag)."""
    if not patterns or len({p.flags for p in patterns}) > 1 \
            or any(_UNJOINABLE.search(p.pattern) for p in patterns):
        return None
    try:
        return compiled("|".join(f"(?P<_{i}>{p.pattern})" for i, p in enumerate(patterns)), patterns[0].flags)
    except regex.error:
        return None


def first_index(joined: regex.Pattern, match: regex.Match) -> int:
    """Which of the patterns joined by `first_of` gave `match` (its position in their list)."""
    return next(i for i in range(len(joined.groupindex)) if match.start(f"_{i}") >= 0)


def gated(pattern: regex.Pattern) -> regex.Pattern:
    """`pattern` behind a lookahead for the characters a match can start with.

    Patterns that open with optional groups or long alternations make the engine try the whole
    pattern at every position; a leading character class lets it skip ahead at C speed (several
    times faster on running text) and matches exactly the same. The first characters are found
    by partial matching: a match can start with `c` iff `c` alone is a partial match. The
    candidates are the pattern's own characters and ASCII, so a pattern that can start with a
    class such as \\p{Han} is returned unchanged; so is a pattern anchored with `^`, which the
    engine tries only where `^` holds (a lookahead in front would hide the anchor from it).
    """
    universe = set(pattern.pattern) | {chr(i) for i in range(0x20, 0x7f)} | {"\u3000"}
    if _anchored(pattern.pattern) or _may_start_anywhere(pattern, universe):
        return pattern
    first = sorted(c for c in universe if pattern.match(c, partial=True))
    if not first:
        return pattern
    cls = "".join("\\" + c if c in "\\]^-[" else c for c in first)
    return compiled(rf"(?=[{cls}])(?:{pattern.pattern})", pattern.flags)


def _anchored(pattern: str) -> bool:
    """Does every top-level alternative of `pattern` open with `^`?"""
    depth, i, in_class, opens = 0, 0, False, [0]
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern.startswith("^]", i + 1) else 1 if pattern.startswith("]", i + 1) else 0
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            opens.append(i + 1)
        i += 1
    return all(pattern.startswith("^", k) for k in opens)


def _may_start_anywhere(pattern: regex.Pattern, universe: set[str]) -> bool:
    """True if some character outside the pattern's own text can start a match (probed with
    characters of several scripts that no pattern here names literally)."""
    probes = "丫乂乜乩亍亓亘亟亳亶亹仂仉仫仵伉伛伲佤佧佶侉侔侗"
    return any(c not in universe and pattern.match(c, partial=True) for c in probes)


# a line holding one figure and nothing else: a cell of a table written one cell per line
_FIGURE_LINE = compiled(r"[ \t\u3000]*[0-9０-９][0-9０-９,，.．]*[ \t\u3000]*")


def figure_on_next_line(text: str, pos: int) -> bool:
    """Is the line after the one holding `pos` a figure alone? Then a name ending its own line
    (卡多村委会⏎60000) is a cell of a table written one cell per line, not a signature."""
    end = text.find("\n", pos)
    if end < 0:
        return False
    nxt = text.find("\n", end + 1)
    nxt = len(text) if nxt < 0 else nxt
    return _FIGURE_LINE.fullmatch(text, end + 1, nxt) is not None \
        and WRITTEN_DATE.search(text, end + 1, nxt) is None          # 正龙村村民委员会⏎2024.10.10: a signature

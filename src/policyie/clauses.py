"""Clauses of a sentence: the units the record linker reads roles from.

A clause ends at ，；：。！？ and line breaks, but not at a comma between digits (a thousands
separator: 3,456亿元) and not inside brackets or quotes (《…，…》, “…，…”, （…，…）). A list
marker at a clause's start (一是, （一）, 1., ①) is not part of the clause's words.
"""
from __future__ import annotations

import regex

_END = set("，,；;：:。！？!?\n")
_OPEN = {"（": "）", "(": ")", "《": "》", "“": "”", "「": "」", "【": "】", "[": "]"}
_CLOSE = {v: k for k, v in _OPEN.items()}
#: the characters `clause_bounds` acts on: brackets, quotes, separators and spaces
_MARKS = regex.compile("[" + regex.escape("".join(sorted(set(_OPEN) | set(_CLOSE) | _END | {" ", "\u3000"}))) + "]")
#: a list marker at the start of a clause
LIST_MARKER = regex.compile(
    r"\s*(?:[(（][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+[、是]|[0-9]+[.、．](?![0-9])|[①-⑳]|[一二三四五六七八九十]+[)）])\s*")


def clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of text[start:end] as (start, end) offsets into `text`, punctuation excluded,
    empty ones dropped. A separator inside brackets or quotes, or a comma between digits,
    does not end a clause."""
    out: list[tuple[int, int]] = []
    depth: list[str] = []
    s = start
    for m in _MARKS.finditer(text, start, end):     # every other character goes on the clause
        i = m.start()
        ch = text[i]
        if ch in _OPEN and not (ch == "“" and depth and depth[-1] == "“"):
            depth.append(ch)
            continue
        if ch in _CLOSE and depth and depth[-1] == _CLOSE[ch]:
            depth.pop()
            continue
        if ch == "\n" and depth:
            depth.clear()                       # a break ends an unclosed bracket
        if ch in " \u3000" and not depth and _headline_gap(text, i, start, end):
            if i > s:
                out.append((s, i))
            s = i + 1
            continue
        if ch not in _END or (depth and ch != "\n"):
            continue
        if ch in ",，" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1:i + 4].isdigit() \
                and (i + 4 >= len(text) or not text[i + 4].isdigit()):
            continue                            # 3,456亿元
        if i > s:
            out.append((s, i))
        s = i + 1
    if end > s:
        out.append((s, end))
    return [_strip(text, a, b) for a, b in out if text[a:b].strip()]


def _headline_gap(text: str, i: int, start: int, end: int) -> bool:
    """A space between two Han characters (or a closing quote and a Han character) parts two
    clauses of a headline: 下达8.6亿元 支持高标准农田建设."""
    j = i
    while j < end and text[j] in " \u3000":
        j += 1
    if j >= end or i == start or text[i - 1] in " \u3000":
        return False
    return bool(_HAN.match(text[j])) and bool(_HAN_OR_CLOSE.match(text[i - 1]))


_HAN = regex.compile(r"\p{Han}")
_HAN_OR_CLOSE = regex.compile(r"[\p{Han}”」』》）)元]")


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \u3000\t":
        a += 1
    m = LIST_MARKER.match(text, a, b)
    if m and m.end() < b:
        a = m.end()
    while b > a and text[b - 1] in " \u3000\t":
        b -= 1
    return a, b


def clause_at(bounds: list[tuple[int, int]], pos: int) -> int:
    """Index of the clause holding offset `pos` (the last one starting at or before it)."""
    k = 0
    for i, (s, _) in enumerate(bounds):
        if s <= pos:
            k = i
        else:
            break
    return k

"""Tables flattened into text: rows of cells, a header row, a unit line and a title.

PDF and web extractions keep a table as lines whose cells are separated by tabs or runs of
spaces (税收收入  27,631  33,385). `find_tables` groups such lines into tables and hands them
on as plain dicts with offsets into the caller's text (`doc._.tables`); reading the numbers as
amounts (with the unit of the unit line) is left to the quantity and linking components.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Sequence


from .cleaning import DATA_DIR, data_file
from .lexicon import read_table
from .regexes import compiled

_LINE = compiled(r"[^\n]+")
# tabs, or two or more spaces (ASCII or ideographic), separate cells
_STRICT = compiled(r"\t+[ \u3000\t]*|[ \u3000]{2,}")
_ANY = compiled(r"[ \t\u3000]+")
_TABS = compiled(r"[ \u3000]*\t[ \t\u3000]*")           # a line with tabs is split at tabs only
_DIGIT = compiled(r"[0-9０-９]")
_SENTENCE = compiled(r"[。；;！？!?]|[，,][^0-9０-９]")


class TableRules:
    """Patterns of tables.tsv: the unit line, a number cell and a title line."""

    def __init__(self, path: str | Path = DATA_DIR / "tables.tsv", *, max_cell: int = 30, max_line: int = 160):
        path = Path(path)
        rows = read_table(data_file(path.parent, path.name))
        self.unit = [compiled(p) for k, p in rows if k == "unit"]
        self.cell = [compiled(p) for k, p in rows if k == "cell"]
        self.title = [compiled(p) for k, p in rows if k == "title"]
        self.max_cell = max_cell
        self.max_line = max_line
        self._row_cache = lru_cache(maxsize=20_000)(self._is_row)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        del state["_row_cache"]                      # a cache: made again where the rules are loaded
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._row_cache = lru_cache(maxsize=20_000)(self._is_row)

    def is_number(self, cell: str) -> bool:
        return any(p.match(cell) for p in self.cell)

    def cells(self, line: str, loose: bool = False) -> list[tuple[int, int]]:
        """(start, end) of the cells of a line: split at tabs (only, if the line has any) or
        at runs of two or more spaces, and at a single space between two cells that hold
        digits (2020年 2021年, 49,171 51,385); with `loose`, at every space (a header row:
        完成数 预算数 完成数)."""
        splitter = _ANY if loose else _TABS if "\t" in line.strip() else _STRICT
        out, pos = [], 0
        for m in splitter.finditer(line):
            if m.start() > pos:
                out.append((pos, m.start()))
            pos = m.end()
        if pos < len(line):
            out.append((pos, len(line)))
        if loose:
            return out
        split = []
        for s, e in out:
            split.extend(_split_numbers(line, s, e))
        return split

    def is_row(self, line: str) -> bool:
        """A data row: two or more cells, one of them a number, and no sentence punctuation.
        (The cleaner and the table reader both ask of each line: the verdicts are kept in a
        bounded, thread-safe cache made with the rules, `_row_cache`.)"""
        return self._row_cache(line)

    def _is_row(self, line: str) -> bool:
        line = line.strip()
        if not line or len(line) > self.max_line or _SENTENCE.search(line):
            return False
        cells = self.cells(line)
        return len(cells) >= 2 and all(e - s <= self.max_cell for s, e in cells) \
            and any(self.is_number(line[s:e]) for s, e in cells)

    def unit_of(self, line: str):
        for p in self.unit:
            m = p.search(line)
            if m:
                return m
        return None

    def is_title(self, line: str) -> bool:
        return len(line) <= 60 and not _SENTENCE.search(line) and any(p.search(line) for p in self.title)


_NONSPACE = compiled(r"\S+")


def _split_numbers(line: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a cell at single spaces that stand between two digit-holding tokens."""
    tokens = [(s + m.start(), s + m.end()) for m in _NONSPACE.finditer(line[s:e])]
    if len(tokens) < 2:
        return [(s, e)]
    out = [tokens[0]]
    for a, b in tokens[1:]:
        prev = out[-1]
        if _DIGIT.search(line[prev[0]:prev[1]]) and _DIGIT.search(line[a:b]):
            out.append((a, b))
        else:
            out[-1] = (prev[0], b)
    return out


_TABLES: TableRules | None = None


def default_rules() -> TableRules:
    global _TABLES
    if _TABLES is None:
        _TABLES = TableRules()
    return _TABLES


def find_tables(text: str, rules: TableRules | None = None, cuts: Sequence[Sequence[int]] = (),
                *, min_rows: int = 2, header_lines: int = 3) -> list[dict]:
    """Tables of `text` as dicts, offsets into `text`:

    ``{"start", "end", "title": piece | None, "unit": piece | None, "columns": n,
      "rows": [{"start", "end", "header": bool, "cells": [piece, ...]}, ...]}``

    where a piece is ``{"start", "end", "text"}`` and the unit piece also has ``"unit"`` (万元).
    A table is `min_rows` or more consecutive data rows (lines whose cells are separated by
    tabs or runs of spaces, one of them a number), with the header rows above them (up to
    `header_lines` lines of short cells without numbers), the unit line (单位：万元) and the
    title line (…收支平衡表) above those. Lines inside `cuts` (page furniture) are skipped, so a
    table broken by a page goes on; a header row that repeats the table's header after a page
    break is listed in ``"repeated_headers"`` (the cleaner marks it furniture) and the table
    goes on.
    """
    rules = rules or default_rules()
    cut = sorted((int(s), int(e)) for s, e in cuts)
    cut_starts = [s for s, _ in cut]

    def is_cut(pos: int) -> bool:
        k = bisect_right(cut_starts, pos) - 1
        return k >= 0 and cut[k][0] <= pos < cut[k][1]

    lines = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + len(raw) - len(raw.lstrip())
        if is_cut(start):
            continue
        lines.append((start, start + len(stripped), stripped))
    is_row = [rules.is_row(t) for _, _, t in lines]
    tables: list[dict] = []
    i = 0
    while i < len(lines):
        if not is_row[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and is_row[j]:
            j += 1
        if j - i < min_rows:
            i = j
            continue
        tables.append(_table(text, lines, i, j, rules, header_lines))
        i = j
    return _continue_after_breaks(text, tables, rules)


def _row(text: str, start: int, end: int, rules: TableRules, header: bool) -> dict:
    line = text[start:end]
    cells = rules.cells(line, loose=header and len(rules.cells(line)) < 2)
    return {"start": start, "end": end, "header": header,
            "cells": [{"start": start + s, "end": start + e, "text": line[s:e]} for s, e in cells]}


def _table(text, lines, i, j, rules: TableRules, header_lines: int) -> dict:
    rows = [_row(text, s, e, rules, False) for s, e, _ in lines[i:j]]
    columns = max(len(r["cells"]) for r in rows)
    head, unit, title = [], None, None
    k = i - 1
    while k >= 0 and len(head) < header_lines:
        s, e, t = lines[k]
        m = rules.unit_of(t)
        if m is not None:                                  # 单位：万元 (maybe after the title)
            unit = _piece(s + m.start(), s + m.end(), m.group(), unit=m.group("u"))
            before = t[:m.start()].rstrip()
            if before and rules.is_title(before):
                title = _piece(s, s + len(before), before)
            k -= 1
            break
        if rules.is_title(t):
            break
        loose = rules.cells(t, loose=True)
        if _SENTENCE.search(t) or len(loose) < 2 or any(e2 - s2 > 12 or rules.is_number(t[s2:e2]) for s2, e2 in loose):
            break
        head.insert(0, _row(text, s, e, rules, True))       # 完成数 预算数 完成数 / 2020年 2021年
        k -= 1
    if title is None and k >= 0 and rules.is_title(lines[k][2]):
        s, e, t = lines[k]
        title = _piece(s, e, t)
    if unit is None:                                       # a unit in a header cell: 金额（万元）
        for c in (c for r in head for c in r["cells"]):
            m = rules.unit_of(c["text"])
            if m is not None:
                unit = _piece(c["start"] + m.start(), c["start"] + m.end(), m.group(), unit=m.group("u"))
                break
    all_rows = head + rows
    starts = [x["start"] for x in (title, unit) if x] + [all_rows[0]["start"]]
    return {"start": min(starts), "end": all_rows[-1]["end"], "title": title, "unit": unit,
            "columns": columns, "rows": all_rows}


def _piece(start: int, end: int, text: str, **extra) -> dict:
    return {"start": start, "end": end, "text": text, **extra}


def _continue_after_breaks(text: str, tables: list[dict], rules: TableRules) -> list[dict]:
    """A table whose header row repeats the previous table's header continues it (a page
    break printed the header again): the rows join the first table, the header is listed."""
    out: list[dict] = []
    for t in tables:
        header = [r for r in t["rows"] if r["header"]]
        if out and header and t["title"] is None:
            prev = out[-1]
            prev_header = ["".join(text[r["start"]:r["end"]].split()) for r in prev["rows"] if r["header"]]
            keys = ["".join(text[r["start"]:r["end"]].split()) for r in header]
            if keys and keys == prev_header[-len(keys):]:
                prev.setdefault("repeated_headers", []).extend((r["start"], r["end"]) for r in header)
                prev["rows"].extend(r for r in t["rows"] if not r["header"])
                prev["end"] = t["end"]
                if t["unit"] is not None:
                    prev.setdefault("repeated_headers", []).append((t["unit"]["start"], t["unit"]["end"]))
                continue
        out.append(t)
    return out

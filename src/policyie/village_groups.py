"""Groups below a village (村民小组): 一组, 3社, 何家岩组, 上庄社, 坝达小组.

A village notice or allocation list names the groups of the village the money goes to: in a
row of a table (一组  38户  4,560元), a list (用于一组、三组和陈家畈组路灯维修), a road's ends (二组至四组)
or right after the village (琳琅村3社、5社). Written alone, the same words are often something
else (一组数据, 分三组, 工作组, 合作社), so a group is taken only where the layout or the village
says it is one:

- right after its village's name (any group: 新庄村上庄社, 梨耳村三组至五组);
- in a run of groups joined by 、和及与至 holding a numbered one (一组、二组、马家湾组);
- set apart (a table's cell, a list item, a line's start, brackets): a numbered group, or a
  named one whose word may be written alone (组, 小组; not 社 and 队, see group_units.tsv);
- and a natural village named in brackets right after a group taken (三组（枫香坪）).

The functions here are pure: they read a text and the spans of the villages found in it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Sequence

import regex

from .lexicon import read_table

DATA = Path(__file__).parent / "data" / "places" / "group_units.tsv"

# numerals that number a group (一组, 12组, 十一社); 第 is left out: 第一组 is a rank more often
_NUMERAL = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
_NUMERAL_CHARS = "0-9０-９一二三四五六七八九十百千万零〇两第"
# characters that never occur in a group's own name (function words, determiners, counters,
# numerals: 番响一队 and 五福组 are left to the village's rules)
_NOT_IN_NAME = "的是在和与及或对向为从将把被了着个些各全本该每某此其等共有含括即如至由于到用经按给"
# the one-character names of groups: a position or a size (东艾里, 前浩特, 新艾里)
_PLACE_WORDS = "东南西北中前后上下左右内外新老大小"
# where a group's name may open when nothing else marks it: a line's start, a delimiter, a
# list's number (3. ② （2）)
_OPEN = (r"(?:(?<=^|[\n\t|｜│┃：:，,；;。（(“ \u3000、\u2460-\u2473])"
         r"|(?<=[0-9０-９][.、．])|(?<=[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]))")
_JOINS = "、和及与至到"
# a group set apart: a whole cell, a line's or list item's start, or alone in brackets
_ITEM_BEFORE = regex.compile(r"(?:^|[\n\t|｜│┃：:；;。])[ \u3000]*(?:(?:[0-9０-９]{1,3}[.、．]|[\u2460-\u2473]"
                             r"|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)[ \u3000]*)?$")
_CELL_AFTER = regex.compile(r"[ \t\u3000]{1,}|[\t|｜│┃\n]|$")
# a natural village in brackets after a group (三组（枫香坪）, 3社（黄桷湾）)
_BRACKETED = regex.compile(rf"[（(](?P<name>[^\P{{Han}}{_NOT_IN_NAME}{_NUMERAL_CHARS}组社队村]{{2,4}})[)）]")


@dataclass(frozen=True)
class GroupUnit:
    """A word that ends a group's name (组, 社, 村民小组), where it may be written alone, and the
    characters that after it make it part of another word."""
    word: str
    alone: bool
    not_after: str


def read_units(path: str | Path = DATA) -> list[GroupUnit]:
    """The group words of `path` (group_units.tsv), longest first."""
    units = [GroupUnit(row[0], row[1] == "any", row[2] if len(row) > 2 else "") for row in read_table(Path(path))]
    return sorted(units, key=lambda u: -len(u.word))


class GroupFinder:
    """Finds a village's groups in a text; shared and read-only after construction."""

    def __init__(self, units: Sequence[GroupUnit], kinds: Iterable[str] = ()):
        self.units = {u.word: u for u in units}
        # kinds of group (工作组, 领导小组): a name ending in one, longer than its unit word, is a kind
        self.kinds = frozenset(kinds)
        self._kind_words = tuple(k for k in self.kinds if k.endswith(tuple(self.units)))

    @cached_property
    def _token(self) -> str:
        words = "|".join(regex.escape(u) for u in self.units)
        name = rf"[^\P{{Han}}{_NOT_IN_NAME}{_NUMERAL_CHARS}]"
        # a numbered group stands after anything but a digit; a named one needs an opening. A
        # word of two characters that is no 组's (浩特, 艾里) may follow a one-character name of
        # a position or a size (东艾里)
        longer = "|".join(regex.escape(u) for u in self.units if len(u) >= 2 and not u.endswith("组"))
        short = rf"|[{_PLACE_WORDS}](?:{longer})" if longer else ""
        return (rf"(?:(?<![{_NUMERAL_CHARS}]){_NUMERAL}(?:{words})|{name}{{2,4}}?(?:{words}){short})")

    @cached_property
    def _run(self) -> regex.Pattern:
        token = self._token
        return regex.compile(rf"(?:(?<![{_NUMERAL_CHARS}])(?={_NUMERAL})|{_OPEN})"
                             rf"(?P<run>{token}(?:[{_JOINS}]{token})*)", regex.M)

    @cached_property
    def _one(self) -> regex.Pattern:
        return regex.compile(self._token)

    @cached_property
    def _run_after(self) -> regex.Pattern:
        """A run of groups right after its village's name (新庄村上庄社, 琳琅村3社、5社)."""
        token = self._token
        return regex.compile(rf"(?P<run>{token}(?:[{_JOINS}]{token})*)")

    def _split(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The groups of a run text[start:end], each with its own span."""
        out, pos = [], start
        while pos < end:
            m = self._one.match(text, pos, end)
            if m is None:
                return []
            out.append((m.start(), m.end()))
            pos = m.end()
            if pos < end:
                if text[pos] not in _JOINS:
                    return []
                pos += 1
        return out

    def _unit(self, name: str) -> GroupUnit:
        return next(self.units[w] for w in self.units if name.endswith(w))

    @cached_property
    def _numbered_name(self) -> regex.Pattern:
        return regex.compile(rf"{_NUMERAL}(?:{'|'.join(map(regex.escape, self.units))})")

    def _numbered(self, name: str) -> bool:
        return self._numbered_name.fullmatch(name) is not None

    def _kind(self, name: str) -> bool:
        """工作组, 领导小组, 村民小组: a kind of group, no village's."""
        if name in self.kinds:
            return True
        unit = self._unit(name).word
        stem = name[:-len(unit)]
        if unit.endswith("组") and (stem + "组" in self.kinds or stem + "小组" in self.kinds):
            return True                                      # 评审小组 as 评审组
        return any(name.endswith(k) and len(k) > len(unit) for k in self._kind_words)

    def find(self, text: str, village_ends: Iterable[int], taken: Callable[[int, int], bool]
             ) -> list[tuple[int, int, str, int | None]]:
        """The groups of `text` as (start, end, name, end of the village they follow or None),
        with the natural villages in brackets after them; `taken(start, end)` says whether a span
        is already read as something else."""
        ends = set(village_ends)
        hits = [h for h in (self._run_after.match(text, end) for end in sorted(ends)) if h is not None]
        after = {h.start() for h in hits}
        for lo, hi in self._lines(text):                    # (only the lines a group word ends on)
            hits += [h for h in self._run.finditer(text, lo, hi) if h.start("run") not in after]
        out: list[tuple[int, int, str, int | None]] = []
        for hit in sorted(hits, key=lambda h: h.start("run")):
            s, e = hit.span("run")
            if out and s < out[-1][1]:
                continue
            # the run's last word must end it: 组织, 社会, 队伍 are none
            last = self._unit(hit.group("run"))
            if text[e:e + 1] and text[e] in last.not_after:
                # a shorter run may still end before it (一组、二组织 is rare; drop the whole run)
                continue
            groups = self._split(text, s, e)
            if not groups:
                continue
            names = [text[a:b] for a, b in groups]
            if any(self._kind(n) for n in names):
                continue
            owner = s if s in ends else None
            numbered = [self._numbered(n) for n in names]
            if owner is not None:
                keep = [True] * len(groups)                  # 琳琅村3社、5社; 新庄村上庄社
            elif len(groups) >= 2 and any(numbered):
                keep = [True] * len(groups)                  # 一组、二组、马家湾组; 二组至四组
            elif self._set_apart(text, s, e):
                keep = [num or self._unit(n).alone for n, num in zip(names, numbered)]
                if len(groups) == 1 and not numbered[0] and not self._opens_item(text, s):
                    keep = [False]                           # a named 组 alone in brackets: 工作组-like
            else:
                keep = [False] * len(groups)
            for (a, b), n, k in zip(groups, names, keep):
                if k and not taken(a, b):
                    out.append((a, b, n, owner))
            if any(keep):
                br = _BRACKETED.match(text, e)
                if br is not None and not taken(*br.span("name")):
                    out.append((br.start("name"), br.end("name"), br.group("name"), owner))
        return out

    @cached_property
    def _last_chars(self) -> regex.Pattern:
        """The last character of a group word, where it ends no longer word (组 not of 组织)."""
        ends = {}
        for u in self.units.values():
            ends.setdefault(u.word[-1], set()).update(u.not_after)
        alts = "|".join(f"{regex.escape(c)}(?![{regex.escape(''.join(sorted(n)))}])" if n else regex.escape(c)
                        for c, n in ends.items())
        return regex.compile(alts)

    def _lines(self, text: str) -> list[tuple[int, int]]:
        """The lines of `text` holding a character that may end a group's word."""
        out: list[tuple[int, int]] = []
        for m in self._last_chars.finditer(text):
            if out and m.start() < out[-1][1]:
                continue
            lo = text.rfind("\n", 0, m.start()) + 1
            hi = text.find("\n", m.end())
            out.append((lo, len(text) if hi < 0 else hi))
        return out

    @staticmethod
    def _opens_item(text: str, start: int) -> bool:
        return _ITEM_BEFORE.search(text, max(0, start - 12), start) is not None

    def _set_apart(self, text: str, start: int, end: int) -> bool:
        """A whole cell, a list item's or line's start, or alone in brackets."""
        if text[start - 1:start] in "（(" and text[end:end + 1] in "）)":
            return True
        if self._opens_item(text, start):
            return True
        return text[start - 1:start] in ("\t", "|", "｜", "│", "┃") and _CELL_AFTER.match(text, end) is not None

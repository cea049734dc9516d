"""Government agencies and other organizations: spans, canonical names, anaphora.

Pure logic over text, place mentions and article boundaries. 市财政局 in an article about
兰州 becomes 兰州市财政局; 人社局 with no place written takes the article's main place;
该局 links back to the agency it refers to.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import regex

from .lexicon import read_lines, read_table
from .places import Place, salient_places
from .regexes import alternation, gated

DATA_DIR = Path(__file__).parent / "data" / "agencies"
_LEVEL_CHARS = {"省": "province", "市": "city", "州": "city", "盟": "city", "县": "county", "区": "county",
                "旗": "county", "镇": "township", "乡": "township", "街道": "township"}
_NOT_AGENCY_AFTER = regex.compile(r"采购|投资|性|债|部门|工作|补贴|购买|引导|主导|兜底|和社会|与社会")
_ORG_MIDDLE = regex.compile(r"[\p{Han}A-Za-z()（）]{0,6}")
_SIZE_WORDS = regex.compile(r"大中|中小")
_BETWEEN_PLACES = regex.compile(r"[\p{Han}()（）]{0,4}")
_BRAND = regex.compile(r"(?<![\p{Han}])[\p{Han}A-Za-z]{1,2}$|(?<=[，。、；：\s“”(（])[\p{Han}]{2}$")
_BARE_OK = regex.compile(r"(?:局|厅|委|委员会|监委|管委会)$")


@dataclass(frozen=True)
class Agency:
    """A government body (or, with department None, another organization)."""

    name: str
    canonical: str
    department: str | None
    level: str | None
    place: Place | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "canonical": self.canonical, "department": self.department,
                "level": self.level, "place": self.place.to_dict() if self.place else None}

    @classmethod
    def from_dict(cls, d: dict) -> "Agency":
        return cls(name=d["name"], canonical=d["canonical"], department=d.get("department"),
                   level=d.get("level"), place=Place.from_dict(d["place"]) if d.get("place") else None)


class AgencyLexicon:
    def __init__(self, path: str | Path = DATA_DIR):
        path = Path(path)
        self.departments = {r[0]: (r[1], r[2]) for r in read_table(path / "departments.tsv")}
        self.central = {r[0]: (r[1], r[2] if len(r) > 2 and r[2] else None) for r in read_table(path / "central.tsv")}
        self.org_suffixes = read_lines(path / "organizations.tsv")


class AgencyMatcher:
    def __init__(self, lexicon: AgencyLexicon | None = None):
        self.lex = lexicon or AgencyLexicon()
        self._dept = gated(regex.compile(alternation(list(self.lex.central) + list(self.lex.departments))))
        self._org = gated(regex.compile(alternation(self.lex.org_suffixes)))
        self._anaphor = regex.compile(r"[该本此](?:局|厅|委|院|所|部)")

    def find(self, text: str, places: list[tuple[int, int, Place]],
             segments: Sequence[tuple[int, int]] | None = None) -> tuple[list[tuple[int, int, Agency]], list[dict]]:
        """(agencies, anaphora links). `places` are (start, end, Place) mentions of `text`."""
        segments = sorted(segments) if segments else [(0, len(text))]
        self._seg_starts = [s for s, _ in segments]
        self._segments = segments
        places = sorted(places, key=lambda x: x[0])
        place_starts = [x[0] for x in places]
        by_end = {e: (s, p) for s, e, p in places}
        found: list[tuple[int, int, Agency]] = []
        for m in self._dept.finditer(text):
            start, end, written = m.start(), m.end(), m.group()
            segment = self._segment_of(start)
            seg_places = places[bisect_left(place_starts, segment[0]):bisect_left(place_starts, segment[1])]
            agency = self._agency(text, start, end, written, by_end, seg_places)
            if agency is not None:
                found.append(agency)
        found.extend(self._organizations(text, places, found))
        found = _non_overlapping(found)
        links = self._anaphora(text, found, segments)
        return found, links

    def _segment_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._seg_starts, pos) - 1
        if i >= 0 and self._segments[i][0] <= pos < self._segments[i][1]:
            return self._segments[i]
        return (0, 10 ** 12)

    def _agency(self, text, start, end, written, by_end, seg_places) -> tuple[int, int, Agency] | None:
        chain: list[tuple[int, Place]] = []
        pos = start
        level_char = None
        lc = text[pos - 2:pos] if text[pos - 2:pos] == "街道" else text[pos - 1:pos]
        before = text[pos - len(lc) - 1:pos - len(lc)] if pos - len(lc) > 0 else ""
        generic = bool(before) and before in "各全本该镇乡每"
        if lc in _LEVEL_CHARS and (pos - len(lc)) not in by_end and pos not in by_end and not generic:
            level_char = lc
            pos -= len(lc)
        while pos in by_end:
            s, p = by_end[pos]
            chain.insert(0, (s, p))
            pos = s
        span_start = chain[0][0] if chain else (start - len(level_char) if level_char else start)
        if text[end:end + 1] == "门" and written.endswith("部"):
            return None                                  # 人社部门, 财政部门 without a place: generic
        if written in self.lex.central and not chain and not level_char:
            canonical, dept = self.lex.central[written]
            return start, end, Agency(written, canonical, dept, "central", None)
        if written not in self.lex.departments:
            return None
        if _NOT_AGENCY_AFTER.match(text, end) and written in ("政府", "人民政府", "财政"):
            return None                                  # 政府采购, 政府投资: not the body
        full, dept = self.lex.departments[written]
        if not chain and not level_char and not _BARE_OK.search(written):
            return None                                  # bare 政府, 法院: too generic
        place = chain[-1][1] if chain else None
        if place is None:
            place = _context_place(seg_places, level_char, span_start)
        level = place.level if place and place.level in ("province", "city", "county", "township") else \
            (_LEVEL_CHARS.get(level_char) if level_char else None)
        prefix = canonical_place_name(place) if place else ""
        canonical = full.replace("{place}", prefix) if "{place}" in full else prefix + full
        name = text[span_start:end]
        return span_start, end, Agency(name, canonical, dept, level, place)

    def _organizations(self, text, places, agencies) -> list[tuple[int, int, Agency]]:
        """Companies, banks, schools named after a place: 浙江交通集团, 龙岩农信."""
        out = []
        taken = sorted((s, e) for s, e, _ in agencies)
        taken_starts = [s for s, _ in taken]
        by_end = sorted(places, key=lambda x: x[1])
        ends = [x[1] for x in by_end]
        for m in self._org.finditer(text):
            k = bisect_right(ends, m.start())
            if k == 0 or m.start() - ends[k - 1] > 6:
                continue
            s, e, p = by_end[k - 1]
            middle = text[e:m.start()]
            if not _ORG_MIDDLE.fullmatch(middle) or _SIZE_WORDS.search(middle + m.group()):
                continue
            # the name may start at an earlier place: 上海劳达(杭州)律师事务所
            j = k - 2
            while j >= 0 and s - by_end[j][1] <= 4 and _BETWEEN_PLACES.fullmatch(text[by_end[j][1]:s]):
                s, e, p = by_end[j][0], by_end[j][1], by_end[j][2]
                j -= 1
            # a short brand before the place (国网衢州供电公司)
            lead = _BRAND.search(text[max(0, s - 3):s])
            start = s - len(lead.group()) if lead and text[s - len(lead.group()) - 1:s - len(lead.group())] in "，。、；：“”(（ \n,;:" else s
            j = bisect_left(taken_starts, m.end())
            if any(a < m.end() and start < b for a, b in taken[max(0, j - 3):j]):
                continue
            name = text[start:m.end()]
            out.append((start, m.end(), Agency(name, name, None, None, p)))
        return out

    def _anaphora(self, text, agencies, segments) -> list[dict]:
        links = []
        starts = [a[0] for a in agencies]
        for m in self._anaphor.finditer(text):
            seg = self._segment_of(m.start())
            window = agencies[bisect_left(starts, seg[0]):bisect_left(starts, m.start())]
            before = [a for a in window[-20:] if a[2].department and a[2].canonical.endswith(m.group()[1:])]
            if before:
                s, e, ag = before[-1]
                links.append({"start": m.start(), "end": m.end(), "text": m.group(),
                              "antecedent": [s, e], "canonical": ag.canonical})
        return links


def canonical_place_name(place: Place) -> str:
    """Name used in canonical agency names: districts keep their city (合肥市庐阳区), counties and
    county-level cities stand alone (东台市), provinces and cities by their full name."""
    name = place.full_name or place.name
    if place.level == "county" and name.endswith("区") and place.city and place.city != name:
        return place.city + name
    if place.level == "township" and place.county:
        return place.county + name
    return name


def _context_place(places: list[tuple[int, int, Place]], level_char: str | None, before: int) -> Place | None:
    """The place an agency written without one belongs to (市财政局, 人社局): the nearest place
    mentioned before it in the article whose name ends in the level word (市, 县, 区 …), or
    with no level word the nearest city or county; failing that, the most mentioned one.
    For 省/市 with no such place written, the province/city the nearest place lies in."""
    preceding = [p for s, e, p in sorted(places, key=lambda x: x[0]) if e <= before and p.level]
    preceding.reverse()
    ranked = salient_places(places)
    wanted_levels = ("province", "city", "county", "township", "zone")
    if level_char:
        for pool in (preceding, ranked):
            for p in pool:
                if (p.full_name or "").endswith(level_char) and p.level in wanted_levels:
                    return p
        anchor = next((p for p in preceding + ranked if p.level in ("county", "city", "township")), None)
        if anchor is not None and level_char in ("省", "市"):
            from .places import default_matcher
            gaz = default_matcher().gaz
            target = "province" if level_char == "省" else "city"
            name = anchor.province if target == "province" else anchor.city
            for u in gaz.lookup(name or ""):
                if u.level == target and not u.historical:
                    return Place(name=u.name, full_name=u.name, level=u.level, adcode=u.code,
                                 province=u.province or (u.name if u.level == "province" else None),
                                 city=u.name if u.level == "city" else None, parent=u.parent or None)
        return None
    for pool in (preceding, ranked):
        for p in pool:
            if p.level in ("county", "city", "zone"):
                return p
    return ranked[0] if ranked else None


def _non_overlapping(items):
    items = sorted(items, key=lambda x: (-(x[1] - x[0]), x[0]))
    chosen = []
    for it in items:
        if all(it[1] <= c[0] or it[0] >= c[1] for c in chosen):
            chosen.append(it)
    return sorted(chosen, key=lambda x: x[0])


@lru_cache(maxsize=1)
def default_agency_matcher() -> AgencyMatcher:
    return AgencyMatcher()

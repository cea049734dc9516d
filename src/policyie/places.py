"""Finding administrative places in text and resolving them to gazetteer units.

Pure logic over strings and character offsets (no spaCy). A same-named place is never
resolved by silent default: the article's other places decide (永昌街道 in an article about
兰溪市 belongs to 兰溪市), else the mention keeps its `candidates`.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy
import regex

from .gazetteer import Gazetteer, Unit, default_gazetteer
from .lexicon import read_lines, read_table

DATA_DIR = Path(__file__).parent / "data" / "places"
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "zone": 3, "township": 3, "village": 4}
_SUFFIX_CHARS = "省市县区旗州盟镇乡"
_FEATURE_AFTER = regex.compile(r"流域|[河湖江溪山路街巷桥港湾](?![\p{Han}]{0,1}(?:市|县|区|财政|人民))")
_SHORT_HAN = regex.compile(r"[\p{Han}]{0,4}")
_FALSE_TOWNSHIP = regex.compile(r"乡[村镇土亲]|镇[村街]")


@dataclass(frozen=True)
class Place:
    """An administrative place as written, resolved against the gazetteer."""

    name: str
    full_name: str | None
    level: str | None
    adcode: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    candidates: tuple[str, ...] | None = None
    current: str | None = None
    parent: str | None = None          # adcode of the parent unit (county of a township, etc.)

    def to_dict(self) -> dict:
        return {"name": self.name, "full_name": self.full_name, "level": self.level, "adcode": self.adcode,
                "province": self.province, "city": self.city, "county": self.county,
                "candidates": list(self.candidates) if self.candidates else None, "current": self.current,
                "parent": self.parent}

    @classmethod
    def from_dict(cls, d: dict) -> "Place":
        kw = {k: d.get(k) for k in ("name", "full_name", "level", "adcode", "province", "city", "county",
                                    "current", "parent")}
        kw["candidates"] = tuple(d["candidates"]) if d.get("candidates") else None
        return cls(**kw)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    units: list[Unit]
    kind: str                      # full, short, abbreviation, zone, village
    chosen: Unit | None = None
    place: Place | None = None
    extra: dict = field(default_factory=dict)


class PlaceLexicon:
    """Abbreviations, common words that collide with short names, and zone suffixes."""

    def __init__(self, path: str | Path = DATA_DIR):
        path = Path(path)
        self.abbreviations = {row[0]: row[1] for row in read_table(path / "abbreviations.tsv")}
        self.not_places = set(read_lines(path / "not_places.txt"))
        self.zone_suffixes = read_lines(path / "zone_suffixes.txt")


class PlaceMatcher:
    """Finds place mentions with one left-to-right longest-match pass over a name index
    (names of two characters or more: a one-character name would match everywhere)."""

    def __init__(self, gazetteer: Gazetteer | None = None, lexicon: PlaceLexicon | None = None):
        self.gaz = gazetteer or default_gazetteer()
        self.lex = lexicon or PlaceLexicon()
        names = {n for n in self.gaz.by_name if len(n) >= 2} | {a for a in self.lex.abbreviations if len(a) >= 2}
        self._names = names
        by_first: dict[str, set[int]] = {}
        for n in names:
            by_first.setdefault(n[0], set()).add(len(n))
        self._lengths = {c: sorted(ls, reverse=True) for c, ls in by_first.items()}
        # every name's first two characters as one sorted integer key (see `_openings_in`)
        self._openings = numpy.array(sorted({(ord(n[0]) << 21) | ord(n[1]) for n in names}), dtype=numpy.uint64)
        zones = "|".join(regex.escape(z) for z in sorted(self.lex.zone_suffixes, key=len, reverse=True))
        self._zone = regex.compile(rf"(?:国家)?(?:{zones})") if zones else None
        self._village = regex.compile(r"[\p{Han}]{1,4}?(?:村|社区)(?![\p{Han}]{0,1}(?:民|委|级|干部|集体|里|内|庄))")

    # -- finding ----------------------------------------------------------------------

    def candidates(self, text: str) -> list[Mention]:
        """Longest gazetteer names, left to right, without overlap.

        Only positions whose two characters open some name are tried (about one in thirteen in
        running text); `_openings_in` finds them in one vectorized pass.
        """
        out: list[Mention] = []
        lengths, names = self._lengths, self._names
        resume = 0
        for i in self._openings_in(text):
            if i < resume:
                continue
            for length in lengths[text[i]]:
                s = text[i:i + length]
                if len(s) == length and s in names:
                    out.append(self._mention(i, i + length, s))
                    resume = i + length
                    break
        return out

    def _openings_in(self, text: str) -> list[int]:
        """Positions of `text` where some name could start (its first two characters match)."""
        if len(text) < 2 or not len(self._openings):
            return []
        points = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32).astype(numpy.uint64)
        pairs = (points[:-1] << numpy.uint64(21)) | points[1:]
        where = numpy.searchsorted(self._openings, pairs)
        where[where == len(self._openings)] = 0
        return numpy.flatnonzero(self._openings[where] == pairs).tolist()

    def _mention(self, start: int, end: int, s: str) -> Mention:
        if s in self.lex.abbreviations:
            unit = self.gaz.units.get(self.lex.abbreviations[s])
            return Mention(start, end, s, [unit] if unit else [], "abbreviation")
        units = self.gaz.lookup(s)
        kind = "full" if any(u.name == s for u in units) else "short"
        if kind == "full":
            units = [u for u in units if u.name == s]
        return Mention(start, end, s, units, kind)

    def find(self, text: str, segments: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
        """Place mentions in `text`, resolved within each segment (article); offsets into `text`."""
        everything = self.candidates(text)
        starts = {m.start for m in everything}
        for i, m in enumerate(everything):
            # 龙岩地区群众: today "the 龙岩 area" (the old prefecture became 龙岩市), unless a
            # county follows, as in the historical chain 柳州地区忻城县
            if m.text.endswith("地区") and m.units and all(u.historical for u in m.units) and m.end not in starts:
                current = [u for u in self.gaz.lookup(m.text[:-2]) if not u.historical]
                if current:
                    everything[i] = Mention(m.start, m.end - 2, m.text[:-2], current, "short")
        self._ends = {m.end: m for m in everything}
        self._starts = {m.start for m in everything}
        raw = [m for m in everything if self._plausible(text, m, everything)]
        # a short name is also a place when the text names the same unit elsewhere (福鼎市 … 福鼎)
        known = {u.code for m in raw for u in m.units if len(m.units) == 1 and u.code}
        accepted = {id(m) for m in raw}
        for m in everything:
            if id(m) not in accepted and m.kind == "short" and m.text not in self.lex.not_places \
                    and not _FEATURE_AFTER.match(text, m.end):
                hits = [u for u in m.units if u.code in known]
                if len(hits) == 1:
                    m.units = hits
                    raw.append(m)
        raw.sort(key=lambda m: m.start)
        raw.extend(self._zones(text, raw))
        raw.extend(self._villages(text, raw))
        raw.sort(key=lambda m: m.start)
        segments = list(segments) if segments else [(0, len(text))]
        starts = [m.start for m in raw]
        for seg_start, seg_end in segments:
            self._resolve(raw[bisect_left(starts, seg_start):bisect_left(starts, seg_end)], raw)
        self._resolve([m for m in raw if m.place is None], raw)     # outside any article
        return [m for m in raw if m.place is not None]

    def _plausible(self, text: str, m: Mention, all_mentions: list[Mention]) -> bool:
        """Short names need support: an adjacent place (浙江义乌, 杭州闲林街道), a suffix-like
        character after them (义乌财政局, 琼中：), or province rank; generic words (街道, 开发区,
        资源, 振兴) only count inside a chain of places."""
        if not m.units:
            return False
        before_adjacent = m.start in self._ends
        after_adjacent = m.end in self._starts
        if m.text in self.lex.not_places:
            # 安徽黄山 yes (黄山市 lies in 安徽省); 黄山 alone or 福州市城区 no
            prev = [self._ends[m.start]] if m.start in self._ends else []
            kept = [u for u in m.units if prev and any(
                p.code and (u.parent == p.code or self.gaz.is_within(u, p.code)) for p in prev[0].units)]
            if kept:
                m.units = kept
            return bool(kept)
        if m.kind == "full":
            if m.units[0].level == "township" and _FALSE_TOWNSHIP.match(text, m.end - 1):
                return False                               # 促进乡村振兴: 乡村 is a word
            return True
        if m.kind != "short":
            return True
        if _FEATURE_AFTER.match(text, m.end):
            return False                                   # 太湖流域, 阿克苏河, 中山路: a feature, not the unit
        if before_adjacent or after_adjacent:
            return True
        after = text[m.end:m.end + 1]
        if after and after in "：:财人市县区旗公政法农医卫税应教民发":
            return True
        if self._zone is not None and self._zone.match(text, m.end):
            return True                                  # 平潭综合实验区, 东阳经济开发区
        return any(u.level == "province" for u in m.units) or len(m.text) >= 4

    def _zones(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Development zones named after a place: 东阳经济开发区, 天津滨海高新区, 平潭综合实验区."""
        if self._zone is None:
            return []
        out = []
        by_end = sorted(mentions, key=lambda m: m.end)
        ends = [m.end for m in by_end]
        for z in self._zone.finditer(text):
            # the zone's own name: up to 4 Han characters before the suffix, starting at a place
            k = bisect_right(ends, z.start())
            if k == 0 or z.start() - ends[k - 1] > 4:
                continue
            o = by_end[k - 1]
            between = text[o.end:z.start()]
            if not _SHORT_HAN.fullmatch(between):
                continue
            start = o.start if not between or o.kind == "short" else o.end if len(between) >= 2 else o.start
            name = text[start:z.end()]
            zone = Mention(start, z.end(), name, o.units, "zone")
            zone.extra["owner"] = o
            out.append(zone)
        # a zone swallows the places inside its name, except the one it is named after
        if out:
            covered = {}
            for zone in out:
                for i in range(zone.start, zone.end):
                    covered[i] = zone
            mentions[:] = [m for m in mentions if not (m.start in covered and m.end <= covered[m.start].end
                                                       and covered[m.start].extra["owner"] is not m)]
        return out

    def _villages(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Villages and communities named right after their township or county: 周坪村."""
        out = []
        starts = {o.start for o in mentions}
        for m in mentions:
            if m.kind == "zone" or not m.units or m.units[0].level not in ("county", "township"):
                continue
            v = self._village.match(text, m.end)
            if v and m.end not in starts and v.group() not in self.lex.not_places:
                village = Mention(v.start(), v.end(), v.group(), [], "village")
                village.extra["owner"] = m
                out.append(village)
        return out

    # -- resolving --------------------------------------------------------------------

    def _resolve(self, mentions: list[Mention], everything: list[Mention]) -> None:
        anchors: list[Unit] = []
        for m in mentions:
            if m.kind in ("full", "abbreviation") and len(m.units) == 1:
                anchors.append(m.units[0])
        prev: Mention | None = None
        for m in mentions:
            if m.kind == "village":
                m.place = self._village_place(m)
                continue
            if m.kind == "zone":
                continue
            chain_parent = prev.chosen if prev is not None and prev.end == m.start and prev.chosen else None
            m.chosen, cands = self._choose(m, anchors, chain_parent)
            if chain_parent is not None and chain_parent.historical and m.chosen is not None and not m.chosen.historical:
                # 柳州地区忻城县: the county as it was under its historical prefecture
                old = [h for h in self.gaz.history_by_name.get(m.text, ()) if h.city == chain_parent.name]
                if len(old) == 1:
                    m.chosen = old[0]
            m.place = self._to_place(m, cands)
            prev = m
        for m in mentions:
            if m.kind == "zone":
                owner = m.extra["owner"]
                parent = owner.chosen
                m.place = Place(name=m.text, full_name=m.text, level="zone", adcode=None,
                                province=(parent.province or (parent.name if parent.level == "province" else None)) if parent else None,
                                city=_city_of(parent) if parent else None,
                                county=parent.name if parent and parent.level == "county" else None,
                                parent=parent.code if parent else None)

    def _choose(self, m: Mention, anchors: list[Unit], chain_parent: Unit | None) -> tuple[Unit | None, list[Unit]]:
        units = m.units
        if len(units) == 1:
            return units[0], units
        scores = []
        for u in units:
            score = 0
            if chain_parent is not None and (u.parent == chain_parent.code or self.gaz.is_within(u, chain_parent.code)):
                score += 4
            for a in anchors:
                if a is u:
                    score += 3                           # the text also names this very unit
                    continue
                if a.code and (u.parent == a.code or self.gaz.is_within(u, a.code)):
                    score += 2
                elif a.parent == u.code or (u.code and self.gaz.is_within(a, u.code)):
                    score += 1
            scores.append(score)
        best = max(scores)
        top = [u for u, s in zip(units, scores) if s == best]
        if best > 0 and len(top) == 1:
            return top[0], units
        # 吉林 / 湘潭 (short), 滨海新区 county vs a township of that name: the higher level
        if m.kind in ("short", "full"):
            ranks = sorted({_LEVEL_RANK[u.level] for u in top})
            highest = [u for u in top if _LEVEL_RANK[u.level] == ranks[0]]
            if len(highest) == 1 and len(ranks) > 1:
                return highest[0], units
        return None, units

    def _to_place(self, m: Mention, cands: list[Unit]) -> Place:
        u = m.chosen
        if u is None:
            levels = {c.level for c in cands}
            return Place(name=m.text, full_name=cands[0].name if len({c.name for c in cands}) == 1 else None,
                         level=levels.pop() if len(levels) == 1 else None,
                         candidates=tuple(sorted(c.code or c.parent for c in cands)))
        current = None
        if u.historical and u.current:
            cur = self.gaz.units.get(u.current)
            current = cur.code if cur else u.current
        if u.level == "township":
            return Place(name=m.text, full_name=u.name, level="township", adcode=u.code or None,
                         province=u.province or None, city=u.city or None, county=u.county or None,
                         parent=u.parent, current=current)
        return Place(name=m.text, full_name=u.name, level=u.level, adcode=u.code, province=_province_of(u),
                     city=_city_of(u), county=u.name if u.level == "county" else None, parent=u.parent or None,
                     current=current)

    def _village_place(self, m: Mention) -> Place:
        owner = m.extra["owner"]
        parent = owner.chosen
        county = parent.name if parent and parent.level == "county" else (parent.county if parent else None)
        return Place(name=m.text, full_name=m.text, level="village", adcode=None,
                     province=_province_of(parent) if parent else None, city=_city_of(parent) if parent else None,
                     county=county or None, parent=(parent.code or parent.parent) if parent else None)


def _province_of(u: Unit) -> str | None:
    if u.level == "province":
        return u.name
    return u.province or None


def _city_of(u: Unit) -> str | None:
    if u.level == "city":
        return u.name
    if u.level == "province":
        return None
    return u.city or None


@lru_cache(maxsize=1)
def default_matcher() -> PlaceMatcher:
    return PlaceMatcher()


def find_places(text: str, segments: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int, Place]]:
    """Every place mention in `text` as (start, end, Place), resolved per segment (article)."""
    return [(m.start, m.end, m.place) for m in default_matcher().find(text, list(segments) if segments else None)]


def salient_places(mentions: list[tuple[int, int, Place]]) -> list[Place]:
    """Places of a text ordered by how much the text is about them (frequency, then order)."""
    counts = Counter(p.adcode for _, _, p in mentions if p.adcode)
    first: dict[str, Place] = {}
    for _, _, p in mentions:
        if p.adcode and p.adcode not in first:
            first[p.adcode] = p
    order = {code: i for i, code in enumerate(first)}
    return sorted(first.values(), key=lambda p: (-counts[p.adcode], order[p.adcode]))

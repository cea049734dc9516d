"""The development corpus format (tests/data/corpus/README.md) read as policyie gold.

The corpus annotates, per passage, `amounts` (money, with purpose, fund, agency, place and
year), `percents`, `places` and `agencies` (government bodies). policyie's own gold format
(docs/gold.md) has `entities`, `places` and `records`. `to_gold` adds those three views to a
corpus line and keeps every original field untouched, so one file serves both readers and
nothing is lost. Fields a project adds by hand (an amount's `kind` and `beneficiary`, a
passage's `organizations`) are carried over when present; a field that is absent is not
scored (see `policyie.evaluate`).

A split file (`split.tsv`: id, genre, split) assigns each passage to dev or test once; it is
data, committed with the corpus, never re-rolled.
"""
from __future__ import annotations

from pathlib import Path

#: Entity labels the corpus annotates (QUANTITY and DATE are not annotated there).
CORPUS_LABELS = ("MONEY", "PERCENT", "GPE", "ORG")
_AMOUNT_FIELDS = ("value", "low", "high", "unit", "qualifier", "per")


def is_corpus_line(line: dict) -> bool:
    """True for a line in the development corpus format (it has `amounts`, no `entities`)."""
    return "amounts" in line and "entities" not in line


def to_gold(line: dict) -> dict:
    """The corpus line with policyie's gold views added: `entities` (MONEY from amounts,
    PERCENT, GPE from places, ORG from agencies and hand-added organizations), `records` (one
    per amount) and `labels` (what the passage annotates). Original fields are not changed."""
    text = line["text"]
    entities = []
    for a in line.get("amounts", ()):
        entities.append({"start": a["start"], "end": a["end"], "text": a["text"], "label": "MONEY",
                         **{k: a.get(k) for k in _AMOUNT_FIELDS}})
    for p in line.get("percents", ()):
        entities.append({"start": p["start"], "end": p["end"], "text": p["text"], "label": "PERCENT",
                         "value": p.get("value"), "unit": p.get("unit")})
    places = []
    for p in line.get("places", ()):
        place = {**p, "label": "GPE"}
        places.append(place)
        entities.append(place)
    for g in line.get("agencies", ()):
        entities.append({**g, "label": "ORG", "government": True})
    for o in line.get("organizations", ()):
        entities.append({**o, "label": "ORG", "government": False})
    entities.sort(key=lambda e: (e["start"], e["end"]))
    records = [_record(a, line.get("agencies", ()), text) for a in line.get("amounts", ())]
    labels = list(CORPUS_LABELS) if "organizations" in line else [l for l in CORPUS_LABELS if l != "ORG"]
    return {**line, "entities": entities, "places": places, "records": records, "labels": labels,
            "gold_format": "corpus"}


def _record(a: dict, agencies, text: str) -> dict:
    record = {"start": a["start"], "end": a["end"], "text": a["text"],
              **{k: a.get(k) for k in _AMOUNT_FIELDS},
              "purpose": a.get("purpose"), "fund": a.get("fund"), "agency": a.get("agency"),
              "agency_canonical": canonical_of(a.get("agency"), a["start"], agencies),
              "place": a.get("place_adcode"), "year": a.get("year")}
    for extra in ("kind", "beneficiary"):
        if extra in a:
            record[extra] = a[extra]
    return record


def canonical_of(written: str | None, at: int, agencies) -> str | None:
    """The canonical name of the agency written `written` for an amount at offset `at`: the
    canonical of the nearest mention with that text (before the amount if there is one), or
    `written` itself when it is already a canonical name of the passage."""
    if not written:
        return None
    key = _squeeze(written)
    same = [g for g in agencies if _squeeze(g["text"]) == key and g.get("canonical")]
    if same:
        before = [g for g in same if g["start"] <= at]
        best = max(before, key=lambda g: g["start"]) if before else min(same, key=lambda g: g["start"])
        return best["canonical"]
    if any(_squeeze(g.get("canonical") or "") == key for g in agencies):
        return written
    return None


def _squeeze(s: str) -> str:
    return "".join(s.split())


def read_split(path: str | Path) -> dict[str, str]:
    """{passage id: split} from a split file (tab-separated id, genre, split; # comments)."""
    split = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc_id, _genre, name = line.split("\t")[:3]
        split[doc_id] = name.strip()
    return split


def read_corpus(path: str | Path, split: str | None = None) -> list[dict]:
    """Corpus passages as gold dicts (`to_gold`), each with its `split` when a split file is
    found beside the data. `path` is a folder (every *.jsonl in it) or one file; `split`
    ("dev", "test") keeps only that part."""
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    split_file = (path if path.is_dir() else path.parent) / "split.tsv"
    assignment = read_split(split_file) if split_file.exists() else {}
    from .gold import read_gold

    docs = []
    for file in files:
        for doc in read_gold(file):
            if doc.get("id") in assignment:
                doc["split"] = assignment[doc["id"]]
            docs.append(doc)
    if split is not None:
        if not assignment:
            raise FileNotFoundError(f"no split.tsv beside {path}: cannot select the {split!r} split")
        docs = [d for d in docs if d.get("split") == split]
    return docs

"""Scoring a pipeline against gold: the seeds' gold (docs/gold.md) and the development corpus
(tests/data/corpus/README.md), per split and per genre.

What is scored, per document, then summed over a group of documents:

* **Entities**: precision/recall/F1 per label on exact character spans, for the labels the
  document annotates (the corpus annotates MONEY, PERCENT, GPE, ORG; the seeds also QUANTITY
  and DATE). `government agencies` scores government bodies alone; `place mentions` every
  annotated place mention (in the corpus: standalone ones, as GPE; in the seeds: nested ones
  too).
* **Values** of the quantities found (same span): all of value, low, high, unit, qualifier
  and rate right; `wrong values` counts gold amounts for which a predicted amount on the same
  or an overlapping span carries another number or unit — worse than a miss, listed apart.
* **Codes**: 6-digit adcode of the places found, 9-digit township code where annotated,
  canonical name of the government agencies found.
* **Records** (one per money amount): amount found; of the found ones, the share with each
  field right: kind, purpose (character F1 of the two phrases ≥ 0.8; also ≥ 0.8 and ≥ 0.5 of
  those with an annotated purpose), fund and beneficiary (character F1 ≥ 0.8), agency as
  written and canonical, place (adcode), year. Null against null is right. A field the gold
  does not annotate (absent key) is not scored. Relations (amount → field) are also given as
  precision/recall/F1: predicted when the record has a value, gold when the gold has one,
  true positive when both have one and it is right.

Character F1 of two phrases: by offsets where both have them (the seeds), else by the longest
common subsequence of their characters, whitespace removed (the corpus gives phrases only).
"""
from __future__ import annotations

from collections import defaultdict
import re
from decimal import Decimal, InvalidOperation
from dataclasses import dataclass, field
from typing import Any, Iterable

from .gold import read_gold  # noqa: F401  (re-exported: evaluate.read_gold is public API)

QUANTITY_FIELDS = ("value", "low", "high", "unit", "qualifier", "per")
VALUE_FIELDS = ("value", "low", "high", "unit")
#: relations of the older report (canonical agency)
RELATIONS = ("kind", "purpose", "agency", "place", "year")
#: every record field scored, in report order
RECORD_FIELDS = ("kind", "purpose", "fund", "beneficiary", "agency", "agency_written", "place", "year")
SEED_LABELS = ("MONEY", "PERCENT", "QUANTITY", "DATE", "GPE", "ORG")


@dataclass
class Counts:
    tp: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, want: set, got: set) -> None:
        self.tp += len(want & got)
        self.gold += len(want)
        self.pred += len(got)

    def merge(self, other: "Counts") -> None:
        self.tp += other.tp
        self.gold += other.gold
        self.pred += other.pred

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "gold": self.gold, "pred": self.pred}


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    def merge(self, other: "Ratio") -> None:
        self.right += other.right
        self.total += other.total

    @property
    def share(self) -> float | None:
        return round(self.right / self.total, 4) if self.total else None


@dataclass
class Scores:
    """Counts of one document or a group of documents; `merge` adds another's."""
    documents: int = 0
    entities: dict[str, Counts] = field(default_factory=dict)
    government: Counts = field(default_factory=Counts)
    place_mentions: Counts = field(default_factory=Counts)
    ratios: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    amounts: Counts = field(default_factory=Counts)
    relation_counts: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in RECORD_FIELDS})
    wrong_values: list[dict] = field(default_factory=list)

    def merge(self, other: "Scores") -> "Scores":
        self.documents += other.documents
        for label, c in other.entities.items():
            self.entities.setdefault(label, Counts()).merge(c)
        self.government.merge(other.government)
        self.place_mentions.merge(other.place_mentions)
        for name, r in other.ratios.items():
            self.ratios[name].merge(r)
        self.amounts.merge(other.amounts)
        for name, c in other.relation_counts.items():
            self.relation_counts[name].merge(c)
        self.wrong_values.extend(other.wrong_values)
        return self

    def ratio(self, name: str) -> float | None:
        return self.ratios[name].share if name in self.ratios else None

    def to_dict(self) -> dict:
        found = self.amounts.tp
        return {
            "documents": self.documents,
            "entities": {label: c.to_dict() for label, c in sorted(self.entities.items())},
            "government_agencies": self.government.to_dict(),
            "place_mentions": self.place_mentions.to_dict(),
            "quantity_value_accuracy": self.ratio("quantity.exact"),
            "money_value_accuracy": self.ratio("money.exact"),
            "wrong_values": len(self.wrong_values),
            "wrong_value_list": self.wrong_values,
            "place_adcode_accuracy": self.ratio("place.adcode"),
            "place_township_accuracy": self.ratio("place.township"),
            "place_recall_by_level": {k.rsplit(".", 1)[1]: r.share for k, r in sorted(self.ratios.items())
                                      if k.startswith("place.found.")},
            "agency_canonical_accuracy": self.ratio("agency.canonical"),
            "records": {"amount_recall": round(self.amounts.recall, 4), "found": found,
                        "gold": self.amounts.gold,
                        **{k: self.ratio(f"record.{k}") for k in RECORD_FIELDS},
                        "purpose_annotated_f1_0.8": self.ratio("record.purpose@0.8"),
                        "purpose_annotated_f1_0.5": self.ratio("record.purpose@0.5"),
                        **{f"amount_{k}": self.ratio(f"amount.{k}") for k in QUANTITY_FIELDS},
                        "amount_exact": self.ratio("money.exact")},
            "relations": {k: c.to_dict() for k, c in self.relation_counts.items()},
            "ratios": {k: {"right": r.right, "total": r.total, "share": r.share}
                       for k, r in sorted(self.ratios.items())},
        }


# -- phrase comparison --------------------------------------------------------------------

def char_f1(a: int, b: int, c: int, d: int) -> float:
    """Character F1 of the spans [a, b) and [c, d) of one text."""
    inter = max(0, min(b, d) - max(a, c))
    if not inter:
        return 0.0
    p, r = inter / (b - a), inter / (d - c)
    return 2 * p * r / (p + r)


def phrase_f1(pred: str | None, gold: str | None) -> float:
    """Character F1 of two phrases by their longest common subsequence (whitespace removed)."""
    pred, gold = _squeeze(pred or ""), _squeeze(gold or "")
    if not pred or not gold:
        return 0.0
    lcs = _lcs(pred, gold)
    if not lcs:
        return 0.0
    p, r = lcs / len(pred), lcs / len(gold)
    return 2 * p * r / (p + r)


def _lcs(a: str, b: str) -> int:
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0]
        for j, other in enumerate(b):
            cur.append(prev[j] + 1 if ch == other else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _squeeze(s: str) -> str:
    return "".join(s.split())


def purpose_f1(r: dict, gr: dict) -> float:
    """Character F1 of a predicted record's purpose against the gold one."""
    if gr.get("purpose_start") is not None and r.get("purpose_start") is not None:
        return char_f1(r["purpose_start"], r["purpose_end"], gr["purpose_start"],
                       gr["purpose_start"] + len(gr["purpose"]))
    return phrase_f1(r.get("purpose"), gr.get("purpose"))


def field_right(name: str, r: dict, gr: dict) -> bool:
    """Is the predicted record's field `name` right against the gold record? Null against
    null is right."""
    want, got = gold_value(name, gr), pred_value(name, r)
    if want is None or got is None:
        return want is None and got is None
    if name == "purpose":
        return purpose_f1(r, gr) >= 0.8
    if name in ("fund", "beneficiary"):
        return phrase_f1(got, want) >= 0.8
    if name == "agency_written":
        return _squeeze(got) == _squeeze(want)
    if name == "place":
        return want in (r.get("adcode"), r.get("place"))
    if name == "agency":
        return same_body(got, want)
    return got == want


def same_body(a: str | None, b: str | None) -> bool:
    """Are two canonical names of bodies the same body? A district's or county's body of a
    municipality is named with or without the municipality (北京市密云区财政局, 密云区财政局: the
    annotations write both)."""
    if a is None or b is None:
        return a is b
    return a == b or _MUNICIPALITY.sub("", a) == _MUNICIPALITY.sub("", b)


def _municipality_pattern() -> "re.Pattern":
    from .agencies import _MUNICIPALITIES
    return re.compile("^(?:" + "|".join(_MUNICIPALITIES) + r")(?=\w{1,5}?[区县])")


_MUNICIPALITY = _municipality_pattern()


def _written(gr: dict) -> bool:
    """Does the gold record give its agency as written (the corpus) rather than canonical (the
    seeds)? Corpus records carry both."""
    return "agency_canonical" in gr


def gold_value(name: str, gr: dict) -> Any:
    if name == "agency":          # canonical name; the seeds' gold holds canonical names
        return gr["agency_canonical"] if _written(gr) else gr.get("agency")
    if name == "agency_written":
        return gr.get("agency") if _written(gr) else None
    return gr.get(name)


def pred_value(name: str, r: dict) -> Any:
    if name == "agency_written":
        return r.get("agency_written")
    return r.get(name)


def scored(name: str, gr: dict) -> bool:
    """Does the gold record annotate field `name`?"""
    if name == "agency_written":
        return _written(gr)
    if name == "agency" and _written(gr):     # a written agency whose canonical is unknown
        return gr.get("agency") is None or gr.get("agency_canonical") is not None
    return name in gr


# -- one document ---------------------------------------------------------------------------

def score_document(doc, g: dict) -> Scores:
    """The counts of one processed Doc against its gold dict."""
    s = Scores(documents=1)
    corpus = g.get("gold_format") == "corpus"
    labels = set(g.get("labels") or SEED_LABELS)
    pred = {(e.start_char, e.end_char, e.label_): e for e in doc.ents}
    want = {(e["start"], e["end"], e["label"]): e for e in g.get("entities", [])}
    for label in labels:
        c = s.entities.setdefault(label, Counts())
        c.add({k for k in want if k[2] == label}, {k for k in pred if k[2] == label})

    quantities = {(q["start"], q["end"]): q for q in doc._.quantities or ()}
    for key, ent in want.items():
        label = key[2]
        span = pred.get(key)
        if label in ("MONEY", "PERCENT", "QUANTITY", "DATE"):
            q = quantities.get(key[:2])
            if span is not None and q is not None:
                fields = QUANTITY_FIELDS if all(f in ent for f in QUANTITY_FIELDS) else \
                    tuple(f for f in ("value", "unit") if f in ent)
                ok = all(same_field(f, q.get(f), ent.get(f)) for f in fields)
                s.ratios["quantity.exact"].add(ok)
                s.ratios[f"{label.lower()}.exact"].add(ok)
            if label == "MONEY":
                _check_money_value(s, g, ent, quantities, doc.text)
        elif label == "GPE" and span is not None and span._.place is not None:
            place = span._.place
            if ent.get("adcode"):
                s.ratios["place.adcode"].add(place.adcode == ent["adcode"])
            elif ent.get("full_name"):
                s.ratios["place.adcode"].add(place.full_name in (ent["full_name"], ent["text"]))
            if ent.get("township_code"):
                s.ratios["place.township"].add(getattr(place, "township_code", None) == ent["township_code"])
    agencies = {(a["start"], a["end"]): a for a in doc._.agencies or () if a.get("department")}
    gov_want = {}
    for e in g.get("entities", []):
        if e["label"] == "ORG" and (e.get("government") or (not corpus and e.get("department"))):
            gov_want[(e["start"], e["end"])] = e
    s.government.add(set(gov_want), set(agencies))
    for key, e in gov_want.items():
        if key in agencies and e.get("canonical"):
            s.ratios["agency.canonical"].add(same_body(agencies[key].get("canonical"), e["canonical"]))
    if corpus:
        found = {k[:2] for k in pred if k[2] == "GPE"}
        s.place_mentions.add({(p["start"], p["end"]) for p in g.get("places", [])}, found)
        for p in g.get("places", []):
            s.ratios[f"place.found.{p.get('level') or 'other'}"].add((p["start"], p["end"]) in found)
    else:
        s.place_mentions.add({(p["start"], p["end"]) for p in g.get("places", [])},
                             {(p["start"], p["end"]) for p in doc._.places or ()})
    _score_records(s, doc, g, quantities)
    return s


def same_field(name: str, got, want) -> bool:
    """Are two values of a quantity's field the same? Numbers compare as decimals (485.10 is
    485.1: the annotation may keep the zeros the text writes); other fields as they are."""
    if name in ("value", "low", "high") and got is not None and want is not None:
        try:
            return Decimal(str(got)) == Decimal(str(want))
        except InvalidOperation:
            return False
    return got == want


def _check_money_value(s: Scores, g: dict, ent: dict, quantities: dict, text: str) -> None:
    """A gold amount read with another number or unit (same or overlapping span)."""
    for (qs, qe), q in quantities.items():
        if q.get("kind") != "money" or qe <= ent["start"] or qs >= ent["end"]:
            continue
        fields = [f for f in VALUE_FIELDS if not same_field(f, q.get(f), ent.get(f))]
        if (qs, qe) != (ent["start"], ent["end"]) and not fields:
            continue
        if fields:
            s.wrong_values.append({"doc": g.get("id"), "text": ent["text"], "start": ent["start"],
                                   "predicted": text[qs:qe],
                                   **{f: [ent.get(f), q.get(f)] for f in fields}})
        return


def predicted_records(doc) -> dict[tuple[int, int], dict]:
    """A Doc's records by (start, end), each with `agency_written`: the agency as the text
    writes it (the mention it was read from), to score against the corpus' written agency."""
    agencies_at = {a["start"]: a for a in doc._.agencies or ()}
    records = {}
    for r in doc._.records or ():
        r = dict(r)
        at = agencies_at.get(r.get("agency_start"))
        r["agency_written"] = at["text"] if at is not None and r.get("agency") else None
        records[(r["start"], r["end"])] = r
    return records


def _score_records(s: Scores, doc, g: dict, quantities: dict) -> None:
    records = predicted_records(doc)
    gold_records = g.get("records", [])
    s.amounts.add({(r["start"], r["end"]) for r in gold_records}, set(records))
    for gr in gold_records:
        r = records.get((gr["start"], gr["end"]))
        for name in RECORD_FIELDS:
            if scored(name, gr):
                s.relation_counts[name].gold += gold_value(name, gr) is not None
        if r is None:
            continue
        q = quantities.get((gr["start"], gr["end"]), {})
        if all(f in gr for f in QUANTITY_FIELDS):
            for f in QUANTITY_FIELDS:
                s.ratios[f"amount.{f}"].add(same_field(f, q.get(f), gr.get(f)))
        for name in RECORD_FIELDS:
            if not scored(name, gr):
                continue
            ok = field_right(name, r, gr)
            s.ratios[f"record.{name}"].add(ok)
            c = s.relation_counts[name]
            c.pred += pred_value(name, r) is not None
            c.tp += ok and gold_value(name, gr) is not None
        if gr.get("purpose") is not None:
            f1 = purpose_f1(r, gr) if r.get("purpose") else 0.0
            s.ratios["record.purpose@0.8"].add(f1 >= 0.8)
            s.ratios["record.purpose@0.5"].add(f1 >= 0.5)
    # predicted records on amounts that are not in the gold count against precision
    gold_keys = {(gr["start"], gr["end"]) for gr in gold_records}
    for key, r in records.items():
        if key not in gold_keys:
            for name in RECORD_FIELDS:
                s.relation_counts[name].pred += pred_value(name, r) is not None


# -- corpora ------------------------------------------------------------------------------

def evaluate(nlp, gold: Iterable[dict]) -> Scores:
    """Score `nlp` on gold documents (`read_gold`, `policyie.corpus.read_corpus`), all together."""
    total = Scores()
    for g in gold:
        total.merge(score_document(nlp(g["text"]), g))
    return total


def group_names(g: dict) -> tuple[str, str]:
    """(split, genre) of a gold document: the seeds are genre `seeds` in dev."""
    return g.get("split") or "dev", g.get("genre") or "seeds"


def evaluate_groups(nlp, gold: Iterable[dict]) -> dict[str, Scores]:
    """Scores per split, per split and genre, and over all: keys `test`, `test/news`, `all` …"""
    groups: dict[str, Scores] = defaultdict(Scores)
    for g in gold:
        one = score_document(nlp(g["text"]), g)
        split, genre = group_names(g)
        for key in ("all", split, f"{split}/{genre}"):
            groups[key].merge(_copy(one))
    return dict(groups)


def _copy(s: Scores) -> Scores:
    return Scores().merge(s)


PLACE_LEVELS = ("province", "city", "county", "zone", "township", "village")

# -- report ---------------------------------------------------------------------------------

def _rows(d: dict) -> list[tuple[str, Any]]:
    """(row name, value) of one group's scores, in report order."""
    rows: list[tuple[str, Any]] = [("documents", d["documents"])]
    for label, c in d["entities"].items():
        rows.append((f"{label} P R F1", (c["precision"], c["recall"], c["f1"], c["gold"])))
    for name in ("government_agencies", "place_mentions"):
        c = d[name]
        rows.append((f"{name.replace('_', ' ')} P R F1", (c["precision"], c["recall"], c["f1"], c["gold"])))
    rec = d["records"]
    rows += [("amounts found", (rec["amount_recall"], rec["gold"])),
             ("amount exact (of found)", d["money_value_accuracy"]),
             ("… value, low, high", _all_of(rec, ("amount_value", "amount_low", "amount_high"))),
             ("… unit", rec["amount_unit"]), ("… qualifier", rec["amount_qualifier"]),
             ("… rate (per)", rec["amount_per"]),
             ("wrong values", d["wrong_values"]),
             ("quantity exact (all labels)", d["quantity_value_accuracy"]),
             ("place adcode", d["place_adcode_accuracy"]),
             ("place township code", d["place_township_accuracy"]),
             ("agency canonical", d["agency_canonical_accuracy"])]
    for level in PLACE_LEVELS:
        rows.append((f"place recall: {level}", d.get("place_recall_by_level", {}).get(level)))
    for k in RECORD_FIELDS:
        rows.append((f"record {k.replace('_', ' ')}", rec[k]))
    rows += [("purpose F1>=0.8 (annotated)", rec["purpose_annotated_f1_0.8"]),
             ("purpose F1>=0.5 (annotated)", rec["purpose_annotated_f1_0.5"])]
    return rows


def _all_of(rec: dict, keys: tuple[str, ...]) -> float | None:
    """The lowest of several shares (each of value, low, high right → all right at least this)."""
    shares = [rec[k] for k in keys if rec.get(k) is not None]
    return min(shares) if shares else None


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, tuple):
        if len(value) == 4:
            return f"{value[0]:.2f} {value[1]:.2f} {value[2]:.2f}" if value[3] else "—"
        return f"{value[0]:.3f}" if value[1] else "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_groups(groups: dict[str, Scores], width: int = 11) -> str:
    """Tables of the scores: one per split (test first), a column per genre and one for the
    whole split; then the split totals side by side."""
    splits = [k for k in sorted(groups, key=_group_order) if "/" not in k and k != "all"]
    out = []
    for split in splits:
        keys = [split] + sorted(k for k in groups if k.startswith(split + "/"))
        heads = ["all" if k == split else k.split("/", 1)[1] for k in keys]
        out.append(f"== {split} ==")
        out.append(_table([groups[k] for k in keys], heads, width))
        out.append("")
    keys = splits + (["all"] if "all" in groups and len(splits) > 1 else [])
    if len(keys) > 1:
        out.append("== splits ==")
        out.append(_table([groups[k] for k in keys], keys, width))
    return "\n".join(out).rstrip()


def _table(scores: list[Scores], heads: list[str], width: int) -> str:
    """Rows are measures, columns the given groups; a cell a group lacks is —."""
    columns = [dict((n, _cell(v)) for n, v in _rows(s.to_dict())) for s in scores]
    names: list[str] = []
    for column in columns:
        names += [n for n in column if n not in names]
    first = max(len(n) for n in names) + 1
    col = max([len(h) for h in heads] + [len(v) for c in columns for v in c.values()] + [width]) + 2
    lines = [f"{'':<{first}}" + "".join(f"{h:>{col}}" for h in heads)]
    for n in names:
        lines.append(f"{n:<{first}}" + "".join(f"{c.get(n, '—'):>{col}}" for c in columns))
    return "\n".join(lines)


def _group_order(key: str) -> tuple:
    split = key.split("/")[0]
    return ({"test": 0, "dev": 1, "all": 2}.get(split, 3), key.count("/"), key)


def format_table(scores: Scores) -> str:
    """The scores of one group as a plain-text table (entities, values, records, relations)."""
    lines = [_table([scores], ["all"], 11), ""]
    d = scores.to_dict()
    lines.append(f"{'relation':<24}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}")
    for name, c in d["relations"].items():
        lines.append(f"amount -> {name:<14}{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}"
                     f"{c['gold']:>7}{c['pred']:>7}")
    return "\n".join(lines)

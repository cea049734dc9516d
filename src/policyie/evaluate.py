"""Scoring a pipeline against a gold corpus (the JSONL format of docs/gold.md).

Entities: per-label precision/recall/F1 on exact character spans. Quantities: exact-value
accuracy (value, bounds, unit, qualifier, rate) of the found ones. Places: adcode accuracy
of found GPE entities. Agencies: canonical-name accuracy of found ORG entities, and F1 of
government agencies (ORG with a department). Records (amount relations): amount recall and,
of the found amounts, the share with the right kind, purpose (character F1 >= 0.8),
agency, place and year ("share right of found"), and precision/recall/F1 per relation type:
a relation is predicted when a predicted record has a non-null value for it, is in the gold
when the gold record has one, and is right (a true positive) when the amounts match and the
value is right by the same rules; both-null agreements count in neither.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language

from .gold import read_gold  # noqa: F401  (re-exported: evaluate.read_gold is public API)

QUANTITY_FIELDS = ("value", "low", "high", "unit", "qualifier", "per")
RELATIONS = ("kind", "purpose", "agency", "place", "year")


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


@dataclass
class Scores:
    entities: dict[str, Counts] = field(default_factory=dict)
    quantity_values: list[int] = field(default_factory=lambda: [0, 0])     # right, found
    adcodes: list[int] = field(default_factory=lambda: [0, 0])
    canonical: list[int] = field(default_factory=lambda: [0, 0])
    government: Counts = field(default_factory=Counts)
    place_mentions: Counts = field(default_factory=Counts)
    amounts: Counts = field(default_factory=Counts)
    relations: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RELATIONS, 0))
    relation_counts: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in RELATIONS})

    def to_dict(self) -> dict:
        ratio = lambda pair: round(pair[0] / pair[1], 4) if pair[1] else None
        counts = lambda c: {"precision": round(c.precision, 4), "recall": round(c.recall, 4),
                            "f1": round(c.f1, 4), "tp": c.tp, "gold": c.gold, "pred": c.pred}
        found = self.amounts.tp
        return {
            "entities": {label: counts(c) for label, c in sorted(self.entities.items())},
            "quantity_value_accuracy": ratio(self.quantity_values),
            "place_adcode_accuracy": ratio(self.adcodes),
            "agency_canonical_accuracy": ratio(self.canonical),
            "government_agencies": counts(self.government),
            "place_mentions": counts(self.place_mentions),
            "records": {"amount_recall": round(self.amounts.recall, 4),
                        **{k: round(v / found, 4) if found else None for k, v in self.relations.items()}},
            "relations": {k: counts(c) for k, c in self.relation_counts.items()},
        }


def char_f1(a: int, b: int, c: int, d: int) -> float:
    inter = max(0, min(b, d) - max(a, c))
    if not inter:
        return 0.0
    p, r = inter / (b - a), inter / (d - c)
    return 2 * p * r / (p + r)


def evaluate(nlp: Language, gold: list[dict]) -> Scores:
    """Score `nlp` on gold documents (see `read_gold`)."""
    scores = Scores()
    for g in gold:
        doc = nlp(g["text"])
        pred = {(e.start_char, e.end_char, e.label_): e for e in doc.ents}
        want = {(e["start"], e["end"], e["label"]): e for e in g.get("entities", [])}
        labels = {k[2] for k in want} | {k[2] for k in pred}
        for label in labels:
            c = scores.entities.setdefault(label, Counts())
            c.gold += sum(1 for k in want if k[2] == label)
            c.pred += sum(1 for k in pred if k[2] == label)
            c.tp += sum(1 for k in want if k[2] == label and k in pred)
        for key, ent in want.items():
            span = pred.get(key)
            if span is None:
                continue
            if key[2] in ("MONEY", "PERCENT", "QUANTITY", "DATE"):
                q = span._.quantity.to_dict() if span._.quantity else {}
                scores.quantity_values[1] += 1
                scores.quantity_values[0] += all(q.get(f) == ent.get(f) for f in QUANTITY_FIELDS)
            elif key[2] == "GPE" and span._.place is not None:
                place = span._.place
                scores.adcodes[1] += 1
                scores.adcodes[0] += (place.adcode == ent.get("adcode")) if ent.get("adcode") else \
                    (place.full_name in (ent.get("full_name"), ent["text"]))
            elif key[2] == "ORG" and span._.agency is not None:
                scores.canonical[1] += 1
                scores.canonical[0] += span._.agency.canonical == ent.get("canonical")
        gov_want = {(e["start"], e["end"]) for e in g.get("entities", []) if e["label"] == "ORG" and e.get("department")}
        gov_pred = {(a["start"], a["end"]) for a in doc._.agencies or () if a.get("department")}
        _add(scores.government, gov_want, gov_pred)
        _add(scores.place_mentions, {(p["start"], p["end"]) for p in g.get("places", [])},
             {(p["start"], p["end"]) for p in doc._.places or ()})
        records = {(r["start"], r["end"]): r for r in doc._.records or ()}
        gold_records = g.get("records", [])
        _add(scores.amounts, {(r["start"], r["end"]) for r in gold_records}, set(records))
        for r in records.values():
            for name in RELATIONS:
                scores.relation_counts[name].pred += r.get(name) is not None
        for gr in gold_records:
            r = records.get((gr["start"], gr["end"]))
            for name in RELATIONS:
                scores.relation_counts[name].gold += gr.get(name) is not None
            if r is None:
                continue
            for name in RELATIONS:
                right = _relation_right(name, r, gr)
                scores.relations[name] += right
                scores.relation_counts[name].tp += right and gr.get(name) is not None and r.get(name) is not None
    return scores


def _relation_right(name: str, r: dict, gr: dict) -> bool:
    """Is the predicted record's `name` right for the gold record? (Both null is right.)"""
    if name == "purpose":
        if gr["purpose"] is None or r["purpose"] is None:
            return gr["purpose"] is None and r["purpose"] is None
        return char_f1(r["purpose_start"], r["purpose_end"], gr["purpose_start"],
                       gr["purpose_start"] + len(gr["purpose"])) >= 0.8
    if name == "place":
        return gr["place"] in (r["adcode"], r["place"]) or (gr["place"] is None and r["place"] is None)
    return r[name] == gr[name]


def _add(counts: Counts, want: set, got: set) -> None:
    counts.tp += len(want & got)
    counts.gold += len(want)
    counts.pred += len(got)


def format_table(scores: Scores) -> str:
    """The scores as a plain-text table."""
    d = scores.to_dict()
    lines = [f"{'label':<22}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}"]
    for label, c in d["entities"].items():
        lines.append(f"{label:<22}{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}{c['gold']:>7}")
    for name in ("government_agencies", "place_mentions"):
        c = d[name]
        lines.append(f"{name.replace('_', ' '):<22}{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}{c['gold']:>7}")
    lines.append("")
    lines.append(f"quantity value accuracy   {d['quantity_value_accuracy']}")
    lines.append(f"place adcode accuracy     {d['place_adcode_accuracy']}")
    lines.append(f"agency canonical accuracy {d['agency_canonical_accuracy']}")
    rec = d["records"]
    lines.append(f"records: amount recall {rec['amount_recall']}; right of found: "
                 + ", ".join(f"{k} {rec[k]}" for k in RELATIONS))
    lines.append("")
    lines.append(f"{'relation':<22}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}")
    for name, c in d["relations"].items():
        lines.append(f"amount -> {name:<12}{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}{c['gold']:>7}{c['pred']:>7}")
    return "\n".join(lines)

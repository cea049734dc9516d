"""A learned chooser among the purposes the rules could give an amount.

`policyie.linking` reads a purpose along one of some twenty paths (用于X after the amount, 为X
before it, the noun the amount measures, what the clause before names, a table row's item …)
and takes the first that fires, in a fixed precedence. On text the rules were not written
from, the precedence is often what goes wrong: the right phrase was among the paths' answers,
but a path higher up fired first. This module scores every candidate phrase (and "no purpose")
with a logistic regression over sparse features — which paths proposed it, where it stands
against the amount, its first and last characters, the record's kind, the rules' own choice
and reason — trained on the corpus dev split, the seeds and the fresh batches
(`scripts/train_purpose_model.py`). The rules' purpose is replaced only where the model
prefers another candidate by a clear `margin`.

Pure numpy (through `policyie.kind_model`'s softmax regression); the weights are a small JSON
file in `data/records/`. Stateless after loading: one model serves every thread.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Sequence

from .kind_model import JsonModel, KindModel, _grams, _norm, _why_type, train as _train_softmax

MODEL_FILE = Path(__file__).parent / "data" / "records" / "purpose_model.json"

#: the label of a right candidate in the underlying two-class model
RIGHT = "right"


#: how a record's `why` opens when the chooser set its purpose
CHOSEN = "the learned purpose chooser"

def _bucket(n: int, edges: Sequence[int]) -> int:
    for i, edge in enumerate(edges):
        if n <= edge:
            return i
    return len(edges)


def _phrase_features(text: str, start: int, end: int, place_spans: Sequence[tuple[int, int]]) -> list[str]:
    """The features of a candidate phrase itself (the same for every amount that proposes it)."""
    phrase = _norm(text[start:end])
    k = bisect_left(place_spans, (end, -1))
    return [f"len={_bucket(len(phrase), (2, 4, 6, 9, 14, 20))}",
            f"b1={phrase[:1]}", f"b2={phrase[:2]}", f"e1={phrase[-1:]}", f"e2={phrase[-2:]}",
            f"pl1={text[start - 1:start] if start else ''}", f"pl2={text[max(0, start - 2):start]}",
            f"pr1={text[end:end + 1]}", f"digit={any(c.isdigit() for c in phrase)}",
            f"place={any(ps < end and start < pe for ps, pe in place_spans[max(0, k - 8):k])}",
            *_grams("p:", phrase)]


def purpose_options(text: str, record: dict, candidates: list, q: dict, previous: dict | None,
                    place_spans: Sequence[tuple[int, int]] = (), cache: dict | None = None) -> list[dict]:
    """The options for one record: each distinct candidate span (with every path that gave it),
    the rules' own purpose, and "no purpose" (start None). Each option is a dict with `start`,
    `end`, `sources`, `rule` (is it the rules' choice) and `features`. `place_spans` are sorted;
    `cache`, a dict the caller keeps for one document, holds the features of each phrase."""
    s, e = record["start"], record["end"]
    kind = record.get("kind")
    rule_why = _why_type(_TRAINED_AS.get(why := (record.get("why") or {}).get("purpose") or "", why))
    rule_span = (record.get("purpose_start"), record.get("purpose_end")) if record.get("purpose") is not None \
        and isinstance(record.get("purpose_start"), int) else (None, None)
    by_span: dict[tuple, list[str]] = {}
    for name, found in candidates:
        by_span.setdefault((found.start, found.end), []).append(name)
    if rule_span[0] is not None and rule_span not in by_span:
        by_span[rule_span] = ["rule_only"]            # (a document-level pass gave it)
    by_span[(None, None)] = ["none"]
    common = [f"kind={kind}", f"q={q.get('qualifier')}", f"per={bool(q.get('per'))}",
              f"row={q.get('row_start') is not None}", f"column={q.get('column_start') is not None}"]
    n_options = len(by_span)
    options = []
    for (start, end), sources in by_span.items():
        is_rule = (start, end) == rule_span
        feats = list(common)
        feats.append(f"rule={is_rule}")
        feats.append(f"rule={is_rule}|why={rule_why}")
        feats.append(f"n={min(n_options, 6)}")
        if start is None:
            feats += ["NONE", f"NONE|kind={kind}", f"NONE|why={rule_why}", f"NONE|n={min(n_options, 6)}",
                      f"NONE|rule={is_rule}"]
            left = _norm(text[max(0, s - 4):s])
            feats += [f"NONE|l1={left[-1:]}", f"NONE|l2={left[-2:]}", f"NONE|r1={text[e:e + 1]}"]
            feats += _grams("NONE|L:", _norm(text[max(0, s - 12):s]))
            feats += _grams("NONE|R:", _norm(text[e:e + 8]))
        else:
            feats += [f"votes={min(len(sources), 4)}"]
            for name in sources:
                feats += [f"src={name}", f"src={name}|kind={kind}", f"src={name}|rule={is_rule}"]
            if start >= e:
                where, gap = "after", start - e
            elif end <= s:
                where, gap = "before", s - end
            else:
                where, gap = "over", 0
            feats += [f"at={where}", f"at={where}|gap={_bucket(gap, (0, 2, 6, 15, 40))}"]
            own = cache.get((start, end)) if cache is not None else None
            if own is None:
                own = _phrase_features(text, start, end, place_spans)
                if cache is not None:
                    cache[(start, end)] = own
            feats += own
            between = _norm(text[end:s]) if end <= s else _norm(text[e:start]) if start >= e else ""
            feats += [f"between={between if len(between) <= 6 else 'far'}"]
            feats += _grams(f"{where}:", between[:6] if where == "after" else between[-6:])
            if previous is not None and previous.get("purpose_start") == start:
                feats.append("same_as_previous")
            if rule_span[0] is not None and not is_rule and start < rule_span[1] and rule_span[0] < end:
                feats.append("overlaps_rule")
        options.append({"start": start, "end": end, "sources": sources, "rule": is_rule,
                        "why": (record.get("why") or {}).get("purpose") or "",
                        "features": feats})
    return options


#: reasons of the rules that read an explicit structure of the text: a list paired by 分别, the
#: change of the amount before (由X提高至Y), the object of an audit finding (违规拨付X), what
#: 对X…给予 names (or that it names only the receivers, 对贫困学生每人资助1000元: no use), a 用于
#: marker; and the budget lines (a revenue line has no purpose, an
#: expenditure line's sector is its purpose: right 99 % and 90 % of the time on dev and the
#: fresh batches, where the chooser changed nothing). The chooser never overrules them: a
#: learned preference for the usual case must not undo what the sentence states outright.
#: reasons the rules give that the shipped chooser was trained before, read as the reason it
#: knows for the same step (parts of a total found by their sum are parts as 其中 marks them)
_TRAINED_AS = {"the purpose of its total (its parts add up to it)": "the purpose of its total (其中)"}

FIRM_REASONS = ("分别", "a change of the amount before", "what the finding", "对X给予", "对X按…给予",
                "after 用于", "用于X的", "a revenue line", "the sector of an expenditure line",
                "对X names who receives it")


def overrules(rule_why: str) -> bool:
    """May the chooser replace a purpose the rules gave for this reason?"""
    return not rule_why.startswith(FIRM_REASONS)


@dataclass(frozen=True)
class PurposeModel(JsonModel):
    """Two-class softmax weights (`KindModel` form) scoring whether a candidate is the purpose,
    the margin by which a candidate must beat the rules' choice to replace it, and how sure it
    must be to put "no purpose" in place of a phrase the rules read (`none_floor`: a review on
    new text found "no purpose" winning at p 0.15–0.4 over a fund's stated use; cross-validated,
    a floor of 0.5 keeps purpose right at .660 and raises it on annotated purposes .590 → .597)."""
    scorer: KindModel
    margin: float = 0.1
    none_floor: float = 0.5

    @cached_property
    def _logit(self):
        """Two classes: the weights as one logistic score per feature (built on first use)."""
        index, matrix, bias = self.scorer._matrix
        right = self.scorer.labels.index(RIGHT)
        return index, matrix[:, right] - matrix[:, 1 - right], float(bias[right] - bias[1 - right])

    @cached_property
    def _margin_of(self) -> dict[str, float]:
        """Each feature's logistic score, by feature (built on first use)."""
        index, margins, _ = self._logit
        return dict(zip(index, margins.tolist()))

    def scores(self, options: list[dict]) -> list[float]:
        """The probability that each option is the amount's purpose: the scores of its known
        features (each once) added to the offset in turn, then one array operation for all
        the options of a record."""
        import numpy as np
        margin_of = self._margin_of
        known, margin = margin_of.keys(), margin_of.__getitem__
        offset = self._logit[2]
        z = np.array([sum(map(margin, known & option["features"]), offset) for option in options], dtype=np.float64)
        return (1.0 / (1.0 + np.exp(-z))).tolist()

    def choose(self, options: list[dict], record: dict) -> tuple[int | None, int | None, str] | None:
        """(start, end, why) of the candidate to put in place of the rules' purpose, or None to
        keep the rules' one."""
        was = (record.get("why") or {}).get("purpose", "")
        if not overrules(was):
            return None
        scored = list(zip(self.scores(options), options))
        rule = next((p for p, o in scored if o["rule"]), None)
        if rule is None:
            rule = next(p for p, o in scored if o["start"] is None)      # the rules gave none
        p, best = max(scored, key=lambda x: x[0])
        if best["rule"] or p - rule < self.margin or best["start"] is None and p < self.none_floor:
            return None
        if best["start"] is None:
            return None, None, f"{CHOSEN}: no purpose (p={p:.2f}; the rules said {was})"
        return best["start"], best["end"], f"{CHOSEN} ({'/'.join(best['sources'])}, p={p:.2f}; the rules said {was})"

    def to_json(self) -> dict:
        return {"margin": self.margin, "none_floor": self.none_floor, "scorer": self.scorer.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> "PurposeModel":
        return cls(scorer=KindModel.from_json(data["scorer"]), margin=data.get("margin", 0.1),
                   none_floor=data.get("none_floor", 0.5))


@lru_cache(maxsize=1)
def default_model() -> PurposeModel | None:
    """The packaged model, loaded once per process; None when it is not there."""
    return PurposeModel.load(MODEL_FILE) if MODEL_FILE.exists() else None


def train(examples: Sequence[tuple[list[str], bool]], *, margin: float = 0.1, none_floor: float = 0.5,
          l2: float = 1e-3, epochs: int = 200) -> PurposeModel:
    """Fit the scorer on (features of an option, is it right) pairs."""
    scorer = _train_softmax([(x, RIGHT if y else "wrong") for x, y in examples], l2=l2, epochs=epochs)
    return PurposeModel(scorer=scorer, margin=margin, none_floor=none_floor)

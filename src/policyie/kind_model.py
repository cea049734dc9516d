"""A learned second opinion on a record's kind.

The rules of `policyie.linking` decide a kind from one cue (a head noun, a verb, a rate …)
and fall back to `other` when they find none. Many amounts carry their kind in wider context:
a list's heading (分地区看：…), the verb of the sentence before (…统筹下达。其中…), the genre of
the page. This module is a small multinomial logistic regression over sparse features of that
context *and of the rules' own decision* (their kind and the reason they give), trained on the
annotated corpus' dev split and the seeds (`scripts/train_kind_model.py`). It overrides the
rules only where it is confident (`threshold`), so a strong cue keeps its say.

Pure numpy; the weights are a small JSON file in `data/records/`. Stateless after loading, so
one model serves every thread.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import filterfalse
from pathlib import Path
from typing import Iterable, Sequence

import regex

MODEL_FILE = Path(__file__).parent / "data" / "records" / "kind_model.json"

_DIGITS = regex.compile(r"[0-9０-９]+(?:[.,，][0-9]+)*")
_SPACE = regex.compile(r"\s+")
_CUE = regex.compile(r"\(([^()]{1,12})\)|(?:verb|noun|fund|word) ([^\s,，]{1,12})")


def _norm(s: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("0", s))


def _grams(prefix: str, s: str, n: int = 2) -> list[str]:
    """prefix + each character that is not a space, then (n >= 2) prefix + each pair of
    neighbours that are not both spaces, in text order."""
    add = prefix.__add__
    if s.split() == [s]:
        out = list(map(add, s))                     # no space in it: nothing to leave out
        if n >= 2:
            out += map(add, map(str.__add__, s, s[1:]))
        return out
    out = list(map(add, filterfalse(str.isspace, s)))
    if n >= 2:
        out += map(add, filterfalse(str.isspace, map(str.__add__, s, s[1:])))
    return out


def _why_type(why: str) -> str:
    """The reason without its cue word: 'the verb 下达' → 'the verb'."""
    return _CUE.sub("", why).strip()[:40]


def context_grams(text: str, sent_start: int, headline: str | None = None) -> tuple[list[str], list[str]]:
    """The features of the text before an amount's sentence and of its article's headline:
    the same for every amount of the sentence (of the article), so they can be made once."""
    before = _grams("B:", _norm(text[max(0, sent_start - 40):sent_start]))
    return before, _grams("H:", _norm(headline)) if headline else []


def features(text: str, start: int, end: int, sent_start: int, sent_end: int, *, rule_kind: str,
             rule_why: str, qualifier: str | None = None, per: str | None = None,
             in_row: bool = False, prev_kind: str | None = None, headline: str | None = None,
             context: tuple[list[str], list[str]] | None = None) -> list[str]:
    """Sparse features of one amount: the rules' decision, the words around it and its sentence.
    `context`: `context_grams(text, sent_start, headline)`, if already made."""
    near_left = _norm(text[max(sent_start, start - 8):start])
    far_left = _norm(text[max(sent_start, start - 30):max(sent_start, start - 8)])
    near_right = _norm(text[end:min(sent_end, end + 8)])
    far_right = _norm(text[min(sent_end, end + 8):min(sent_end, end + 24)])
    before_grams, headline_grams = context or context_grams(text, sent_start, headline)
    feats = [f"rule={rule_kind}", f"why={_why_type(rule_why)}", f"rule+why={rule_kind}|{_why_type(rule_why)}",
             f"q={qualifier}", f"per={bool(per)}", f"row={in_row}", f"prev={prev_kind}"]
    cue = _CUE.search(rule_why)
    if cue:
        feats.append(f"cue={cue.group(1) or cue.group(2)}")
    feats += _grams("l:", near_left) + _grams("L:", far_left, 1) + _grams("L2:", far_left)
    feats += _grams("r:", near_right) + _grams("R:", far_right)
    feats += before_grams
    feats += headline_grams
    return feats


#: reasons of the rules that name the kind itself (a head noun, a rate, a threshold, an audit
#: word): the model never overrules them — on dev they are right 90–100 % of the time
FIRM_REASONS = ("the measured noun", "a rate", "a threshold", "an audit finding", "a standard",
                "a condition", "a higher government's fund", "a remedy")


def overrules(rule_why: str) -> bool:
    """May the model overrule a kind the rules gave for this reason? Not a firm reason, nor the
    funding verb of the amount's own clause (a user's added verb keeps its say; on dev the model
    gained nothing there)."""
    own_verb = rule_why.startswith("the verb ") and not rule_why.endswith(("of the clause before", "after it"))
    return not (rule_why.startswith(FIRM_REASONS) or own_verb)


class JsonModel:
    """Saving and loading a model that turns itself into JSON (`to_json`/`from_json`)."""

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")),
                              encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path):
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


@dataclass(frozen=True)
class KindModel(JsonModel):
    """Weights of a softmax regression: `weights[feature][i]` for label i, plus biases."""
    labels: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    threshold: float = 0.6

    @cached_property
    def _matrix(self):
        """The weights as one array and a feature index, built on first use (read-only after)."""
        import numpy as np
        index = {f: i for i, f in enumerate(self.weights)}
        matrix = np.array([self.weights[f] for f in index], dtype=np.float64).reshape(len(index), len(self.labels))
        return index, matrix, np.array(self.bias, dtype=np.float64)

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        import numpy as np
        index, matrix, bias = self._matrix
        rows = list(map(index.__getitem__, index.keys() & feats))     # each known feature once
        # (`take` and `tolist`: the same rows and floats as fancy indexing and float() of each)
        scores = bias + matrix.take(rows, axis=0).sum(axis=0) if rows else bias.copy()
        exp = np.exp(scores - scores.max())
        exp /= exp.sum()
        return dict(zip(self.labels, exp.tolist()))

    def predict(self, feats: Iterable[str]) -> tuple[str, float]:
        probs = self.probabilities(feats)
        label = max(probs, key=probs.get)
        return label, probs[label]

    def to_json(self) -> dict:
        return {"labels": list(self.labels), "bias": [round(b, 5) for b in self.bias],
                "threshold": self.threshold,
                # sparse: {feature: {label index: weight}}, weights under 0.005 dropped
                "weights": {f: {str(i): round(x, 3) for i, x in enumerate(w) if abs(x) >= 0.005}
                            for f, w in sorted(self.weights.items()) if max(map(abs, w)) >= 0.005}}

    @classmethod
    def from_json(cls, data: dict) -> "KindModel":
        k = len(data["labels"])

        def dense(w) -> tuple[float, ...]:
            if isinstance(w, dict):
                row = [0.0] * k
                for i, x in w.items():
                    row[int(i)] = x
                return tuple(row)
            return tuple(w)
        return cls(labels=tuple(data["labels"]), bias=tuple(data["bias"]), threshold=data.get("threshold", 0.6),
                   weights={f: dense(w) for f, w in data["weights"].items()})


@lru_cache(maxsize=1)
def default_model() -> KindModel | None:
    """The packaged model, loaded once per process; None when it is not there."""
    return KindModel.load(MODEL_FILE) if MODEL_FILE.exists() else None


def train(examples: Sequence[tuple[list[str], str]], *, l2: float = 1e-3, epochs: int = 300,
          lr: float = 0.1, min_count: int = 2, threshold: float = 0.6, seed: int = 0) -> KindModel:
    """Fit the softmax regression by full-batch Adam on (features, label) pairs."""
    import numpy as np

    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    labels = tuple(sorted({y for _, y in examples}))
    index = {y: i for i, y in enumerate(labels)}
    n, d, k = len(examples), len(vocab), len(labels)
    rows = [np.array(sorted({vocab[f] for f in feats if f in vocab}), dtype=np.int64) for feats, _ in examples]
    y = np.array([index[label] for _, label in examples])
    rng = np.random.default_rng(seed)
    W = rng.normal(0, 0.01, (d, k))
    b = np.zeros(k)
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros(k), np.zeros(k)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        gW = l2 * W
        gb = np.zeros(k)
        for r, yi in zip(rows, y):
            s = W[r].sum(axis=0) + b
            p = np.exp(s - s.max())
            p /= p.sum()
            p[yi] -= 1.0
            p /= n
            gW[r] += p
            gb += p
        mW = b1 * mW + (1 - b1) * gW
        vW = b2 * vW + (1 - b2) * gW * gW
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        W -= lr * (mW / (1 - b1 ** t)) / (np.sqrt(vW / (1 - b2 ** t)) + eps)
        b -= lr * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + eps)
    weights = {f: tuple(float(x) for x in W[i]) for f, i in vocab.items() if np.abs(W[i]).max() > 1e-3}
    return KindModel(labels=labels, weights=weights, bias=tuple(float(x) for x in b), threshold=threshold)

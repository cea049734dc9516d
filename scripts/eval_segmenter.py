#!/usr/bin/env python
"""Compare the bundled (pruned) pkuseg model with the unpruned one and time segmentation.

Usage (after ``python scripts/build_segmenter.py --out models/pkuseg``)::

    python scripts/eval_segmenter.py [--pruned models/pkuseg] [--full build/pkuseg_full]
                                     [--seeds 'seeds/*.txt'] [--json out.json]

Reports, over all seed files:

* word-boundary agreement of pruned vs unpruned.  A document's boundaries are the
  character offsets where a non-whitespace token ends.  ``agreement`` is
  |common| / |union| over all documents; ``per-boundary accuracy`` counts every
  candidate position (the end of each non-whitespace character) and the share where
  both models agree on "boundary" vs "no boundary".  Two settings: the bare model
  (``spacy_pkuseg.pkuseg(dir, user_dict=None)``: no user dict, no post-processing) and
  the policyie setting (spaCy ``Chinese`` tokenizer with the domain user dict, whose
  ``default`` post-processing lexicon is spacy_pkuseg's own).
* segmentation speed in characters per second: the spaCy tokenizer in pkuseg mode
  (pruned and unpruned) vs ``spacy.blank("zh")`` (character mode).
* a round trip: ``nlp.to_disk`` then ``spacy.load`` gives the same tokens.

The target is agreement >= 99.5 %; the exit code is 1 below ``--min-agreement``.
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_USERDICT = ROOT / "src" / "policyie" / "data" / "segmenter_userdict.txt"
# The files spacy_pkuseg must find; without them it falls back to other formats,
# features.pkl (a pickle) among them.
REQUIRED_MODEL_FILES = ("features.msgpack", "weights.npz")


def make_nlp(model_dir, user_dict=DEFAULT_USERDICT, extra_words=()):
    """spaCy Chinese pipeline whose tokenizer is pkuseg with ``model_dir``.

    ``user_dict`` is a file with one word per line (spaCy passes it to spacy_pkuseg);
    ``extra_words`` (e.g. place names from a gazetteer) are added to the same forced-word
    trie with ``pkuseg_update_user_dict``.  Both survive ``nlp.to_disk``.
    """
    from spacy.lang.zh import Chinese

    model_dir = Path(model_dir)
    missing = [f for f in REQUIRED_MODEL_FILES if not (model_dir / f).is_file()]
    if missing:
        raise FileNotFoundError(f"{model_dir} is not a msgpack/npz pkuseg model: missing {missing}")
    nlp = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(model_dir), pkuseg_user_dict=str(user_dict))
    extra = [w.strip() for w in extra_words if w and w.strip()]
    if extra:
        nlp.tokenizer.pkuseg_update_user_dict(extra)
    return nlp


def boundaries_from_doc(doc):
    return {t.idx + len(t.text) for t in doc if not t.is_space}


def boundaries_from_words(words, text):
    out, pos = set(), 0
    for w in words:
        i = text.index(w, pos)
        pos = i + len(w)
        out.add(pos)
    return out


def candidate_positions(text):
    return {i + 1 for i, c in enumerate(text) if not c.isspace()}


def compare(texts, seg_a, seg_b):
    """Boundary agreement of two segmenters (callables text -> boundary set)."""
    common = union = agree = positions = only_a = only_b = 0
    for text in texts:
        a, b = seg_a(text), seg_b(text)
        cand = candidate_positions(text)
        common += len(a & b)
        union += len(a | b)
        only_a += len(a - b)
        only_b += len(b - a)
        positions += len(cand)
        agree += sum(1 for p in cand if (p in a) == (p in b))
    return {
        "agreement": common / union if union else 1.0,
        "per_boundary_accuracy": agree / positions if positions else 1.0,
        "common": common,
        "union": union,
        "only_full": only_a,
        "only_pruned": only_b,
        "positions": positions,
    }


def chars_per_second(fn, texts, repeat):
    n_chars = sum(len(t) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return n_chars / best


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pruned", default=str(ROOT / "models" / "pkuseg"))
    ap.add_argument("--full", default=str(ROOT / "build" / "pkuseg_full"))
    ap.add_argument("--seeds", default=str(ROOT / "seeds" / "*.txt"))
    ap.add_argument("--user-dict", default=str(DEFAULT_USERDICT))
    ap.add_argument("--repeat", type=int, default=3, help="timing repetitions (best is kept)")
    ap.add_argument("--min-agreement", type=float, default=0.995)
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args(argv)

    import spacy
    import spacy_pkuseg

    paths = sorted(glob.glob(args.seeds))
    if not paths:
        raise SystemExit(f"no seed files match {args.seeds}")
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    n_chars = sum(len(t) for t in texts)
    res = {"seeds": len(texts), "chars": n_chars,
           "pruned_bytes": dir_bytes(Path(args.pruned)), "full_bytes": dir_bytes(Path(args.full))}

    # 1. Bare model: no user dict, no post-processing lexicon.
    bare_full = spacy_pkuseg.pkuseg(args.full, user_dict=None)
    bare_pruned = spacy_pkuseg.pkuseg(args.pruned, user_dict=None)
    res["bare"] = compare(
        texts,
        lambda t: boundaries_from_words(bare_full.cut(t), t),
        lambda t: boundaries_from_words(bare_pruned.cut(t), t),
    )

    # 2. As policyie uses it: spaCy tokenizer + domain user dict.
    t0 = time.perf_counter()
    nlp_pruned = make_nlp(args.pruned, args.user_dict)
    res["load_seconds_pruned"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    nlp_full = make_nlp(args.full, args.user_dict)
    res["load_seconds_full"] = time.perf_counter() - t0
    res["with_user_dict"] = compare(
        texts,
        lambda t: boundaries_from_doc(nlp_full.make_doc(t)),
        lambda t: boundaries_from_doc(nlp_pruned.make_doc(t)),
    )

    # 3. Speed.
    nlp_char = spacy.blank("zh")
    res["chars_per_second"] = {
        "pkuseg_pruned": chars_per_second(nlp_pruned.make_doc, texts, args.repeat),
        "pkuseg_full": chars_per_second(nlp_full.make_doc, texts, args.repeat),
        "char": chars_per_second(nlp_char.make_doc, texts, args.repeat),
    }

    # 4. Round trip through to_disk / spacy.load, with an extra word added at run time.
    nlp_rt = make_nlp(args.pruned, args.user_dict, extra_words=["义乌市"])
    with tempfile.TemporaryDirectory() as tmp:
        nlp_rt.to_disk(tmp)
        reloaded = spacy.load(tmp)
        same = all([t.text for t in nlp_rt.make_doc(x)] == [t.text for t in reloaded.make_doc(x)]
                   for x in texts)
        res["roundtrip_same_tokens"] = same
        res["roundtrip_tokenizer_bytes"] = dir_bytes(Path(tmp) / "tokenizer")
    res["extra_word_applied"] = "义乌市" in [t.text for t in nlp_rt.make_doc("义乌市财政局每年安排")]

    bare, ud, cps = res["bare"], res["with_user_dict"], res["chars_per_second"]
    print(f"seeds: {len(texts)} files, {n_chars:,} chars")
    print(f"size on disk: pruned {res['pruned_bytes']:,} B, unpruned {res['full_bytes']:,} B")
    for name, r in (("bare model", bare), ("with user dict", ud)):
        print(f"{name:>15}: boundary agreement {r['agreement']:.4%} "
              f"({r['common']:,}/{r['union']:,}), per-boundary accuracy "
              f"{r['per_boundary_accuracy']:.4%} over {r['positions']:,} positions; "
              f"only unpruned {r['only_full']}, only pruned {r['only_pruned']}")
    print(f"speed (chars/s, best of {args.repeat}): pkuseg pruned {cps['pkuseg_pruned']:,.0f}, "
          f"pkuseg unpruned {cps['pkuseg_full']:,.0f}, char mode {cps['char']:,.0f}")
    print(f"load time: pruned {res['load_seconds_pruned']:.2f} s, "
          f"unpruned {res['load_seconds_full']:.2f} s")
    print(f"to_disk/spacy.load round trip: same tokens {res['roundtrip_same_tokens']}, "
          f"saved tokenizer/ {res['roundtrip_tokenizer_bytes']:,} B; "
          f"extra word applied {res['extra_word_applied']}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2, ensure_ascii=False), encoding="utf-8")
    ok = (min(bare["agreement"], ud["agreement"]) >= args.min_agreement
          and res["roundtrip_same_tokens"] and res["extra_word_applied"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

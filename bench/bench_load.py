"""CPU seconds of loading policyie and running a first document, in fresh processes.

    python bench/bench_load.py [--runs 5] [--tree OTHER_SRC ...] [--bytecode DIR]

For each configuration (the main job's `rows_pipeline(segmenter="char")`, `rows_pipeline()`, `load(segmenter="char")`,
`load()` with pkuseg) a new interpreter imports spaCy, then times `import policyie` plus the
load, and the first document, in CPU seconds. With `--tree` (the `src` folder of another
checkout, put first on PYTHONPATH) the trees are run in alternation, one fresh process of
each in turn, so that the load of a shared machine hits both alike. Prints the median of the
runs.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LOADS = {
    "rows (main job)": "import policyie.pipeline; nlp = policyie.pipeline.rows_pipeline(segmenter='char')",
    "rows()": "import policyie.pipeline; nlp = policyie.pipeline.rows_pipeline()",
    "char": "nlp = policyie.load(segmenter='char')",
    "pkuseg": "nlp = policyie.load()",
}

TEXT = "义乌市财政局每年安排600万元，用于购买劳动者工资保障险。"


def _code(load: str) -> str:
    return ("import time; import spacy; c1 = time.process_time(); import policyie; "
            f"{load}; c2 = time.process_time(); nlp({TEXT!r}); c3 = time.process_time(); "
            "print(c2 - c1, c3 - c2)")


def once(src: Path, load: str, bytecode: Path | None = None) -> tuple[float, float]:
    """(load, first document) CPU seconds in a fresh interpreter running the tree at `src`
    (with `bytecode`, modules are compiled once and kept there, as an installed package's are)."""
    env = dict(os.environ, PYTHONPATH=str(src))
    if bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    out = subprocess.run([sys.executable, "-c", _code(load)], capture_output=True, text=True, check=True,
                         env=env).stdout.split()
    return float(out[-2]), float(out[-1])


def median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", type=Path, action="append", default=[],
                        help="the src folder of another checkout to compare (alternated with this one)")
    parser.add_argument("--only", choices=list(LOADS), action="append", help="configurations to run")
    parser.add_argument("--bytecode", type=Path, help="keep compiled modules in this folder (an environment "
                        "with PYTHONDONTWRITEBYTECODE set compiles every module's source at every import)")
    args = parser.parse_args()
    trees = [ROOT / "src"] + list(args.tree)
    for name in args.only or list(LOADS):
        runs: dict[Path, list[tuple[float, float]]] = {t: [] for t in trees}
        for _ in range(args.runs):
            for tree in trees:
                runs[tree].append(once(tree, LOADS[name], args.bytecode))
        for tree in trees:
            load = median([r[0] for r in runs[tree]])
            first = median([r[1] for r in runs[tree]])
            total = median([r[0] + r[1] for r in runs[tree]])
            print(f"{name:16} {str(tree):40} load {load:.3f}  first doc {first:.3f}  together {total:.3f}")


if __name__ == "__main__":
    main()

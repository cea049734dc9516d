"""Instructions per pass of the main job (or the char pipeline), counted by valgrind's cachegrind.

    python bench/bench_instructions.py [--mode rows|char] [--stop COMPONENT] [--tree OTHER_SRC ...]

On a machine shared with other jobs, CPU time moves by 10–30 % from run to run, more than a
speed change of a few percent; the number of instructions executed does not (within 0.1 %
with a fixed PYTHONHASHSEED). For each tree (this checkout's `src`, and each `--tree`, put
first on PYTHONPATH) a fresh interpreter loads the pipeline, runs it once over the seeds as a
warm-up, then runs it over the seeds and the corpus passages (tests/data/corpus) 0 and 2 times;
half the difference is one pass. With `--stop`, the pipeline runs up to that component only
(the differences between stops give each component's share). Needs valgrind; slow (about a
minute per tree): a tool for comparing two versions, not a benchmark of speed.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORKLOAD = """
import sys
sys.path.insert(0, {bench!r})
from bench_pipeline import seed_texts, corpus_texts
import policyie, policyie.pipeline as P
mode, n, stop = {mode!r}, int(sys.argv[1]), {stop!r}
texts = seed_texts(0)[:5] + corpus_texts()
nlp = P.rows_pipeline(segmenter="char") if mode == "rows" else policyie.load(segmenter="char")
procs = [p for name, p in nlp.pipeline]
if stop:
    procs = procs[:nlp.pipe_names.index(stop) + 1]
def run():
    for t in texts:
        doc = nlp.make_doc(t)
        for p in procs:
            doc = p(doc)
for t in texts[:5]:
    nlp(t)
for _ in range(n):
    run()
"""


def instructions(src: Path, mode: str, stop: str | None, passes: int) -> int:
    """Instructions of one fresh process that runs the workload `passes` times."""
    code = WORKLOAD.format(bench=str(ROOT / "bench"), mode=mode, stop=stop)
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, "-c", code, str(passes)], env=env, capture_output=True, text=True,
                         check=True).stderr
    line = next(x for x in out.splitlines() if "I" in x and "refs:" in x)
    return int(line.split()[-1].replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("rows", "char"), default="rows",
                        help="rows: the main job's pipeline; char: policyie.load(segmenter='char')")
    parser.add_argument("--stop", help="run the pipeline up to this component only (e.g. policyie_places)")
    parser.add_argument("--tree", type=Path, action="append", default=[], help="the src folder of another checkout")
    args = parser.parse_args()
    for src in [ROOT / "src", *args.tree]:
        load = instructions(src, args.mode, args.stop, 0)
        two = instructions(src, args.mode, args.stop, 2)
        print(f"{src}: load and warm-up {load / 1e9:.3f} G instructions, one pass {(two - load) / 2e9:.3f} G",
              flush=True)


if __name__ == "__main__":
    main()

"""Rewrite src/policyie/data/patterns.bin, the package's rule patterns already compiled.

    python scripts/build_pattern_cache.py

Run it after changing a lexicon or a pattern (tests/test_pattern_cache.py says when the cache
misses a pattern; a missed pattern is compiled as usual, only slower). It loads the pipelines,
runs the seed reports through them (patterns compiled on first use) and writes the compiled
code of every pattern `policyie.regexes.compiled` was asked for (`write_pattern_cache`)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    import policyie
    import policyie.pipeline
    from policyie import regexes

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for nlp in (policyie.pipeline.rows_pipeline(segmenter="char"), policyie.load(segmenter="char"), policyie.load()):
        for _ in nlp.pipe(seeds):
            pass
    for text in seeds:
        policyie.find_quantities(text)
    count = regexes.write_pattern_cache()
    print(f"{count} patterns written to {regexes.PATTERN_CACHE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

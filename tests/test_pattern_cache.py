"""The compiled patterns shipped in data/patterns.bin (`policyie.regexes.compiled`): current,
and the patterns `regex.compile` gives."""
import os
import subprocess
import sys

import pytest
import regex

from conftest import ROOT
from policyie import regexes

_MISSING = """
import pathlib, policyie, policyie.pipeline
from policyie import regexes
seeds = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path({seeds!r}).glob("*.txt"))]
for nlp in (policyie.pipeline.rows_pipeline(segmenter="char"), policyie.load(segmenter="char")):
    list(nlp.pipe(seeds))
print(len(set(regexes._asked) - set(regexes._load_cache())), len(regexes._asked))
"""

def _run(code: str, **env) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **env})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_cache_holds_every_pattern_the_pipelines_compile():
    if not regexes.pattern_cache_current():
        pytest.skip(f"patterns.bin was made with another regex than {regex.__version__}: it is not used")
    for seed in ("1", "2"):                         # the patterns' text does not hang on a set's order
        missing, asked = map(int, _run(_MISSING.format(seeds=str(ROOT / "seeds")), PYTHONHASHSEED=seed).split())
        assert asked > 200
        assert missing == 0, "patterns.bin is stale: run python scripts/build_pattern_cache.py"


def test_a_cached_pattern_is_the_one_regex_compiles():
    if not regexes.pattern_cache_current():
        pytest.skip(f"patterns.bin was made with another regex than {regex.__version__}: it is not used")
    cache = regexes._load_cache()
    assert len(cache) > 200
    for (pattern, flags), code in cache.items():
        fresh = regexes._REDUCE(regex.compile(pattern, flags))[1]
        # the same data; the same code up to the order in which regex lists the characters a
        # match can start with (the order of a set: it differs from process to process)
        assert code[:2] == fresh[:2] and code[3:] == fresh[3:], pattern
        assert sorted(code[2]) == sorted(fresh[2]), pattern
        got = regexes.compiled(pattern, flags)
        assert (got.pattern, got.flags, got.groupindex) == (pattern, regex.compile(pattern, flags).flags,
                                                            regex.compile(pattern, flags).groupindex)


def test_a_pattern_the_cache_does_not_hold_is_compiled(monkeypatch):
    monkeypatch.setattr(regexes, "_cache", {})
    got = regexes.compiled(r"(?P<n>[0-9]+)万元", regex.M)
    assert got.search("安排600万元")["n"] == "600" and got.flags & regex.M


def test_a_cache_of_another_regex_version_is_not_used(monkeypatch, tmp_path):
    path = tmp_path / "patterns.bin"
    monkeypatch.setattr(regexes, "_asked", {("x+", 0): None})
    regexes.write_pattern_cache(path)
    monkeypatch.setattr(regexes, "PATTERN_CACHE", path)
    monkeypatch.setattr(regexes, "_cache", None)
    assert ("x+", 0) in regexes._load_cache()
    assert regexes.compiled("x+").fullmatch("xx")
    monkeypatch.setattr(regexes, "_cache", None)
    monkeypatch.setattr(regex, "__version__", "0.0")
    assert regexes._load_cache() == {}

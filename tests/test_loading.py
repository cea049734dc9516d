"""However a policyie pipeline is loaded — `policyie.load`, `spacy.load` of a saved one,
`spacy.blank("zh")` + `add_pipe`, a packaged model, the shipped trained pipeline — it is the
same pipeline: the `PolicyieChinese` class (bytes raise a clear TypeError, texts longer than
`max_length` are processed in chunks) and the same entities and records (issue 13)."""
import json
import shutil
import subprocess
import sys

import pytest
import spacy

import policyie
from policyie.language import CALLBACK, PolicyieChinese

from conftest import SEEDS, read_seed

FACTORIES = ["policyie_cleaner", "policyie_structure", "policyie_quantities", "policyie_places", "policyie_records"]
PARAGRAPHS = [p for p in read_seed(SEEDS[0]).split("\n") if p.strip()][:25]
LONG = read_seed(SEEDS[0])


def outputs(nlp, texts):
    return [([(e.start_char, e.end_char, e.label_) for e in doc.ents], doc._.records) for doc in nlp.pipe(texts)]


def check_same_pipeline(nlp, reference):
    """`nlp` behaves like `reference` (a pipeline from policyie.load)."""
    assert type(nlp) is PolicyieChinese
    assert nlp.pipe_names == reference.pipe_names
    with pytest.raises(TypeError, match="got bytes .decode bytes first"):
        nlp("安排600万元".encode("utf-8"))
    with pytest.raises(TypeError, match="got bytes"):
        list(nlp.pipe(["安排600万元", b"x"]))
    assert outputs(nlp, PARAGRAPHS) == outputs(reference, PARAGRAPHS)
    # a text over max_length is cut at line breaks and joined, not refused
    assert len(LONG) > 3000
    nlp.max_length = 1000
    try:
        doc = nlp(LONG)
    finally:
        nlp.max_length = 1_000_000
    assert doc.text == LONG
    assert doc._.records == reference(LONG)._.records and len(doc._.records) > 5


@pytest.fixture(scope="module")
def saved(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("saved") / "pipe"
    nlp.to_disk(path)
    return path


def test_policyie_load_of_a_saved_pipeline(nlp, saved):
    check_same_pipeline(policyie.load(saved), nlp)


def test_spacy_load_of_a_saved_pipeline(nlp, saved):
    assert f'@callbacks = "{CALLBACK}"' in (saved / "config.cfg").read_text(encoding="utf-8")
    check_same_pipeline(spacy.load(saved), nlp)


def test_spacy_load_in_a_new_process_without_importing_policyie(nlp, saved):
    """The callback and factories are found through entry points."""
    code = ("import json, sys, spacy\n"
            "nlp = spacy.load(sys.argv[1])\n"
            "try:\n    nlp(b'x')\nexcept TypeError as e:\n    error = str(e)\n"
            "nlp.max_length = 1000\n"
            "print(json.dumps([type(nlp).__name__, error, nlp(sys.stdin.read())._.records], ensure_ascii=False))\n")
    done = subprocess.run([sys.executable, "-c", code, str(saved)], input=LONG, capture_output=True, text=True,
                          encoding="utf-8")
    assert done.returncode == 0, done.stderr
    name, error, records = json.loads(done.stdout)
    assert name == "PolicyieChinese" and "decode bytes first" in error
    assert records == nlp(LONG)._.records


def test_a_config_saved_without_the_callback_still_loads_as_policyie(nlp, saved, tmp_path):
    """The factories adopt the pipeline (configs written before the callback existed)."""
    old = tmp_path / "old"
    shutil.copytree(saved, old)
    config = (old / "config.cfg").read_text(encoding="utf-8")
    config = config.replace(f'[nlp.after_creation]\n@callbacks = "{CALLBACK}"\n', "")
    config = config.replace("after_pipeline_creation = null", "after_creation = null\nafter_pipeline_creation = null")
    (old / "config.cfg").write_text(config, encoding="utf-8")
    assert CALLBACK not in config
    check_same_pipeline(spacy.load(old), nlp)


@pytest.fixture(scope="module")
def char_nlp():
    return policyie.load(segmenter="char")


def test_blank_chinese_with_the_policyie_factories(char_nlp, tmp_path):
    nlp = spacy.blank("zh")                         # spaCy's default Chinese segmenter: characters
    for name in FACTORIES:
        nlp.add_pipe(name)
    check_same_pipeline(nlp, char_nlp)
    nlp.to_disk(tmp_path / "blank")
    check_same_pipeline(spacy.load(tmp_path / "blank"), char_nlp)


def test_other_languages_are_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("policyie_quantities")
    assert type(nlp).__name__ == "English"
    assert [e.text for e in nlp("paid 600万元").ents] == ["600万元"]


def test_a_packaged_model(char_nlp, tmp_path):
    """`spacy package` output, as pip would install it (meta.json beside the package's
    __init__.py), loaded with its own `load()` in a new process."""
    char_nlp.to_disk(tmp_path / "pipe")
    (tmp_path / "dist").mkdir()
    done = subprocess.run([sys.executable, "-m", "spacy", "package", str(tmp_path / "pipe"), str(tmp_path / "dist"),
                           "--name", "policyie_test", "--version", "0.0.1", "--build", "none"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    root = tmp_path / "dist" / "zh_policyie_test-0.0.1"
    shutil.copy(root / "meta.json", root / "zh_policyie_test" / "meta.json")    # what its setup.py does
    code = ("import json, sys\n"
            f"sys.path.insert(0, {str(root)!r})\n"
            "import zh_policyie_test\n"
            "nlp = zh_policyie_test.load()\n"
            "nlp.max_length = 1000\n"
            "print(json.dumps([type(nlp).__name__, nlp(sys.stdin.read())._.records], ensure_ascii=False))\n")
    done = subprocess.run([sys.executable, "-c", code], input=LONG, capture_output=True, text=True,
                          encoding="utf-8", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    name, records = json.loads(done.stdout)
    assert name == "PolicyieChinese"
    assert records == char_nlp(LONG)._.records


def test_the_shipped_trained_pipeline_through_spacy_load():
    from policyie.pipeline import shipped_model_dir

    reference = policyie.load("policyie-ner")
    nlp = spacy.load(shipped_model_dir("policyie-ner"))     # no tokenizer on disk: the bundled one
    check_same_pipeline(nlp, reference)


# -- the gazetteer's binary form ------------------------------------------------------------------

def test_the_binary_gazetteer_is_current_and_equals_the_tsv_files():
    from policyie.gazetteer import DATA_DIR, Gazetteer, read_binary

    assert read_binary(DATA_DIR) is not None, "gazetteer.bin is stale: run python -m policyie.gazetteer"
    fast = Gazetteer()
    slow = Gazetteer.__new__(Gazetteer)
    slow._build(DATA_DIR)
    for attr in ("units", "by_name", "short_names", "townships_by_county", "townships", "history_by_name"):
        assert getattr(fast, attr) == getattr(slow, attr), attr
    # one object per unit, as when read from the TSV files
    town = fast.townships["330782002"] if "330782002" in fast.townships else next(iter(fast.townships.values()))
    assert any(u is town for u in fast.by_name[town.name])
    assert any(u is town for u in fast.townships_by_county[town.parent])


def test_a_stale_or_missing_binary_gazetteer_falls_back_to_the_tsv_files(tmp_path):
    import shutil

    from policyie.gazetteer import BINARY, DATA_DIR, SOURCES, Gazetteer, read_binary, write_binary

    for name in SOURCES:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    assert read_binary(tmp_path) is None                       # missing
    reference = Gazetteer(tmp_path)
    write_binary(tmp_path)
    assert read_binary(tmp_path) is not None
    assert Gazetteer(tmp_path).by_name == reference.by_name
    (tmp_path / BINARY).write_bytes(b"not a gazetteer")
    assert read_binary(tmp_path) is None                       # unreadable
    write_binary(tmp_path)
    (tmp_path / "history.tsv.gz").write_bytes((DATA_DIR / "history.tsv.gz").read_bytes() + b"")
    import gzip
    with gzip.open(tmp_path / "history.tsv.gz", "at", encoding="utf-8") as fh:
        fh.write("")                                           # same rows, other bytes: stale
    assert read_binary(tmp_path) is None
    assert Gazetteer(tmp_path).by_name == reference.by_name

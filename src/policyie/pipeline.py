"""Building and loading the policyie pipeline, and the pipeline shared by `policyie.extract`."""
from __future__ import annotations

import os
import threading
from importlib import resources
from pathlib import Path

from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .datafiles import building
from .language import CALLBACK, CHUNK, PolicyieChinese, _checked, _chunks, adopt  # noqa: F401
from .segmenter import blank, check_pipeline_dir

#: trained pipelines shipped in `models/` (installed as `policyie._models`), by load name
SHIPPED = {"policyie-ner": "ner"}


def shipped_model_dir(name: str = "policyie-ner") -> Path:
    """The folder of a pipeline shipped with policyie (installed package or source checkout)."""
    folder = SHIPPED[name]
    try:
        path = Path(str(resources.files("policyie._models") / folder))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    path = Path(__file__).resolve().parents[2] / "models" / folder
    if path.is_dir():
        return path
    raise FileNotFoundError(f"the shipped pipeline {name!r} is missing; reinstall policyie or rebuild it "
                            "with `python scripts/train_corpus.py`")


def _load_saved(path: Path) -> Language:
    """A saved pipeline through `spacy.load`, with the policyie language class whatever its
    config says (one saved before the `after_creation` callback existed, say)."""
    import spacy

    if not (path / "config.cfg").is_file():
        raise OSError(f"{path} is not a saved pipeline: no config.cfg")
    check_pipeline_dir(path)
    return spacy.load(path, config={"nlp": {"after_creation": {"@callbacks": CALLBACK}}})


def load(path: str | Path | None = None, *, segmenter: str = "pkuseg", clean: bool = True,
         learned_kind: bool = True, learned_purpose: bool = True) -> Language:
    """The policyie pipeline, offline and ready to use.

    path: a pipeline saved with `nlp.to_disk` or trained with `policyie train`, or the name
        of a pipeline shipped with policyie ("policyie-ner": the rules plus a statistical
        ner trained on the corpus dev split and the seeds, see docs/model-card.md); None builds the default
        pipeline from the package's own data. Parts a saved pipeline leaves out (the pkuseg
        tokenizer, rule components' data) come from the installed package. `spacy.load(path)`
        gives the same pipeline.
    segmenter: "pkuseg" (words, with the bundled CTB8 model and a domain dictionary) or
        "char" (one token per character, much faster). Every component works on character
        offsets, so entities and values are the same under both.
    clean: repair extraction damage (broken lines) before matching.
    learned_kind: let the packaged kind model overrule the rules' weaker kind decisions
        (`policyie.kind_model`); False gives the rules alone.
    learned_purpose: let the packaged purpose chooser replace the rules' purpose by another of
        the purpose paths' candidates where it clearly prefers it (`policyie.purpose_model`);
        False gives the rules alone.

    Returns a `PolicyieChinese` (a spaCy `Language`) with the components policyie_cleaner,
    policyie_structure, policyie_quantities, policyie_places and policyie_records.
    """
    if path is not None:
        return _load_saved(shipped_model_dir(str(path)) if str(path) in SHIPPED else Path(path))
    with building():
        return _build(segmenter, clean, learned_kind, learned_purpose)


def _build(segmenter: str, clean: bool, learned_kind: bool, learned_purpose: bool) -> Language:
    """The default pipeline made from the package's data (`load` without a path)."""
    nlp = adopt(blank(segmenter))
    nlp.add_pipe("policyie_cleaner", config={"join_broken_lines": clean, "drop_duplicates": clean,
                                             "mark_noise": clean})
    nlp.add_pipe("policyie_structure")
    nlp.add_pipe("policyie_quantities")
    nlp.add_pipe("policyie_places")
    nlp.add_pipe("policyie_records", config={"learned_kind": learned_kind, "learned_purpose": learned_purpose})
    # The tokenizer is already initialized with the bundled model; initialize only the
    # components (nlp.initialize() would re-initialize the tokenizer from an empty config).
    for _, proc in nlp.pipeline:
        if hasattr(proc, "initialize"):
            proc.initialize(lambda: [], nlp=nlp)
    return nlp


# -- one pipeline per process and options, for extract -------------------------------------------

_SHARED: dict[tuple, Language] = {}
_SHARED_LOCK = threading.Lock()


def _reset_after_fork() -> None:
    global _SHARED_LOCK
    _SHARED_LOCK = threading.Lock()             # a lock held by another thread at fork time stays held


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


def shared(path: str | Path | None = None, *, segmenter: str = "pkuseg", clean: bool = True) -> Language:
    """The pipeline `load(path, segmenter=…, clean=…)` gives, loaded once per process and
    options and then reused (what `policyie.extract` runs when no `nlp` is given).

    Thread-safe: threads asking at once wait for one load. The pipeline is shared: load
    your own with `load` to change it (add components, a lexicon)."""
    key = (None if path is None else str(path), segmenter, clean)
    nlp = _SHARED.get(key)
    if nlp is None:
        with _SHARED_LOCK:
            nlp = _SHARED.get(key)
            if nlp is None:
                nlp = _SHARED[key] = load(path, segmenter=segmenter, clean=clean)
    return nlp


#: the components of the default pipeline, all of which can leave out token-level annotation
_ROWS_ONLY_PIPES = ("policyie_cleaner", "policyie_structure", "policyie_quantities", "policyie_places",
                    "policyie_records")


def rows_pipeline(path: str | Path | None = None, *, segmenter: str = "pkuseg", clean: bool = True) -> Language:
    """The pipeline `policyie.extract`, `iter_records` and Spark run when no `nlp` is given: a
    pipeline of `load(path, segmenter=…, clean=…)` of its own, loaded once per process and
    options like `shared`, that does no token-level work: its Docs have no tokens
    (`PolicyieChinese.rows_only`; the text is segmented by no one) and its rule components
    set no entities, span groups or sentence flags (`set_spans = False`), only the `doc._`
    annotations that records are made of. The records are those of `shared(...)`
    (tests/test_equivalence.py); the Docs it makes are not for users. A pipeline with other
    components than the default ones is left whole."""
    key = (None if path is None else str(path), segmenter, clean, "rows")
    nlp = _SHARED.get(key)
    if nlp is None:
        with _SHARED_LOCK:
            nlp = _SHARED.get(key)
            if nlp is None:
                nlp = load(path, segmenter=segmenter, clean=clean)
                if tuple(nlp.pipe_names) == _ROWS_ONLY_PIPES and isinstance(nlp, PolicyieChinese):
                    for _, proc in nlp.pipeline:
                        if hasattr(proc, "set_spans"):
                            proc.set_spans = False
                    nlp.rows_only = True
                _SHARED[key] = nlp
    return nlp

"""Building the policyie pipeline."""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .segmenter import blank, check_pipeline_dir

PIPES = ("policyie_cleaner", "policyie_structure", "policyie_quantities", "policyie_places", "policyie_records")


def load(path: str | Path | None = None, *, segmenter: str = "pkuseg", clean: bool = True) -> Language:
    """The policyie pipeline, offline and ready to use.

    path: a pipeline saved with `nlp.to_disk` (loaded with `spacy.load`); None builds the
        default pipeline from the package's own data.
    segmenter: "pkuseg" (words, with the bundled CTB8 model and a domain dictionary) or
        "char" (one token per character, much faster). Every component works on character
        offsets, so entities and values are the same under both.
    clean: repair extraction damage (broken lines) before matching.
    """
    if path is not None:
        check_pipeline_dir(path)
        return spacy.load(path)
    nlp = blank(segmenter)
    nlp.add_pipe("policyie_cleaner", config={"join_broken_lines": clean, "drop_duplicates": clean,
                                             "mark_noise": clean})
    nlp.add_pipe("policyie_structure")
    nlp.add_pipe("policyie_quantities")
    nlp.add_pipe("policyie_places")
    nlp.add_pipe("policyie_records")
    # The tokenizer is already initialized with the bundled model; initialize only the
    # components (nlp.initialize() would re-initialize the tokenizer from an empty config).
    for _, proc in nlp.pipeline:
        if hasattr(proc, "initialize"):
            proc.initialize(lambda: [], nlp=nlp)
    return nlp

"""Building the policyie pipeline."""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)

PIPES = ("policyie_cleaner", "policyie_quantities")


def load(path: str | Path | None = None, *, segmenter: str = "char", clean: bool = True) -> Language:
    """The policyie pipeline, offline and ready to use.

    path: a pipeline saved with `nlp.to_disk` (loaded with `spacy.load`); None builds the
        default pipeline from the package's own data.
    segmenter: "char" (fast; every component works on character offsets, so entities do not
        depend on it).
    clean: repair extraction damage (broken lines) before matching.
    """
    if path is not None:
        return spacy.load(path)
    if segmenter != "char":
        raise ValueError(f"unknown segmenter {segmenter!r}; available: 'char'")
    nlp = spacy.blank("zh")
    nlp.add_pipe("policyie_cleaner", config={"join_broken_lines": clean})
    nlp.add_pipe("policyie_quantities")
    nlp.initialize()
    return nlp

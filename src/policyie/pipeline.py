"""Building the policyie pipeline."""
from __future__ import annotations

from pathlib import Path

import regex
import spacy
from spacy.lang.zh import Chinese
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from .segmenter import blank, check_pipeline_dir

_SURROGATES = regex.compile(r"[\ud800-\udfff]")
#: characters per tokenizer chunk: spaCy's Chinese tokenizer slows down more than linearly on
#: long texts, so longer texts are segmented in pieces cut at line breaks and joined
CHUNK = 20_000


class PolicyieChinese(Chinese):
    """spaCy's Chinese language with input checks: wrong types raise TypeError, lone surrogates
    (which spaCy cannot store) become U+FFFD one for one, and long texts (also those over
    `max_length`) are segmented in chunks cut at line breaks and joined into one Doc instead of
    being rejected, so offsets still point into the caller's text."""

    def __call__(self, text, **kwargs):
        return super().__call__(_checked(text), **kwargs)

    def pipe(self, texts, *, as_tuples: bool = False, **kwargs):
        if as_tuples:
            checked = ((_checked(t), ctx) for t, ctx in texts)
        else:
            checked = (_checked(t) for t in texts)
        return super().pipe(checked, as_tuples=as_tuples, **kwargs)

    def make_doc(self, text: str) -> Doc:
        if not isinstance(text, str):
            raise TypeError(f"policyie expects text as str, got {type(text).__name__}")
        if _SURROGATES.search(text):
            text = _SURROGATES.sub("\ufffd", text)
        size = min(CHUNK, self.max_length)
        if len(text) <= size:
            return self.tokenizer(text)
        return Doc.from_docs([self.tokenizer(chunk) for chunk in _chunks(text, size)], ensure_whitespace=False)


def _checked(text):
    if isinstance(text, (str, Doc)):
        return text
    hint = " (decode bytes first, e.g. with policyie.io.decode)" if isinstance(text, bytes) else ""
    raise TypeError(f"policyie expects text as str, got {type(text).__name__}{hint}")


def _chunks(text: str, size: int) -> list[str]:
    """Consecutive pieces of at most `size` characters, cut after a line break where possible."""
    out, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut >= 0 else end
        out.append(text[start:end])
        start = end
    return out




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
        nlp = spacy.load(path)
        if isinstance(nlp, Chinese):
            nlp.__class__ = PolicyieChinese
        return nlp
    nlp = blank(segmenter)
    nlp.__class__ = PolicyieChinese
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

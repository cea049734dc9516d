"""Building the policyie pipeline."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import regex
from spacy.lang.zh import Chinese
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from .segmenter import blank, check_pipeline_dir, segment
from .spans import remember_text

_SURROGATES = regex.compile(r"[\ud800-\udfff]")
#: characters per tokenizer chunk: longer texts (and texts over `max_length`) are segmented in
#: pieces cut at line breaks and joined, which bounds the segmenter's working memory. Joining
#: costs far more than segmenting (Doc.from_docs), so pieces are large.
CHUNK = 1_000_000


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
            doc = segment(self.tokenizer, text)
        else:
            doc = Doc.from_docs([segment(self.tokenizer, chunk) for chunk in _chunks(text, size)],
                                ensure_whitespace=False)
        remember_text(doc, text)
        return doc


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
                            "with `python scripts/train_seeds.py`")


def _load_saved(path: Path) -> Language:
    """A saved pipeline, like `spacy.load`, except that parts missing on disk are left at
    their defaults: a missing `tokenizer` becomes the bundled pkuseg segmenter (trained
    pipelines leave it out, it is 6 MB), missing rule-component data the package's own."""
    from spacy import util

    if not (path / "config.cfg").is_file():
        raise OSError(f"{path} is not a saved pipeline: no config.cfg")
    check_pipeline_dir(path)
    config = util.load_config(path / "config.cfg")
    nlp = util.load_model_from_config(config, meta=util.load_meta(path / "meta.json"))
    absent = [name for name in ("tokenizer", "vocab", *nlp.component_names) if not (path / name).exists()]
    nlp.from_disk(path, exclude=absent)
    if "tokenizer" in absent and getattr(nlp.tokenizer, "segmenter", None) == "pkuseg":
        tokenizer = blank("pkuseg").tokenizer
        tokenizer.vocab = nlp.vocab
        nlp.tokenizer = tokenizer
    for name in absent:
        if name in nlp.component_names and nlp.get_pipe_meta(name).factory.startswith("policyie_"):
            proc = nlp.get_pipe(name)
            if hasattr(proc, "initialize"):
                proc.initialize(lambda: [], nlp=nlp)
    if isinstance(nlp, Chinese):
        nlp.__class__ = PolicyieChinese
    return nlp


def load(path: str | Path | None = None, *, segmenter: str = "pkuseg", clean: bool = True) -> Language:
    """The policyie pipeline, offline and ready to use.

    path: a pipeline saved with `nlp.to_disk` or trained with `policyie train`, or the name
        of a pipeline shipped with policyie ("policyie-ner": the rules plus a statistical
        ner trained on the seed reports, see docs/model-card.md); None builds the default
        pipeline from the package's own data. Parts a saved pipeline leaves out (the pkuseg
        tokenizer, rule components' data) come from the installed package.
    segmenter: "pkuseg" (words, with the bundled CTB8 model and a domain dictionary) or
        "char" (one token per character, much faster). Every component works on character
        offsets, so entities and values are the same under both.
    clean: repair extraction damage (broken lines) before matching.
    """
    if path is not None:
        return _load_saved(shipped_model_dir(str(path)) if str(path) in SHIPPED else Path(path))
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

"""The language class of every policyie pipeline, however it is loaded.

`PolicyieChinese` is spaCy's `Chinese` with input checks (a non-text raises TypeError, lone
surrogates become U+FFFD one for one, texts longer than `max_length` are segmented in chunks
and joined into one Doc) and a `from_disk` that fills the parts a saved pipeline leaves out.

A pipeline becomes one in each of the ways spaCy builds pipelines:

* `policyie.load()` / `policyie.load(path)`;
* `spacy.load(path)` of a saved pipeline, and a packaged model (`spacy package`): the saved
  config names the `after_creation` callback `policyie.chinese.v1` (registered with spaCy
  through the `spacy_callbacks` entry point, so policyie need not be imported first);
* `spacy.blank("zh")` and `nlp.add_pipe("policyie_…")`, and a config written before the
  callback existed: the policyie factories call `adopt(nlp)` when they build a component.

Only pipelines whose class is exactly spaCy's `Chinese` are converted; another language, or
a user's own subclass, is left as it is.
"""
from __future__ import annotations

import regex
from spacy import util
from spacy.lang.zh import Chinese
from spacy.language import Language
from spacy.tokens import Doc

from .spans import remember_text

#: The name of the `after_creation` callback in saved configs.
CALLBACK = "policyie.chinese.v1"
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

    #: make Docs without tokens, whose text only the rule components read (`doc_text`): set
    #: by `policyie.pipeline.rows_pipeline`, whose components set no token annotation
    rows_only: bool = False

    def __call__(self, text, **kwargs):
        return super().__call__(_checked(text), **kwargs)

    def pipe(self, texts, *, as_tuples: bool = False, **kwargs):
        if as_tuples:
            checked = ((_checked(t), ctx) for t, ctx in texts)
        else:
            checked = (_checked(t) for t in texts)
        return super().pipe(checked, as_tuples=as_tuples, **kwargs)

    def make_doc(self, text: str) -> Doc:
        from .segmenter import segment

        if not isinstance(text, str):
            raise TypeError(f"policyie expects text as str, got {type(text).__name__}")
        if _SURROGATES.search(text):
            text = _SURROGATES.sub("\ufffd", text)
        if self.rows_only:
            doc = Doc(self.vocab, words=[])
            remember_text(doc, text)
            return doc
        size = min(CHUNK, self.max_length)
        if len(text) <= size:
            doc = segment(self.tokenizer, text)
        else:
            doc = Doc.from_docs([segment(self.tokenizer, chunk) for chunk in _chunks(text, size)],
                                ensure_whitespace=False)
        remember_text(doc, text)
        return doc

    @property
    def config(self):
        config = Language.config.fget(self)
        if config["nlp"].get("after_creation") is None:
            config["nlp"]["after_creation"] = {"@callbacks": CALLBACK}
        return config

    @config.setter
    def config(self, value) -> None:
        Language.config.fset(self, value)

    def from_disk(self, path, *, exclude=util.SimpleFrozenList(), overrides=util.SimpleFrozenDict()):
        """Load a saved pipeline like spaCy does, except that parts missing on disk keep their
        defaults: a missing `tokenizer` becomes the bundled pkuseg segmenter (trained
        pipelines leave it out, it is 6 MB), a missing policyie component is initialized
        from the package's data. A tokenizer holding a pkuseg model that would be unpickled
        is refused (`policyie.segmenter.UnsafeModelError`) before spacy_pkuseg reads it."""
        from .segmenter import blank, check_pipeline_dir

        path = util.ensure_path(path)
        check_pipeline_dir(path)
        absent = [name for name in ("tokenizer", *self.component_names)
                  if name not in exclude and not (path / name).exists()]
        super().from_disk(path, exclude=[*exclude, *absent], overrides=overrides)
        if "tokenizer" in absent and getattr(self.tokenizer, "segmenter", None) == "pkuseg":
            tokenizer = blank("pkuseg").tokenizer
            tokenizer.vocab = self.vocab
            self.tokenizer = tokenizer
        for name in absent:
            if name in self.component_names and self.get_pipe_meta(name).factory.startswith("policyie_"):
                proc = self.get_pipe(name)
                if hasattr(proc, "initialize"):
                    proc.initialize(lambda: [], nlp=self)
        return self


def adopt(nlp: Language) -> Language:
    """Make a spaCy `Chinese` pipeline a `PolicyieChinese` (in place) and name the callback in
    its config, so that a saved copy reloads as one; return it. Checks the packaged data
    files first (a missing one is an error now, not an empty lexicon later)."""
    from .datafiles import check_packaged_data

    check_packaged_data()
    if type(nlp) is Chinese:
        nlp.__class__ = PolicyieChinese
    return nlp


@util.registry.callbacks(CALLBACK)
def make_adopt():
    """The `after_creation` callback of policyie pipelines (`[nlp.after_creation]` in
    config.cfg): makes the new `Chinese` a `PolicyieChinese`."""
    return adopt


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

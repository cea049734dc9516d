"""`policyie_structure`: articles (with headline, byline and confidence) and sentence boundaries."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from .. import extensions  # noqa: F401  (registers Doc._.articles, Span._.headline/byline)
from ..cleaning import DATA_DIR, write_data_files
from ..spans import doc_text, split_at
from ..structure import BYLINE_FILES, BylineRules, PlaceCodes, classify, find_articles, paragraphs, sentence_starts
from .cleaner import view_of


#: `doc.user_data` key of the sentence starts when the component sets none on the tokens
#: (`set_spans = False`): what `policyie_records` reads instead of the tokens' flags
SENTENCE_STARTS = "policyie.sentence_starts"


def token_starts(text: str, starts: Iterable[int]) -> list[int]:
    """The sentence starts that the tokens' flags give back when `starts` are set on a Doc of
    `text` (one token per character or per word, split at every start): the first token's
    offset and every start that is a token's first character, which one plain space after a
    word is not (it is the word's trailing space)."""
    if not text:
        return []
    n = len(text)
    kept = {p for p in starts if 0 < p < n and not (text[p] == " " and not text[p - 1].isspace())}
    return [0, *sorted(kept)]


@Language.factory(
    "policyie_structure",
    default_config={"articles_key": "articles", "set_sentences": True, "split_on_place": True,
                    "long_article": 4000},
    assigns=["doc._.articles", "doc.spans", "token.is_sent_start"],
)
def make_structure(nlp: Language, name: str, articles_key: str, set_sentences: bool, split_on_place: bool,
                   long_article: int) -> "DocumentStructure":
    return DocumentStructure(name=name, articles_key=articles_key, set_sentences=set_sentences,
                             split_on_place=split_on_place, long_article=long_article)


class DocumentStructure:
    """Splits a report page into articles (`doc.spans["articles"]`, `span._.headline`,
    `span._.byline`, `doc._.articles` with each article's `confidence`) and sets sentence
    boundaries from Chinese punctuation, paragraph breaks and list markers (一是, （一）).

    The byline rules (bylines.tsv, byline_roles.txt, outlet_words.txt) are loaded in
    `initialize` (from `data_path`, default the package's `data/structure`) and written by
    `to_disk`; they are read-only afterwards, so one component can serve several threads.
    `split_on_place`: a title naming another county or city than the open article opens a new
    article; `long_article`: articles longer than this (characters) may be split into the
    cases of a page whose titles were lost.
    """

    #: split tokens at articles and sentences, set `doc.spans[articles_key]` and the tokens'
    #: sentence starts; False (the rows-only pipeline of `policyie.extract`,
    #: `policyie.pipeline.rows_pipeline`) sets `doc._.articles` and leaves the sentence starts
    #: in `doc.user_data[SENTENCE_STARTS]`
    set_spans: bool = True

    def __init__(self, name: str = "policyie_structure", *, articles_key: str = "articles",
                 set_sentences: bool = True, split_on_place: bool = True, long_article: int = 4000):
        self.name = name
        self.articles_key = articles_key
        self.set_sentences = set_sentences
        self.split_on_place = split_on_place
        self.long_article = long_article
        self._source: Path = DATA_DIR
        self._rules: BylineRules | None = None
        self._places: PlaceCodes | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   data_path: str | Path | None = None) -> None:
        """Load the byline rules from `data_path` (a folder like the package's data/structure;
        files missing there come from the package)."""
        self._load(Path(data_path) if data_path is not None else DATA_DIR)

    def _load(self, folder: Path) -> None:
        self._source = folder
        self._rules = BylineRules(folder / "bylines.tsv")

    @property
    def rules(self) -> BylineRules:
        if self._rules is None:
            self._load(self._source)
        return self._rules

    @property
    def places(self) -> PlaceCodes:
        if self._places is None:
            self._places = PlaceCodes()
        return self._places

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        write_data_files(self._source, BYLINE_FILES, ensure_path(path))

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "DocumentStructure":
        self._load(ensure_path(path))
        return self

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        view = view_of(doc, text)
        paras = paragraphs(view)
        # the cleaner's noise paragraphs; duplicates stay inside their article (records there
        # are flagged, not orphaned)
        classify(paras, {(s, e): kind for s, e, kind in doc._.noise or () if kind != "duplicate"}, self.rules)
        articles = find_articles(text, paras, self.rules, self.places if self.split_on_place else None,
                                 long_article=self.long_article)
        starts = sentence_starts(text, doc._.removed or ()) if self.set_sentences else []
        doc._.articles = [a.to_dict(text) for a in articles]
        if not self.set_spans:
            if self.set_sentences:
                doc.user_data[SENTENCE_STARTS] = token_starts(text, starts)
            return doc
        split_at(doc, [x for a in articles for x in (a.start, a.end)] + starts)
        doc.spans[self.articles_key] = [
            span for a in articles
            if (span := doc.char_span(a.start, a.end, label="ARTICLE", alignment_mode="expand")) is not None
        ]
        if self.set_sentences and len(doc):
            idx = doc.to_array([IDX]).ravel()
            flags = numpy.where(numpy.isin(idx, numpy.asarray(starts, dtype=idx.dtype)), 1, -1).astype("int32")
            flags[0] = 1
            doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
        return doc

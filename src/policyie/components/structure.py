"""`policyie_structure`: articles (with headline and byline) and sentence boundaries."""
import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._.articles, Span._.headline/byline)
from ..spans import doc_text, split_at
from ..structure import classify, find_articles, paragraphs, sentence_starts
from .cleaner import view_of


@Language.factory(
    "policyie_structure",
    default_config={"articles_key": "articles", "set_sentences": True},
    assigns=["doc._.articles", "doc.spans", "token.is_sent_start"],
)
def make_structure(nlp: Language, name: str, articles_key: str, set_sentences: bool) -> "DocumentStructure":
    return DocumentStructure(name=name, articles_key=articles_key, set_sentences=set_sentences)


class DocumentStructure:
    """Splits a report page into articles (`doc.spans["articles"]`, `span._.headline`,
    `span._.byline`) and sets sentence boundaries from Chinese punctuation, paragraph breaks
    and list markers (一是, （一）)."""

    def __init__(self, name: str = "policyie_structure", *, articles_key: str = "articles",
                 set_sentences: bool = True):
        self.name = name
        self.articles_key = articles_key
        self.set_sentences = set_sentences

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        view = view_of(doc, text)
        paras = paragraphs(view)
        # the cleaner's noise paragraphs; duplicates stay inside their article (records there
        # are flagged, not orphaned)
        classify(paras, {(s, e) for s, e, kind in doc._.noise or () if kind != "duplicate"})
        articles = find_articles(text, paras)
        cuts = [x for a in articles for x in (a.start, a.end)]
        starts = sentence_starts(text, doc._.removed or ()) if self.set_sentences else []
        split_at(doc, cuts + starts)
        doc._.articles = [a.to_dict(text) for a in articles]
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

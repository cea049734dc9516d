"""`policyie_quantities`: money, percentages, measures and dates as entities with exact values."""

from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ..language import adopt
from .. import extensions  # noqa: F401  (registers Doc._.quantities, Span._.quantity)
from ..quantity import DATA_DIR, LEXICON_FILES, QuantityGrammar, QuantityLexicon, default_grammar
from ..spans import char_spans, doc_text, merge_ents
from .cleaner import view_of


@Language.factory(
    "policyie_quantities",
    default_config={"overwrite_ents": True, "labels": ["MONEY", "PERCENT", "QUANTITY", "DATE"],
                    "qualifier_in_percent_span": False},
    assigns=["doc.ents", "doc._.quantities"],
)
def make_quantity_recognizer(nlp: Language, name: str, overwrite_ents: bool, labels: list[str],
                             qualifier_in_percent_span: bool) -> "QuantityRecognizer":
    adopt(nlp)                                       # the policyie language class (policyie.language)
    return QuantityRecognizer(name=name, overwrite_ents=overwrite_ents, labels=labels,
                              qualifier_in_percent_span=qualifier_in_percent_span)


class QuantityRecognizer:
    """Finds every number-with-unit and sets it as an entity with `ent._.quantity`.

    Works on character offsets of the cleaned view of the text (see `policyie_cleaner`), so
    results do not depend on the word segmenter. The lexicon (currencies, units, qualifiers,
    rate nouns, exclusions) is loaded in `initialize` and written by `to_disk`.

    A percentage's span is the number and its sign (不低于30% → 30%, with qualifier at_least),
    as the corpus annotates it; money keeps its qualifier in the span (约2亿元).
    `qualifier_in_percent_span` keeps the qualifier in a percentage's span too.
    """

    #: set the entities on the Doc's tokens; False (the rows-only pipeline of `policyie.extract`,
    #: `policyie.pipeline.rows_pipeline`) sets `doc._.quantities` alone
    set_spans: bool = True

    def __init__(self, name: str = "policyie_quantities", *, overwrite_ents: bool = True,
                 labels: Iterable[str] = ("MONEY", "PERCENT", "QUANTITY", "DATE"),
                 qualifier_in_percent_span: bool = False):
        self.name = name
        self.qualifier_in_percent_span = qualifier_in_percent_span
        self.overwrite_ents = overwrite_ents
        self.labels = tuple(labels)
        self._grammar: QuantityGrammar | None = None
        self._source: Path = DATA_DIR

    @property
    def grammar(self) -> QuantityGrammar:
        if self._grammar is None:
            self._grammar = default_grammar()
        return self._grammar

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   lexicon_path: str | Path | None = None) -> None:
        """Load the lexicon from `lexicon_path` (a directory like policyie/data/quantity)."""
        if lexicon_path is None:
            self._grammar, self._source = default_grammar(), DATA_DIR
        else:
            self._source = Path(lexicon_path)
            self._grammar = QuantityGrammar(QuantityLexicon.from_dir(self._source))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        view = view_of(doc, text)
        items, records = [], []
        for match in self.grammar.find(view.text):
            if match.label not in self.labels:
                continue
            m_start, m_end = match.start, match.end
            if match.label == "PERCENT" and not self.qualifier_in_percent_span:
                m_start, m_end = self.grammar.without_qualifiers(view.text, m_start, m_end)
            start, end = view.span_to_original(m_start, m_end)
            record = match.quantity.to_dict()
            record.update(start=start, end=end, label=match.label, text=text[start:end])
            if match.per_cue is not None:            # 每人每月 before 300元: where the rate was read
                cue_start, cue_end = view.span_to_original(*match.per_cue)
                record.update(per_start=cue_start, per_end=cue_end)
            if match.row is not None:                # a bare number in a table row: the row's label
                row_start, row_end = view.span_to_original(*match.row)
                record.update(row=text[row_start:row_end], row_start=row_start, row_end=row_end)
            if match.column is not None:             # …and its column's header cell
                col_start, col_end = view.span_to_original(*match.column)
                record.update(column=text[col_start:col_end], column_start=col_start, column_end=col_end)
            if match.restates is not None:           # the same money as the amount before it
                record.update(restates=view.span_to_original(match.restates, match.restates + 1)[0])
            records.append(record)
            items.append((start, end, match.label))
        doc._.quantities = records
        if self.set_spans:
            merge_ents(doc, char_spans(doc, items, len(text)), self.overwrite_ents)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name in LEXICON_FILES:
            source = self._source / name if (self._source / name).exists() else DATA_DIR / name
            (path / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "QuantityRecognizer":
        path = ensure_path(path)
        self._grammar = QuantityGrammar(QuantityLexicon.from_dir(path))
        self._source = path
        return self

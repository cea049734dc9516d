"""policyie: a spaCy pipeline for Chinese government and fiscal reports.

It turns a report into funding records — who spends how much, where, when and for what —
with exact amounts, places with official codes and agencies with canonical names. Works
offline: the segmentation model, gazetteer and lexicons ship with the package.

Quick start::

    >>> import policyie
    >>> rows = policyie.extract("义乌市财政局每年安排600万元，用于购买劳动者工资保障险。")
    >>> rows[0]["value"], rows[0]["agency"], rows[0]["purpose"]
    ('6000000', '义乌市财政局', '购买劳动者工资保障险')

The functions:

* `load(path=None, *, segmenter="pkuseg", clean=True)`: the spaCy pipeline (a `Language`);
  `nlp(text)` gives a Doc with `doc.ents` (MONEY, PERCENT, QUANTITY, DATE, GPE, ORG),
  `ent._.quantity` / `ent._.place` / `ent._.agency` and `doc._.records`.
  `spacy.load(path)` of a saved policyie pipeline gives the same pipeline.
* `extract(data, *, ids=None, nlp=None, n_process=1, ...)`: record rows (flat dicts) of a
  text, a list of texts (with `ids=`), a dict {id: text} or `Document(id, text)` items;
  PDF, HTML and DOCX documents given as bytes or `pathlib.Path`s are read by content
  (extra `policyie[documents]`, see `policyie.documents`).
* `iter_records(...)`: the same rows as a stream, for large collections.
* `to_dataframe(data, ...)`: the rows as a pandas DataFrame (extra `policyie[pandas]`).
* `parse_quantity(text)`, `find_quantities(text)`, `parse_number(text)`: the amount grammar
  alone.

Every record has the fields of `policyie.records.SCHEMA` (`FIELDS`), the same in
`doc._.records`, the rows, the DataFrame, CSV/Parquet and Spark (`policyie.spark`); docs/records.md
has the table. The command line is `policyie --help`.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .numerals import parse_number
from .quantity import Quantity, QuantityMatch, find_quantities, parse_quantity
from .records import FIELDS, SCHEMA, Document, extract, iter_records, to_dataframe

if TYPE_CHECKING:                                    # pragma: no cover
    from spacy.language import Language

__version__ = "0.1.0"

__all__ = ["load", "extract", "iter_records", "to_dataframe", "Document", "SCHEMA", "FIELDS",
           "Quantity", "QuantityMatch", "find_quantities", "parse_quantity", "parse_number", "__version__"]


def load(path: str | Path | None = None, *, segmenter: str = "pkuseg", clean: bool = True,
         learned_kind: bool = True, learned_purpose: bool = True) -> "Language":
    """The policyie pipeline, offline and ready to use (a spaCy `Language`).

    path: a pipeline saved with `nlp.to_disk` or trained with `policyie train`, or the name
        of a pipeline shipped with policyie ("policyie-ner": the rules plus a statistical
        ner, see docs/model-card.md); None builds the default pipeline from the package's
        data. Parts a saved pipeline leaves out (the pkuseg tokenizer, rule components'
        data) come from the installed package. `spacy.load(path)` gives the same pipeline.
    segmenter: "pkuseg" (words, with the bundled model and a domain dictionary) or "char"
        (one token per character, much faster); entities and values are the same.
    clean: repair extraction damage (broken lines, spam, duplicated paragraphs) as
        annotations before matching; offsets always point into the text given.
    learned_kind: let the packaged kind model overrule the rules' weaker kind decisions
        (docs/records.md); False gives the rules alone.
    learned_purpose: let the packaged purpose chooser replace the rules' purpose by another
        candidate where it clearly prefers it (docs/records.md); False gives the rules alone.

    The pipeline checks its input: a non-text raises TypeError, texts longer than
    `nlp.max_length` are processed in chunks. Loading takes about a second; `extract`
    without `nlp` keeps one loaded pipeline per process (`policyie.pipeline.shared`).
    """
    from .pipeline import load as _load
    return _load(path, segmenter=segmenter, clean=clean, learned_kind=learned_kind,
                 learned_purpose=learned_purpose)

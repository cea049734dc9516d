"""Funding records: one schema for `doc._.records`, `extract` rows, DataFrames, CSV/Parquet
and Spark, and the functions that hand records over (`extract`, `iter_records`,
`to_dataframe`).

A record is one money amount with what it is for, who spends it, where and when. Numbers are
exact decimal strings (never floats), offsets point into the text passed in, and a document
that cannot be processed yields an error row instead of disappearing. `SCHEMA` lists every
field with its type; docs/records.md shows the same table.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:                                    # pragma: no cover
    from spacy.language import Language

#: Every field of a record, in column order: (name, type, meaning). Types are those of the
#: JSON rows: "int" (offsets, year), "decimal" (an exact decimal number written as a string),
#: "str". Every field may be null; `doc_id` is the caller's id, whatever its type.
SCHEMA: tuple[tuple[str, str, str], ...] = (
    ("doc_id", "any", "the document's id: `ids=`, a mapping's key, a `Document`'s id, or its position"),
    ("article", "str", "headline of the article the amount is in"),
    ("sentence", "str", "the sentence the amount is in, stripped"),
    ("sentence_start", "int", "offset of that sentence in the text"),
    ("sentence_end", "int", "end offset of that sentence"),
    ("start", "int", "offset of the amount in the text"),
    ("end", "int", "end offset of the amount"),
    ("text", "str", "the amount as written (`text[start:end]`)"),
    ("value", "decimal", "the amount, exact (null for a range)"),
    ("low", "decimal", "lower bound (a range, 超/以上)"),
    ("high", "decimal", "upper bound (a range, 以下/不超过)"),
    ("unit", "str", "currency, ISO 4217 (CNY, USD …)"),
    ("qualifier", "str", "exact, approx, at_least, more_than, at_most, less_than or range"),
    ("per", "str", "what a rate is per (人·月 for 每人每月)"),
    ("kind", "str", "spending, transfer, investment, revenue, expenditure, standard, debt, "
                    "audit_finding, procurement, trade, claim, credit, output or other"),
    ("purpose", "str", "what the amount is for, as written (a broken line joined, cut spam left out)"),
    ("purpose_start", "int", "offset of the purpose in the text"),
    ("purpose_end", "int", "end offset of the purpose"),
    ("fund", "str", "the fund named with the amount (…专项资金)"),
    ("program", "str", "the named programme the amount is of (一事一议财政奖补): a PROGRAM entity that a model "
                       "trained with that label found in the amount's sentence (docs/training.md); else null"),
    ("beneficiary", "str", "who receives it (2864名优抚对象)"),
    ("agency", "str", "who spends it: the agency's canonical name (莫旗财政局 → 莫力达瓦达斡尔族自治旗财政局)"),
    ("agency_start", "int", "offset of the mention the agency was read from (null if none)"),
    ("place", "str", "where: the place's official name (湖州 → 湖州市); its code is `adcode`"),
    ("place_start", "int", "offset of the mention the place was read from (null if none)"),
    ("adcode", "str", "the place's 6-digit administrative division code (360733)"),
    ("year", "int", "the year the amount is of"),
    ("period", "str", "the date phrase the year comes from (截至2023年年末)"),
    ("parts_of", "int", "for a part of a total (其中…): the total's `start`"),
    ("growth", "decimal", "the growth rate stated beside the amount, in percent (下降 → negative)"),
    ("finding", "str", "for an audit finding: its nature as written (违规发放, 挪用, 闲置)"),
    ("noise", "str", "set when the amount stands in a duplicated paragraph or spam (its kind), or restates the amount before it in parentheses (restatement)"),
    ("why", "str", "why each field was filled so, as `field: reason; …` (see `reasons`)"),
    ("page", "int", "the PDF page the amount is on, 1-based (null for other inputs)"),
    ("doc_title", "str", "the document's title: an HTML page's title, a PDF's or DOCX's title property"),
    ("doc_date", "str", "the document's date as YYYY-MM-DD: an HTML page's publication date, a DOCX's or PDF's creation date"),
    ("doc_source", "str", "who published the document: an HTML page's source (来源：…), a DOCX's author"),
    ("error", "str", "set on the one row of a document that could not be processed"),
)
#: Column order of a record row.
FIELDS: tuple[str, ...] = tuple(name for name, _, _ in SCHEMA)
#: Fields of the rows only, set from the document rather than by the pipeline.
ROW_FIELDS: tuple[str, ...] = ("doc_id", "page", "doc_title", "doc_date", "doc_source", "error")
#: The fields of `doc._.records` entries: every field but the row-level ones (`ROW_FIELDS`).
RECORD_FIELDS: tuple[str, ...] = tuple(name for name in FIELDS if name not in ROW_FIELDS)
#: Fields holding integers (or None).
INTEGER_FIELDS: tuple[str, ...] = tuple(name for name, kind, _ in SCHEMA if kind == "int")
#: Fields holding exact decimal numbers as strings (or None); every other field is a string or None.
DECIMAL_FIELDS: tuple[str, ...] = tuple(name for name, kind, _ in SCHEMA if kind == "decimal")
_QUANTITY_FIELDS = ("value", "low", "high", "unit", "qualifier", "per")
#: The segmenter of the pipeline that `extract`, `iter_records`, `to_dataframe`, `policyie
#: extract` and `policyie.spark` load when no `nlp` is given: one token per character, the
#: fastest configuration, whose records are the same as those of pkuseg's words (every
#: component reads character offsets; tests/test_equivalence.py compares the two on the seeds
#: and the whole corpus). `policyie.load()` keeps pkuseg for users of tokens.
EXTRACT_SEGMENTER = "char"


class Document(NamedTuple):
    """A document with its id, for `extract` and `iter_records`:
    `policyie.extract([Document("a.txt", text), ...])`.

    text: the text, or the document's bytes or `pathlib.Path` (read by content: text,
        HTML, DOCX, PDF; see docs/documents.md).
    page_starts: where each page starts in `text` (gives the rows' `page`).
    meta: the document's "title", "date" and "source" (the rows' `doc_title` …)."""

    id: Any
    text: Any
    page_starts: tuple[int, ...] | None = None
    meta: Mapping | None = None


# ---------------------------------------------------------------------------------------------
# One record, one row

def make_record(linked: dict, quantity: dict | None, text: str) -> dict:
    """A `doc._.records` entry (the fields of `RECORD_FIELDS`, in order) from the linker's
    record of an amount, the amount's quantity dict and the document's text."""
    quantity = quantity or {}
    why = linked.get("why")
    out = {}
    for name in RECORD_FIELDS:
        if name == "sentence":
            out[name] = text[linked["sentence_start"]:linked["sentence_end"]].strip()
        elif name in _QUANTITY_FIELDS:
            out[name] = quantity.get(name)
        elif name == "why":
            out[name] = "; ".join(f"{f}: {r}" for f, r in why.items()) if isinstance(why, dict) else why
        else:
            out[name] = linked.get(name)
    return out


_WHY_FIELDS = ("kind", "purpose", "fund", "beneficiary", "agency", "place", "year")
_WHY_SPLIT = re.compile(rf"; (?=(?:{'|'.join(_WHY_FIELDS)}): )")


def reasons(record: dict) -> dict[str, str]:
    """A record's `why` as a dict: {"kind": "the verb 安排", "purpose": "after 用于", …}."""
    why = record.get("why")
    if not why:
        return {}
    return dict(part.split(": ", 1) for part in _WHY_SPLIT.split(why))


def explain(record: dict) -> str | None:
    """Why the linker filled each field of a record the way it did, as one line
    (`kind: the measured noun 教育支出; purpose: the sector of an expenditure line; …`)."""
    why = record.get("why")
    if isinstance(why, dict):
        return "; ".join(f"{field}: {reason}" for field, reason in why.items()) or None
    return why or None


def record_rows(doc, doc_id: Any = None, page_starts: Sequence[int] | None = None,
                meta: Mapping | None = None) -> list[dict]:
    """Rows (`FIELDS`) for the records of a processed Doc: its `doc._.records` with `doc_id`,
    `error` and the document's fields added (`page` from `page_starts` and the amount's
    offset, `doc_title`/`doc_date`/`doc_source` from `meta`)."""
    meta = meta or {}
    doc_fields = {"doc_title": meta.get("title"), "doc_date": meta.get("date"), "doc_source": meta.get("source")}
    rows = []
    for r in doc._.records or ():
        row = {"doc_id": doc_id, **{name: r.get(name) for name in RECORD_FIELDS}}
        row["page"] = page_number(page_starts, r.get("start"))
        row.update(doc_fields)
        row["error"] = None
        rows.append({name: row[name] for name in FIELDS})
    return rows


def page_number(page_starts: Sequence[int] | None, offset: int | None) -> int | None:
    """The 1-based page an offset is on, given where each page starts (None without pages)."""
    if not page_starts or offset is None:
        return None
    from bisect import bisect_right
    return max(1, bisect_right(page_starts, offset))


def error_row(doc_id: Any, message: str) -> dict:
    """The row that stands for a document that could not be processed."""
    row = dict.fromkeys(FIELDS)
    row.update(doc_id=doc_id, error=message)
    return row


# ---------------------------------------------------------------------------------------------
# Documents in, rows out

def _refuse(value: Any, what: str) -> None:
    if value is None or isinstance(value, (int, float)):
        raise TypeError(f"{what} expects a text, a list of texts or a dict {{id: text}}, "
                        f"got {type(value).__name__}")


def _is_file(value: Any) -> bool:
    """A document given as a file: its bytes or its path (read by content)."""
    from pathlib import PurePath
    return isinstance(value, (bytes, bytearray, memoryview, PurePath))


def _pair_error(position: int, item: Any) -> TypeError:
    shown = ", ".join(repr(x)[:20] for x in item)
    return TypeError(
        f"item {position} is a pair ({shown}), not a text: which part is the id would be a guess "
        "(zip(texts, ids) and zip(ids, texts) look alike). Name the ids: extract(texts, ids=ids), "
        "a dict {id: text}, or policyie.Document(id, text) items.")


def documents(data: Any, ids: Iterable[Any] | None = None) -> Iterator[Document]:
    """The (id, text) documents of `data`, as `extract` reads it.

    data: a text (id 0); a mapping {id: text}; a `Document` or an iterable of `Document`s;
        an iterable of texts, whose ids are `ids` (same length) or else their positions.
    A plain tuple or list inside the iterable is refused with a TypeError (it could be
    (id, text) or (text, id)); any other non-text item is kept and becomes an error row.
    """
    _refuse(data, "extract")
    from pathlib import Path
    if isinstance(data, Path) and data.is_dir():
        if ids is not None:
            raise TypeError("ids= is for a list of texts; the files of a folder are named by their paths")
        from .io import expand_paths
        for path in expand_paths([data]):
            yield Document(str(path), path)
        return
    if isinstance(data, Document):
        data = [data]
    if isinstance(data, str) or _is_file(data):
        data = [data]
    if isinstance(data, Mapping):
        if ids is not None:
            raise TypeError("ids= is for a list of texts; a dict {id: text} already names its ids")
        for doc_id, text in data.items():
            yield Document(doc_id, text)
        return
    if isinstance(data, Sequence):                  # check the shape before any work is done
        for i, item in enumerate(data):
            if isinstance(item, (tuple, list)) and not isinstance(item, Document):
                raise _pair_error(i, item)
        if ids is not None and isinstance(ids, Sequence) and len(ids) != len(data):
            raise ValueError(f"{len(ids)} ids for {len(data)} texts")
    id_iter = iter(ids) if ids is not None else None
    for i, item in enumerate(data):
        if isinstance(item, Document):
            if id_iter is not None:
                raise TypeError("ids= is for a list of texts; Document items already name their ids")
            yield item
            continue
        if isinstance(item, (tuple, list)):
            raise _pair_error(i, item)
        if id_iter is None:
            yield Document(str(item) if isinstance(item, Path) else i, item)
            continue
        try:
            doc_id = next(id_iter)
        except StopIteration:
            raise ValueError(f"fewer ids than texts: no id for text {i}") from None
        yield Document(doc_id, item)
    if id_iter is not None:
        for _ in id_iter:
            raise ValueError("more ids than texts")


def document_rows(nlp: Language, document: tuple) -> list[dict]:
    """The rows of one document (`Document` or (id, text)), or its error row. A document
    given as bytes or a path is read by content first (`policyie.io.read_bytes`); parts it
    could not read (PDF pages without a text layer) add an error row beside its records."""
    doc_id, text, *rest = tuple(document) + (None, None)
    page_starts, meta = rest[:2]
    warnings: tuple = ()
    if _is_file(text):
        from pathlib import PurePath
        from .io import read_bytes, read_path
        got = read_path(text, doc_id=doc_id) if isinstance(text, PurePath) else \
            read_bytes(doc_id, "", bytes(text))
        if got.error:
            return [error_row(doc_id, got.error)]
        text, page_starts, meta, warnings = got.text, got.page_starts, got.meta, got.warnings
    if not isinstance(text, str):
        return [error_row(doc_id, f"TypeError: expected str, got {type(text).__name__}")]
    try:
        rows = record_rows(nlp(text), doc_id, page_starts, meta)
    except Exception as exc:                         # one bad document must not end the job
        return [error_row(doc_id, f"{type(exc).__name__}: {exc}")]
    return rows + [error_row(doc_id, w) for w in warnings]


def _pipeline(nlp: Language | None, segmenter: str | None, clean: bool) -> Language:
    if nlp is not None:
        if segmenter is not None or not clean:
            raise ValueError("segmenter= and clean= choose the pipeline extract loads; "
                             "with nlp= given, set them when loading it")
        return nlp
    from .pipeline import rows_pipeline
    return rows_pipeline(segmenter=segmenter or EXTRACT_SEGMENTER, clean=clean)


def iter_records(data: Any, *, ids: Iterable[Any] | None = None, nlp: Language | None = None,
                 n_process: int = 1, batch_size: int = 16, segmenter: str | None = None,
                 clean: bool = True) -> Iterator[dict]:
    """Stream the record rows of one text or many, in input order (see `extract`).

    Memory stays flat in the number of documents: with `n_process` > 1 at most a few
    batches per process are in flight, and worker processes send back rows, not Docs.
    A wrong shape of `data` raises when it is reached; for a list, before any work.
    """
    _refuse(data, "iter_records")
    nlp = _pipeline(nlp, segmenter, clean)
    docs = documents(data, ids)
    if n_process == 1:
        for document in docs:
            yield from document_rows(nlp, document)
        return
    yield from _parallel_rows(nlp, docs, n_process, batch_size)


_WORKER_NLP: Language | None = None


def _start_worker(nlp: Language) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp


def _worker_rows(items: list[tuple[Any, Any]]) -> list[dict]:
    return [row for item in items for row in document_rows(_WORKER_NLP, item)]


def _parallel_rows(nlp: Language, items: Iterator[Document], n_process: int,
                   batch_size: int) -> Iterator[dict]:
    """Rows of `items` computed by `n_process` workers, in input order, with a bounded number
    of batches in flight. Each worker gets the pipeline as its initializer's argument: a
    forked worker inherits it without pickling, elsewhere it is pickled to the worker. (No
    module-level handoff in this process: two threads may run extract with different
    pipelines at once.)"""
    import multiprocessing
    from collections import deque
    from itertools import islice

    n_process = n_process if n_process > 0 else (multiprocessing.cpu_count() or 1)
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else None)
    pending: deque = deque()
    with context.Pool(n_process, initializer=_start_worker, initargs=(nlp,)) as pool:
        while True:
            while len(pending) < 2 * n_process:
                batch = [tuple(d) for d in islice(items, batch_size)]
                if not batch:
                    break
                pending.append(pool.apply_async(_worker_rows, (batch,)))
            if not pending:
                break
            yield from pending.popleft().get()


def extract(data: Any, *, ids: Iterable[Any] | None = None, nlp: Language | None = None,
            n_process: int = 1, batch_size: int = 16, segmenter: str | None = None,
            clean: bool = True) -> list[dict]:
    """Funding records of one text or many, as JSON-ready flat dicts (fields: `FIELDS`).

    data: what to read, with explicit ids:
        * a text: one document, `doc_id` 0;
        * a list (or any iterable) of texts: `doc_id` is the text's position, or its id in
          `ids` (same length);
        * a dict {doc_id: text};
        * `policyie.Document(id, text)` items;
        * a document's bytes, or a `pathlib.Path` to a file or a folder (its text, HTML, PDF
          and DOCX files): read by content (docs/documents.md; PDF, HTML and DOCX need the
          extra `policyie[documents]`). A Path's id is the path as a string (unless `ids`
          names it); a PDF's rows carry their `page`, HTML/DOCX/PDF rows the document's
          `doc_title`, `doc_date`, `doc_source`. A document that cannot be read (a scanned PDF,
          a corrupt file) is an error row that says why.
        A pair such as ("a.txt", text) is refused with a TypeError: written as a tuple,
        (id, text) and (text, id) look alike. A non-text item (None, a number) becomes an
        error row.
    ids: the ids of a list of texts, e.g. `extract(df["text"], ids=df["id"])`.
    nlp: a loaded pipeline; by default one pipeline per process and (segmenter, clean) is
        loaded on first use and reused (`policyie.pipeline.rows_pipeline`).
    n_process: worker processes (rows come back in input order; -1: one per core).
    batch_size: documents per task sent to a worker.
    segmenter, clean: options of `policyie.load` for the default pipeline; the segmenter
        is "char" unless given (`EXTRACT_SEGMENTER`: the fastest, and the records are the
        same as with "pkuseg").

    Returns one row per money amount; a document without one has no row, a document that
    is not a text or that the pipeline fails on has one row with `error` set. Values are
    exact decimal strings; `start`/`end`, `purpose_start`/`purpose_end` are offsets into
    the text given.
    """
    _refuse(data, "extract")
    return list(iter_records(data, ids=ids, nlp=nlp, n_process=n_process, batch_size=batch_size,
                             segmenter=segmenter, clean=clean))


def to_dataframe(data: Any, *, ids: Iterable[Any] | None = None, nlp: Language | None = None,
                 n_process: int = 1, batch_size: int = 16, segmenter: str | None = None, clean: bool = True):
    """Records as a pandas DataFrame with one column per field of `FIELDS` (pandas is an
    optional extra: `pip install "policyie[pandas]"`).

    data: a list of record rows (from `extract`), or anything `extract` accepts (the other
        arguments are those of `extract`).
    Types: `value`/`low`/`high` are `decimal.Decimal` objects (exact; object columns),
    offsets and `year` nullable `Int64`, `kind` a category, other text columns pandas
    strings; `doc_id` keeps the ids' own values (object column).
    """
    try:
        import pandas as pd
    except ImportError as exc:                       # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'policyie[pandas]'") from exc
    from decimal import Decimal

    if not (isinstance(data, list) and data and all(isinstance(r, dict) for r in data)):
        data = extract(data, ids=ids, nlp=nlp, n_process=n_process, batch_size=batch_size,
                       segmenter=segmenter, clean=clean)
    frame = pd.DataFrame(list(data), columns=list(FIELDS))
    for col in DECIMAL_FIELDS:
        frame[col] = frame[col].map(lambda v: Decimal(v) if v is not None and v == v else None).astype(object)
    for col in INTEGER_FIELDS:
        frame[col] = frame[col].astype("Int64")
    for col in FIELDS:
        if col not in INTEGER_FIELDS and col not in DECIMAL_FIELDS and col != "doc_id":
            frame[col] = frame[col].astype("string")
    frame["kind"] = frame["kind"].astype("category")
    return frame


def schema_table() -> str:
    """`SCHEMA` as the Markdown table of docs/records.md (tests/test_api.py keeps the two equal)."""
    types = {"any": "the id's own", "int": "integer", "decimal": "string: exact decimal", "str": "string"}
    lines = ["| field | type | meaning |", "|---|---|---|"]
    lines += [f"| `{name}` | {types[kind]} | {meaning} |" for name, kind, meaning in SCHEMA]
    return "\n".join(lines)

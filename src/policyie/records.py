"""Funding records as flat, JSON-ready rows: `extract` and `to_dataframe`.

Each row is one money amount with what it is for, who spends it, where and when. Numbers are
exact decimal strings (never floats), offsets point into the text passed in, and a document
that cannot be processed yields an error row instead of disappearing.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.language import Language

#: Column order of a record row.
FIELDS = ("doc_id", "article", "sentence", "start", "end", "text", "value", "low", "high", "unit",
          "qualifier", "per", "kind", "purpose", "purpose_start", "purpose_end", "fund", "beneficiary",
          "agency", "place", "adcode", "year", "period", "parts_of", "growth", "finding", "noise", "why", "error")
#: Fields holding integers (or None); every other field is a string or None.
INTEGER_FIELDS = ("start", "end", "purpose_start", "purpose_end", "year", "parts_of")


def record_rows(doc, doc_id: Any = None) -> list[dict]:
    """Flat rows for the records of a processed Doc."""
    quantities = {(q["start"], q["end"]): q for q in doc._.quantities or ()}
    text = doc.text
    rows = []
    for r in doc._.records or ():
        q = quantities.get((r["start"], r["end"]), {})
        row = {
            "doc_id": doc_id, "article": r["article"],
            "sentence": text[r["sentence_start"]:r["sentence_end"]].strip(),
            "start": r["start"], "end": r["end"], "text": r["text"],
            "value": q.get("value"), "low": q.get("low"), "high": q.get("high"), "unit": q.get("unit"),
            "qualifier": q.get("qualifier"), "per": q.get("per"),
            "kind": r["kind"], "purpose": r["purpose"], "purpose_start": r["purpose_start"],
            "purpose_end": r["purpose_end"], "fund": r["fund"], "beneficiary": r["beneficiary"],
            "agency": r["agency"], "place": r["place"], "adcode": r["adcode"], "year": r["year"],
            "period": r["period"], "parts_of": r["parts_of"], "growth": r.get("growth"),
            "finding": r.get("finding"), "noise": r["noise"],
            "why": explain(r), "error": None,
        }
        rows.append(row)
    return rows


def explain(record: dict) -> str | None:
    """Why the linker filled each field of a record the way it did, as one line
    (`kind: the measured noun 教育支出; purpose: the sector of an expenditure line; …`)."""
    why = record.get("why")
    if not why:
        return None
    return "; ".join(f"{field}: {reason}" for field, reason in why.items())


def error_row(doc_id: Any, message: str) -> dict:
    """The row that stands for a document that could not be processed."""
    row = dict.fromkeys(FIELDS)
    row.update(doc_id=doc_id, error=message)
    return row


def _items(data) -> Iterator[tuple[Any, Any]]:
    if isinstance(data, (str, bytes)) or data is None:
        yield 0, data
        return
    if isinstance(data, dict):
        yield from data.items()
        return
    for i, item in enumerate(data):
        if isinstance(item, tuple) and len(item) == 2:
            yield item
        else:
            yield i, item


def iter_records(data, *, nlp: Language | None = None, n_process: int = 1, batch_size: int = 16) -> Iterator[dict]:
    """Stream record rows for a text, an iterable of texts, of (doc_id, text) pairs or a dict.

    Rows come in input order. Streams: memory stays flat in the number of documents (with
    `n_process` > 1 at most a few batches per process are in flight). A document that is not
    a string, or that the pipeline fails on, yields one error row: never a crash of the whole
    job, never a silently missing document.

    With `n_process` > 1, worker processes run the whole pipeline and send back only the
    rows (not Docs), so the work scales with the cores.
    """
    import policyie

    nlp = nlp or policyie.load()
    if n_process == 1:
        for item in _items(data):
            yield from document_rows(nlp, item)
        return
    yield from _parallel_rows(nlp, _items(data), n_process, batch_size)


def document_rows(nlp: Language, item: tuple[Any, Any]) -> list[dict]:
    """The rows of one (doc_id, text) pair, or its error row."""
    doc_id, text = item
    if not isinstance(text, str):
        return [error_row(doc_id, f"TypeError: expected str, got {type(text).__name__}")]
    try:
        return record_rows(nlp(text), doc_id)
    except Exception as exc:                         # one bad document must not end the job
        return [error_row(doc_id, f"{type(exc).__name__}: {exc}")]


_WORKER_NLP: Language | None = None


def _start_worker(nlp: Language | None) -> None:
    global _WORKER_NLP
    if nlp is not None:
        _WORKER_NLP = nlp


def _worker_rows(items: list[tuple[Any, Any]]) -> list[dict]:
    return [row for item in items for row in document_rows(_WORKER_NLP, item)]


def _parallel_rows(nlp: Language, items: Iterator[tuple[Any, Any]], n_process: int,
                   batch_size: int) -> Iterator[dict]:
    """Rows of `items` computed by `n_process` workers, in input order, with a bounded number
    of batches in flight. Workers are forked with the loaded pipeline where the platform can
    fork; elsewhere the pipeline is pickled to them."""
    import multiprocessing
    from collections import deque
    from itertools import islice

    global _WORKER_NLP
    n_process = n_process if n_process > 0 else (multiprocessing.cpu_count() or 1)
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else None)
    _WORKER_NLP = nlp                                # inherited by forked workers
    pending: deque = deque()
    with context.Pool(n_process, initializer=_start_worker, initargs=(None if forking else nlp,)) as pool:
        while True:
            while len(pending) < 2 * n_process:
                batch = list(islice(items, batch_size))
                if not batch:
                    break
                pending.append(pool.apply_async(_worker_rows, (batch,)))
            if not pending:
                break
            yield from pending.popleft().get()


def extract(data, *, nlp: Language | None = None, n_process: int = 1, batch_size: int = 16) -> list[dict]:
    """Funding records of one text or many, as JSON-ready flat dicts (see `FIELDS`).

    `data`: a string, an iterable of strings (doc_id = position), of (doc_id, text) pairs, or a
    dict {doc_id: text}. Values are exact decimal strings; `start`/`end` and `purpose_start`/
    `purpose_end` are offsets into the text given.
    """
    if data is None:
        raise TypeError("extract expects a string or an iterable of strings, got None")
    if isinstance(data, (int, float, bytes)):
        raise TypeError(f"extract expects a string or an iterable of strings, got {type(data).__name__}")
    return list(iter_records(data, nlp=nlp, n_process=n_process, batch_size=batch_size))


def to_dataframe(data: Iterable[dict] | str, **kwargs):
    """Records as a pandas DataFrame (pandas is an optional extra: `pip install policyie[pandas]`).

    `data` is a list of record rows, or anything `extract` accepts. Amounts are Decimal objects
    (exact), offsets and years nullable integers, text columns pandas strings.
    """
    try:
        import pandas as pd
    except ImportError as exc:                       # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'policyie[pandas]'") from exc
    from decimal import Decimal

    if isinstance(data, str) or (not isinstance(data, list)) or (data and not isinstance(data[0], dict)):
        data = extract(data, **kwargs)
    frame = pd.DataFrame(list(data), columns=list(FIELDS))
    for col in ("value", "low", "high"):
        frame[col] = frame[col].map(lambda v: Decimal(v) if v is not None and v == v else None).astype(object)
    for col in INTEGER_FIELDS:
        frame[col] = frame[col].astype("Int64")
    for col in ("doc_id",):
        frame[col] = frame[col].astype("string")
    for col in ("article", "sentence", "text", "unit", "qualifier", "per", "kind", "purpose", "fund",
                "beneficiary", "agency", "place", "adcode", "period", "growth", "finding", "noise", "why", "error"):
        frame[col] = frame[col].astype("string")
    frame["kind"] = frame["kind"].astype("category")
    return frame

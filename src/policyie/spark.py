"""Funding records on Spark: `extract_records` maps a DataFrame of documents to a DataFrame of
record rows (optional extra: `pip install "policyie[spark]"`).

The rows are those of `policyie.extract` (see `policyie.records.FIELDS`), made by the same
code: each Python worker runs `policyie.records.iter_records` over its documents in small
batches, with the pipeline loaded once per worker process and kept for later tasks.

Types: offsets, `parts_of` and `year` are integers; `value`/`low`/`high` stay exact decimal
*strings*, as in the JSON output. A Spark `DecimalType` has one precision and scale per
column (at most 38 digits): amounts range from 0.5 (%) to trillions of yuan, so a fixed
scale would either round small values or leave little room for large ones. Cast when you
know your range, e.g. `F.col("value").cast("decimal(24,4)")`.
"""
from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .records import FIELDS, INTEGER_FIELDS, iter_records

if TYPE_CHECKING:                                    # pragma: no cover
    import pandas as pd
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType
    from spacy.language import Language


def record_schema(id_type: "DataType | None" = None) -> "StructType":
    """The Spark schema of record rows: the fields of `policyie.records.FIELDS`, in order.

    id_type: the type of `doc_id` (default: string).
    """
    from pyspark.sql.types import IntegerType, LongType, StringType, StructField, StructType

    fields = []
    for name in FIELDS:
        if name == "doc_id":
            dtype = id_type if id_type is not None else StringType()
        elif name in INTEGER_FIELDS:
            dtype = IntegerType() if name == "year" else LongType()   # offsets may pass 2**31
        else:
            dtype = StringType()
        fields.append(StructField(name, dtype, nullable=True))
    return StructType(fields)


def extract_records(df: "DataFrame", id_col: str = "id", text_col: str = "text", *, batch_size: int = 32,
                    **options: Any) -> "DataFrame":
    """Funding records of a DataFrame of documents, as a DataFrame with `record_schema()`.

    df: one document per row; only `id_col` and `text_col` are read. `doc_id` keeps the type
        of `id_col`.
    batch_size: documents per `nlp.pipe` batch and per output Arrow batch; this, plus the
        Arrow batch Spark hands over (`spark.sql.execution.arrow.maxRecordsPerBatch`), is
        all a worker holds at once.
    options: passed to `policyie.load` (`segmenter`, `clean`, `path`); a saved `path` must
        be readable on every worker. The segmenter is "char" unless given: the fastest,
        and the records are the same as with "pkuseg" (`policyie.records.EXTRACT_SEGMENTER`).

    Lazy, like any transformation. A document with no money amount has no rows; a null or
    non-string text, or one the pipeline fails on, gives one row with `error` set (the job
    goes on). A pipeline that cannot load on a worker fails the job.
    """
    try:
        from pyspark.sql import DataFrame  # noqa: F401
    except ImportError as exc:                       # pragma: no cover - depends on the environment
        raise ImportError("policyie.spark needs pyspark: pip install 'policyie[spark]'") from exc
    import inspect

    from .pipeline import load

    inspect.signature(load).bind(**options)          # a wrong option fails here, not in every task
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    for col in (id_col, text_col):
        if col not in df.columns:
            raise ValueError(f"no column {col!r} in the DataFrame (columns: {', '.join(df.columns)})")
    schema = record_schema(df.schema[id_col].dataType)
    fn = functools.partial(_map_partition, id_col=id_col, text_col=text_col, batch_size=batch_size,
                           options=options)
    return df.select(id_col, text_col).mapInPandas(fn, schema)


def _pipeline(options: dict) -> "Language":
    """The pipeline for these `policyie.load` options (segmenter "char" unless given), loaded
    once per worker process and reused by every later batch and task (`policyie.pipeline.rows_pipeline`)."""
    from .pipeline import rows_pipeline
    from .records import EXTRACT_SEGMENTER
    return rows_pipeline(**{"segmenter": EXTRACT_SEGMENTER, **options})


def _map_partition(frames: Iterable["pd.DataFrame"], *, id_col: str, text_col: str, batch_size: int,
                   options: dict) -> Iterator["pd.DataFrame"]:
    """The function `mapInPandas` runs on each partition."""
    yield from record_frames(frames, _pipeline(options), id_col=id_col, text_col=text_col,
                             batch_size=batch_size)


def record_frames(frames: Iterable["pd.DataFrame"], nlp: "Language", *, id_col: str = "id",
                  text_col: str = "text", batch_size: int = 32) -> Iterator["pd.DataFrame"]:
    """Stream pandas frames of record rows for a stream of pandas frames of documents.

    One output frame per `batch_size` documents that have rows. A document the pipeline
    raises on becomes an error row (`iter_records` does that), its neighbours are unaffected.
    """
    for frame in frames:
        ids = [_none_if_missing(v) for v in frame[id_col].tolist()]
        texts = [_none_if_missing(v) for v in frame[text_col].tolist()]
        for i in range(0, len(ids), batch_size):
            rows = list(iter_records(texts[i:i + batch_size], ids=ids[i:i + batch_size], nlp=nlp,
                                     batch_size=batch_size))
            if rows:
                yield _to_frame(rows)


def _none_if_missing(value: Any) -> Any:
    """Spark nulls arrive in pandas as None, NaN or pd.NA (depending on the column type)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    return value


def _to_frame(rows: list[dict]) -> "pd.DataFrame":
    import pandas as pd

    columns = {}
    for name in FIELDS:
        values = [row[name] for row in rows]
        # nullable integers: a None among ints must not turn the column into floats
        columns[name] = pd.array(values, dtype="Int64") if name in INTEGER_FIELDS else pd.Series(values, dtype=object)
    return pd.DataFrame(columns)

"""policyie: a spaCy pipeline for Chinese government and fiscal reports."""
from __future__ import annotations

from .quantity import Quantity, QuantityMatch, find_quantities, parse_quantity
from .numerals import parse_number

__version__ = "0.1.0"

__all__ = ["Quantity", "QuantityMatch", "find_quantities", "parse_quantity", "parse_number", "load", "extract",
           "iter_records", "to_dataframe", "__version__"]


def load(*args, **kwargs):
    """Build the policyie pipeline (see `policyie.pipeline.load`)."""
    from .pipeline import load as _load
    return _load(*args, **kwargs)


def extract(data, **kwargs):
    """Funding records of a text or many texts as flat dicts (see `policyie.records.extract`)."""
    from .records import extract as _extract
    return _extract(data, **kwargs)


def iter_records(data, **kwargs):
    """Stream funding-record rows (see `policyie.records.iter_records`)."""
    from .records import iter_records as _iter
    return _iter(data, **kwargs)


def to_dataframe(data, **kwargs):
    """Funding records as a pandas DataFrame (see `policyie.records.to_dataframe`)."""
    from .records import to_dataframe as _to_df
    return _to_df(data, **kwargs)

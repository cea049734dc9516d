"""policyie: a spaCy pipeline for Chinese government and fiscal reports."""
from __future__ import annotations

from .quantity import Quantity, QuantityMatch, find_quantities, parse_quantity
from .numerals import parse_number

__version__ = "0.1.0"

__all__ = ["Quantity", "QuantityMatch", "find_quantities", "parse_quantity", "parse_number", "load", "__version__"]


def load(*args, **kwargs):
    """Build the policyie pipeline (see `policyie.pipeline.load`)."""
    from .pipeline import load as _load
    return _load(*args, **kwargs)

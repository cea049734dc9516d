"""One-for-one character maps over a whole text at C speed.

`str.translate` looks every character up in a dict or a string through Python's mapping
protocol, about 50 ns a character: on a report of 100,000 characters the traditional-to-
simplified reading and the width folding cost more than some rule components. A `CharMap`
gives the same string from one table lookup per character over the text's code points
(numpy), ten times faster on long texts; short texts, where numpy's fixed cost dominates,
still go through `str.translate`.
"""
from __future__ import annotations

from typing import Mapping

import numpy

#: texts shorter than this are translated with `str.translate`
_SHORT = 256


class CharMap:
    """`text.translate(pairs)` for a map of code points to single characters.

    pairs: {code point: the character it becomes, or its code point} (what `str.maketrans`
        gives); every other character stays.
    """

    def __init__(self, pairs: Mapping[int, str | int]):
        pairs = {int(k): chr(v) if isinstance(v, int) else v for k, v in pairs.items()}
        if any(not isinstance(v, str) or len(v) != 1 for v in pairs.values()):
            raise ValueError("a CharMap maps each character to exactly one character")
        self.pairs = pairs
        self._size = max(self.pairs, default=-1) + 1
        table = numpy.arange(self._size, dtype=numpy.uint32)
        for k, v in self.pairs.items():
            table[k] = ord(v)
        self._table = table
        self._ascii_fixed = all(k >= 0x80 for k in self.pairs)

    def __call__(self, text: str) -> str:
        if not self.pairs or (self._ascii_fixed and text.isascii()):
            return text
        if len(text) < _SHORT:
            return text.translate(self.pairs)
        points = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        inside = points < self._size
        if inside.all():
            mapped = self._table[points]
        else:
            mapped = points.copy()
            mapped[inside] = self._table[points[inside]]
        return mapped.tobytes().decode("utf-32-le", "surrogatepass")

"""Traditional characters read as simplified, character for character.

Reports from Hong Kong, Taiwan and Macao outlets, and reposts through them, write 億, 財政,
違規, 撥付. Rules and lexicons are written once, in simplified characters; the linker matches
them on `to_simplified(text)`, which has the same length as the text, so every offset found
there is an offset into the caller's text. The table (data/t2s.tsv) keeps only OpenCC's
one-to-one character pairs (scripts/build_t2s.py).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .charmap import CharMap

_TABLE = Path(__file__).parent / "data" / "t2s.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            table[ord(trad)] = simp
    return table


@lru_cache(maxsize=1)
def _map() -> CharMap:
    return CharMap(_table())


#: the last text read and its simplified form: the place matcher and the linker read the same
#: cleaned text of a document one after the other
_LAST: tuple[str, str] = ("", "")


def to_simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones; same length."""
    global _LAST
    last = _LAST                                    # one read: another thread may replace it
    if text is last[0] or (len(text) > 200 and text == last[0]):
        return last[1]
    simple = _map()(text)
    if len(text) > 200:
        _LAST = (text, simple)
    return simple

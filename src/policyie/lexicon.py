"""Reading the plain-text data files (TSV tables, word lists) that rules are built from."""
from __future__ import annotations

from pathlib import Path


def read_lines(path: str | Path) -> list[str]:
    """Non-empty lines of a UTF-8 word list, without `#` comment lines."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_table(path: str | Path) -> list[list[str]]:
    """Rows of a UTF-8 TSV file, without `#` comment lines; trailing empty cells kept."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows

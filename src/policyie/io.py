"""Reading report files: folders expanded, encodings detected, failures reported not skipped."""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}
_CANDIDATE_ENCODINGS = ("utf-8", "gb18030")


@dataclass(frozen=True)
class InputDoc:
    """One input file: its id, path and text, or the error that kept it from being read."""

    doc_id: str
    path: str
    text: str | None
    encoding: str | None = None
    error: str | None = None


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus the text files inside named folders (sorted, recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES))
        else:
            out.append(p)
    return out


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes as `encoding`, or detect: BOMs (UTF-8/16/32), then UTF-8, then GB18030.

    Raises UnicodeDecodeError/LookupError when the bytes cannot be decoded.
    """
    if encoding:
        return data.decode(encoding), encoding
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name), name
    if b"\x00" in data:
        raise UnicodeDecodeError("utf-8", data[:16], 0, 1, "NUL bytes without a UTF-16/32 BOM: a binary file, not text")
    last: UnicodeDecodeError | None = None
    for name in _CANDIDATE_ENCODINGS:
        try:
            return data.decode(name), name
        except UnicodeDecodeError as exc:
            last = exc
    assert last is not None
    raise last


def read_inputs(paths: Iterable[str | Path], encoding: str | None = None) -> Iterator[InputDoc]:
    """One `InputDoc` per file; unreadable files come back with `error` set, never dropped."""
    for path in expand_paths(paths):
        doc_id = path.stem
        try:
            text, used = decode(path.read_bytes(), encoding)
        except (OSError, UnicodeDecodeError, LookupError) as exc:
            yield InputDoc(doc_id, str(path), None, None, f"{type(exc).__name__}: {exc}")
            continue
        yield InputDoc(doc_id, str(path), text, used)

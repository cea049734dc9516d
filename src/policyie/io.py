"""Reading report files: folders expanded, kinds (text, HTML, DOCX, PDF) and encodings
detected by content, failures reported not skipped."""
from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

TEXT_SUFFIXES = {".txt", ".text", ".md"}
#: The suffixes of the files a folder contributes; each file is read by its content.
INPUT_SUFFIXES = TEXT_SUFFIXES | {".html", ".htm", ".xhtml", ".pdf", ".docx"}
_CANDIDATE_ENCODINGS = ("utf-8", "gb18030")


@dataclass(frozen=True)
class InputDoc:
    """One input file: its id, path and text, or the error that kept it from being read.

    kind: "text", "html", "docx" or "pdf" (by content); page_starts: where each PDF page
    starts in `text`; meta: title, date, source when the document gives them; warnings:
    parts that could not be read (PDF pages without a text layer)."""

    doc_id: str
    path: str
    text: str | None
    encoding: str | None = None
    error: str | None = None
    kind: str | None = None
    page_starts: tuple[int, ...] | None = None
    meta: dict = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus the text, HTML, PDF and DOCX files inside named folders
    (sorted, recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES))
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


def read_bytes(doc_id: str, path: str, data: bytes, encoding: str | None = None) -> InputDoc:
    """One document from its bytes, read by content (`policyie.documents.read_document`;
    the suffix of `path` is a hint for HTML fragments); an unreadable one comes back with
    `error` set."""
    from .documents import DocumentError, read_document

    try:
        got = read_document(data, encoding, Path(path).suffix if path else None)
    except DocumentError as exc:
        return InputDoc(doc_id, path, None, None, str(exc))
    except Exception as exc:                          # a reader's own failure: a row, not a crash
        return InputDoc(doc_id, path, None, None, f"cannot read: {type(exc).__name__}: {exc}")
    return InputDoc(doc_id, path, got.text, got.encoding, None, got.kind, got.page_starts, dict(got.meta),
                    got.warnings)


def read_path(path: str | Path, encoding: str | None = None, doc_id: str | None = None) -> InputDoc:
    """One file, read by content; an unreadable one comes back with `error` set."""
    path = Path(path)
    doc_id = path.stem if doc_id is None else doc_id
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputDoc(doc_id, str(path), None, None, f"{type(exc).__name__}: {exc}")
    return read_bytes(doc_id, str(path), data, encoding)


def read_inputs(paths: Iterable[str | Path], encoding: str | None = None) -> Iterator[InputDoc]:
    """One `InputDoc` per file; unreadable files come back with `error` set, never dropped."""
    for path in expand_paths(paths):
        yield read_path(path, encoding)

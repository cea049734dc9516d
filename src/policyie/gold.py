"""The gold corpus (docs/gold.md) as spaCy Docs and DocBin files, losslessly, and back.

API (names kept stable; `policyie.annotation` builds on them):

* `read_gold(path, with_text=True)` / `write_gold(records, path)` — gold JSONL lines as dicts.
* `gold_to_doc(record, nlp, text=None)` → `Doc`: entities in `doc.ents`, every place mention
  in `doc.spans["places"]`, all other fields as plain JSON values in
  `doc.user_data["policyie_gold"]`. Tokens are split at span edges, so offsets never move.
* `doc_to_gold(doc)` → the gold dict again (equal to the input line).
* `gold_to_docbin(records, nlp=None, texts=None)` → `DocBin`; `docbin_to_gold(docbin, vocab)`.
* `check_spans(spans, text, where, labels)` — offsets, text, overlaps and labels, raising
  `GoldFormatError` that names the document; used for gold and for annotation-tool exports.
* `LABELS` — the entity labels of policyie: MONEY, PERCENT, QUANTITY, DATE, GPE, ORG.

Why tokens are split rather than spans snapped: `char_span(alignment_mode="expand")` would
move a gold boundary to the nearest token edge and silently change the annotation (a word
segmenter joins 义乌市财政局 or 600万 differently from the annotator); splitting the token keeps
the annotator's characters and spaCy's training aligns its own tokenization to them.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Callable

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from .corpus import is_corpus_line, to_gold
from .spans import split_at

LABELS = ("MONEY", "PERCENT", "QUANTITY", "DATE", "GPE", "ORG")
#: doc.user_data key holding the gold fields that are not spans
USER_DATA_KEY = "policyie_gold"
#: doc.spans key holding every place mention (these may nest inside ORG entities)
PLACES_KEY = "places"
_SPAN_KEYS = ("start", "end", "text", "label")


class GoldFormatError(ValueError):
    """A gold or annotation-tool document that cannot be used: the message names the
    document (id or task) and the offending span."""


def read_gold(path: str | Path, with_text: bool = True) -> list[dict]:
    """Gold documents as dicts. With `with_text`, each gets its `text`, read from `file`
    (resolved relative to the corpus's folder and its parents, so a checkout works). Lines in
    the development corpus format (amounts/percents/places/agencies) get policyie's gold views
    added by `policyie.corpus.to_gold`, their own fields unchanged."""
    path = Path(path)
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldFormatError(f"{path}:{n}: not a JSON line: {err}") from None
        if with_text and "text" not in doc:
            doc["text"] = _read_text(path, doc, n)
        if is_corpus_line(doc):
            doc = to_gold(doc)
        docs.append(doc)
    return docs


def _read_text(path: Path, doc: dict, n: int) -> str:
    if "file" not in doc:
        raise GoldFormatError(f"{path}:{n}: document {doc.get('id')!r} has neither 'text' nor 'file'")
    for base in (path.parent, *path.parents):
        candidate = base / doc["file"]
        if candidate.exists():
            return candidate.read_text(encoding="utf-8")
    raise FileNotFoundError(f"text of {doc.get('id')} not found: {doc['file']}")


def write_gold(records: Iterable[dict], path: str | Path) -> None:
    """Write gold dicts as JSONL (one document per line, non-ASCII kept readable)."""
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def check_spans(spans: list[dict], text: str, where: str, labels: Iterable[str] | None = LABELS,
                overlap: bool = False) -> None:
    """Raise GoldFormatError unless every span has integer offsets inside `text`, a `text`
    (if given) equal to the characters it covers, a known label (`labels=None`: any) and —
    unless `overlap` — no overlap with another span. `where` names the document."""
    allowed = None if labels is None else set(labels)
    for span in spans:
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        shown = f"{where}: span [{start}, {end}] {label}"
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            raise GoldFormatError(f"{shown}: offsets must be integers")
        if not 0 <= start < end <= len(text):
            raise GoldFormatError(f"{shown}: offsets outside the text (length {len(text)}) or empty")
        if "text" in span and span["text"] != text[start:end]:
            raise GoldFormatError(f"{shown}: says {span['text']!r} but the text there is {text[start:end]!r}")
        if not isinstance(label, str) or not label:
            raise GoldFormatError(f"{shown}: no label")
        if allowed is not None and label not in allowed:
            raise GoldFormatError(f"{shown}: unknown label {label!r} (known: {', '.join(sorted(allowed))})")
        if text[start:end] != text[start:end].strip():
            raise GoldFormatError(f"{shown} {text[start:end]!r}: starts or ends with whitespace")
    if not overlap:
        ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
        for a, b in zip(ordered, ordered[1:]):
            if b["start"] < a["end"]:
                raise GoldFormatError(f"{where}: overlapping spans [{a['start']}, {a['end']}] {a['label']} "
                                      f"{text[a['start']:a['end']]!r} and [{b['start']}, {b['end']}] "
                                      f"{b['label']} {text[b['start']:b['end']]!r}")


def split_tokens(doc: Doc, offsets: Iterable[int]) -> Doc:
    """`doc` with its tokens cut at every character offset in `offsets` that falls inside a
    token (offsets at token edges change nothing); the text is unchanged."""
    split_at(doc, offsets)
    return doc


def _tokenizer(nlp: Any) -> Callable[[str], Doc]:
    if nlp is None:
        from .segmenter import blank
        nlp = blank("char")
    return nlp.make_doc if hasattr(nlp, "make_doc") else nlp


def gold_to_doc(record: dict, nlp: Any = None, text: str | None = None,
                labels: Iterable[str] | None = LABELS) -> Doc:
    """One gold document as a Doc. `nlp` is a Language (its tokenizer is used) or a callable
    text → Doc; None uses the character tokenizer. `text` is the document text when the record
    has no `text` key (e.g. read with `read_gold(..., with_text=False)`)."""
    where = f"document {record.get('id')!r}"
    if text is None:
        text = record.get("text")
    elif "text" in record and record["text"] != text:
        raise GoldFormatError(f"{where}: the given text differs from the record's 'text'")
    if not isinstance(text, str):
        raise GoldFormatError(f"{where}: no text (give `text` or a 'text' field)")
    entities = record.get("entities") or []
    places = record.get("places") or []
    check_spans(entities, text, where, labels)
    check_spans(places, text, f"{where} (places)", labels, overlap=True)
    doc = _tokenizer(nlp)(text)
    if doc.text != text:
        raise ValueError(f"{where}: the tokenizer changed the text; use one that keeps it (spaCy tokenizers do)")
    doc = split_tokens(doc, (o for s in (*entities, *places) for o in (s["start"], s["end"])))
    doc.ents = [_span(doc, s, where) for s in entities]
    doc.spans[PLACES_KEY] = [_span(doc, s, where) for s in places]
    fields = {k: v for k, v in record.items() if k not in ("text", "entities", "places")}
    doc.user_data[USER_DATA_KEY] = {
        "keys": list(record),     # key order, and which of text/entities/places were present
        "fields": _plain(fields),
        "entities": [_plain(_extra(s)) for s in entities],
        "places": [_plain(_extra(s)) for s in places],
    }
    return doc


def _span(doc: Doc, s: dict, where: str) -> Span:
    span = doc.char_span(s["start"], s["end"], label=s["label"])
    if span is None:   # cannot happen after split_tokens unless a span edge is inside whitespace
        raise GoldFormatError(f"{where}: span [{s['start']}, {s['end']}] does not align to the text")
    return span


def _extra(span: dict) -> dict:
    """The span's fields beyond start/end/text/label (value, adcode, canonical, …), and
    whether `text` was given."""
    return {"has_text": "text" in span, **{k: v for k, v in span.items() if k not in _SPAN_KEYS}}


def doc_to_gold(doc: Doc) -> dict:
    """The gold dict of a Doc made by `gold_to_doc` (or any Doc: its entities, and places in
    `doc.spans["places"]` if present)."""
    data = doc.user_data.get(USER_DATA_KEY) or {}
    keys = data.get("keys") or ["text", "entities"]
    fields = data.get("fields") or {}
    ent_extra = data.get("entities") or [{} for _ in doc.ents]
    spans = {"entities": list(doc.ents), "places": list(doc.spans[PLACES_KEY]) if PLACES_KEY in doc.spans else []}
    extras = {"entities": ent_extra, "places": data.get("places") or [{} for _ in spans["places"]]}
    for name in ("entities", "places"):
        if len(extras[name]) != len(spans[name]):   # spans were edited after conversion
            extras[name] = [{} for _ in spans[name]]
    out = {}
    for key in keys:
        if key == "text":
            out["text"] = doc.text
        elif key in ("entities", "places"):
            out[key] = [_span_dict(s, e) for s, e in zip(spans[key], extras[key])]
        elif key in fields:
            out[key] = fields[key]
    return _plain(out)


def _plain(value: Any) -> Any:
    """JSON-shaped copy: DocBin's msgpack hands arrays back as tuples."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _span_dict(span: Span, extra: dict) -> dict:
    out: dict = {"start": span.start_char, "end": span.end_char}
    if extra.get("has_text", True):
        out["text"] = span.text
    out["label"] = span.label_
    out.update((k, v) for k, v in extra.items() if k != "has_text")
    return out


def gold_to_docbin(records: Iterable[dict], nlp: Any = None, texts: Iterable[str] | None = None,
                   labels: Iterable[str] | None = LABELS) -> DocBin:
    """Gold dicts as a DocBin (user data stored) ready for `spacy train` or `DocBin.to_disk`.
    `texts`, if given, supplies each record's text in order (for records without `text`)."""
    tokenize = _tokenizer(nlp)
    labels = None if labels is None else tuple(labels)
    docbin = DocBin(store_user_data=True)
    text_iter = iter(texts) if texts is not None else None
    for record in records:
        text = next(text_iter) if text_iter is not None else None
        docbin.add(gold_to_doc(record, tokenize, text=text, labels=labels))
    return docbin


def docbin_to_gold(docbin: DocBin | str | Path, vocab: Vocab | None = None) -> list[dict]:
    """Gold dicts of a DocBin (or a `.spacy` file)."""
    if not isinstance(docbin, DocBin):
        docbin = DocBin().from_disk(docbin)
    return [doc_to_gold(doc) for doc in docbin.get_docs(vocab or Vocab())]

"""Annotation-tool interop: pre-annotated tasks for doccano and Label Studio, and their
exports read back as gold documents (then DocBin for `spacy train`, or gold JSONL).

API (names kept stable):

* `pre_annotate(items, nlp, fmt, labels=LABELS)` → list of tasks; `items` are
  `(doc_id, text)` pairs, `fmt` "doccano" or "label-studio". `to_doccano(doc_id, doc)` and
  `to_label_studio(doc_id, doc)` make one task from a parsed Doc. `write_tasks(tasks, path,
  fmt)`: doccano → JSONL, Label Studio → one JSON list.
* `label_studio_config(labels=LABELS)` → the labelling-config XML the tasks match.
* `from_doccano(task, where)` / `from_label_studio(task, where)` → a gold dict
  `{"id", "text", "entities": [{"start", "end", "text", "label"}]}` from one exported task
  (None for a Label Studio task without a usable annotation).
* `read_annotations(path, fmt, labels=LABELS)` → validated gold dicts from a doccano JSONL
  export, a Label Studio JSON export, a gold JSONL file or a `.spacy` DocBin
  (`fmt` in `FORMATS`). Problems raise `policyie.gold.GoldFormatError` naming the task.
* `convert(src, fmt, dest, nlp=None, labels=LABELS)` → number of documents written to
  `dest`: `.spacy` (DocBin) or `.jsonl` (gold JSONL).

Gold JSONL ↔ Doc/DocBin lives in `policyie.gold` (`gold_to_doc`, `doc_to_gold`,
`gold_to_docbin`, `docbin_to_gold`, `read_gold`, `write_gold`, `check_spans`, `LABELS`).

Offsets in both tools' files are character offsets into the task text (Python `str`
indices). Label Studio counts in UTF-16 code units (JavaScript), which differ only after a
character outside the Basic Multilingual Plane; its exports carry the span text, so such
offsets are recognized and converted.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from .gold import (LABELS, GoldFormatError, check_spans, docbin_to_gold, gold_to_docbin, read_gold,
                   write_gold)

FORMATS = ("doccano", "label-studio", "gold", "spacy")
TOOLS = ("doccano", "label-studio")
#: names in the Label Studio labelling config (`label_studio_config`)
LS_FROM_NAME, LS_TO_NAME = "label", "text"
#: display colours of the labels in Label Studio
_COLOURS = {"MONEY": "#f5a623", "PERCENT": "#7ed321", "QUANTITY": "#50e3c2", "DATE": "#bd10e0",
            "GPE": "#4a90e2", "ORG": "#d0021b"}


# ---------------------------------------------------------------- pre-annotation (export to tools)

def _spans(doc: Doc, labels: Iterable[str]) -> list[tuple[int, int, str]]:
    wanted = set(labels)
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in wanted]


def to_doccano(doc_id: str, doc: Doc, labels: Iterable[str] = LABELS) -> dict:
    """A doccano sequence-labelling import line: `{"text", "label": [[start, end, tag]]}`;
    `doc_id` goes along as a metadata column so the export can be traced back."""
    return {"text": doc.text, "label": [list(s) for s in _spans(doc, labels)], "doc_id": doc_id}


def to_label_studio(doc_id: str, doc: Doc, labels: Iterable[str] = LABELS,
                    model_version: str | None = None) -> dict:
    """A Label Studio task with the pipeline's entities as a prediction (pre-annotation)."""
    if model_version is None:
        from . import __version__
        model_version = f"policyie-{__version__}"
    result = [{"id": f"p{i}", "from_name": LS_FROM_NAME, "to_name": LS_TO_NAME, "type": "labels",
               "value": {"start": s, "end": e, "text": doc.text[s:e], "labels": [label]}}
              for i, (s, e, label) in enumerate(_spans(doc, labels))]
    return {"data": {LS_TO_NAME: doc.text, "doc_id": doc_id},
            "predictions": [{"model_version": model_version, "result": result}]}


def pre_annotate(items: Iterable[tuple[str, str]], nlp: Any, fmt: str,
                 labels: Iterable[str] = LABELS) -> list[dict]:
    """Tasks for `fmt` ("doccano" or "label-studio") from `(doc_id, text)` pairs, with the
    entities `nlp` finds as pre-annotations."""
    if fmt not in TOOLS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(TOOLS)}")
    labels = tuple(labels)
    items = list(items)
    make = to_doccano if fmt == "doccano" else to_label_studio
    docs = nlp.pipe(text for _, text in items)
    return [make(doc_id, doc, labels) for (doc_id, _), doc in zip(items, docs)]


def write_tasks(tasks: list[dict], path: str | Path, fmt: str) -> None:
    """doccano imports JSONL (one task per line); Label Studio imports a JSON list."""
    with open(path, "w", encoding="utf-8") as fh:
        if fmt == "label-studio":
            fh.write("[\n" + ",\n".join(json.dumps(t, ensure_ascii=False) for t in tasks) + "\n]\n")
        else:
            for task in tasks:
                fh.write(json.dumps(task, ensure_ascii=False) + "\n")


def label_studio_config(labels: Iterable[str] = LABELS) -> str:
    """The Label Studio labelling config (XML) for policyie's tasks."""
    lines = ["<View>", f'  <Labels name="{LS_FROM_NAME}" toName="{LS_TO_NAME}">']
    lines += [f'    <Label value="{label}" background="{_COLOURS.get(label, "#9b9b9b")}"/>' for label in labels]
    lines += ["  </Labels>", f'  <Text name="{LS_TO_NAME}" value="${LS_TO_NAME}"/>', "</View>"]
    return "\n".join(lines)


# ---------------------------------------------------------------- tool exports → gold

def from_doccano(task: dict, where: str) -> dict:
    """A gold dict from one line of a doccano sequence-labelling export: `label` (older
    exports: `labels`) as `[[start, end, tag], ...]`, or `entities` as
    `[{"start_offset", "end_offset", "label"}, ...]` (projects with relation labelling). The
    text is `text` (older exports: `data`)."""
    if not isinstance(task, dict):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(task).__name__}")
    text = task.get("text", task.get("data"))
    if not isinstance(text, str):
        raise GoldFormatError(f"{where}: no 'text' string")
    spans = []
    if "entities" in task:
        for item in task["entities"] or ():
            if not isinstance(item, dict) or not {"start_offset", "end_offset", "label"} <= set(item):
                raise GoldFormatError(f"{where}: entity {item!r} lacks start_offset/end_offset/label")
            spans.append({"start": item["start_offset"], "end": item["end_offset"], "label": item["label"]})
    else:
        for item in task.get("label", task.get("labels")) or ():
            if not (isinstance(item, (list, tuple)) and len(item) == 3):
                raise GoldFormatError(f"{where}: label {item!r} is not [start, end, tag] "
                                      "(is this a sequence-labelling project?)")
            spans.append({"start": item[0], "end": item[1], "label": item[2]})
    meta = task.get("meta") if isinstance(task.get("meta"), dict) else {}
    doc_id = task.get("doc_id", meta.get("doc_id", task.get("id", where)))
    return _gold(doc_id, text, spans)


def from_label_studio(task: dict, where: str, text_key: str = LS_TO_NAME) -> dict | None:
    """A gold dict from one task of a Label Studio JSON export: the latest annotation that
    was not cancelled (by `updated_at`, then `created_at`, then `id`); None if it has none.
    Also reads the JSON-MIN export (`{"text", "label": [{"start", "end", "labels"}]}`)."""
    if not isinstance(task, dict):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(task).__name__}")
    if "data" not in task:
        return _from_label_studio_min(task, where, text_key)
    data = task["data"]
    text = data.get(text_key) if isinstance(data, dict) else None
    if not isinstance(text, str):
        keys = ", ".join(data) if isinstance(data, dict) else "none"
        raise GoldFormatError(f"{where}: data has no {text_key!r} text (keys: {keys})")
    done = [a for a in task.get("annotations") or () if isinstance(a, dict) and not a.get("was_cancelled")]
    if not done:
        return None
    latest = max(enumerate(done), key=lambda ia: (ia[1].get("updated_at") or "", ia[1].get("created_at") or "",
                                                  ia[1].get("id") or 0, ia[0]))[1]
    spans = []
    for item in latest.get("result") or ():
        if not isinstance(item, dict) or item.get("type", "labels") != "labels":
            continue    # relations, choices, text areas: not entity spans
        spans.append(_ls_span(item.get("value"), text, where))
    doc_id = data.get("doc_id", task.get("id", where))
    return _gold(doc_id, text, spans)


def _from_label_studio_min(task: dict, where: str, text_key: str) -> dict:
    text = task.get(text_key)
    if not isinstance(text, str):
        raise GoldFormatError(f"{where}: neither 'data' nor a {text_key!r} text: not a Label Studio export task")
    spans = [_ls_span(value, text, where) for value in task.get(LS_FROM_NAME) or ()]
    return _gold(task.get("doc_id", task.get("id", where)), text, spans)


def _ls_span(value: Any, text: str, where: str) -> dict:
    if not isinstance(value, dict) or "start" not in value or "end" not in value:
        raise GoldFormatError(f"{where}: result value {value!r} has no start/end")
    labels = value.get("labels") or []
    if len(labels) != 1:
        raise GoldFormatError(f"{where}: span [{value['start']}, {value['end']}] has {len(labels)} labels "
                              f"{labels!r}; expected exactly one")
    start, end = value["start"], value["end"]
    said = value.get("text")
    if said is not None and isinstance(start, int) and isinstance(end, int) and text[start:end] != said:
        start, end = _from_utf16(text, start), _from_utf16(text, end)
    span = {"start": start, "end": end, "label": labels[0]}
    if said is not None:
        span["text"] = said
    return span


def _from_utf16(text: str, offset: int) -> int:
    """The `str` index of a UTF-16 code-unit offset (as JavaScript counts), or -1."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i if units == offset else -1
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text) if units == offset else -1


def _gold(doc_id: Any, text: str, spans: list[dict]) -> dict:
    unique = {repr((s["start"], s["end"], s["label"])): s for s in spans}   # a span saved twice counts once
    ordered = sorted(unique.values(), key=lambda s: (_key(s["start"]), _key(s["end"])))
    return {"id": str(doc_id), "text": text,
            "entities": [{"start": s["start"], "end": s["end"],
                          "text": text[s["start"]:s["end"]] if _valid(s, text) else s.get("text"),
                          "label": s["label"]} for s in ordered]}


def _key(v: Any) -> tuple:
    return (0, v) if isinstance(v, int) else (1, 0)


def _valid(s: dict, text: str) -> bool:
    start, end = s["start"], s["end"]
    return (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
            and s.get("text", text[start:end]) == text[start:end])


# ---------------------------------------------------------------- files

def _read_json_tasks(path: Path) -> list[tuple[str, Any]]:
    """(where, task) pairs of a JSON list, or of JSON lines."""
    raw = path.read_text(encoding="utf-8-sig")
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            tasks = json.loads(raw)
        except json.JSONDecodeError as err:
            raise GoldFormatError(f"{path.name}: not valid JSON: {err}") from None
        if not isinstance(tasks, list):
            raise GoldFormatError(f"{path.name}: expected a JSON list of tasks")
        return [(f"{path.name} task {i}{_id(t)}", t) for i, t in enumerate(tasks, 1)]
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            task = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldFormatError(f"{path.name} line {n}: not a JSON line: {err}") from None
        out.append((f"{path.name} line {n}{_id(task)}", task))
    return out


def _id(task: Any) -> str:
    return f" (id {task['id']})" if isinstance(task, dict) and task.get("id") is not None else ""


def read_annotations(path: str | Path, fmt: str, labels: Iterable[str] | None = LABELS,
                     skipped: list[str] | None = None) -> list[dict]:
    """Validated gold dicts from an annotation file of `fmt` (see `FORMATS`). Label Studio
    tasks without an annotation are left out; their names are appended to `skipped`."""
    path = Path(path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "spacy":
        return docbin_to_gold(path)
    if fmt == "gold":
        records = read_gold(path, with_text=False)
        texts = read_gold(path)
        for record, full in zip(records, texts):
            where = f"{path.name} document {record.get('id')!r}"
            check_spans(record.get("entities") or [], full["text"], where, labels)
            check_spans(record.get("places") or [], full["text"], where + " (places)", labels, overlap=True)
        return records
    out = []
    for where, task in _read_json_tasks(path):
        record = from_doccano(task, where) if fmt == "doccano" else from_label_studio(task, where)
        if record is None:
            if skipped is not None:
                skipped.append(where)
            continue
        check_spans(record["entities"], record["text"], where, labels)
        out.append(record)
    return out


def convert(src: str | Path, fmt: str, dest: str | Path, nlp: Any = None,
            labels: Iterable[str] | None = LABELS, skipped: list[str] | None = None) -> int:
    """Convert an annotation file to `dest`: a `.spacy` DocBin (tokens from `nlp`, a Language
    or tokenizer; None: one token per character) or gold `.jsonl`. Returns the number of
    documents written. Nothing is written when any task is invalid."""
    dest = Path(dest)
    suffix = dest.suffix.lower()
    if suffix not in (".spacy", ".jsonl"):
        raise ValueError(f"output must end in .spacy (DocBin) or .jsonl (gold JSONL), not {dest.name!r}")
    records = read_annotations(src, fmt, labels, skipped)
    if suffix == ".jsonl":
        write_gold(records, dest)
        return len(records)
    texts = None
    if fmt == "gold":
        texts = [r["text"] for r in read_gold(src)]
    elif fmt == "spacy":
        from spacy.tokens import DocBin
        from spacy.vocab import Vocab
        texts = [d.text for d in DocBin().from_disk(src).get_docs(Vocab())]
    gold_to_docbin(records, nlp, texts=texts, labels=labels).to_disk(dest)
    return len(records)

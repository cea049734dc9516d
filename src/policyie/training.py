"""Training a statistical NER next to the rules: a thin wrapper over `spacy train`.

`train(TRAIN, DEV, OUT)` reads a doccano or Label Studio export, gold JSONL (docs/gold.md) or
a `.spacy` file, keeps the labels the model should learn (ORG, GPE and any label of the user's
own, such as PROGRAM), cuts documents into paragraphs (many small examples instead of a few
long ones), fills the shipped config (`data/training/ner.cfg`) with the bundled pkuseg model
and dictionary (or characters), runs spaCy's training loop, and stores in the merge component
the names the annotations tag consistently (`learn_phrases`) and the rule names they take out
(`learn_rejected`). The result is a spaCy pipeline directory (rules + `ner` + merge) that
`policyie.load(path)` loads. See docs/training.md.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, DocBin

DEFAULT_CONFIG = Path(__file__).parent / "data" / "training" / "ner.cfg"
#: What the statistical ner learns by default. The merge adds only ORG (and PERSON, if a
#: model knows it); GPE is learnt so the model tells 浙江 (a place) from 浙江交工 (a company)
#: and 义乌市 from 义乌市财政局. Quantities are left to the rules, which are exact.
MODEL_LABELS = ("ORG", "GPE")
#: Parts of a trained pipeline that `ship` keeps: the statistical component, the merge's learnt
#: names and the files spaCy needs to rebuild the pipeline. Rule components, the tokenizer (6 MB of pkuseg model
#: and dictionary) and the vocabulary come from the installed package at load time.
SHIPPED_PARTS = ("config.cfg", "meta.json", "ner", "policyie_ner_merge")


def read_docs(path: str | Path, nlp: Language | None = None, labels: Iterable[str] | None = None) -> list[Doc]:
    """Documents with gold entities from a `.spacy` file, a gold JSONL corpus (docs/gold.md, or
    the development corpus format), a doccano JSONL export or a Label Studio JSON export;
    entities whose label is not in `labels` (None: all) are dropped, their tokens become
    "outside"."""
    from .gold import gold_to_doc

    path = Path(path)
    if nlp is None:
        from .segmenter import blank
        nlp = blank("pkuseg")
    if path.suffix == ".spacy":
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = [gold_to_doc(record, nlp, labels=None) for record in read_records(path)]
    if labels is not None:
        keep = set(labels)
        for doc in docs:
            ents = [e for e in doc.ents if e.label_ in keep]
            # a name broken across lines (汕尾市第七届人民代表\n大会…) cannot be learnt once the
            # rules split off the line break: its tokens are left unknown, not "outside"
            broken = [e for e in ents if any(t.is_space for t in e)]
            unknown = [doc[t.i:t.i + 1] for t in doc if t.ent_iob == 0]      # left unannotated on purpose
            doc.set_ents([e for e in ents if e not in broken], missing=broken + unknown, default="outside")
    return docs


def read_records(path: str | Path) -> list[dict]:
    """Gold dicts from gold JSONL (or the corpus format), a doccano JSONL export or a Label
    Studio JSON export, told apart by their content; any label is accepted."""
    import json

    from .annotation import read_annotations
    from .gold import read_gold

    path = Path(path)
    if path.suffix == ".spacy":
        from .gold import docbin_to_gold
        return docbin_to_gold(path)
    head = path.read_text(encoding="utf-8").lstrip()[:1]
    if head == "[":
        return read_annotations(path, "label-studio", labels=None)
    first = next((line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()), "{}")
    line = json.loads(first)
    if "entities" not in line and "amounts" not in line and ("label" in line or "labels" in line):
        return read_annotations(path, "doccano", labels=None)
    return read_gold(path)


def data_labels(path: str | Path) -> list[str]:
    """The entity labels a training file holds, sorted."""
    if Path(path).suffix == ".spacy":
        from spacy.vocab import Vocab
        return sorted({e.label_ for d in DocBin().from_disk(path).get_docs(Vocab()) for e in d.ents})
    return sorted({e["label"] for r in read_records(path) for e in r.get("entities") or ()})


def model_labels(train_path: str | Path) -> tuple[str, ...]:
    """What the model learns when no labels are given: `MODEL_LABELS` plus every label of the
    training data that the rules do not produce (a label the user added: PROGRAM …)."""
    from .gold import LABELS
    return MODEL_LABELS + tuple(x for x in data_labels(train_path) if x not in LABELS and x not in MODEL_LABELS)


def learn_phrases(records: Iterable[dict], labels: Iterable[str], *, min_share: float = 0.5,
                  min_length: int = 2) -> dict[str, str]:
    """Names the annotations tag consistently: {text: label} for each annotated entity of
    `labels`, at least `min_length` characters, that is annotated with that one label at no
    fewer than `min_share` of its occurrences in the training texts (人民网 tagged ORG in every
    byline it stands in; not 县财政, tagged where it acts and left alone in 县财政资金). The
    merge adds them where the rules are silent (docs/training.md#merge-policy)."""
    from collections import Counter

    records = list(records)
    keep = set(labels)
    tagged: Counter = Counter()
    for r in records:
        for e in r.get("entities") or ():
            if e["label"] in keep:
                tagged[r["text"][e["start"]:e["end"]], e["label"]] += 1
    best: dict[str, tuple[int, str]] = {}
    for (name, label), n in tagged.items():
        if len(name) >= min_length and not any(c.isspace() for c in name) and n > best.get(name, (0, ""))[0]:
            best[name] = (n, label)
    out = {}
    for name, (n, label) in best.items():
        seen = sum(r["text"].count(name) for r in records)
        if n >= min_share * seen:
            out[name] = label
    return dict(sorted(out.items()))


def learn_rejected(records: Iterable[dict], rules: Language, labels: Iterable[str] = ("ORG",), *,
                   min_share: float = 0.5) -> dict[str, str]:
    """Rule entities the annotations take out: {text: label} for each text the `rules` tag with
    a label of `labels` where the annotation has no entity at all over it, at no fewer than
    `min_share` of the places the rules tag it (省级财政 tagged ORG by the rules and never by the
    annotators). A rule place inside an annotated name (浙江 in 浙江交工) is not counted: the
    learnt name covers that. Only documents that annotate the label count. GPE is not learnt
    by default: a place name tagged wrongly (焦作 in 聚焦作风, 海南 in a person's name 周海南)
    is a fault of its context, and the same name elsewhere is a place."""
    from collections import Counter

    keep = set(labels)
    tagged: Counter = Counter()
    wrong: Counter = Counter()
    for r in records:
        annotated = set(r.get("labels") or keep)
        gold = [(e["start"], e["end"]) for e in r.get("entities") or ()]
        for e in rules(r["text"]).ents:
            if e.label_ not in keep or e.label_ not in annotated:
                continue
            key = (e.text, e.label_)
            tagged[key] += 1
            if not any(s < e.end_char and e.start_char < t for s, t in gold):
                wrong[key] += 1
    return dict(sorted((text, label) for (text, label), n in wrong.items() if n >= min_share * tagged[text, label]))


def split_docs(docs: Iterable[Doc], max_chars: int = 400) -> list[Doc]:
    """Cut documents after line breaks into pieces of about `max_chars` characters (never
    inside an entity), so training sees many short examples."""
    out = []
    for doc in docs:
        inside = bytearray(len(doc) + 1)
        for e in doc.ents:
            inside[e.start + 1:e.end] = b"\x01" * (e.end - e.start - 1)
        start = 0
        for i, token in enumerate(doc):
            end = i + 1
            if "\n" in token.text and not inside[end] and doc[start:end].end_char - doc[start].idx >= max_chars:
                out.append(doc[start:end].as_doc())
                start = end
        if start < len(doc):
            out.append(doc[start:].as_doc())
    return [d for d in out if d.text.strip()]


def name_stems() -> list[str]:
    """Short names of townships (花山, 永昌, 东华门: the full name without 镇/乡/街道 …), the kind of
    word schools, companies and cooperatives are named after."""
    import regex

    from .gazetteer import default_gazetteer

    stems = set()
    for units in default_gazetteer().townships_by_county.values():
        for unit in units:
            stem = regex.sub(r"(?:街道|街道办事处|镇|乡|民族乡|苏木|民族苏木|地区办事处|办事处|开发区|农场|林场|管委会)$", "", unit.name)
            if 2 <= len(stem) <= 3 and regex.fullmatch(r"\p{Han}+", stem):
                stems.add(stem)
    return sorted(stems)


def synthetic_names(docs: Sequence[Doc], nlp: Language, *, copies: int = 1, seed: int = 0,
                    suffixes: Sequence[str] | None = None, stems: Sequence[str] | None = None) -> list[Doc]:
    """Copies of the pieces that hold an ORG, each ORG replaced by a made-up name: a township's
    short name (`name_stems`) and an organization suffix of the agency lexicon (小学, 集团, 协会,
    合作社 …). The model then learns the contexts and suffixes of organizations rather than the
    few names of the training reports."""
    import random

    from .agencies import AgencyLexicon
    from .gold import gold_to_doc

    rng = random.Random(seed)
    suffixes = list(suffixes or AgencyLexicon().org_suffixes)
    stems = list(stems or name_stems())
    out = []
    for doc in docs:
        if not any(e.label_ == "ORG" for e in doc.ents):
            continue
        for _ in range(copies):
            text, ents, shift, last = [], [], 0, 0
            for e in doc.ents:
                name = rng.choice(stems) + rng.choice(suffixes) if e.label_ == "ORG" else e.text
                text.append(doc.text[last:e.start_char])
                start = e.start_char + shift
                ents.append({"start": start, "end": start + len(name), "label": e.label_})
                text.append(name)
                shift += len(name) - len(e.text)
                last = e.end_char
            text.append(doc.text[last:])
            out.append(gold_to_doc({"text": "".join(text), "entities": ents}, nlp, labels=None))
    return out


def train(train_path: str | Path, dev_path: str | Path, output: str | Path, *, config: str | Path | None = None,
          max_steps: int | None = None, labels: Sequence[str] | None = None, max_chars: int = 400,
          overrides: dict | None = None, keep_tokenizer: bool = False, synthetic: int = 0, seed: int = 0,
          segmenter: str = "pkuseg") -> Path:
    """Train with spaCy's loop; returns the path of the final pipeline (`OUT/model-last`).

    train_path, dev_path: an annotation export, gold JSONL or `.spacy` (`read_records`).
    `labels` None: `model_labels(train_path)`. The training documents keep only `labels`
    and are cut into pieces; the dev documents keep every label, so dev scores are those
    of the whole pipeline (rules + model). `overrides` are spaCy config overrides
    ({"training.dropout": 0.1}). `synthetic`: copies of each piece with an ORG under made-up
    organization names (`synthetic_names`) added to the training data; `seed` seeds them and
    spaCy. Unless `keep_tokenizer`, the saved pipelines leave out the tokenizer (the bundled
    pkuseg model, 6 MB each time); `policyie.load` puts it back. `segmenter`: "pkuseg" or
    "char", the words the ner sees.
    """
    from spacy.cli.train import train as spacy_train

    from .segmenter import blank, bundled_model_dir, write_user_dict

    output = Path(output)
    if labels is None:
        labels = model_labels(train_path)
    nlp = blank(segmenter)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        train_docs = split_docs(read_docs(train_path, nlp, labels), max_chars)
        if synthetic:
            train_docs += synthetic_names(train_docs, nlp, copies=synthetic, seed=seed)
        dev_docs = read_docs(dev_path, nlp)
        DocBin(docs=train_docs).to_disk(tmp / "train.spacy")
        DocBin(docs=dev_docs).to_disk(tmp / "dev.spacy")
        settings = {"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy"),
                    "paths.pkuseg_model": str(bundled_model_dir()),
                    "paths.pkuseg_user_dict": str(write_user_dict(tmp / "userdict.txt"))}
        if segmenter != "pkuseg":
            settings["nlp.tokenizer.segmenter"] = segmenter
            settings["paths.pkuseg_model"] = None
            settings["paths.pkuseg_user_dict"] = None
        if max_steps is not None:
            settings["training.max_steps"] = max_steps
        if seed:
            settings["system.seed"] = seed
        settings.update(overrides or {})
        spacy_train(Path(config or DEFAULT_CONFIG), output, overrides=settings)
    records = read_records(train_path)
    phrases = learn_phrases(records, labels)
    from .pipeline import load
    rejected = learn_rejected(records, load(segmenter=segmenter), [x for x in labels if x == "ORG"])
    for name in ("model-best", "model-last"):
        _clean_saved(output / name, keep_tokenizer)
        write_phrases(output / name, phrases, rejected)
    return output / "model-last"


def write_phrases(pipeline: Path, phrases: dict[str, str], rejected: dict[str, str] | None = None) -> None:
    """Store learnt names (and rejected rule names) in a saved pipeline's merge component
    (`NerMerge.from_disk` reads them)."""
    import srsly

    from .components.ner_merge import PHRASES_FILE, REJECTED_FILE

    if not (pipeline / "config.cfg").exists():
        return
    folder = pipeline / "policyie_ner_merge"
    folder.mkdir(exist_ok=True)
    srsly.write_json(folder / PHRASES_FILE, phrases)
    srsly.write_json(folder / REJECTED_FILE, rejected or {})


def _clean_saved(pipeline: Path, keep_tokenizer: bool) -> None:
    """Reset the temporary corpus and dictionary paths written into the saved config, and
    drop the tokenizer unless asked to keep it."""
    from spacy.util import load_config

    if not (pipeline / "config.cfg").exists():
        return
    config = load_config(pipeline / "config.cfg", interpolate=False)
    for key in ("train", "dev", "pkuseg_model", "pkuseg_user_dict"):
        config["paths"][key] = None
    config.to_disk(pipeline / "config.cfg")
    if not keep_tokenizer:
        shutil.rmtree(pipeline / "tokenizer", ignore_errors=True)


def ship(pipeline: str | Path, target: str | Path, meta: dict | None = None) -> Path:
    """Copy the statistical part of a trained pipeline to `target` (see SHIPPED_PARTS);
    `policyie.load(target)` rebuilds the rest from the installed package. `meta` updates
    meta.json (scores, data, command)."""
    import srsly

    pipeline, target = Path(pipeline), Path(target)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for part in SHIPPED_PARTS:
        source = pipeline / part
        if not source.exists() and part == "policyie_ner_merge":
            continue                                   # a pipeline trained before names were learnt
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    if meta:
        data = srsly.read_json(target / "meta.json")
        data.update(meta)
        srsly.write_json(target / "meta.json", data)
    return target


def size_bytes(path: str | Path) -> int:
    """Total size of the files under `path`."""
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())

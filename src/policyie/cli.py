"""The `policyie` command line: extract records, render a report, inspect the pipeline."""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="policyie finds exact amounts, places, agencies and funding records in Chinese "
                       "fiscal reports. Run `policyie COMMAND --help` for the options of a command.")


def width(text: str) -> int:
    """Columns `text` takes in a terminal: wide and full-width characters (Chinese) take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, columns: int, align: str = "<") -> str:
    """`text` padded with spaces to `columns` terminal columns (align "<" or ">")."""
    fill = " " * max(0, columns - width(text))
    return text + fill if align == "<" else fill + text


def _load(segmenter: str):
    import policyie
    return policyie.load(segmenter=segmenter)


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Report files, or folders whose .txt, .md, .html, .pdf and .docx files are read (each by its content)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="The file to write; its suffix chooses the format: .jsonl, .csv or .parquet. Without it, JSON lines go to standard output."),
    encoding: Optional[str] = typer.Option(None, help="The encoding of every input. Without it, each file's is detected: a byte-order mark, else UTF-8, else GB18030."),
    n_process: int = typer.Option(1, "--n-process", help="The number of worker processes."),
    segmenter: str = typer.Option("char", help="The segmenter: char (one token per character, the fastest) or pkuseg (words). Records are the same."),
    quiet: bool = typer.Option(False, "--quiet", help="Print neither the progress bar nor the summary."),
    keep_text: Optional[Path] = typer.Option(None, "--keep-text", help="A folder to write the text read from each document to, as DOC_ID.txt (UTF-8): the text the records' offsets point into (for a PDF, its pages joined by a newline)."),
) -> None:
    """Extract one funding record per money amount, with its kind, purpose, agency, place and year.

    Text, HTML, PDF and DOCX files are read by their content (PDF, HTML and DOCX need
    `pip install 'policyie[documents]'`); records of a PDF carry their `page`. A file that
    cannot be read (a scanned PDF without a text layer, a corrupt file) becomes an error
    row that says why and makes the exit code 1. The summary
    on standard error gives the records and CNY totals by kind and the top places."""
    from .io import read_inputs
    from .records import Document, error_row, iter_records

    if output is not None:
        _output_format(output)              # before the work: a wrong name fails at once
    inputs = list(read_inputs(paths, encoding))
    if not inputs:
        typer.echo("no input files found", err=True)
        raise typer.Exit(code=2)
    from .pipeline import rows_pipeline
    nlp = rows_pipeline(segmenter=segmenter)         # no token-level annotation: rows only
    failed = [i for i in inputs if i.error]
    rows = [error_row(i.doc_id, i.error) for i in failed]
    rows += [error_row(i.doc_id, w) for i in inputs if not i.error for w in i.warnings]
    good = [Document(i.doc_id, i.text, i.page_starts, i.meta) for i in inputs if not i.error]
    if keep_text is not None:
        keep_text.mkdir(parents=True, exist_ok=True)
        for item in good:
            (keep_text / f"{item.id}.txt").write_text(item.text, encoding="utf-8")
    progress = None
    if not quiet:
        from tqdm import tqdm
        progress = tqdm(total=len(good), unit="doc", file=sys.stderr, desc="extract")
    seen: set = set()
    for row in iter_records(good, nlp=nlp, n_process=n_process):
        rows.append(row)
        if progress is not None and row["doc_id"] not in seen:
            seen.add(row["doc_id"])
            progress.update(1)
    if progress is not None:
        progress.update(len(good) - progress.n)
        progress.close()
    _write(rows, output)
    if not quiet:
        _summary(inputs, rows)
    if failed or any(r["error"] for r in rows):
        raise typer.Exit(code=1)


def _output_format(output: Path) -> str:
    """The format an output file's suffix names (.jsonl, .json, .csv, .parquet), or a usage error."""
    suffix = output.suffix.lower()
    if suffix not in (".jsonl", ".json", ".csv", ".parquet"):
        raise typer.BadParameter(f"unsupported output format {suffix!r}: use .jsonl, .csv or .parquet",
                                 param_hint="'-o' / '--output'")
    return suffix


def _write(rows: list[dict], output: Optional[Path]) -> None:
    """Write atomically: a temporary file in the target folder, renamed when complete."""
    from .records import FIELDS

    if output is None:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    suffix = _output_format(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(fd)
    try:
        if suffix in (".jsonl", ".json"):
            with open(tmp, "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif suffix == ".csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=list(FIELDS))
                writer.writeheader()
                writer.writerows(rows)
        else:
            from .records import to_dataframe
            frame = to_dataframe(rows)
            for col in ("value", "low", "high"):
                frame[col] = frame[col].map(lambda v: None if v is None else str(v))
            frame.to_parquet(tmp, index=False)
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _summary(inputs, rows) -> None:
    """Counts and CNY totals by kind and by place. A breakdown part (`parts_of`) is already in
    its total and a standard (每人每月300元) is a rate, not money spent, so neither is added
    up; places are ranked by spending and investment only."""
    records = [r for r in rows if not r["error"]]
    by_kind: dict[str, Decimal] = defaultdict(Decimal)
    by_place: dict[str, Decimal] = defaultdict(Decimal)
    count_kind: Counter = Counter()
    for r in records:
        count_kind[r["kind"]] += 1
        if r["unit"] != "CNY" or r["value"] is None or r["noise"] or r["parts_of"] is not None \
                or r["kind"] == "standard":
            continue
        by_kind[r["kind"]] += Decimal(r["value"])
        if r["kind"] in ("spending", "investment"):
            by_place[r["place"] or "(none)"] += Decimal(r["value"])
    errors = sum(1 for r in rows if r["error"])
    typer.echo(f"\n{len(inputs)} documents, {len(records)} records, {errors} errors", err=True)
    typer.echo(f"{'kind':<14}{'records':>8}{'CNY total':>22}", err=True)
    for kind, n in count_kind.most_common():
        total = "(rates)" if kind == "standard" else format(by_kind[kind], ",")
        typer.echo(f"{pad(str(kind), 14)}{n:>8}{total:>22}", err=True)
    top = sorted(by_place.items(), key=lambda kv: -kv[1])[:10]
    if top:
        typer.echo(f"\n{'place (top 10, spending + investment)':<40}{'CNY total':>22}", err=True)
        for place, total in top:
            # place names are Chinese: padded by display width, so the totals line up
            typer.echo(f"{pad(place, 40)}{format(total, ','):>22}", err=True)
    typer.echo("(totals leave out breakdown parts, already in their totals, and rates)", err=True)


@app.command()
def quantities(
    paths: List[Path] = typer.Argument(..., help="Report files, or folders whose .txt, .md, .html, .pdf and .docx files are read (each by its content)."),
    encoding: Optional[str] = typer.Option(None, help="The encoding of every input. Without it, each file's is detected."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per quantity instead of a table."),
) -> None:
    """Print every amount, percentage, measure and date found, with its exact value."""
    from .io import read_inputs

    nlp = _load("char")
    failed = 0
    for item in read_inputs(paths, encoding):
        if item.error:
            failed += 1
            typer.echo(f"{item.path}: cannot read: {item.error}", err=True)
            continue
        doc = nlp(item.text)
        if not as_json:
            typer.echo(f"== {item.path} ({len(doc._.quantities)} quantities)")
        for q in doc._.quantities:
            if as_json:
                typer.echo(json.dumps({"doc_id": item.doc_id, **q}, ensure_ascii=False))
                continue
            extra = " ".join(x for x in (q["qualifier"] if q["qualifier"] != "exact" else "",
                                         f"per {q['per']}" if q["per"] else "") if x)
            typer.echo(f"{q['start']:>6} {q['label']:<8} {pad(q['text'], 16)} {_show(q)} {q['unit'] or ''} {extra}".rstrip())
    if failed:
        raise typer.Exit(code=1)


def _show(q: dict) -> str:
    """1766000 -> 1,766,000 (years stay 2023); a range as low–high."""
    def fmt(v: Optional[str]) -> str:
        if v is None:
            return ""
        return v if q["label"] == "DATE" else format(Decimal(v), ",")

    if q["value"] is not None:
        return fmt(q["value"])
    if q["low"] is None and q["high"] is None:
        return "-"
    return f"{fmt(q['low'])}–{fmt(q['high'])}"


@app.command()
def render(
    path: Path = typer.Argument(..., help="One report file."),
    output: Path = typer.Option(Path("page.html"), "-o", "--output", help="The HTML file to write."),
    encoding: Optional[str] = typer.Option(None, help="The encoding of the input. Without it, it is detected."),
) -> None:
    """Draw a report's entities and each amount's links to its purpose, agency, place and year as an HTML page (displaCy)."""
    from .io import read_inputs
    from .render import render_html

    [item] = list(read_inputs([path], encoding))
    if item.error:
        typer.echo(f"{path}: cannot read: {item.error}", err=True)
        raise typer.Exit(code=1)
    page = render_html(_load("pkuseg")(item.text), title=path.name)
    output.write_text(page, encoding="utf-8")
    typer.echo(f"wrote {output}", err=True)


@app.command()
def evaluate(
    gold: List[Path] = typer.Argument(..., help="Gold files or folders: the seeds' gold JSONL (docs/gold.md) or the development corpus (a folder with split.tsv)."),
    split: Optional[str] = typer.Option(None, "--split", help="Score only this split of the corpus: dev or test."),
    model: Optional[Path] = typer.Option(None, "--model", help="A saved pipeline to score. Without it, the pipeline of policyie.load() is scored."),
    segmenter: str = typer.Option("pkuseg", help="The word segmenter when no --model is given: pkuseg or char."),
    output: Optional[Path] = typer.Option(None, "--json", help="Also write the scores of every group as JSON to this file."),
) -> None:
    """Score the pipeline on gold: entities, values, codes and every record field, per split and per genre.

    The seed reports count as the genre "seeds" of the dev split."""
    import policyie
    from .corpus import read_corpus
    from .evaluate import evaluate_groups, format_groups

    docs = [d for path in gold for d in read_corpus(path)]
    if split is not None:
        if split not in ("dev", "test"):
            raise typer.BadParameter(f"{split!r}: choose dev or test", param_hint="--split")
        docs = [d for d in docs if (d.get("split") or "dev") == split]
    if not docs:
        typer.echo("no gold documents", err=True)
        raise typer.Exit(code=2)
    nlp = policyie.load(model) if model else policyie.load(segmenter=segmenter)
    groups = evaluate_groups(nlp, docs)
    typer.echo(format_groups(groups))
    if output:
        output.write_text(json.dumps({k: v.to_dict() for k, v in groups.items()}, ensure_ascii=False, indent=2),
                          encoding="utf-8")


@app.command()
def annotate(
    paths: List[Path] = typer.Argument(..., help="Report files, or folders whose .txt, .md, .html, .pdf and .docx files are read (each by its content)."),
    fmt: str = typer.Option(..., "--format", help="The annotation tool: doccano (JSON lines) or label-studio (a JSON list)."),
    output: Path = typer.Option(..., "-o", "--output", help="The tasks file to write: .jsonl for doccano, .json for Label Studio."),
    model: Optional[Path] = typer.Option(None, "--model", help="A saved pipeline to annotate with. Without it, the pipeline of policyie.load() is used."),
    encoding: Optional[str] = typer.Option(None, help="The encoding of every input. Without it, each file's is detected."),
    segmenter: str = typer.Option("pkuseg", help="The word segmenter when no --model is given: pkuseg or char."),
) -> None:
    """Pre-annotate reports with the pipeline's entities, as tasks for doccano or Label Studio (see docs/annotation.md)."""
    import policyie
    from .annotation import TOOLS, pre_annotate, write_tasks
    from .io import read_inputs

    if fmt not in TOOLS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(TOOLS)}", param_hint="--format")
    want = ".json" if fmt == "label-studio" else ".jsonl"
    if output.suffix.lower() != want:
        raise typer.BadParameter(f"{fmt} imports {'a JSON list of tasks' if want == '.json' else 'JSON lines'}: "
                                 f"name the output *{want}", param_hint="--output")
    inputs = list(read_inputs(paths, encoding))
    for item in inputs:
        if item.error:
            typer.echo(f"{item.path}: cannot read: {item.error}", err=True)
    good = [(i.doc_id, i.text) for i in inputs if not i.error]
    if not good:
        typer.echo("no readable input files", err=True)
        raise typer.Exit(code=2)
    nlp = policyie.load(model) if model else policyie.load(segmenter=segmenter)
    tasks = pre_annotate(good, nlp, fmt)
    write_tasks(tasks, output, fmt)
    typer.echo(f"wrote {len(tasks)} tasks to {output}", err=True)
    if len(good) < len(inputs):
        raise typer.Exit(code=1)


@app.command()
def convert(
    source: Path = typer.Argument(..., help="An annotation export, a gold JSONL file or a .spacy file."),
    fmt: str = typer.Option(..., "--from", help="The format of the source: doccano, label-studio, gold or spacy."),
    output: Path = typer.Option(..., "-o", "--output", help="The file to write: OUT.spacy (a DocBin for spacy train) or OUT.jsonl (gold JSONL)."),
    segmenter: str = typer.Option("pkuseg", help="The tokens of the .spacy Docs: pkuseg (words) or char (characters)."),
    labels: Optional[str] = typer.Option(None, "--labels", help="The allowed labels, separated by commas. Without it, policyie's six labels are allowed."),
) -> None:
    """Convert annotations (doccano or Label Studio exports, gold JSONL) to a spaCy DocBin or gold JSONL, checking offsets, overlaps and labels first."""
    from .annotation import FORMATS, convert as run
    from .gold import LABELS, GoldFormatError

    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: choose one of {', '.join(FORMATS)}", param_hint="--from")
    if output.suffix.lower() not in (".spacy", ".jsonl"):
        raise typer.BadParameter("name the output *.spacy or *.jsonl", param_hint="--output")
    allowed = tuple(x.strip() for x in labels.split(",") if x.strip()) if labels else LABELS
    nlp = None
    if output.suffix.lower() == ".spacy":
        from .segmenter import blank
        nlp = blank(segmenter)
    skipped: list[str] = []
    try:
        n = run(source, fmt, output, nlp=nlp, labels=allowed, skipped=skipped)
    except (GoldFormatError, FileNotFoundError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=1)
    for where in skipped:
        typer.echo(f"skipped {where}: no annotation that was not cancelled", err=True)
    typer.echo(f"wrote {n} documents to {output}", err=True)


@app.command()
def train(
    train_path: Path = typer.Argument(..., metavar="TRAIN", exists=True, dir_okay=False,
                                      help="The training data: a doccano JSONL or Label Studio JSON export, gold JSONL or a .spacy file (see policyie convert)."),
    dev_path: Path = typer.Argument(..., metavar="DEV", exists=True, dir_okay=False,
                                    help="The dev data scored during training, in the same formats."),
    output: Path = typer.Option(..., "-o", "--output", help="The output folder; it gets model-best and model-last."),
    config: Optional[Path] = typer.Option(None, "--config", help="A spaCy training config. Without it, policyie's ner.cfg is used."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", help="The number of training steps. Without it, the config's is used."),
    labels: Optional[str] = typer.Option(None, "--labels", help="The labels the model learns, separated by commas. Without it, ORG, GPE and every label of TRAIN the rules do not produce (PROGRAM …)."),
    segmenter: str = typer.Option("pkuseg", "--segmenter", help="The words the model sees: pkuseg or char."),
    keep_tokenizer: bool = typer.Option(False, "--keep-tokenizer", help="Save the pkuseg tokenizer in the pipeline too (6 MB; policyie.load and spacy.load add the bundled one when it is left out)."),
    synthetic: int = typer.Option(0, "--synthetic", help="Add this many copies of each piece with an ORG, under made-up organization names."),
) -> None:
    """Train a statistical ner next to the rules, with spacy train (see docs/training.md); load the result with policyie.load(OUTPUT/model-last)."""
    from .training import train as run

    wanted = tuple(x.strip() for x in labels.split(",") if x.strip()) if labels else None
    model = run(train_path, dev_path, output, config=config, max_steps=max_steps, labels=wanted,
                keep_tokenizer=keep_tokenizer, synthetic=synthetic, segmenter=segmenter)
    typer.echo(f"trained pipeline: {model} (load with policyie.load)", err=True)


@app.command()
def info() -> None:
    """Print the version, the pipeline's components and the bundled data."""
    import policyie
    from .segmenter import bundled_model_dir

    nlp = policyie.load()
    typer.echo(f"policyie {policyie.__version__}")
    typer.echo(f"pipeline: {', '.join(nlp.pipe_names)}")
    typer.echo(f"segmenter: pkuseg, model {bundled_model_dir()}")
    from .gazetteer import default_gazetteer
    gaz = default_gazetteer()
    typer.echo(f"gazetteer: {len(gaz.units)} county-level-and-above units, "
               f"{sum(map(len, gaz.townships_by_county.values()))} townships")


def _unwrap(doc: str) -> str:
    """A docstring as help text: paragraphs kept, the lines of each joined into one, so the
    terminal wraps sentences at its own width instead of at the source's line breaks."""
    import inspect

    paragraphs = inspect.cleandoc(doc).split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


for _command in app.registered_commands:
    if _command.help is None and _command.callback is not None and _command.callback.__doc__:
        _command.help = _unwrap(_command.callback.__doc__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

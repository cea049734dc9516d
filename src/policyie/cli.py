"""The `policyie` command line."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="policyie: exact amounts, places and agencies from Chinese fiscal reports.")


@app.command()
def quantities(
    paths: List[Path] = typer.Argument(..., help="Report files or folders of .txt files."),
    encoding: Optional[str] = typer.Option(None, help="Input encoding (default: detect UTF-8/GB18030/BOM)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per quantity instead of a table."),
) -> None:
    """Print every amount, percentage, measure and date found, with its normalized value."""
    import policyie
    from policyie.io import read_inputs

    nlp = policyie.load()
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
            amount = _show(q)
            extra = " ".join(x for x in (q["qualifier"] if q["qualifier"] != "exact" else "",
                                         f"per {q['per']}" if q["per"] else "") if x)
            typer.echo(f"{q['start']:>6} {q['label']:<8} {q['text']:<16} {amount} {q['unit'] or ''} {extra}".rstrip())
    if failed:
        raise typer.Exit(code=1)


def _show(q: dict) -> str:
    """1766000 -> 1,766,000 (years stay 2023); a range as low–high."""
    from decimal import Decimal

    def fmt(v: str | None) -> str:
        if v is None:
            return ""
        return v if q["label"] == "DATE" else format(Decimal(v), ",")

    if q["value"] is not None:
        return fmt(q["value"])
    if q["low"] is None and q["high"] is None:
        return "-"
    return f"{fmt(q['low'])}–{fmt(q['high'])}"


@app.command()
def info() -> None:
    """Version, pipeline components and bundled data."""
    import policyie

    nlp = policyie.load()
    typer.echo(f"policyie {policyie.__version__}")
    typer.echo(f"pipeline: {', '.join(nlp.pipe_names)}")
    typer.echo(f"tokenizer: {nlp.tokenizer.segmenter if hasattr(nlp.tokenizer, 'segmenter') else 'default'}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()

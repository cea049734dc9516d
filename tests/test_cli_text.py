"""What the command line prints reads well: help texts are sentences, the summary's columns
line up on a terminal, where a Chinese character takes two columns (issue 13)."""
import click
import pytest
import typer
from typer.testing import CliRunner

from policyie.cli import app, pad, width

COMMANDS = [c.callback.__name__ if c.name is None else c.name for c in app.registered_commands]


def _params(name):
    command = typer.main.get_command(app).commands[name]
    return [p for p in command.params if p.name != "help"]


@pytest.mark.parametrize("name", COMMANDS)
def test_help_texts_are_sentences(name):
    [info] = [c for c in app.registered_commands if (c.name or c.callback.__name__) == name]
    for paragraph in info.help.split("\n\n"):
        assert "\n" not in paragraph, "a paragraph is one line: the terminal wraps it"
        assert paragraph[0].isupper() and paragraph.endswith((".", ")")), paragraph
    for param in _params(name):
        help_text = param.help if isinstance(param, click.Option) else getattr(param, "help", None)
        assert help_text, f"{name} {param.name} has no help"
        assert help_text[0].isupper() and help_text.endswith("."), f"{name} {param.name}: {help_text!r}"


def test_help_is_wrapped_by_the_terminal_not_by_the_source():
    result = CliRunner().invoke(app, ["evaluate", "--help"], terminal_width=200, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "every record field, per split and per genre." in result.output


def test_display_width():
    assert width("象州县") == 6 and width("abc") == 3 and width("东阳经济开发区") == 14
    assert width(pad("会昌县", 10)) == 10 and width(pad("(none)", 10, ">")) == 10


def test_summary_columns_line_up_in_display_width(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("2023年，象州县财政局安排资金100万元用于修路。东阳经济开发区投入建设资金200万元，用于建设厂房。"
                      "会昌县财政局发放生活补助30万元。", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(report), "-o", str(tmp_path / "out.jsonl"),
                                      "--segmenter", "char"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("place (top 10"))
    table = [lines[start]] + [line for line in lines[start + 1:] if line and not line.startswith("(totals")]
    assert len(table) >= 3
    assert {width(line) for line in table} == {62}
    kinds = lines[next(i for i, line in enumerate(lines) if line.startswith("kind")):start]
    assert len({width(line) for line in kinds if line.strip()}) == 1

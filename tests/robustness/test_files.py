"""Files: encodings, unreadable inputs as error rows, atomic output."""
import json
import subprocess
import sys

import pytest

from policyie.cli import _write
from policyie.io import decode, read_inputs

TEXT = "义乌市财政局每年安排600万元，用于向保险机构购买劳动者工资保障险。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected(encoding):
    text, used = decode(TEXT.encode(encoding))
    assert text == TEXT


def test_binary_and_undecodable_files_are_errors_not_skips(tmp_path):
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"%PDF-1.7\x00\x01\x02binary")
    (tmp_path / "bad.txt").write_bytes(b"\x81\x30")              # truncated GB18030 sequence
    items = {i.doc_id: i for i in read_inputs([tmp_path])}
    assert set(items) == {"ok", "binary", "bad"}
    assert items["ok"].text == TEXT and items["ok"].error is None
    assert items["binary"].error and items["bad"].error


def test_cli_error_rows_and_exit_code(tmp_path):
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "policyie", "extract", str(tmp_path), "-o", str(out),
                           "--segmenter", "char", "--quiet"], capture_output=True, text=True)
    assert done.returncode == 1
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in rows} == {"ok", "binary"}
    assert [r["error"] is not None for r in rows if r["doc_id"] == "binary"] == [True]


def test_interrupted_write_leaves_no_file(tmp_path):
    target = tmp_path / "out.jsonl"

    class Boom:
        def __repr__(self):
            raise RuntimeError("interrupted")

    rows = [{"doc_id": "a", "text": "600万元"}, {"doc_id": "b", "text": Boom()}]
    with pytest.raises(TypeError):
        _write(rows, target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []                 # no temporary file left behind either

"""Issue 14: fresh snippets of each genre (funding notices and their allocation tables,
budget reports, audit reports, village publicity lists, news) with hand-checked amounts and
shares, in tests/data/quantity_snippets.txt. `python tests/test_quantity_snippets.py` prints
the table category → cases → right."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from policyie import find_quantities

DATA = Path(__file__).parent / "data" / "quantity_snippets.txt"
#: a second set written the same way (issue 14, money amounts on unseen text)
MORE = Path(__file__).parent / "data" / "quantity_snippets_more.txt"
#: a third set on the rates of amounts (每X, 人均, 单X: the `per` field)
RATES = Path(__file__).parent / "data" / "quantity_snippets_rates.txt"
KEYS = ("low", "high", "unit", "qualifier", "per", "row")


def _expected(line: str) -> dict:
    fields = [f.strip() for f in line[2:].split(" | ")]
    text, kind, value = fields[:3]
    text = text.replace("\\n", "\n")
    kind = "measure" if kind == "ratio" else kind          # a share written as a fraction
    want = {"text": text, "kind": kind, "value": None if value == "None" else value,
            "low": None, "high": None, "unit": {"money": "CNY", "measure": "ratio"}.get(kind, "%"),
            "qualifier": "exact", "per": None}
    for f in fields[3:]:
        key, _, val = f.partition("=")
        assert key in KEYS, f"unknown key {key!r} in {line!r}"
        want[key] = val
    return want


def read_cases(path: Path = DATA) -> list[tuple[str, str, list[dict]]]:
    """(category, text, expected amounts) for every case of the file."""
    cases, category, lines, want = [], None, [], None

    def close():
        nonlocal lines, want
        if lines:
            assert want is not None, f"case without expectations: {lines!r}"
            cases.append((category, "\n".join(lines).replace("\\t", "\t"), want))
        lines, want = [], None

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("## "):
            close()
            category = raw[3:].strip()
        elif raw.startswith("#") and not lines:
            continue
        elif not raw.strip():
            close()
        elif raw.startswith("=> "):
            want = want if want is not None else []
            if raw.strip() != "=> none":
                want.append(_expected(raw))
        else:
            assert want is None, f"text after expectations: {raw!r}"
            lines.append(raw)
    close()
    return cases


CASES = read_cases() + read_cases(MORE) + read_cases(RATES)


def _got(text: str, want: list[dict]) -> list[dict]:
    rows = any("row" in w for w in want)
    out = []
    for m in find_quantities(text):
        q = m.quantity
        if q.kind not in ("money", "percent") and q.unit != "ratio":
            continue
        s = lambda v: None if v is None else str(v)
        got = {"text": q.text, "kind": q.kind, "value": s(q.value), "low": s(q.low), "high": s(q.high),
               "unit": q.unit, "qualifier": q.qualifier, "per": q.per}
        if rows:
            got["row"] = text[m.row[0]:m.row[1]] if m.row else None
        out.append(got)
    return out


def _right(text: str, want: list[dict]) -> bool:
    got = _got(text, want)
    if len(got) != len(want):
        return False
    for g, w in zip(got, want):
        if any(g.get(k) != w.get(k) for k in w):
            return False
    return True


@pytest.mark.parametrize("category, text, want", CASES,
                         ids=[f"{c[:16]}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_snippet(category, text, want):
    got = _got(text, want)
    assert [{k: g.get(k) for k in w} for g, w in zip(got, want)] == want and len(got) == len(want), got


def test_values_are_ordered_and_read_back():
    """Every amount and share of the snippets: low ≤ value ≤ high, and its canonical writing
    parses back to the same value, bounds, unit and rate."""
    from policyie.quantity import canonical_text, parse_quantity
    for _, text, _ in CASES:
        for m in find_quantities(text):
            q = m.quantity
            if q.kind not in ("money", "percent"):
                continue
            for v in (q.value, q.low, q.high):
                assert v is None or isinstance(v, Decimal)
            if q.low is not None:
                assert q.low <= (q.value if q.value is not None else q.high), text
            if q.high is not None and q.value is not None:
                assert q.value <= q.high, text
            back = parse_quantity(canonical_text(q))
            assert (back.value, back.low, back.high, back.unit, back.per) == (q.value, q.low, q.high, q.unit, q.per), q


def table() -> str:
    rows = ["| category | cases tested | right |", "|---|---|---|"]
    seen: dict[str, list[bool]] = {}
    for cat, text, want in CASES:
        seen.setdefault(cat, []).append(_right(text, want))
    for cat, oks in seen.items():
        rows.append(f"| {cat} | {len(oks)} | {sum(oks)} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())


# -- tables built at random: never raises, offsets and bounds hold --------------------------

from hypothesis import given, settings, strategies as st

_UNITS = ["单位：万元", "单位（万元）", "金额单位：亿元", "单位：元", "单位 万元", "（单位：万元）", "附表（万元）", "",
          "单位：万元、亩", "单位：万元、%", "分配表 单位：万元 序号 县区 金额", "（单位：元）："]
_HEADS = ["序号", "县区", "金额", "资金（万元）", "户数", "面积（亩）", "增长%", "2023年", "预算数", "备注",
          "补贴标准（元/亩）", "项目名称", "合计", "中央", "村数", ""]
_CELLS = ["1", "2", "长汀县", "合 计", "合计", "1 320", "1,250.5", "986", "-12.5", "—", "6.8%", "2024",
          "350123196501011234", "0", "12 ", "城关镇", "3.2万亩", "（含）", "", "120万元", "十二"]
_SEPS = ["\t", " ", "  ", "\u3000", "\n"]


@st.composite
def _table(draw):
    lines = [draw(st.sampled_from(_UNITS))]
    width = draw(st.integers(1, 5))
    for _ in range(draw(st.integers(0, 2))):
        lines.append(draw(st.sampled_from(_SEPS[:3])).join(draw(st.lists(st.sampled_from(_HEADS), min_size=width,
                                                                           max_size=width))))
    for _ in range(draw(st.integers(0, 5))):
        lines.append(draw(st.sampled_from(_SEPS)).join(draw(st.lists(st.sampled_from(_CELLS), min_size=1,
                                                                       max_size=width + 1))))
    return draw(st.sampled_from(["\n", "\n", " "])).join(lines)   # " ": a table flattened onto one line


@settings(max_examples=300, deadline=None)
@given(_table())
def test_random_tables_never_raise_and_hold_their_bounds(text):
    for m in find_quantities(text):
        q = m.quantity
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == q.text
        if m.row is not None:
            assert 0 <= m.row[0] < m.row[1] <= m.start
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        if q.value is not None:
            assert q.low is None or q.low <= q.value
            assert q.high is None or q.value <= q.high

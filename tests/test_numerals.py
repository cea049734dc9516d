from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, strategies as st

from policyie.numerals import parse_number


@pytest.mark.parametrize("written, expected", [
    ("176.6万", "1766000"),
    ("1.04亿", "104000000"),
    ("1,234.5", "1234.5"),
    ("１２３．５", "123.5"),
    ("一千五百", "1500"),
    ("两", "2"),
    ("〇", "0"),
    ("四千零三十一万", "40310000"),
    ("十一点二五万", "112500"),
    ("壹仟贰佰叁拾肆", "1234"),
    ("1.5万", "15000"),
    ("3千万", "30000000"),
    ("0.19亿", "19000000"),
    ("4.5万亿", "4500000000000"),
    ("一万亿", "1000000000000"),
    ("3亿5000万", "350000000"),
    ("三亿五千万", "350000000"),
    ("一千五", "1500"),
    ("两万五", "25000"),
    ("一千零五", "1005"),
    ("二〇二三", "2023"),
    ("十八", "18"),
    ("十", "10"),
    ("百万", "1000000"),
])
def test_parse_number(written, expected):
    value = parse_number(written)
    assert value == Decimal(expected)
    assert str(value) == expected          # no exponent, no float artefact


@pytest.mark.parametrize("bad", ["", "万", "点五", "1.2.3", "abc", "五五五万万x"])
def test_parse_number_rejects(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


@given(st.integers(min_value=1, max_value=10**12))
def test_agrees_with_cn2an_on_integers(n):
    """cn2an (an independent implementation) writes the numeral; we must read it back."""
    written = cn2an.an2cn(n)
    assert parse_number(written) == Decimal(n)


@given(st.text(max_size=20))
def test_parse_number_only_raises_value_error(s):
    try:
        parse_number(s)
    except ValueError:
        pass

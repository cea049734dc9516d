"""parse_quantity and find_quantities on real phrasing (no spaCy involved)."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from policyie import Quantity, find_quantities, parse_quantity

D = Decimal


def q(text):
    return parse_quantity(text)


@pytest.mark.parametrize("text, kind, value, low, high, unit, qualifier, per", [
    ("176.6万元", "money", "1766000", None, None, "CNY", "exact", None),
    ("约176.6万元", "money", "1766000", None, None, "CNY", "approx", None),
    ("大约300元", "money", "300", None, None, "CNY", "approx", None),
    ("近5亿元", "money", "500000000", None, None, "CNY", "approx", None),
    ("超2亿元", "money", "200000000", "200000000", None, "CNY", "more_than", None),
    ("超过3000万元", "money", "30000000", "30000000", None, "CNY", "more_than", None),
    ("逾百分之十", "percent", "10", "10", None, "%", "more_than", None),
    # 余/多: about the stated number, no bound (corpus convention)
    ("400余万元", "money", "4000000", None, None, "CNY", "approx", None),
    ("10多万元", "money", "100000", None, None, "CNY", "approx", None),
    ("50万元以上", "money", "500000", "500000", None, "CNY", "at_least", None),
    ("5万元以下", "money", "50000", None, "50000", "CNY", "at_most", None),
    ("100元左右", "money", "100", None, None, "CNY", "approx", None),
    ("200元上下", "money", "200", None, None, "CNY", "approx", None),
    ("不低于80%", "percent", "80", "80", None, "%", "at_least", None),
    ("不超过5万元", "money", "50000", None, "50000", "CNY", "at_most", None),
    ("至少3000人", "measure", "3000", "3000", None, "人", "at_least", None),
    ("不到100元", "money", "100", None, "100", "CNY", "less_than", None),
    ("40万元(含)以上", "money", "400000", "400000", None, "CNY", "at_least", None),
    ("400—600元", "money", None, "400", "600", "CNY", "range", None),
    ("1万-5万元", "money", None, "10000", "50000", "CNY", "range", None),
    ("1万元--5万元", "money", None, "10000", "50000", "CNY", "range", None),
    ("两到三万元", "money", None, "20000", "30000", "CNY", "range", None),
    ("十八至三十万元", "money", None, "180000", "300000", "CNY", "range", None),
    ("8500到3万港元", "money", None, "8500", "30000", "HKD", "range", None),
    ("八九亿元", "money", None, "800000000", "900000000", "CNY", "range", None),
    ("三五百块", "money", None, "300", "500", "CNY", "range", None),
    ("几十万元", "money", None, "200000", "900000", "CNY", "approx", None),
    ("数十亿元", "money", None, "2000000000", "9000000000", "CNY", "approx", None),
    ("十几块", "money", None, "11", "19", "CNY", "approx", None),
    ("一千五百元", "money", "1500", None, None, "CNY", "exact", None),
    ("四千零三十一万元", "money", "40310000", None, None, "CNY", "exact", None),
    ("十一点二五万元", "money", "112500", None, None, "CNY", "exact", None),
    ("壹仟贰佰元整", "money", "1200", None, None, "CNY", "exact", None),
    ("１２３．５元", "money", "123.5", None, None, "CNY", "exact", None),
    ("1,234.5元", "money", "1234.5", None, None, "CNY", "exact", None),
    ("12，345元", "money", "12345", None, None, "CNY", "exact", None),
    ("3千万元", "money", "30000000", None, None, "CNY", "exact", None),
    ("0.19亿元", "money", "19000000", None, None, "CNY", "exact", None),
    ("4.5万亿元", "money", "4500000000000", None, None, "CNY", "exact", None),
    ("3元5角", "money", "3.5", None, None, "CNY", "exact", None),
    ("5毛", "money", "0.5", None, None, "CNY", "exact", None),
    ("15k", "money", "15000", None, None, "CNY", "exact", None),
    ("30w", "money", "300000", None, None, "CNY", "exact", None),
    ("15块钱", "money", "15", None, None, "CNY", "exact", None),
    ("人民币500万元", "money", "5000000", None, None, "CNY", "exact", None),
    ("200万美元", "money", "2000000", None, None, "USD", "exact", None),
    ("3亿港元", "money", "300000000", None, None, "HKD", "exact", None),
    ("50港币", "money", "50", None, None, "HKD", "exact", None),
    ("1000欧元", "money", "1000", None, None, "EUR", "exact", None),
    ("10万日元", "money", "100000", None, None, "JPY", "exact", None),
    ("500新台币", "money", "500", None, None, "TWD", "exact", None),
    ("1万韩元", "money", "10000", None, None, "KRW", "exact", None),
    ("20英镑", "money", "20", None, None, "GBP", "exact", None),
    ("30澳元", "money", "30", None, None, "AUD", "exact", None),
    ("100泰铢", "money", "100", None, None, "THB", "exact", None),
    ("5000卢布", "money", "5000", None, None, "RUB", "exact", None),
    ("65.82%", "percent", "65.82", None, None, "%", "exact", None),
    ("12％", "percent", "12", None, None, "%", "exact", None),
    ("百分之十五", "percent", "15", None, None, "%", "exact", None),
    ("负3.9%", "percent", "-3.9", None, None, "%", "exact", None),
    ("三成", "percent", "30", None, None, "%", "exact", None),
    ("七成六", "percent", "76", None, None, "%", "exact", None),
    ("千分之2.4", "percent", "0.24", None, None, "%", "exact", None),
    ("万分之三", "percent", "0.03", None, None, "%", "exact", None),
    ("2.4个百分点", "percent", "2.4", None, None, "pp", "exact", None),
    ("1:2", "measure", "0.5", None, None, "ratio", "exact", None),
    ("每人每月300元", "money", "300", None, None, "CNY", "exact", "人·月"),
    # the rate may come before the qualifier as well as after it
    ("每村不超过10万元", "money", "100000", None, "100000", "CNY", "at_most", "村"),
    ("每人每月不低于300元", "money", "300", "300", None, "CNY", "at_least", "人·月"),
    ("每个托位400—600元", "money", None, "400", "600", "CNY", "range", "托位"),
    ("500元/人/年", "money", "500", None, None, "CNY", "exact", "人·年"),
    ("500元/人", "money", "500", None, None, "CNY", "exact", "人"),
    ("11.25万亩", "measure", "112500", None, None, "亩", "exact", None),
    ("9.8万人", "measure", "98000", None, None, "人", "exact", None),
    ("2.44万余户次", "measure", "24400", None, None, "户次", "approx", None),
    ("24万平方米", "measure", "240000", None, None, "平方米", "exact", None),
    ("380立方米", "measure", "380", None, None, "立方米", "exact", None),
    ("10千伏", "measure", "10", None, None, "千伏", "exact", None),
    ("3个工作日", "measure", "3", None, None, "工作日", "exact", None),
    ("两个月", "measure", "2", None, None, "月", "exact", None),
    ("0—3岁", "measure", None, "0", "3", "岁", "range", None),
    ("2023年", "date", "2023", None, None, "year", "exact", None),
    ("二〇二三年", "date", "2023", None, None, "year", "exact", None),
    ("2024年起", "date", "2024", None, None, "year", "exact", None),
    ("2023年年末", "date", "2023", None, None, "year", "exact", None),
    ("2023年8月", "date", "2023", None, None, "year", "exact", None),
    ("1—10月", "date", None, None, None, "year", "exact", None),
    ("今年1—10月", "date", None, None, None, "year", "exact", None),
    ("上半年", "date", None, None, None, "year", "exact", None),
    ("年初", "date", None, None, None, "year", "exact", None),
    ("年末", "date", None, None, None, "year", "exact", None),
    ("2021—2023年", "date", None, "2021", "2023", "year", "range", None),
])
def test_parse_quantity(text, kind, value, low, high, unit, qualifier, per):
    got = q(text)
    dec = lambda x: None if x is None else D(x)
    assert (got.kind, got.value, got.low, got.high, got.unit, got.qualifier, got.per) == \
        (kind, dec(value), dec(low), dec(high), unit, qualifier, per)
    assert got.text == text


def test_values_are_exact_decimals():
    got = q("1.04亿元")
    assert isinstance(got.value, Decimal) and str(got.value) == "104000000"


@pytest.mark.parametrize("text", [
    "电话0571-88888888", "〔2016〕80号", "一是加强管理", "（一）便捷申报", "上午9:30召开",
    "第3名", "5G基站", "G60科创走廊", "PM2.5浓度", "千家万户", "七台河市", "一批项目", "一次性补助",
    "长三角一体化", "12345热线",
])
def test_not_quantities(text):
    assert [m.quantity.text for m in find_quantities(text) if m.label != "DATE"] == []


def test_bare_year_is_date_never_money():
    [m] = find_quantities("2023年，全市财政收入增长")
    assert m.label == "DATE" and m.quantity.value == D(2023)


@pytest.mark.parametrize("bad", ["", "  ", "hello", "财政局", "176.6万元和200万元", None, 5, b"1"])
def test_parse_quantity_errors(bad):
    with pytest.raises((ValueError, TypeError)) as info:
        parse_quantity(bad)
    if isinstance(bad, str):
        assert info.type is ValueError and str(info.value)


def test_find_offsets_point_into_input():
    text = "义乌市财政局每年安排600万元，用于购买劳动者工资保障险，惠及3.4万人。"
    found = find_quantities(text)
    assert [(text[m.start:m.end], m.label) for m in found] == [("600万元", "MONEY"), ("3.4万人", "QUANTITY")]


def test_range_with_different_units_is_two_quantities():
    found = find_quantities("选派金融干部668人到398个乡镇")
    assert [m.quantity.text for m in found] == ["668人", "398个"]


def test_quantity_dict_round_trip():
    got = q("每个托位400—600元")
    assert Quantity.from_dict(got.to_dict()) == got


@given(st.text(max_size=40))
def test_parse_quantity_only_raises_value_error(s):
    try:
        parse_quantity(s)
    except ValueError:
        pass


def test_one_cell_per_line_with_blank_empty_cells_a_page_number_and_a_title():
    """A village account scraped one cell per line: an empty remark is a blank line, a page
    number stands between rows, and the page's title is no header cell."""
    from policyie import find_quantities
    text = ("龙王镇青杠村2025年上半年村务财务公开\n科目\n金额（元）\n说明\n一、本期收入\n96 300.00\n\n"
            "二、本期支出\n71 845.50\n含道路维修、保洁\n— 2 —\n三、本期结余\n24 454.50\n\n青杠村村务监督委员会\n")
    got = [(m.quantity.text, str(m.quantity.value)) for m in find_quantities(text) if m.quantity.kind == "money"]
    assert got == [("96 300.00", "96300"), ("71 845.50", "71845.5"), ("24 454.50", "24454.5")]


def test_two_tables_of_one_cell_per_line_under_their_section_headings():
    """A village account scraped one cell per line: income and spending, each under its own
    numbered heading and header."""
    from policyie import find_quantities
    text = ("一、收入情况\n项目\n金额（元）\n土地发包收入\n64200\n上级补助收入\n48000\n收入合计\n112200\n"
            "二、支出情况\n项目\n金额（元）\n村干部报酬\n36600\n环境整治\n21850\n支出合计\n58450\n")
    got = [m.quantity.text for m in find_quantities(text) if m.quantity.kind == "money"]
    assert got == ["64200", "48000", "112200", "36600", "21850", "58450"]


def test_one_cell_per_line_total_row_with_blank_lines_for_its_empty_cells():
    """A web table scraped one cell per line writes a total row's empty cells as blank lines
    (合计 / / / 60.5): they keep the figures under their columns."""
    text = ("单位：万元\n序号\n项目名称\n建设地点\n总投资\n财政补助\n"
            "1\n桥头村机耕道硬化\n桥头村\n42.5\n36\n2\n河口村蓄水池\n河口村\n18\n15\n合计\n\n\n60.5\n51\n")
    money = [(m.quantity.text, m.quantity.value) for m in find_quantities(text) if m.quantity.kind == "money"]
    assert money == [("42.5", Decimal("425000")), ("36", Decimal("360000")), ("18", Decimal("180000")),
                     ("15", Decimal("150000")), ("60.5", Decimal("605000")), ("51", Decimal("510000"))]


def test_one_cell_per_line_table_ends_at_blank_lines_before_words():
    """Two blank lines and then words (a section heading) end the table; the empty remark cell
    of each row is one blank line."""
    text = "项目\n金额（元）\n备注\n慰问金\n2600\n\n救助金\n3800\n\n\n三、监督方式\n"
    money = [m.quantity.value for m in find_quantities(text) if m.quantity.kind == "money"]
    assert money == [Decimal("2600"), Decimal("3800")]


@pytest.mark.parametrize("text,first,second", [
    ("中标金额：人民币肆佰零叁万柒仟元整（¥4,037,000.00），工期120日历天。", "人民币肆佰零叁万柒仟元整", "¥4,037,000.00"),
    ("成交金额：2,318,450.00元（大写：贰佰叁拾壹万捌仟肆佰伍拾元整）", "2,318,450.00元", "贰佰叁拾壹万捌仟肆佰伍拾元整"),
    ("补助资金合计柒万贰仟元（72000元）。", "柒万贰仟元", "72000元"),
    # a bare figure restating an amount in capitals: money with the same value
    ("上级拨入村级运转经费陆万伍仟元整（65,000.00）；", "陆万伍仟元整", "65,000.00"),
    ("奖补资金人民币捌仟肆佰元（8400）", "人民币捌仟肆佰元", "8400"),
])
def test_an_amount_restated_in_parentheses_is_marked(text, first, second):
    money = [q for q in find_quantities(text) if q.quantity.kind == "money"]
    assert [text[q.start:q.end] for q in money] == [first, second]
    assert money[0].restates is None and money[1].restates == text.index(first)
    assert money[0].quantity.value == money[1].quantity.value


@pytest.mark.parametrize("text", ["项目总投资86万元（其中财政奖补60万元）", "补助资金伍万元（2024）",
                                  "奖补3万元（12）", "合计陆万元（60,000.50）"])
def test_different_figures_in_parentheses_restate_nothing(text):
    assert all(q.restates is None for q in find_quantities(text))
    assert sum(q.quantity.kind == "money" for q in find_quantities(text)) <= 2

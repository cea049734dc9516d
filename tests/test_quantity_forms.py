"""Issue 14: every way reports write amounts, rates and shares, one category at a time.

Each case is a sentence and the money and percentage amounts expected in it, as
(text, kind, value, low, high, unit, qualifier, per); an empty list means that nothing may be
read as money or a share there. Sentences are written for these tests (varied places, wording
and numbers), not taken from the corpus or the seeds. `python tests/test_quantity_forms.py`
prints the table category → cases → right.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from policyie import find_quantities

M, P = "money", "percent"


def money(text, value=None, low=None, high=None, unit="CNY", qualifier="exact", per=None):
    return (text, M, value, low, high, unit, qualifier, per)


def pct(text, value=None, low=None, high=None, unit="%", qualifier="exact"):
    return (text, P, value, low, high, unit, qualifier, None)


CASES: dict[str, list[tuple[str, list[tuple]]]] = {
    # -- wrong values today ------------------------------------------------------------
    "range: lower bound shares the upper's magnitude": [
        ("拟安排二百四十至二百八十万元用于校舍维修。",
         [money("二百四十至二百八十万元", None, "2400000", "2800000", qualifier="range")]),
        ("预计投资六千五到七千万元。",
         [money("六千五到七千万元", None, "65000000", "70000000", qualifier="range")]),
        ("单个园区奖励一百五十至二百亿元的说法有误。",
         [money("一百五十至二百亿元", None, "15000000000", "20000000000", qualifier="range")]),
        ("维修费约在两仟至叁仟万元之间。",
         [money("两仟至叁仟万元", None, "20000000", "30000000", qualifier="range")]),
        ("每户可得两~4百元。",
         [money("两~4百元", None, "200", "400", qualifier="range", per="户")]),
        ("贷款额度三到五千万元不等。",
         [money("三到五千万元", None, "30000000", "50000000", qualifier="range")]),
        ("奖金六至十万元。", [money("六至十万元", None, "60000", "100000", qualifier="range")]),
        ("测算缺口为四十至六十亿美元。",
         [money("四十至六十亿美元", None, "4000000000", "6000000000", "USD", "range")]),
        ("5千至2万元的小额项目。", [money("5千至2万元", None, "5000", "20000", qualifier="range")]),
        ("起付线从800元至1万元。", [money("800元至1万元", None, "800", "10000", qualifier="range")]),
        ("规模在300元至5000万元之间。", [money("300元至5000万元", None, "300", "50000000", qualifier="range")]),
    ],
    "decimal 成, 成半, 半成, 十成": [
        ("贫困户覆盖率提高了6.5成。", [pct("6.5成", "65")]),
        ("回收率约七点五成。", [pct("约七点五成", "75", qualifier="approx")]),
        ("出栏量下降８.５成。", [pct("８.５成", "85")]),
        ("报销比例提高到四成半。", [pct("四成半", "45")]),
        ("利润仅增长半成。", [pct("半成", "5")]),
        ("完成进度已达十成。", [pct("十成", "100")]),
        ("超过七成三的村已通客车。", [pct("超过七成三", "73", "73", qualifier="more_than")]),
        ("这套办法一成不变地执行了十年，九成新的设备被闲置。", [pct("九成", "90")]),
    ],
    "parts per million and beyond, ‰": [
        ("事故率控制在百万分之四以内。", [pct("百万分之四以内", "0.0004", high="0.0004", qualifier="at_most")]),
        ("误差不超过千万分之三。", [pct("不超过千万分之三", "0.00003", high="0.00003", qualifier="at_most")]),
        ("抽检不合格率为亿分之七。", [pct("亿分之七", "0.000007")]),
        ("相当于万万分之五。", [pct("万万分之五", "0.000005")]),
        ("人口自然增长率为4.2‰。", [pct("4.2‰", "0.42")]),
        ("出生率7‰左右。", [pct("7‰左右", "0.7", qualifier="approx")]),
        ("手续费按万分之二点五收取。", [pct("万分之二点五", "0.025")]),
    ],
    "financial capitals and 点": [
        ("增速回落贰点叁个百分点。", [pct("贰点叁个百分点", "2.3", unit="pp")]),
        ("上浮零点六个百分点。", [pct("零点六个百分点", "0.6", unit="pp")]),
        ("核定金额肆拾陆点伍万元。", [money("肆拾陆点伍万元", "465000")]),
        ("合同总价壹佰零伍点捌亿元。", [money("壹佰零伍点捌亿元", "10580000000")]),
        ("较年初增长三点七个百分点。", [pct("三点七个百分点", "3.7", unit="pp")]),
    ],
    "PDF spacing": [
        ("县级财政累计拨付资金12 406.3万元。", [money("12 406.3万元", "124063000")]),
        ("到位资金3 050万元，其中省级1 200万元。",
         [money("3 050万元", "30500000"), money("1 200万元", "12000000")]),
        ("全市债务余额 7.6 亿元。", [money("7.6 亿元", "760000000")]),
        ("折合澳门币 18.4 亿元。", [money("澳门币 18.4 亿元", "1840000000", unit="MOP")]),
        ("非税收入  23.80  亿元", [money("23.80  亿元", "2380000000")]),
        ("2022年 4 800万元", []),                  # 4800万 or 800万? a space before the 4: never guess
        ("共 2 350 万元", []),
        ("其中 1 两项", []),
        ("中标金额****56.20元。", []),              # masked: unreadable, not annotated
        ("拨付资金7,.46万元。", []),                 # damaged
        ("合计3,1250万元。", []),                    # a comma that separates no thousands
        ("共 4 6 9万元。", []),
        # a unit at the start of the next line that opens a table row is that row's name (元坝镇)
        ("单位：万元\n乡镇 个数 奖补资金\n东溪镇 3 62.5\n歧坪镇 2 48\n元坝镇 2 41.6\n",
         [money("62.5", "625000"), money("48", "480000"), money("41.6", "416000")]),
        ("累计拨付资金2,468\n万元，用于道路养护。", [money("2,468\n万元", "24680000")]),
        ("农村低保标准提高到每人每月 690\n元惠及 1 340 户困难群众。",        # prose, no table row
         [money("690\n元", "690", per="人·月")]),
    ],
    "false positives: places, idioms, watts, per 公斤": [
        ("活动在五角场广场举行。", []),
        ("沿着三角地一路向北，八角楼前停车。", []),
        ("他一毛不拔，这项制度一成不变。", []),
        ("路灯功率为150W，共安装40盏。", []),
        ("收购价2.8元/公斤。", [money("2.8元/公斤", "2.8", per="公斤")]),
        ("每公斤补贴0.3元。", [money("0.3元", "0.3", per="公斤")]),
        ("十成功力都用上了。", []),
    ],
    # -- missed forms ------------------------------------------------------------------
    "元角分 / 块毛分 in Chinese numerals, cents": [
        ("应退税款四万零六十元七角三分。", [money("四万零六十元七角三分", "40060.73")]),
        ("票价十五块五毛。", [money("十五块五毛", "15.5")]),
        ("一根雪糕三块五。", [money("三块五", "3.5")]),
        ("找零两毛五。", [money("两毛五", "0.25")]),
        ("邮费八毛钱。", [money("八毛钱", "0.8")]),
        ("单价九美元又三十五美分。", [money("九美元又三十五美分", "9.35", unit="USD")]),
        ("每张四十欧分。", [money("四十欧分", "0.4", unit="EUR", per="张")]),
        ("税额九百元零五分。", [money("九百元零五分", "900.05")]),
    ],
    "currency before the number, two currency words": [
        ("捐赠港币六千五百元。", [money("港币六千五百元", "6500", unit="HKD")]),
        ("吸引外资美元2.6亿。", [money("美元2.6亿", "260000000", unit="USD")]),
        ("筹得人民币数千万元。", [money("人民币数千万元", None, "20000000", "90000000", qualifier="approx")]),
        ("合同金额8000元日币。", [money("8000元日币", "8000", unit="JPY")]),
        ("另付三万元美元作为押金。", [money("三万元美元", "30000", unit="USD")]),
        ("报价欧元45万。", [money("欧元45万", "450000", unit="EUR")]),
        ("售价¥1,299.00。", [money("¥1,299.00", "1299")]),
        ("标价500美元港币。", []),                 # two currencies: contradiction, nothing
    ],
    "个亿 and vague magnitudes": [
        ("这个园区一年产值五个亿。", [money("五个亿", "500000000")]),
        ("前期就砸了超8个亿，", [money("超8个亿", "800000000", "800000000", qualifier="more_than")]),
        ("涉案金额达数亿元。", [money("数亿元", None, "200000000", "900000000", qualifier="approx")]),
        # 上亿 reaches a hundred million and says no more: at least it, no upper bound guessed
        ("上亿元的订单接连落地。", [money("上亿元", "100000000", "100000000", qualifier="at_least")]),
        ("累计投入近百亿元。", [money("近百亿元", "10000000000", qualifier="approx")]),
        ("单笔金额超过千万元的合同。", [money("超过千万元", "10000000", "10000000", qualifier="more_than", per="笔")]),
        ("总投资七亿多，", [money("七亿多", "700000000", qualifier="approx")]),
        ("还有十二个亿用户的说法。", []),
    ],
    "amounts without 元: decided by the words around": [
        ("今年完成交通投资48.6亿，", [money("48.6亿", "4860000000")]),
        ("市级下达奖补资金2.75亿。", [money("2.75亿", "275000000")]),
        ("共投入1386万用于河道清淤。", [money("1386万", "13860000")]),
        ("地区生产总值突破2.3万亿，", [money("突破2.3万亿", "2300000000000", low="2300000000000", qualifier="more_than")]),
        ("年营业收入不足800万的企业。", [money("不足800万", "8000000", high="8000000", qualifier="less_than")]),
        ("6.8亿中央财政资金已下达。", [money("6.8亿", "680000000")]),
        ("全县户籍人口86.5万，", []),
        ("发放宣传册2万册。", []),
        ("当年接种2.4亿剂次。", []),
    ],
    "ranges and bounds": [
        ("补贴从3000到1.2万欧元不等。", [money("3000到1.2万欧元", None, "3000", "12000", "EUR", "range")]),
        ("借款额度2万(含)-10万元。", [money("2万(含)-10万元", None, "20000", "100000", qualifier="range")]),
        ("借款额度3 万(含)-8 万元。", [money("3 万(含)-8 万元", None, "30000", "80000", qualifier="range")]),
        ("岗位月薪7~11k。", [money("7~11k", None, "7000", "11000", qualifier="range")]),
        ("家庭年收入低于6万元。", [money("低于6万元", "60000", high="60000", qualifier="less_than")]),
        ("验收合格率百分之百。", [pct("百分之百", "100")]),
        ("降幅在15-25%之间。", [pct("15-25%", None, "15", "25", qualifier="range")]),
        ("首付比例百分之二十至三十。", [pct("百分之二十至三十", None, "20", "30", qualifier="range")]),
        ("5千(含)-2万元", [money("5千(含)-2万元", None, "5000", "20000", qualifier="range")]),
    ],
    "tables under a unit header": [
        ("表2 2024年社保基金预算表\n单位：万元\n项目\t预算数\t调整数\n社保费收入\t18650\t19020.5\n财政补贴\t4200\t4380\n",
         [money("18650", "186500000"), money("19020.5", "190205000"), money("4200", "42000000"),
          money("4380", "43800000")]),
        ("（金额单位：亿元）\n指标      2022年    2023年\n债务限额    356.2     381.9\n",
         [money("356.2", "35620000000"), money("381.9", "38190000000")]),
        ("单位:万元\n项目\t本年数\t增长%\n教育\t5620\t6.4\n卫生\t3380\t-2.5\n",
         [money("5620", "56200000"), pct("6.4", "6.4"), money("3380", "33800000"), pct("-2.5", "-2.5")]),
        ("单位：元\n序号\t村名\t补助金额\n1\t上坪村\t36000\n2\t下洋村\t28500.50\n",
         [money("36000", "36000"), money("28500.50", "28500.5")]),
        ("项目\t预算数\t执行数\n税收收入\t41200\t39860\n", []),          # no unit stated: no money
        ("单位：万元\n项目  预算  执行  同比增减\n城建支出  2,400  2,150 -250\n", []),   # columns not aligned
        ("单位：万元\n项目  预算  执行  同比增减\n城建支出  2,400  2,150  -250\n",      # a change: amount or share?
         [money("2,400", "24000000"), money("2,150", "21500000")]),
        ("单位：万元\n项目\t2023\t2024\n农林水\t960\t1024\n",
         [money("960", "9600000"), money("1024", "10240000")]),
        ("单位：万元\n项目\t金额\n科技\t775\n单位：人\n项目\t人数\n教师\t1310\n",   # the next header ends it
         [money("775", "7750000")]),
        ("单位：亿元\n项目\t金额\n债券\t12.5\n某县就业情况表\n项目\t人数\n农民工\t5200\n",  # so does a title
         [money("12.5", "1250000000")]),
        # a ledger (日期 摘要 收入 支出) whose PDF writes thousands with a space: a group no cell
        # starts with (000.00) shows it, and the rows after it are read the same way
        ("单位：元\n日期 摘要 收入 支出\n3月2日 收到上级拨付办公经费 26 000.00\n"
         "3月9日 购买办公用品 1 385.50\n3月20日 支付保洁工资 4 200.00\n",
         [money("26 000.00", "26000"), money("1 385.50", "1385.5"), money("4 200.00", "4200")]),
        ("（单位：元）\n时间 事由 收入 支出\n7月1日 鱼塘承包费 120 050.00\n7月15日 修缮村部 9 760.40\n",
         [money("120 050.00", "120050"), money("9 760.40", "9760.4")]),
        # no header; a label of two cells (category, item); the sign is in a row further down
        ("单位：元\n上级补助 公益岗位补贴 16 380.50\n经营收入 机耕道租金 7 020.00\n"
         "办公费 2 185.60\n收入合计 23 400.50\n",
         [money("16 380.50", "16380.5"), money("7 020.00", "7020"), money("2 185.60", "2185.6"),
          money("23 400.50", "23400.5")]),
        ("单位：元\n上级补助 公益岗位补贴 16 380.50\n办公费 2 185.60\n", []),    # no sign: 16 and 380.50?
        # a table that writes one number so does not make every pair of numbers one
        ("单位：元\n科目 上年数 本年数\n办公费 13 000 9 640\n邮电费 700 520\n",
         [money("13 000", "13000"), money("9 640", "9640"), money("700", "700"), money("520", "520")]),
        ("单位：元\n户主 人口 补助金额\n赵六 5 3 000.00\n钱七 3 180.00\n",      # 3 is the household's size
         [money("3 000.00", "3000"), money("180.00", "180")]),
    ],
    # -- corpus conventions ------------------------------------------------------------
    "余/多 approx; rates from 每X/人均/单项; shares as written": [
        ("筹集资金600余万元。", [money("600余万元", "6000000", qualifier="approx")]),
        ("带动增收30多亿元。", [money("30多亿元", "3000000000", qualifier="approx")]),
        ("每名学生每学期补助850元。", [money("850元", "850", per="学生·学期")]),
        ("每个行政村安排15万元工作经费。", [money("15万元", "150000", per="村")]),
        ("全区每年统筹资金4000万元，", [money("4000万元", "40000000", per="年")]),
        ("农村居民人均可支配收入达到2.1万元，", [money("2.1万元", "21000", per="人")]),
        ("户均分红1200元。", [money("1200元", "1200", per="户")]),
        ("单项奖励原则上不超过20万元。", [money("不超过20万元", "200000", high="200000", qualifier="at_most", per="项")]),
        ("每户补助600元，合计发放3.6万元。", [money("600元", "600", per="户"), money("3.6万元", "36000")]),
        ("最高奖励300万元。", [money("300万元", "3000000", high="3000000", qualifier="at_most")]),
        ("增长5.0%，占比30.50%。", [pct("5.0%", "5.0"), pct("30.50%", "30.50")]),
        # 各 after counted units, with words between the count and the unit
        ("12个省级示范村各获奖补资金80万元。", [money("80万元", "800000", per="村")]),
        ("对年度考核前5名的乡镇各奖励15万元。", [money("15万元", "150000", per="乡镇")]),
        ("2025年各县安排资金100万元。", [money("100万元", "1000000")]),     # 各县: a determiner
        # the change of a rate and its parts after 其中 stand in another clause: no rate (the
        # corpus gives 每X/人均 a rate only in the amount's own clause, docs/gold.md)
        ("护林员补助标准为每人每月850元，较上年提高50元。",
         [money("850元", "850", per="人·月"), money("50元", "50")]),
        ("亩均投入标准为2500元，其中中央资金1800元、市县资金700元。",
         [money("2500元", "2500", per="亩"), money("1800元", "1800"), money("700元", "700")]),
    ],
}


def _got(text: str) -> list[tuple]:
    out = []
    for m in find_quantities(text):
        q = m.quantity
        if q.kind not in (M, P):
            continue
        s = lambda v: None if v is None else str(v)
        out.append((q.text, q.kind, s(q.value), s(q.low), s(q.high), q.unit, q.qualifier, q.per))
    return out


ALL = [(cat, text, want) for cat, cases in CASES.items() for text, want in cases]


@pytest.mark.parametrize("category, text, want", ALL, ids=[f"{c[:12]}-{i}" for i, (c, _, _) in enumerate(ALL)])
def test_form(category, text, want):
    assert _got(text) == want


def test_values_are_decimals_and_bounds_ordered():
    for _, text, _ in ALL:
        for m in find_quantities(text):
            q = m.quantity
            for v in (q.value, q.low, q.high):
                assert v is None or isinstance(v, Decimal)
            if q.low is not None and q.high is not None:
                assert q.low <= q.high, text
            if q.value is not None and q.low is not None:
                assert q.low <= q.value, text
            if q.value is not None and q.high is not None:
                assert q.value <= q.high, text


def table() -> str:
    rows = ["| category | cases tested | right |", "|---|---|---|"]
    for cat, cases in CASES.items():
        right = sum(_got(text) == want for text, want in cases)
        rows.append(f"| {cat} | {len(cases)} | {right} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())


# a column header that states its unit: that column's bare numbers are money in that unit
def test_a_column_header_states_the_unit_of_its_column():
    from policyie.quantity import find_quantities
    text = "序号\t乡镇\t村名\t补助金额（万元）\t户数\n1\t石门镇\t东岭村\t12.5\t86\n2\t石门镇\t西岭村\t8\t54\n"
    got = [(text[m.start:m.end], m.quantity.value, text[m.row[0]:m.row[1]]) for m in find_quantities(text)
           if m.quantity.kind == "money"]
    assert got == [("12.5", Decimal("125000"), "东岭村"), ("8", Decimal("80000"), "西岭村")]
    # the other columns (a count of households) give no money, nor does a table without a unit
    assert not [m for m in find_quantities("乡镇\t村名\t金额\n石门镇\t东岭村\t12\n") if m.quantity.kind == "money"]


def test_a_column_unit_in_yuan_with_spaces_between_cells():
    from policyie.quantity import find_quantities
    text = "项目名称    下达资金(元)    备注\n渠道清淤    186000    已验收\n"
    [m] = [m for m in find_quantities(text) if m.quantity.kind == "money"]
    assert (text[m.start:m.end], m.quantity.value, m.quantity.unit) == ("186000", Decimal("186000"), "CNY")


def test_a_page_break_cut_out_of_a_one_cell_per_line_table_leaves_no_cell():
    # the blank line before a page number is the page's, not an empty cell
    text = "项目名称\n财政补助（万元）\n村道硬化\n42\n\n— 1 —\n水渠维修\n18.5\n"
    found = [(m.quantity.text, m.quantity.value) for m in find_quantities(text)]
    assert found == [("42", Decimal("420000")), ("18.5", Decimal("185000"))]
    # and a blank line that is an empty remark cell still is one
    text = "乡镇\n金额（万元）\n备注\n城关镇\n36\n\n新集镇\n24\n含危桥1座\n"
    found = [(m.quantity.text, m.quantity.value) for m in find_quantities(text) if m.quantity.kind == "money"]
    assert found == [("36", Decimal("360000")), ("24", Decimal("240000"))]

"""The groups below a village (村民小组) without spaCy: village_groups.GroupFinder on texts written
for these tests. Where a group stands (after its village, in a run of groups, set apart in a
table, a list item or brackets) decides whether it is one; words that only look like groups
(工作组, 合作社, 一组数据, 组织, 社会) never are."""
import pytest

from policyie.lexicon import read_lines
from policyie.places import DATA_DIR
from policyie.village_groups import GroupFinder, read_units


@pytest.fixture(scope="module")
def finder():
    return GroupFinder(read_units(), read_lines(DATA_DIR / "village_words.txt"))


def groups(finder, text, villages=(), taken=()):
    """The names found, with the village's end for those that follow one."""
    ends = [text.index(v) + len(v) for v in villages]
    return [(n, o is not None) for _, _, n, o in finder.find(text, ends, lambda a, b: any(
        s < b and a < e for s, e in taken))]


def test_after_its_village_numbered_and_named(finder):
    text = "2025年黄泥村4组、6组机耕道和白岩村杨柳湾组水池各补助3万元"
    assert groups(finder, text, ["黄泥村", "白岩村"]) == [("4组", True), ("6组", True), ("杨柳湾组", True)]
    text = "双河村上坝社、下坝社巷道硬化共计7.2万元，青山村二社堰塘整治2万元"
    assert groups(finder, text, ["双河村", "青山村"]) == [("上坝社", True), ("下坝社", True), ("二社", True)]


def test_a_run_of_groups_holding_a_numbered_one(finder):
    assert groups(finder, "用于一组、四组和龙潭沟组的路灯维修，共8600元") == [
        ("一组", False), ("四组", False), ("龙潭沟组", False)]
    assert groups(finder, "硬化便道（二组至五组）1.6公里") == [("二组", False), ("五组", False)]
    assert groups(finder, "向3社、7社脱贫户发放慰问金每户300元") == [("3社", False), ("7社", False)]


def test_set_apart_in_rows_items_and_brackets(finder):
    text = "分红明细：\n一组\t41户\t4920\n五组\t27户\t3240\n"
    assert groups(finder, text) == [("一组", False), ("五组", False)]
    text = "| 序号 | 组别 | 金额 |\n| 1 | 二组 | 5600 |\n| 2 | 石门坎组 | 4100 |"
    assert groups(finder, text) == [("二组", False), ("石门坎组", False)]
    assert groups(finder, "支出：\n3.八组入户路维修 9,240.00\n4.青冈林组饮水池 6,300.00") == [
        ("八组", False), ("青冈林组", False)]
    assert groups(finder, "受助人：刘某（2社）、王某（6社），各1000元") == [("2社", False), ("6社", False)]


def test_a_natural_village_in_brackets_after_a_group(finder):
    assert groups(finder, "分红：二组（枫木湾） 36户 4320元；六组（石垭口） 29户 3480元") == [
        ("二组", False), ("枫木湾", False), ("六组", False), ("石垭口", False)]


@pytest.mark.parametrize("text", [
    "镇里组建三个小组：工作组、督导组和专家组，分片包村",
    "经村民小组评议、村民代表大会通过",
    "由村民主理财小组审核后公开",
    "全县领导小组办公室印发通知",
    "本次调查分三组进行，一组数据显示增收明显",
    "石桥村合作社分红12万元，石桥村服务队补助2万元",
    "村党组织和村民组长共同监督",
    "推动社会资本投入，二组织协同",
    "二、三、四组合计182户",
    "第一组、第二组评审结果",
])
def test_words_that_look_like_groups_are_none(finder, text):
    villages = [v for v in ("石桥村",) if v in text]
    villages += ["石桥村合作社分红12万元，石桥村"] if "服务队" in text else []
    assert groups(finder, text, villages) == []


def test_a_named_group_alone_in_prose_is_none(finder):
    # a named group needs its village, a run with a numbered group or a place of its own
    assert groups(finder, "会上，杨柳湾组长作了发言") == []
    assert groups(finder, "经研究，石门坎组织实施") == []


def test_taken_spans_are_left_alone(finder):
    text = "一组、二组道路维修"
    assert groups(finder, text, taken=[(0, 2)]) == [("二组", False)]

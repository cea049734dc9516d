from hypothesis import given, strategies as st

from policyie.cleaning import TextView, find_broken_lines

from conftest import SEEDS, read_seed


def test_broken_word_is_joined_but_headline_is_not():
    text = ("浙江义乌工资保障险让劳动者“安薪”过年\n\n本报讯 截至2023年年末，义乌市财政局每年安排600万元，"
            "用于向保险机构购买劳\n\n动者工资保障险。")
    view = TextView(text, find_broken_lines(text))
    assert "购买劳动者" in view.text
    assert "过年\n\n本报讯" in view.text


def test_seed_broken_words_are_repaired():
    texts = {p.name[:3]: read_seed(p) for p in SEEDS}
    joined = {k: TextView(t, find_broken_lines(t)).text for k, t in texts.items()}
    assert "购买劳动者工资保障险" in joined["000"]
    assert "莫旗财政局2023年初预算" in joined["000"]
    assert "纳入政策补助因素" in joined["004"]
    assert "进一步强化监管力度" in joined["004"]
    # headlines stay on their own line
    assert "江西南昌持续推动普惠托育服务发展\n" in joined["000"]
    assert "湖州绿色财政：“生态美”促“共同富”\n" in joined["004"]


@given(st.text(alphabet="ab，。\n 中国", max_size=60))
def test_view_maps_back_to_original(text):
    view = TextView(text, find_broken_lines(text))
    for i, ch in enumerate(view.text):
        assert text[view.to_original(i)] == ch

from hypothesis import given, strategies as st

from policyie.cleaning import TextView, find_broken_lines

from conftest import SEEDS, read_seed


def test_broken_word_is_joined_but_headline_is_not():
    text = ("浙江义乌工资保障险让劳动者“安薪”过年\n\n本报讯 截至2023年年末，义乌市财政局每年安排600万元，"
            "用于向保险机构购买劳\n\n动者工资保障险。")
    view = TextView(text, find_broken_lines(text))
    assert "购买劳动者" in view.text
    assert "过年\n\n本报讯" in view.text


def test_a_numbered_section_after_a_blank_line_is_never_joined_on():
    # a table scraped one cell per line: an empty remark cell is a blank line before the next
    # numbered row (三、…), which opens a new paragraph, not the rest of a sentence
    text = "项目\n金额（万元）\n说明\n一、经营性收入\n41.26\n含厂房租金\n二、可分配收益\n30.15\n\n三、提取公积公益金\n6.03\n"
    view = TextView(text, find_broken_lines(text))
    assert "30.15\n\n三、提取" in view.text


def test_an_enumeration_of_numerals_after_a_blank_line_is_joined_on():
    text = "为保障学生营养，县财政对\n\n一、二年级学生每人每天补助4元。"
    assert "对一、二年级" in TextView(text, find_broken_lines(text)).text


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


# -- page furniture ------------------------------------------------------------------------

import pytest

from policyie.cleaning import find_furniture, repeated_passages


@pytest.mark.parametrize("line", ["- 12 -", "— 3 —", "－5－", "第3页 共10页", "第 7 页", "共8页 第2页", "4/11",
                                  "Page 3 of 10", "·26·"])
def test_page_number_lines(line):
    text = f"全年安排资金300万元。\n\n{line}\n\n下一段落开始。"
    assert [(text[s:e], k) for s, e, k in find_furniture(text)] == [(line, "page")]


@pytest.mark.parametrize("line", ["第一批资金已下达", "3个项目已开工", "2023年", "（3）", "1.5亿元"])
def test_text_lines_are_not_page_numbers(line):
    text = f"全年安排资金300万元。\n\n{line}\n\n下一段落开始。"
    assert find_furniture(text) == []


BULLETIN = ("丰都县财政信息\n\n2022年第9期\n\n"
            "丰都县下达农村公路养护资金\n\n2022年，丰都县交通局下达农村公路养护资金1260万元，其中用于\n\n"
            "- 2 -\n\n丰都县财政信息\n\n"
            "乡道大中修的资金为480万元。\n\n全县农村公路列养率达到100%。\n\n"
            "— 3 —\n\n丰都县财政信息\n\n养护工作由各乡镇组织实施。\n")


def test_running_heads_and_page_numbers_leave_the_view_and_the_sentence_meets(nlp):
    doc = nlp(BULLETIN)
    view = TextView(doc.text, doc._.removed).text
    assert "其中用于乡道大中修的资金为480万元" in view
    assert view.startswith("丰都县财政信息")                  # the title on the first page stays
    assert "- 2 -" not in view and "— 3 —" not in view
    heads = [s for s, e, k in doc._.noise if k == "furniture" and doc.text[s:e] == "丰都县财政信息"]
    assert len(heads) == 2 and 0 not in heads
    r480 = next(r for r in doc._.records if r["text"] == "480万元")
    assert (r480["adcode"], r480["year"]) == ("500230", 2022)


def test_line_end_watermarks_are_cut(nlp):
    text = "某县2021年政府工作报告x7Q\n\n各位代表：x7Q\n\n全年地区生产总值增长6.2%。x7Q\n\n财政收入完成9.8亿元。\n"
    doc = nlp(text)
    assert "x7Q" not in TextView(doc.text, doc._.removed).text
    assert [doc.text[s:e] for s, e, k in doc._.noise if k == "furniture"] == ["x7Q"] * 3


def test_anti_scraping_garbage_is_cut_from_the_view(nlp):
    text = "关于开展老旧小区改造的通知 ; Q2 k( w8 Z- }3 t\n\n各社区：6 p% R1 j) a9 M 现安排改造资金80万元。\n"
    view = TextView(text, nlp(text)._.removed).text
    assert view.startswith("关于开展老旧小区改造的通知") and "Q2" not in view and "R1" not in view
    assert "现安排改造资金80万元" in view


# -- repeats -------------------------------------------------------------------------------

def _repeats(nlp, text):
    doc = nlp(text)
    return doc, [doc.text[s:e] for s, e, k in doc._.noise if k == "duplicate"]


def test_a_fragment_then_its_whole_paragraph_marks_the_repeated_part(nlp):
    text = ("光伏项目进展顺利,截至9月底完成投资4.8亿元,同比增长21%;其中储能设施投资1.1亿元。\n\n"
            "记者获悉,开发区今年引进新能源项目12个。受益于项目集中开工,光伏项目进展顺利,截至9月底完成投资4.8亿元,"
            "同比增长21%;其中储能设施投资1.1亿元。\n")
    doc, dups = _repeats(nlp, text)
    assert len(dups) == 1 and "4.8亿元" in dups[0] and "1.1亿元" in dups[0] and "12个" not in dups[0]
    kept = [r["text"] for r in doc._.records if not r["noise"]]
    assert kept.count("4.8亿元") == 1 and kept.count("1.1亿元") == 1


def test_a_repeat_broken_differently_by_the_extraction_is_marked(nlp):
    para = "县财政统筹安排义务教育薄弱环节改善资金2360万元，新建教学楼3栋，改造学校运动场11个，惠及学生1.2万人。"
    broken = para[:28] + "\n\n" + para[28:]
    doc, dups = _repeats(nlp, para + "\n\n随后开展了验收工作。\n\n" + broken + "\n")
    assert [r["text"] for r in doc._.records if r["noise"] == "duplicate"] == ["2360万元"]


def test_parallel_list_items_and_titles_are_not_repeats(nlp):
    items = ("某县2024年项目资金公示\n\n1.东坪乡产业路建设项目（编号XM202401）：投资260万元，本次安排资金200万元。建设内容：硬化道路3公里。\n\n"
             "2.西岭乡产业路建设项目（编号XM202402）：投资260万元，本次安排资金200万元。建设内容：硬化道路3公里。\n\n"
             "按照某县2024年项目资金公示的要求，各乡镇抓紧实施。\n")
    doc, dups = _repeats(nlp, items)
    assert dups == []


def test_repeated_passages_ignore_whitespace_and_report_view_offsets():
    text = "甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉。\n乙丙丁戊己庚辛壬癸，子丑寅卯 辰巳午未申酉。"
    first = (0, text.index("\n"))
    second = (text.index("\n") + 1, len(text))
    assert repeated_passages(text, [first, second]) == [second]


# -- tables --------------------------------------------------------------------------------

TABLE = ("二、主要收入项目完成情况\n\n某县2023年一般公共预算收入表\n单位：万元\n"
         "项目\t预算数\t完成数\t增长%\n税收收入\t52,300\t53,118\t6.4\n非税收入\t18,000\t17,450\t-2.1\n"
         "- 5 -\n"
         "项目\t预算数\t完成数\t增长%\n合计\t70,300\t70,568\t4.1\n"
         "从上表看，税收收入完成情况较好。\n")


def test_tables_are_rows_of_cells_with_header_unit_and_title(nlp):
    doc = nlp(TABLE)
    [table] = doc._.tables
    assert table["title"]["text"] == "某县2023年一般公共预算收入表"
    assert (table["unit"]["text"], table["unit"]["unit"]) == ("单位：万元", "万元")
    rows = [[c["text"] for c in r["cells"]] for r in table["rows"]]
    assert rows == [["项目", "预算数", "完成数", "增长%"], ["税收收入", "52,300", "53,118", "6.4"],
                    ["非税收入", "18,000", "17,450", "-2.1"], ["合计", "70,300", "70,568", "4.1"]]
    assert [r["header"] for r in table["rows"]] == [True, False, False, False]
    for r in table["rows"]:
        for c in r["cells"]:
            assert doc.text[c["start"]:c["end"]] == c["text"]
    repeated = TABLE.index("项目", TABLE.index("- 5 -"))
    assert any(s == repeated and k == "furniture" for s, e, k in doc._.noise)   # the header printed again
    view = TextView(doc.text, doc._.removed).text
    assert "\n非税收入\t18,000\t17,450\t-2.1\n" in view                       # rows are never joined


def test_space_separated_rows_and_prose_with_numbers():
    from policyie.tables import find_tables
    text = ("表3　　　　单位：亿元\n　　　2021年　2022年\n收入合计  31.2  33.9\n支出合计  48.6  50.3\n"
            "全年收入增长8.6%，支出增长3.5%。\n联系人：王某  联系电话：0551-1234567\n")
    [table] = find_tables(text)
    assert table["unit"]["unit"] == "亿元" and table["title"]["text"] == "表3"
    assert [[c["text"] for c in r["cells"]] for r in table["rows"]] == [
        ["2021年", "2022年"], ["收入合计", "31.2", "33.9"], ["支出合计", "48.6", "50.3"]]


def test_purpose_shows_the_cleaned_text(nlp):
    text = "县人社局安排专项资金120万元，用于支持返乡农民工创\n\n业担保贷款贴息。"
    [r] = nlp(text)._.records
    assert r["purpose"] == "返乡农民工创业担保贷款贴息"
    assert "\n" in text[r["purpose_start"]:r["purpose_end"]]


@given(st.lists(st.sampled_from(["- 2 -", "第3页 共9页", "财政简报", "收入\t12\t30", "税收  5  6", "项目资金100万元，用于建设。",
                                 "项目资金100万元，用于", "建设。", "x7Q", "本报讯 近日，", "分享到：微信", ""]),
                max_size=14), st.sampled_from(["\n", "\n\n"]))
def test_furniture_tables_and_repeats_keep_offsets(nlp, lines, sep):
    text = sep.join(lines)
    doc = nlp(text)
    view = TextView(text, doc._.removed)
    for i, ch in enumerate(view.text):
        assert text[view.to_original(i)] == ch
    for s, e, _ in doc._.noise:
        assert 0 <= s <= e <= len(text)
    for t in doc._.tables:
        for r in t["rows"]:
            assert all(text[c["start"]:c["end"]] == c["text"] for c in r["cells"])
    for a in doc._.articles:
        assert 0 <= a["start"] < a["end"] <= len(text)


@pytest.mark.parametrize("title", [
    "临夏州财政局 临夏州教育局关于下达2025年学前教育发展资金（第二批）的通知",
    "榆树市2024年第三批耕地轮作试点补贴资金发放情况公示",
    "关于2023年度县本级预算执行和其他财政收支的审计工作报告（摘要）",
])
def test_a_long_document_title_is_never_glued_onto_its_body(title):
    from policyie.cleaning import find_broken_lines, is_document_title
    text = title + "\n\n根据上级文件精神，结合我县实际，现将有关事项通知如下。\n"
    assert is_document_title(title)
    assert find_broken_lines(text) == []


def test_a_body_line_ending_in_a_document_word_is_no_title():
    from policyie.cleaning import is_document_title
    assert not is_document_title("按照省财政厅、省农业农村厅联合印发的通知，现将有关事项公示")


def test_a_paragraph_opening_with_the_above_is_not_the_amounts_qualifier():
    from policyie.cleaning import find_broken_lines
    # 以上 + a noun opens a new paragraph ("the above accounts"); 以上的 goes on the amount
    assert find_broken_lines("三、期末结余 38620元\n\n以上收支情况经村务监督小组审核。") == []
    text = "对总投资在两千万元至五千万元之间、年内完工的项目补助300万元\n\n以上的部分按比例核减。"
    assert find_broken_lines(text) == [(text.index("\n\n"), text.index("\n\n") + 2)]


def test_an_amount_and_a_qualifier_over_a_page_break_stay_joined_unless_the_above_opens_a_sentence():
    from policyie.cleaning import find_broken_lines
    assert find_broken_lines("单个项目投资1000万元\n\n以上项目由省里审批。") != []
    assert find_broken_lines("三、期末结余 38620元\n\n以上收支情况经村务监督小组审核。") == []


def test_a_figure_alone_on_its_line_is_a_table_cell_not_a_cut_sentence():
    # a one-cell-per-line table whose remark cell is empty: the blank line is that cell
    text = "项目\n金额（元）\n说明\n经营收入\n84,600\n租金\n可分配收益\n73,150\n\n提取公益金\n21,945\n用于道路养护\n"
    assert find_broken_lines(text) == []
    # a sentence cut by a blank line after a figure with its comma still goes on
    prose = "今年全镇共争取上级补助资金1,260万元，主要用于农村道路提升和\n\n饮水安全巩固工程建设。"
    assert len(find_broken_lines(prose)) == 1


def _joined(text: str) -> str:
    return TextView(text, find_broken_lines(text)).text


def test_a_line_of_prose_cut_mid_sentence_in_one_line_per_paragraph_text_is_joined():
    # web text: one paragraph per line, and a line of prose that stops inside its sentence
    text = ("多措并举保障农村供水\n2025-03-04 来源：县融媒体中心\n"
            "记者从县水利局获悉，今年县里筹措资金4600万元，将重点用于城关、石门等7个乡镇供水管网延伸和\n"
            "老旧水厂提标改造，惠及群众5.2万人。\n下一步，县水利局将加强工程质量监管。\n")
    assert "管网延伸和老旧水厂提标改造" in _joined(text)
    assert "供水\n2025-03-04" in _joined(text)                    # a headline stays apart
    other = "同时，市财政局将对各区县兑付进度开展专项督导，确保资金及时拨\n付到户，群众满意度明显提升。\n"
    assert "及时拨付到户" in _joined("目前各地进展顺利。\n" + other)


def test_rows_items_amounts_and_new_paragraphs_are_not_cut_sentences():
    cases = [
        # a row's last cell, then the next row
        "脱贫户分红\n48 600\n162户，户均300元\n公益岗位工资\n21 400\n",
        # an item of a numbered list, then a sentence of its own
        "五、监理服务费：3.6万元，由项目单位支付\n本项目资金来源为2025年省级衔接资金。\n",
        # a cell of a one-cell-per-line table, then the next cell
        "新建冷库500立方米，购置分拣、包装设备\n新华镇东风村\n96\n80\n",
        # the next line is an indented new paragraph
        "今年共整修渠道12公里，惠及全乡3个村的灌溉用\n\u3000\u3000据悉，明年将继续实施渠系配套工程。\n",
        # cells parted by tabs
        "项目\t资金\n村内道路硬化，长1.2公里，宽4米\t36.5\n路灯安装\t8.2\n",
    ]
    for text in cases:
        assert find_broken_lines(text) == [], text


def test_a_place_name_cut_over_two_lines_in_a_list_is_joined():
    cases = {
        "乡镇\n大河镇\n建设地点\n青龙村、白鹤村、马\n鞍山村\n4200\n": "白鹤村、马鞍山村\n4200",
        "三、石门乡\n7.小溪\n口村\n8.大坪村\n": "7.小溪口村\n8.",
        "硬化道路自柳树湾村至桃\n园村，全长2.6公里。\n": "柳树湾村至桃园村，",
        "受益嘎查：巴彦嘎查、乌兰\n嘎查\n": "巴彦嘎查、乌兰嘎查",
    }
    for text, joined in cases.items():
        assert joined in _joined(text), text
    # a whole item, a unit list, a header cell: no name is cut there
    for text in ("河道清淤、堤防加固\n黄沙村\n", "单位：户、亩、元\n嘎查（村）  户数  金额\n", "村名\n张家村\n12\n"):
        assert find_broken_lines(text) == [], text

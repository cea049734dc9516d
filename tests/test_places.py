"""Places and agencies: gazetteer resolution (no spaCy) and the component on the gold corpus."""
from collections import Counter

import pytest

from policyie.agencies import default_agency_matcher
from policyie.gazetteer import default_gazetteer
from policyie.places import find_places


def places(text):
    return [(text[s:e], p) for s, e, p in find_places(text)]


def agencies(text):
    found, links = default_agency_matcher().find(text, find_places(text))
    return [(text[s:e], a) for s, e, a in found], links


def test_every_unique_county_name_resolves_to_its_adcode():
    gaz = default_gazetteer()
    counts = Counter(u.name for u in gaz.units.values())
    unique = [u for u in gaz.units.values() if u.level == "county" and counts[u.name] == 1]
    assert len(unique) > 2700
    wrong = []
    for unit in unique:
        got = places(f"{unit.name}财政局安排资金100万元。")
        if not got or got[0][1].adcode != unit.code:
            wrong.append((unit.name, unit.code, [(p.full_name, p.adcode) for _, p in got]))
    assert wrong == []


def test_full_names_short_names_abbreviations():
    got = {name: p for name, p in places("浙江省义乌市、内蒙古自治区莫力达瓦达斡尔族自治旗和海南省琼中黎族苗族自治县")}
    assert got["义乌市"].adcode == "330782"
    assert got["莫力达瓦达斡尔族自治旗"].adcode == "150722"
    assert got["琼中黎族苗族自治县"].adcode == "469030"
    [(_, zj), (_, yw)] = places("浙江义乌工资保障险")
    assert (zj.adcode, yw.adcode) == ("330000", "330782")
    [(name, qiong)] = places("琼中：垦地融合")
    assert qiong.adcode == "469030"
    [(name, mo)] = places("莫旗财政局2023年初预算")
    assert (name, mo.full_name, mo.adcode) == ("莫旗", "莫力达瓦达斡尔族自治旗", "150722")


def test_chain_links_each_place_to_its_parent():
    got = places("2021年，江西省赣州市会昌县坚持以人民为中心")
    assert [(n, p.adcode, p.parent) for n, p in got] == [
        ("江西省", "360000", None), ("赣州市", "360700", "360000"), ("会昌县", "360733", "360700")]
    assert got[2][1].city == "赣州市" and got[2][1].province == "江西省"


def test_townships_resolve_from_the_article():
    [(_, alone)] = places("永昌街道李渔风情街")
    assert alone.adcode is None and alone.parent is None and "330781004" in alone.candidates and len(alone.candidates) > 1
    got = dict(places("近日，兰溪市永昌街道李渔风情街上热闹非凡。"))
    assert got["永昌街道"].level == "township" and got["永昌街道"].parent == "330781"
    assert (got["永昌街道"].adcode, got["永昌街道"].township_code) == ("330781", "330781004")
    got = dict(places("海南省琼中黎族苗族自治县黎母山镇"))
    assert got["黎母山镇"].parent == "469030" and got["黎母山镇"].county == "琼中黎族苗族自治县"


def test_same_name_resolved_by_context_else_candidates():
    [(_, gulou)] = places("鼓楼区安排资金")
    assert gulou.adcode is None and len(gulou.candidates) == 4
    got = dict(places("福州市鼓楼区安排资金"))
    assert got["鼓楼区"].adcode == "350102"
    got = dict(places("吉林省吉林市"))
    assert (got["吉林省"].adcode, got["吉林市"].adcode) == ("220000", "220200")
    got = dict(places("湘潭市和湘潭县"))
    assert (got["湘潭市"].level, got["湘潭县"].level) == ("city", "county")


def test_historical_names_point_to_current_units():
    [(_, xf)] = places("襄樊市")
    assert xf.current == "420600"
    got = dict(places("柳州地区忻城县"))
    # a historical name takes today's code; `current` marks it as historical
    assert got["忻城县"].adcode == "451321" and got["忻城县"].current == "451321"


def test_zones_and_villages():
    got = dict(places("天津滨海高新区发布金融产品"))
    assert got["滨海高新区"].level == "zone" and got["滨海高新区"].parent == "120116"
    got = dict(places("东阳经济开发区"))
    assert got["东阳经济开发区"].level == "zone" and got["东阳经济开发区"].parent == "330783"
    got = dict(places("平潭综合实验区由126个岛屿组成"))
    assert got["平潭综合实验区"].level == "zone"
    got = dict(places("近日，贵州省岑巩县周坪村的思州柚"))
    assert got["周坪村"].level == "village" and got["周坪村"].parent == "522626"


@pytest.mark.parametrize("text", ["全省各地", "我市和该县", "市本级", "全国", "东风吹来", "胜利在望", "和平发展",
                                  "促进乡村振兴", "整合优势资源", "开发区", "社区养老服务", "阳光小学新建教学楼"])
def test_not_places(text):
    assert places(text) == []


def test_countryside_after_a_county_is_not_a_village():
    assert [w for w, _ in places("宁都县农村饮水安全工程")] == ["宁都县"]
    assert [w for w, _ in places("南昌市新建区财政局")] == ["南昌市", "新建区"]


def test_agency_bound_to_the_article_place():
    found, _ = agencies("甘肃兰州从严从细编制2024年部门预算。兰州市各部门……市财政局按照有保有压的原则")
    [(written, agency)] = [x for x in found if x[0] == "市财政局"]
    assert agency.canonical == "兰州市财政局" and agency.department == "财政" and agency.level == "city"
    found, _ = agencies("义乌市是全国小商品集散地。人社局、相关镇街快速介入")
    assert [(w, a.canonical, a.department) for w, a in found] == [("人社局", "义乌市人力资源和社会保障局", "人社")]
    found, _ = agencies("莫旗财政局2023年初预算安排专项资金")
    assert found[0][1].canonical == "莫力达瓦达斡尔族自治旗财政局" and found[0][1].level == "county"


def test_level_character_at_the_start_of_a_text():
    # 市/县 opening the text is the agency's level, not a generic word (各县, 全市) before it;
    # with no place in the text the agency is flagged unresolved and has no canonical name
    found, _ = agencies("市教育局安排资金50万元。县人社局发放补贴。")
    assert [(w, a.level, a.canonical, a.resolved) for w, a in found] == [
        ("市教育局", "city", None, False), ("县人社局", "county", None, False)]
    found, _ = agencies("各县人社局发放补贴。")
    assert [(w, a.level, a.canonical, a.resolved) for w, a in found] == [("各县人社局", None, None, False)]


def test_central_bodies_and_non_government_orgs():
    found, _ = agencies("近日，财政部、国家卫生健康委公示评审结果；浙江交通集团援建")
    got = {w: a for w, a in found}
    assert got["财政部"].level == "central" and got["财政部"].place is None
    assert got["国家卫生健康委"].canonical == "国家卫生健康委员会"
    assert got["浙江交通集团"].department is None and got["浙江交通集团"].level is None


def test_anaphora_links_to_the_agency():
    _, links = agencies("东台市财政局按照要求开展工作。该局还督促各镇区落实。")
    assert [(l["text"], l["canonical"]) for l in links] == [("该局", "东台市财政局")]


def test_component_ents_and_places_spans(nlp):
    doc = nlp("山东省财政厅下达资金5亿元，支持济南市历城区发展。")
    assert [(e.text, e.label_) for e in doc.ents] == [("山东省财政厅", "ORG"), ("5亿元", "MONEY"),
                                                     ("济南市", "GPE"), ("历城区", "GPE")]
    assert [s.text for s in doc.spans["places"]] == ["山东省", "济南市", "历城区"]
    org = doc.ents[0]
    assert org._.agency.canonical == "山东省财政厅" and org._.agency.place.adcode == "370000"
    assert doc.ents[3]._.place.adcode == "370112"


@pytest.mark.parametrize("text,short,code", [
    ("通渭多措并举推进农村改厕\n本报讯 今年以来，通渭统筹资金3200万元，全县完成改厕1.2万座。", "通渭", "621121"),
    ("会宁：小杂粮产业带动增收\n会宁把小杂粮作为富民产业，县财政安排奖补资金960万元。", "会宁", "620422"),
    ("今年，西丰持续加大投入，鹿产业园建设加快。西丰把鹿产业列为主导产业，县委、县政府出台扶持办法。", "西丰", "211223"),
])
def test_an_article_about_one_county_written_short_names_it(text, short, code):
    """A county's short name written twice in an article that names the county's own bodies
    (县财政局, 全县, 县委) is that county."""
    got = [p for name, p in places(text) if name == short]
    assert len(got) == 2 and all(p.adcode == code for p in got)


def test_a_short_county_name_alone_needs_support():
    assert not [p for name, p in places("会宁把小杂粮作为富民产业。") if name == "会宁"]


@pytest.mark.parametrize("text,written,canonical", [
    ("互助县农业农村和科技局关于新型农业经营主体奖补资金的公示", "互助县农业农村和科技局", "互助土族自治县农业农村和科技局"),
    ("近日，临泽县教育和体育局下达学生资助资金。", "临泽县教育和体育局", "临泽县教育和体育局"),
    ("据镇平县卫生健康和体育局介绍，…", "镇平县卫生健康和体育局", "镇平县卫生健康和体育局"),
    # three bureaus written without 和, and a first part that is itself merged (农牧农村)
    ("望江县文化旅游体育局组织开展全民健身活动。", "望江县文化旅游体育局", "望江县文化旅游体育局"),
    ("乡城县农牧农村和科技局发放良种补贴。", "乡城县农牧农村和科技局", "乡城县农牧农村和科技局"),
    ("青田县教育体育局下达校舍维修资金。", "青田县教育体育局", "青田县教育体育局"),
])
def test_a_bureau_merged_from_two_is_one_agency(text, written, canonical):
    found, _ = agencies(text)
    assert (written, canonical) in [(w, a.canonical) for w, a in found]


@pytest.mark.parametrize("written", ["县体育体育局", "县城市局", "县文化X旅游局"])
def test_words_that_are_not_bureau_stems_make_no_merged_bureau(written):
    found, _ = agencies(f"{written}开展工作。")
    assert written not in [w for w, _ in found]


@pytest.mark.parametrize("text,written,canonical", [
    # the service stations and offices of a township government (七站八所), after their township
    ("请于10日内向巴彦乌拉苏木农技站提交申请材料。", "巴彦乌拉苏木农技站", None),
    ("资金由凤凰镇水利站按工程进度拨付。", "凤凰镇水利站", None),
    ("如有异议，请向鹿厂镇农村经济管理服务中心反映。", "鹿厂镇农村经济管理服务中心", "会理市鹿厂镇农村经济管理服务中心"),
    ("经镇司法所调解，双方达成协议。", "镇司法所", None),
])
def test_a_township_service_station_is_an_agency_and_no_place(text, written, canonical):
    found, _ = agencies(text)
    got = {w: a.canonical for w, a in found}
    assert written in got
    if canonical is not None:
        assert got[written] == canonical
    station = written[-3:]
    assert not [name for name, _ in places(text) if name.endswith(station)]


def test_two_bureaus_joined_by_he_stay_two():
    found, _ = agencies("县财政局和教育局联合下达资金。")
    assert [w for w, _ in found] == ["县财政局", "教育局"]


@pytest.mark.parametrize("text,written", [
    ("今年，县财政投入2300万元建设农村寄宿制学校。", "县财政"),
    ("此外，自治区财政补助4.6亿元用于边境村道路建设。", "自治区财政"),
])
def test_fiscal_body_acting_before_an_amount(text, written):
    found, _ = agencies(text)
    assert written in [w for w, _ in found]


def test_fiscal_input_as_a_noun_is_no_body():
    found, _ = agencies("要持续加大财政投入力度，财政补助标准逐年提高。")
    assert found == []


@pytest.mark.parametrize("text,org", [
    ("2. 民勤县红沙梁镇绿源蜜瓜种植专业合作社 奖补12万元", "民勤县红沙梁镇绿源蜜瓜种植专业合作社"),
    ("甘肃陇原红枸杞生态农业开发有限公司获奖励30万元。", "甘肃陇原红枸杞生态农业开发有限公司"),
])
def test_places_inside_long_company_and_cooperative_names_are_not_places(text, org):
    found, _ = agencies(text)
    assert org in [w for w, _ in found]


def test_townships_written_short_before_a_described_count():
    got = {name: p for name, p in places("民勤县财政局对红沙梁、东湖、收成等4个沿沙乡镇的防沙治沙项目给予补助。")}
    assert {"红沙梁", "东湖", "收成"} <= set(got)
    assert all(got[n].township_code and got[n].township_code.startswith("620621") for n in ("红沙梁", "东湖", "收成"))


def test_a_townships_short_name_is_not_a_county_of_that_name():
    text = ("支持兴隆镇发展香菇产业\n今年以来，兴隆镇投入资金320万元。兴隆已建成香菇大棚60座，"
            "兴隆的香菇远销省外，全县香菇产业加快发展。")
    assert not [p for name, p in places(text) if name == "兴隆" and p.adcode == "130822"]


def test_fund_names_opened_by_central_finance_are_no_body():
    found, _ = agencies("中央财政补助资金4.2亿元已全部下达。")
    assert found == []


def test_running_text_before_a_cooperative_is_no_name():
    found, _ = agencies("临夏县今年新增省级示范农民专业合作社12家。")
    assert "临夏县今年新增省级示范农民专业合作社" not in [w for w, _ in found]


@pytest.mark.parametrize("text,place", [
    # a work report's title (X人民政府工作报告) names its place, as document titles do (the corpus
    # convention: places in titles are mentions); 政府工作报告 is the document, not the body acting
    ("会宁县人民政府工作报告（摘要）", "会宁县"),
    ("2025年平果市政府工作报告", "平果市"),
])
def test_a_work_reports_title_names_its_place(text, place):
    found, _ = agencies(text)
    assert not found
    assert place in [name for name, _ in places(text)]


def test_government_work_in_prose_is_no_body():
    found, _ = agencies("要持续改进政府工作作风。")
    assert not found


@pytest.mark.parametrize("text,written,canonical", [
    # a full name that starts inside a short name read first (从江|江华瑶族自治县)
    ("记者从江华瑶族自治县财政局获悉，资金已拨付。", "江华瑶族自治县财政局", "江华瑶族自治县财政局"),
    # a bureau merged from a former name (文体) and two others
    ("据丹寨县文体广电旅游局统计，假期接待游客12万人次。", "丹寨县文体广电旅游局", "丹寨县文体广电旅游局"),
])
def test_bodies_whose_place_or_name_overlaps_a_shorter_one(text, written, canonical):
    found, _ = agencies(text)
    assert (written, canonical) in [(w, a.canonical) for w, a in found]


@pytest.mark.parametrize("text,places", [
    # a city written in full or in a dateline: short county names of its province are places
    ("三亚9月3日讯（记者 王芳）省财政厅近日下达农业救灾资金6000万元，其中，陵水2100万元、保亭980万元。",
     {("三亚", "460200"), ("陵水", "469028"), ("保亭", "469029")}),
    ("赣州市财政局下达高标准农田建设资金2.3亿元，其中瑞金1200万元、于都980万元、兴国760万元。",
     {("赣州市", "360700"), ("瑞金", "360781"), ("于都", "360731"), ("兴国", "360732")}),
])
def test_short_county_names_of_the_province_of_a_city_the_article_names(text, places):
    from policyie.places import default_matcher
    got = {(m.text, m.units[0].code) for m in default_matcher().find(text) if len(m.units) == 1}
    assert got == places


def test_a_short_county_name_alone_waits_for_the_document():
    from policyie.places import default_matcher
    assert default_matcher().find("记者从省财政厅获悉，下达资金1.2亿元，其中瑞金1200万元。") == []


@pytest.mark.parametrize("text,places", [
    # townships written short in a list closed by its count: names of four characters, an
    # ethnic township without its people (走马坪 for 走马坪白族乡), a word before 及 left out
    ("资金重点支持八大公山、五道水、走马坪等4个乡镇发展茶叶产业。",
     {("八大公山", "430822109"), ("五道水", "430822105"), ("走马坪", "430822203")}),
    ("县审计局对县林业局及瑞塔铺、官地坪、芙蓉桥等5个乡镇的项目资金进行了审计。",
     {("瑞塔铺", "430822101"), ("官地坪", "430822102"), ("芙蓉桥", "430822208")}),
    # a list in brackets after the townships' word
    ("桑植县民政局通知：各乡镇（澧源、瑞塔铺、走马坪等）于每月5日前报送名册。",
     {("澧源", "430822100"), ("瑞塔铺", "430822101"), ("走马坪", "430822203")}),
    # three or more names closed by 等 and another word, in the county the text names
    ("桑植县今年重点扶持五道水、八大公山、凉水口等茶叶主产区。",
     {("五道水", "430822105"), ("八大公山", "430822109"), ("凉水口", "430822103")}),
])
def test_short_township_names_in_a_list(text, places):
    from policyie.places import default_matcher
    got = {(m.text, m.units[0].code) for m in default_matcher().find(text) if len(m.units) == 1}
    assert places <= got, got


def test_the_cells_of_a_township_column_are_townships_of_one_county():
    from policyie.places import default_matcher
    text = ("单位：万元\n序号 乡镇 项目类别 金额 备注\n1 澧源 人居环境 85\n2 瑞塔铺 产业发展 120 含茶园\n"
            "3 走马坪 基础设施 64\n4 河口 产业发展 52\n合计 321\n")
    got = {(m.text, m.units[0].code) for m in default_matcher().find(text) if len(m.units) == 1}
    assert got == {("澧源", "430822100"), ("瑞塔铺", "430822101"), ("走马坪", "430822203"), ("河口", "430822224")}


def test_a_township_column_whose_names_fit_no_one_county_gives_none():
    from policyie.places import default_matcher
    text = "单位：万元\n乡镇 金额\n城关 85\n新华 120\n"
    assert default_matcher().find(text) == []


def test_a_loose_list_needs_its_county_named():
    from policyie.places import default_matcher
    got = {m.text for m in default_matcher().find("今年重点扶持五道水、八大公山、凉水口等茶叶主产区。")}
    assert not got & {"五道水", "八大公山", "凉水口"}


def test_a_distribution_list_opened_by_a_township_in_full():
    from policyie.places import default_matcher
    text = "资金分配如下：澧源镇85万元、瑞塔铺62万元，走马坪40万元，全部用于村组道路。"
    got = {(m.text, m.units[0].code) for m in default_matcher().find(text) if len(m.units) == 1}
    assert got == {("澧源镇", "430822100"), ("瑞塔铺", "430822101"), ("走马坪", "430822203")}
    # a township shared by many counties opens no list
    assert default_matcher().find("其中：城关镇120万元，东风150万元。")[1:] == []


@pytest.mark.parametrize("text,name,code", [
    ("上安镇2024年农村公路养护资金分配情况公示\n各村：现将资金分配如下。", "上安镇", "130121101"),
    ("关于两河乡2025年第一批衔接资金项目的公示（2025-03-18）", "两河乡", "130131202"),
])
def test_a_text_of_today_names_no_township_abolished_before_the_list(nlp, text, name, code):
    # another township of that name was merged away before the 2023 list: a text writing only
    # years of 2023 or later names the one that exists
    places = [p for p in nlp(text)._.places if p["text"] == name]
    assert places and all(p["township_code"] == code for p in places)


def test_an_older_text_keeps_the_candidates_of_an_abolished_township(nlp):
    places = [p for p in nlp("2019年上安镇安排资金50万元修建村道。")._.places if p["text"] == "上安镇"]
    assert places and places[0]["township_code"] is None and places[0]["adcode"] is None

"""Places and agencies in funding notices, allocation tables, village lists and audit findings
(issue 15), on documents written for these tests in the style of each genre: tables flattened
to text, spaced names, short names as row labels, townships and villages resolved through the
document's county or township, audited bodies with their places. Codes are those of the NBS
2023 division list."""
import pytest


def run(nlp, text):
    doc = nlp(text)
    top = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "GPE"}
    places = [(p["text"], p["level"], p["adcode"], p["township_code"]) for p in doc._.places
              if (p["start"], p["end"]) in top]
    agencies = [(a["text"], a["canonical"]) for a in doc._.agencies if a.get("department")]
    return places, agencies


# -- allocation tables and funding notices -----------------------------------------------------

def test_county_rows_with_and_without_suffix_and_spaced_names(nlp):
    text = ("附件：资金分配表\n单位：万元\n地区 金额\n合计 1035\n市本级 60\n蕉城区 150\n福安市 160\n福鼎 140\n"
            "霞浦县 120\n古田 85\n屏 南 县 95\n周宁县\t90\n寿宁县\t75\n柘荣县 60\n")
    places, _ = run(nlp, text)
    assert places == [("蕉城区", "county", "350902", None), ("福安市", "county", "350981", None),
                      ("福鼎", "county", "350982", None), ("霞浦县", "county", "350921", None),
                      ("古田", "county", "350922", None), ("屏 南 县", "county", "350923", None),
                      ("周宁县", "county", "350925", None), ("寿宁县", "county", "350924", None),
                      ("柘荣县", "county", "350926", None)]


def test_spaced_names_in_a_table(nlp):
    text = ("2022年农村危房改造补助资金分配表\n县（区）  补助资金（万元）\n合  计  1130\n榆阳区  320\n"
            "神 木 市  410\n绥 德 县  280\n佳县  120\n")
    places, _ = run(nlp, text)
    assert places == [("榆阳区", "county", "610802", None), ("神 木 市", "county", "610881", None),
                      ("绥 德 县", "county", "610826", None), ("佳县", "county", "610828", None)]


@pytest.mark.parametrize("text, want", [
    ("2023年义务教育薄弱环节改善资金分配表\n单位：万元\n县别\t金额\n霞浦\t120\n古田\t85\n屏南\t95\n周宁\t90\n",
     [("霞浦", "350921"), ("古田", "350922"), ("屏南", "350923"), ("周宁", "350925")]),
    ("单位：万元\n地区 合计 中央资金 省级资金\n合计 2360 1760 600\n彭水 620 460 160\n酉阳 700 520 180\n"
     "秀山 560 420 140\n石柱 480 360 120\n",
     [("彭水", "500243"), ("酉阳", "500242"), ("秀山", "500241"), ("石柱", "500240")]),
    ("序号\t县（市、区）\t合计\n1\t正安\t150\n2\t道真\t140\n3\t务川\t145\n4\t凤冈县\t130\n",
     [("正安", "520324"), ("道真", "520325"), ("务川", "520326"), ("凤冈县", "520327")]),
])
def test_short_county_names_as_row_labels(nlp, text, want):
    places, _ = run(nlp, text)
    assert [(w, code) for w, _, code, _ in places] == want


def test_a_citys_zone_written_bare_as_a_row(nlp):
    text = "2022年度市级财政奖补资金安排\n经开区 300万元\n宿城区 800万元\n宿豫区 760万元\n沭阳县 1500万元\n泗洪县 1200万元\n"
    places, _ = run(nlp, text)
    assert places[0] == ("经开区", "zone", "321371", None)
    assert [w for w, *_ in places[1:]] == ["宿城区", "宿豫区", "沭阳县", "泗洪县"]


def test_townships_of_a_notice_resolve_through_the_county_of_its_signature(nlp):
    text = ("关于拨付2023年耕地地力保护补贴资金的通知\n各镇（街道）财政所：\n现将补贴资金拨付给你们：桃城镇45.2万元、"
            "东平镇120.6万元、石鼓镇98.3万元、湖洋镇60.1万元、横口乡30.5万元。\n永春县财政局 永春县农业农村局\n2023年5月8日")
    places, agencies = run(nlp, text)
    assert places == [("桃城镇", "township", "350525", "350525100"), ("东平镇", "township", "350525", "350525109"),
                      ("石鼓镇", "township", "350525", "350525107"), ("湖洋镇", "township", "350525", "350525110"),
                      ("横口乡", "township", "350525", "350525200")]
    # the addressees 各镇（街道）财政所 are several bodies, not one
    assert agencies == [("永春县财政局", "永春县财政局"), ("永春县农业农村局", "永春县农业农村局")]


def test_townships_written_short_in_a_counted_list(nlp):
    places, _ = run(nlp, "发布时间：2023-04-12 来源：崇义县人民政府\n县财政安排资金2800万元，在横水、扬眉、过埠、铅厂4个乡镇"
                         "实施高标准农田建设项目。")
    assert places == [("横水", "township", "360725", "360725100"), ("扬眉", "township", "360725", "360725101"),
                      ("过埠", "township", "360725", "360725102"), ("铅厂", "township", "360725", "360725103")]


def test_city_in_a_notice_listing_its_counties(nlp):
    text = ("经市政府同意，现将资金分配方案印发给你们。汝城县、桂东县、宜章县各安排1000万元，资兴市、永兴县各安排600万元。\n"
            "郴州市人民政府办公室")
    _, agencies = run(nlp, text)
    assert agencies == [("市政府", "郴州市人民政府"), ("郴州市人民政府办公室", "郴州市人民政府办公室")]


# -- village lists ------------------------------------------------------------------------------

def test_villages_as_row_labels_belong_to_the_documents_township(nlp):
    text = ("2021年度一事一议财政奖补项目资金分配公示\n根据县财政局的通知，经镇党委研究，现将我镇项目资金分配情况公示如下：\n"
            "单位：元\n村名\t项目名称\t奖补资金\n石桥村\t村道硬化\t150000\n龙溪村\t路灯安装\t80000\n新塘社区\t排水沟\t60000\n"
            "枫树坪村3组\t机耕路\t45000\n衡东县草市镇人民政府\n2021年8月31日")
    places, agencies = run(nlp, text)
    assert places == [(v, "village", "430424", "430424107") for v in ("石桥村", "龙溪村", "新塘社区", "枫树坪村", "3组")]
    assert agencies == [("县财政局", "衡东县财政局"), ("镇党委", "中共衡东县草市镇委员会"),
                        ("衡东县草市镇人民政府", "衡东县草市镇人民政府")]


@pytest.mark.parametrize("text, county, rows", [
    ("临澧县2022年村级集体经济发展扶持资金分配表\n单位：万元\n乡镇\t村\t金额\n停弦渡镇\t岗市村\t50\n四新岗镇\t修梅社区\t30\n"
     "烽火乡\t烽火村\t50\n合口镇\t杉板社区\t30\n", "430724",
     [("停弦渡镇", "岗市村", "430724106"), ("四新岗镇", "修梅社区", "430724105"), ("烽火乡", "烽火村", "430724204"),
      ("合口镇", "杉板社区", "430724101")]),
    ("寿宁县2022年度村务公开\n南阳镇 龙虎村 村级运转经费 5.2万元\n犀溪镇 西浦村 旅游道路 12万元\n清源镇 清源村 饮水工程 8万元\n",
     "350924", [("南阳镇", "龙虎村", "350924102"), ("犀溪镇", "西浦村", "350924104"), ("清源镇", "清源村", "350924107")]),
    ("铅山县2023年农村人居环境整治项目资金分配表\n单位：万元\n序号\t乡镇\t村\t金额\n1\t河口镇\t建设村\t20\n2\t永平镇\t杨村\t15\n"
     "3\t紫溪乡\t枫林村\t10\n", "361124",
     [("河口镇", "建设村", "361124100"), ("永平镇", "杨村", "361124101"), ("紫溪乡", "枫林村", "361124207")]),
])
def test_township_and_village_columns_of_a_table(nlp, text, county, rows):
    places, _ = run(nlp, text)
    want = []
    for town, village, code in rows:
        want += [(town, "township", county, code), (village, "village", county, code)]
    assert places[1:] == want


def test_numbered_village_rows_of_a_township_notice(nlp):
    text = ("一事一议财政奖补项目公示\n经县财政局审核，我镇2022年度一事一议财政奖补项目如下：\n序号 村（社区） 项目 金额（万元）\n"
            "1 薛家河村 村道硬化 35\n2 沙滩坪村 便民桥 20\n3 郭家沟社区 排洪渠 15\n绥德县薛家河镇人民政府\n2022年10月9日")
    places, agencies = run(nlp, text)
    assert places == [(v, "village", "610826", "610826107") for v in ("薛家河村", "沙滩坪村", "郭家沟社区")]
    assert agencies[0] == ("县财政局", "绥德县财政局")


def test_a_villages_own_notice_and_its_committee(nlp):
    places, agencies = run(nlp, "下坪村2023年第二季度村务公开\n一、收入情况：村级组织运转经费5.5万元。\n"
                                "公开单位：下坪村村民委员会")
    assert [(w, level) for w, level, *_ in places] == [("下坪村", "village")]
    assert agencies == []                                    # 村民委员会 is not 民委


# -- audit findings -----------------------------------------------------------------------------

def test_audited_bodies_of_several_places_and_distributive_lists(nlp):
    text = ("吉安市审计局关于2022年度市本级预算执行的审计工作报告\n市审计局对市本级预算执行情况进行了审计。市住建局、"
            "市交通运输局超范围列支经费86万元；部分单位未按规定政府采购。永丰县、泰和县财政局滞留专项资金3400万元；"
            "吉水县住建局挪用资金520万元。")
    _, agencies = run(nlp, text)
    assert agencies == [("吉安市审计局", "吉安市审计局"), ("市审计局", "吉安市审计局"),
                        ("市住建局", "吉安市住房和城乡建设局"), ("市交通运输局", "吉安市交通运输局"),
                        ("永丰县、泰和县财政局", "永丰县财政局、泰和县财政局"),
                        ("吉水县住建局", "吉水县住房和城乡建设局")]


def test_national_audit_office_findings(nlp):
    text = ("审计署长沙特派办对怀化市、邵阳市2019年度财政收支进行了审计。怀化市财政局未及时分配资金3.6亿元，"
            "某县农业农村局违规使用衔接资金2300万元。两市市政府已责成整改。")
    _, agencies = run(nlp, text)
    assert agencies == [("审计署长沙特派办", "审计署驻长沙特派员办事处"), ("怀化市财政局", "怀化市财政局"),
                        ("某县农业农村局", None), ("两市市政府", None)]


def test_bodies_after_a_demonstrative_take_the_place_named_before(nlp):
    text = ("审计署于2013年对湖南省平江县进行了审计。审计发现，该县财政局将扶贫资金380万元借给县城投公司；该县扶贫办虚报项目12个。"
            "平江县三市镇政府挪用资金25万元，该镇财政所出具虚假票据。团县委、县纪委监委对相关责任人进行了问责。")
    _, agencies = run(nlp, text)
    assert agencies == [("审计署", "审计署"), ("财政局", "平江县财政局"), ("扶贫办", "平江县扶贫开发办公室"),
                        ("平江县三市镇政府", "平江县三市镇人民政府"), ("财政所", "平江县三市镇财政所"),
                        ("团县委", "共青团平江县委员会"), ("县纪委监委", "平江县纪委监委")]


def test_county_bodies_of_an_audit_report(nlp):
    text = ("审计发现，市生态环境局武宁分局、县人武部、县财政国库支付中心、县农经站、县教体局、县文广旅局、"
            "县工业园区管委会存在违规问题。\n审计单位：武宁县审计局")
    places, agencies = run(nlp, text)
    assert places == []                                      # 工业园区管委会 is a body, 武宁 is inside one
    assert agencies == [("市生态环境局武宁分局", "九江市生态环境局武宁分局"), ("县人武部", "武宁县人民武装部"),
                        ("县财政国库支付中心", "武宁县财政国库支付中心"),
                        ("县农经站", "武宁县农村经营管理站"), ("县教体局", "武宁县教育体育局"),
                        ("县文广旅局", "武宁县文化广电和旅游局"), ("武宁县审计局", "武宁县审计局")]


# -- precision --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "审计发现，部分乡镇未按规定公开资金使用情况。",
    "2021-02-17 09:42 云上谷城\n全省村级组织将获得50亿元“大红包”。",
    "各乡镇人民政府、街道办事处，县直各单位：\n现将有关事项通知如下。",
    "镇政府将农村危房改造补助资金用于办公楼维修。",
])
def test_no_place_and_no_body_from_phrases_of_the_genre(nlp, text):
    places, agencies = run(nlp, text)
    assert places == [] and all(c is not None or w.endswith("镇政府") for w, c in agencies)


@pytest.mark.parametrize("text, want", [
    ("单位：万元\n鼓楼区 50\n台江区 40\n仓山区 30\n晋安区 60\n", ("鼓楼区", "350102")),
    ("经研究，下达朝阳区、海淀区、丰台区、石景山区专项资金共计1.2亿元。", ("朝阳区", "110105")),
    ("按照规定，新城区、回民区、玉泉区、赛罕区各安排200万元。", ("新城区", "150102")),
])
def test_a_shared_district_name_resolves_among_its_sibling_districts(nlp, text, want):
    places, _ = run(nlp, text)
    assert (places[0][0], places[0][2]) == want


def test_a_list_of_short_county_names_of_one_city_without_a_count(nlp):
    places, _ = run(nlp, "受益县（市、区）：德保、靖西、那坡、凌云、乐业")
    assert [(w, code) for w, _, code, _ in places] == [("德保", "451024"), ("靖西", "451081"), ("那坡", "451026"),
                                                        ("凌云", "451027"), ("乐业", "451028")]


@pytest.mark.parametrize("text, want", [
    ("人民银行三明市中心支行近日发布通知。", ("人民银行三明市中心支行", "中国人民银行三明市中心支行")),
    ("国家税务总局南宁市税务局开展培训。", ("国家税务总局南宁市税务局", "国家税务总局南宁市税务局")),
    ("审计署驻武汉特派员办事处进行了审计。", ("审计署驻武汉特派员办事处", "审计署驻武汉特派员办事处")),
])
def test_central_bodies_branches_in_a_place(nlp, text, want):
    _, agencies = run(nlp, text)
    assert agencies[0] == want


def test_township_short_names_as_row_labels_of_one_county(nlp):
    places, _ = run(nlp, "单位：万元\n乡镇\t金额\n桃城\t45.2\n东平\t120.6\n湖洋\t60.1\n横口\t30.5\n合计\t256.4\n")
    assert places == [("桃城", "township", "350525", "350525100"), ("东平", "township", "350525", "350525109"),
                      ("湖洋", "township", "350525", "350525110"), ("横口", "township", "350525", "350525200")]
    places, _ = run(nlp, "单位：万元\n1 人员 100\n2 公用 100\n3 项目 100\n4 其他 50\n")
    assert places == []


def test_villages_after_their_township_and_a_colon_or_bracket(nlp):
    places, _ = run(nlp, "寿宁县2022年度村务公开\n南阳镇：龙虎村、犀溪村；犀溪镇（西浦村）。\n")
    assert places[1:] == [("南阳镇", "township", "350924", "350924102"), ("龙虎村", "village", "350924", "350924102"),
                          ("犀溪村", "village", "350924", "350924102"), ("犀溪镇", "township", "350924", "350924104"),
                          ("西浦村", "village", "350924", "350924104")]


def test_villages_of_a_county_with_several_townships_take_the_county(nlp):
    places, _ = run(nlp, "寿宁县2022年度村务公开\n南阳镇、犀溪镇项目如下：\n龙虎村\t运转经费\t5.2\n西浦村\t旅游道路\t12\n")
    assert places[-2:] == [("龙虎村", "village", "350924", None), ("西浦村", "village", "350924", None)]


def test_a_subdistrict_office_and_a_township_government_in_an_audit(nlp):
    text = ("宁德市审计局派出审计组，对霞浦县2022年度财政预算执行情况进行了审计。县卫健局违规发放补贴；"
            "松港街道办事处、盐田畲族乡人民政府挪用专项资金。")
    places, agencies = run(nlp, text)
    assert places == [("霞浦县", "county", "350921", None)]
    assert agencies == [("宁德市审计局", "宁德市审计局"), ("县卫健局", "霞浦县卫生健康局"),
                        ("松港街道办事处", "霞浦县松港街道办事处"), ("盐田畲族乡人民政府", "霞浦县盐田畲族乡人民政府")]


def test_audit_in_traditional_characters_of_a_county_by_its_former_name(nlp):
    text = ("審計署公布陝西省橫山縣2010年至2012年財政扶貧資金審計結果\n審計發現，橫山縣扶貧辦、縣財政局將扶貧資金120萬元"
            "用於彌補辦公經費；該縣石灣鎮政府虛報冒領扶貧資金8萬元。")
    places, agencies = run(nlp, text)
    assert places == [("陝西省", "province", "610000", None), ("橫山縣", "county", "610803", None)]
    assert agencies == [("審計署", "审计署"), ("橫山縣扶貧辦", "横山县扶贫开发办公室"), ("縣財政局", "横山县财政局"),
                        ("石灣鎮政府", "横山县石湾镇人民政府")]


def test_a_village_heading_its_story_and_named_again(nlp):
    text = ("石桥村：小山村走出致富路\n发布日期：2023-05-02\n近年来，石桥村依托资源优势发展茶产业，带动农户120户。\n"
            "石门县农业农村局供稿")
    places, _ = run(nlp, text)
    assert places == [("石桥村", "village", "430726", None), ("石桥村", "village", "430726", None)]


@pytest.mark.parametrize("text", [
    "石桥村\t" * 12000,                                  # lone villages: one owner per article
    "石桥村、" * 12000,
    "桃城\t1\n东平\t2\n湖洋\t3\n" * 4000,                 # township rows
    "宿城区 1\n经开区 3\n" * 6000,                        # bare zones
    "横水、扬眉、过埠4个乡镇，" * 4000,
])
def test_table_and_village_readers_stay_linear(text):
    import time
    from policyie.places import default_matcher
    start = time.perf_counter()
    default_matcher().find(text)
    assert time.perf_counter() - start < 15


def test_a_zone_of_its_own_name_as_a_row_among_county_rows(nlp):
    text = "序号\t县（市、区）\t合计\n1\t红花岗区\t120\n2\t汇川区\t135\n3\t播州区\t210\n4\t新蒲新区\t60\n"
    places, _ = run(nlp, text)
    assert places[-1] == ("新蒲新区", "zone", None, None)          # not in the NBS list: no code
    assert [w for w, *_ in places[:-1]] == ["红花岗区", "汇川区", "播州区"]


@pytest.mark.parametrize("text, written", [
    ("审计发现，A县农业农村局违规发放补贴。\n霞浦县审计局", "A县农业农村局"),
    ("甲乡政府挪用扶贫资金12万元。\n古田县审计局", "甲乡政府"),
    ("XX县财政局未及时拨付资金。", "XX县财政局"),
])
def test_bodies_of_places_not_named_are_anonymous(nlp, text, written):
    _, agencies = run(nlp, text)
    assert agencies[0] == (written, None)


def test_recipient_units_of_an_allocation_list_are_organizations_not_places(nlp):
    text = ("单位：万元\n霞浦县妇幼保健院 20\n霞浦县农村信用合作联社 10\n霞浦县松港街道社区卫生服务中心 12\n"
            "霞浦县疾病预防控制中心 9\n霞浦县特殊教育学校 5\n霞浦县文化馆 4\n霞浦县农业技术推广站 3\n")
    places, _ = run(nlp, text)
    assert places == []


def test_villages_written_by_their_committee_in_a_table(nlp):
    places, _ = run(nlp, "寿宁县2022年度村务公开\n南阳镇 龙虎村委会 5.2万元\n犀溪镇 西浦村民委员会 12万元\n")
    assert places[1:] == [("南阳镇", "township", "350924", "350924102"), ("龙虎村委会", "village", "350924", "350924102"),
                          ("犀溪镇", "township", "350924", "350924104"), ("西浦村民委员会", "village", "350924", "350924104")]
    places, _ = run(nlp, "龙虎村委会主任介绍了情况。")           # in prose the committee is a body
    assert places == []


def test_a_county_name_spaced_before_its_suffix_in_a_table_row():
    import policyie
    nlp = policyie.load()
    text = "单位：万元\n序号 地区 合计\n1 建平 县 528\n2 喀左 县 362\n3 凌源市 437\n"
    got = {p["text"]: p["adcode"] for p in nlp(text)._.places}
    assert got.get("建平 县") == "211322" and got.get("喀左 县") == "211324" and got.get("凌源市") == "211382"


def test_a_table_row_cut_inside_its_county_name_keeps_its_place_and_its_table():
    import policyie
    nlp = policyie.load()
    text = ("白城市财政局关于下达2025年农村公路养护补助资金的通知\n现将补助资金720万元下达给你们。\n"
            "单位：万元\n序号 县区 合计 中央资金 省级资金\n1 镇赉县 312 260 52\n2 通榆\n县 408 340 68\n")
    doc = nlp(text)
    assert {p["text"]: p["adcode"] for p in doc._.places}.get("通榆\n县") == "220822"
    rows = {r["text"]: r for r in doc._.records}
    assert rows["408"]["adcode"] == "220822" and rows["408"]["kind"] == rows["312"]["kind"] == "transfer"


@pytest.mark.parametrize("text, want", [
    # a list closed by a count of townships: each name a township of the one county that has all
    ("湄潭县茶产业贷款贴息资金拨付到位，涉及兴隆、永兴、复兴、湄江街道等12个镇（街道）。",
     {"兴隆": "520328108", "永兴": "520328101", "复兴": "520328102", "湄江街道": "520328004"}),
    ("投入2300万元实施包家、田头两乡农村学校改薄工程。", {"包家": "340828203", "田头": "340828205"}),
])
def test_township_short_names_in_a_counted_list(text, want):
    import policyie
    got = {p["text"]: p.get("township_code") for p in policyie.load()(text)._.places}
    assert all(got.get(k) == v for k, v in want.items())


def test_county_short_names_in_a_counted_list_stay_counties():
    import policyie
    got = {p["text"]: p.get("adcode") for p in policyie.load()("兴隆、滦平两县安排资金800万元。")._.places}
    assert got == {"兴隆": "130822", "滦平": "130824"}


# -- merged cells, vertical tables, names a layout sets apart ------------------------------------

@pytest.mark.parametrize("text, names", [
    # bars: a township's cell printed once, empty in its other rows
    ("新化县2024年村级公益事业奖补资金分配表\n单位：元\n序号|乡镇|村名|奖补资金|备注\n1|洋溪镇|大坪|52000|\n"
     "2||桐子湾|38000|\n3|槎溪镇|白溪|41000|续建\n4||梅花洞|27500|\n合计|||158500|\n",
     ["大坪", "桐子湾", "白溪", "梅花洞"]),
    # tabs: the empty first cell written as a leading tab
    ("从江县2023年村集体经济项目资金安排\n单位：万元\n乡镇\t序号\t行政村\t项目\t金额\n贯洞镇\t1\t龙图\t香猪养殖\t45\n"
     "\t2\t干团\t冷库\t30\n洛香镇\t3\t四联\t百香果基地\t50\n\t4\t新安\t茶叶加工\t25\n合计\t\t\t\t150\n",
     ["龙图", "干团", "四联", "新安"]),
    # spaces: the merged cell left out, the row's cells counted from its end
    ("准格尔旗2022年村级运转经费明细\n单位：元\n苏木乡镇 村名 金额\n薛家湾镇 柳树湾 58000\n长滩 46000\n小计 104000\n"
     "沙圪堵镇 塔哈拉川 61000\n双枣子 52000\n小计 113000\n",
     ["柳树湾", "长滩", "塔哈拉川", "双枣子"]),
])
def test_village_column_with_a_merged_township_cell(nlp, text, names):
    places, _ = run(nlp, text)
    assert [w for w, level, *_ in places if level == "village"] == names


def test_vertical_table_one_cell_per_line(nlp):
    # (names without their suffix: only the column says they are villages)
    text = ("丙妹镇2024年护林员补助发放表\n序号\n村名\n人数\n发放金额（元）\n1\n岜沙\n12\n14400\n2\n大塘\n9\n10800\n"
            "3\n高增\n15\n18000\n合计\n36\n43200\n")
    places, _ = run(nlp, text)
    assert [(w, level, code, town) for w, level, code, town in places if level == "village"] == \
        [(v, "village", "522633", "522633100") for v in ("岜沙", "大塘", "高增")]


def test_a_vertical_table_stops_where_a_name_breaks_over_two_lines(nlp):
    text = ("村名\n户数\n补助（元）\n石门坎\n41\n8200\n白杨沟\n38\n7600\n乌兰呼\n都嘎查\n30\n6000\n")
    places, _ = run(nlp, text)
    assert [w for w, *_ in places] == ["石门坎", "白杨沟"]


@pytest.mark.parametrize("text, names", [
    ("村级经费下拨（单位：元）：\n共乐村 30000 | 其美村 30000 | 新丰村 28000\n小计 88000", ["共乐村", "其美村", "新丰村"]),
    ("序号\t村\t项目\t金额\n1\t本固村\t水渠\t42000\n2\t各达村\t路灯\t18500\n", ["本固村", "各达村"]),
    ("付款明细：\n3、东 风村 8.60\n4、三岔 河村 7.25\n5、桥头村 6.00\n", ["东 风村", "三岔 河村", "桥头村"]),
])
def test_whole_cells_that_are_village_names(nlp, text, names):
    places, _ = run(nlp, text)
    assert [w for w, level, *_ in places if level == "village"] == names


def test_a_village_after_its_township_may_open_with_a_function_character(nlp):
    places, _ = run(nlp, "新化县游家镇本溪村2024年上半年村务公开：收入合计12.6万元。")
    assert [(w, level) for w, level, *_ in places] == [("新化县", "county"), ("游家镇", "township"), ("本溪村", "village")]


@pytest.mark.parametrize("text", [
    "游家镇各村要在月底前完成申报，全镇各行政村同步推进。",
    "洋溪镇本村村民可凭身份证领取。",
    "公开日期：2024年3月2日　　柳树村村民委员会　　村务监督委员会",
    "| 自然村 | 户主 | 人口 |\n| 行政村 | 户数 | 金额 |",
])
def test_no_village_from_kinds_signatures_headers_and_verbs(nlp, text):
    places, _ = run(nlp, text)
    assert [w for w, level, *_ in places if level == "village"] == []


def test_a_township_name_read_across_a_verb_is_no_place(nlp):
    places, _ = run(nlp, "今年新增债券资金主要投向城镇老旧小区改造和农村供水保障。")
    assert places == []

"""Places that are words of the genre: a verb that joins two bodies (会同) and townships named
only by a kind of body (新材料产业园, 农场). Sentences written for these tests."""
import pytest


@pytest.fixture(scope="module")
def nlp():
    import policyie
    return policyie.load()


@pytest.mark.parametrize("text,agencies", [
    ("瑞金市财政局会同市农业农村局下达衔接资金2300万元。", ["瑞金市财政局", "瑞金市农业农村局"]),
    ("县财政局会同县水利局对项目进行验收。泰和县财政局负责资金拨付。", ["泰和县财政局", "泰和县水利局", "泰和县财政局"]),
])
def test_a_verb_joining_two_bodies_is_no_county(nlp, text, agencies):
    doc = nlp(text)
    assert "会同县" not in [p["text"] for p in doc._.places]
    assert [a["canonical"] for a in doc._.agencies] == agencies


def test_the_county_huitong_is_still_a_place(nlp):
    doc = nlp("会同县财政局安排资金50万元，用于若水镇道路修缮。")
    assert [a["canonical"] for a in doc._.agencies] == ["会同县财政局"]
    assert "431225" in {p.get("adcode") for p in doc._.places}


@pytest.mark.parametrize("text", [
    "包头稀土高新区稀土新材料产业园二期项目集中开工。",
    "对购置青贮收获机的合作社和家庭农场给予补贴。",
    "省财政支持建设省级现代农业产业园8个。",
])
def test_a_township_named_only_by_a_kind_of_body_is_no_place_alone(nlp, text):
    names = {p["text"] for p in nlp(text)._.places}
    assert not names & {"新材料产业园", "农场", "现代农业产业园"}, names


def test_a_generic_township_after_its_county_is_a_place(nlp):
    places = nlp("南京市六合区新材料产业园新建标准厂房。")._.places
    assert ("新材料产业园", "320116") in {(p["text"], p.get("adcode")) for p in places}


def test_a_community_named_like_a_news_agency_is_a_place(nlp):
    doc = nlp("2 | 新华社区 | 路灯安装 | 8.2 |\n新华社成都5月6日电 四川省财政厅下达资金。")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("新华社区", "GPE") in ents and ("新华社", "ORG") in ents


def test_a_residents_committee_holds_no_ethnic_affairs_commission(nlp):
    # 民委 is the short name of a 民族事务委员会, but not inside 居民委员会 / 村民委员会
    doc = nlp("海安市城东镇经费明细\n单位名称 金额(元)\n红星社区居民委员会 82000\n立新村民委员会 76000\n"
              "另由市民委安排少数民族发展资金5万元。")
    names = [a["text"] for a in doc._.agencies]
    assert names.count("市民委") == 1 and not any(n == "民委" or n.endswith("民委员会") for n in names)


@pytest.mark.parametrize("text", [
    "对评为省级示范县的，一次性奖励200万元。",
    "今年新创建国家级电子商务进农村综合示范县2个。",
    "推动全省乡村治理规范县建设。",
])
def test_a_model_county_is_no_county_named_fan(nlp, text):
    assert "范县" not in {p["text"] for p in nlp(text)._.places}


def test_the_county_fanxian_is_still_a_place(nlp):
    places = nlp("河南省濮阳市范县下达农村改厕资金。")._.places
    assert ("范县", "410926") in {(p["text"], p.get("adcode")) for p in places}


@pytest.mark.parametrize("text,place", [
    ("县财政拿出真金白银支持企业技改。", "白银"),
    ("工程完工后经镇村两级联合验收合格。", "经镇村"),
    ("所需资金由省级财政和县财政按6:4比例分担。", "政和县"),
    ("宁江区将加强文化、民主、团结等方面建设。", "文化"),       # topics, not townships
    ("补助资金由市财政和县财政各承担一半。", "政和县"),
])
def test_an_idiom_or_a_phrase_of_levels_is_no_place(nlp, text, place):
    assert place not in {p["text"] for p in nlp(text)._.places}


def test_the_county_zhenghe_is_still_a_place(nlp):
    places = nlp("政和县财政局下达白茶产业发展资金80万元。")._.places
    assert ("政和县", "350725") in {(p["text"], p.get("adcode")) for p in places}


@pytest.mark.parametrize("text,org,places", [
    # a family farm or a factory named after its place: the organization's place, not a GPE
    ("4 宁乡市双江口镇绿源家庭农场 示范家庭农场 30000", "宁乡市双江口镇绿源家庭农场", set()),
    ("奖励名单：邵东市恒达五金制品厂。", "邵东市恒达五金制品厂", set()),
    # a 厂 inside a township's name, or a factory that is a project, is no organization
    ("会理市鹿厂镇大营村财务公开", None, {"会理市", "鹿厂镇", "大营村"}),
    ("1  城关镇  石门村粮食加工厂建设项目  120", None, {"城关镇", "石门村"}),
    # a treatment plant named after its place is a public work: the place is a place
    ("资金用于石门镇污水处理厂提标改造。", None, {"石门镇"}),
    ("新建双桥乡垃圾处理厂及配套管网。", None, {"双桥乡"}),
    # a plant that acts is the organization that runs it
    ("秭归县垃圾焚烧厂向县财政申请补贴资金500万元。", "秭归县垃圾焚烧厂", set()),
])
def test_farms_and_factories_named_after_a_place(nlp, text, org, places):
    doc = nlp(text)
    orgs = {a["text"] for a in doc._.agencies if not a.get("department")}
    standalone = {e.text for e in doc.ents if e.label_ == "GPE"}
    if org is not None:
        assert org in orgs
    assert places <= standalone and not (standalone - places), standalone


@pytest.mark.parametrize("text,place", [
    # a generic suffix after prose is no organization's name: the place stays standalone
    ("环县今年新培育家庭农场42家。", "环县"),
    ("一家企业在渭源县投资建厂。", "渭源县"),
    ("向岷县养殖场户发放防疫补贴。", "岷县"),
    ("通渭县工厂化育苗中心投入使用。", "通渭县"),
])
def test_prose_before_a_farm_or_a_factory_leaves_the_place(nlp, text, place):
    assert place in {e.text for e in nlp(text).ents if e.label_ == "GPE"}


@pytest.mark.parametrize("text, outlet", [
    ("来源：中证网 2025-03-02", "中证网"),
    ("据澎湃新闻报道，该县今年安排资金800万元。", "澎湃新闻"),
    ("（原标题：……）来源：南方网", "南方网"),
    ("本文转自人民網", "人民網"),
])
def test_a_news_outlet_named_without_a_place_is_an_organization(text, outlet):
    import policyie
    doc = policyie.load()(text)
    assert outlet in [e.text for e in doc.ents if e.label_ == "ORG"]


def test_a_word_that_goes_on_past_an_outlet_is_no_outlet():
    import policyie
    doc = policyie.load()("广大人民网民踊跃留言。")
    assert "人民网" not in [e.text for e in doc.ents]


# -- counties named by one character and 县 (成县, 道县, 房县, 息县, 容县, 单县, 富县, 荣县) ---------

@pytest.mark.parametrize("text", [
    "年内完成县医院门诊楼改扩建工程。",
    "逐步形成县乡村三级物流配送体系。",
    "群众都知道县里出台了新的补贴政策。",
    "新增资金主要用于住房县城更新改造。",
    "创业担保贷款贴息县财政承担百分之三十。",
    "帮助脱贫户实现致富县里还将继续支持。",
    "按照通知内容县财政局及时拨付了资金。",
    "请对照任务清单县直各部门逐项落实。",
])
def test_a_word_ending_in_a_one_character_county_stem_is_no_county(nlp, text):
    doc = nlp(text)
    found = [p["text"] for p in doc._.places] + [a["text"] for a in doc._.agencies if a.get("canonical")]
    assert not any(n in f for f in found for n in ("成县", "道县", "房县", "息县", "富县", "容县", "单县")), found


@pytest.mark.parametrize("text, name, code", [
    ("湖南省永州市道县", "道县", "431124"),
    ("山东菏泽单县", "单县", "371722"),
    ("陇南市成县", "成县", "621221"),
    ("贵港市容县财政局安排资金80万元。", "容县", "450921"),
    ("四川省自贡市荣县", "荣县", "510321"),
])
def test_a_one_character_county_after_its_city_is_a_place_even_at_the_text_end(nlp, text, name, code):
    places = {(p["text"], p.get("adcode")) for p in nlp(text)._.places}
    assert (name, code) in places, places


@pytest.mark.parametrize("text, agencies", [
    ("县住建局将会同县财政局开展专项检查。", ["县住建局", "县财政局"]),
    ("市水利局已会同市财政局完成验收。", ["市水利局", "市财政局"]),
])
def test_joining_after_a_body_and_an_adverb_is_no_county(nlp, text, agencies):
    doc = nlp(text)
    assert [a["text"] for a in doc._.agencies] == agencies
    assert "会同县" not in [p["text"] for p in doc._.places]


def test_an_acting_county_head_is_no_county(nlp):
    doc = nlp("——在沁源县人民代表大会上\n县人民政府代县长　李明")
    assert "代县" not in [p["text"] for p in doc._.places]


@pytest.mark.parametrize("text, place", [
    # 会同县 after a body, an adverb and a preposition: the county
    ("市财政局还向会同县拨付衔接资金1500万元。", "会同县"),
    ("省住建厅将在会同县召开农村危房改造现场推进会。", "会同县"),
    # 代县 before 长城, 长期: the county
    ("代县长城保护修缮项目获中央资金300万元。", "代县"),
    ("代县长期坚持把乡村振兴作为头等大事。", "代县"),
])
def test_the_counties_huitong_and_daixian_in_running_text(nlp, text, place):
    assert place in [p["text"] for p in nlp(text)._.places]


def test_county_short_names_that_are_words_stay_places_in_a_counted_list(nlp):
    names = [p["text"] for p in nlp("资金涉及通道、靖州、新晃等12个县市区。")._.places]
    assert names[:3] == ["通道", "靖州", "新晃"]


@pytest.mark.parametrize("text, absent", [
    ("今年用于灌排渠系和田间道路修缮的资金已全部到位。", "和田"),
    ("专项债券用于青海湖北岸生态环境治理。", "湖北"),
])
def test_a_place_read_across_a_common_word_is_none(nlp, text, absent):
    assert absent not in [e.text for e in nlp(text).ents if e.label_ == "GPE"]



@pytest.mark.parametrize("text,township", [
    ("村集体利用闲置农房发展乡村民宿，带动农户增收。", "发展乡"),
    ("今年县里继续推进振兴乡村示范带建设。", "振兴乡"),
    ("县财政安排1200万元用于建设乡镇污水处理设施。", "建设乡"),
])
def test_a_verb_before_rural_words_is_no_township_of_its_name(nlp, text, township):
    assert township not in {p["text"] for p in nlp(text)._.places}


def test_a_township_named_by_such_a_verb_before_its_village_is_a_place(nlp):
    names = [p["text"] for p in nlp("讷河市发展乡红星村新建村级文化广场。")._.places]
    assert names == ["讷河市", "发展乡", "红星村"]


@pytest.mark.parametrize("text", [
    "经评审，确定示范村8个、精美村12个、提升村20个。",
    "项目覆盖11个乡镇，受益村组如下：",
])
def test_kinds_of_villages_in_award_lists_are_no_villages(nlp, text):
    assert not [p for p in nlp(text)._.places if p.get("level") == "village"]

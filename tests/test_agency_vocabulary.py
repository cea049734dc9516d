"""The lexicon of local and central bodies (data/agencies/departments.tsv, central.tsv): the
party committees' working bodies and commission offices, the government's commission offices and
directly affiliated bodies, old names, people's organizations and township offices, written in
full or short after a place or a level word; and the ordinary words that hold the same characters
(平台办理, 就业局势, 省台联合), which name no body. Expected values checked by hand against the
official names of the places and bodies."""
import pytest

from policyie.agencies import default_agency_matcher
from policyie.places import find_places


def agencies(text):
    found, _ = default_agency_matcher().find(text, find_places(text))
    return {text[s:e]: a for s, e, a in found}


@pytest.mark.parametrize("text,written,department,level,canonical", [
    # party committees' bodies written without 委, and the offices of their commissions
    ("临夏县网信办组织开展网络安全宣传周活动。", "临夏县网信办", "网信", "county",
     "中共临夏县委网络安全和信息化委员会办公室"),
    ("南京市江宁区网信办开展网络安全检查。", "南京市江宁区网信办", "网信", "county",
     "中共南京市江宁区委网络安全和信息化委员会办公室"),
    ("秦州区政法委召开平安建设推进会。", "秦州区政法委", "政法", "county", "中共天水市秦州区委政法委员会"),
    ("通渭县老干部局开展走访慰问。", "通渭县老干部局", "组织", "county", "中共通渭县委老干部局"),
    ("古浪县直机关工委组织开展主题党日活动。", "古浪县直机关工委", "党委", "county",
     "中共古浪县直属机关工作委员会"),
    # offices of the government's commissions and leading groups
    ("达州市国动办下达人防工程资金200万元。", "达州市国动办", "人防", "city", "达州市国防动员办公室"),
    ("会东县国防动员办公室开展人防宣传。", "会东县国防动员办公室", "人防", "county", "会东县国防动员办公室"),
    ("思明区台办召开台胞座谈会。", "思明区台办", "台湾事务", "county", "厦门市思明区台湾事务办公室"),
    ("越秀区外事办接待外国代表团。", "越秀区外事办", "外事", "county", "广州市越秀区外事办公室"),
    ("文成县侨办组织华侨回乡考察。", "文成县侨办", "统战", "county", "文成县侨务办公室"),
    ("达拉特旗老龄办为80周岁以上老人发放高龄津贴。", "达拉特旗老龄办", "卫健", "county",
     "达拉特旗老龄工作委员会办公室"),
    ("鄂尔多斯市委宣传部、市文明办联合开展志愿服务活动。", "市文明办", "宣传", "city",
     "鄂尔多斯市精神文明建设委员会办公室"),
    ("永登县水务局（县河长办）组织开展河道清障。", "县河长办", "水利", "county", "永登县河长制办公室"),
    ("渭源县信访办接待群众来访。", "渭源县信访办", "信访", "county", "渭源县信访办公室"),
    # merged water and lake bureaus (Hubei's counties and cities)
    ("采购人：红安县水利和湖泊局", "红安县水利和湖泊局", "水利", "county", "红安县水利和湖泊局"),
    ("荆州市水务和湖泊局组织开展河湖清理。", "荆州市水务和湖泊局", "水利", "city", "荆州市水务和湖泊局"),
    ("临洮县农业综合开发办公室下达高标准农田建设资金1500万元。", "临洮县农业综合开发办公室", "农业农村",
     "county", "临洮县农业综合开发办公室"),
    # directly affiliated bodies that act for a department
    ("景东县政务服务中心新增窗口12个。", "景东县政务服务中心", "政务服务", "county", "景东彝族自治县政务服务中心"),
    ("兰州市社保局发放养老金。", "兰州市社保局", "人社", "city", "兰州市社会保险事业管理局"),
    ("醴陵市医保中心拨付医保基金3200万元。", "醴陵市医保中心", "医保", "county", "醴陵市医保中心"),
    ("民乐县农机中心组织开展农机具操作培训。", "民乐县农机中心", "农业农村", "county", "民乐县农机服务中心"),
    ("凉山州疾控局部署传染病防控工作。", "凉山州疾控局", "疾控", "city", "凉山彝族自治州疾病预防控制局"),
    ("武威市凉州区档案馆接收进馆档案。", "武威市凉州区档案馆", "档案", "county", "武威市凉州区档案馆"),
    # old names still written
    ("巫山县移民局拨付后期扶持资金860万元。", "巫山县移民局", "水利", "county", "巫山县移民局"),
    ("万州区移民开发局下达资金。", "万州区移民开发局", "水利", "county", "重庆市万州区移民开发局"),
    ("2017年，四川省国税局组织开展税收宣传月活动。", "四川省国税局", "税务", "province", "四川省国家税务局"),
    # people's organizations
    ("大理州侨联走访慰问归侨侨眷。", "大理州侨联", "侨联", "city", "大理白族自治州归国华侨联合会"),
    ("广西壮族自治区侨联组织开展侨界活动。", "广西壮族自治区侨联", "侨联", "province",
     "广西壮族自治区归国华侨联合会"),
    ("甘肃省社科联公布课题立项名单。", "甘肃省社科联", "社科联", "province", "甘肃省社会科学界联合会"),
    ("甘南州文联组织作家采风。", "甘南州文联", "文联", "city", "甘南藏族自治州文学艺术界联合会"),
    ("乌审旗关工委开展关爱留守儿童活动。", "乌审旗关工委", "关工委", "county", "乌审旗关心下一代工作委员会"),
    # a township's office, after its county and township
    ("榆中县城关镇党政办负责统筹。", "榆中县城关镇党政办", "政府", "township", "榆中县城关镇党政办公室"),
    # a short form listed after a body of its place takes that place
    ("临夏县委统战部、侨联联合开展活动。", "侨联", "侨联", "county", "临夏县归国华侨联合会"),
])
def test_a_local_body_is_found_with_its_department_level_and_full_name(text, written, department, level,
                                                                       canonical):
    found = agencies(text)
    assert written in found, found
    agency = found[written]
    assert (agency.department, agency.level, agency.canonical) == (department, level, canonical)


@pytest.mark.parametrize("text,written,department,level", [
    # no place written: the level and the department, flagged unresolved
    ("区侨联走访归侨侨眷。", "区侨联", "侨联", "county"),
    ("县疾控局部署防控工作。", "县疾控局", "疾控", "county"),
    ("市委宣传部、市文明办联合开展活动。", "市文明办", "宣传", "city"),
    ("省高院发布典型案例。", "省高院", "法院", "province"),
])
def test_a_body_of_a_level_with_no_place_is_unresolved(text, written, department, level):
    agency = agencies(text)[written]
    assert (agency.department, agency.level, agency.canonical, agency.resolved) == (department, level, None, False)


@pytest.mark.parametrize("text,written,department,canonical", [
    ("中国侨联、全国台联联合举办活动。", "中国侨联", "侨联", "中华全国归国华侨联合会"),
    ("中国侨联、全国台联联合举办活动。", "全国台联", "台联", "中华全国台湾同胞联谊会"),
    ("中央文明办部署志愿服务工作。", "中央文明办", "宣传", "中央精神文明建设指导委员会办公室"),
    ("国家网信办发布管理规定。", "国家网信办", "网信", "国家互联网信息办公室"),
])
def test_a_central_body(text, written, department, canonical):
    agency = agencies(text)[written]
    assert (agency.department, agency.level, agency.canonical) == (department, "central", canonical)


@pytest.mark.parametrize("text", [
    "群众可通过政务服务平台办理社保业务。",      # 台办 inside 平台办理
    "全县就业局势保持稳定，城镇新增就业1200人。",   # 就业局 inside 就业局势
    "我省就业局势总体稳定。",
    "省台联合市台推出系列报道。",                 # 台联 inside 省台联合
    "倡导全县文明办婚事新风。",                   # 文明办 inside 文明办婚
    "全县信访办理质量不断提升。",                 # 信访办 inside 信访办理
    "全县农机中心户达到200户。",                  # 农机中心 inside 中心户 (demonstration households)
    "美国移民局收紧签证政策。",                   # 移民局 only after a place or level word of China
    "县委宣传部门负责组织实施。",                 # 宣传部门: a kind of department, no body
    "县政法委员认为要加强管理。",                 # 政法委员: a member, not the committee
    "湖州市吴兴区街道办划拨社区服务经费。",       # a district's sub-district offices, none named
])
def test_ordinary_words_holding_a_bodys_name_are_no_body(text):
    assert not [a for a in agencies(text).values() if a.department]


@pytest.mark.parametrize("text,written", [
    # public institutions that serve a department by technical work are organizations, and a
    # county's media centre is an outlet: neither is a government body
    ("永登县疾控中心开展流感监测。", "永登县疾控中心"),
    ("甘谷县融媒体中心记者报道。", "甘谷县融媒体中心"),
])
def test_public_institutions_and_media_centres_are_organizations(text, written):
    found = agencies(text)
    assert written in found and found[written].department is None


@pytest.mark.parametrize("text,written", [
    ("县工商联合会召开执委会。", "县工商联合会"),        # 联合会 is the federation's own word
    ("县财政局势必加大投入。", "县财政局"),              # 势必: an adverb after the bureau
    ("县保密局面临新的挑战。", "县保密局"),
])
def test_a_body_before_a_word_that_only_looks_like_going_on(text, written):
    assert agencies(text)[written].department


def test_the_pipeline_labels_a_new_body_org_with_its_agency(nlp):
    doc = nlp("大理州侨联走访慰问归侨侨眷，发放慰问金12万元。")
    [org] = [e for e in doc.ents if e.label_ == "ORG"]
    assert org.text == "大理州侨联"
    assert org._.agency.canonical == "大理白族自治州归国华侨联合会" and org._.agency.department == "侨联"


@pytest.mark.parametrize("text,written,department,canonical", [
    # a committee named with its place inside belongs to the body written before it: the CPPCC's
    # or the Youth League's, not the party's (中共甘谷县委员会)
    ("政协渭源县委员会召开常委会议。", "政协渭源县委员会", "政协", "中国人民政治协商会议渭源县委员会"),
    ("中国人民政治协商会议景东彝族自治县委员会召开全体会议。", "中国人民政治协商会议景东彝族自治县委员会",
     "政协", "中国人民政治协商会议景东彝族自治县委员会"),
    ("共青团古浪县委员会开展志愿服务。", "共青团古浪县委员会", "团委", "共青团古浪县委员会"),
    ("共青团通渭县委组织开展活动。", "共青团通渭县委", "团委", "共青团通渭县委员会"),
    ("中共通渭县委员会召开全会。", "中共通渭县委员会", "党委", "中共通渭县委员会"),
    ("天水市政协召开主席会议。", "天水市政协", "政协", "中国人民政治协商会议天水市委员会"),
    # a sub-district's office written short after the sub-district
    ("霞浦县松港街道办组织实施。", "霞浦县松港街道办", "政府", "霞浦县松港街道办事处"),
    ("渭源县政协常委会审议提案。", "渭源县政协常委会", "政协", "中国人民政治协商会议渭源县委员会常务委员会"),
    # bureaus and offices under names the reforms gave or left
    ("永登县政务服务和数据管理局开展工作。", "永登县政务服务和数据管理局", "政务服务", "永登县政务服务和数据管理局"),
    ("古浪县综合执法局开展市容整治。", "古浪县综合执法局", "城管", "古浪县综合行政执法局"),
    ("民乐县城建局下达资金。", "民乐县城建局", "住建", "民乐县城乡建设局"),
])
def test_committees_offices_and_renamed_bureaus(text, written, department, canonical):
    agency = agencies(text)[written]
    assert (agency.department, agency.canonical) == (department, canonical)


@pytest.mark.parametrize("text", [
    # 区 ending a residents' community, an estate or the area in charge is no district
    "该社区综治中心调解矛盾纠纷15起。",
    "社区党委书记介绍了改造情况。",
    "各小区文明办志愿者参与值守。",
])
def test_a_body_after_an_area_word_is_no_districts(text):
    assert not [w for w, a in agencies(text).items() if a.department and w.startswith("区")]


@pytest.mark.parametrize("text,written,canonical", [
    # a short bureau's name ending a longer one: the longer one, not its tail
    ("2023年，海阳市海洋发展和渔业局向渔民发放燃油补贴。", "海阳市海洋发展和渔业局", "海阳市海洋发展和渔业局"),
    ("会宁县交通运输管理局开展运输市场整治。", "会宁县交通运输管理局", "会宁县交通运输管理局"),
    ("中华全国青年联合会召开全体委员会议。", "中华全国青年联合会", "中华全国青年联合会"),
])
def test_a_longer_name_is_not_cut_to_its_tail(text, written, canonical):
    found = agencies(text)
    assert written in found and found[written].canonical == canonical
    assert not [w for w in found if w != written and found[w].department]


@pytest.mark.parametrize("text,written", [
    # the technical institutions of a county's bureaus are organizations holding their place
    ("天祝县动物疫病预防控制中心开展春季集中免疫。", "天祝县动物疫病预防控制中心"),
    ("庄浪县水土保持站实施梯田修复工程。", "庄浪县水土保持站"),
])
def test_a_bureaus_technical_institution_is_an_organization(text, written):
    found = agencies(text)
    assert written in found and found[written].department is None


@pytest.mark.parametrize("text,place", [
    # a verb right after the place opens running text, not an institution's name
    ("庄浪县新建水保站一处。", "庄浪县"),
    ("天祝县建成动物疫病预防控制中心。", "天祝县"),
])
def test_a_verb_after_the_place_is_no_institutions_name(text, place):
    assert not agencies(text)
    assert place in [text[s:e] for s, e, _ in find_places(text)]


# -- an office or station inside a body; a bank's branch; a body's website ------------------------

@pytest.mark.parametrize("text, name, canonical", [
    ("定西市财政局办公室　2025年4月2日印发", "定西市财政局办公室", "定西市财政局办公室"),
    ("抄送：岷县农业农村局种植业管理站。", "岷县农业农村局种植业管理站", "岷县农业农村局种植业管理站"),
    ("石阡县人民政府农村综合改革领导小组办公室", "石阡县人民政府农村综合改革领导小组办公室",
     "石阡县人民政府农村综合改革领导小组办公室"),
])
def test_an_office_inside_a_body_is_one_body_with_it(nlp, text, name, canonical):
    agencies = nlp(text)._.agencies
    assert [(a["text"], a["canonical"]) for a in agencies] == [(name, canonical)]


def test_two_bodies_joined_by_a_word_stay_two(nlp):
    names = [a["text"] for a in nlp("县财政局和县水利局办公室联合发文。")._.agencies]
    assert names == ["县财政局", "县水利局办公室"]


@pytest.mark.parametrize("text, org", [
    ("项目获得国家开发银行甘肃分行授信3亿元。", "国家开发银行甘肃分行"),
    ("中国农业发展银行云南省分行发放贷款12亿元。", "中国农业发展银行云南省分行"),
    ("邮储银行临夏州分行累计投放扶贫小额信贷。", "邮储银行临夏州分行"),
])
def test_a_national_bank_before_its_branchs_place_is_part_of_the_branch(nlp, text, org):
    doc = nlp(text)
    assert org in [e.text for e in doc.ents if e.label_ == "ORG"]


@pytest.mark.parametrize("text, site", [
    ("来源：镇原县人民政府网　2025-03-18", "镇原县人民政府网"),
    ("详见兰州市财政局门户网站。", "兰州市财政局门户网站"),
])
def test_a_bodys_website_is_an_outlet_not_the_body(nlp, text, site):
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == [site]
    assert all(a["department"] is None for a in doc._.agencies)


@pytest.mark.parametrize("text, body", [
    # a verb and its object after a body are no office of it
    ("区农业农村局牵头成立工作专班办公室。", "区农业农村局"),
    ("县水务局新建水文服务站两座。", "县水务局"),
    ("县教育局组织各学校办公室开展自查。", "县教育局"),
    # 网 opening a word after a body is no website
    ("县商务局网红直播带货培训班开班。", "县商务局"),
    ("县人社局网办大厅启用。", "县人社局"),
])
def test_a_verb_or_a_word_after_a_body_leaves_the_body_alone(nlp, text, body):
    assert [a["text"] for a in nlp(text)._.agencies][:1] == [body]


def test_a_factory_building_is_no_factory(nlp):
    doc = nlp("项目名称：斑竹园镇小河村茶叶加工厂房建设项目，总投资120万元。")
    assert not [e.text for e in doc.ents if e.label_ == "ORG"]
    assert "斑竹园镇" in [p["text"] for p in doc._.places]


@pytest.mark.parametrize("text, name, canonical", [
    ("北京市延庆区园林绿化局2025年部门预算", "北京市延庆区园林绿化局", "北京市延庆区园林绿化局"),
    ("天津市农业农村委下达资金1.2亿元。", "天津市农业农村委", "天津市农业农村委员会"),
])
def test_municipal_bureaus_and_commissions(nlp, text, name, canonical):
    assert [(a["text"], a["canonical"]) for a in nlp(text)._.agencies][:1] == [(name, canonical)]


@pytest.mark.parametrize("text,written,canonical", [
    # a 市 body in an article about a county or district of a municipality: the municipality,
    # whose finance body is a 局 (not a province's 厅)
    ("巫溪县讯 记者从县财政局获悉，市财政近日下达巫溪县农村公路养护资金6200万元。", "市财政", "重庆市财政局"),
    ("怀柔区讯 市农业农村局近日下达怀柔区高标准农田建设资金1.1亿元。", "市农业农村局", "北京市农业农村局"),
    ("蓟州区讯 市财政局日前拨付蓟州区乡村振兴补助资金4300万元。", "市财政局", "天津市财政局"),
    ("天津市财政下达资金2亿元。", "天津市财政", "天津市财政局"),
    ("江西省财政下达资金2亿元。", "江西省财政", "江西省财政厅"),
])
def test_a_city_body_in_a_municipality_is_the_municipality(text, written, canonical):
    a = agencies(text)[written]
    assert a.canonical == canonical and a.resolved


def test_a_municipality_district_body_is_the_same_body_with_or_without_the_municipality():
    from policyie.evaluate import same_body
    assert same_body("北京市密云区财政局", "密云区财政局")
    assert same_body("重庆市城口县财政局", "城口县财政局")
    assert not same_body("北京市财政局", "密云区财政局")
    assert not same_body("上海市财政局", "财政局")

"""Village-level places as county and township web pages and notices write them (issue 15):
嘎查 of the pastoral areas, 屯 and 寨 natural villages, counted lists of village names without
their suffix, residents' committees in lists, lists inside sentences; and people's names that
hold a place's short name (李长春, 联系人：赵南宁), which are not places. Every snippet was written
for these tests; township codes are those of the NBS 2023 division list."""
import pytest


def run(nlp, text):
    doc = nlp(text)
    top = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "GPE"}
    return [(p["text"], p["level"], p["adcode"], p["township_code"]) for p in doc._.places
            if (p["start"], p["end"]) in top]


def villages(nlp, text):
    return [(w, code, town) for w, level, code, town in run(nlp, text) if level == "village"]


# -- 嘎查, 屯, 寨 ------------------------------------------------------------------------------

def test_gacha_after_their_township_or_sumu(nlp):
    text = ("察哈尔右翼后旗2024年嘎查村集体经济扶持资金公示\n白音察干镇乌兰哈达嘎查、巴音查干嘎查各安排50万元。\n"
            "科尔沁右翼前旗巴日嘎斯台乡哈拉黑嘎查、乌兰毛都苏木宝力根花嘎查共发放补贴86.4万元。")
    assert villages(nlp, text) == [("乌兰哈达嘎查", "150928", "150928105"), ("巴音查干嘎查", "150928", "150928105"),
                                   ("哈拉黑嘎查", "152221", "152221203"), ("宝力根花嘎查", "152221", "152221201")]


def test_gacha_as_row_labels_of_a_table(nlp):
    text = ("鄂托克前旗2023年嘎查村集体经济发展项目资金分配表\n单位：万元\n序号\t苏木镇\t嘎查\t金额\n"
            "1\t城川镇\t大沙头嘎查\t50\n2\t昂素镇\t哈日根图嘎查\t50\n3\t上海庙镇\t芒哈图嘎查\t40\n")
    assert villages(nlp, text) == [("大沙头嘎查", "150623", "150623102"), ("哈日根图嘎查", "150623", "150623103"),
                                   ("芒哈图嘎查", "150623", "150623101")]


def test_natural_villages_after_their_village_and_township(nlp):
    text = "靖西市岳圩镇新兴村那布屯、弄兰屯，湖润镇护龙村坡那屯实施屯级道路硬化，共安排资金126万元。"
    assert villages(nlp, text) == [("新兴村", "451081", "451081106"), ("那布屯", "451081", "451081106"),
                                   ("弄兰屯", "451081", "451081106"), ("护龙村", "451081", "451081102"),
                                   ("坡那屯", "451081", "451081102")]


def test_natural_villages_in_a_project_table(nlp):
    text = ("广西田林县2023年巩固衔接资金项目计划表\n序号 项目名称 建设地点 资金（万元）\n"
            "1 屯级道路硬化 利周瑶族乡百布村弄怀屯 45\n2 饮水工程 八渡瑶族乡六丫村那拉屯、坡烟屯 30\n")
    assert villages(nlp, text) == [("百布村", "451029", "451029201"), ("弄怀屯", "451029", "451029201"),
                                   ("六丫村", "451029", "451029205"), ("那拉屯", "451029", "451029205"),
                                   ("坡烟屯", "451029", "451029205")]


def test_a_natural_village_of_zhai_and_a_village_written_before_it(nlp):
    # 年丰村大寨 is the village 年丰村, then its natural village 大寨
    assert villages(nlp, "威宁县石门乡年丰村大寨、新寨两个自然寨的群众喝上了自来水。") == [
        ("年丰村", "520526", "520526210"), ("大寨", "520526", "520526210"), ("新寨", "520526", "520526210")]
    assert villages(nlp, "2023年河口瑶族自治县南溪镇龙堡村马多依寨饮水工程完工。") == [
        ("龙堡村", "532532", "532532102"), ("马多依寨", "532532", "532532102")]


@pytest.mark.parametrize("text", [
    "支持村寨、村屯道路建设，实施少数民族特色村寨保护工程，打造一批苗寨、侗寨旅游示范点。",
    "全县共有行政村128个、自然屯1560个、社区12个。",
    "屯垦戍边、屯田制度是历史上的重要制度。",
    "山寨产品、山寨手机要严厉打击。",
    "各苏木镇人民政府，各嘎查村委员会：现将2024年草原奖补资金下达如下。",
    "为加快村屯道路建设，全县自然屯通硬化路比例达到95%。",
])
def test_kinds_of_villages_are_not_villages(nlp, text):
    assert villages(nlp, text) == []


# -- counted lists, committees, lists inside a sentence -----------------------------------------

def test_natural_villages_named_before_their_count(nlp):
    text = ("关于2024年农村人居环境整治项目的公示\n经村“两委”研究，对石院坪、后沟、郭家山3个自然村实施污水收集工程，"
            "资金38.6万元。\n洪洞县大槐树镇人民政府\n2024年4月2日")
    assert villages(nlp, text) == [("石院坪", "141024", "141024100"), ("后沟", "141024", "141024100"),
                                   ("郭家山", "141024", "141024100")]


@pytest.mark.parametrize("text, want", [
    ("雷山县对报德、乌东、控拜3个村寨实施消防改造。", ["报德", "乌东", "控拜"]),
    ("宁夏泾源县对大湾、杨岭、六盘3个行政村实施整村推进。", ["大湾", "杨岭", "六盘"]),
    ("经公示无异议，现对东风、胜利两个社区的补助资金予以拨付。", ["东风", "胜利"]),
    ("项目覆盖李家坪、王家沟、黄土坡等5个自然村。", ["李家坪", "王家沟", "黄土坡"]),
    # the count in brackets after the list, and a verb whose last character is a joiner (涉及)
    ("受益村：上坪、中坝、石门坎、黄家沟（共4个村）", ["上坪", "中坝", "石门坎", "黄家沟"]),
    ("本批项目涉及桃园、杏林、松坡（3个行政村），总投资80万元。", ["桃园", "杏林", "松坡"]),
    ("今年涉及柳湾、石嘴2个自然村的改厕任务已完成。", ["柳湾", "石嘴"]),
    # after the verb the first name is whole, longer than the others or not
    ("资金覆盖桃花园、杏林、松坡（3个行政村）。", ["桃花园", "杏林", "松坡"]),
    ("资金分配到东坝、河湾（共3个村）", []),                 # a count that is not of the list
])
def test_counted_lists_of_village_names(nlp, text, want):
    assert [w for w, _, _ in villages(nlp, text)] == want


@pytest.mark.parametrize("text", [
    "实施乡村振兴、城乡融合、新型城镇化3个行动。",
    "开展美丽庭院、文明家庭、星级农户3个创建活动。",
    "全县设立东片、西片3个村级服务中心。",           # a count that is not of these names
])
def test_lists_closed_by_other_counts_are_not_villages(nlp, text):
    assert villages(nlp, text) == []


def test_residents_committees_and_communities_in_a_list(nlp):
    assert [w for w, *_ in villages(nlp, "东风居委会、红旗社区获补助各5万元。")] == ["东风居委会", "红旗社区"]
    text = "各村（社区）：现将补助资金拨付给新华居委会、人民路社区、东风居委会，请及时入账。"
    assert [w for w, *_ in villages(nlp, text)] == ["新华居委会", "人民路社区", "东风居委会"]
    assert villages(nlp, "各村委会、社区居委会要于5月底前上报。") == []
    assert villages(nlp, "此次活动在莲花村委会举行。") == []           # in prose the committee is a body


def test_lists_of_villages_inside_a_sentence(nlp):
    text = "据悉，该项目覆盖红岩村、青山村3个行政村，惠及农户1200户。\n岳池县罗渡镇人民政府"
    assert villages(nlp, text) == [("红岩村", "511621", "511621115"), ("青山村", "511621", "511621115")]
    text = "各村（社区）：经研究，将于近日对金龙村、石门村、桂花社区开展资金使用检查。"
    assert [w for w, *_ in villages(nlp, text)] == ["金龙村", "石门村", "桂花社区"]
    # a list of kinds of villages or communities
    assert villages(nlp, "完善城乡社区、农村社区、城市社区服务设施。") == []
    assert villages(nlp, "加强对贫困村、脱贫村、易地搬迁安置社区的帮扶。") == []


def test_group_numbers_after_a_village_are_its_places(nlp):
    text = "序号 项目名称 实施地点 奖补资金（万元）\n1 文化广场 白马村五组 20\n2 村道硬化 青龙村3组至5组 36\n岳池县罗渡镇人民政府"
    assert villages(nlp, text) == [(w, "511621", "511621115") for w in ("白马村", "五组", "青龙村", "3组", "5组")]


def test_a_township_before_cun_dao_after_its_county(nlp):
    assert run(nlp, "丹江口市六里坪镇村道建设投入80万元。") == [("丹江口市", "county", "420381", None),
                                                         ("六里坪镇", "township", "420381", "420381103")]
    assert run(nlp, "促进乡村振兴，完善镇村两级服务。") == []


def test_a_count_inside_a_township_name_is_the_place(nlp):
    assert run(nlp, "凯里市三棵树镇南花村、季刀村入选省级乡村旅游重点村。") == [
        ("凯里市", "county", "522601", None), ("三棵树镇", "township", "522601", "522601100"),
        ("南花村", "village", "522601", "522601100"), ("季刀村", "village", "522601", "522601100")]


# -- people's names are not places --------------------------------------------------------------

def test_names_of_a_household_table(nlp):
    text = ("2023年耕地地力保护补贴发放明细\n户主姓名 组别 面积 金额\n周长春 一组 6.8 775.2\n黄昆明 二组 4.2 478.8\n"
            "林芝兰 三组 3.0 342.0\n")
    assert run(nlp, text) == []
    assert run(nlp, "序号 户主 组别 面积 金额 1 李长春 三组 8.0 912.0 2 王建国 四组 6.5 741.0") == []


def test_two_character_names_in_a_name_column(nlp):
    text = "发放名单：\n序号 姓名 村组 面积（亩） 补贴金额（元）\n1 王平 新华村一组 12.5 1187.5\n2 高阳 新华村二组 8 760\n"
    assert [w for w, *_ in run(nlp, text)] == ["新华村", "一组", "新华村", "二组"]


@pytest.mark.parametrize("text", [
    "联系人：赵南宁，联系电话：0771-5551234。",
    "项目负责人：陈永安  监督电话：12345",
    "本报讯 会上，县委书记吴兴安、县长蒋南宁分别讲话。",
    "会上，李南宁、王兴安、赵海东等同志作了发言。",
    "省财政厅厅长王长春出席会议。",
    "来源：人民网　作者：李沅陵　发布时间：2023-11-02",
])
def test_names_after_labels_titles_and_before_tongzhi(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, want", [
    ("叶城县、巫溪县、黎平县获得补助。", ["叶城县", "巫溪县", "黎平县"]),      # full names starting with a surname
    ("2023年，马鞍山、黄山市、六安等地开展试点。", ["马鞍山", "黄山市", "六安"]),
    ("关于下达2024年江华、江永、蓝山、宁远等县补助资金的通知", ["江华", "江永", "蓝山", "宁远"]),
    ("联系人：王芳（长春市财政局）", []),
])
def test_places_beside_names_stay_places(nlp, text, want):
    assert [w for w, *_ in run(nlp, text)] == want


@pytest.mark.parametrize("text, want", [
    # a surname (白, 马, 黄) and two characters ending in 村 between delimiters: a village whose
    # name holds a county's short name (马村 of 焦作), not a person's name
    ("（四）白马乡：白马村、龙井村（各8万元）", ["白马乡", "白马村", "龙井村"]),
    ("石桥镇：白马村、青山村", ["石桥镇", "白马村", "青山村"]),
    ("项目村：黄马村、杨柳村。", ["黄马村", "杨柳村"]),
])
def test_village_names_that_open_with_a_surname(nlp, text, want):
    assert [w for w, *_ in run(nlp, text)] == want


# -- a village alone in a sentence --------------------------------------------------------------

def test_a_village_alone_in_sentences_of_its_notice(nlp):
    text = ("关于白岩村2024年度村级财务收支情况的公示\n据了解，白岩村今年共争取资金80万元，其中财政衔接资金50万元。"
            "6月12日，镇村干部在白岩村召开项目评审会，随后走访白岩村困难群众。\n务川仡佬族苗族自治县涪洋镇人民政府")
    got = villages(nlp, text)
    assert [w for w, *_ in got] == ["白岩村"] * 4
    assert {(code, town) for _, code, town in got} == {("520326", "520326103")}


@pytest.mark.parametrize("text, want", [
    ("黄土坡村获得以奖代补资金20万元。", ["黄土坡村"]),
    ("1.柳林村 28.6万元 2.杨柳村 15万元 3.马家村 12.4万元", ["柳林村", "杨柳村", "马家村"]),
    ("记者来到王家坝村，看到新修的道路平整宽阔。", ["王家坝村"]),
    ("东山村党支部书记王强介绍了情况。", []),                      # the village's body
    ("监督电话：0817-8612345\n桂花村村民委员会\u3000桂花村村务监督委员会\n2024年10月8日", []),
])
def test_villages_and_bodies_in_prose(nlp, text, want):
    assert [w for w, *_ in villages(nlp, text)] == want


@pytest.mark.parametrize("text", [
    "进一步壮大村级集体经济，选派驻村第一书记，开展村庄清洁行动，推进村容村貌整治。",
    "各地要加强村务监督，全面推进乡村振兴，美丽乡村建设，实施村庄规划，加强农村基础设施。",
    "争创省级示范村，一村一品，城中村改造，对脱贫村给予支持，其中贫困村12个，新建村级活动场所。",
    "提高村干部报酬，深入村组，走村入户，驻村工作队，包村干部，村级光伏电站，村民自治，文明村镇。",
    "中国传统村落，少数民族特色村寨，旅游名村，电商专业村，产业强村，文明村，光伏扶贫村。",
    "资金下达后，受益村要及时公示，项目村要建立台账，试点村将获得200万元。",
    "对照村规民约，发挥村监委作用，全面完成村“两委”换届，新一届村班子平均年龄42岁。",
    "为加快村屯道路建设，实现村村通，创建信用村1219个，使乡村群众少跑腿。",
    "根据《关于规范使用村（社区）党组织服务群众专项经费的通知》，硬化村道1.8公里。",
    "石桥村：小山村走出致富路",
])
def test_words_about_villages_are_not_villages(nlp, text):
    assert [w for w, *_ in villages(nlp, text) if w != "石桥村"] == []


# -- places inside names in notices --------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("收款单位：泰和县人民医院，开户行：中国农业银行泰和县支行", []),            # a bank's branch
    ("开户银行：中国建设银行古田县支行营业部，账号：3505 0123 4567", []),
    ("会议地点：湘潭市华天大酒店三楼会议室", []),
    ("联系地址：西安市雁塔区小寨东路6号", ["西安市", "雁塔区"]),               # 小寨东路: a road
    ("石桥村路口至龙溪村段道路硬化", ["石桥村", "龙溪村"]),
])
def test_places_inside_branch_hotel_and_road_names(nlp, text, want):
    assert [w for w, *_ in run(nlp, text)] == want


@pytest.mark.parametrize("text, want", [
    ("根据《黔南州财政局关于下达资金的通知》（黔南财农〔2024〕15号）要求", []),   # a document number
    ("北京时间2024年5月6日，项目正式启动。", []),
    ("霞浦县国土空间总体规划（2021—2035年）", ["霞浦县"]),
])
def test_document_numbers_and_beijing_time(nlp, text, want):
    assert [w for w, *_ in run(nlp, text)] == want


def test_townships_written_short_before_deng_xiangzhen(nlp):
    assert run(nlp, "永春县对桃城、东平、石鼓等乡镇的灾后重建给予支持。") == [
        ("永春县", "county", "350525", None), ("桃城", "township", "350525", "350525100"),
        ("东平", "township", "350525", "350525109"), ("石鼓", "township", "350525", "350525107")]


@pytest.mark.parametrize("text, want", [
    ("发挥新乡贤作用，保障群众安康，促进社会和顺平安。", []),
    ("全局干部职工聚焦作风革命、效能革命。", []),                    # 聚焦作风: not 焦作
    ("陕西安康：投入资金5000万元", ["陕西", "安康"]),
])
def test_policy_words_that_hold_short_names(nlp, text, want):
    assert [w for w, *_ in run(nlp, text)] == want


def test_a_name_column_ends_with_its_table(nlp):
    text = ("联系人 王芳 电话 0593-1234567\n\n单位：万元\n县别\t金额\n霞浦\t120\n古田\t85\n周宁\t90\n")
    assert [w for w, *_ in run(nlp, text)] == ["霞浦", "古田", "周宁"]
    text = "序号 姓名 面积 金额\n1 周宁 3.5 420\n2 高阳 2.0 240\n"
    assert run(nlp, text) == []


def test_a_flattened_project_table_and_shared_township_names(nlp):
    text = "序号 村别 项目名称 金额 1 产业路硬化 高桥镇柳树村 120 2 光伏电站 白沙乡 85.5 合计 205.5"
    doc = nlp(text)
    got = {p["text"]: p for p in doc._.places}
    # 高桥镇 is the name of townships in several counties and the text names none: candidates
    assert got["高桥镇"]["adcode"] is None and len(got["高桥镇"]["candidates"]) > 1
    assert got["柳树村"]["level"] == "village" and got["柳树村"]["adcode"] is None
    # 白沙乡 is the name of one township only (普安县) in the 2023 division list
    assert (got["白沙乡"]["adcode"], got["白沙乡"]["township_code"]) == ("522323", "522323200")


def test_villages_written_under_a_township_once(nlp):
    text = "石阡县本庄镇桃子园村、上坝村，枫香仡佬族侗族乡新华村获得产业奖补资金。"
    assert villages(nlp, text) == [("桃子园村", "520623", "520623101"), ("上坝村", "520623", "520623101"),
                                   ("新华村", "520623", "520623205")]


def test_traditional_characters(nlp):
    assert villages(nlp, "陽朔縣白沙鎮遇龍村、舊縣村獲得補助資金各50萬元。") == [
        ("遇龍村", "450321", "450321101"), ("舊縣村", "450321", "450321101")]


def test_a_township_story_with_its_villages_and_villagers(nlp):
    text = ("本报讯（通讯员 马建华）近日，走进积石山县刘集乡河滩村，一排排新建的安置房整齐排列。河滩村是此次地震受灾最严重的村"
            "之一。全乡共争取灾后重建资金1.2亿元，覆盖河滩村、肖家村、阳山村等9个村。“现在水泥路通到了家门口。”河滩村村民"
            "王长春高兴地说。")
    assert villages(nlp, text) == [(v, "622927", "622927200") for v in ["河滩村"] * 3 + ["肖家村", "阳山村", "河滩村"]]


def test_gacha_herders(nlp):
    assert villages(nlp, "兴安盟科右中旗巴彦呼舒镇哈日道卜嘎查牧民宝音说，嘎查今年发放草原奖补资金320万元。") == [
        ("哈日道卜嘎查", "152222", "152222100")]


def test_a_short_township_list_closed_by_deng_and_a_count(nlp):
    got = run(nlp, "据县农业农村局介绍，项目覆盖桃城、东平、石鼓等5个乡镇，其中永春县级资金800万元。")
    assert [(w, town) for w, level, _, town in got if level == "township"] == [
        ("桃城", "350525100"), ("东平", "350525109"), ("石鼓", "350525107")]


@pytest.mark.parametrize("text, want", [
    ("图为5月8日，坪坝营镇村民在新修的产业路上运送茶叶。", ["坪坝营镇"]),        # the township's villagers
    ("省里再次提高城乡低保标准，完善镇村两级服务。", []),
    ("监督电话：0855-1234567\n石板寨村村民委员会\u3000石板寨村村务监督委员会\n2024年10月8日", []),
])
def test_township_people_and_committees(nlp, text, want):
    assert [w for w, *_ in run(nlp, text)] == want


def test_committees_written_short_in_a_list(nlp):
    assert villages(nlp, "文昌市会文镇大坪村委、沙港村委各安排村级运转经费5万元。")[:1] == [
        ("大坪村委", "469005", "469005103")]
    assert [w for w, *_ in villages(nlp, "序号 社区 金额\n1 东风居委 5\n2 红旗居委 4\n")] == ["东风居委", "红旗居委"]
    assert villages(nlp, "各村委、社区居委要于5月底前上报。") == []


@pytest.mark.parametrize("text, want", [
    # a list of committees, its last item too, before 和, 各, a full stop or the line's end
    ("屯昌县新兴镇沙田村委会、南坤镇大石村委会、乌坡镇青梅村委会各安排帮扶资金80万元。",
     ["沙田村委会", "大石村委会", "青梅村委会"]),
    ("支持澄迈县福山镇敦茶村委会、美亭村委会和花场村委会发展集体经济。", ["敦茶村委会", "美亭村委会", "花场村委会"]),
    ("重点帮扶村：白沙县细水乡什奋村委会、元门乡红旗村委会\n", ["什奋村委会", "红旗村委会"]),
])
def test_the_last_committee_of_a_list_is_a_village(nlp, text, want):
    assert [w for w, *_ in villages(nlp, text)] == want


@pytest.mark.parametrize("text, want", [
    # a community named by its residents' committee right after its township, or in a list
    ("资金安排到沙河镇、城关镇东关居委会。", ["沙河镇", "城关镇", "东关居委会"]),
    ("双塔街道安排60万元，石桥社区、河西居委会分别获得35万元、25万元。", ["双塔街道", "石桥社区", "河西居委会"]),
    # a committee after its township and before its project: the place, not a signature
    ("二、项目名称：拉孜镇帕玛居委会人饮提升工程", ["拉孜镇", "帕玛居委会"]),
])
def test_communities_named_by_their_residents_committee(nlp, text, want):
    assert [w for w, *_ in run(nlp, text)] == want


@pytest.mark.parametrize("text, want", [
    # a function character after a name's first (本, 级, 等, 对) where the township before it and
    # the separator after it give the name's edges
    ("城关镇固本村、长乐村各安排20万元。", ["城关镇", "固本村", "长乐村"]),
    ("马头镇望疃村、太本站村、七级村。", ["马头镇", "望疃村", "太本站村", "七级村"]),
    ("新市镇超等村分别获得奖补。", ["新市镇", "超等村"]),
])
def test_names_holding_a_function_character_in_a_township_list(nlp, text, want):
    assert [w for w, *_ in run(nlp, text)] == want


@pytest.mark.parametrize("text", [
    # words about a township's villages right after it (found by the review)
    "白潭镇所辖各村，均已完成验收。",
    "岭口镇所辖各村、社区要在月底前完成摸底。",
    "翰林镇现有村、社区28个。",
    "韭园镇共有村，社区2个。",
])
def test_words_about_a_townships_villages_are_no_village(nlp, text):
    assert villages(nlp, text) == []


@pytest.mark.parametrize("text", [
    "水头镇各村、各社区要抓好落实。",
    "城关镇本级村、社区同步推进。",
])
def test_determiners_after_a_township_are_no_village_names(nlp, text):
    assert [w for w, *_ in villages(nlp, text)] == []


@pytest.mark.parametrize("text, want", [
    # 到村, 落实到具体村: where money goes, not a village's name
    ("下拨到村：长岭村15万元、石岩村12万元。", ["长岭村", "石岩村"]),
    ("资金于30日内分解落实到具体村，不得挤占挪用。", []),
    # a list a space separates: its opening verb and its count are no names
    ("覆盖 沙坝村 桐梓村 岩口村 三个村", ["沙坝村", "桐梓村", "岩口村"]),
    ("涉及黄泥村 青杠村 两个村", ["黄泥村", "青杠村"]),
    ("惠及 大岭村 小布村 石门村 等三个村", ["大岭村", "小布村", "石门村"]),
])
def test_words_around_a_list_of_villages_are_no_villages(nlp, text, want):
    assert [w for w, *_ in villages(nlp, text)] == want


def test_a_committee_signing_a_notice_is_no_place(nlp):
    assert villages(nlp, "特此公示。\n东方市八所镇北黎村村民委员会\n2024年11月5日") == []


def test_a_list_of_county_township_village_chains(nlp):
    # 恭城县 is the short form of 恭城瑶族自治县: it opens the next item, not a village's name
    text = "入选名单：恭城县莲花镇红岩村、恭城县平安镇社山村、富川县朝东镇秀水村、富川县福利镇茶家村。"
    assert [w for w, *_ in run(nlp, text)] == ["恭城县", "莲花镇", "红岩村", "恭城县", "平安镇", "社山村",
                                                "富川县", "朝东镇", "秀水村", "富川县", "福利镇", "茶家村"]


@pytest.mark.parametrize("text", [
    "向阳村、红星村等5个偏远村各安排补助20万元。",
    "全县共有12个边境村纳入帮扶范围。",
    "对两个脱贫村给予倾斜支持。",
])
def test_a_counted_kind_of_village_is_no_village(nlp, text):
    assert not any(w.endswith(("偏远村", "边境村", "脱贫村")) for w, *_ in run(nlp, text))


@pytest.mark.parametrize("text, want", [
    ("石桥村|道路硬化|20\n龙溪村|饮水工程|15\n新塘社区|路灯安装|8\n", ["石桥村", "龙溪村", "新塘社区"]),
    ("分配如下：石桥村20万元、龙溪村15万元、新塘社区8万元。", ["石桥村", "龙溪村", "新塘社区"]),
    ("石桥村：20万元；龙溪村：15万元；新塘社区：8万元。", ["石桥村", "龙溪村", "新塘社区"]),
    ("1、石桥村村级组织运转经费5万元；2、龙溪村村务公开栏维修0.8万元。", ["石桥村", "龙溪村"]),
    ("本次共评选出石桥村等10个“五好”村，每村奖励5万元。", ["石桥村"]),
    ("石桥村村务监督委员会对项目进行了全程监督。", []),
])
def test_village_labels_of_amounts_and_their_doubled_cun(nlp, text, want):
    assert [w for w, *_ in villages(nlp, text)] == want


@pytest.mark.parametrize("text, want", [
    ("“今年收成好。”王长春说。", []),
    ("据黄昆明介绍，今年全村新增茶园300亩。", []),
    ("马鞍山介绍了经验。", ["马鞍山"]),
])
def test_names_before_speech_verbs(nlp, text, want):
    assert [w for w, *_ in run(nlp, text)] == want


def test_the_cells_of_a_village_column_are_villages():
    import policyie
    nlp = policyie.load()
    text = ("龙潭镇2024年护林员补助发放表\n单位：元\n村名\t户主\t金额\n石板沟\t王德明\t6000\n"
            "青杠坪\t刘小芳\t6000\n合计\t\t12000\n")
    places = [(p["text"], p["level"]) for p in nlp(text)._.places]
    assert ("石板沟", "village") in places and ("青杠坪", "village") in places
    assert not {"王德明", "刘小芳", "合计"} & {t for t, _ in places}


def test_a_village_column_does_not_reach_past_its_table():
    import policyie
    nlp = policyie.load()
    text = "村名 项目 金额（万元）\n东岭 道路 12\n\n会议要求 各村 抓好落实\n"
    assert "会议要求" not in {p["text"] for p in nlp(text)._.places}


@pytest.mark.parametrize("text, villages, names", [
    # cells between bars only, as a web table flattens into text
    ("序号|自然村|受益户数|补助（元）\n1|黄泥塝|14|42000\n2|杉木冲|9|27000\n合计| |23|69000",
     ["黄泥塝", "杉木冲"], []),
    ("| 序号 | 村别 | 户主 | 金额 |\n| 1 | 上营 | 郭玉兰 | 1500 |\n| 2 | 下营 | 孙德福 | 900 |",
     ["上营", "下营"], ["郭玉兰", "孙德福"]),
])
def test_a_village_column_of_a_table_with_bars(nlp, text, villages, names):
    import policyie
    got = {p["text"] for p in policyie.load()(text)._.places}
    assert set(villages) <= got and not set(names) & got


@pytest.mark.parametrize("text, villages", [
    ("城关镇居民和石桥村村民共同参与环境整治。", ["石桥村"]),
    ("石门村村民和柳沟村村民参加培训。", ["石门村", "柳沟村"]),
    ("社区居民和马家村群众踊跃参与。", ["马家村"]),
])
def test_a_noun_and_a_conjunction_do_not_open_a_village_name(text, villages):
    import policyie
    got = [e.text for e in policyie.load()(text).ents if e.label_ == "GPE"]
    assert all(v in got for v in villages) and not any(g.endswith("村") and g not in villages for g in got)


@pytest.mark.parametrize("text, want", [
    ("在黑牛营子村实施人居环境整治。", ["黑牛营子村"]),
    ("其中王家大院村的项目规模最大。", ["王家大院村"]),
    ("额尔敦宝力格嘎查获得补助资金22万元。", ["额尔敦宝力格嘎查"]),
    ("①项山村上湖自然村，硬化0.92公里；②桂岭村老屋下自然村，1.1公里。", ["项山村", "上湖自然村", "桂岭村", "老屋下自然村"]),
    ("（1）柳树湾村后沟自然村，新修道路1.5公里。", ["柳树湾村", "后沟自然村"]),
    # a long run that is a phrase, not a name
    ("实现“大事不出镇、小事不出村”。", []),
    ("兰溪拥有全国罕见的古城古镇古村体系。", []),
    ("走访调研了解情况后帮扶村。", []),
])
def test_village_names_of_four_to_six_characters_after_a_clear_start(text, want):
    import policyie
    got = [e.text for e in policyie.load()(text).ents if e.label_ == "GPE"]
    assert got == want


@pytest.mark.parametrize("text, want", [
    ("格桑村（含达嘎自然村）73人，补助63875元。", ["格桑村", "达嘎自然村"]),
    ("卢屋村（含卢屋、坳背自然村）0.85公里。", ["卢屋村", "卢屋", "坳背自然村"]),
    ("1.宝日嘎查（含乌兰屯、巴彦屯）28万元", ["宝日嘎查", "乌兰屯", "巴彦屯"]),
    ("石门村（含村委会驻地）道路硬化。", ["石门村"]),
])
def test_a_villages_units_in_brackets_after_it(text, want):
    import policyie
    assert [e.text for e in policyie.load()(text).ents if e.label_ == "GPE"] == want


@pytest.mark.parametrize("text, body", [
    ("以上如有异议，请于5日内向村务监督委员会反映。\n兴隆县六道河镇石门子村民委员会\n2024年9月20日",
     "兴隆县六道河镇石门子村民委员会"),
    ("监督电话：0731-8456123\n岳阳县筻口镇五一村村委会（盖章）\n2025年1月6日", "岳阳县筻口镇五一村村委会"),
    ("公示期7天。\n南涧彝族自治县宝华镇居民委员会 2024年12月2日", "南涧彝族自治县宝华镇居民委员会"),
])
def test_a_committee_signing_a_page_is_an_organization_and_its_places_are_no_mentions(nlp, text, body):
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == []
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == [body]
    county = text[text.index("\n") + 1:].split("县")[0] + "县"
    assert any(p["text"] == county and p["adcode"] for p in doc._.places)   # the page's place all the same


def test_a_committee_in_a_table_row_stays_a_village(nlp):
    text = "单位：万元\n村（居）\t金额\n红星村村委会\t12.5\n胜利村村委会\t8.0\n杨桥镇人民政府\n2024年6月3日"
    assert [e.text for e in nlp(text).ents if e.label_ == "GPE"][:2] == ["红星村村委会", "胜利村村委会"]


def test_a_village_whose_name_opens_with_a_measure_word_after_its_row_number(nlp):
    # 座, 户, 个 open village names too: after a row's number at a cell's start they are no count
    text = "单位：万元\n序号 村名 项目 金额   序号 村名 项目 金额\n1 平寨村 茶叶加工 30   2 座山村 油茶基地 20"
    assert "座山村" in [e.text for e in nlp(text).ents if e.label_ == "GPE"]


@pytest.mark.parametrize("text", [
    "西沟村村民委员会组织召开村民代表会议，讨论项目资金安排。",
    "双河村村委会组成验收小组，对工程进行验收。",
])
def test_a_committee_in_prose_gives_no_group_of_组织_or_组成(nlp, text):
    assert not [e.text for e in nlp(text).ents if e.label_ == "GPE" and e.text.endswith(("组", "村村"))]


def test_a_natural_village_named_with_its_designation_opens_a_text(nlp):
    # (an empty string is "in" every string: the check of the character before a name must not
    # reject a name at the very start of the text)
    assert [p["text"] for p in nlp("长崖子自然村巷道硬化工程总投资18.6万元。")._.places] == ["长崖子自然村"]


# -- counted pairs, names after a joiner, names written again -----------------------------------

@pytest.mark.parametrize("text, names", [
    # without 个, only where the document writes one of them as a village
    ("白沙村油茶基地去年建成，今年合作社将带动周边白沙、青石两村发展油茶产业。", ["白沙村", "白沙", "青石"]),
    ("3.杨柳村、岔河两村项目须于11月底前完工；", ["杨柳村", "岔河"]),
    ("竹林村率先试点。项目收益的三成用于公益事业，枫树湾、竹林、石门三村同步实施。", ["竹林村", "枫树湾", "竹林", "石门"]),
    ("⑤高坪村石板沟、黄泥湾两个自然村，道路0.8公里。", ["高坪村", "石板沟", "黄泥湾"]),
])
def test_villages_counted_by_a_numeral_before_their_kind(nlp, text, names):
    assert [w for w, *_ in villages(nlp, text)] == names


def test_a_full_county_name_after_a_joiner_is_not_read_from_the_joiner(nlp):
    text = "市财政局向长兴县、德清县和安吉县下达资金。"
    assert [(w, level) for w, level, *_ in run(nlp, text)] == [
        ("长兴县", "county"), ("德清县", "county"), ("安吉县", "county")]
    places = run(nlp, "淳安县界首乡新星村和安阳乡红旗村入选。")
    assert [w for w, *_ in places] == ["淳安县", "界首乡", "新星村", "安阳乡", "红旗村"]


def test_a_county_zone_is_not_cut_after_its_county(nlp):
    places = run(nlp, "资金用于城乡供水一体化、泗县经济开发区标准化厂房等项目。")
    assert "县经济开发区" not in [w for w, *_ in places]


def test_a_village_named_again_by_its_name_alone_opening_a_clause(nlp):
    text = ("开化县马金镇枫林湾村、齐溪镇仁宗坑村列入省级传统村落。枫林湾将用于古民居修缮；"
            "仁宗坑则侧重消防设施改造，枫林湾组、仁宗坑自然村另行安排。")
    names = [w for w, *_ in villages(nlp, text)]
    assert names[:4] == ["枫林湾村", "仁宗坑村", "枫林湾", "仁宗坑"]
    assert len([n for n in names if n == "枫林湾"]) == 1          # (not the one of 枫林湾组)


def test_a_campaigns_kind_of_village_is_no_village(nlp):
    assert villages(nlp, "县里发布2024年度“消薄”攻坚村名单，对每个攻坚村给予扶持。") == []


@pytest.mark.parametrize("text", [
    "泰顺县今年选择经济薄弱、集体空壳两村开展试点，每村补助10万元。",
    "推进东部、西部两村合并，实现资源共享。",
    "城关镇各级村组织换届工作已全面完成。",
    "水头镇共享村居服务中心建成并投入使用。",
])
def test_no_village_from_counted_kinds_determiners_and_verbs(nlp, text):
    assert villages(nlp, text) == []


def test_a_village_name_that_is_a_common_word_is_not_read_again_before_a_copula(nlp):
    text = "嵊州市长乐镇幸福村入选省级示范村。幸福是奋斗出来的，幸福村将继续发展民宿。"
    assert [w for w, *_ in villages(nlp, text)] == ["幸福村", "幸福村"]


def test_village_names_listed_after_their_count(nlp):
    # the count first, then exactly that many names without their suffix
    text = "剑阁县白龙镇共有行政村5个，分别是：新光、双河、青林、石垭、柏杨。2024年各村均实施了道路硬化。"
    assert villages(nlp, text) == [(w, "510823", "510823114") for w in ("新光", "双河", "青林", "石垭", "柏杨")]
    text = "镇雄县以勒镇辖4个村：青岗、大湾、石龙、坪地"
    assert villages(nlp, text) == [(w, "530627", "530627106") for w in ("青岗", "大湾", "石龙", "坪地")]


@pytest.mark.parametrize("text", [
    "剑阁县白龙镇共有3个社区，分别是：城东、城西。",            # two names for a count of three
    "全镇有行政村6个，分别是：新光、双河等。",
])
def test_a_count_that_does_not_match_its_list_gives_no_villages(nlp, text):
    assert villages(nlp, text) == []


def test_a_village_column_cell_listing_several_villages(nlp):
    # the column 实施村 names where each project is done; a cell may list two villages
    text = ("剑阁县白龙镇2024年一事一议财政奖补项目表\n项目名称\t实施村\t金额（万元）\n村道硬化\t新光、双河\t36\n"
            "饮水工程\t青林\t12\n")
    assert villages(nlp, text) == [(w, "510823", "510823114") for w in ("新光", "双河", "青林")]


def test_a_village_cell_with_its_suffix_split_off(nlp):
    # PDF extraction leaves the suffix as a cell of its own (岩门 村), or opening the next line;
    # a header's 村（社区） is no village
    text = ("黔西市2024年衔接资金项目表\n序号 项目 乡镇 村（社区） 金额\n1 冷链仓储 林城镇 青杠 村 50\n"
            "2 光伏发电 观音洞镇 白岩\n村  45\n")
    assert [w for w, *_ in villages(nlp, text)] == ["青杠 村", "白岩\n村"]


def test_a_committee_heading_its_natural_villages_is_a_place(nlp):
    text = ("各自然村名单如下：\n长坡镇福田村委会：福田村、上园村、下园村\n"
            "南丰镇油麻村委会：油麻村、石牛村\n")
    places = [(p["text"], p.get("level")) for p in nlp(text)._.places]
    assert ("长坡镇", "township") in places and ("南丰镇", "township") in places
    assert [n for n, level in places if level == "village"] == [
        "福田村委会", "福田村", "上园村", "下园村", "油麻村委会", "油麻村", "石牛村"]
    # a committee alone as a signature is the body, no place
    signed = nlp("特此公示。\n长坡镇福田村委会\n2024年6月3日")._.places
    assert "福田村委会" not in [p["text"] for p in signed]


def test_villages_named_by_a_surname_alone_in_rows_and_lists(nlp):
    # villages of one character and 村 (as many in Henan, Shanxi, Shandong are named)
    rows = "序号\t村名\t补助资金（万元）\n1\t樊村\t8.5\n2\t郭村\t6.0\n3\t白杨村\t4.5\n"
    assert [p["text"] for p in nlp(rows)._.places if p.get("level") == "village"] == ["樊村", "郭村", "白杨村"]
    listed = "受益村：贾村、冯村、高村。"
    assert [p["text"] for p in nlp(listed)._.places if p.get("level") == "village"] == ["贾村", "冯村", "高村"]
    # words of one character and 村 are no villages
    for text in ("全村共有农户312户，本村集体经济收入12万元。", "各村、各组要高度重视。", "驻村工作队\t3人\n"):
        assert not [p for p in nlp(text)._.places if p.get("level") == "village"], text


def test_a_counted_list_of_bare_names_right_after_its_township(nlp):
    text = "今年，马坊镇东岗、西岗、后营等5个村新建文化广场。"
    villages = [p["text"] for p in nlp(text)._.places if p.get("level") == "village"]
    assert villages == ["东岗", "西岗", "后营"]


def test_villages_written_with_their_designation_or_kind_in_brackets(nlp):
    def villages(text):
        return [p["text"] for p in nlp(text)._.places if p.get("level") == "village"]
    assert villages("本批项目覆盖柳林行政村、沙河建制村。") == ["柳林行政村", "沙河建制村"]
    assert villages("全县贫困行政村、重点行政村均已覆盖。") == []
    assert villages("受益村（社区）：青松村（社区）、东湖社区（村）、银杏村（社区）\n") == ["青松村", "东湖社区", "银杏村"]


def test_a_column_of_one_under_a_village_header_is_a_list_of_villages(nlp):
    text = "2024年度美丽乡村示范村名单\n村名\n柳湾\n杏花岭\n上庄\n合计\n"
    assert [p["text"] for p in nlp(text)._.places if p.get("level") == "village"] == ["柳湾", "杏花岭", "上庄"]
    # a table flattened one cell per line keeps its own reading: no header word read as a village
    flat = "序号\n村名\n户数\n1\n柳湾\n12\n2\n上庄\n8\n"
    assert "户数" not in [p["text"] for p in nlp(flat)._.places]
    # 下辖村 is no village's name
    assert "下辖村" not in [p["text"] for p in nlp("石门镇下辖村：柳湾、上庄。")._.places]

"""The learned purpose chooser: its options and features (pure logic), training, save and load,
the rules it never overrules, and its place in the linker (candidates from every purpose path)."""
from policyie.cues import Found
from policyie.purpose_model import PurposeModel, overrules, purpose_options, train
from policyie.records import reasons


def _options(text, amount, candidates, rule=None, why="after 用于", kind="spending"):
    s = text.index(amount)
    record = {"start": s, "end": s + len(amount), "kind": kind, "why": {"purpose": why},
              "purpose": None, "purpose_start": None, "purpose_end": None}
    if rule is not None:
        p = text.index(rule)
        record.update(purpose=rule, purpose_start=p, purpose_end=p + len(rule))
    found = [(name, Found(text.index(w), text.index(w) + len(w), w, "")) for name, w in candidates]
    return record, purpose_options(text, record, found, {}, None)


def test_options_merge_the_paths_of_one_phrase_and_always_offer_no_purpose():
    text = "为改善村容村貌，镇财政安排资金85万元，用于巷道硬化。"
    record, options = _options(text, "85万元", [("after", "巷道硬化"), ("later", "巷道硬化"),
                                                 ("before", "改善村容村貌")], rule="巷道硬化")
    spans = {(o["start"], o["end"]): o for o in options}
    assert len(options) == 3                                   # two phrases and no purpose
    after = spans[(text.index("巷道硬化"), text.index("巷道硬化") + 4)]
    assert after["sources"] == ["after", "later"] and after["rule"]
    assert "at=after" in after["features"] and "votes=2" in after["features"]
    before = spans[(text.index("改善村容村貌"), text.index("改善村容村貌") + 6)]
    assert "at=before" in before["features"] and not before["rule"]
    none = spans[(None, None)]
    assert "NONE" in none["features"] and not none["rule"]


def test_when_the_rules_give_no_purpose_no_purpose_is_their_option():
    text = "全区一般公共预算收入42.6亿元，增长3.1%。"
    _, options = _options(text, "42.6亿元", [("measure", "一般公共预算收入")], why="a revenue line states no purpose",
                          kind="revenue")
    assert [o["rule"] for o in options if o["start"] is None] == [True]


def _data():
    """A toy task the features can learn: a phrase after 用于 is the use, one before 由 (who
    pays) is not; the words and numbers differ in every example."""
    rows = []
    for payer, use, amount in (("甲县财政", "修建桥梁", "120万元"), ("乙镇政府", "购置农机", "35万元"),
                               ("丙区财政局", "改造校舍", "860万元"), ("丁市", "疏浚河道", "4.5亿元"),
                               ("戊县", "培训农民", "72万元"), ("己乡", "治理滑坡", "18万元")):
        text = f"{payer}安排{amount}，用于{use}。"
        _, options = _options(text, amount, [("after", use), ("measure", payer)])
        for o in options:
            rows.append((o["features"], o["start"] == text.index(use)))
    return rows


def test_training_learns_which_path_to_trust_and_survives_save_and_load(tmp_path):
    model = train(_data(), epochs=150)
    text = "庚县财政安排66万元，用于修缮祠堂。"
    record, options = _options(text, "66万元", [("after", "修缮祠堂"), ("measure", "庚县财政")], rule="庚县财政",
                               why="the noun the amount measures")
    choice = model.choose(options, record)
    assert choice is not None and text[choice[0]:choice[1]] == "修缮祠堂"
    assert choice[2].startswith("the learned purpose chooser (after")
    model.save(tmp_path / "p.json")
    again = PurposeModel.load(tmp_path / "p.json")
    assert again.margin == model.margin
    assert [round(x, 2) for x in again.scores(options)] == [round(x, 2) for x in model.scores(options)]
    # the rules' choice stays where the model prefers another only by less than the margin
    assert PurposeModel(scorer=model.scorer, margin=1.0).choose(options, record) is None


def test_explicit_structures_are_never_overruled():
    assert not overrules("分别: the use listed in its place")
    assert not overrules("a change of the amount before")
    assert not overrules("what the finding concerns (违规发放X)")
    assert not overrules("after 用于")
    assert overrules("the noun the amount measures")
    assert overrules("the use its fund's name states")
    model = train(_data(), epochs=50)
    text = "辛县财政安排66万元，用于修缮祠堂。"
    record, options = _options(text, "66万元", [("after", "修缮祠堂"), ("measure", "辛县财政")], rule="辛县财政",
                               why="分别: the use listed in its place")
    assert model.choose(options, record) is None


def test_the_linker_offers_every_path_and_the_pipeline_says_when_the_chooser_decided():
    import policyie
    from policyie.linking import Linker

    nlp = policyie.load(segmenter="char")
    text = "为巩固脱贫成果，全省安排护林员补助资金6.3亿元，每人每年补助不低于9000元。"
    doc = nlp(text)
    linker = Linker(keep_candidates=True)
    records = linker.link(text, [q for q in doc._.quantities if q["label"] == "MONEY"],
                          sentences=[0], articles=[], places=list(doc._.places), agencies=list(doc._.agencies),
                          dates=[], agency_links=[])
    first = records[0]
    phrases = {text[o["start"]:o["end"]]: o["sources"] for o in first["_candidates"] if o["start"] is not None}
    assert any("脱贫成果" in p and "before" in src for p, src in phrases.items())    # 为X before it
    assert any(p.startswith("护林员补助") for p in phrases)     # the noun it measures
    assert any(o["start"] is None for o in first["_candidates"])
    # every record says whether its purpose is the rules' or the chooser's
    for r in doc._.records:
        why = reasons(r)["purpose"]
        assert why.startswith("the learned purpose chooser") or "learned" not in why
    rules = policyie.load(segmenter="char", learned_purpose=False)
    assert all("learned purpose" not in reasons(r)["purpose"] for r in rules(text)._.records)


def test_shares_take_the_use_chosen_for_their_allocation():
    """Table rows that took their allocation's (or the title's) use follow the use the chooser
    gives the allocation; rows with a use of their own keep it."""
    from policyie.linking import _shares_follow_their_allocation

    def rec(start, purpose, why, parts_of=None):
        return {"start": start, "purpose": purpose, "purpose_start": None, "purpose_end": None,
                "parts_of": parts_of, "why": {"purpose": why}}
    head = rec(10, "农村改厕和生活污水治理", "the learned purpose chooser (later, p=0.91; the rules said x)")
    head["purpose_start"], head["purpose_end"] = 40, 51
    rows = [rec(100, "农村人居环境整治", "the use the title's fund names (a notice about one fund)", 10),
            rec(120, "农村人居环境整治", "the use of the allocation its table shares out", 10),
            rec(140, "危桥改造", "the use its table column names", 10),
            rec(160, "农村人居环境整治", "the use the title's fund names (a notice about one fund)", None)]
    _shares_follow_their_allocation([head, *rows])
    assert [r["purpose"] for r in rows] == ["农村改厕和生活污水治理", "农村改厕和生活污水治理", "危桥改造", "农村人居环境整治"]
    assert rows[0]["purpose_start"] == 40


def test_parts_lose_a_use_the_chooser_took_from_their_total():
    """Parts that took their total's use (其中) have none once the chooser finds the total states
    none (a transfer fund's name); parts with a use of their own, or of the title, keep theirs."""
    from policyie.linking import _shares_follow_their_allocation

    def rec(start, purpose, why, parts_of=None):
        return {"start": start, "purpose": purpose, "purpose_start": start + 2 if purpose else None,
                "purpose_end": start + 6 if purpose else None, "parts_of": parts_of, "why": {"purpose": why}}
    head = rec(10, None, "the learned purpose chooser: no purpose (p=0.70; the rules said the use its fund's name states)")
    rows = [rec(100, "生态文明建设转移支付", "the purpose of its total (其中)", 10),
            rec(120, "生态文明建设转移支付", "the purpose of its total (its parts add up to it)", 10),
            rec(140, "湿地保护修复", "after the verb 用于", 10),
            rec(160, "生态文明建设转移支付", "the purpose of its total (其中)", None)]
    _shares_follow_their_allocation([head, *rows])
    assert [r["purpose"] for r in rows] == [None, None, "湿地保护修复", "生态文明建设转移支付"]
    assert rows[0]["purpose_start"] is None and rows[0]["purpose_end"] is None

"""The learned kind model: pure logic (features, training, save and load) and its place in the
linker (a second opinion on weak rule decisions only)."""
from policyie.kind_model import KindModel, features, overrules, train
from policyie.records import reasons


def _feats(text, amount, rule="other", why="no cue"):
    s = text.index(amount)
    return features(text, s, s + len(amount), 0, len(text), rule_kind=rule, rule_why=why)


def test_training_learns_a_context_the_rules_miss_and_survives_save_and_load(tmp_path):
    # receiving money (分得, 获) is a transfer, paying it out (发给, 付给) spending: the words
    # differ in each example, only the context pattern is shared
    data = []
    for place, amount in (("甲县", "120万元"), ("乙市", "3.5亿元"), ("丙区", "860万元"), ("丁县", "45万元")):
        data.append((_feats(f"{place}分得上级资金{amount}。", amount), "transfer"))
        data.append((_feats(f"{place}财政发给农户{amount}。", amount), "spending"))
    model = train(data, epochs=150, min_count=1)
    label, p = model.predict(_feats("戊县分得上级资金77万元。", "77万元"))
    assert label == "transfer" and p > 0.5
    assert model.predict(_feats("己县财政发给农户9万元。", "9万元"))[0] == "spending"
    model.save(tmp_path / "m.json")
    again = KindModel.load(tmp_path / "m.json")
    assert again.labels == model.labels
    f = _feats("戊县分得上级资金77万元。", "77万元")
    assert abs(again.probabilities(f)["transfer"] - model.probabilities(f)["transfer"]) < 0.01


def test_firm_rule_reasons_are_never_overruled():
    assert not overrules("the measured noun 教育支出")
    assert not overrules("a rate (per 亩)")
    assert not overrules("an audit finding (挪用)")
    assert overrules("no cue")
    assert overrules("the verb 下达 of the clause before")
    assert not overrules("the verb 下达")


def test_the_pipeline_keeps_firm_kinds_and_says_when_the_model_decided():
    import policyie

    nlp = policyie.load(segmenter="char")
    # a head noun names the kind: the model is not asked
    r = next(iter(nlp("全县城乡居民人均可支配收入达到28460元，增长6.1%。")._.records))
    assert r["kind"] == "output" and "learned" not in reasons(r)["kind"]
    r = next(iter(nlp("对新建标准化养殖场给予每亩200元补助。")._.records))
    assert r["kind"] == "standard"
    # with the model switched off, the rules' reason is reported as is
    rules = policyie.load(segmenter="char", learned_kind=False)
    for text in ("分类看，中央财政对我省的各项补助资金为12.4亿元。", "其中，农田建设专项资金6.8亿元。"):
        assert "learned" not in reasons(next(iter(rules(text)._.records)))["kind"]


def test_where_the_rules_had_no_cue_the_learned_kind_says_whose_money_it_is():
    # 村干部报酬1200元: no kind cue the rules know; the model reads spending, so the body the
    # article's lead names is the spender (as for any spending), not "no government money"
    import policyie
    nlp = policyie.load(segmenter="char")
    text = ("记者从泾川县财政局获悉，今年全县村级组织运转经费共计860万元。其中，党群服务中心运行维护每村3万元，"
            "村干部报酬1200元。")
    r = next(r for r in nlp(text)._.records if r["text"] == "1200元")
    assert r["kind"] == "spending" and reasons(r)["kind"].startswith("the learned kind model")
    assert r["agency"] == "泾川县财政局", reasons(r)

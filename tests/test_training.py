"""Training a statistical ner next to the rules, and the merge policy.

The fixture tests/data/training/doccano.jsonl is a doccano export of eight hand-annotated
sentences (written for this test, not taken from the seeds); the rules miss most of its
organizations (schools, associations, companies named without a place).
"""
import json
from decimal import Decimal
from pathlib import Path

import pytest
from spacy.language import Language

import policyie
from policyie.components.ner_merge import merge_entities

DATA = Path(__file__).parent / "data" / "training"
DOCCANO = DATA / "doccano.jsonl"
#: a model small enough to train in seconds (the shipped config uses width 64, 1500 rows)
TINY = {"components.ner.model.tok2vec.width": 32, "components.ner.model.tok2vec.embed_size": 500,
        "components.ner.model.tok2vec.depth": 2, "components.ner.model.hidden_width": 32,
        "training.eval_frequency": 20, "training.dropout": 0.1, "training.optimizer.learn_rate": 0.005}


# ---------------------------------------------------------------- the policy, without spaCy

def test_model_org_added_where_no_rule_entity():
    rule = [(0, 6, "ORG"), (10, 15, "MONEY")]
    merged, added = merge_entities(rule, [(20, 24, "ORG")])
    assert added == [(20, 24, "ORG")]
    assert merged == [(0, 6, "ORG"), (10, 15, "MONEY"), (20, 24, "ORG")]


def test_quantities_always_from_rules():
    rule = [(10, 15, "MONEY"), (30, 35, "DATE")]
    model = [(8, 13, "ORG"), (10, 15, "MONEY"), (31, 33, "ORG"), (40, 43, "MONEY")]
    merged, added = merge_entities(rule, model, labels=("ORG", "MONEY"))
    assert merged == [(10, 15, "MONEY"), (30, 35, "DATE"), (40, 43, "MONEY")]
    assert added == [(40, 43, "MONEY")]
    # with the default labels a model MONEY is never added, even where the rules found nothing
    assert merge_entities(rule, model)[1] == []


def test_rule_places_and_agencies_win():
    rule = [(0, 3, "GPE"), (5, 11, "ORG")]
    model = [(0, 5, "ORG"), (5, 9, "ORG"), (0, 3, "ORG")]
    assert merge_entities(rule, model) == (rule, [])


def test_extend_places_lets_an_org_cover_places_inside_it():
    rule = [(0, 3, "GPE"), (3, 6, "GPE"), (20, 25, "MONEY")]
    model = [(0, 12, "ORG")]
    assert merge_entities(rule, model)[1] == []
    merged, added = merge_entities(rule, model, extend_places=True)
    assert merged == [(0, 12, "ORG"), (20, 25, "MONEY")] and added == model
    # never over a rule ORG or a quantity, and not a span equal to the place
    assert merge_entities([(0, 3, "GPE"), (3, 8, "ORG")], model, extend_places=True)[1] == []
    assert merge_entities([(2, 6, "MONEY")], model, extend_places=True)[1] == []
    assert merge_entities([(0, 3, "GPE")], [(0, 3, "ORG")], extend_places=True)[1] == []


def test_labels_length_and_noise():
    model = [(0, 1, "ORG"), (2, 5, "GPE"), (6, 9, "PERSON"), (20, 24, "ORG")]
    assert merge_entities([], model)[1] == [(6, 9, "PERSON"), (20, 24, "ORG")]
    assert merge_entities([], model, labels=("ORG",), blocked=[(18, 30)])[1] == []
    assert merge_entities([], model, labels=("GPE",), min_length=4)[1] == []


def test_generic_nouns_and_kinds():
    text = "保险公司和花山小学、开森电气"
    model = [(0, 4, "ORG"), (5, 9, "ORG"), (10, 14, "ORG")]
    kinds = ("保险公司", "公司", "小学")
    assert merge_entities([], model, generic=kinds, text=text)[1] == [(5, 9, "ORG"), (10, 14, "ORG")]
    assert merge_entities([], model, generic=kinds, kinds=kinds, text=text)[1] == [(5, 9, "ORG")]


# ---------------------------------------------------------------- the components, with a fake ner

@Language.factory("test_fake_ner", default_config={"ents": []})
def _make_fake_ner(nlp, name, ents):
    """Stands in for a statistical ner: sets the given [start, end, label] as doc.ents."""
    def fake_ner(doc):
        doc.set_ents([doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in ents])
        return doc
    return fake_ner


def _with_fake_ner(ents, **merge_config):
    nlp = policyie.load(segmenter="char")
    nlp.add_pipe("test_fake_ner", after="policyie_structure", config={"ents": ents})
    nlp.add_pipe("policyie_ner_hold", after="test_fake_ner")
    nlp.add_pipe("policyie_ner_merge", before="policyie_records", config=merge_config)
    return nlp


TEXT = "2023年，市财政局下达补助资金350万元，支持阳光小学新建教学楼。"
#: right (阳光小学), overlapping a rule agency (市财政局下达), overlapping a rule amount (350万)
FAKE = [[6, 12, "ORG"], [16, 20, "ORG"], [24, 28, "ORG"]]


def test_merge_component_with_fake_ner():
    nlp = _with_fake_ner(FAKE)
    assert nlp.pipe_names == ["policyie_cleaner", "policyie_structure", "test_fake_ner", "policyie_ner_hold",
                              "policyie_quantities", "policyie_places", "policyie_ner_merge", "policyie_records"]
    rules = [(e.start_char, e.end_char, e.label_) for e in policyie.load(segmenter="char")(TEXT).ents]
    assert (6, 10, "ORG") in rules and (16, 21, "MONEY") in rules
    doc = nlp(TEXT)
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    assert sorted(set(rules) | {(24, 28, "ORG")}) == ents             # every rule entity as it was, plus one
    assert [s.text for s in doc.spans["ner"]] == ["阳光小学"]
    assert doc._.model_ents == FAKE
    money = [e for e in doc.ents if e.label_ == "MONEY"]
    assert [(e.text, e._.quantity.value) for e in money] == [("350万元", Decimal("3500000"))]
    school = [a for a in doc._.agencies if a["text"] == "阳光小学"]
    assert school and school[0]["source"] == "model" and school[0]["department"] is None
    [span] = [e for e in doc.ents if e.text == "阳光小学"]
    assert span._.agency.canonical == "阳光小学"
    [record] = doc._.records                                          # the linker ran after the merge
    assert record["text"] == "350万元"


def test_merge_component_extend_places_option():
    text = "浙江交工援建的泵站投入使用。"
    rules = [(e.text, e.label_) for e in policyie.load(segmenter="char")(text).ents]
    assert rules == [("浙江", "GPE")]
    assert [(e.text, e.label_) for e in _with_fake_ner([[0, 4, "ORG"]], require_kind=False)(text).ents] == rules
    doc = _with_fake_ner([[0, 4, "ORG"]], extend_places=True, require_kind=False)(text)
    assert [(e.text, e.label_) for e in doc.ents] == [("浙江交工", "ORG")]
    assert [s.text for s in doc.spans["places"]] == ["浙江"]           # the place mention stays
    [org] = doc._.agencies
    assert org["place"]["full_name"] == "浙江省"


def test_merge_component_skips_kinds_of_organization():
    text = "保险公司为花山小学捐赠10万元。"
    fake = [[0, 4, "ORG"], [5, 9, "ORG"]]
    doc = _with_fake_ner(fake)(text)
    assert [s.text for s in doc.spans["ner"]] == ["花山小学"]
    doc = _with_fake_ner(fake, skip_generic=False)(text)
    assert [s.text for s in doc.spans["ner"]] == ["保险公司", "花山小学"]
    doc = _with_fake_ner([[0, 4, "ORG"], [5, 11, "ORG"]], require_kind=True, skip_generic=False)(text)
    assert [s.text for s in doc.spans["ner"]] == ["保险公司"]        # 花山小学捐赠 does not end in a kind


def test_train_command_rejects_missing_input(tmp_path):
    from typer.testing import CliRunner

    from policyie.cli import app

    result = CliRunner().invoke(app, ["train", str(tmp_path / "no.jsonl"), str(tmp_path / "no.jsonl"),
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 2                           # a usage error, before any work
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- doccano -> train -> load -> evaluate

@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    from policyie import annotation, training
    from policyie.segmenter import blank

    out = tmp_path_factory.mktemp("train")
    n = annotation.convert(DOCCANO, "doccano", out / "train.spacy", nlp=blank("pkuseg"))
    assert n == 8
    model = training.train(out / "train.spacy", out / "train.spacy", out / "run", max_steps=40, overrides=TINY)
    return model


def test_round_trip_trains_saves_and_loads(trained):
    assert trained.name == "model-last" and (trained / "ner" / "model").is_file()
    assert not (trained / "tokenizer").exists()          # the bundled segmenter is not copied
    config = (trained / "config.cfg").read_text(encoding="utf-8")
    assert "/tmp" not in config and "userdict" not in config
    nlp = policyie.load(trained)
    assert nlp.pipe_names == ["policyie_cleaner", "policyie_structure", "ner", "policyie_ner_hold",
                              "policyie_quantities", "policyie_places", "policyie_ner_merge", "policyie_records"]
    assert nlp.get_pipe("ner").labels == ("ORG",)          # the fixture has no GPE to learn
    doc = nlp("青山中学和实验小学共获奖励资金80万元。")
    assert [t.text for t in doc][:2] == ["青山", "中学"]     # pkuseg words, not characters
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("80万元", "MONEY") in ents
    assert doc.ents[-1]._.quantity.value == Decimal("800000")
    assert {x for x in ents if x[1] == "ORG"} & {("青山中学", "ORG"), ("实验小学", "ORG")}


def test_round_trip_evaluates(trained):
    from policyie.annotation import read_annotations
    from policyie.evaluate import evaluate

    gold = read_annotations(DOCCANO, "doccano")
    scores = evaluate(policyie.load(trained), gold).to_dict()["entities"]
    assert scores["ORG"]["gold"] == 13 and scores["MONEY"]["gold"] == 4
    assert scores["MONEY"]["recall"] == 1.0
    rules = evaluate(policyie.load(), gold).to_dict()["entities"]
    assert scores["ORG"]["recall"] >= 0.5                 # it learnt its own training sentences
    assert scores["ORG"]["tp"] >= rules["ORG"]["tp"]


# ---------------------------------------------------------------- the shipped model

def test_shipped_model_loads_and_states_test_scores():
    from policyie.pipeline import shipped_model_dir

    path = shipped_model_dir("policyie-ner")
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    test = meta["policyie"]["test"]
    assert set(test) == {"rules", "rules+model"}
    for label in ("ORG", "GPE", "MONEY", "PERCENT"):
        for variant in ("rules", "rules+model"):
            assert {"p", "r", "f", "tp", "gold", "pred"} <= set(test[variant][label])
        assert test["rules"][label]["gold"] == test["rules+model"][label]["gold"] > 0
    assert meta["policyie"]["test_documents"] == 34                 # the corpus test split
    assert meta["policyie"]["size_bytes"] < 5_000_000
    assert not (path / "tokenizer").exists()
    assert (path / "policyie_ner_merge" / "phrases.json").is_file()
    nlp = policyie.load("policyie-ner")
    assert "ner" in nlp.pipe_names and "policyie_ner_merge" in nlp.pipe_names
    assert nlp.get_pipe("policyie_ner_merge").phrases                 # names learnt from dev + seeds
    doc = nlp("义乌市财政局每年安排600万元，用于购买劳动者工资保障险。")
    assert [(e.text, e.label_) for e in doc.ents] == [("义乌市财政局", "ORG"), ("600万元", "MONEY")]


# ---------------------------------------------------------------- a label only the annotations have

PROGRAMS = DATA / "programs_doccano.jsonl"


def test_user_labels_are_added_and_may_hold_rule_places():
    text = "下达中央财政衔接推进乡村振兴补助资金和浙江交工"
    rule = [(2, 6, "ORG"), (19, 21, "GPE")]
    model = [(2, 18, "PROGRAM"), (19, 23, "PROGRAM"), (19, 21, "PROGRAM")]
    merged, added = merge_entities(rule, model, user_labels={"PROGRAM"}, text=text)
    assert added == [(2, 18, "PROGRAM"), (19, 23, "PROGRAM")]       # not over a rule entity of its extent
    assert merged == [(2, 18, "PROGRAM"), (19, 23, "PROGRAM")]
    assert merge_entities([(3, 8, "MONEY")], [(2, 18, "PROGRAM")], user_labels={"PROGRAM"})[1] == []


def test_model_place_needs_a_place_form():
    from policyie.components.ner_merge import is_place_name

    assert is_place_name("满洲里") and is_place_name("半岱村") and is_place_name("红海湾开发区")
    assert not is_place_name("作风") and not is_place_name("村")
    text = "经满洲里口岸销往半岱村和作风"
    model = [(1, 4, "GPE"), (8, 11, "GPE"), (12, 14, "GPE")]
    assert merge_entities([], model, labels=("GPE",), place_ok=is_place_name, text=text)[1] == model[:2]


def test_extend_agencies_lets_an_org_cover_a_shorter_rule_org():
    rule = [(0, 5, "ORG"), (9, 12, "GPE")]
    model = [(0, 7, "ORG"), (7, 14, "ORG")]
    assert merge_entities(rule, model, extend_places=True)[1] == [(7, 14, "ORG")]   # over the place only
    merged, added = merge_entities(rule, model, extend_agencies=True)
    assert added == [(0, 7, "ORG"), (7, 14, "ORG")] and merged == added


def test_train_reads_a_doccano_export_and_learns_a_label_only_it_has(tmp_path):
    """The loop on a doccano export holding PROGRAM, which no rule produces: `train` learns it
    with the default labels, the merge adds it, and records show it as `program`."""
    from policyie import training

    assert training.model_labels(PROGRAMS) == ("ORG", "GPE", "PROGRAM")
    model = training.train(PROGRAMS, PROGRAMS, tmp_path / "run", max_steps=60, overrides=TINY, segmenter="char")
    nlp = policyie.load(model)
    assert "PROGRAM" in nlp.get_pipe("ner").labels
    rules = policyie.load(segmenter="char")
    text = "2024年，县财政局下达一事一议财政奖补资金320万元，支持45个村修建村内道路。"
    assert not [e for e in rules(text).ents if e.label_ == "PROGRAM"]
    doc = nlp(text)
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("一事一议财政奖补", "PROGRAM") in ents and ("县财政局", "ORG") in ents and ("320万元", "MONEY") in ents
    [record] = doc._.records
    assert record["program"] == "一事一议财政奖补" and record["value"] == "3200000"
    # an amount without a programme in its sentence keeps program null
    doc = nlp("县财政局安排资金50万元，用于道路养护。")
    assert [r["program"] for r in doc._.records] == [None]


def test_program_of_prefers_the_purpose_then_the_nearest_before():
    from policyie.components.records import program_of

    text = "甲计划和乙计划共下达80万元，用于丙计划。"
    record = {"sentence_start": 0, "sentence_end": 21, "start": 10, "end": 14, "purpose_start": 17, "purpose_end": 20}
    assert program_of(record, [(0, 3), (4, 7), (17, 20)], text) == "丙计划"
    assert program_of({**record, "purpose_start": None}, [(0, 3), (4, 7), (17, 20)], text) == "乙计划"
    assert program_of({**record, "sentence_start": 15}, [(0, 3)], text) is None


def test_learn_phrases_keeps_names_tagged_consistently():
    from policyie.training import learn_phrases

    records = [
        {"text": "来源：人民网。县财政投入50万元。", "entities": [
            {"start": 3, "end": 6, "label": "ORG"}, {"start": 7, "end": 10, "label": "ORG"}]},
        {"text": "人民网北京电。县财政资金到位，县财政资金充足。", "entities": [{"start": 0, "end": 3, "label": "ORG"}]},
        {"text": "半岱村和下坞村", "entities": [{"start": 0, "end": 3, "label": "GPE"}, {"start": 4, "end": 7, "label": "GPE"}]},
    ]
    # 人民网: tagged 2 of 2 times; 县财政: 1 of 3 (left alone in 县财政资金); labels filter
    assert learn_phrases(records, ["ORG", "GPE"]) == {"下坞村": "GPE", "人民网": "ORG", "半岱村": "GPE"}
    assert learn_phrases(records, ["ORG"]) == {"人民网": "ORG"}
    assert learn_phrases(records, ["ORG"], min_share=0.3) == {"人民网": "ORG", "县财政": "ORG"}


def test_learnt_names_are_added_where_the_rules_are_silent():
    nlp = policyie.load()
    nlp.add_pipe("policyie_ner_merge", before="policyie_records")
    merge = nlp.get_pipe("policyie_ner_merge")
    merge.set_phrases({"云上谷城": "ORG", "浙江交工": "ORG", "财政部": "ORG"})
    doc = nlp("云上谷城6月24日讯 由浙江交工援建的泵站投入使用，财政部门拨付资金20万元。")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("云上谷城", "ORG") in ents and ("浙江交工", "ORG") in ents    # over the rule place 浙江
    assert not [e for e in ents if e[0] == "财政部"]                      # not inside the word 财政部门
    assert ("20万元", "MONEY") in ents
    assert [s.text for s in doc.spans["ner"]] == ["云上谷城", "浙江交工"]


def test_learn_rejected_takes_out_rule_names_the_annotators_removed():
    from policyie.training import learn_rejected

    rules = policyie.load(segmenter="char")
    records = [   # hand-annotated: 省级财政 before 专职护林员 is not an actor; 浙江 inside 浙江交工 is no place
        {"text": "按省级财政专职护林员每人每月300元发放。", "entities": [{"start": 14, "end": 18, "label": "MONEY"}]},
        {"text": "现将省级财政专职护林员名额分配至各乡镇。", "entities": []},
        {"text": "浙江交工援建的泵站投入使用。", "entities": [{"start": 0, "end": 4, "label": "ORG"}]},
        {"text": "县财政局安排资金50万元。", "entities": [{"start": 0, "end": 4, "label": "ORG"},
                                              {"start": 8, "end": 12, "label": "MONEY"}]},
    ]
    assert learn_rejected(records, rules) == {"省级财政": "ORG"}
    assert learn_rejected(records, rules, ["ORG", "GPE"]) == {"省级财政": "ORG"}   # 浙江 overlaps a name
    nlp = policyie.load(segmenter="char")
    nlp.add_pipe("policyie_ner_merge", before="policyie_records")
    merge = nlp.get_pipe("policyie_ner_merge")
    merge.rejected = {"省级财政": "ORG"}
    assert ("省级财政", "ORG") in [(e.text, e.label_) for e in nlp("按省级财政专职护林员每人每月300元发放。").ents]
    merge.use_rejected = True                                     # off by default (docs/training.md)
    text = "县财政局按省级财政专职护林员每人每月500元发放补助。"
    assert ("省级财政", "ORG") in [(e.text, e.label_) for e in rules(text).ents]
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents] == [("县财政局", "ORG"), ("500元", "MONEY")]
    assert any(a["text"] == "省级财政" for a in doc._.agencies)     # records are as without a model

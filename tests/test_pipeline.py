"""The spaCy side: entities, extension values, serialization, multiprocessing."""
import subprocess
import sys
from decimal import Decimal

import spacy
from spacy.tokens import DocBin

import policyie

TEXT = "截至2023年年末，浙江省义乌市已成功赔付160人，涉及欠薪金额176.6万元。义乌市财政局每年安排600万元，用于向保险机构购买劳\n\n动者工资保障险。"


def test_load_gives_language_with_components(nlp):
    assert isinstance(nlp, spacy.language.Language)
    assert nlp.pipe_names == ["policyie_cleaner", "policyie_structure", "policyie_quantities", "policyie_places",
                              "policyie_records"]


def test_entities_and_values(nlp):
    doc = nlp(TEXT)
    got = [(e.text, e.label_, e._.quantity.value) for e in doc.ents if e._.quantity]
    assert got == [("2023年年末", "DATE", Decimal(2023)), ("160人", "QUANTITY", Decimal(160)),
                   ("176.6万元", "MONEY", Decimal(1766000)), ("600万元", "MONEY", Decimal(6000000))]
    for ent in doc.ents:
        assert TEXT[ent.start_char:ent.end_char] == ent.text


def test_doc_text_is_callers_text(nlp):
    assert nlp(TEXT).text == TEXT


def test_broken_number_across_lines_is_found(nlp):
    text = "货物项目采购金额达到40万元\n\n以上，服务项目采购金额达到30万元以上的，实行政府采购。"
    doc = nlp(text)
    first = doc.ents[0]
    assert first.text == "40万元\n\n以上"
    assert first._.quantity.qualifier == "at_least" and first._.quantity.low == Decimal(400000)


def test_docbin_round_trip(nlp):
    doc = nlp(TEXT)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    [back] = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]
    assert [e._.quantity for e in back.ents] == [e._.quantity for e in doc.ents]


def test_n_process_2_matches_single_process(nlp, seed_texts):
    one = [d._.quantities for d in nlp.pipe(seed_texts)]
    two = [d._.quantities for d in nlp.pipe(seed_texts, n_process=2, batch_size=2)]
    assert one == two
    assert sum(map(len, one)) > 500


def test_saved_pipeline_reloads_with_plain_spacy_load(nlp, tmp_path):
    """The spacy_factories entry point lets spacy.load find the components without importing policyie."""
    nlp.to_disk(tmp_path / "pipe")
    code = ("import spacy, sys; nlp = spacy.load(sys.argv[1]); "
            "doc = nlp('安排资金约176.6万元'); print(doc.ents[0].text, doc.ents[0].label_)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipe")],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "约176.6万元 MONEY"


def test_custom_lexicon_from_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    currencies = tmp_path / "pipe" / "policyie_quantities" / "currencies.tsv"
    currencies.write_text(currencies.read_text(encoding="utf-8") + "比特币\tXBT\n", encoding="utf-8")
    custom = policyie.load(tmp_path / "pipe")
    [ent] = custom("奖励0.5比特币").ents
    assert ent._.quantity.unit == "XBT" and ent._.quantity.value == Decimal("0.5")


def test_works_without_cleaner():
    nlp = policyie.load(clean=False)
    doc = nlp("购买劳\n\n动者工资保障险600万元")
    assert [e.text for e in doc.ents] == ["600万元"]

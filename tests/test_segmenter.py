"""The bundled pkuseg segmenter: found when installed, never unpickles, same results as char mode."""
import shutil
from importlib import resources
from pathlib import Path

import pytest

import policyie
from policyie.segmenter import UnsafeModelError, bundled_model_dir, check_model_dir

from conftest import DATA


def test_bundled_model_ships_with_the_package():
    path = Path(str(resources.files("policyie._models") / "pkuseg"))
    assert (path / "features.msgpack").is_file() and (path / "weights.npz").is_file()
    assert check_model_dir(bundled_model_dir()) == bundled_model_dir().resolve()


def test_default_pipeline_segments_words(nlp):
    words = [t.text for t in nlp("义乌市财政局每年安排专项资金")]
    assert "专项资金" in words and len(words) < 10


def test_char_mode_is_one_token_per_character():
    nlp = policyie.load(segmenter="char")
    assert [t.text for t in nlp("财政局")] == ["财", "政", "局"]


def test_unknown_segmenter_is_refused():
    with pytest.raises(ValueError, match="segmenter"):
        policyie.load(segmenter="jieba")


def test_same_entities_and_articles_under_both_segmenters(nlp, seed_texts):
    char = policyie.load(segmenter="char")
    for text in seed_texts:
        a, b = nlp(text), char(text)
        assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in b.ents]
        assert a._.quantities == b._.quantities
        assert a._.articles == b._.articles
        assert a._.places == b._.places and a._.agencies == b._.agencies
        assert a._.records == b._.records
        assert [s.start_char for s in a.sents] == [s.start_char for s in b.sents]


def test_planted_pickle_is_refused(tmp_path):
    model = tmp_path / "pkuseg"
    shutil.copytree(bundled_model_dir(), model, ignore=shutil.ignore_patterns("README.md", "__pycache__"))
    (model / "features.msgpack").unlink()
    (model / "features.pkl").write_bytes(b"cos\nsystem\n(S'echo pwned'\ntR.")
    with pytest.raises(UnsafeModelError, match="features.pkl"):
        check_model_dir(model)


def test_saved_pipeline_with_planted_pickle_is_refused(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    model = tmp_path / "pipe" / "tokenizer" / "pkuseg_model"
    assert model.is_dir()
    (model / "features.pkl").write_bytes(b"not really a pickle")
    with pytest.raises(UnsafeModelError):
        policyie.load(tmp_path / "pipe")


def test_domain_dictionary_keeps_fiscal_terms_whole(nlp):
    sample = [line.split(" ") for line in (DATA / "segmentation_sample.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    assert sum(len(s) for s in sample) >= 300
    terms = {"专项资金", "转移支付", "一般公共预算", "零基预算", "生态保护补偿"}
    for words in sample:
        text = "".join(words)
        got = [t.text for t in nlp.make_doc(text)]
        for term in terms & set(words):
            assert term in got, (term, got)


# -- the user dictionary as a lazy trie ------------------------------------------------------------

@pytest.mark.parametrize("places", [True, False])
def test_the_lazy_dictionary_trie_is_the_trie_spacy_pkuseg_builds_from_the_file(places, tmp_path):
    import pickle

    from spacy.lang.zh import _get_pkuseg_trie_data
    from spacy_pkuseg import Preprocesser

    from conftest import SEEDS, read_seed
    from policyie.segmenter import USER_DICT, LazyTrieNode, user_dict_entries, write_user_dict

    eager = Preprocesser(str(write_user_dict(tmp_path / "userdict.txt") if places else USER_DICT))
    lazy = Preprocesser(None)
    lazy.trie = LazyTrieNode(user_dict_entries(places))
    texts = [read_seed(p) for p in SEEDS] + ["义乌市财政局下达永昌街道专项资金", "", "一般公共预算收入"]
    for text in texts:                                  # forced words found as the eager trie finds them
        assert lazy.solve(text) == eager.solve(text)
    copy = pickle.loads(pickle.dumps(lazy))             # half-grown, it travels to worker processes
    assert copy.solve(texts[0]) == eager.solve(texts[0])
    lazy.insert("专项资金下达", "")                     # spaCy's pkuseg_update_user_dict
    eager.insert("专项资金下达", "")
    assert _get_pkuseg_trie_data(lazy.trie) == _get_pkuseg_trie_data(eager.trie)   # every word and tag
    assert len(_get_pkuseg_trie_data(eager.trie)) > (30_000 if places else 100)


def test_the_default_pipeline_segments_with_the_lazy_trie(nlp):
    from policyie.segmenter import LazyTrieNode
    assert isinstance(nlp.tokenizer.pkuseg_seg.preprocesser.trie, LazyTrieNode)
    assert "永昌街道" in [t.text for t in nlp("义乌市永昌街道安排资金")]

"""What loading leaves for later: pkuseg's model is read when a text is first segmented."""
import pickle

from policyie.segmenter import LazySegmenter, blank


def test_pkuseg_is_loaded_when_a_text_is_first_segmented():
    nlp = blank("pkuseg")
    lazy = nlp.tokenizer.pkuseg_seg
    assert isinstance(lazy, LazySegmenter) and lazy._segmenter is None
    doc = nlp("义乌市财政局每年安排600万元，用于购买劳动者工资保障险。")
    assert lazy._segmenter is not None
    assert [t.text for t in doc][:3] == ["义乌市", "财政局", "每年"]


class Segmenter:
    level = 1

    def cut(self, text):
        return list(text)


def test_a_lazy_segmenter_reads_and_sets_through_to_the_segmenter():
    made = []
    lazy = LazySegmenter(lambda: made.append(1) or Segmenter())
    assert not made
    lazy.level = 2
    assert lazy.level == 2 and lazy.cut("甲乙") == ["甲", "乙"] and made == [1]
    assert isinstance(pickle.loads(pickle.dumps(lazy)), Segmenter)


def test_the_tokenizer_of_a_lazy_segmenter_saves_and_loads():
    nlp = blank("pkuseg")
    again = blank("pkuseg")
    again.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    text = "关于下达2024年中央财政衔接推进乡村振兴补助资金的通知"
    assert [t.text for t in again(text)] == [t.text for t in nlp(text)]


def test_building_pauses_the_collector_and_resumes_it_as_it_was():
    import gc

    from policyie.datafiles import building

    assert gc.isenabled()
    with building():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with building():
            pass
        assert not gc.isenabled()                  # left off, as the caller had it
    finally:
        gc.enable()
    try:
        with building():
            raise KeyError
    except KeyError:
        pass
    assert gc.isenabled()

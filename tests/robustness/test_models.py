"""Untrusted model directories never unpickle anything."""
import pickle
import shutil

import pytest

import policyie
from policyie.segmenter import UnsafeModelError, bundled_model_dir


class _Payload:
    def __reduce__(self):
        return (shutil.rmtree, ("/nonexistent-policyie-canary",))


def test_planted_pickle_in_saved_pipeline_is_refused(tmp_path):
    nlp = policyie.load()
    nlp.to_disk(tmp_path / "pipe")
    model = tmp_path / "pipe" / "tokenizer" / "pkuseg_model"
    (model / "features.msgpack").unlink()
    (model / "features.pkl").write_bytes(pickle.dumps(_Payload()))
    with pytest.raises(UnsafeModelError, match="features.pkl"):
        policyie.load(tmp_path / "pipe")


@pytest.mark.parametrize("planted", ["features.json", "model.txt", "featureIndex.txt_0"])
def test_convertible_formats_are_refused_too(tmp_path, planted):
    model = tmp_path / "m"
    shutil.copytree(bundled_model_dir(), model, ignore=shutil.ignore_patterns("README.md"))
    (model / planted).write_text("{}", encoding="utf-8")
    from policyie.segmenter import check_model_dir
    with pytest.raises(UnsafeModelError):
        check_model_dir(model)

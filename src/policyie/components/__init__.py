"""spaCy components of policyie; each registers its factory on import."""
from .cleaner import TextCleaner  # noqa: F401
from .quantities import QuantityRecognizer  # noqa: F401
from .structure import DocumentStructure  # noqa: F401
from .places import PlaceRecognizer  # noqa: F401
from .records import RecordLinker  # noqa: F401
from .ner_merge import NerHold, NerMerge  # noqa: F401

"""Load the code sets and the suggestion engine once per process, configured from settings.

When a trained model is active in ``MEDCODER_MODEL_DIR`` (``medcoder models activate``), the engine is wrapped by
it and the combined version (``medcoder.rules.v1+rr-...``) is what every suggestion records. The model's loader
lives with its trainer in ``training.registry``; it is imported lazily so the engine runs without scikit-learn
work when no model is active.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from medcoder.settings import get_settings

if TYPE_CHECKING:
    from suggest.codesets import CodeSets


@lru_cache(maxsize=1)
def codesets() -> CodeSets:
    """The code sets from the configured cache directory (built on first use)."""
    from suggest.codesets import get_codesets

    cs = get_codesets(cache_dir=get_settings().codeset_dir)
    if not any(cs.cache_dir.glob("codesets-*.sqlite")):
        # the first run parses the CMS tabular XML: say so rather than sit silent for half a minute
        sys.stderr.write(f"medcoder: building the code-set index in {cs.cache_dir} (first run only, 20-60 s)...\n")
    return cs


@lru_cache(maxsize=1)
def suggester() -> Any:
    """The suggestion engine over :func:`codesets`, re-ranked by the active trained model if there is one."""
    from suggest import Suggester

    engine = Suggester(codesets=codesets())
    from training import registry

    model = registry.load_active(get_settings().model_dir, codesets().version)
    return registry.reranked(engine, model) if model is not None else engine


def engine_versions() -> tuple[str, str]:
    """(model version, code-set version) recorded with every suggestion and decision."""
    return suggester().version, codesets().version

"""Load the code sets and the suggestion engine once per process, configured from settings."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from medcoder.settings import get_settings

if TYPE_CHECKING:
    from suggest import Suggester
    from suggest.codesets import CodeSets


@lru_cache(maxsize=1)
def codesets() -> CodeSets:
    """The code sets from the configured cache directory (built on first use)."""
    from suggest.codesets import get_codesets

    return get_codesets(cache_dir=get_settings().codeset_dir)


@lru_cache(maxsize=1)
def suggester() -> Suggester:
    """The suggestion engine over :func:`codesets`."""
    from suggest import Suggester

    return Suggester(codesets=codesets())


def engine_versions() -> tuple[str, str]:
    """(model version, code-set version) recorded with every suggestion and decision."""
    from suggest import ENGINE_VERSION

    return ENGINE_VERSION, codesets().version

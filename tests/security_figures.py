"""Figures the reliability and security tests print (inputs tried, requests fuzzed, faults survived, data lost).

Each test module counts what it tried with :func:`add`; a module-scoped fixture prints one line per module
through pytest's terminal reporter, so the numbers show in a normal ``pytest`` run without ``-s``.
SECURITY.md quotes these lines.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

import pytest

_COUNTS: dict[str, Counter[str]] = defaultdict(Counter)


def add(module: str, key: str, n: int = 1) -> None:
    """Count ``n`` more of ``key`` (e.g. "inputs tried") for the module named ``module``."""
    _COUNTS[module][key] += n


def counts(module: str) -> Counter[str]:
    return _COUNTS[module]


def module_report(request: pytest.FixtureRequest, module: str) -> Iterator[None]:
    """Generator body for a module-scoped autouse fixture: prints the module's figures after its tests."""
    yield
    figures = _COUNTS.get(module)
    if not figures:
        return
    line = f"security figures [{module}]: " + ", ".join(f"{k} {v}" for k, v in sorted(figures.items()))
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:  # pragma: no cover - plugins disabled
        print(line)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        reporter.write_line(line)

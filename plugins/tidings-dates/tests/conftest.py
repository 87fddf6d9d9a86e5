"""Shared helpers: run only the dates extractor, whatever else is installed."""

from __future__ import annotations

import pytest
import tidings
import tidings_dates


@pytest.fixture(scope="session")
def pipeline() -> tidings.Pipeline:
    return tidings.Pipeline([tidings_dates.dates], strict=True)


@pytest.fixture
def found(pipeline):
    """``found(text, published=...)`` → [(text, type, timex, mod)] in text order."""

    def run(text: str, published: str | None = "2026-01-28") -> list[tuple[str, str, str, str | None]]:
        result = pipeline(text, published=published)
        return [(e.text, e.value.type, e.value.timex, e.value.mod) for e in result.of_kind("date")]

    return run

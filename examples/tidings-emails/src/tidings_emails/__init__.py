"""Example tidings plugin: finds e-mail addresses (kind ``email``).

The whole plugin is this module plus the entry point in its ``pyproject.toml``::

    [project.entry-points.tidings]
    emails = "tidings_emails"
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

import tidings

# Linear time: no nested quantifiers; the domain is dot-separated labels.
EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[^\W\d_]{2,24}\b")


@tidings.extractor(name="emails", produces={"email"})
def emails(ctx: tidings.Context) -> Iterator[tidings.Entity]:
    """E-mail addresses, normalised to lower case."""
    for m in EMAIL.finditer(ctx.text):
        yield tidings.Entity(
            kind="email",
            span=tidings.Span(m.start(), m.end()),
            text=m.group(),
            value={"address": m.group().lower()},
        )


@tidings.hookimpl
def tidings_extractors() -> list[tidings.Extractor]:
    return [emails]

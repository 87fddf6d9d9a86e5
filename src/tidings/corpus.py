"""Reading articles from files: one ``.txt`` article, or a JSONL corpus streamed
line by line (``.jsonl``, or gzip-compressed ``.jsonl.gz``).

Bad records never stop a stream: each comes out as a :class:`Record` carrying an
:class:`InputError` that names the file and line, so the caller decides whether to
skip it or stop.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from .errors import InputError
from .model import Article

#: JSONL keys that become Article fields; other keys are ignored.
ARTICLE_KEYS = ("id", "title", "published", "source", "url", "language")


@attrs.frozen
class Record:
    """One input record: its location, and the article or the error it gave."""

    where: str
    article: Article | None = None
    error: InputError | None = None


def is_jsonl(path: str) -> bool:
    """Whether a path names a JSONL corpus (by its suffix)."""
    return path.endswith((".jsonl", ".jsonl.gz", ".ndjson"))


def open_binary(path: str) -> IO[bytes]:
    """Open a file (or ``-`` for standard input) for reading bytes; gzip by suffix."""
    if path == "-":
        return sys.stdin.buffer
    try:
        return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc.strerror or exc})") from None


def article_from_json(data: Any, where: str, **defaults: Any) -> Article:
    """An Article from one decoded JSONL object (``text`` required)."""
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(data).__name__}")
    if not isinstance(data.get("text"), str):
        raise InputError(f"{where}: record has no string 'text'")
    fields = {k: data[k] for k in ARTICLE_KEYS if data.get(k) is not None}
    if "id" in fields and not isinstance(fields["id"], str):
        fields["id"] = str(fields["id"])
    for key, value in defaults.items():
        fields.setdefault(key, value)
    try:
        return Article(data["text"], **fields)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None


def json_lines(path: str) -> Iterator[tuple[str, Any]]:
    """``(where, object)`` for each non-blank line of a JSONL file, ``where`` being
    ``path:line``; an :class:`InputError` stands for the object of a line that is
    not UTF-8 JSON. Streams in constant memory."""
    with open_binary(path) as fh:
        try:
            for lineno, raw in enumerate(fh, 1):
                where = f"{path}:{lineno}"
                if not raw.strip():
                    continue
                try:
                    yield where, json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError as exc:
                    yield where, InputError(f"{where}: not UTF-8 (byte {exc.start} of the line)")
                except json.JSONDecodeError as exc:
                    yield where, InputError(f"{where}: malformed JSON: {exc.msg} (column {exc.colno})")
        except (OSError, EOFError) as exc:  # a truncated or corrupt .gz
            raise InputError(f"{path}: cannot read ({exc})") from None


def read_jsonl(path: str, **defaults: Any) -> Iterator[Record]:
    """Stream records from a JSONL file, one per non-blank line, in constant memory."""
    for where, data in json_lines(path):
        if isinstance(data, InputError):
            yield Record(where, error=data)
            continue
        try:
            yield Record(where, article=article_from_json(data, where, **defaults))
        except InputError as exc:
            yield Record(where, error=exc)


def read_text(path: str, **fields: Any) -> Record:
    """One article from a plain-text file; its id defaults to the file name."""
    with open_binary(path) as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{path}:{line}: not UTF-8 (byte {exc.start})") from None
    if path != "-":
        fields.setdefault("id", Path(path).name.split(".")[0])
    try:
        return Record(path, article=Article(text, **fields))
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def read_articles(path: str, *, jsonl: bool | None = None, **fields: Any) -> Iterator[Record]:
    """Records from ``path``: JSONL by suffix (or when ``jsonl`` says so), else one text.

    Keyword arguments are Article fields applied to every record that lacks them
    (``published=…``).
    """
    if jsonl if jsonl is not None else is_jsonl(path):
        yield from read_jsonl(path, **fields)
    else:
        yield read_text(path, **fields)


def open_output(path: str | None) -> IO[str]:
    """A text stream for results: a file (gzip by suffix) or standard output."""
    if path in (None, "-"):
        return sys.stdout
    try:
        if path.endswith(".gz"):
            return io.TextIOWrapper(gzip.open(path, "wb"), encoding="utf-8")
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None

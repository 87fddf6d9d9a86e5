"""Pipeline ordering, error isolation, registration and pickling.

The extractors here are module-level so that pipelines of them pickle.
"""

from __future__ import annotations

import pickle

import pytest

import tidings
from tidings import Article, Entity, Event, Pipeline, PluginError, Span, extractor
from tidings.pipeline import order_extractors


@extractor(name="words", produces={"word"})
def words(ctx):
    """Capitalised words."""
    import regex

    for m in regex.finditer(r"\b\p{Lu}\p{L}*", ctx.text):
        yield Entity(kind="word", span=Span(m.start(), m.end()), text=m.group(), value={"upper": m.group().upper()})


@extractor(name="pairs", needs={"word"}, produces={"pair"})
def pairs(ctx):
    ws = ctx.of_kind("word")
    for a, b in zip(ws, ws[1:]):
        yield Event(kind="pair", span=Span(a.start, b.end), roles={"first": a, "second": b})


@extractor(name="counter", needs={"word", "pair"}, produces={"count"})
def counter(ctx):
    n = len(ctx.of_kind("word")) + len(ctx.events)
    return [Entity(kind="count", span=Span(0, 0), text="", value={"n": n})]


@extractor(name="broken", produces={"nothing"})
def broken(ctx):
    raise RuntimeError("kaboom")


@extractor(name="liar", produces={"word"})
def liar(ctx):
    return [Entity(kind="word", span=Span(0, 3), text="not what is there")]


@extractor(name="undeclared", produces={"word"})
def undeclared(ctx):
    return [Entity(kind="secret", span=Span(0, 1), text=ctx.text[:1])]


@extractor(name="dupes", produces={"word"})
def dupes(ctx):
    e = Entity(kind="word", span=Span(0, 1), text=ctx.text[:1])
    return [e, e]


@extractor(name="chicken", needs={"egg"}, produces={"chicken"})
def chicken(ctx):
    return []


@extractor(name="egg", needs={"chicken"}, produces={"egg"})
def egg(ctx):
    return []


@extractor(name="wants_dates", needs={"date"}, produces={"thing"})
def wants_dates(ctx):
    return []


TEXT = "Moscow and Damascus plan to work together, said Putin."


def test_orders_by_needs_whatever_the_given_order():
    p = Pipeline([counter, pairs, words])
    assert [s.name for s in p.steps] == ["words", "pairs", "counter"]


def test_each_extractor_sees_what_came_before():
    r = Pipeline([counter, pairs, words])(TEXT)
    assert [e.text for e in r.of_kind("word")] == ["Moscow", "Damascus", "Putin"]
    assert len(r.events) == 2
    assert r.of_kind("count")[0].value == {"n": 5}
    assert r.events[0].roles["first"].text == "Moscow"
    assert all(e.extractor for e in r.entities)
    assert {e.extractor for e in r.of_kind("word")} == {"words"}


def test_missing_need_names_extractor_and_providing_plugin():
    with pytest.raises(PluginError, match=r"'wants_dates'.*'date'.*tidings-dates"):
        Pipeline([wants_dates])


def test_cycle_is_reported_with_names():
    with pytest.raises(PluginError, match="chicken, egg"):
        order_extractors([chicken, egg])


def test_duplicate_names_are_refused():
    with pytest.raises(PluginError, match="words"):
        Pipeline([words, words])


def test_failing_extractor_is_isolated_and_reported():
    r = Pipeline([words, broken, pairs])(TEXT)
    assert not r.ok
    assert [(e.extractor, e.type, e.message) for e in r.errors] == [("broken", "RuntimeError", "kaboom")]
    assert len(r.of_kind("word")) == 3 and len(r.events) == 2


def test_strict_mode_reraises():
    with pytest.raises(RuntimeError, match="kaboom"):
        Pipeline([words, broken], strict=True)(TEXT)


@pytest.mark.parametrize(("bad", "message"), [(liar, "not text"), (undeclared, "declared")])
def test_invalid_output_is_an_error_not_a_result(bad, message):
    r = Pipeline([bad])(TEXT)
    assert r.entities == ()
    assert r.errors[0].extractor == bad.name and message in r.errors[0].message


def test_ids_are_unique_across_the_result():
    r = Pipeline([dupes])(TEXT)
    assert [e.id for e in r.entities] == ["word-0-1", "word-0-1#2"]


def test_select_and_disable_by_name():
    assert [s.name for s in Pipeline([words, pairs], select=["words"]).steps] == ["words"]
    assert [s.name for s in Pipeline([words, broken], disable=["broken"]).steps] == ["words"]
    with pytest.raises(PluginError, match="no extractor named 'nope'"):
        Pipeline([words], disable=["nope"])
    with pytest.raises(PluginError, match="'pairs'.*'word'"):
        Pipeline([words, pairs], disable=["words"])


def test_register_by_hand_and_by_decorator():
    p = Pipeline([pairs, words], select=["words"])
    p.register(counter.__class__(name="late", function=counter.function, needs={"word"}, produces={"count"}))

    @p.extractor(name="firsts", produces={"first"})
    def firsts(ctx):
        return [Entity(kind="first", span=Span(0, 1), text=ctx.text[0])]

    assert isinstance(firsts, tidings.Extractor)
    r = p("Abc Def")
    assert [e.kind for e in r.entities] == ["count", "first", "word", "word"]


def test_pipeline_pickles_and_runs_the_same():
    p = Pipeline([counter, pairs, words], disable=["counter"])
    clone = pickle.loads(pickle.dumps(p))
    assert [s.name for s in clone.steps] == ["words", "pairs"]
    assert clone(TEXT).to_dict() == p(TEXT).to_dict()


def test_pipe_keeps_order_and_accepts_articles():
    p = Pipeline([words])
    out = list(p.pipe([Article("Alpha", id="1"), "Beta gamma"]))
    assert [r.article.id for r in out] == ["1", None]
    assert [e.text for e in out[1].entities] == ["Beta"]


def test_empty_and_unicode_text():
    p = Pipeline([words, pairs, counter])
    assert p("").entities[0].value == {"n": 0}
    r = p("Ünïcödé “quoted” 🙂 Ωmega")
    assert [e.text for e in r.of_kind("word")] == ["Ünïcödé", "Ωmega"]
    assert all(r.article.text[e.start : e.end] == e.text for e in r.entities)


def test_top_level_extract_accepts_text_and_article():
    r1 = tidings.extract("Nothing to see.", published="2026-01-28", id="x")
    r2 = tidings.extract(Article("Nothing to see.", published="2026-01-28", id="x"))
    assert r1.article == r2.article
    assert r1.article.published.isoformat() == "2026-01-28"


@extractor(name="extras", produces={"extra"}, optional=True)
def extras(ctx):
    return [Entity(kind="extra", span=Span(0, 1), text=ctx.text[:1])]


def test_optional_extractors_run_only_when_asked_for(monkeypatch):
    monkeypatch.setattr("tidings.pipeline.collect_extractors", lambda: [words, extras])
    assert [s.name for s in Pipeline().steps] == ["words"]
    assert [s.name for s in Pipeline(enable=["extras"]).steps] == ["words", "extras"]
    assert [s.name for s in Pipeline(select=["extras"]).steps] == ["extras"]
    with pytest.raises(PluginError, match="no extractor named 'nope'"):
        Pipeline(enable=["nope"])
    clone = pickle.loads(pickle.dumps(Pipeline(enable=["extras"])))
    assert [e.kind for e in clone("Ab").entities] == ["extra", "word"]
    assert [e.kind for e in pickle.loads(pickle.dumps(Pipeline()))("Ab").entities] == ["word"]
    # Named explicitly, an optional extractor is wanted.
    assert [s.name for s in Pipeline([words, extras]).steps] == ["words", "extras"]


@extractor(name="linked", produces={"word", "link"})
def linked(ctx):
    """Two entities with the same id, an event holding the second by value, and an
    entity that already names its extractor."""
    first = Entity(kind="word", span=Span(0, 1), text=ctx.text[:1])
    again = Entity(kind="word", span=Span(0, 1), text=ctx.text[:1], confidence=0.5)
    own = Entity(kind="word", span=Span(1, 2), text=ctx.text[1:2], extractor="by-hand")
    yield Event(kind="link", span=Span(0, 2), roles={"a": first, "b": own})
    yield from (first, again, own)


def test_stamping_keeps_values_renames_ids_and_repoints_roles():
    r = Pipeline([words, linked])("Ab")
    by_id = {e.id: e for e in r.entities}
    assert sorted(by_id) == ["word-0-1", "word-0-1#2", "word-0-2", "word-1-2"]
    w, first, again, own = (by_id[i] for i in ("word-0-2", "word-0-1", "word-0-1#2", "word-1-2"))
    assert w.extractor == "words"
    assert (first.id, first.extractor, first.confidence) == ("word-0-1", "linked", 1.0)
    assert (again.id, again.extractor, again.confidence) == ("word-0-1#2", "linked", 0.5)
    assert (own.id, own.extractor) == ("word-1-2", "by-hand")
    (link,) = r.events
    assert link.extractor == "linked" and link.id == "link-0-2"
    assert link.roles["a"] is first and link.roles["b"] is own


@extractor(name="half_liar", produces={"word"})
def half_liar(ctx):
    yield Entity(kind="word", span=Span(0, 1), text=ctx.text[:1])
    yield Entity(kind="word", span=Span(1, 2), text="not what is there")


@extractor(name="late_words", produces={"word"})
def late_words(ctx):
    return [Entity(kind="word", span=Span(0, 1), text=ctx.text[:1])]


def test_a_rejected_output_takes_no_id():
    r = Pipeline([half_liar, late_words])("Ab")
    assert [e.extractor for e in r.errors] == ["half_liar"]
    assert [(e.id, e.extractor) for e in r.entities] == [("word-0-1", "late_words")]


@extractor(name="copies", produces={"word"})
def copies(ctx):
    """As many copies of one entity as the text has characters."""
    return [Entity(kind="word", span=Span(0, 1), text=ctx.text[:1])] * len(ctx.text)


def test_many_copies_of_one_id_take_linear_time():
    import time

    def cost(n: int) -> float:
        t = time.process_time()
        r = Pipeline([copies, late_words])("A" * n)
        assert r.entities[-1].id == f"word-0-1#{n + 1}" and len({e.id for e in r.entities}) == n + 1
        return time.process_time() - t

    small, large = min(cost(1000) for _ in range(3)), min(cost(10000) for _ in range(3))
    assert large < small * 10 * 3  # 10x the copies, well under 30x the time (it was 100x)


@extractor(name="copies_then_junk", produces={"word"})
def copies_then_junk(ctx):
    yield from [Entity(kind="word", span=Span(0, 1), text=ctx.text[:1])] * 3
    yield "junk"


def test_a_rejected_output_leaves_the_numbering_as_it_was():
    r = Pipeline([late_words, copies_then_junk, dupes])("Ab")
    assert [e.extractor for e in r.errors] == ["copies_then_junk"]
    assert [e.id for e in r.entities] == ["word-0-1", "word-0-1#2", "word-0-1#3"]

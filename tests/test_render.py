"""The HTML view of a result: escaping, highlighted spans, quotes linked to their
speakers, the events table, and the page as headless Chromium shows it."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import tidings
from tidings import Article, Entity, Event, Result, Span
from tidings.render import render_html
from tidings.values import Percent, Person, Place, Quote, TimeValue

SEED = Path(__file__).resolve().parents[1] / "seeds" / "rt-putin-al-sharaa.txt"


class Page(HTMLParser):
    """What a reader sees: the article's text, the text of each entity (its
    pieces joined, by data-id), the elements' attributes, the scripts."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.article: list[str] = []
        self.entity_text: dict[str, str] = {}
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts = 0
        self.title = ""
        self._open: list[str | None] = []  # data-id (or None) of each open element
        self._in_article = 0
        self._in_title = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        self.scripts += tag == "script"
        self._in_title = tag == "title"
        if tag in {"meta", "br", "link", "img"}:
            return
        if self._in_article or a.get("id") == "article":
            self._in_article += 1
        self._open.append(a.get("data-id"))

    def handle_endtag(self, tag):
        self._in_title = False
        if tag in {"meta", "br", "link", "img"}:
            return
        self._open.pop()
        if self._in_article:
            self._in_article -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_article:
            self.article.append(data)
            for entity_id in self._open:
                if entity_id is not None:
                    self.entity_text[entity_id] = self.entity_text.get(entity_id, "") + data

    @property
    def text(self) -> str:
        return "".join(self.article)

    def with_attr(self, name: str, value: str) -> list[tuple[str, dict[str, str | None]]]:
        return [(t, a) for t, a in self.elements if a.get(name) == value]


def at(text: str, mention: str, kind: str, value=None, nth: int = 0, **kw) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(mention, start + 1)
    return Entity(kind=kind, span=Span(start, start + len(mention)), text=mention, value=value, extractor="test", **kw)


def seed_result(text: str) -> Result:
    """The seed article with hand-placed entities of each kind, a quote with its
    speaker, a crossing pair and an event."""
    putin = at(text, "Vladimir Putin", "person", Person(name="Vladimir Putin", title="President", country="RU"), nth=1)
    sharaa = at(text, "Ahmed al-Sharaa", "person", Person(name="Ahmed al-Sharaa", country="SY"))
    quote = at(text, "continue to progress,", "quote", Quote(speaker=putin.id, speaker_name="Vladimir Putin", cue="said"))
    entities = [
        at(text, "Vladimir Putin", "person", Person(name="Vladimir Putin", canonical=putin.id)),
        putin,
        sharaa,
        quote,
        at(text, "Wednesday", "date", TimeValue(type="DATE", timex="2026-01-28")),
        at(text, "4%", "percent", Percent(amount="4")),
        at(text, "Moscow", "place", Place(name="Moscow", country="RU", type="city")),
        at(text, "Russian President", "title"),
        at(text, "President Vladimir", "crossing"),  # crosses the second "Vladimir Putin"
    ]
    visit = Event(kind="diplomatic_visit", span=Span(putin.start, sharaa.end), roles={"host": putin, "visitor": sharaa},
                  attributes={"date": "2026-01-28", "status": "occurred"}, extractor="test")
    return Result(article=Article(text, id="rt-putin-al-sharaa", title="Putin <meets> al-Sharaa", published="2026-01-28"),
                  entities=sorted(entities, key=lambda e: (e.start, e.end)), events=[visit])


def test_every_entity_is_highlighted_with_its_exact_text():
    text = SEED.read_text(encoding="utf-8")
    result = seed_result(text)
    page = Page(render_html(result))
    assert page.text == text
    assert page.entity_text == {e.id: e.text for e in result.entities}
    kinds = {a["data-id"]: a["data-kind"] for _, a in page.elements if "data-id" in a}
    assert kinds == {e.id: e.kind for e in result.entities}


def test_a_quote_links_to_its_speaker_and_the_hover_text_has_value_and_extractor():
    text = SEED.read_text(encoding="utf-8")
    result = seed_result(text)
    page = Page(render_html(result))
    quote = result.of_kind("quote")[0]
    speaker = result.entity(quote.value.speaker)
    ((tag, q),) = page.with_attr("data-id", quote.id)
    assert tag == "a"
    (_, target), *_ = page.with_attr("id", q["href"][1:])
    assert target["data-id"] == speaker.id
    assert q["title"] == (
        "quote · test\nspeaker: person-102-116\nspeaker_name: Vladimir Putin\ncue: said\nspeaker mention: Vladimir Putin"
    )
    (_, date), = page.with_attr("data-kind", "date")
    assert date["title"] == "date · test\ntype: DATE\ntimex: 2026-01-28"


def test_crossing_entities_are_split_into_pieces_labelled_once():
    text = "Russian President Vladimir Putin spoke."
    person = at(text, "Vladimir Putin", "person")
    crossing = at(text, "President Vladimir", "office")
    page = Page(render_html(Result(article=Article(text), entities=[crossing, person])))
    assert [t for t, _ in page.with_attr("data-id", crossing.id)] == ["mark"]
    assert [t for t, _ in page.with_attr("data-id", person.id)] == ["mark", "mark"]  # inside, then after
    assert page.entity_text == {crossing.id: "President Vladimir", person.id: "Vladimir Putin"}
    labelled = [a["data-id"] for _, a in page.elements if "data-label" in a]
    assert sorted(labelled) == sorted([crossing.id, person.id])
    anchored = [a["data-id"] for _, a in page.elements if a.get("id", "").startswith("e")]
    assert sorted(anchored) == sorted([crossing.id, person.id])


def test_events_table_links_roles_to_their_mentions():
    text = SEED.read_text(encoding="utf-8")
    result = seed_result(text)
    html = render_html(result)
    host = result.events[0].roles["host"]
    anchor = next(a["id"] for _, a in Page(html).elements if a.get("data-id") == host.id and "id" in a)
    assert f'host: <a href="#{anchor}">Vladimir Putin</a>' in html
    assert "date: 2026-01-28<br>status: occurred" in html
    assert "<td>diplomatic_visit</td>" in html


def test_everything_from_the_article_is_escaped():
    text = 'He said <script>document.title="pwned"</script> & <img src=x onerror=alert(1)> "ok".'
    evil_kind = '"><img src=x onerror=alert(2)>'
    entities = [
        at(text, "<script>", evil_kind, {"note": "</td><script>alert(3)</script>"}),
        at(text, '"ok"', "quote", Quote(speaker="nobody")),
    ]
    article = Article(text, id="x", title="</title><script>alert(4)</script>", url="javascript:alert(5)")
    html = render_html(Result(article=article, entities=entities))
    page = Page(html)
    assert page.scripts == 1  # the page's own
    assert page.text == text
    assert page.title == "tidings · </title><script>alert(4)</script>"
    assert not any(t == "img" for t, _ in page.elements)
    assert "javascript:" not in [a.get("href") for _, a in page.elements]
    assert 'class="ent k--img-src-x-onerror-alert-2-"' in html
    assert [t for t, a in page.elements if a.get("data-kind") == "quote"] == ["mark"]  # no speaker, no link


def test_lone_surrogates_and_control_characters_do_not_break_the_page():
    text = "Bad \ud800 pair\x00 and \x1b escape."
    html = render_html(Result(article=Article(text), entities=[at(text, "pair", "thing")]))
    assert html.encode("utf-8")
    assert Page(html).text == "Bad \ufffd pair\x00 and \x1b escape."


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80).flatmap(
        lambda t: st.tuples(
            st.just(t),
            st.lists(st.tuples(st.integers(0, len(t)), st.integers(0, len(t)), st.sampled_from(["a", "b", "quote"])), max_size=8),
        )
    )
)
def test_any_text_and_any_spans_render_to_exactly_that_text(case):
    text, spans = case
    entities = [
        Entity(kind=k, span=Span(min(s, e), max(s, e)), text=text[min(s, e) : max(s, e)], id=f"{k}{n}")
        for n, (s, e, k) in enumerate(spans)
    ]
    page = Page(render_html(Result(article=Article(text), entities=entities)))
    assert page.text == text
    assert page.entity_text == {e.id: e.text for e in entities if e.text}


def _crowded(n: int) -> Result:
    """``n`` words, each an entity, crossed every seventh word by a ten-word one."""
    text = "Word " * n
    words = [Entity(kind="a", span=Span(5 * i, 5 * i + 4), text="Word", id=f"a{i}") for i in range(n)]
    long = [Entity(kind="b", span=Span(5 * i + 2, 5 * i + 49), text=text[5 * i + 2 : 5 * i + 49], id=f"b{i}")
            for i in range(0, n - 10, 7)]
    return Result(article=Article(text), entities=sorted(words + long, key=lambda e: (e.start, e.end)))


def test_rendering_time_grows_linearly_with_crowded_crossing_entities():
    small, large = _crowded(2_000), _crowded(16_000)
    times = []
    for result in (small, large):
        start = time.perf_counter()
        page = render_html(result)
        times.append(time.perf_counter() - start)
    assert Page(page).entity_text["b7"] == large.entity("b7").text
    assert times[1] < 8 * times[0] * 2.5  # 8x the input: linear, with room for a busy machine


# -- in a real browser ------------------------------------------------------------

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    """Debian's Chromium, installed with apt when missing (as CI does, as root)."""
    exe = shutil.which("chromium")
    if exe is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update"], env=env, capture_output=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "chromium"], env=env, capture_output=True, timeout=900)
        exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("headless Chromium unavailable: the Debian package 'chromium' is not installed and apt-get (as root) could not install it")
    return exe


def run_chromium(exe: str, tmp_path: Path, page: Path, *args: str) -> str:
    done = subprocess.run(
        [exe, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_seed_page_in_headless_chromium(chromium, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    evil = text.replace("Credit: RT News", 'Credit: <script>document.title="pwned"</script> RT News')
    result = seed_result(evil)
    page_file = tmp_path / "seed.html"
    page_file.write_text(render_html(result), encoding="utf-8")

    dom = Page(run_chromium(chromium, tmp_path, page_file, "--dump-dom"))
    assert dom.title == "tidings · Putin <meets> al-Sharaa"  # the article's script did not run
    assert dom.scripts == 1
    assert dom.text == evil
    assert dom.entity_text == {e.id: e.text for e in result.entities}
    quote = result.of_kind("quote")[0]
    ((tag, q),) = dom.with_attr("data-id", quote.id)
    assert tag == "a" and dom.with_attr("id", q["href"][1:])[0][1]["data-id"] == quote.value.speaker

    shot = tmp_path / "seed.png"
    run_chromium(chromium, tmp_path, page_file, f"--screenshot={shot}", "--window-size=1000,1400", "--hide-scrollbars")
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1000, 1400)
    assert len(png) > 50_000  # a page of coloured text, not a blank one
    if os.environ.get("TIDINGS_KEEP_SCREENSHOT"):
        shutil.copy(shot, os.environ["TIDINGS_KEEP_SCREENSHOT"])


def test_installed_pipeline_output_in_headless_chromium(chromium, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    result = tidings.extract(text, id="seed", published="2026-01-28")
    page_file = tmp_path / "extracted.html"
    page_file.write_text(render_html(result), encoding="utf-8")
    dom = Page(run_chromium(chromium, tmp_path, page_file, "--dump-dom"))
    assert dom.text == text
    assert dom.entity_text == {e.id: e.text for e in result.entities if e.text}


def test_load_result_reads_results_written_one_after_another_and_refuses_two_selectors(tmp_path):
    from tidings import InputError, Pipeline
    from tidings.render import load_result

    saved = tmp_path / "out.json"
    saved.write_text(
        "".join(Pipeline([])(Article(f"Story {i}.", id=f"s{i}")).to_json(indent=2) + "\n" for i in range(3)),
        encoding="utf-8",
    )
    assert [load_result(str(saved), record=n).article.id for n in (1, 2, 3)] == ["s0", "s1", "s2"]
    assert load_result(str(saved), record_id="s1").article.text == "Story 1."
    with pytest.raises(InputError, match="by id or by number, not both"):
        load_result(str(saved), record_id="s1", record=2)
    saved.write_text(saved.read_text(encoding="utf-8") + '{"article": ', encoding="utf-8")
    with pytest.raises(InputError, match=r"out.json:\d+: not JSON"):
        load_result(str(saved), record=4)

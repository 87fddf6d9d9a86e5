"""The quotes extractor end to end with the built-in actor layer: which quoted
passages count, every attribution pattern, speaker resolution, reported speech."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import tidings
from tidings import Entity, Person, Place, Span
from tidings.actors import actors

from tidings_quotes import quotes
from tidings_quotes.attribution import after

PIPELINE = tidings.Pipeline([actors, quotes])
SEED = Path(__file__).resolve().parents[3] / "seeds" / "rt-putin-al-sharaa.gold.json"


def found(text: str) -> list[tuple[str, str | None]]:
    result = PIPELINE(text)
    assert result.errors == ()
    return [(e.text, e.value.speaker_name) for e in result.of_kind("quote")]


def reported(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.value.speaker_name, e.value.cue) for e in PIPELINE(text).of_kind("reported_speech")]


# --- attribution patterns --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will keep working,” Vladimir Putin said.", "Vladimir Putin"),
        ("“We will keep working,” said Vladimir Putin.", "Vladimir Putin"),
        ("“We will keep working,” Vladimir Putin, the Russian president, said on Monday.", "Vladimir Putin"),
        ("“We will keep working,” Vladimir Putin told reporters.", "Vladimir Putin"),
        ("“We will keep working,” Vladimir Putin added.", "Vladimir Putin"),
        ("“We will keep working,” Vladimir Putin warned.", "Vladimir Putin"),
        ("“We will keep working,” Vladimir Putin said in a statement.", "Vladimir Putin"),
        ("Vladimir Putin said: “We will keep working.”", "Vladimir Putin"),
        ("Vladimir Putin: “We will keep working.”", "Vladimir Putin"),
        ("According to Vladimir Putin, “we will keep working.”", "Vladimir Putin"),
        ("“We will keep working.” ― Vladimir Putin", "Vladimir Putin"),
    ],
)
def test_attribution_patterns(text: str, speaker: str) -> None:
    # A comma closing the words belongs to the attribution sentence.
    assert found(text) == [(text[text.index("“") + 1 : text.index("”")].removesuffix(","), speaker)]


def test_guillemets_with_inner_spaces() -> None:
    text = "« Nous sommes d’accord », a déclaré Emmanuel Macron."
    assert [t for t, _ in found(text)] == ["Nous sommes d’accord"]


def test_colon_paragraph_introduces_the_next() -> None:
    text = "Pat Caddell continued:\n“The health issue is very much a partisan issue.”"
    assert found(text) == [("The health issue is very much a partisan issue.", "Pat Caddell")]


def test_interrupted_quote_is_two_quotes_with_one_speaker() -> None:
    text = "“We agree,” Angela Merkel said. “But not today.”"
    assert found(text) == [("We agree", "Angela Merkel"), ("But not today.", "Angela Merkel")]


def test_quote_paragraph_after_a_paragraph_with_a_clear_speaker() -> None:
    text = "“We agree,” Angela Merkel said.\n“We will sign next week.”"
    assert found(text) == [("We agree", "Angela Merkel"), ("We will sign next week.", "Angela Merkel")]


def test_multi_paragraph_quote_shares_its_speaker() -> None:
    text = "Angela Merkel spoke.\n“The first part goes on.\n“The last part ends here,” she said."
    assert found(text) == [("The first part goes on.", "Angela Merkel"), ("The last part ends here", "Angela Merkel")]


# --- speakers ------------------------------------------------------------------------


def test_surname_resolves_to_full_name() -> None:
    text = "Russian President Vladimir Putin met reporters. “Relations are good,” Putin said."
    assert found(text) == [("Relations are good", "Vladimir Putin")]


def test_pronoun_speaker_is_the_last_named_speaker() -> None:
    text = (
        "Vladimir Putin said ties with Syria were friendly and thanked Ahmed al-Sharaa for his help.\n"
        "“This is a positive step,” he said."
    )
    assert found(text) == [("This is a positive step", "Vladimir Putin")]


def test_pronoun_speaker_follows_gender() -> None:
    text = "Angela Merkel met Vladimir Putin in Berlin. “We talked for hours,” she said."
    assert found(text) == [("We talked for hours", "Angela Merkel")]


def test_description_speaker_without_a_person() -> None:
    text = "“We have nothing to add,” a State Department spokesperson said."
    assert found(text) == [("We have nothing to add", "a State Department spokesperson")]


def test_organisation_speaker() -> None:
    text = "“The talks were constructive,” the Kremlin said."
    assert found(text) == [("The talks were constructive", "Kremlin")]


#: People and places as the actor layer gives them, for the sentences below.
_ACTORS = {
    "Paul D. Ryan": Person(name="Paul D. Ryan"),
    "Tim Kaine": Person(name="Tim Kaine"),
    "Donna Rawlings": Person(name="Donna Rawlings"),
    "Wis.": Place(name="Wisconsin", country="US", type="state"),
    "Va.": Place(name="Virginia", country="US", type="state"),
    "Md.": Place(name="Maryland", country="US", type="state"),
    "Ashton": Place(name="Ashton", country="US", type="city"),
    "Moscow": Place(name="Moscow", country="RU", type="city"),
}


@tidings.extractor(name="people_and_places", produces={"person", "place"})
def people_and_places(ctx: tidings.Context) -> Iterator[Entity]:
    """Every name of :data:`_ACTORS` in the text, as the actor layer would give it."""
    for name, value in _ACTORS.items():
        start = ctx.text.find(name)
        while start >= 0:
            kind = "person" if isinstance(value, Person) else "place"
            yield Entity(kind=kind, span=Span(start, start + len(name)), text=name, value=value)
            start = ctx.text.find(name, start + 1)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("House Speaker Paul D. Ryan (R-Wis.) said the bill was “a good start.”", "Paul D. Ryan"),
        ("“It is a good start,” Paul D. Ryan (R-Wis.) said.", "Paul D. Ryan"),
        ("“We will fight,” Sen. Tim Kaine, D-Va., said on Monday.", "Tim Kaine"),
        ("Sen. Tim Kaine (D-Va.) called it “a disgrace.”", "Tim Kaine"),
        ("House Speaker Paul D. Ryan, R-Wis., despite admitting his “concerns,” backed the bill.", "Paul D. Ryan"),
        ("“This is a disgrace,” Donna Rawlings, 59, of Ashton, Md., said on Monday.", "Donna Rawlings"),
        ("Donna Rawlings, of Ashton, Md., called the plan “a disgrace.”", "Donna Rawlings"),
        ("“This is a disgrace,” Donna Rawlings, of Md., said.", "Donna Rawlings"),
        # A place elsewhere still speaks for its government.
        ("“We disagree,” Moscow said.", "Moscow"),
        ("Tim Kaine went to Moscow. “We disagree,” Moscow said.", "Moscow"),
    ],
)
def test_a_party_state_tag_or_a_hometown_is_no_speaker(text: str, speaker: str) -> None:
    result = tidings.Pipeline([people_and_places, quotes])(text)
    assert [e.value.speaker_name for e in result.of_kind("quote")] == [speaker]


def test_a_hometown_with_the_actor_layer() -> None:
    text = "Donna Rawlings, 59, of Ashton, Md., said she was “very worried” about the plant."
    assert found(text) == [("very worried", "Donna Rawlings")]
    text = "Donna Rawlings, 59, of Ashton, Md., who watched on a screen, said the plant was unsafe."
    assert reported(text) == [("the plant was unsafe", "Donna Rawlings", "said")]


def test_speaker_id_points_to_the_person_entity() -> None:
    result = PIPELINE("Vladimir Putin arrived. “We agree,” Putin said.")
    quote = result.of_kind("quote")[0]
    person = {e.id: e for e in result.of_kind("person")}[quote.value.speaker]
    assert person.value.name == "Vladimir Putin"
    assert quote.value.cue == "said"


# --- the attribution as written (source span) -------------------------------------------


def sources(text: str, kind: str = "quote") -> list[tuple[str, str | None]]:
    """Each quote with the attribution it was given, as written in ``text``."""
    out = []
    for e in PIPELINE(text).of_kind(kind):
        start, end = e.value.source_start, e.value.source_end
        assert (start is None) == (end is None)
        out.append((e.text, text[start:end] if start is not None else None))
    return out


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We agree,” Vladimir Putin, the Russian president, said on Monday.", "Vladimir Putin"),
        ("Vladimir Putin met him. “We agree,” he said.", "he"),
        ("Vladimir Putin met him. “We agree,” the Russian president said.", "the Russian president"),
        ("“We have nothing to add,” a State Department spokesperson said.", "a State Department spokesperson"),
        ("“The talks were constructive,” the Kremlin said.", "the Kremlin"),
        ("Vladimir Putin arrived. “We agree,” Putin said.", "Putin"),
        ("Vladimir Putin: “We will keep working.”", "Vladimir Putin"),
    ],
)
def test_source_is_the_attribution_as_written(text: str, source: str) -> None:
    assert [s for _, s in sources(text)] == [source]


def test_inherited_speaker_keeps_the_source_it_came_from() -> None:
    text = "Vladimir Putin met him. “We agree,” he said. “But not today.”\n“We will sign next week.”"
    assert sources(text) == [("We agree", "he"), ("But not today.", "he"), ("We will sign next week.", "he")]


def test_multi_paragraph_quote_shares_its_source() -> None:
    text = "Angela Merkel spoke.\n“The first part goes on.\n“The last part ends here,” she said."
    assert sources(text) == [("The first part goes on.", "she"), ("The last part ends here", "she")]


def test_colon_paragraph_is_the_source() -> None:
    text = "Pat Caddell continued:\n“The health issue is very much a partisan issue.”"
    assert sources(text) == [("The health issue is very much a partisan issue.", "Pat Caddell")]


def test_last_named_speaker_of_the_paragraph_is_the_source() -> None:
    text = "The bill failed, Adam Schiff said. “It is a disgrace.”"
    assert sources(text) == [("It is a disgrace.", "Adam Schiff")]


def test_quote_without_attribution_has_no_source() -> None:
    text = "The banner “We will never give up on this town and its people” hung over the road."
    assert sources(text) == [("We will never give up on this town and its people", None)]


def test_reported_speech_source() -> None:
    text = "Vladimir Putin met reporters. He added that trade has grown by 4%. Ties are good, the Kremlin noted."
    assert sources(text, "reported_speech") == [("trade has grown by 4%", "He"), ("Ties are good", "the Kremlin")]


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # A pronoun contracted with its verb is still the subject.
        (
            "Donald Trump spoke in Michigan.\nHe’s claiming that voting fraud is “a big, big problem in this country.”",
            "Donald Trump",
            "He",
        ),
        # No cue: the sentence's subject, not the last speaker named before.
        (
            "“We will win,” Hillary Clinton said.\nHarry Reid has been pounding Donald Trump as a “con artist.”",
            "Harry Reid",
            "Harry Reid",
        ),
        ("“Our support is not abstract,” the letter reads.", "the letter", "the letter"),
        ("Asked about it, a friend commented: “For you, immigration matters most.”", "a friend", "a friend"),
    ],
)
def test_subjects_without_a_plain_cue(text: str, speaker: str, source: str) -> None:
    quote = PIPELINE(text).of_kind("quote")[-1]
    assert (quote.value.speaker_name, text[quote.value.source_start : quote.value.source_end]) == (speaker, source)


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        (
            "Loretta Lynch spoke in Raleigh. She said she recalls the colleague being “confused” by it.",
            "Loretta Lynch",
            "She",
        ),
        (
            "Michael Flynn said Donald Trump was right when he said “the generals have been reduced to rubble.”",
            "Michael Flynn",
            "Michael Flynn",
        ),
        # A clause of its own: the inner cue speaks.
        (
            "When Hillary Clinton noted that he paid no taxes, Donald Trump boasted, “That makes me smart.”",
            "Donald Trump",
            "Donald Trump",
        ),
        (
            "Hillary Clinton said it was over; Donald Trump said “it is not.”",
            "Donald Trump",
            "Donald Trump",
        ),
    ],
)
def test_a_cue_inside_reported_content_is_the_outer_speakers(text: str, speaker: str, source: str) -> None:
    quote = PIPELINE(text).of_kind("quote")[-1]
    assert (quote.value.speaker_name, text[quote.value.source_start : quote.value.source_end]) == (speaker, source)


@pytest.mark.parametrize(
    "text",
    [
        "“It is reckless,” the test and its aftermath drew condemnation.",
        "Following the vote “a clear violation” loomed over the talks.",
    ],
)
def test_cut_off_phrases_and_sentence_openers_are_no_speakers(text: str) -> None:
    assert [s for _, s in sources(text)] == [None]


def test_it_is_never_a_person() -> None:
    text = "Barack Obama condemned the test.\nThe council met on Friday. It called the test “a clear threat to peace.”"
    assert sources(text) == [("a clear threat to peace.", "It")]
    assert PIPELINE(text).of_kind("quote")[0].value.speaker_name != "Barack Obama"


def test_a_cue_opening_the_next_sentence_introduces_the_next_quote() -> None:
    text = "Hillary Clinton spoke. She says Trump represents the “same rigged system.” She adds, “What a fraud.”"
    assert sources(text) == [("same rigged system.", "She"), ("What a fraud.", "She")]
    assert [q.value.cue for q in PIPELINE(text).of_kind("quote")] == ["says", "adds"]


def test_an_object_pronoun_after_a_quote_is_no_subject() -> None:
    text = (
        "The Republican nominee Donald Trump has wondered whether the moderators will be “fair” to him, "
        "engaging in what analysts described as tactics."
    )
    quote = PIPELINE(text).of_kind("quote")[0]
    assert (quote.value.speaker_name, quote.value.cue) == ("Donald Trump", "wondered")


# --- partial quotes, scare quotes, titles ---------------------------------------------------


def test_partial_quote_counts() -> None:
    text = "US President Donald Trump said he was “very satisfied” with the talks."
    assert found(text) == [("very satisfied", "Donald Trump")]


def test_partial_quotes_in_one_sentence_share_the_cue() -> None:
    text = 'Ted Cruz called Donald Trump a "pathological liar" who is "utterly amoral."'
    assert found(text) == [("pathological liar", "Ted Cruz"), ("utterly amoral.", "Ted Cruz")]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “Islamic State” lost ground in Syria.",
        "She watched the documentary titled “Thirteenth” on Friday.",
        "Rep. Robert C. “Bobby” Scott threw open his family farm.",
        "He appeared on “Fox and Friends” on Thursday morning.",
        "The clinic promoted “quack” medical cures for years.",
        '<a href="https://example.com/news">link</a>',
        # A title before a media word, or after "commentary".
        "The Rev. Al Sharpton took calls on his “Keepin’ It Real” radio program on Sunday.",
        "Anna Berg’s commentary, “Melania, tell your immigrant story,” is very thoughtful.",
    ],
)
def test_not_quotes(text: str) -> None:
    assert found(text) == []


def test_long_unattributed_quote_counts() -> None:
    text = "“Nobody expected the vote to pass this quickly, and nobody is ready for it.”"
    assert found(text) == [(text[1:-1], None)]


# --- reported speech ----------------------------------------------------------------------


def test_reported_speech_shapes() -> None:
    text = (
        "During the meeting, Vladimir Putin said diplomatic ties between Russia and Syria have always been friendly. "
        "He added that trade volume has grown by 4% since October. "
        "Moscow and Damascus plan to work together in healthcare, according to Putin. "
        "Russian companies are ready to work with their Syrian partners, he noted. "
        "Ahmed al-Sharaa thanked Putin for his help, adding that Moscow plays a major role in the region."
    )
    assert reported(text) == [
        ("diplomatic ties between Russia and Syria have always been friendly", "Vladimir Putin", "said"),
        ("trade volume has grown by 4% since October", "Vladimir Putin", "added"),
        ("Moscow and Damascus plan to work together in healthcare", "Vladimir Putin", "according to"),
        ("Russian companies are ready to work with their Syrian partners", "Vladimir Putin", "noted"),
        ("Moscow plays a major role in the region", "Ahmed al-Sharaa", "adding"),
    ]


def test_reported_content_keeps_its_quotation_marks_and_stops_at_a_second_verb() -> None:
    text = "Donald Trump said he was “very satisfied” and thanked Ahmed al-Sharaa."
    assert reported(text) == [("he was “very satisfied”", "Donald Trump", "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Donald Trump said the deal was bad for workers.", "the deal was bad for workers"),
        ("Donald Trump told reporters the deal was bad for workers.", "the deal was bad for workers"),
        ("Donald Trump told Fox News that the deal was bad.", "the deal was bad"),
        ("Robert Stenger announced in a statement this month that he had reached a settlement.", "he had reached a settlement"),
    ],
)
def test_reported_content_after_said_and_told(text: str, content: str) -> None:
    assert [c for c, _, _ in reported(text)] == [content]


def test_said_in_a_statement_is_not_reported_content() -> None:
    assert reported("Vladimir Putin said in a statement.") == []


# --- the seed article --------------------------------------------------------------------------


def test_seed_article() -> None:
    # The spans are the text between the marks, less a comma closing them
    # (it belongs to the attribution), as the seed's gold has them.
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    result = PIPELINE(doc["text"], published=doc["published"])
    got = [(e.start, e.end, e.value.speaker_name) for e in result.of_kind("quote")]
    assert got == [
        (37, 57, "Vladimir Putin"),
        (1067, 1277, "Vladimir Putin"),
        (2277, 2291, "Donald Trump"),
    ]
    assert [(g["start"], g["end"], g["speaker"]) for g in doc["quotes"]] == got
    speech = [(e.text.split()[0], e.value.speaker_name, e.value.cue) for e in result.of_kind("reported_speech")]
    assert speech == [
        ("diplomatic", "Vladimir Putin", "said"),
        ("trade", "Vladimir Putin", "added"),
        ("Moscow", "Vladimir Putin", "according to"),
        ("Russian", "Vladimir Putin", "noted"),
        ("Moscow", "Ahmed al-Sharaa", "adding"),
        ("he", "Donald Trump", "said"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Bernie Sanders told MSNBC\'s "Morning Joe" that nobody would question her.',
        'Why vote for Trump, unless simply because "she" is a "he"?',
    ],
)
def test_titles_after_a_possessive_and_words_quoted_as_words(text: str) -> None:
    assert found(text) == []


def test_one_word_interrupted_quote_counts() -> None:
    text = '"That," he added, "promises to make things worse."'
    assert [t for t, _ in found(text)] == ["That", "promises to make things worse."]


def test_definite_description_resolves_to_the_person() -> None:
    text = (
        "Russian President Vladimir Putin met Syrian President Ahmed al-Sharaa on Wednesday. "
        "“We agree,” the Russian president said."
    )
    assert found(text) == [("We agree", "Vladimir Putin")]


def test_party_tag_is_skipped_before_the_cue() -> None:
    text = "“It's heartbreaking,” House Speaker Paul Ryan (R-Wis.) said."
    assert found(text) == [("It's heartbreaking", "Paul Ryan")]


def test_a_participle_after_a_noun_is_no_cue() -> None:
    text = "Hillary Clinton met voters. She says Donald Trump’s tweets accusing her are “dangerous.”"
    assert found(text) == [("dangerous.", "Hillary Clinton")]


def test_a_person_opening_a_sentence_takes_over_from_the_last_speaker() -> None:
    text = (
        "“He has the ambition,” said Quentin Kidd, a political scientist.\n"
        "Bobby Scott bristles at the suggestion. “I am ready,” he said."
    )
    assert found(text) == [("He has the ambition", "Quentin Kidd"), ("I am ready", "Bobby Scott")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("As a phone rang, the announcer said, “It’s 3 a.m.”", "the announcer"),
        ("Donald Trump spoke. The New York businessman says of Clinton, “She will sell the office.”", "Donald Trump"),
    ],
)
def test_description_subjects(text: str, speaker: str) -> None:
    assert [s for _, s in found(text)] == [speaker]


def test_the_person_a_phrase_heads_not_the_name_modifying_it() -> None:
    text = "Hillary Clinton rested. “She will be out there,” Clinton campaign spokesman Brian Fallon said on Monday."
    assert found(text) == [("She will be out there", "Brian Fallon")]


def test_a_cue_in_a_subordinate_clause_is_no_attribution() -> None:
    text = (
        "Michael Flynn said Donald Trump was “absolutely right” when he said the generals were reduced to rubble."
    )
    assert found(text) == [("absolutely right", "Michael Flynn")]


def test_pronoun_goes_to_the_person_opening_a_recent_sentence() -> None:
    text = (
        "Donald Trump has also commented on Terence Crutcher’s death.\n"
        "On Wednesday, he told a crowd in Cleveland that he was troubled.\n"
        "“This young officer, I don’t know what she was thinking,” he said."
    )
    assert [s for _, s in found(text)] == ["Donald Trump"]


def test_a_title_after_of_is_a_title_even_before_a_cue() -> None:
    text = "On Tuesday’s episode of “The Steve Harvey Morning Show,” Hillary Clinton said she wanted to speak."
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”", "Hillary Clinton"),
        ("Jeh Johnson tells MSNBC’s “Morning Joe” on Friday that “we do not know who did it.”", "Jeh Johnson"),
    ],
)
def test_participle_after_a_name_and_cue_across_a_title(text: str, speaker: str) -> None:
    assert [s for _, s in found(text)] == [speaker]


def test_a_clause_of_its_own_after_a_quote_is_no_attribution() -> None:
    text = (
        "Donald Trump is telling a veterans group that the military is “depleted” and says he will expand it. "
        "Trump is promising “jobs, jobs, jobs,” but he has also intensified his personal attacks."
    )
    assert [s for _, s in found(text)] == ["Donald Trump", "Donald Trump"]


def test_two_appositions_between_a_quote_and_its_cue() -> None:
    text = (
        "“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general "
        "of Oklahoma, one of the states suing the EPA, said at a Washington event."
    )
    assert [s for _, s in found(text)] == ["Scott Pruitt"]


def test_sentence_subject_with_an_apposition_speaks_through_a_participle() -> None:
    text = "Howard Dean, a former party chairman, poked at Donald Trump during the debate, tweeting, “Coke user?”"
    assert [s for _, s in found(text)] == ["Howard Dean"]


def test_a_titled_person_opening_a_sentence_takes_over() -> None:
    text = (
        "“This cannot be left without consequences,” Jean-Marc Ayrault, the foreign minister of France, said.\n"
        "Secretary General Ban Ki-moon condemned the test.\n"
        "“I count on the Security Council,” he told reporters."
    )
    assert [s for _, s in found(text)] == ["Jean-Marc Ayrault", "Ban Ki-moon"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A cashier who “steals a handful of $20s” is held accountable, Elizabeth Warren said.", "Elizabeth Warren"),
        ("Barack Obama is rolling out a new and more personal campaign message: “It’s about me.”", "Barack Obama"),
        (
            "With leaders worried about a lack of passion for Hillary Clinton among young voters, "
            "Barack Obama is rolling out a new message: “It’s about me.”",
            "Barack Obama",
        ),
    ],
)
def test_subject_after_a_comma_and_a_sentence_ending_in_a_colon(text: str, speaker: str) -> None:
    assert [s for _, s in found(text)] == [speaker]


# --- attribution after the words, as news writes it -------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "per" right after the closing mark attributes like "according to".
        ("Members may not vote by proxy “to fill a vacancy on the ticket,” per the party’s bylaws.", "the party’s bylaws"),
        # "as X put it": a comparison clause that only attributes.
        ("The main test is a “lawful source of investment income,” as a Homeland Security memo put it.",
         "a Homeland Security memo"),
        # "according to X" ends the sentence, past other words after the quote.
        ("Many people joined a “walk-in” at 2,000 schools in 238 cities, according to the organizer Anna Berg.",
         "Anna Berg"),
    ],
)
def test_attribution_that_ends_the_sentence(text: str, source: str) -> None:
    assert [s for _, s in sources(text)] == [source]


def test_a_quote_inside_a_clause_that_goes_on_gets_the_subject_before_it() -> None:
    # "… to the test and warned": "warned" is China's second verb, not a cue with "the test" as subject.
    text = "Even China, Pyongyang's only ally, said it was “resolutely opposed” to the test and warned Pyongyang."
    assert sources(text) == [("resolutely opposed", "China")]


def test_a_coordinated_cue_speaks_for_the_subject_of_the_first_verb() -> None:
    text = "Hillary Clinton stressed her support for the raid in Abbottabad and said: “Steadiness matters.”"
    assert found(text) == [("Steadiness matters.", "Hillary Clinton")]


def test_a_quote_inside_a_quote_does_not_inherit_the_outer_attribution() -> None:
    text = "Barack Obama spoke.\n“It feels like, ‘Meh, we can put this off a little bit,’” he said."
    assert found(text) == [("It feels like, ‘Meh, we can put this off a little bit,’", "Barack Obama")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A poll's share of people speaks.
        ("Only 52 percent of registered voters agreed that Anna Berg is “fit to serve.”", "52 percent of registered voters"),
        ("However, 63 percent said Anna Berg was “justified” in keeping it private.", "63 percent"),
        # The owner of a speech noun whose content is quoted.
        ("Fact-checkers seized on Donald Trump’s claim that there have been “thousands of shootings” there.",
         "Donald Trump"),
    ],
)
def test_polls_and_speech_nouns_as_sources(text: str, source: str) -> None:
    assert [s for _, s in sources(text)] == [source]


def test_a_speech_noun_whose_content_is_not_quoted_attributes_nothing() -> None:
    # "Trump’s statement … was “true”": the word is said of the statement, by the sentence's subject.
    text = "PolitiFact said Donald Trump’s statement about crime was “mostly true.”"
    assert sources(text) == [("mostly true.", "PolitiFact")]


def test_a_first_person_description_speaks() -> None:
    text = "The paranoia remained.\n“We live in Satan’s kingdom,” my father often said."
    assert sources(text) == [("We live in Satan’s kingdom", "my father")]


def test_a_dash_ends_the_clause_before_the_speaker() -> None:
    text = ("When Hillary Clinton noted that Donald Trump paid no tax ― as was true for a few years ― "
            "Donald Trump boasted, “That makes me smart.”")
    assert found(text) == [("That makes me smart.", "Donald Trump")]


def test_an_unattributed_quote_takes_the_person_opening_the_sentence_before() -> None:
    text = ("“We must stop,” Mike Pence said.\n"
            "On Sunday, Sen. Bernie Sanders (Vt.), who lost the primaries, identified young voters’ exhaustion with bigotry as a reason. "
            "“They are sick and tired of racism.”")
    assert found(text)[-1] == ("They are sick and tired of racism.", "Bernie Sanders")


def test_a_participle_after_a_subordinator_speaks_for_the_subject() -> None:
    text = "“Promise me,” Mary J. Blige sings to Hillary Clinton before asking her, “Where do we go from here?”"
    assert found(text)[-1] == ("Where do we go from here?", "Mary J. Blige")


def test_it_is_the_organisation_opening_the_sentence() -> None:
    text = ("The United Nations Security Council on Friday condemned the test and pledged sanctions "
            "against what it called “a clear threat to international peace.”")
    quote = PIPELINE(text).of_kind("quote")[0]
    organisation = next(e for e in PIPELINE(text).of_kind("organization") if "Security Council" in e.text)
    assert quote.value.speaker_name == organisation.value.name


def test_a_nickname_inside_the_speakers_name_does_not_end_the_attribution() -> None:
    text = "“We have his back.” His niece, state Del. Marcia “Cia” Price, shouted to the crowd."
    found_ = after(text, text.index("”") + 1, len(text))
    assert found_ is not None and found_.cue == "shouted"
    assert text[found_.speaker.start : found_.speaker.end] == "His niece"


def test_reported_content_stops_before_a_quote_opening_the_next_sentence() -> None:
    # Archive text whose sentences the splitter may keep together.
    text = ("Uri Lubrani, Israel's top official for Lebanon affairs, also suggested Israel was willing to "
            "change its goals in Lebanon. ``This is a new thing,'' Lubrani told Channel One.")
    assert [r[0] for r in reported(text)] == ["Israel was willing to change its goals in Lebanon"]


def test_a_statement_by_someone_introduces_their_words() -> None:
    text = "Bernie Sanders spoke first.\nThe website rated this statement by Donald Trump on June 11:\n“Youth unemployment is 59 percent.”"
    assert found(text) == [("Youth unemployment is 59 percent.", "Donald Trump")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A cue closing the sentence attributes its quotes, its subject after the last comma.
        ("“We can confirm an arrest” in the embassy bombings case, police spokesman Anna Berg said.", "Anna Berg"),
        ("“You squeezed employees to the breaking point” to drive up the stock price, she said.", "she"),
    ],
)
def test_a_cue_closing_the_sentence_after_a_clause(text: str, source: str) -> None:
    assert [s for _, s in sources(text)] == [source]


def test_a_cue_in_the_next_sentence_does_not_reach_back() -> None:
    text = ("Anna Berg said the listing shows a commitment “to fight terrorism.” The bureau still receives "
            "threats from many groups, Carl Holm said.")
    assert sources(text) == [("to fight terrorism.", "Anna Berg")]


def test_a_coordinated_cue_reads_the_subject_across_an_earlier_quote() -> None:
    # The title ends inside the sentence; the subject still opens it (not "NBC News").
    text = (
        'Maria Lopez, the former senator, praised the raid during a "Veterans Forum" sponsored by '
        'NBC News and said she has what the job needs: "Steadiness, and strength."'
    )
    assert found(text)[-1] == ("Steadiness, and strength.", "Maria Lopez")


def test_a_participle_after_a_quote_opening_the_sentence_keeps_the_cues_subject() -> None:
    text = '“We need change,” Maria Lopez said, arguing that she will bring a “common-sense” approach.'
    assert found(text) == [("We need change", "Maria Lopez"), ("common-sense", "Maria Lopez")]


def test_a_person_set_off_by_commas_before_the_verb_opens_the_sentence_before() -> None:
    text = (
        "Tom Clarke bought a chain of nursing homes. His former business partner, Lawrence B. Cummings, "
        'called him a master of hard deals. "He showed again and again an ability to put deals together."'
    )
    assert found(text) == [("He showed again and again an ability to put deals together.", "Lawrence B. Cummings")]


def test_an_object_or_possessive_pronoun_is_no_sentence_subject() -> None:
    # "her" before a noun is no subject: the subject of the sentence is "a doctor".
    text = (
        "Maria Lopez visited the clinic. On her discharge papers, in a box labeled "
        "“medical problem,” a doctor had typed “homicidal ideation.”"
    )
    assert found(text) == [("homicidal ideation.", "a doctor")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Lopez spoke. After saying her foot was “so swollen I could barely walk,” she was taken away.", "Maria Lopez"),
        ("Maria Lopez spoke. After saying her foot was “so swollen”, she was taken away.", "Maria Lopez"),
        ("Maria Lopez spoke. After saying her foot was “so swollen” she was taken away.", None),
    ],
)
def test_a_participle_clause_opening_the_sentence_speaks_for_the_main_subject(text: str, speaker: str | None) -> None:
    assert [s for _, s in found(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The weaker mines would be placed in a separate “liquidating trust.” Its purpose is clear.", []),
        ("He owned a restaurant in Roanoke, Va. - a “philanthropub” that closed in March.", []),
        ("Harry Reid has been pounding Trump as a “con artist” for weeks.", ["con artist"]),
        ("Maria Lopez called him a fraud and a “spoiled brat.”", ["spoiled brat."]),
        ("Maria Lopez said it was a “very, very big factor” in the race.", ["very, very big factor"]),
        # A speech cue makes it somebody's words.
        ("Fidel Castro assured the children that they formed a powerful “commando.”", ["commando."]),
    ],
)
def test_a_short_phrase_introduced_by_a_is_a_term_without_a_cue(text: str, kept: list[str]) -> None:
    assert [t for t, _ in found(text)] == kept


def test_the_mention_opening_the_sentence_before_a_verb_is_its_subject() -> None:
    # Not the person named later in the sentence; a lone capitalised first word is no such subject.
    text = (
        "Oversight Committee Republicans seethed after the disclosure that the lawyer Cheryl Mills "
        "was granted immunity for sorting the emails from her “personal messages.”"
    )
    assert found(text) == [("personal messages.", "Oversight Committee Republicans")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Maria Lopez was quoted. The article closes with a clear hint about her “head.”", "The article"),
        ("The angry crowd waved flags, shouting “traitor!”", "The angry crowd"),
    ],
)
def test_a_noun_phrase_opening_the_sentence_before_its_verb_is_taken_as_written(text: str, speaker: str) -> None:
    # Not resolved to the person named before: the phrase is no role.
    assert [s for _, s in found(text)] == [speaker]


def test_the_subject_after_an_adverbial_opening_the_sentence() -> None:
    text = (
        "Tom Clarke runs the mines. In August, several environmental groups granted Mr. Clarke an "
        "extension, saying his “start-up capital was less than expected.”"
    )
    assert found(text) == [("start-up capital was less than expected.", "several environmental groups")]


def test_they_is_no_single_person() -> None:
    text = (
        "Donald Trump spoke in Ohio. Clinton’s campaign is seeking to contrast her approach "
        "with what they call Trump’s “self-centered message.”"
    )
    assert found(text) == [("self-centered message.", None)]

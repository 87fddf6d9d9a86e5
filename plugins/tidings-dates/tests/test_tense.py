"""The tense cues that place bare weekdays and months."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tidings_dates.tense import _CUE_STARTS, _CUE_STARTS_ASCII, _CUES, Cue, find_cues, tense

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout.jsonl"


def at(text: str, word: str) -> int:
    return tense(text, 0, len(text), text.index(word), text.index(word) + len(word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Putin met Erdogan on Friday.", "Friday", -1),
        ("Putin will meet Erdogan on Friday.", "Friday", 1),
        ("Putin is expected to meet Erdogan on Friday.", "Friday", 1),
        ("Putin said he plans to meet Erdogan on Friday.", "Friday", 1),
        ("The talks, which had stalled, resume on Friday.", "Friday", 1),
        # "next to" is a place, not a time to come
        ("A bomb exploded next to the embassy on Friday.", "Friday", -1),
        # a participle after "be" is no past: the dividend is still to be paid
        ("Holders would under the plan eventually be paid in March.", "March", 1),
        # "United" is a name, not a verb in the past
        ("The father would be traveling to the United States on Thursday.", "Thursday", 1),
        ("No verb here on Friday.", "Friday", 0),
        # present-tense schedules look forward
        ("Al-Sharaa is due in Washington on Sunday.", "Sunday", 1),
        ("Elections are due in May.", "May", 1),
        ("They meet Monday to discuss the ceasefire.", "Monday", 1),
        ("The summit is scheduled for Friday.", "Friday", 1),
        ("The report is expected on Thursday.", "Thursday", 1),
        ("Growth is forecast to slow in September.", "September", 1),
        ("Sales are projected to rise in March.", "March", 1),
        ("The minister is set to arrive on Monday.", "Monday", 1),
        ("It's set to open on Friday.", "Friday", 1),
        ("He plans to travel to Moscow in March.", "March", 1),
        ("The president arrives in Berlin on Monday for a two-day visit.", "Monday", 1),
        ("Trump, who arrived on Monday, leaves on Friday.", "Friday", 1),
        ("The ceasefire takes effect Sunday.", "Sunday", 1),
        ("Markets reopen on Thursday after the holiday.", "Thursday", 1),
        ("The case is heard in May.", "May", 1),
        ("The vote is on Sunday.", "Sunday", 1),
        ("He'll be in Cairo on Friday.", "Friday", 1),
        ("Protesters were planning to drive around the airport on Saturday.", "Saturday", 1),
        ("The two leaders are meeting in November.", "November", 1),
        # modals look forward, "may have" back; "May" the month is no modal
        ("Talks may resume in March.", "March", 1),
        ("The shot may have come on Friday.", "Friday", -1),
        ("Prices fell in May and in June.", "June", -1),
        # reported future
        ("He said he would visit Paris on Friday.", "Friday", 1),
        ("The talks were supposed to conclude by May.", "May", 1),
        # a plan made in the past looks forward to what it names...
        ("Protesters planned a large demonstration on Saturday.", "Saturday", 1),
        ("The company agreed to buy the unit in March.", "March", 1),
        # ...but a fronted time dates the plan itself
        ("On Monday, Iran agreed to resume talks.", "Monday", -1),
        ("On Friday, the government planned to pay the first claims.", "Friday", -1),
        # and a time between the verb and its infinitive dates the verb
        ("Gadhafi agreed in April to hand them over.", "April", -1),
        # the clause that holds the time decides, not the main clause
        (
            "Francis, who met Iraq's top Shi'ite cleric, Grand Ayatollah Ali al-Sistani, in the holy city "
            "of Najaf on Saturday, is due to celebrate Mass in Erbil.",
            "Saturday",
            -1,
        ),
        ("Clinton will speak Thursday, closing a convention that opened on Monday.", "Monday", -1),
        ("Erdogan, who will visit the region on Wednesday, declared emergency rule.", "Wednesday", 1),
        ("The aid convoy that left Cairo on Monday is expected to reach Gaza on Friday.", "Monday", -1),
        ("Thousands rallied against a law that takes effect in July.", "July", 1),
        # "that" before a noun is no clause
        ("He praised that visit on Friday.", "Friday", -1),
        # a verb after "and" is another clause's
        ("Trump held a rally in Wisconsin on Saturday and is due in Arizona on Thursday.", "Saturday", -1),
        ("Trump held a rally in Wisconsin on Saturday and is due in Arizona on Thursday.", "Thursday", 1),
        ("The ban has been in place since Monday and runs until Friday.", "Friday", 1),
        # a clause closed before the time says nothing about it
        ("Francis, who met al-Sistani, is due to fly home on Monday.", "Monday", 1),
        # ("hit" is no cue: nothing is left, and news reports the past)
        ("The storm, which is expected to strengthen, hit the coast Tuesday.", "Tuesday", 0),
        # a plan that had been made is past
        ("The offer had been due to expire on Friday.", "Friday", -1),
        ("The meeting had been scheduled for Tuesday but was cancelled.", "Tuesday", -1),
        ("They could have met on Tuesday.", "Tuesday", -1),
        # the auxiliary decides, not the verb after it
        ("He did not meet Erdogan on Monday.", "Monday", -1),
        ("He went to meet Erdogan on Monday.", "Monday", -1),
        # and a contracted one too
        ("He didn't meet Erdogan on Monday.", "Monday", -1),
        ("It wasn't until Monday that police arrived.", "Monday", -1),
        ("They weren’t in Cairo on Monday.", "Monday", -1),
        ("He was coming home on Friday when he was hit.", "Friday", -1),
        # verb forms used as nouns and names are no cues
        ("The return of the hostages on Monday was a relief.", "Monday", -1),
        ("The senator, who heads the committee, spoke on Monday.", "Monday", -1),
        ("Police are searching for the gunman after the shooting on Friday.", "Friday", 0),
        ("The flight was cancelled due to the storm on Friday.", "Friday", -1),
        ("Until Thursday, they had not called him a suspect.", "Thursday", -1),
        ("Officials postponed until Tuesday any action on the case.", "Tuesday", 1),
        # the verb of a span decides, "until" only when no verb does
        ("He stayed on until January, when he quit.", "January", -1),
        ("Talks continued until Friday.", "Friday", -1),
        ("Rebels held the town until Friday, when troops retook it.", "Friday", -1),
        ("The company had until Friday to respond.", "Friday", -1),
        ("The museum was open through June.", "June", -1),
        ("He will stay until March.", "March", 1),
        ("He said he would remain until January.", "January", 1),
        ("Talks continue until Friday.", "Friday", 1),
        ("The company has until Friday to respond.", "Friday", 1),
        # a present verb after the past one holds the span
        ("Police said the curfew lasts until Friday.", "Friday", 1),
        ("Officials said the road remains closed until Friday.", "Friday", 1),
        ("The store remained closed until Monday.", "Monday", -1),
        # a verb in another clause, or one that sets an end, leaves it to the other cues
        ("Rebels retreated, and the siege lasts until Friday.", "Friday", 1),
        ("Authorities imposed a curfew until Monday.", "Monday", 1),
    ],
)
def test_tense_cues(text, word, expected):
    assert at(text, word) == expected


def test_weak_cue_loses_to_an_auxiliary():
    # "unspecified" ends in -ed but is an adjective; "would" decides.
    assert at("It would be paid on a still unspecified date in January.", "January") == 1


def test_cue_in_another_clause_counts_for_less():
    text = "Rebels will attack, officials warned on Friday."
    assert at(text, "Friday") == -1


def test_schedule_verbs_resolve_forward_in_the_pipeline(found):
    # Published Wednesday 28 January 2026: the coming Sunday and Monday.
    assert found("Al-Sharaa is due in Washington on Sunday; he and Trump meet Monday.") == [
        ("Sunday", "DATE", "2026-02-01", None),
        ("Monday", "DATE", "2026-02-02", None),
    ]


def test_cue_scan_is_linear_in_long_whitespace():
    import time

    def cost(n: int) -> float:
        text = "," * n + " did" + " " * n + "meet " * n + "on Friday."
        started = time.perf_counter()
        tense(text, 0, len(text), text.index("Friday"), text.index("Friday") + 6)
        return time.perf_counter() - started

    cost(1000)
    assert cost(40_000) < 40 * cost(1000) + 0.05


def test_cues_found_once_per_sentence_decide_as_cues_found_per_expression():
    text = (
        "Putin, who met al-Sharaa on Wednesday and had been due to see Erdogan on Friday, "
        "said the two leaders will meet again in October and that talks resume Monday."
    )
    cues = find_cues(text, 0, len(text))
    for word, expected in [("Wednesday", -1), ("Friday", -1), ("October", 1), ("Monday", 1)]:
        at = text.index(word)
        assert tense(text, 0, len(text), at, at + len(word)) == expected
        assert tense(text, 0, len(text), at, at + len(word), cues) == expected


def test_cues_are_found_where_a_scan_of_every_position_finds_them():
    # find_cues tries the cue pattern only where one of its words stands
    texts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    texts.append("Figures couldn't have come at a worse time; she wouldn’t have. They'll testify; it's set to end.")
    for text in texts:
        everywhere = [Cue(m.start(), m.end(), m.lastgroup) for m in _CUES.finditer(text)]
        assert find_cues(text, 0, len(text)) == everywhere


def test_the_ascii_cue_start_scan_finds_what_the_unicode_one_does():
    texts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    texts = [text for text in texts if text.isascii()]
    texts.append("They'll say it's set; he'd planned 2ended _visited A1ed. " + "".join(map(chr, range(128))) * 2)
    assert len(texts) > 10
    for text in texts:
        lowered = " " + text.lower()
        ascii_starts = [(m.start(), m.end(), m["word"]) for m in _CUE_STARTS_ASCII.finditer(lowered)]
        assert ascii_starts == [(m.start(), m.end(), m["word"]) for m in _CUE_STARTS.finditer(lowered)]

"""Write the held-out gold set ``tests/data/heldout.jsonl`` from marked-up articles.

The articles were written for this set (wire style, datelines, 1990s and
modern) and annotated by hand, before the extractor was run on them, by the
TIMEX3 conventions of ``GUIDELINES.md`` and the TimeBank annotation. A time
expression is marked ``[[text|TYPE|value]]`` or ``[[text|TYPE|value|MOD]]``;
the script strips the marks and computes the offsets.

Run from the plugin folder: ``python scripts/make_heldout.py``.

>>> record = gold_record("x", "2024-01-05", "Talks ended [[Friday|DATE|2024-01-05]].")
>>> record["text"], record["dates"][0]["start"], record["dates"][0]["value"]
('Talks ended Friday.', 12, '2024-01-05')
"""

from __future__ import annotations

import json
from pathlib import Path

import regex

#: One marked time expression: surface text, type, value, optional mod.
MARK = regex.compile(r"\[\[([^\]|]+)\|(DATE|TIME|DURATION|SET)\|([^\]|]+)(?:\|([A-Z_]+))?\]\]")

#: (id, published or None, marked text).
ARTICLES: list[tuple[str, str | None, str]] = [
    (
        "heldout-01-pope",
        "2021-03-07",
        "ERBIL, Iraq (Reuters) - Pope Francis, who prayed among the ruins of Mosul's churches "
        "on [[Saturday|DATE|2021-03-06]], is due to fly back to Rome on [[Monday|DATE|2021-03-08]] "
        "at the end of a [[four-day|DURATION|P4D]] visit that Iraqi officials called historic.\n\n"
        "The Vatican said [[last week|DATE|2021-W08]] that the trip would go ahead despite a rise in "
        "coronavirus infections. Iraq's health ministry reported more than 4,000 new cases on "
        "[[Friday|DATE|2021-03-05]].\n\n"
        "Francis, 84, is the first pope to visit Iraq. John Paul II had hoped to stop in Ur in "
        "[[1999|DATE|1999]], but the plan was dropped [[the following year|DATE|2000]]. "
        "\"We may not see such a day again,\" said a priest who had waited [[17 years|DURATION|P17Y]] "
        "to return to his parish.",
    ),
    (
        "heldout-02-retail",
        "2024-11-14",
        "NEW YORK (AP) — Shares of Harbor Stores fell 12% [[Thursday|DATE|2024-11-14]] after the "
        "retailer said [[third-quarter|DATE|2024-Q3]] profit dropped to $120 million from $190 million "
        "[[a year earlier|DATE|2023-Q3]].\n\n"
        "Chief executive Dana Ruiz, who took over in [[March|DATE|2024-03]], said the company would "
        "close 40 stores over [[the next 18 months|DURATION|P18M]] and expects sales to recover in "
        "[[the second half of 2025|DATE|2025-H2]]. Harbor last reported a loss in [[2009|DATE|2009]].\n\n"
        "The 58-year-old executive told analysts the chain would hold its prices through "
        "[[December|DATE|2024-12]]. Four of them asked about tariffs. The company pays "
        "a dividend of 25 cents a share [[every quarter|SET|P1Q]].",
    ),
    (
        "heldout-03-budget",
        "1997-06-03",
        "LONDON (Reuters) - Britain's new government will present its first budget on "
        "[[July 2|DATE|1997-07-02]], finance minister Gordon Brown said on [[Tuesday|DATE|1997-06-03]].\n\n"
        "Labour, which won the general election on [[May 1|DATE|1997-05-01]], ended "
        "[[18 years|DURATION|P18Y]] of Conservative rule. Brown, who met Bank of England officials on "
        "[[Monday|DATE|1997-06-02]], will travel to Paris on [[Thursday|DATE|1997-06-05]] for talks with "
        "his French counterpart.\n\n"
        "The Bank raised interest rates [[last month|DATE|1997-05]] and analysts expect another rise "
        "in [[the coming weeks|DATE|FUTURE_REF]]. Unemployment stood at 6.1 percent in "
        "[[April|DATE|1997-04]]. \"We will not march to the tune of the markets,\" Brown said. The "
        "government will review the policy [[next year|DATE|1998]].",
    ),
    (
        "heldout-04-typhoon",
        "1998-09-18",
        "MANILA, Philippines (AP) _ A typhoon lashed the northern Philippines [[Friday|DATE|1998-09-18]], "
        "killing at least 40 people and forcing thousands from their homes, officials said.\n\n"
        "The storm, which formed east of Samar on [[Tuesday|DATE|1998-09-15]], is expected to reach "
        "Taiwan on [[Sunday|DATE|1998-09-20]]. Gusts of 150 kph were recorded at "
        "[[3 a.m.|TIME|1998-09-18T03:00]] near the town of Aparri.\n\n"
        "The government declared a state of calamity in three provinces [[Thursday|DATE|1998-09-17]]; "
        "[[the previous day|DATE|1998-09-16]], schools had been closed. It was the deadliest storm since "
        "[[1991|DATE|1991]]. The 72-year-old mayor of Aparri said the sun came out briefly in "
        "[[the afternoon|TIME|1998-09-18TAF]], but rain returned within [[an hour|DURATION|PT1H]].",
    ),
    (
        "heldout-05-transfer",
        "2025-07-22",
        "LONDON — Arsenal signed striker Tomas Varga on [[Monday|DATE|2025-07-21]] on a "
        "[[five-year|DURATION|P5Y]] contract, ending a chase that began [[last summer|DATE|2024-SU]].\n\n"
        "The 24-year-old will make his debut on [[Saturday|DATE|2025-07-26]] in a friendly in "
        "Singapore. The Premier League season starts on [[Aug. 16|DATE|2025-08-16]]. Arsenal finished "
        "second in [[May|DATE|2025-05]] and have not won the league since [[2004|DATE|2004]], "
        "a drought of [[more than two decades|DURATION|P20Y|MORE_THAN]].\n\n"
        "Varga scored 22 goals in 34 games for his old club and trains [[twice a day|SET|P1D]] during "
        "pre-season, the club said. His second season abroad will be his first in England.",
    ),
    (
        "heldout-06-trade",
        "1993-02-11",
        "TOKYO (AP) _ Japan's trade surplus widened to $9.4 billion in [[January|DATE|1993-01]], the "
        "Finance Ministry said [[Thursday|DATE|1993-02-11]].\n\n"
        "The surplus for [[1992|DATE|1992]] was a record $107 billion. Exports rose 5.1 percent from "
        "[[a year earlier|DATE|1992-01]], while imports fell 2 percent.\n\n"
        "The yen has gained about 4 percent against the dollar since [[mid-December|DATE|1992-12|MID]]. "
        "Prime Minister Kiichi Miyazawa will visit Washington in [[April|DATE|1993-04]] and is expected to "
        "face pressure to open Japan's markets. The ministry publishes the figures "
        "[[monthly|SET|P1M]].",
    ),
    (
        "heldout-07-shutdown",
        "2023-10-02",
        "WASHINGTON (AP) — Congress averted a government shutdown [[late Saturday|DATE|2023-09-30|END]], "
        "passing a stopgap bill that funds federal agencies for [[45 days|DURATION|P45D]], until "
        "[[Nov. 17|DATE|2023-11-17]].\n\n"
        "The House speaker, who had rejected such a measure [[last month|DATE|2023-09]], [[now|DATE|PRESENT_REF]] faces a "
        "challenge from his own party. Lawmakers return on [[Tuesday|DATE|2023-10-03]]. Senators "
        "voted 88-9 for the bill.\n\n"
        "The last shutdown, in [[December 2018|DATE|2018-12]], lasted [[35 days|DURATION|P35D]]. "
        "\"We are [[now|DATE|PRESENT_REF]] in a better place,\" one senator said.",
    ),
    (
        "heldout-08-wildfire",
        "2026-01-09",
        "LOS ANGELES (Reuters) - Wildfires have destroyed more than 9,000 buildings around Los Angeles "
        "[[this week|DATE|2026-W02]], and firefighters hope to contain the largest blaze by "
        "[[Sunday|DATE|2026-01-11]].\n\n"
        "The fire started on [[Tuesday night|TIME|2026-01-06TNI]] in the hills above the coast and was "
        "driven by gusts of up to 80 mph on [[Wednesday|DATE|2026-01-07]]. Forecasters said the winds "
        "would ease [[tonight|TIME|2026-01-09TNI]]. Officials will hold a briefing at "
        "[[10 a.m.|TIME|2026-01-10T10:00]] on [[Saturday|DATE|2026-01-10]].\n\n"
        "Southern California has had almost no rain since [[May|DATE|2025-05]]. The same hills burned in "
        "[[2018|DATE|2018]]. Evacuation orders cover about 30,000 people.",
    ),
    (
        "heldout-09-y2k",
        "1999-12-30",
        "WASHINGTON (AP) _ Federal officials said [[Thursday|DATE|1999-12-30]] they were confident that "
        "government computers would work normally in [[the year 2000|DATE|2000]].\n\n"
        "Agencies have spent [[the past three years|DURATION|P3Y]] fixing old code. A command center, "
        "which officials toured on [[Tuesday|DATE|1999-12-28]], will be staffed around the clock through "
        "[[Jan. 3|DATE|2000-01-03]].\n\n"
        "Many systems were written in [[the 1970s|DATE|197]] and stored years as two digits, a shortcut "
        "that saved memory for [[decades|DURATION|PXY]]. Officials will report on "
        "[[Saturday morning|TIME|2000-01-01TMO]].",
    ),
    (
        "heldout-10-baseball",
        "2019-04-26",
        "BOSTON (AP) — Chris Sale struck out 10 as the Red Sox beat the Tigers 4-2 on "
        "[[Thursday night|TIME|2019-04-25TNI]].\n\n"
        "Sale, 30, had lost his first four starts. He will pitch again on [[Tuesday|DATE|2019-04-30]] "
        "against Oakland after [[four days|DURATION|P4D]] of rest. Boston won the World Series "
        "[[last October|DATE|2018-10]] but has started [[this season|DATE|2019]] 11-15.\n\n"
        "Manager Alex Cora said the team meets [[every morning|SET|XXXX-XX-XXTMO]] to review video. "
        "The Red Sox host the Rays on [[Friday|DATE|2019-04-26]].",
    ),
    (
        "heldout-11-nato",
        "2022-05-16",
        "HELSINKI (Reuters) - Finland will apply to join NATO, its president said on "
        "[[Sunday|DATE|2022-05-15]], [[nearly three months|DURATION|P3M|LESS_THAN]] after Russia invaded "
        "Ukraine on [[Feb. 24|DATE|2022-02-24]].\n\n"
        "Parliament is expected to approve the application on [[Tuesday|DATE|2022-05-17]]. Finland, which "
        "shares a 1,300-km border with Russia, has stayed out of military alliances for "
        "[[more than 75 years|DURATION|P75Y|MORE_THAN]].\n\n"
        "Support for membership jumped to 76% [[this month|DATE|2022-05]], from about 25% "
        "[[five years ago|DATE|2017]]. Sweden is expected to follow within [[days|DURATION|PXD]].",
    ),
    (
        "heldout-12-convention",
        "1996-08-28",
        "CHICAGO (AP) _ President Clinton will accept the Democratic nomination "
        "[[Thursday night|TIME|1996-08-29TNI]], closing a convention that opened on "
        "[[Monday|DATE|1996-08-26]].\n\n"
        "Clinton, who arrived by train on [[Tuesday|DATE|1996-08-27]], watched the first lady's speech "
        "[[last night|TIME|1996-08-27TNI]] from his hotel. Republicans nominated Bob Dole "
        "[[two weeks ago|DATE|1996-W33]] in San Diego.\n\n"
        "The election is on [[Nov. 5|DATE|1996-11-05]]. Polls show Clinton leading by 15 points, "
        "a larger lead than he held [[four years ago|DATE|1992]].",
    ),
    (
        "heldout-13-who",
        None,
        "GENEVA — The World Health Organization declared the coronavirus outbreak a pandemic on "
        "[[March 11, 2020|DATE|2020-03-11]], [[ten weeks|DURATION|P10W]] after China first reported "
        "a cluster of cases on [[Dec. 31, 2019|DATE|2019-12-31]].\n\n"
        "In [[2009|DATE|2009]] it had declared the H1N1 flu a pandemic, an emergency that lasted "
        "[[more than a year|DURATION|P1Y|MORE_THAN]]. Cases outside China rose thirteenfold in "
        "[[the past two weeks|DURATION|P2W]], the agency's director said on [[Wednesday|DATE|XXXX-WXX-3]].",
    ),
    (
        "heldout-14-tennis",
        None,
        "MELBOURNE, Australia — Roger Federer won the Australian Open on "
        "[[Jan. 28, 2018|DATE|2018-01-28]], his 20th Grand Slam title, [[eight years|DURATION|P8Y]] "
        "after his fourth in Melbourne in [[2010|DATE|2010]].\n\n"
        "The 36-year-old beat Marin Cilic in a final that began at [[7:30 p.m.|TIME|2018-01-28T19:30]] "
        "and lasted [[three hours|DURATION|PT3H]]. Federer, who first played the tournament in "
        "[[1999|DATE|1999]], said he would decide on his schedule after a rest.",
    ),
    (
        "heldout-15-bank",
        "2025-02-03",
        "FRANKFURT (Reuters) - Hansa Bank said on [[Monday|DATE|2025-02-03]] it would cut 3,000 jobs by "
        "[[2027|DATE|2027]] after [[fourth-quarter|DATE|2024-Q4]] net profit fell 20%.\n\n"
        "Its shares have lost a third of their value over [[the past year|DATE|2024]]. The bank will "
        "present a new strategy in [[March|DATE|2025-03]]. The European Central Bank cut rates "
        "[[last week|DATE|2025-W05]], after euro zone inflation rose to 2.4% in "
        "[[December|DATE|2024-12]].\n\n"
        "The lender proposed a dividend of 50 cents a share, a 2.5% yield, and plans to pay it "
        "[[twice a year|SET|P1Y]] from [[2026|DATE|2026]].",
    ),
    (
        "heldout-16-seoul",
        "2024-06-21",
        "SEOUL (Reuters) - South Korea said on [[Friday|DATE|2024-06-21]] it would consider sending "
        "weapons to Ukraine after Russia and North Korea signed a defence pact.\n\n"
        "Russian President Vladimir Putin, who signed the treaty in Pyongyang on "
        "[[Wednesday|DATE|2024-06-19]], is due to return to Moscow on [[Saturday|DATE|2024-06-22]] after "
        "talks in Hanoi. It is the first such pact between the two since [[1961|DATE|1961]].\n\n"
        "Seoul will send a delegation to Kyiv [[early next month|DATE|2024-07|START]], an official said. "
        "The two Koreas have been technically at war since [[1953|DATE|1953]].",
    ),
    (
        "heldout-17-moscow",
        "1991-10-08",
        "MOSCOW (AP) _ Leaders of 10 Soviet republics agreed [[Tuesday|DATE|1991-10-08]] to sign an "
        "economic treaty [[next week|DATE|1991-W42]], the first step toward a new union since the failed "
        "coup in [[August|DATE|1991-08]].\n\n"
        "Mikhail Gorbachev, who returned from the Crimea on [[Aug. 22|DATE|1991-08-22]], told reporters "
        "[[two days ago|DATE|1991-10-06]] that the union could not survive [[six months|DURATION|P6M]] "
        "without a treaty. Prices have risen about 100 percent [[this year|DATE|1991]], economists say, "
        "after [[a decade|DURATION|P10Y]] of stagnation in [[the 1980s|DATE|198]].",
    ),
    (
        "heldout-18-stocks",
        "2020-03-12",
        "NEW YORK (AP) — Stocks plunged [[Thursday|DATE|2020-03-12]] in their worst day since "
        "[[1987|DATE|1987]], as fears about the coronavirus pandemic deepened.\n\n"
        "Trading was halted for [[15 minutes|DURATION|PT15M]] shortly after the opening bell at "
        "[[9:30 a.m.|TIME|2020-03-12T09:30]]. The S&P 500 has fallen 27% since its record on "
        "[[Feb. 19|DATE|2020-02-19]].\n\n"
        "The Federal Reserve, which cut rates by half a point [[last week|DATE|2020-W10]], meets "
        "[[next week|DATE|2020-W12]] and could cut again. The market had [[recently|DATE|PAST_REF]] "
        "been at record highs; on [[Wednesday|DATE|2020-03-11]], the Dow lost 1,464 points.",
    ),
    (
        "heldout-19-startup",
        "2025-11-20",
        "SAN FRANCISCO — Lumen Labs, which launched its first chip in [[late 2024|DATE|2024|END]], "
        "expects to turn a profit [[early next year|DATE|2026|START]], its chief executive said "
        "[[today|DATE|2025-11-20]].\n\n"
        "The company spent about [[two years|DURATION|P2Y|APPROX]] designing the chip, and some of its "
        "engineers had worked at Sun Microsystems for [[more than a decade|DURATION|P10Y|MORE_THAN]]. "
        "It ships software updates [[weekly|SET|P1W]] and hired 50 engineers "
        "[[earlier this month|DATE|2025-11|START]].\n\n"
        "Lumen raised $400 million on [[Nov. 5|DATE|2025-11-05]]; "
        "[[the previous day|DATE|2025-11-04]], a rival had announced a delay.",
    ),
    (
        "heldout-20-quake",
        "2023-02-07",
        "ANKARA (Reuters) - Rescuers pulled survivors from the rubble in southern Turkey "
        "on [[Tuesday|DATE|2023-02-07]], [[more than 24 hours|DURATION|PT24H|MORE_THAN]] after a "
        "magnitude 7.8 earthquake struck at [[4:17 a.m.|TIME|2023-02-06T04:17]] on [[Monday|DATE|2023-02-06]].\n\n"
        "President Tayyip Erdogan, who will visit the region on [[Wednesday|DATE|2023-02-08]], declared "
        "[[three months|DURATION|P3M]] of emergency rule in 10 provinces. Elections are due on "
        "[[May 14|DATE|2023-05-14]]. The region was last hit this hard in [[1939|DATE|1939]].",
    ),
    (
        "heldout-21-debate",
        "2024-09-09",
        "WASHINGTON (Reuters) - Kamala Harris and Donald Trump meet on [[Tuesday|DATE|2024-09-10]] in "
        "Philadelphia for their first debate, [[less than two months|DURATION|P2M|LESS_THAN]] before the "
        "[[Nov. 5|DATE|2024-11-05]] election.\n\n"
        "Harris, who replaced President Joe Biden at the top of the ticket in [[July|DATE|2024-07]], spent "
        "[[the weekend|DATE|2024-W36-WE]] preparing in a Pittsburgh hotel. Trump, 78, held a rally in "
        "Wisconsin on [[Saturday|DATE|2024-09-07]] and is due in Arizona on [[Thursday|DATE|2024-09-12]].\n\n"
        "Polls have been close since [[mid-August|DATE|2024-08|MID]]. Early voting begins in some states "
        "[[this month|DATE|2024-09]]. [[Four years ago|DATE|2020]], Trump and Biden debated twice; a "
        "second debate [[this year|DATE|2024]] is not yet agreed.",
    ),
    (
        "heldout-22-kobe",
        "1995-01-17",
        "TOKYO (AP) _ A powerful earthquake struck the western port city of Kobe before dawn "
        "[[Tuesday|DATE|1995-01-17]], killing more than 1,800 people and setting hundreds of fires.\n\n"
        "The quake hit at [[5:46 a.m.|TIME|1995-01-17T05:46]] ([[2046 GMT Monday|TIME|1995-01-16T20:46]]) "
        "and lasted about [[20 seconds|DURATION|PT20S|APPROX]]. It was Japan's deadliest since "
        "[[1923|DATE|1923]].\n\n"
        "Prime Minister Tomiichi Murayama, who flew over the city [[Tuesday afternoon|TIME|1995-01-17TAF]], "
        "will visit shelters on [[Wednesday|DATE|1995-01-18]]. Railway officials said bullet train service "
        "would not resume for [[months|DURATION|PXM]].",
    ),
    (
        "heldout-23-worldcup",
        "2022-12-02",
        "DOHA, Qatar (AP) — Japan stunned Spain 2-1 on [[Thursday|DATE|2022-12-01]] to win its World Cup "
        "group, [[a week|DURATION|P1W]] after it beat Germany by the same score. Both goals came within "
        "[[three minutes|DURATION|PT3M]].\n\n"
        "Japan plays Croatia on [[Monday|DATE|2022-12-05]] in the round of 16. The tournament, which began "
        "on [[Nov. 20|DATE|2022-11-20]], ends with the final on [[Dec. 18|DATE|2022-12-18]].\n\n"
        "Japan lost in the round of 16 in [[2018|DATE|2018]], [[2010|DATE|2010]] and [[2002|DATE|2002]]. "
        "Spain, the [[2010|DATE|2010]] champion, still advanced in second place.",
    ),
    (
        "heldout-24-coffee",
        "2018-07-30",
        "SEATTLE (Reuters) - Starbucks Corp will close 150 U.S. stores in [[fiscal 2019|DATE|2019]], "
        "three times its usual rate, the company said on [[Monday|DATE|2018-07-30]].\n\n"
        "Sales at stores open [[at least a year|DURATION|P1Y|EQUAL_OR_MORE]] fell 2% in China in [[the April-June quarter|DATE|2018-Q2]]. "
        "A local rival opened its first store in [[January|DATE|2018-01]] and [[now|DATE|PRESENT_REF]] opens one "
        "[[every 15 hours|SET|PT15H]]. Chief executive Kevin Johnson, who took the job "
        "[[last year|DATE|2017]], said the company would cut costs over "
        "[[the next three years|DURATION|P3Y]].\n\n"
        "Starbucks shares have fallen about 10% [[this year|DATE|2018]]. The company will report its "
        "next results in [[early November|DATE|2018-11|START]].",
    ),
    (
        "heldout-25-merz",
        "2026-03-08",
        "BERLIN — German Chancellor Friedrich Merz, who held talks with French President Emmanuel Macron "
        "in Paris on [[Friday|DATE|2026-03-06]], will travel to Warsaw on [[Monday|DATE|2026-03-09]], "
        "his office said on [[Sunday|DATE|2026-03-08]].\n\n"
        "The two leaders agreed to present a joint defence plan before an EU summit at "
        "[[the end of the month|DATE|2026-03|END]]. Merz, who took office in [[May 2025|DATE|2025-05]], "
        "spoke to reporters on [[Saturday evening|TIME|2026-03-07TEV]].\n\n"
        "Germany's economy shrank in [[2023|DATE|2023]] and [[2024|DATE|2024]] and grew 0.2% "
        "[[last year|DATE|2025]]. The government expects growth of 1% [[this year|DATE|2026]]. Three "
        "states vote in [[September|DATE|2026-09]], and a coalition official said the plan had been in "
        "the works for [[weeks|DURATION|PXW]].",
    ),
]


def gold_record(doc_id: str, published: str | None, marked: str) -> dict[str, object]:
    """The gold record of one article: its plain text and its time expressions."""
    parts: list[str] = []
    dates: list[dict[str, object]] = []
    length = 0
    last = 0
    for match in MARK.finditer(marked):
        before = marked[last : match.start()]
        parts.append(before)
        length += len(before)
        text, kind, value, mod = match.groups()
        dates.append(
            {"start": length, "end": length + len(text), "text": text, "type": kind, "value": value, "mod": mod}
        )
        parts.append(text)
        length += len(text)
        last = match.end()
    parts.append(marked[last:])
    record: dict[str, object] = {"id": doc_id}
    if published is not None:
        record["published"] = published
    record.update({"text": "".join(parts), "layers": ["dates"], "dates": dates})
    return record


def main() -> None:
    """Write the set next to the tests."""
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "heldout.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for article in ARTICLES:
            f.write(json.dumps(gold_record(*article), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

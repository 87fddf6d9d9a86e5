"""Write ``tests/data/heldout.jsonl``, the plugin's own held-out gold set, from
the marked-up articles below.

Each article is written with its gold inline: ``[[span|amount|CODE]]`` is a
money amount, ``<<span|value|unit>>`` a percentage. The gold was written by hand
by the GUIDELINES and the conventions of ``shared/eval/numbers/README.md``
before the extractor was run on it. Run ``python scripts/make_heldout.py`` from
the plugin folder after editing an article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)\|([A-Z]{3})\]\]|<<([^|>]+)\|([^|>]+)\|(percent|percentage_point)>>")

ARTICLES: list[tuple[str, str, str]] = [
    (
        "heldout-wsj-amex-earnings",
        "1989-11-02",
        "Amex Corp. said third-quarter net income rose <<14%|14|percent>> to [[$84.3 million|84300000|USD]], "
        "or [[$1.12|1.12|USD]] a share, from [[$73.9 million|73900000|USD]], or [[98 cents|0.98|USD]] a "
        "share, "
        "a year earlier. Revenue climbed <<9.2%|9.2|percent>> to [[$1.47 billion|1470000000|USD]].\n\n"
        "Analysts had expected earnings of about [[$1.05|1.05|USD]] a share. In New York Stock Exchange "
        "composite trading yesterday, Amex shares closed at [[$31.25|31.25|USD]], up "
        "[[62.5 cents|0.625|USD]].\n\n"
        "The company also said it would buy back up to two million shares, or about <<4.5%|4.5|percent>> of "
        "those outstanding, at [[$30|30|USD]] to [[$33|33|USD]] a share. It plans to sell its insurance unit "
        "for more than [[$400 million|400000000|USD]] and has set aside [[$60 million|60000000|USD]] to "
        "[[$70 million|70000000|USD]] for restructuring. Yields on its 10-year notes rose 35 basis points to "
        "<<9.62%|9.62|percent>>, and the Dow Jones Industrial Average fell 12.44 points to 2645.08.",
    ),
    (
        "heldout-ap-trade-deficit",
        "1990-06-14",
        "WASHINGTON (AP) - The nation's trade deficit narrowed to [[dlrs 7.2 billion|7200000000|USD]] in "
        "April from a revised "
        "[[dlrs 8.5 billion|8500000000|USD]] in March, the government said Thursday. Exports rose "
        "<<3.1 percent|3.1|percent>> "
        "while imports fell <<1.2 percent|1.2|percent>>.\n\n"
        "The dollar fell against most major currencies. In late New York trading, the dollar was quoted at "
        "[[153.40 Japanese yen|153.40|JPY]], down from [[154.15 yen|154.15|JPY]] Wednesday, and at "
        "[[1.6820 West German marks|1.6820|DEM]]. The British pound rose to [[$1.6930|1.6930|USD]] from "
        "[[$1.6875|1.6875|USD]].\n\n"
        "Gold rose [[$2.30|2.30|USD]] to [[$353.80|353.80|USD]] an ounce. The 1990 dollar figures are not "
        "adjusted for inflation, and in 1982 dollars the deficit was smaller.",
    ),
    (
        "heldout-uk-boe-budget",
        "2025-02-06",
        "LONDON - The Bank of England cut interest rates by "
        "<<a quarter of a percentage point|0.25|percentage_point>> to <<4.5 per cent|4.5|percent>> on "
        "Thursday and halved its growth forecast for this year to <<0.75 per cent|0.75|percent>>.\n\n"
        "The pound fell <<0.6 per cent|0.6|percent>> to [[$1.2410|1.2410|USD]]. Shares in Barclays rose "
        "[[3p|0.03|GBP]] to [[285p|2.85|GBP]], while Lloyds gained <<1.2pc|1.2|percent>>.\n\n"
        "The Chancellor, Rachel Reeves, announced a [[£2.5bn|2500000000|GBP]] fund for new homes and said a "
        "typical household would save [[£40|40|GBP]] a month on energy bills. Inflation is expected to rise "
        "to <<3.7pc|3.7|percent>> later this year, almost double the <<2pc|2|percent>> target, and the "
        "Treasury's borrowing costs rose by 12 basis points. Some [[£1.2 billion|1200000000|GBP]] of the "
        "fund, or about a third, will go to councils.",
    ),
    (
        "heldout-ecb-rates",
        "2024-10-17",
        "FRANKFURT, Oct 17 (Reuters) - The European Central Bank cut its deposit rate by 25 basis points to "
        "<<3.25%|3.25|percent>> on Thursday, its third cut this year, as euro zone inflation slowed to "
        "<<1.7%|1.7|percent>> in September.\n\n"
        "The euro slipped <<0.3%|0.3|percent>> to [[$1.0835|1.0835|USD]] after the decision. The ECB's "
        "balance sheet shrank by [[€12.5 billion|12500000000|EUR]] last week to "
        "[[€6.4 trillion|6400000000000|EUR]].\n\n"
        "Separately, Siemens said it would invest [[EUR 12.5 million|12500000|EUR]] in a training centre in "
        "Erlangen and up to [[€200m|200000000|EUR]] in new plants, while wages in Germany rose "
        "<<4.5 percent|4.5|percent>> from a year earlier. Economists polled by Reuters expect growth of "
        "<<0.8%|0.8|percent>> next year, <<0.1 percentage point|0.1|percentage_point>> less than in July.",
    ),
    (
        "heldout-japan-toyota",
        "2023-05-12",
        "TOKYO (AP) - Toyota Motor Corp. said Wednesday its operating profit for the year through March fell "
        "<<9%|9|percent>> to [[2.7 trillion yen|2700000000000|JPY]] ([[$20 billion|20000000000|USD]]). The "
        "automaker expects [[¥3 trillion|3000000000000|JPY]] this year on sales of 11.4 million vehicles.\n\n"
        "Toyota shares rose <<2.1%|2.1|percent>> to [[¥1,850|1850|JPY]] in Tokyo, while the benchmark Nikkei "
        "225 index gained 312 points, or <<1.1%|1.1|percent>>, to 29,626. The dollar rose to "
        "[[135.20 yen|135.20|JPY]] from [[134.50 yen|134.50|JPY]] late Tuesday.\n\n"
        "A bowl of ramen near the company's headquarters in Toyota City costs about [[¥500|500|JPY]], up "
        "from [[¥450|450|JPY]] two years ago.",
    ),
    (
        "heldout-china-economy",
        "2024-01-17",
        "BEIJING - China's economy grew <<5.2%|5.2|percent>> in 2023, official data showed on Wednesday, "
        "meeting the government's target of around <<5 percent|5|percent>>. Retail sales rose "
        "<<7.4 per cent|7.4|percent>>, while property investment fell <<9.6%|9.6|percent>>.\n\n"
        "The People's Bank of China injected [[995 billion yuan|995000000000|CNY]] "
        "([[$138.4 billion|138400000000|USD]]) into the banking system through its medium-term lending "
        "facility. Local governments in China issued [[¥500 billion|500000000000|CNY]] of special bonds in "
        "the fourth quarter, and the finance ministry in Beijing plans another "
        "[[1 trillion yuan|1000000000000|CNY]] of debt.\n\n"
        "In Hong Kong, shares of Alibaba fell <<3%|3|percent>> to [[HK$68.50|68.50|HKD]], and Tencent "
        "gained [[HK$10|10|HKD]] to [[HK$301.20|301.20|HKD]]. About 1.4 billion people live in China.",
    ),
    (
        "heldout-india-budget",
        "2024-02-01",
        "NEW DELHI - Finance Minister Nirmala Sitharaman raised capital spending by "
        "<<11.1%|11.1|percent>> to [[₹11.11 lakh crore|11110000000000|INR]] "
        "([[$134 billion|134000000000|USD]]) in the interim budget on Thursday and cut the fiscal deficit "
        "target to <<5.1 per cent|5.1|percent>> of GDP.\n\n"
        "Reliance Industries said it would invest [[Rs 500 crore|5000000000|INR]] in a new solar plant in "
        "Gujarat, and the state-run Indian Oil Corp plans to spend [[75,000 crore rupees|750000000000|INR]] "
        "over five years. A farmer's scheme will pay [[₹12 crore|120000000|INR]] to cooperatives.\n\n"
        "Petrol sells for [[Rs 96.72|96.72|INR]] a litre in the capital. The benchmark Sensex rose 440 "
        "points, or <<0.6%|0.6|percent>>.",
    ),
    (
        "heldout-russia-gazprom",
        "2024-03-15",
        "MOSCOW (Reuters) - Gazprom will invest [[1.2 trillion roubles|1200000000000|RUB]] "
        "([[$13.1 billion|13100000000|USD]]) in pipelines this year, up <<8%|8|percent>> year on year, "
        "the company said on Friday.\n\n"
        "The Russian finance ministry said it would sell [[5 billion rubles|5000000000|RUB]] of bonds next "
        "week, and the central bank kept its key rate at <<16%|16|percent>>. Annual inflation in Russia "
        "slowed to <<7.7 percent|7.7|percent>>.\n\n"
        "Novatek paid [[100,000 dollars|100000|USD]] in fees, a filing showed, and its shares rose "
        "<<1.5 pct|1.5|percent>>.",
    ),
    (
        "heldout-canada-rates",
        "2024-06-05",
        "OTTAWA, June 5 (Reuters) - The Bank of Canada cut its key overnight rate by 25 basis points to "
        "<<4.75%|4.75|percent>> on Wednesday, the first G7 central bank to do so. The Canadian dollar fell "
        "<<0.4%|0.4|percent>> to [[72.85 U.S. cents|0.7285|USD]].\n\n"
        "Shopify said it would spend [[C$2.1 billion|2100000000|CAD]] on acquisitions, and its "
        "Toronto-listed shares rose <<5%|5|percent>> to [[C$85.20|85.20|CAD]]. Canada's government "
        "budgeted [[4.2 billion Canadian dollars|4200000000|CAD]] for housing.\n\n"
        "Inflation in Canada eased to <<2.7 per cent|2.7|percent>> in April.",
    ),
    (
        "heldout-australia-bhp",
        "2023-08-15",
        "SYDNEY (AP) - BHP Group said Tuesday its annual net profit fell <<37%|37|percent>> to "
        "[[US$12.9 billion|12900000000|USD]] as prices of iron ore and coal eased. The miner will pay a "
        "final "
        "dividend of [[US$0.80|0.80|USD]] a share.\n\n"
        "Rival Fortescue Metals plans to spend [[A$1.5 billion|1500000000|AUD]] on green hydrogen projects "
        "in Australia. The Australian dollar slipped to [[64.5 US cents|0.645|USD]].\n\n"
        "Across the Tasman, New Zealand dairy giant Fonterra cut its milk price forecast to "
        "[[NZ$6.50|6.50|NZD]] per kilogram of milk solids, down <<13%|13|percent>>.",
    ),
    (
        "heldout-swiss-nestle",
        "2024-04-25",
        "ZURICH - Nestle said on Thursday its first-quarter sales fell <<5.2%|5.2|percent>> to "
        "[[22.1 billion Swiss francs|22100000000|CHF]], hit by the strong Swiss franc.\n\n"
        "UBS launched a [[CHF 2bn|2000000000|CHF]] share buyback and will pay a dividend of "
        "[[SFr 3|3|CHF]] per share in Switzerland's largest bank. Its shares rose <<2.4%|2.4|percent>> to "
        "[[24.50 francs|24.50|CHF]] in Zurich.\n\n"
        "The Swiss National Bank left its policy rate at <<1.5%|1.5|percent>>.",
    ),
    (
        "heldout-nordic-energy",
        "2024-03-10",
        "STOCKHOLM - Volvo Cars posted an operating profit of "
        "[[5.4 billion Swedish crowns|5400000000|SEK]] ([[$520 million|520000000|USD]]) for the quarter, "
        "up <<12%|12|percent>>.\n\n"
        "Households in Sweden now pay about [[kr 200|200|SEK]] more a month for electricity than a year "
        "ago, the energy agency said. In Norway, Equinor raised its dividend to "
        "[[3.5 billion Norwegian crowns|3500000000|NOK]], and Denmark's Novo Nordisk earned "
        "[[83.7 billion Danish kroner|83700000000|DKK]] last year, an increase of "
        "<<51 percent|51|percent>>.",
    ),
    (
        "heldout-brazil-petrobras",
        "2024-07-20",
        "SAO PAULO (Reuters) - Brazil's state-run oil company Petrobras said its second-quarter net income "
        "fell <<23%|23|percent>> to [[28.7 billion reais|28700000000|BRL]] "
        "([[$5.2 billion|5200000000|USD]]) and announced [[R$ 13.6 billion|13600000000|BRL]] in "
        "dividends.\n\n"
        "Brazil's central bank held the benchmark Selic rate at <<10.50%|10.50|percent>>, and the real "
        "weakened <<1.1%|1.1|percent>> against the dollar. A litre of diesel costs about [[R$6|6|BRL]] in "
        "Rio de Janeiro.",
    ),
    (
        "heldout-gulf-aramco",
        "2024-11-20",
        "DUBAI - Saudi Aramco reported third-quarter net income of [[$27.5 billion|27500000000|USD]], "
        "or [[103.4 billion riyals|103400000000|SAR]], down <<15%|15|percent>>.\n\n"
        "In the United Arab Emirates, Emirates NBD posted a profit of "
        "[[AED 6.5bn|6500000000|AED]], and Abu Dhabi's ADNOC agreed to invest "
        "[[3.2 billion dirhams|3200000000|AED]] in a petrochemicals plant. Qatar's budget foresees spending "
        "of [[210 billion Qatari riyals|210000000000|QAR]] next year, up <<4 pct|4|percent>>.",
    ),
    (
        "heldout-sport-transfers",
        "2024-08-01",
        "Chelsea have agreed a [[£40m|40000000|GBP]] fee with Napoli for the striker, who will earn "
        "[[£150,000|150000|GBP]] a week, and Bayern Munich paid [[€100 million|100000000|EUR]] for "
        "England captain Harry Kane last year.\n\n"
        "The club's revenue rose <<four per cent|4|percent>>. Chelsea won 3-1 on Saturday, and their "
        "goalkeeper, who is 6ft 5in tall and weighs 210 pounds, kept a clean sheet. The heavyweight "
        "champion weighed in at 245 pounds for Saturday's fight in Riyadh, where the winner takes home "
        "[[half a million euros|500000|EUR]] on top of a purse of [[two billion dollars|2000000000|USD]] "
        "for the whole series.",
    ),
    (
        "heldout-us-budget-politics",
        "2025-03-04",
        "WASHINGTON - The Congressional Budget Office projects a deficit of "
        "[[$1.9 trillion|1900000000000|USD]] this year, or <<6.2%|6.2|percent>> of gross domestic "
        "product, and Republicans want to cut spending by [[$1.5 trillion|1500000000000|USD]] over a "
        "decade.\n\n"
        "The plan would cost the Pentagon between [[$2 billion|2000000000|USD]] and "
        "[[$3 billion|3000000000|USD]] a year, and a border program another "
        "[[$2.5|2500000000|USD]]-[[3 billion|3000000000|USD]]. Lawmakers also approved "
        "[[$5bn|5000000000|USD]] for disaster relief and at least [[$750 million|750000000|USD]] for "
        "wildfire prevention.\n\n"
        "Support for the plan fell 3 points in a poll, to <<41%|41|percent>>, with a margin of error of "
        "<<3 percentage points|3|percentage_point>>.",
    ),
    (
        "heldout-markets-tech",
        "2025-01-10",
        "NEW YORK - Shares of Apple ($AAPL) fell <<2.4%|2.4|percent>> on Friday after the company's market "
        "value briefly topped [[US$1.2 trillion|1200000000000|USD]] more than once this week. The Nasdaq "
        "fell <<1.6 pct|1.6|percent>>, and the yield on the 10-year Treasury note rose 8 basis points to "
        "<<4.77%|4.77|percent>>.\n\n"
        "U.S. employers added 256,000 jobs in December, and the unemployment rate fell to "
        "<<4.1 percent|4.1|percent>>. Wages rose <<3.9%|3.9|percent>> from a year earlier, and economists "
        "see wage growth of <<3|3|percent>>-<<4%|4|percent>> this year. Average hourly pay rose "
        "[[10 cents|0.10|USD]] to [[$35.69|35.69|USD]].\n\n"
        "A third of the fund's [[$1.5 mln|1500000|USD]] in assets is in bonds, and its return beat the "
        "index by <<3 percentage points|3|percentage_point>>. The dollar rose against the yen. Nvidia's "
        "stock jumped <<twelve percent|12|percent>> last week.",
    ),
    (
        "heldout-wsj-jaguar",
        "1989-10-20",
        "LONDON - Jaguar PLC shares rose [[15 pence|0.15|GBP]] to [[700 pence|7|GBP]] on reports that Ford "
        "Motor Co. would bid for "
        "the British luxury-car maker, valuing it at about [[#1.5 billion|1500000000|GBP]] "
        "([[$2.38 billion|2380000000|USD]]).\n\n"
        "The Financial Times 100-share index rose 22.3 points to 2179.6. British Airways said pretax profit "
        "for the six months rose <<11%|11|percent>> to [[#289 million|289000000|GBP]] from "
        "[[#260.4 million|260400000|GBP]], and its shares "
        "gained [[4.6 pence|0.046|GBP]]. Base rates stand at <<15%|15|percent>>.",
    ),
    (
        "heldout-europe-1992",
        "1992-09-17",
        "FRANKFURT - The Bundesbank spent an estimated [[30 billion marks|30000000000|DEM]] defending the "
        "lira and the pound, "
        "traders said, as Italy withdrew from the European exchange rate mechanism. The pound fell to "
        "[[2.7800 marks|2.7800|DEM]] from [[2.8100 marks|2.8100|DEM]], and the dollar closed at "
        "[[1.4820 marks|1.4820|DEM]] and [[121.50 yen|121.50|JPY]].\n\n"
        "Italy's central bank raised its discount rate <<1.75 percentage points|1.75|percentage_point>> to "
        "<<15%|15|percent>>. In Madrid, the government said it would sell "
        "[[200 billion pesetas|200000000000|ESP]] of bonds, and "
        "Paris-based Elf Aquitaine raised [[5 billion francs|5000000000|FRF]]. A German company agreed to "
        "pay [[2 million|2000000|DEM]] to "
        "[[3 million marks|3000000|DEM]] for the stake.",
    ),
    (
        "heldout-asia-banks-chips",
        "2024-09-10",
        "SINGAPORE (Reuters) - DBS Group said quarterly net profit rose <<7%|7|percent>> to a record "
        "[[S$3 billion|3000000000|SGD]], and the Singapore bank will pay a dividend of "
        "[[54 Singapore cents|0.54|SGD]] a share.\n\n"
        "In Taiwan, chipmaker TSMC reported revenue of [[NT$250.9 billion|250900000000|TWD]] for August, up "
        "<<33%|33|percent>> from a year earlier. South Korea's Samsung Electronics expects operating profit "
        "of [[10.4 trillion won|10400000000000|KRW]] ([[$7.8 billion|7800000000|USD]]). The won weakened "
        "<<0.5%|0.5|percent>> to 1,340 per dollar.\n\n"
        "Indonesia will spend [[Rp 71 trillion|71000000000000|IDR]] on free school meals next year, and "
        "Malaysia's Petronas paid a [[RM32 billion|32000000000|MYR]] dividend to the government.",
    ),
    (
        "heldout-africa-markets",
        "2024-05-14",
        "JOHANNESBURG - Naspers said on Tuesday it would buy back [[R50 billion|50000000000|ZAR]] of its "
        "shares, as South Africa's economy grew just <<0.6%|0.6|percent>> last year. Annual inflation in "
        "the country slowed to <<5.2 percent|5.2|percent>>.\n\n"
        "In Nigeria, Dangote Industries plans to invest [[1.2 trillion naira|1200000000000|NGN]] in "
        "fertiliser, while Kenya's Safaricom posted net income of "
        "[[KSh 42.7 billion|42700000000|KES]]. Egypt's central bank raised rates by "
        "<<6 percentage points|6|percentage_point>> and the government received "
        "[[50 billion Egyptian pounds|50000000000|EGP]] from a Gulf investor.",
    ),
    (
        "heldout-wsj-texaco-hard-forms",
        "1989-10-31",
        "Texaco Inc. said it will sell a <<10%|10|percent>> stake in its refining unit for "
        "[[$1.2 billion|1200000000|USD]]-plus, and it expects the [[$4 billion|4000000000|USD]]-a-year "
        "chemicals business to earn [[$2 million|2000000|USD]]-[[$3 million|3000000|USD]] in the quarter.\n\n"
        "Its bonds traded at [[50 cents|0.50|USD]] on the dollar, and refinery workers will earn "
        "[[$13.50|13.50|USD]] an hour, up from [[$12.75|12.75|USD]]. Texaco common stock fell 1 1/2 to "
        "56 3/8 in composite trading on the Big Board, where volume totaled 2.4 million shares.\n\n"
        "Yields on the notes ranged between <<8%|8|percent>> and <<8 1/4%|8.25|percent>>, about "
        "<<half a percentage point|0.5|percentage_point>> above Treasurys. Oil prices rose to "
        "[[$20.30|20.30|USD]] a barrel, a [[$1.10|1.10|USD]] gain on the week, while the Dow Jones "
        "Industrial Average rose 41.60 to 2,645.90. Texaco filed its Form 10-K in March.",
    ),
    (
        "heldout-uk-retail-modern",
        "2025-06-20",
        "LONDON - Tesco said on Friday like-for-like sales rose <<4.6pc|4.6|percent>> in the first quarter "
        "and it would return [[£3.5bn|3500000000|GBP]] to shareholders. Its shares rose "
        "[[6p|0.06|GBP]] to [[372p|3.72|GBP]].\n\n"
        "Unilever agreed to sell its ice cream unit for [[€1.1bn|1100000000|EUR]], and its chief executive "
        "will be paid a salary of [[£1.5m|1500000|GBP]] a year. Hundreds of millions of pounds have been "
        "spent on the project, and prices in the shops rose <<3.4 per cent|3.4|percent>>.\n\n"
        "The Bank of England held rates at <<4.25%|4.25|percent>>; markets price a 25bp cut in August. "
        "Petrol prices hit [[£1.45|1.45|GBP]] a litre, a <<5%|5|percent>> rise, and the FTSE 100 "
        "closed 22 points lower at 8,774.",
    ),
    (
        "heldout-emerging-currencies",
        "2023-10-05",
        "MEXICO CITY - Mexico's state oil company Pemex lost [[18.2 billion pesos|18200000000|MXN]] in the "
        "second quarter, as the peso strengthened. In Argentina, the official exchange rate was held at "
        "[[350 pesos|350|ARS]] per dollar, and inflation topped <<124%|124|percent>>.\n\n"
        "Turkey's central bank raised its main rate by 500 basis points to <<30%|30|percent>>, as a "
        "dollar bought about [[27.5 lira|27.5|TRY]]. Poland's government will borrow "
        "[[10 billion zlotys|10000000000|PLN]] more, and Hungary cut its budget by "
        "[[500 billion forints|500000000000|HUF]].",
    ),
    (
        "heldout-tech-negatives",
        "2025-02-14",
        "SAN FRANCISCO - Bitcoin rose <<3%|3|percent>> to [[$97,500|97500|USD]] on Friday, and Nvidia "
        "($NVDA) regained its [[$3.3 trillion|3300000000000|USD]] market value. The S&P 500 rose "
        "<<0.2%|0.2|percent>>, its 10th record close of the year.\n\n"
        "Boeing delivered 45 737 MAX jets in January, and 7-Eleven opened 1,200 stores. The streaming "
        "service now costs [[$17.99|17.99|USD]] a month in the U.S., up <<12%|12|percent>> year on year, "
        "while COVID-19 cases fell. In the script, the variable $price holds the total. Top 10 funds "
        "returned <<100%|100|percent>> or more, and 401(k) balances hit a record.",
    ),
]


def gold_record(doc_id: str, published: str, marked: str) -> dict[str, object]:
    """The gold record (GUIDELINES format) of one marked-up article.

    >>> record = gold_record("x", "2024-01-01", "up <<4%|4|percent>> to [[$5bn|5000000000|USD]].")
    >>> record["text"], record["money"][0]["start"], record["percents"][0]["text"]
    ('up 4% to $5bn.', 9, '4%')
    """
    text, money, percents, pos, last = [], [], [], 0, 0
    for m in _MARK.finditer(marked):
        text.append(marked[last : m.start()])
        pos += m.start() - last
        span = m.group(1) or m.group(4)
        if m.group(1):
            money.append({"start": pos, "end": pos + len(span), "text": span, "amount": m.group(2),
                          "currency": m.group(3)})
        else:
            percents.append({"start": pos, "end": pos + len(span), "text": span, "value": m.group(5),
                             "unit": m.group(6)})
        text.append(span)
        pos += len(span)
        last = m.end()
    text.append(marked[last:])
    return {"id": doc_id, "published": published, "title": None, "source": "tidings-money held-out",
            "text": "".join(text), "layers": ["money", "percents"], "money": money, "percents": percents}


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "heldout.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for doc_id, published, marked in ARTICLES:
            f.write(json.dumps(gold_record(doc_id, published, marked), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
